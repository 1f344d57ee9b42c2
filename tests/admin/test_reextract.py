"""Re-extraction replaces untouched machine items and never loses curated work."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.management import CommandError, call_command
from django.urls import reverse

from claims.extraction import EXTRACTOR_VERSION, Gazetteer
from claims.models import Claim, Figure, Origin, Status
from claims.services.reextract import source_reextract
from claims.services.review import claim_create, claim_update, figure_update
from tests.admin.factories import (
    QUOTE,
    document,
    machine_claim,
    machine_figure,
    span,
    speaker,
)

pytestmark = pytest.mark.django_db

EMPTY = Gazetteer()
KIEV_SAYS = "i droni russi erano almeno 40"


def fields(item) -> dict:
    return {f.attname: getattr(item, f.attname) for f in item._meta.concrete_fields}


def test_reextract_replaces_untouched_machine_items(source, extractor):
    old_claim = machine_claim(source, QUOTE)
    old_figure = machine_figure(source, "12 droni", 12, "drones_downed", claim=old_claim)
    extractor(document(source, claims=[{"phrase": KIEV_SAYS, "kind": "reported",
                                        "speaker": "Kiev", "side": "UA"}],
                       figures=[{"phrase": "almeno 40", "value": 40,
                                 "category": "drones_launched", "claim": 0}]))
    report = source_reextract(source=source, gazetteer=EMPTY)
    assert (report.added, report.replaced, report.kept) == (2, 2, 0)
    assert not Claim.objects.filter(pk=old_claim.pk).exists()
    assert not Figure.objects.filter(pk=old_figure.pk).exists()
    claim = Claim.objects.get()
    assert (claim.text, claim.speaker.name, claim.side.code) == (KIEV_SAYS, "Kiev", "UA")
    assert claim.figures.get().text == "almeno 40"
    assert claim.origin == Origin.MACHINE and claim.extractor_version == EXTRACTOR_VERSION
    removed = Claim.history.filter(id=old_claim.pk).first()
    assert (removed.history_type, removed.history_change_reason) == ("-", "reextract")


def test_reextract_keeps_a_verified_claim(source, extractor, curator):
    claim = machine_claim(source, QUOTE, who=speaker("Dmitry Peskov", "RU"))
    claim_update(claim=claim, user=curator, status=Status.VERIFIED, curator_note="visto")
    before = fields(Claim.objects.get(pk=claim.pk))
    extractor(document(source, claims=[{"phrase": QUOTE, "speaker": "Qualcun altro"}],
                       figures=[{"phrase": "12 droni", "value": 12,
                                 "category": "drones_downed", "claim": 0}]))
    report = source_reextract(source=source, gazetteer=EMPTY)
    assert fields(Claim.objects.get(pk=claim.pk)) == before
    assert Claim.objects.count() == 1
    assert (report.kept, report.duplicates, report.added) == (1, 1, 1)
    # The new figure inside the kept claim belongs to it, and to its curated speaker.
    figure = Figure.objects.get()
    assert (figure.claim_id, figure.speaker.name) == (claim.pk, "Dmitry Peskov")


def test_reextract_keeps_a_curator_made_claim_and_adds_no_overlapping_one(source, extractor,
                                                                         curator):
    start, end = span(source, "Secondo Kiev, i droni russi erano almeno 40")
    mine = claim_create(source=source, start=start, end=end, kind="reported", user=curator)
    extractor(document(source, claims=[
        {"phrase": KIEV_SAYS, "kind": "reported"},  # overlaps mine, same kind: a repeat
        {"phrase": QUOTE, "kind": "direct"},  # elsewhere: new
    ]))
    report = source_reextract(source=source, gazetteer=EMPTY)
    assert (report.added, report.duplicates, report.kept) == (1, 1, 1)
    assert set(Claim.objects.values_list("text", "origin")) == {
        (mine.text, Origin.CURATOR), (QUOTE, Origin.MACHINE)}


def test_an_overlapping_claim_of_another_kind_is_not_a_repeat(source, extractor, curator):
    start, end = span(source, QUOTE)
    claim_create(source=source, start=start, end=end, kind="direct", user=curator)
    extractor(document(source, claims=[
        {"phrase": 'Il portavoce del Cremlino Dmitry Peskov ha detto: "Abbiamo abbattuto',
         "kind": "reported"},
    ]))
    assert source_reextract(source=source, gazetteer=EMPTY).added == 1


def test_reextract_keeps_a_corrected_figure_and_adds_no_figure_over_it(source, extractor,
                                                                        curator):
    figure = machine_figure(source, "almeno 40", 4, "drones_downed")
    figure_update(figure=figure, user=curator, value=Decimal(40), category="drones_launched",
                  qualifier="at_least")
    before = fields(Figure.objects.get(pk=figure.pk))
    extractor(document(source, figures=[
        # The machine's old reading of the same number, in the category the curator fixed.
        {"phrase": "40", "value": 4, "category": "drones_downed"},
        {"phrase": "12 droni", "value": 12, "category": "drones_downed"},
    ]))
    report = source_reextract(source=source, gazetteer=EMPTY)
    assert fields(Figure.objects.get(pk=figure.pk)) == before
    assert (report.added, report.duplicates) == (1, 1)
    assert set(Figure.objects.values_list("text", flat=True)) == {"almeno 40", "12 droni"}


def test_a_rejected_claim_does_not_come_back(source, extractor, curator):
    claim = machine_claim(source, QUOTE)
    claim_update(claim=claim, user=curator, status=Status.REJECTED)
    extractor(document(source, claims=[{"phrase": QUOTE}]))
    source_reextract(source=source, gazetteer=EMPTY)
    assert list(Claim.objects.values_list("status", flat=True)) == [Status.REJECTED]


def test_a_machine_claim_a_curated_figure_points_to_is_kept(source, extractor, curator):
    claim = machine_claim(source, QUOTE)
    figure = machine_figure(source, "12 droni", 12, "drones_downed", claim=claim)
    figure_update(figure=figure, user=curator, status=Status.VERIFIED)
    extractor(document(source, claims=[{"phrase": QUOTE}]))
    report = source_reextract(source=source, gazetteer=EMPTY)
    assert Figure.objects.get().claim_id == claim.pk
    assert list(Claim.objects.all()) == [claim]
    assert (report.kept, report.replaced, report.duplicates) == (2, 0, 1)


def test_new_items_land_on_the_stored_sentences_when_the_split_differs(source, extractor):
    stored = list(source.sentences.values_list("index", "start", "end"))
    # The new extractor sees the first two sentences as one.
    s = [(x[1], x[2]) for x in stored]
    extractor(document(source, sentences=[(s[0][0], s[1][1]), s[2], s[3]],
                       claims=[{"phrase": KIEV_SAYS}, {"phrase": QUOTE}],
                       figures=[{"phrase": "almeno 40", "value": 40,
                                 "category": "drones_launched"}]))
    source_reextract(source=source, gazetteer=EMPTY)
    assert list(source.sentences.values_list("index", "start", "end")) == stored
    sentence_of = dict(Claim.objects.values_list("text", "sentence__index"))
    assert sentence_of == {KIEV_SAYS: 2, QUOTE: 1}
    assert Figure.objects.get().sentence.index == 2


def test_an_item_in_no_stored_sentence_is_skipped_and_counted(source, extractor):
    source.sentences.filter(index=3).delete()
    extractor(document(source, claims=[{"phrase": "Nessun commento"}],
                       figures=[{"phrase": "12 droni", "value": 12,
                                 "category": "drones_downed"}],
                       sentences=[(0, len(source.text))]))
    report = source_reextract(source=source, gazetteer=EMPTY)
    assert (report.skipped, report.added) == (1, 1)
    assert not Claim.objects.exists()


def test_reextract_updates_the_sources_extractor_version(source, extractor):
    extractor(document(source))
    source_reextract(source=source, gazetteer=EMPTY)
    source.refresh_from_db()
    assert source.extractor_version == EXTRACTOR_VERSION
    assert source.history.first().history_change_reason == "reextract"


def test_curated_work_survives_reingest_and_reextract_with_the_real_extractor(reference, curator):
    from claims.extraction.layout.decoding import decode_article
    from claims.services.gazetteer import gazetteer_from_db
    from claims.services.ingest import source_ingest
    from tests.conftest import SEEDS

    path = sorted(SEEDS.glob("*.txt"))[0]
    text = decode_article(path.read_bytes())
    source = source_ingest(text=text, gazetteer=gazetteer_from_db(), file_name=path.name).source
    sentences = list(source.sentences.values_list("index", "start", "end"))
    first = source.sentences.order_by("index").first()
    mine = claim_create(source=source, start=first.start, end=first.end, kind="reported",
                        user=curator, curator_note="a mano")
    reviewed = list(Claim.objects.filter(source=source, origin=Origin.MACHINE)[:1])
    for claim in reviewed:
        claim_update(claim=claim, user=curator, status=Status.DISPUTED)
    curated = {c.pk: fields(c) for c in Claim.objects.filter(curated_at__isnull=False)}

    assert not source_ingest(text=text, gazetteer=gazetteer_from_db()).created
    call_command("reextract", "--all", stdout=io.StringIO())
    call_command("reextract", "--source", str(source.pk), stdout=io.StringIO())

    assert {c.pk: fields(c) for c in Claim.objects.filter(pk__in=curated)} == curated
    assert Claim.objects.get(pk=mine.pk).curator_note == "a mano"
    assert list(source.sentences.values_list("index", "start", "end")) == sentences


def test_reextract_command_needs_sources_or_all(source):
    with pytest.raises(CommandError, match="--source ID"):
        call_command("reextract")
    with pytest.raises(CommandError, match="no source with id 999"):
        call_command("reextract", "--source", "999")


def test_reextract_command_reports_each_source_and_the_total(source, extractor, capsys):
    machine_claim(source, QUOTE)
    extractor(document(source, claims=[{"phrase": KIEV_SAYS}]))
    call_command("reextract", "--source", str(source.pk))
    out = capsys.readouterr().out
    assert f"source {source.pk}: added=1 updated=0 unchanged=0 replaced=1 kept=0" in out
    assert ("sources=1 added=1 updated=0 unchanged=0 replaced=1 kept=0 duplicates=0 "
            "skipped=0") in out


def test_reextract_admin_action_reports_what_it_did(curator_client, source, extractor):
    machine_claim(source, QUOTE)
    extractor(document(source, claims=[{"phrase": QUOTE}, {"phrase": KIEV_SAYS}]))
    response = curator_client.post(reverse("admin:claims_source_changelist"), {
        "action": "reextract", ACTION_CHECKBOX_NAME: [source.pk], "index": 0,
    }, follow=True)
    assert ("Re-extracted 1 source(s): added=1 updated=1 unchanged=0 replaced=0 kept=0"
            in response.content.decode())
    assert Claim.objects.count() == 2


def test_reextract_leaves_out_figures_the_database_cannot_hold(source, extractor):
    extractor(document(source, figures=[
        {"phrase": "12 droni", "value": 10**21, "category": "drones_downed"},
        {"phrase": "almeno 40", "value": 40, "category": "drones_launched"},
    ]))
    report = source_reextract(source=source, gazetteer=EMPTY)
    assert report.added == 1
    assert list(Figure.objects.values_list("text", flat=True)) == ["almeno 40"]
