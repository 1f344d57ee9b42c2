"""Hand-made sources, claims and figures with exact offsets, independent of the extractor."""

from __future__ import annotations

from decimal import Decimal

from claims.extraction.types import Claim as DocClaim
from claims.extraction.types import Document
from claims.extraction.types import Figure as DocFigure
from claims.extraction.types import Sentence as DocSentence
from claims.models import Claim, Figure, Source, Speaker
from tests import factories
from tests.factories import side, span, speaker  # noqa: F401 - the suite's vocabulary

# Four sentences; the claim is the quote in the second, the speaker named in it.
PESKOV = [
    "Nella notte la Russia ha lanciato un nuovo attacco su Kiev.",
    'Il portavoce del Cremlino Dmitry Peskov ha detto: "Abbiamo abbattuto 12 droni ucraini".',
    "Secondo Kiev, i droni russi erano almeno 40.",
    "Nessun commento da Bruxelles.",
]
QUOTE = "Abbiamo abbattuto 12 droni ucraini"


def article(*sentences: str, title: str = "Attacco su Kiev", **fields) -> Source:
    return factories.article(*sentences, title=title, **fields)


def machine_claim(source: Source, phrase: str, *, who: Speaker | None = None,
                  kind: str = "direct", **fields) -> Claim:
    """A claim as the extractor stores it: origin machine, never curated."""
    start, end = span(source, phrase)
    sentences = list(source.sentences.filter(start__lt=end, end__gt=start))
    claim = _stamped(Claim(
        source=source, text=phrase, start=start, end=end, sentence=sentences[0], kind=kind,
        speaker=who, side=who.side if who else None, published_on=source.published_on,
        extractor_version="test", **fields,
    ))
    claim.sentences.set(sentences)
    return claim


def machine_figure(source: Source, phrase: str, value: int | str, category: str, *,
                   claim: Claim | None = None, **fields) -> Figure:
    start, end = span(source, phrase)
    sentence = source.sentences.get(start__lte=start, end__gte=end)
    return _stamped(Figure(
        source=source, sentence=sentence, text=phrase, start=start, end=end,
        value=Decimal(value), category=category, claim=claim,
        speaker=claim.speaker if claim else None, side=claim.side if claim else None,
        published_on=source.published_on, extractor_version="test", **fields,
    ))


def _stamped(item: Claim | Figure) -> Claim | Figure:
    """Saved with its fields recorded as the extractor's, as ingest does."""
    item.stamp_extracted()
    item.save()
    return item


def document(source: Source, *, claims: list[dict] = (), figures: list[dict] = (),
             sentences: list[tuple[int, int]] | None = None) -> Document:
    """What the extractor would return for `source`: claims and figures located by phrase.

    `sentences` gives other sentence boundaries than the stored ones.
    """
    if sentences is None:
        sentences = [(s.start, s.end) for s in source.sentences.order_by("index")]
    doc_sentences = [DocSentence(index=i, start=s, end=e, paragraph=0)
                     for i, (s, e) in enumerate(sentences)]

    def indexes(start: int, end: int) -> list[int]:
        return [s.index for s in doc_sentences if s.start < end and start < s.end]

    doc_claims = []
    for c in claims:
        start, end = span(source, c["phrase"])
        doc_claims.append(DocClaim(
            speaker=c.get("speaker"), side=c.get("side"), start=start, end=end,
            sentence_indexes=indexes(start, end) or [0], kind=c.get("kind", "direct"),
            cue=c.get("cue", "ha detto"),
        ))
    doc_figures = []
    for f in figures:
        start, end = span(source, f["phrase"])
        doc_figures.append(DocFigure(
            start=start, end=end, value=Decimal(f["value"]), category=f["category"],
            sentence_index=(indexes(start, end) or [0])[0], unit=f.get("unit"),
            claim_index=f.get("claim"),
        ))
    return Document(text=source.text, title=source.title, published_on=None,
                    sentences=doc_sentences, claims=doc_claims, figures=doc_figures)


def admin_form(item, **changes) -> dict:
    """The change form as the page posts it, with `changes` applied."""
    data = {"status": item.status, "curator_note": item.curator_note,
            "speaker": item.speaker_id or "", "side": item.side_id or ""}
    if isinstance(item, Claim):
        # The read-only inline of the claim's figures still posts its management form.
        data.update(kind=item.kind, cue=item.cue, via=item.via_id or "",
                    **{"figures-TOTAL_FORMS": 0, "figures-INITIAL_FORMS": 0})
    else:
        data.update(value=item.value, value_max=item.value_max or "",
                    approximate="on" if item.approximate else "", qualifier=item.qualifier,
                    unit=item.unit, category=item.category)
    data.update(changes)
    return {k: "" if v is None else v for k, v in data.items()}
