"""Ingest makes Speaker rows only of speakers the text identifies; pages show the rest as the
article's own words."""

from __future__ import annotations

import pytest

from claims.models import Claim, Speaker
from claims.services.gazetteer import gazetteer_from_db
from claims.services.ingest import source_ingest

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Tregua in bilico\n\n"
    "Un funzionario russo ha detto che la tregua non regge da tre giorni. "
    "Il funzionario Ivan Petrov ha detto che 12 droni sono stati abbattuti.\n"
)


@pytest.fixture
def stored(reference):
    return source_ingest(text=ARTICLE, gazetteer=gazetteer_from_db()).source


def test_an_unidentified_speaker_is_the_claims_mention_not_a_speaker(stored):
    unnamed = Claim.objects.get(text__startswith="la tregua")
    assert (unnamed.speaker, unnamed.speaker_mention, unnamed.side.code) == (
        None, "funzionario russo", "RU")
    named = Claim.objects.get(text__startswith="12 droni")
    assert (named.speaker.name, named.speaker_mention) == ("Ivan Petrov", "")
    assert not Speaker.objects.filter(name__icontains="funzionario").exists()


def test_every_speaker_of_the_seeds_is_someone(seeded_speakers):
    for name in seeded_speakers:
        assert any(w[:1].isupper() for w in name.split()), name


@pytest.fixture
def seeded_speakers(reference):
    from io import StringIO

    from django.core.management import call_command

    from tests.conftest import SEEDS

    call_command("ingest", str(SEEDS), "--no-progress", stdout=StringIO())
    return list(Speaker.objects.filter(claims__isnull=False).values_list("name", flat=True))


def test_the_claim_page_shows_an_unidentified_speaker_as_written(stored, client):
    claim = Claim.objects.get(text__startswith="la tregua")
    page = client.get(f"/claims/{claim.pk}/").content.decode()
    assert "«funzionario russo»" in page and "not identified" in page
