"""Curated work survives re-extraction whatever path changed it; ids of what is found again
stay; one article is one source whatever its line ends; a failed backup leaves no file."""

from __future__ import annotations

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction

from claims.extraction import Gazetteer
from claims.models import Claim, Figure, Origin, Source, Speaker, Status
from claims.services.gazetteer import gazetteer_from_db
from claims.services.ingest import source_ingest, text_sha256
from claims.services.reextract import source_reextract
from claims.services.upgrade import items_stamp_untouched, sources_rehash
from tests.admin.factories import (
    QUOTE,
    document,
    machine_claim,
    machine_figure,
    speaker,
)
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Kiev, notte di allarmi\n\n"
    "Nella notte sono stati lanciati 40 droni contro la capitale.\n"
    "«Ne abbiamo abbattuti 35», ha detto il sindaco Vitaliy Klitschko.\n"
)
SAME_QUOTE = [{"phrase": QUOTE, "speaker": "Dmitry Peskov", "side": "RU"}]
SAME_FIGURE = [{"phrase": "12 droni", "value": 12, "category": "drones_downed", "claim": 0}]


def reextract(source: Source):
    return source_reextract(source=source, gazetteer=Gazetteer())


def peskov_claim(source: Source) -> Claim:
    return machine_claim(source, QUOTE, who=speaker("Dmitry Peskov", "RU"), cue="ha detto")


# -- curated, whatever the path -----------------------------------------------------------

OUTSIDE_CHANGES = {
    "status": {"status": Status.VERIFIED},
    "note": {"curator_note": "controllare la fonte"},
    "origin": {"origin": Origin.CURATOR, "extracted_digest": ""},
    "reviewed": {"reviewed_at": "2026-01-06T10:00:00Z"},
    "speaker": {"speaker_id": None},
    "kind": {"kind": "reported"},
    "cue": {"cue": "ha affermato"},
}


@pytest.mark.parametrize("change", OUTSIDE_CHANGES.values(), ids=OUTSIDE_CHANGES.keys())
def test_a_claim_changed_by_queryset_update_survives_reextract(source, extractor, change):
    claim = peskov_claim(source)
    Claim.objects.filter(pk=claim.pk).update(**change)
    before = Claim.objects.filter(pk=claim.pk).values().get()
    extractor(document(source, claims=SAME_QUOTE))
    report = reextract(source)
    assert Claim.objects.filter(pk=claim.pk).values().get() == before
    assert report.kept == 1 and report.replaced == 0


@pytest.mark.parametrize("field, value", [("value", Decimal(13)), ("category", "strikes"),
                                          ("unit", "USD"), ("claim", None)])
def test_a_figure_edited_by_a_plain_save_survives_reextract(source, extractor, field, value):
    figure = machine_figure(source, "12 droni", 12, "drones_downed", claim=peskov_claim(source))
    setattr(figure, field, value)
    figure.save()
    extractor(document(source, claims=SAME_QUOTE, figures=[
        {"phrase": "12 droni", "value": 12, "category": "drones_downed"}]))
    reextract(source)
    kept = Figure.objects.get(pk=figure.pk)
    assert getattr(kept, field) == value
    assert Figure.objects.count() == 1


def test_an_item_a_curator_made_can_never_carry_an_extracted_digest(source):
    claim = peskov_claim(source)
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(origin=Origin.CURATOR)


def test_an_untouched_item_is_still_replaced_when_not_found_again(source, extractor):
    claim = peskov_claim(source)
    extractor(document(source, claims=[{"phrase": "i droni russi erano almeno 40"}]))
    report = reextract(source)
    assert not Claim.objects.filter(pk=claim.pk).exists()
    assert (report.added, report.replaced) == (1, 1)


# -- ids of what is found again -----------------------------------------------------------

def test_an_untouched_claim_found_again_keeps_its_id(source, extractor):
    claim = peskov_claim(source)
    figure = machine_figure(source, "12 droni", 12, "drones_downed", claim=claim)
    extractor(document(source, claims=SAME_QUOTE, figures=SAME_FIGURE))
    report = reextract(source)
    assert list(Claim.objects.values_list("pk", flat=True)) == [claim.pk]
    assert list(Figure.objects.values_list("pk", "claim_id")) == [(figure.pk, claim.pk)]
    assert (report.added, report.replaced) == (0, 0)
    assert report.unchanged + report.updated == 2
    # The claim is found exactly as it was, so its history has no new entry either.
    assert Claim.history.filter(id=claim.pk).count() == 1


def test_a_claim_found_again_takes_the_new_speaker_and_stays_replaceable(source, extractor):
    claim = peskov_claim(source)
    extractor(document(source, claims=[{"phrase": QUOTE, "speaker": "Maria Zakharova",
                                        "side": "RU"}]))
    report = reextract(source)
    claim.refresh_from_db()
    assert claim.speaker.name == "Maria Zakharova" and report.updated == 1
    assert claim.in_extracted_state()
    assert Claim.history.filter(id=claim.pk).first().history_change_reason == "reextract"


def test_a_figure_found_again_with_another_category_keeps_its_id(source, extractor):
    figure = machine_figure(source, "12 droni", 12, "drones_downed")
    extractor(document(source, figures=[{"phrase": "12 droni", "value": 12,
                                         "category": "drones_launched"}]))
    reextract(source)
    assert Figure.objects.values_list("pk", "category").get() == (figure.pk,
                                                                   "drones_launched")


def test_seed_ids_survive_reextract_all_and_an_updated_claim_keeps_its_status(reference):
    call_command("ingest", str(SEEDS), "--no-progress", stdout=StringIO())
    claims = dict(Claim.objects.values_list("pk", "text"))
    figures = dict(Figure.objects.values_list("pk", "text"))
    first = min(claims)
    Claim.objects.filter(pk=first).update(status=Status.VERIFIED)
    call_command("reextract", "--all", stdout=StringIO())
    assert dict(Claim.objects.values_list("pk", "text")) == claims
    assert dict(Figure.objects.values_list("pk", "text")) == figures
    assert Claim.objects.get(pk=first).status == Status.VERIFIED


# -- one article, one source --------------------------------------------------------------

@pytest.mark.parametrize("variant", [
    ARTICLE.replace("\n", "\r\n"),
    ARTICLE + "\n",
    ARTICLE.replace("\n", "  \n"),
    "\ufeff" + ARTICLE,
], ids=["crlf", "extra newline", "trailing spaces", "byte order mark"])
def test_the_same_article_with_other_line_ends_is_not_stored_again(reference, variant):
    gazetteer = gazetteer_from_db()
    first = source_ingest(text=ARTICLE, gazetteer=gazetteer)
    again = source_ingest(text=variant, gazetteer=gazetteer)
    assert first.created and not again.created
    assert again.source.pk == first.source.pk
    assert Source.objects.get().text == ARTICLE  # stored exactly as first received


def test_a_text_that_differs_in_words_is_another_source():
    assert text_sha256(ARTICLE) != text_sha256(ARTICLE.replace("40", "41"))
    assert text_sha256(ARTICLE) != text_sha256(ARTICLE.replace("\n\n", "\n"))


# -- rows written before: migration 0006 and restore of older backups ---------------------

def test_rehash_gives_sources_their_normal_form_hash_and_keeps_both_of_two_variants(source):
    crlf = Source.objects.create(text=source.text + "\r\n", sha256="old-crlf",
                                 extractor_version="t")
    Source.objects.filter(pk=source.pk).update(sha256="old-plain")
    assert sources_rehash(source_model=Source) == 1
    assert dict(Source.objects.values_list("pk", "sha256")) == {
        source.pk: text_sha256(source.text), crlf.pk: "old-crlf",
    }


def test_upgrade_stamps_only_items_nobody_touched(source):
    untouched = peskov_claim(source)
    noted = machine_claim(source, "i droni russi erano almeno 40", curator_note="dubbio")
    Claim.objects.update(extracted_digest="")
    assert items_stamp_untouched(claim_model=Claim, figure_model=Figure) == 1
    assert Claim.objects.get(pk=untouched.pk).in_extracted_state()
    assert Claim.objects.get(pk=noted.pk).extracted_digest == ""


# -- backups ------------------------------------------------------------------------------

def test_a_failed_backup_leaves_no_partial_file_and_keeps_the_previous_one(
        make_source, tmp_path, monkeypatch):
    make_source()
    target = tmp_path / "fonte.json.gz"
    call_command("backup", str(target), stdout=StringIO())
    previous = target.read_bytes()

    from django.core.management.commands import dumpdata

    def fail_halfway(self, *args, output=None, **options):
        with open(output, "wb") as partial:
            partial.write(b"\x1f\x8b half a backup")
        raise OSError("No space left on device")

    monkeypatch.setattr(dumpdata.Command, "handle", fail_halfway)
    with pytest.raises(OSError):
        call_command("backup", str(target), stdout=StringIO())
    assert target.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_reextract_removes_speakers_only_the_old_extractor_used(source, extractor):
    junk = speaker("governatore")
    machine_claim(source, QUOTE, who=junk)
    aliased = speaker("Ivan Petrov")
    aliased.aliases.create(alias="Petrov")
    edited = speaker("Anna Bianchi")
    edited.description = "deputata"
    edited.save()
    extractor(document(source, claims=[{"phrase": QUOTE}]))
    out = StringIO()
    call_command("reextract", "--source", str(source.pk), stdout=out)
    assert "speakers_pruned=1" in out.getvalue()
    assert not Speaker.objects.filter(pk=junk.pk).exists()
    assert Speaker.objects.filter(pk__in=[aliased.pk, edited.pk]).count() == 2
