"""Quotes inside a speech: words in quotation marks that no cue attributes, said while someone
is speaking.

News copy reports a speech as a run of quotes: "«…», ha detto Rossi. «…». Il ministro ha poi
parlato dei conti, «che restano in ordine»." Only some of them carry a cue; the others belong to
the speaker whose words frame them. A quote is taken into the speech when someone spoke in its
own sentence, or in one of the two sentences before it within the same paragraph. A quote with
no one speaking around it (a title, a slogan, a scare quote in narration) stays unclaimed.
"""

from __future__ import annotations

from bisect import bisect_left

from claims.extraction.attribution.finder import ClaimFinder, Found
from claims.extraction.attribution.quotes import Quote

# Fewer words than this are a name, a title or a scare quote ("la cosiddetta «operazione»").
MIN_WORDS = 4
# How many sentences back a speech is still going on, within one paragraph.
REACH = 2


def quotes_in_speech(f: ClaimFinder) -> None:
    """Attribute each unclaimed quote to the speaker whose speech surrounds it."""
    covered = _union(sorted((c.start, c.end) for c in f.claims if c.speaker is not None))
    starts = [start for start, _ in covered]
    for q in f.quotes:
        if q.words(f.text) < MIN_WORDS or _covered(q, covered, starts):
            continue
        index = f.sentence_at(q.start + 1)
        speaker = _speaking_at(f, index, q)
        if speaker is None:
            continue
        f.add((q.start + 1, q.end - 1, "direct"), speaker.speaker, None, index, via=speaker.via,
              rule="quote-in-speech")


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap, so that a bisect finds the one at a point."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _covered(q: Quote, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether a claim overlaps the quoted words."""
    i = bisect_left(starts, q.end - 1) - 1
    return i >= 0 and spans[i][1] > q.start + 1


def _speaking_at(f: ClaimFinder, index: int, q: Quote) -> Found | None:
    """The claim whose speaker is speaking at the quote: the nearest attributed claim of its
    sentence (cued or made there), else the latest in the sentences before it, same paragraph."""
    paragraph = f.sentences[index].paragraph
    here = [c for c in (*f.claims_in(index), *f.claims_cued_in(index)) if c.speaker is not None]
    if here:
        return min(here, key=lambda c: min(abs(c.start - q.start), abs(c.end - q.end)))
    for back in range(index - 1, max(-1, index - REACH - 1), -1):
        if f.sentences[back].paragraph != paragraph:
            return None
        spoken = [c for c in (*f.claims_in(back), *f.claims_cued_in(back))
                  if c.speaker is not None]
        if spoken:
            return max(spoken, key=lambda c: c.end)
    return None
