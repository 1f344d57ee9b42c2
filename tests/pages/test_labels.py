"""How the pages write numbers, figures and sides."""

from __future__ import annotations

from decimal import Decimal

from claims.models import Figure
from claims.views.labels import compact, figure_value, number, side_colour


def test_numbers_lose_their_padding_and_gain_thousands_separators():
    assert [number(Decimal(v)) for v in ("12.0000", "1.5000", "20000000000.0000")] == [
        "12", "1.5", "20,000,000,000"]


def test_a_figure_reads_with_its_qualifier_range_and_unit():
    at_least = Figure(value=Decimal("100000"), unit="munition",
                      qualifier=Figure.Qualifier.AT_LEAST)
    assert figure_value(at_least) == "≥ 100,000 munition"
    about = Figure(value=Decimal(3), value_max=Decimal(5), unit="person", approximate=True)
    assert figure_value(about) == "~ 3–5 person"
    assert figure_value(Figure(value=Decimal("20000000000"), unit="USD")) == (
        "20,000,000,000 USD")


def test_axis_labels_are_short():
    assert [compact(v) for v in (0, 50, 1500, 2.5e6, 20e9)] == ["0", "50", "1.5k", "2.5M",
                                                                 "20bn"]


def test_a_side_keeps_its_colour_and_unknown_sides_are_grey():
    assert side_colour("UA") == "#0057b7" and side_colour("RU") == "#c8102e"
    assert side_colour("NATO") == side_colour("NATO") != side_colour(None)
