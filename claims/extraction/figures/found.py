"""A figure as found, with the head kind it was found through (what a later bare number
may refer back to: "Lanciati 60 droni. 58 sono stati abbattuti")."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from claims.extraction.figures.numbers import Quantity
from claims.extraction.types import Figure, Sentence


@dataclass(slots=True)
class Found:
    figure: Figure
    kind: str


def make(q: Quantity, end: int, category: str, unit: str | None, sentence: Sentence,
         kind: str) -> Found:
    figure = Figure(
        start=q.start, end=end, value=plain(q.value), category=category,
        sentence_index=sentence.index, value_max=None if q.value_max is None else plain(
            q.value_max), approximate=q.approximate, qualifier=q.qualifier, unit=unit,
    )
    return Found(figure, kind)


def plain(value: Decimal) -> Decimal:
    """'45,9 miliardi' is 45900000000, not Decimal('45900000000.0')."""
    integral = value.to_integral_value()
    return integral if value == integral else value.normalize()
