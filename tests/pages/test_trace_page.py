"""/figures/<id>/ and /claims/<id>/: an item traced to its characters, and what the other
sides said around the same night."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Figure
from claims.selectors import claim_trace, figure_trace
from tests.pages import factories as make
from tests.pages.markup import parse

pytestmark = pytest.mark.django_db


def trace(client, figure):
    response = client.get(reverse("reader:figure", args=[figure.pk]))
    assert response.status_code == 200
    return parse(response.content)


def test_trace_marks_the_exact_characters_in_the_sentence(client, night):
    figure = night.figures["moscow_drones"]
    sentence = trace(client, figure).find(cls="traced-sentence")
    assert sentence.text == night.moscow.sentences.get(index=1).text
    assert sentence.find("mark", cls="is-traced").text == "129 droni ucraini"
    # ... inside its claim, coloured by the side.
    assert sentence.find("mark", cls="claim").attrs["data-side"] == "RU"


def test_trace_gives_value_category_qualifier_claim_speaker_side_and_source(client, night):
    facts = trace(client, night.figures["kyiv_later"]).find("dl", cls="facts").text
    for words in ("45", "Drones Downed", "At Least", "Aeronautica militare ucraina", "UA",
                  "Altri 45 droni", "2026-01-08"):
        assert words in facts
    claimed = trace(client, night.figures["moscow_drones"]).find("dl", cls="facts")
    assert "Intercettati nella notte 129 droni ucraini" in claimed.text
    assert "ANSA" in claimed.text


def test_trace_links_to_the_figure_in_its_source(client, night):
    figure = night.figures["moscow_drones"]
    link = trace(client, figure).find("a", cls="go-source")
    assert link.attrs["href"] == reverse("reader:source", args=[night.moscow.pk]) + (
        f"#figure-{figure.pk}")


def test_trace_lists_other_sides_within_three_days(client, night):
    same_side_next_day = make.figure(
        make.article("Il ministero russo: abbattuti 60 droni.", published_on=date(2026, 1, 7)),
        "60 droni", 60, "drones_downed", who=night.figures["moscow_drones"].speaker)
    nearby = trace(client, night.figures["moscow_drones"]).find("section", cls="nearby")
    traced = [a.attrs["href"] for a in nearby.find_all("a", cls="trace-link")]
    # Kyiv one and two days later; not RU itself, not four days later, not the rejected one,
    # not a month-dated total, not another category.
    assert traced == [reverse("reader:figure", args=[night.figures[key].pk])
                      for key in ("kyiv_drones", "kyiv_later")]
    assert reverse("reader:figure", args=[same_side_next_day.pk]) not in traced
    assert "2026-01-03 to 2026-01-09" in nearby.text


def test_trace_reaches_back_three_days_as_well(client, night):
    nearby = trace(client, night.figures["kyiv_late"]).find("section", cls="nearby")
    traced = [a.attrs["href"] for a in nearby.find_all("a", cls="trace-link")]
    # 10 January: RU's 6 January figure is four days back; nothing from RU in 7–13.
    assert traced == []
    early = trace(client, night.figures["kyiv_later"]).find("section", cls="nearby")
    assert [a.attrs["href"] for a in early.find_all("a", cls="trace-link")] == [
        reverse("reader:figure", args=[night.figures["moscow_drones"].pk])]


def test_trace_of_a_month_dated_source_sets_nothing_beside_it(client, night):
    nearby = trace(client, night.figures["monthly"]).find("section", cls="nearby")
    assert "dated to the month only" in nearby.text
    assert not nearby.find_all("table")


def test_trace_adds_one_query_to_the_selectors(client, night, django_assert_num_queries):
    figure = night.figures["moscow_drones"]
    with CaptureQueriesContext(connection) as selector:
        figure_trace(figure_id=figure.pk)
    with django_assert_num_queries(len(selector) + 1):  # + the other sides' figures
        trace(client, figure)


def test_trace_escapes_script_in_the_sentence(client, db):
    source = make.article('Fonti: "<script>alert(1)</script>" e 12 droni abbattuti.')
    figure = make.figure(source, "12 droni", 12, "drones_downed")
    body = client.get(reverse("reader:figure", args=[figure.pk])).content.decode()
    assert "<script>alert" not in body
    assert parse(body).find(cls="traced-sentence").text == source.text


def test_trace_of_a_missing_figure_is_404(client, db):
    assert client.get(reverse("reader:figure", args=[999999])).status_code == 404


def test_claim_trace_marks_the_claim_and_its_figures(client, night,
                                                     django_assert_num_queries):
    quote = night.claims["kyiv"]
    with CaptureQueriesContext(connection) as selector:
        claim_trace(claim_id=quote.pk)
    with django_assert_num_queries(len(selector)):
        response = client.get(reverse("reader:claim", args=[quote.pk]))
    tree = parse(response.content)
    marked = tree.find(cls="traced-sentence").find("mark", cls="claim")
    assert marked.text == quote.text
    assert [m.text for m in marked.find_all("mark", cls="figure")] == ["80 droni", "120"]
    assert Figure.objects.filter(claim=quote).count() == 2
