"""Reads that follow a claim or figure to its sentence and source: the rows lists embed,
traces with W3C selectors, and a source's text with its spans."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import QuerySet

from claims.models import Claim, Figure, Sentence, Source, Speaker

# How much context a TextQuoteSelector carries either side of the exact words: enough to tell
# apart two identical figures ("12 droni") in one article.
QUOTE_CONTEXT = 32


# --- lists ---------------------------------------------------------------------------------


def figures_with_provenance() -> QuerySet[Figure]:
    """Figures with everything a list row embeds, in one query whatever the page size."""
    return (
        Figure.objects
        # speaker__side, side, source__outlet and sentence: without them each row of a page
        # costs four more queries.
        .select_related("speaker__side", "side", "source__outlet", "sentence")
        .defer("source__text")
    )


def claims_with_provenance() -> QuerySet[Claim]:
    """Claims with their speaker, side, relaying outlet, source and first sentence."""
    return (
        Claim.objects
        # speaker__side, side, via, source__outlet and sentence: one query per row otherwise.
        .select_related("speaker__side", "side", "via", "source__outlet", "sentence")
        .defer("source__text")
    )


def sentences_with_source() -> QuerySet[Sentence]:
    return (
        Sentence.objects
        # source__outlet: each row shows its source's title and outlet.
        .select_related("source__outlet")
        .defer("source__text")
    )


# --- trace ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextSelectors:
    """The W3C Web Annotation selector pair that finds a span again in its source text."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    @classmethod
    def for_span(cls, text: str, start: int, end: int, context: int = QUOTE_CONTEXT):
        return cls(
            exact=text[start:end],
            prefix=text[max(0, start - context):start],
            suffix=text[end:end + context],
            start=start,
            end=end,
        )

    def as_w3c(self) -> list[dict]:
        return [
            {"type": "TextQuoteSelector", "exact": self.exact, "prefix": self.prefix,
             "suffix": self.suffix},
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]


@dataclass
class Trace:
    """Where one claim or figure came from, down to the characters of its article."""

    source: Source
    claim: Claim | None
    speaker: Speaker | None
    sentences: list[Sentence]
    previous_sentence: Sentence | None
    next_sentence: Sentence | None
    selectors: TextSelectors
    figure: Figure | None = None
    attribution_sentence: Sentence | None = None
    figures: list[Figure] = field(default_factory=list)


def _neighbours(source: Source, first: Sentence, last: Sentence):
    rows = {
        s.index: s
        for s in Sentence.objects.filter(
            source_id=source.pk, index__in=[first.index - 1, last.index + 1]
        )
    }
    for sentence in rows.values():
        sentence.source = source  # already in memory: no query if a caller follows it
    return rows.get(first.index - 1), rows.get(last.index + 1)


def figure_trace(*, figure_id: int) -> Trace:
    """The figure, its claim and speaker, its sentence and neighbours, the source and the
    selectors; two queries. Raises Figure.DoesNotExist."""
    figure = (
        Figure.objects
        # claim__speaker, speaker__side, side, sentence and source__outlet: all in one query.
        .select_related(
            "claim__speaker__side", "claim__side", "speaker__side", "side", "sentence",
            "source__outlet",
        )
        .get(pk=figure_id)
    )
    source = figure.source
    sentence = figure.sentence
    sentence.source = source
    if figure.claim is not None:
        figure.claim.source = source
    previous, following = _neighbours(source, sentence, sentence)
    return Trace(
        source=source, claim=figure.claim, speaker=figure.speaker, sentences=[sentence],
        previous_sentence=previous, next_sentence=following,
        selectors=TextSelectors.for_span(source.text, figure.start, figure.end), figure=figure,
    )


def claim_trace(*, claim_id: int) -> Trace:
    """The claim with every sentence it spans, the sentence naming its speaker, the
    neighbouring sentences and the figures it states; four queries."""
    claim = (
        Claim.objects
        # speaker__side, side, via, sentence, attribution_sentence, source__outlet: one query.
        .select_related(
            "speaker__side", "side", "via", "sentence", "attribution_sentence",
            "source__outlet",
        )
        .get(pk=claim_id)
    )
    source = claim.source
    sentences = list(claim.sentences.order_by("index")) or [claim.sentence]
    for sentence in [*sentences, claim.sentence, claim.attribution_sentence]:
        if sentence is not None:
            sentence.source = source
    previous, following = _neighbours(source, sentences[0], sentences[-1])
    figures = list(claim.figures.select_related("side").order_by("start"))
    return Trace(
        source=source, claim=claim, speaker=claim.speaker, sentences=sentences,
        previous_sentence=previous, next_sentence=following,
        selectors=TextSelectors.for_span(source.text, claim.start, claim.end),
        attribution_sentence=claim.attribution_sentence, figures=figures,
    )


# --- the spans of a source -----------------------------------------------------------------


@dataclass
class SourceSpans:
    source: Source
    sentences: list[Sentence]
    claims: list[Claim]
    figures: list[Figure]


def source_text_spans(*, source_id: int) -> SourceSpans:
    """A source's text with its sentences, claims and figures as spans: four queries."""
    source = Source.objects.select_related("outlet").get(pk=source_id)
    sentences = list(source.sentences.order_by("index"))
    # speaker and side: each span is labelled with them.
    claims = list(source.claims.select_related("speaker", "side").order_by("start", "id"))
    figures = list(source.figures.select_related("speaker", "side").order_by("start", "id"))
    return SourceSpans(source=source, sentences=sentences, claims=claims, figures=figures)
