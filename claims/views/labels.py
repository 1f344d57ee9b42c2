"""How the reader pages write numbers, figures and sides: one place, so the article tooltips,
the trace, the chart and the tables all say "≥ 1,200 drone" the same way."""

from __future__ import annotations

from decimal import Decimal
from zlib import crc32

from claims.models import Figure, Status

QUALIFIER_SIGNS = {
    Figure.Qualifier.AT_LEAST: "≥",
    Figure.Qualifier.MORE_THAN: ">",
    Figure.Qualifier.ABOUT: "≈",
    Figure.Qualifier.UP_TO: "≤",
    Figure.Qualifier.LESS_THAN: "<",
}

# The two sides every comparison is about get their flags' colours; the others a colour from
# the Okabe–Ito palette (told apart by colour-blind readers), fixed by their code so that a
# side keeps its colour from page to page. The chart adds a marker shape per series as well.
SIDE_COLOURS = {"UA": "#0057b7", "RU": "#c8102e"}
PALETTE = ["#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#8c6d1f", "#6a3d9a"]
NO_SIDE_COLOUR = "#6b6b6b"
NO_SIDE_LABEL = "no side"


def number(value: Decimal | int | float | None) -> str:
    """12 → "12", 1.5000 → "1.5", 20000000000 → "20,000,000,000"."""
    if value is None:
        return ""
    value = Decimal(value).normalize()
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,f}"


def compact(value: float) -> str:
    """An axis label: 1,500 → "1.5k", 20,000,000,000 → "20bn"."""
    for size, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def figure_value(figure: Figure) -> str:
    """The normalised value as a reader says it: "≥ 100,000 munition", "≈ 3–5 person"."""
    amount = number(figure.value)
    if figure.value_max is not None and figure.value_max != figure.value:
        amount = f"{amount}–{number(figure.value_max)}"
    sign = QUALIFIER_SIGNS.get(figure.qualifier, "~" if figure.approximate else "")
    return " ".join(part for part in (sign, amount, figure.unit) if part)


def category_label(code: str) -> str:
    try:
        return str(Figure.Category(code).label)
    except ValueError:
        return code


def side_label(code: str | None) -> str:
    return code or NO_SIDE_LABEL


def side_colour(code: str | None) -> str:
    if not code:
        return NO_SIDE_COLOUR
    return SIDE_COLOURS.get(code) or PALETTE[crc32(code.encode()) % len(PALETTE)]


def _loaded(figure: Figure, name: str):
    # Only what the page's query already fetched: a label must never cost a query per row.
    return getattr(figure, name) if Figure._meta.get_field(name).is_cached(figure) else None


def figure_title(figure: Figure) -> str:
    """The hover text of a figure in an article: value, category, side and who."""
    speaker, side = _loaded(figure, "speaker"), _loaded(figure, "side")
    parts = [figure_value(figure), category_label(figure.category),
             side.code if side else NO_SIDE_LABEL, speaker.name if speaker else ""]
    if figure.status == Status.DISPUTED:
        parts.append("disputed")
    return " · ".join(part for part in parts if part)
