"""Provenance: from any claim or figure back to the characters of its article."""

from __future__ import annotations

import pytest

from claims.models import Figure
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db


def selectors(trace: dict) -> dict[str, dict]:
    return {s["type"]: s for s in trace["target"]["selector"]}


def test_figure_trace_gives_sentence_neighbours_claim_and_selectors(api, world):
    figure = world.figures["kyiv_injured"]
    trace = api.get(f"/api/figures/{figure.pk}/trace/").json()
    assert trace["figure"]["id"] == figure.pk
    assert trace["sentence"]["text"] == "Secondo Kiev i feriti sono 3."
    assert trace["previous_sentence"]["index"] == 1
    assert trace["next_sentence"] is None  # the last sentence of the article
    assert trace["source"]["title"] == "Droni su Kiev"
    assert trace["source"]["length"] == len(world.kyiv.text)
    found = selectors(trace)
    quote, position = found["TextQuoteSelector"], found["TextPositionSelector"]
    assert quote["exact"] == "3"
    assert quote["prefix"].endswith("i feriti sono ")
    assert quote["suffix"] == "."
    assert world.kyiv.text[position["start"]:position["end"]] == "3"
    assert trace["offsets"]["sentence_start"] == len("Secondo Kiev i feriti sono ")
    assert trace["target"]["source"].endswith(f"/api/sources/{world.kyiv.pk}/text/")


def test_figure_trace_names_its_claim_and_speaker(api, world, curator):
    from claims.services.review import figure_update

    figure = world.figures["kyiv_drones"]
    figure.claim = world.claims["respinto"]
    figure.save()
    figure_update(figure=figure, user=curator, status="verified")
    trace = api.get(f"/api/figures/{figure.pk}/trace/").json()
    assert trace["claim"]["id"] == world.claims["respinto"].pk
    assert trace["claim"]["speaker"]["name"] == "Volodymyr Zelensky"
    assert trace["speaker"]["name"] == "Volodymyr Zelensky"
    assert trace["previous_sentence"] is None
    assert trace["next_sentence"]["index"] == 1


def test_figure_trace_runs_two_queries(api, world, django_assert_num_queries):
    figure = world.figures["moscow_drones"]
    with django_assert_num_queries(2):
        assert api.get(f"/api/figures/{figure.pk}/trace/").status_code == 200


def test_claim_trace_gives_its_sentences_and_figures(api, world, django_assert_num_queries):
    claim = world.claims["negoziati"]
    world.figures["belgorod_drones"].claim = claim
    world.figures["belgorod_drones"].save()
    with django_assert_num_queries(4):
        trace = api.get(f"/api/claims/{claim.pk}/trace/").json()
    assert [s["index"] for s in trace["sentences"]] == [1]
    assert trace["previous_sentence"]["index"] == 0
    assert trace["next_sentence"]["index"] == 2
    assert trace["speaker"]["name"] == "Dmitry Peskov"
    assert [f["id"] for f in trace["figures"]] == [world.figures["belgorod_drones"].pk]
    position = selectors(trace)["TextPositionSelector"]
    assert world.moscow.text[position["start"]:position["end"]] == "i negoziati sono fermi"


def test_source_text_gives_every_span(api, world):
    body = api.get(f"/api/sources/{world.moscow.pk}/text/").json()
    text = body["text"]
    assert text == world.moscow.text
    assert [text[s["start"]:s["end"]] for s in body["sentences"]][1] == (
        "Peskov ha detto che i negoziati sono fermi.")
    assert [text[c["start"]:c["end"]] for c in body["claims"]] == ["i negoziati sono fermi"]
    assert sorted(text[f["start"]:f["end"]] for f in body["figures"]) == ["12 droni", "25 droni"]
    assert body["claims"][0]["speaker"] == "Dmitry Peskov"


def test_trace_selectors_find_the_words_in_the_original_file(api, seeded):
    """From a figure of the seeds, through its trace, back to the file on disk."""
    figure = Figure.objects.order_by("id").first()
    assert figure is not None, "the seeds hold at least one figure"
    trace = api.get(f"/api/figures/{figure.pk}/trace/").json()
    original = (SEEDS / trace["source"]["file_name"]).read_bytes().decode("utf-8-sig")
    found = selectors(trace)
    quote, position = found["TextQuoteSelector"], found["TextPositionSelector"]
    start, end = position["start"], position["end"]
    assert original[start:end] == quote["exact"] == figure.text
    assert original[:start].endswith(quote["prefix"])
    assert original[end:].startswith(quote["suffix"])
    sentence = trace["sentence"]
    assert original[sentence["start"]:sentence["end"]] == sentence["text"]
    assert sentence["start"] <= start < end <= sentence["end"]


def test_every_seed_figure_and_claim_traces_back_to_its_text(api, seeded):
    from claims.models import Claim

    for model, url in ((Figure, "figures"), (Claim, "claims")):
        for item in model.objects.select_related("source"):
            trace = api.get(f"/api/{url}/{item.pk}/trace/").json()
            position = selectors(trace)["TextPositionSelector"]
            assert item.source.text[position["start"]:position["end"]] == item.text
