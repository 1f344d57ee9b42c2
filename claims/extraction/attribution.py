"""Speakers and the claims attributed to them."""

from __future__ import annotations

from datetime import date

from claims.extraction.gazetteer import Gazetteer
from claims.extraction.types import Claim, Sentence, SpeakerRef


def attribute(
    text: str, sentences: list[Sentence], gazetteer: Gazetteer, day: date | None
) -> tuple[list[SpeakerRef], list[Claim]]:
    """Speakers mentioned in the text and the claims attributed to them, in text order."""
    return [], []
