"""Storing an extracted article: Source, Sentences, Speakers, Claims and Figures."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from django.db import IntegrityError, transaction

from claims.extraction import EXTRACTOR_VERSION, Gazetteer, extract
from claims.extraction.decoding import ArticleError
from claims.extraction.types import Document
from claims.models import Claim, Figure, Outlet, Sentence, Side, Source, Speaker

CHANGE_REASON = "ingest"


@dataclass
class IngestResult:
    source: Source
    created: bool
    claims: int = 0
    figures: int = 0


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_ingest(
    *,
    text: str,
    gazetteer: Gazetteer,
    file_name: str = "",
    outlet: Outlet | None = None,
    url: str = "",
) -> IngestResult:
    """Extract and store one article in one transaction; an identical text is left alone.

    Raises ArticleError (nothing written) when the text holds no article.
    """
    sha = text_sha256(text)
    existing = Source.objects.filter(sha256=sha).first()
    if existing is not None:
        return IngestResult(source=existing, created=False)

    document = extract(text, gazetteer=gazetteer, file=file_name)
    if not document.sentences:
        raise ArticleError("no article text (empty or only site furniture)")
    published_on, precision = _published(document.published_on)
    with transaction.atomic():
        try:
            # A concurrent ingest of the same text may commit first: the unique sha256 decides.
            with transaction.atomic():
                source = Source(
                    title=document.title[:1000],
                    outlet=outlet,
                    url=url,
                    published_on=published_on,
                    date_precision=precision,
                    text=text,
                    sha256=sha,
                    file_name=file_name[:500],
                    extractor_version=EXTRACTOR_VERSION,
                )
                source._change_reason = CHANGE_REASON
                source.save()
        except IntegrityError:
            return IngestResult(source=Source.objects.get(sha256=sha), created=False)
        claims, figures = document_store(source=source, document=document)
    return IngestResult(source=source, created=True, claims=len(claims), figures=len(figures))


def document_store(
    *, source: Source, document: Document, claim_indexes: list[int] | None = None,
    figure_indexes: list[int] | None = None,
) -> tuple[list[Claim], list[Figure]]:
    """Write a document's sentences (when the source has none), claims and figures.

    `claim_indexes`/`figure_indexes` restrict what is written (re-extraction skips items
    that duplicate curated ones). Must run inside a transaction.
    """
    sentences = list(source.sentences.order_by("index"))
    if not sentences:
        sentences = Sentence.objects.bulk_create(
            [Sentence(source=source, index=s.index, start=s.start, end=s.end,
                      paragraph=s.paragraph) for s in document.sentences]
        )
    by_index = {s.index: s for s in sentences}
    lookups = _Lookups(document)

    chosen_claims = range(len(document.claims)) if claim_indexes is None else claim_indexes
    claims: dict[int, Claim] = {}
    for i in chosen_claims:
        c = document.claims[i]
        claims[i] = Claim(
            source=source,
            speaker=lookups.speaker(c.speaker),
            side=lookups.side(c.side),
            text=document.text[c.start:c.end],
            start=c.start,
            end=c.end,
            sentence=by_index[c.sentence_indexes[0]],
            attribution_sentence=by_index.get(c.attribution_sentence)
            if c.attribution_sentence is not None else None,
            kind=c.kind,
            cue=(c.cue or "")[:100],
            via=lookups.outlet(c.via),
            published_on=source.published_on,
            extractor_version=EXTRACTOR_VERSION,
        )
    created_claims = Claim.objects.bulk_create(list(claims.values()))
    Claim.history.bulk_history_create(created_claims, default_change_reason=CHANGE_REASON)
    Through = Claim.sentences.through
    Through.objects.bulk_create(
        [Through(claim_id=claims[i].pk, sentence_id=by_index[s].pk)
         for i in claims for s in document.claims[i].sentence_indexes]
    )

    chosen_figures = range(len(document.figures)) if figure_indexes is None else figure_indexes
    figures = []
    for i in chosen_figures:
        f = document.figures[i]
        figures.append(Figure(
            source=source,
            sentence=by_index[f.sentence_index],
            claim=claims.get(f.claim_index) if f.claim_index is not None else None,
            speaker=lookups.speaker(f.speaker),
            side=lookups.side(f.side),
            text=document.text[f.start:f.end][:500],
            start=f.start,
            end=f.end,
            value=f.value,
            value_max=f.value_max,
            approximate=f.approximate,
            qualifier=f.qualifier or "",
            unit=f.unit or "",
            category=f.category,
            published_on=source.published_on,
            extractor_version=EXTRACTOR_VERSION,
        ))
    created_figures = Figure.objects.bulk_create(figures)
    Figure.history.bulk_history_create(created_figures, default_change_reason=CHANGE_REASON)
    return created_claims, created_figures


class _Lookups:
    """Rows for the names a document uses, fetched once per document, created when missing."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._sides: dict[str, Side] = {}
        self._speakers: dict[str, Speaker] = {}
        self._outlets: dict[str, Outlet] = {}
        self._load()

    def _load(self) -> None:
        doc = self._document
        side_codes = {c.side for c in doc.claims} | {f.side for f in doc.figures} | {
            s.side for s in doc.speakers
        }
        side_codes.discard(None)
        if side_codes:
            self._sides = {s.code: s for s in Side.objects.filter(code__in=side_codes)}
            missing = side_codes - self._sides.keys()
            if missing:
                Side.objects.bulk_create(
                    [Side(code=c, name=c) for c in missing], ignore_conflicts=True
                )
                self._sides = {s.code: s for s in Side.objects.filter(code__in=side_codes)}

        refs = {s.name: s for s in doc.speakers}
        names = {c.speaker for c in doc.claims} | {f.speaker for f in doc.figures}
        names.discard(None)
        if names:
            self._speakers = {s.name: s for s in Speaker.objects.filter(name__in=names)}
            missing = names - self._speakers.keys()
            if missing:
                # ignore_conflicts: a concurrent ingest may create the same new speaker.
                Speaker.objects.bulk_create(
                    [
                        Speaker(
                            name=name[:200],
                            kind=refs[name].kind if name in refs else Speaker.Kind.PERSON,
                            side=self.side(refs[name].side) if name in refs else None,
                        )
                        for name in missing
                    ],
                    ignore_conflicts=True,
                )
                self._speakers = {s.name: s for s in Speaker.objects.filter(name__in=names)}

        vias = {c.via for c in doc.claims}
        vias.discard(None)
        if vias:
            self._outlets = {o.name: o for o in Outlet.objects.filter(name__in=vias)}
            missing = vias - self._outlets.keys()
            if missing:
                Outlet.objects.bulk_create(
                    [Outlet(name=v[:200]) for v in missing], ignore_conflicts=True
                )
                self._outlets = {o.name: o for o in Outlet.objects.filter(name__in=vias)}

    def side(self, code: str | None) -> Side | None:
        return self._sides.get(code) if code else None

    def speaker(self, name: str | None) -> Speaker | None:
        return self._speakers.get(name) if name else None

    def outlet(self, name: str | None) -> Outlet | None:
        return self._outlets.get(name) if name else None


def _published(value: str | None) -> tuple[date | None, str]:
    if not value:
        return None, ""
    if len(value) == 7:
        return date.fromisoformat(value + "-01"), Source.Precision.MONTH
    return date.fromisoformat(value), Source.Precision.DAY
