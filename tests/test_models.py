"""What the database guarantees whatever code writes to it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import (
    Claim,
    Figure,
    RolePhrase,
    Sentence,
    Side,
    Source,
    Speaker,
    SpeakerAlias,
    SpeakerRole,
)

pytestmark = pytest.mark.django_db


def rejects(make) -> bool:
    try:
        with transaction.atomic():
            make()
    except IntegrityError:
        return True
    return False


def test_source_sha256_is_unique(make_source):
    source = make_source("Un testo.")
    assert rejects(lambda: Source.objects.create(
        text="Un testo.", sha256=source.sha256, extractor_version="t"))


def test_sentence_index_is_unique_per_source(make_source):
    source = make_source("Prima. Seconda.")
    assert rejects(lambda: Sentence.objects.create(source=source, index=0, start=7, end=15))
    Sentence.objects.create(source=make_source("Altro."), index=1, start=0, end=6)


@pytest.mark.parametrize("start,end", [(5, 5), (6, 2), (-1, 3)])
def test_sentence_span_must_be_non_empty_and_ordered(make_source, start, end):
    source = make_source()
    assert rejects(lambda: Sentence.objects.create(source=source, index=9, start=start, end=end))


def _claim(source, **fields):
    values = dict(source=source, text="x", start=0, end=1, kind=Claim.Kind.DIRECT,
                  sentence=source.sentences.first())
    values.update(fields)
    return Claim.objects.create(**values)


def _figure(source, **fields):
    values = dict(source=source, text="x", start=0, end=1, value=Decimal(3),
                  category=Figure.Category.KILLED, sentence=source.sentences.first())
    values.update(fields)
    return Figure.objects.create(**values)


@pytest.mark.parametrize("start,end", [(4, 4), (9, 3)])
def test_claim_and_figure_spans_must_be_ordered(make_source, start, end):
    source = make_source()
    assert rejects(lambda: _claim(source, start=start, end=end))
    assert rejects(lambda: _figure(source, start=start, end=end))
    _claim(source, start=0, end=3)
    _figure(source, start=0, end=3)


def test_figure_value_max_cannot_be_below_value(make_source):
    source = make_source()
    assert rejects(lambda: _figure(source, value=Decimal(30), value_max=Decimal(20)))
    _figure(source, value=Decimal(20), value_max=Decimal(30))
    _figure(source, value=Decimal(20), value_max=None)


def test_speaker_alias_is_unique_whatever_the_case(db):
    peskov = Speaker.objects.create(name="Dmitry Peskov")
    SpeakerAlias.objects.create(speaker=peskov, alias="Peskov")
    other = Speaker.objects.create(name="Altro")
    assert rejects(lambda: SpeakerAlias.objects.create(speaker=other, alias="PESKOV"))


def test_role_must_end_after_it_starts(db):
    biden = Speaker.objects.create(name="Joe Biden")
    assert rejects(lambda: SpeakerRole.objects.create(
        speaker=biden, title="Presidente", start_date=date(2025, 1, 20),
        end_date=date(2021, 1, 20)))


def test_dated_source_needs_a_precision(db):
    assert rejects(lambda: Source.objects.create(
        text="t", sha256="a" * 64, extractor_version="t", published_on=date(2024, 1, 1)))


def test_source_text_is_immutable(make_source):
    source = make_source("Testo originale.")
    source.text = "Testo cambiato."
    with pytest.raises(ValidationError):
        source.save()
    source.refresh_from_db()
    source.title = "Un titolo"
    source.save()
    assert Source.objects.get(pk=source.pk).text == "Testo originale."


def _president(name, start, end):
    speaker = Speaker.objects.create(name=name, side=Side.objects.get_or_create(code="US")[0])
    role = SpeakerRole.objects.create(
        speaker=speaker, title="Presidente degli Stati Uniti", start_date=start, end_date=end)
    RolePhrase.objects.create(role=role, phrase="presidente degli Stati Uniti")
    return speaker


def test_role_phrase_resolves_to_the_holder_on_the_article_date(db):
    trump_1 = _president("Donald Trump", date(2025, 1, 20), None)
    SpeakerRole.objects.create(
        speaker=trump_1, title="Presidente (primo mandato)", start_date=date(2017, 1, 20),
        end_date=date(2021, 1, 20)).phrases.create(phrase="presidente degli Stati Uniti")
    biden = _president("Joe Biden", date(2021, 1, 20), date(2025, 1, 20))

    def holder(day):
        return list(Speaker.holding_role("Presidente degli Stati Uniti", day))

    assert holder(date(2024, 6, 1)) == [biden]
    assert holder(date(2025, 1, 19)) == [biden]
    assert holder(date(2025, 1, 20)) == [trump_1]
    assert holder(date(2019, 3, 1)) == [trump_1]
    assert holder(None) == [trump_1]
    assert holder(date(2010, 1, 1)) == []
