"""Which spans of an article the reader pages mark, and how: claims coloured by side, figures
labelled with their value, sentences as anchors. The HTML itself comes from claims/highlight.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from claims.highlight import CLAIM, FIGURE, SENTENCE, Span
from claims.models import Claim, Figure, Sentence, Side, Speaker, Status
from claims.views.labels import NO_SIDE_LABEL, figure_title, side_colour


def shown(items: Iterable[Claim | Figure]) -> list:
    # Rejected items are extraction mistakes a curator threw out; readers never see them
    # (the comparison leaves them out too).
    return [item for item in items if item.status != Status.REJECTED]


def _side_code(side: Side | None) -> str:
    return side.code if side is not None else ""


def claim_span(claim: Claim, *, anchor: bool = True) -> Span:
    side = _side_code(claim.side)
    who = claim.speaker.name if claim.speaker is not None else "unknown speaker"
    kind = "quote" if claim.kind == Claim.Kind.DIRECT else "reported"
    title = f"{who} ({side or NO_SIDE_LABEL}) · {kind}"
    if claim.status == Status.DISPUTED:
        title += " · disputed"
    return Span(
        claim.start, claim.end, CLAIM, tag="mark",
        css=f"claim claim-{claim.status}" + ("" if side else " no-side"),
        anchor=f"claim-{claim.pk}" if anchor else "",
        attrs={"data-claim": claim.pk, "data-side": side or "none", "title": title,
               # The side's colour, read by the stylesheet: seventy-odd sides, one rule.
               "style": f"--side: {side_colour(side)}"},
    )


def figure_span(figure: Figure, *, anchor: bool = True, css: str = "") -> Span:
    title = figure_title(figure)
    return Span(
        figure.start, figure.end, FIGURE, tag="mark",
        css=f"figure figure-{figure.status} {css}".strip(),
        anchor=f"figure-{figure.pk}" if anchor else "",
        # tabindex: a tap or Tab focuses the figure and the stylesheet shows its label, for
        # readers without a mouse to hover with.
        attrs={"data-figure": figure.pk, "title": title, "data-tip": title, "tabindex": 0},
    )


def sentence_span(sentence: Sentence) -> Span:
    return Span(sentence.start, sentence.end, SENTENCE, css="sentence",
                anchor=f"sentence-{sentence.index}", attrs={"data-sentence": sentence.index})


def article_spans(sentences: list[Sentence], claims: list[Claim],
                  figures: list[Figure]) -> list[Span]:
    return [
        *(sentence_span(s) for s in sentences),
        *(claim_span(c) for c in claims),
        *(figure_span(f) for f in figures),
    ]


@dataclass
class SpeakerEntry:
    """One speaker in a source's side panel, with the side they spoke for there."""

    speaker: Speaker | None
    side: Side | None
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    @property
    def first_anchor(self) -> str:
        if self.claims:
            return f"claim-{self.claims[0].pk}"
        return f"figure-{self.figures[0].pk}"


def speakers_of(claims: list[Claim], figures: list[Figure]) -> list[SpeakerEntry]:
    """Who speaks in a source, in order of first appearance, from the rows already loaded."""
    entries: dict[tuple, SpeakerEntry] = {}
    for item in sorted([*claims, *figures], key=lambda i: i.start):
        if item.speaker_id is None and item.side_id is None:
            continue
        key = (item.speaker_id, item.side_id)
        entry = entries.setdefault(key, SpeakerEntry(speaker=item.speaker, side=item.side))
        (entry.claims if isinstance(item, Claim) else entry.figures).append(item)
    return list(entries.values())
