"""The extraction pipeline: layout → speakers and claims → figures."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from claims.extraction.attribution.attribute import attribute
from claims.extraction.figures.find import find_figures
from claims.extraction.layout.text import prepare
from claims.extraction.nlp import load_pipeline
from claims.extraction.rules.confidence import rate
from claims.extraction.speakers.gazetteer import Gazetteer
from claims.extraction.types import Claim, Document, Figure

EXTRACTOR_VERSION = "0.1.0"


# What the Italian pipeline parses: the sentences that need it (the default), every sentence
# (what `bench_extract` compares against), or none (cue rules only).
PARSE_MODES = ("needed", "every", "off")


def extract(text: str, *, gazetteer: Gazetteer, file: str | None = None,
            parse: str = "needed") -> Document:
    """The article's sentences, speakers, claims and figures."""
    if parse not in PARSE_MODES:
        raise ValueError(f"parse must be one of {', '.join(PARSE_MODES)}")
    prepared = prepare(text)
    day = article_day(prepared.published_on)
    nlp = None if parse == "off" else load_pipeline()
    speakers, claims = attribute(text, prepared.sentences, gazetteer, day, nlp,
                                 parse_every=parse == "every")
    figures = find_figures(text, prepared.sentences)
    link_figures_to_claims(figures, claims)
    for item in (*claims, *figures):
        item.confidence = rate(item.evidence, figure=isinstance(item, Figure))
    return Document(
        text=text,
        title=prepared.title,
        published_on=prepared.published_on,
        sentences=prepared.sentences,
        speakers=speakers,
        claims=claims,
        figures=figures,
        file=file,
    )


def article_day(published_on: str | None) -> date | None:
    """The day offices are resolved on; a month-precision date counts as its 15th."""
    if not published_on:
        return None
    if len(published_on) == 7:
        published_on += "-15"
    return date.fromisoformat(published_on)


def link_figures_to_claims(figures: list[Figure], claims: list[Claim]) -> None:
    """A figure is stated by the claim that contains it; failing that, by the one speaker
    whose claim covers the figure's sentence ("Tre civili sono stati uccisi, secondo il
    governatore": the figure lies outside the reported clause, not outside the claim)."""
    ordered = sorted(range(len(claims)), key=lambda i: claims[i].start)
    starts = [claims[i].start for i in ordered]
    by_sentence: dict[int, list[int]] = {}
    for i, claim in enumerate(claims):
        for index in claim.sentence_indexes:
            by_sentence.setdefault(index, []).append(i)
    for figure in figures:
        chosen = _innermost_claim(figure, claims, ordered, starts)
        how = "in-claim"
        if chosen is None:
            candidates = by_sentence.get(figure.sentence_index, [])
            if len({claims[i].speaker for i in candidates}) == 1:
                chosen, how = candidates[0], "sentence-of-claim"
        if chosen is None:
            figure.evidence = "unattributed"
        else:
            figure.claim_index = chosen
            figure.speaker = claims[chosen].speaker
            figure.side = claims[chosen].side
            figure.evidence = f"{how}/{claims[chosen].evidence}"


def _innermost_claim(figure: Figure, claims: list[Claim], ordered: list[int],
                     starts: list[int]) -> int | None:
    pos = bisect_right(starts, figure.start) - 1
    # Claims may nest (a quote inside reported speech): the latest-starting cover is innermost.
    while pos >= 0:
        claim = claims[ordered[pos]]
        if claim.start <= figure.start and figure.end <= claim.end:
            return ordered[pos]
        pos -= 1
    return None
