"""Figures: counted or measured quantities with their normalised value and category."""

from __future__ import annotations

from claims.extraction.types import Figure, Sentence


def find_figures(text: str, sentences: list[Sentence]) -> list[Figure]:
    """Every figure in the sentences, in text order (speaker, side, claim left unset)."""
    return []
