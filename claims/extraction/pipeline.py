"""The extraction pipeline: layout → speakers and claims → figures."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from claims.extraction.attribution.attribute import attribute
from claims.extraction.figure_sides import MentionIndex, side_figures
from claims.extraction.figures.find import find_figures
from claims.extraction.layout.text import prepare
from claims.extraction.nlp import load_pipeline
from claims.extraction.rules.confidence import rate
from claims.extraction.speakers.gazetteer import Gazetteer
from claims.extraction.speakers.matcher import matcher_for
from claims.extraction.types import Claim, Document, Figure, Sentence

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
    carry_sides_to_surnames(claims)
    figures = find_figures(text, prepared.sentences)
    # The speaker mentions again, for the subjects of clauses that state figures (one more
    # word scan of the article; attribution keeps its own).
    mentions = MentionIndex(matcher_for(gazetteer).find_mentions(text, day) if figures else [])
    link_figures_to_claims(text, figures, claims, mentions, prepared.sentences)
    side_figures(text, prepared.sentences, figures, claims, mentions)
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


def carry_sides_to_surnames(claims: list[Claim]) -> None:
    """A speaker named again by surname alone ("Petrov ha aggiunto") keeps the side the
    article gave them in full ("il governatore russo Ivan Petrov"), when only one side fits."""
    by_surname: dict[str, set[str]] = {}
    for claim in claims:
        words = (claim.speaker or "").split()
        if claim.side is not None and len(words) > 1 and words[-1][:1].isupper():
            by_surname.setdefault(words[-1], set()).add(claim.side)
    for claim in claims:
        name = claim.speaker or ""
        if claim.side is None and " " not in name and len(by_surname.get(name, ())) == 1:
            claim.side = next(iter(by_surname[name]))


def link_figures_to_claims(text: str, figures: list[Figure], claims: list[Claim],
                           mentions: MentionIndex | None = None,
                           sentences: Sequence[Sentence] = ()) -> None:
    """A figure is stated by the claim that contains it; failing that, by the one speaker
    whose claim covers the figure's sentence ("Tre civili sono stati uccisi, secondo il
    governatore": the figure lies outside the reported clause, not outside the claim),
    unless another speaker stands before the figure in that sentence as the subject of its
    own clause ("X ha lanciato 150 razzi, e Y ha detto di averne intercettati molti")."""
    mentions = mentions or MentionIndex(())
    ordered = sorted(range(len(claims)), key=lambda i: claims[i].start)
    starts = [claims[i].start for i in ordered]
    # The furthest any claim up to each position reaches: the search for a claim covering a
    # figure stops where none before could.
    reach: list[int] = []
    for i in ordered:
        reach.append(max(claims[i].end, reach[-1] if reach else -1))
    by_sentence: dict[int, list[int]] = {}
    for i, claim in enumerate(claims):
        for index in claim.sentence_indexes:
            by_sentence.setdefault(index, []).append(i)
    for figure in figures:
        chosen = _innermost_claim(figure, claims, ordered, starts, reach)
        how = "in-claim"
        if chosen is None:
            candidates = by_sentence.get(figure.sentence_index, [])
            if len({claims[i].speaker for i in candidates}) == 1 and not _other_clause(
                    text, figure, claims[candidates[0]], mentions,
                    sentences[figure.sentence_index].start if sentences else figure.start):
                chosen, how = candidates[0], "sentence-of-claim"
        if chosen is None:
            figure.evidence = "unattributed"
        else:
            figure.claim_index = chosen
            figure.speaker = claims[chosen].speaker
            figure.side = claims[chosen].side
            figure.evidence = f"{how}/{claims[chosen].evidence}"


def _innermost_claim(figure: Figure, claims: list[Claim], ordered: list[int],
                     starts: list[int], reach: list[int]) -> int | None:
    pos = bisect_right(starts, figure.start) - 1
    # Claims may nest (a quote inside reported speech): the latest-starting cover is innermost.
    while pos >= 0 and reach[pos] >= figure.end:
        claim = claims[ordered[pos]]
        if claim.start <= figure.start and figure.end <= claim.end:
            return ordered[pos]
        pos -= 1
    return None


# What opens a clause of its own between a figure and the claim after it: "X ha lanciato 150
# razzi, e anche se Y ha detto di averne intercettati molti…", "… 40 razzi: Y ha risposto…".
_CLAUSE_BREAK = re.compile(r"[;:]|(?i:\b(?:anche se|mentre|sebbene|benché|nonostante|ma|però|"
                           r"tuttavia|invece)\b)")


def _other_clause(text: str, figure: Figure, claim: Claim, mentions: MentionIndex,
                  lo: int) -> bool:
    """Whether the figure stands in a clause of its own, apart from the claim that shares
    its sentence: another clause opens between them, or someone other than the claim's
    speaker is named before the figure (`lo` is the sentence's start)."""
    if figure.end <= claim.start and _CLAUSE_BREAK.search(text, figure.end, claim.start):
        return True
    return any(m.name != claim.speaker and not claim.start <= m.start < claim.end
               and m.kind != "media" for m in mentions.within(lo, figure.start))
