"""/compare/: figures per side over time, a server-drawn SVG chart and the table behind it,
from the same selector as /api/compare/."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from urllib.parse import parse_qs, urlparse

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.selectors import FigureGroup, SideFigures, figures_compare_by_side
from claims.views.chart import axis_top, build_charts, nice_ceiling
from tests.pages import factories as make
from tests.pages.markup import parse

pytestmark = pytest.mark.django_db

JANUARY = {"category": "drones_downed", "date_from": "2026-01-01", "date_to": "2026-01-31"}


def compare(client, params):
    response = client.get(reverse("reader:compare"), params)
    assert response.status_code == 200
    return parse(response.content)


def point_ids(tree) -> dict[str, list[set[int]]]:
    return {
        series.attrs["data-side"]: [{int(i) for i in a.attrs["data-figure-ids"].split()}
                                    for a in series.find_all("a", cls="point")]
        for series in tree.find_all("g", cls="series")
    }


def test_compare_chart_has_one_series_per_side(client, night):
    tree = compare(client, JANUARY)
    [chart] = tree.find_all("figure", cls="chart")
    assert [g.attrs["data-side"] for g in chart.find_all("g", cls="series")] == ["RU", "UA"]
    f = night.figures
    assert point_ids(tree) == {
        "RU": [{f["moscow_drones"].pk}],
        # Kyiv on the 7th, 8th and 10th; the rejected figure and the month total left out
        # (the month total is dated the 1st, inside January: it is a point of its own).
        "UA": [{f["monthly"].pk}, {f["kyiv_drones"].pk}, {f["kyiv_later"].pk},
               {f["kyiv_late"].pk}],
    }


def test_compare_shows_the_same_figures_as_the_api(client, night):
    api = client.get(reverse("api:compare-figures"), JANUARY).json()
    expected = {s["side"]: [set(g["figure_ids"]) for g in s["groups"]] for s in api["sides"]}
    tree = compare(client, JANUARY)
    assert point_ids(tree) == expected
    table = tree.find("section", cls="compare-table")
    rows = {int(r.attrs["id"].removeprefix("row-figure-")) for r in table.find_all("tr")
            if r.attrs.get("id")}
    assert rows == set().union(*(ids for groups in expected.values() for ids in groups))
    assert table.find("a", href=reverse("api:compare-figures") + "?" + (
        "category=drones_downed&group=day&date_from=2026-01-01&date_to=2026-01-31"))


def test_compare_point_links_to_the_trace_or_to_the_figures_behind_it(client, night):
    extra = night.figures["kyiv_late"]
    extra.published_on = date(2026, 1, 7)  # two UA figures on the 7th: one point
    extra.save()
    tree = compare(client, {**JANUARY, "side": "UA"})
    [[point]] = [[a for a in g.find_all("a", cls="point")
                  if len(a.attrs["data-figure-ids"].split()) == 2]
                 for g in tree.find_all("g", cls="series")]
    url = urlparse(point.attrs["href"])
    assert url.path == reverse("reader:figures")
    ids = parse_qs(url.query)["id"][0]
    listed = parse(client.get(point.attrs["href"]).content)
    rows = [r.attrs["id"] for r in listed.find_all("tr") if r.attrs.get("id")]
    assert sorted(rows) == sorted(f"row-figure-{i}" for i in ids.split(","))
    single = tree.find("a", cls="point", data_figure_ids=str(night.figures["kyiv_later"].pk))
    assert single.attrs["href"] == reverse("reader:figure", args=[night.figures["kyiv_later"].pk])


def test_compare_chart_is_labelled_for_screen_readers(client, night):
    chart = compare(client, JANUARY).find("figure", cls="chart")
    svg = chart.find("svg", cls="chart-svg")
    title_id, desc_id = svg.attrs["aria-labelledby"].split()
    assert chart.find(id=title_id).text.startswith("Drones Downed")
    assert "one series per side" in chart.find(id=desc_id).text
    point = chart.find("a", cls="point", data_figure_ids=str(night.figures["moscow_drones"].pk))
    assert point.attrs["aria-label"] == point.find("title").text == (
        "RU, 2026-01-06: 129 — Drones Downed, 1 figure")


def test_compare_draws_one_chart_per_category(client, night):
    tree = compare(client, {**JANUARY, "category": ["drones_downed", "drones_launched"]})
    titles = [c.find("figcaption").find("strong").text for c in tree.find_all("figure",
                                                                             cls="chart")]
    assert titles == ["Drones Downed", "Drones Launched"]


def test_compare_filters_by_side_and_date(client, night):
    tree = compare(client, {"category": "drones_downed", "side": "UA",
                            "date_from": "2026-01-07", "date_to": "2026-01-08"})
    assert point_ids(tree) == {"UA": [{night.figures["kyiv_drones"].pk},
                                      {night.figures["kyiv_later"].pk}]}


def test_compare_first_visit_shows_drones_downed(client, night):
    tree = compare(client, {})
    assert tree.find("input", name="category", value="drones_downed").attrs.get("checked") == ""
    assert tree.find_all("figure", cls="chart")


@pytest.mark.parametrize("params, error", [
    ({"date_from": "2026-01-01"}, "Choose at least one category."),
    ({**JANUARY, "date_from": "2026-02-01"}, "The end comes before the start."),
    ({**JANUARY, "side": "XX"}, "Select a valid choice."),
])
def test_compare_explains_a_bad_question_without_a_chart(client, night, params, error):
    tree = compare(client, params)
    assert error in tree.find("form", cls="compare-form").text
    assert not tree.find_all("figure", cls="chart")


def test_compare_runs_the_selectors_queries_and_two_more(client, night,
                                                         django_assert_num_queries):
    question = {"categories": ["drones_downed", "injured"], "date_from": date(2026, 1, 1),
                "date_to": date(2026, 1, 31)}
    with CaptureQueriesContext(connection) as selector:
        figures_compare_by_side(**question)
    # The page adds the sides to offer and the figures of the table, however many there are.
    with django_assert_num_queries(len(selector) + 2):
        compare(client, {**JANUARY, "category": ["drones_downed", "injured"]})
    for n in range(10):
        make.figure(make.article(f"Abbattuti {n + 1} droni.", published_on=date(2026, 1, 20 + n)),
                    f"{n + 1} droni", n + 1, "drones_downed", who=make.speaker(f"S{n}", f"X{n}"))
    with django_assert_num_queries(len(selector) + 2):
        compare(client, {**JANUARY, "category": ["drones_downed", "injured"]})


def _group(day: date, value: int, *ids: int) -> FigureGroup:
    return FigureGroup(period=day, category="drones_downed", unit="drone", count=len(ids),
                       sum=Decimal(value), min=Decimal(value), max=Decimal(value),
                       figure_ids=list(ids))


def test_chart_lines_join_consecutive_days_only():
    ru = SideFigures(side="RU", count=3, groups=[
        _group(date(2026, 1, 1), 10, 1), _group(date(2026, 1, 2), 20, 2),
        _group(date(2026, 1, 9), 30, 3)])
    [chart] = build_charts([ru], date_from=None, date_to=None, grouping="day",
                           href=lambda ids: "#")
    [series] = chart.series
    assert len(series.points) == 3 and len(series.lines) == 1  # the 9th stands alone
    assert series.lines[0].count(",") == 2


def test_chart_axis_tops_at_a_round_number_of_round_steps():
    assert [nice_ceiling(v) for v in (0, 7, 129, 240, 3000, 21e9)] == [
        1, 10, 200, 250, 5000, 25e9]
    assert [axis_top(v) for v in (3, 129, 3000, 20e9)] == [4, 200, 4000, 20e9]
