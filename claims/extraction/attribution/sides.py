"""The side a claim speaks for: its speaker's, or one read from the context around it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.speakers.matcher import place_side

if TYPE_CHECKING:
    from claims.extraction.attribution.finder import Found


def claim_side(text: str, c: Found) -> str | None:
    """The speaker's own side; an institution without one takes its relay's side or the side
    of a place named near it ("il consiglio regionale … di Belgorod")."""
    sp = c.speaker
    if sp.side is not None or sp.kind in ("group", "document") or sp.source == "bare":
        return sp.side
    if sp.kind == "institution":
        if c.via is not None and c.via.side is not None:
            return c.via.side
        return place_side(text, sp.start, window=300)
    return None
