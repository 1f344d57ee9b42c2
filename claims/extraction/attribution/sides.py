"""The side a claim speaks for: its speaker's, or one read from the context around it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.rules.sides import LOCAL_TITLES, side_of_place_after_of
from claims.extraction.speakers.matcher import place_side

if TYPE_CHECKING:
    from claims.extraction.attribution.finder import Found


def claim_side(text: str, c: Found) -> str | None:
    """The speaker's own side; an institution without one takes its relay's side or the side
    of a place named near it ("il consiglio regionale … di Belgorod"). A body of a city that
    two countries name ("la polizia di Birmingham") takes the country the article puts the
    city in ("Birmingham, Alabama")."""
    sp = c.speaker
    if sp.side is not None or sp.kind == "document" or sp.source == "bare":
        return sp.side
    # Groups are left alone: "fonti di Washington" are anonymous, whoever they work for.
    if sp.kind == "institution" and (side := side_of_place_after_of(sp.name, text)):
        return side
    if sp.source == "parse-role" and sp.name.split()[0].lower() in LOCAL_TITLES:
        # "il governatore della provincia di …, Ivan Petrov": the place named before it.
        return place_side(text, sp.start)
    if sp.kind == "institution":
        if c.via is not None and c.via.side is not None:
            return c.via.side
        return place_side(text, sp.start, window=300)
    return None
