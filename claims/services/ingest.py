"""Storing extracted articles: Source, Sentences, Speakers, Claims and Figures.

Articles are written in batches: one bulk INSERT per table for the whole batch, in one
transaction, so that a directory of thousands of files costs a few round trips per batch
rather than a dozen per file. A batch is all or nothing; if it meets a conflict (another
process stored one of its texts first) it is written again file by file, each file in its
own transaction, so nothing is ever stored partially and every other file still lands.

Two ingests at once (PostgreSQL) wait for each other's uncommitted rows wherever a unique key
is shared: a text's hash, a speaker's, side's or outlet's name. Every write therefore inserts
those rows in one fixed order, texts by hash and names sorted, whatever the order of the files:
the later process queues behind the earlier instead of both holding what the other needs,
which PostgreSQL ends by killing one of them (deadlock detected).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from django.db import DataError, IntegrityError, transaction

from claims.digests import text_sha256
from claims.extraction import EXTRACTOR_VERSION, Gazetteer, extract
from claims.extraction.layout.decoding import ArticleError
from claims.extraction.types import Document
from claims.models import Claim, Figure, Outlet, Sentence, Side, Source, Speaker

logger = logging.getLogger(__name__)

CHANGE_REASON = "ingest"
BATCH_SIZE = 100
# Figure.value holds 24 digits with 4 decimals: anything larger is no real-world count.
MAX_FIGURE_VALUE = 10**20


@dataclass
class Article:
    """One text to ingest, with what is known of it besides the text."""

    text: str
    file_name: str = ""
    outlet: Outlet | None = None
    url: str = ""
    path: str = ""  # where it was read from, for messages


@dataclass
class IngestResult:
    source: Source | None
    created: bool
    claims: int = 0
    figures: int = 0
    article: Article | None = None
    error: str | None = None  # one line, when the article could not be stored


def source_ingest(
    *, text: str, gazetteer: Gazetteer, file_name: str = "", outlet: Outlet | None = None,
    url: str = "",
) -> IngestResult:
    """Extract and store one article in one transaction; an identical text is left alone.

    Raises ArticleError (nothing written) when the text holds no article.
    """
    article = Article(text=text, file_name=file_name, outlet=outlet, url=url)
    (result,) = sources_ingest(articles=[article], gazetteer=gazetteer)
    if result.error:
        raise ArticleError(result.error)
    return result


def sources_ingest(
    *, articles: Iterable[Article], gazetteer: Gazetteer, batch_size: int = BATCH_SIZE
) -> Iterator[IngestResult]:
    """Ingest many articles, yielding one result per article in input order."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _ingest_batch(batch, gazetteer)
            batch = []
    if batch:
        yield from _ingest_batch(batch, gazetteer)


@dataclass
class _Pending:
    article: Article
    sha: str
    document: Document | None = None
    result: IngestResult | None = None
    claim_count: int = 0
    figure_count: int = 0
    duplicate_of: _Pending | None = field(default=None, repr=False)


def _ingest_batch(articles: list[Article], gazetteer: Gazetteer) -> list[IngestResult]:
    pending = [_Pending(article=a, sha=text_sha256(a.text)) for a in articles]
    stored = {s.sha256: s for s in Source.objects.filter(sha256__in={p.sha for p in pending})}
    first_of: dict[str, _Pending] = {}
    to_write: list[_Pending] = []
    for p in pending:
        if p.sha in stored:
            p.result = IngestResult(source=stored[p.sha], created=False, article=p.article)
        elif p.sha in first_of:
            p.duplicate_of = first_of[p.sha]  # the same text twice in one run
        else:
            try:
                document = extract(p.article.text, gazetteer=gazetteer,
                                   file=p.article.file_name)
            except Exception as exc:  # noqa: BLE001 - one article's bug must not stop a run
                logger.exception("extraction failed for %s", p.article.path or p.article.file_name)
                p.result = IngestResult(source=None, created=False, article=p.article,
                                        error=f"extraction failed: {type(exc).__name__}: {exc}")
                continue
            document.figures = storable_figures(document)
            if not document.sentences:
                p.result = IngestResult(source=None, created=False, article=p.article,
                                        error="no article text (empty or only site furniture)")
                continue
            p.document = document
            first_of[p.sha] = p
            to_write.append(p)
    if to_write:
        try:
            with transaction.atomic():
                _write_new_sources(to_write)
        except (IntegrityError, DataError):
            # Another process stored one of these texts meanwhile, or one file holds what
            # the database refuses: go file by file so that the others still land.
            for p in to_write:
                _write_one(p)
    for p in pending:
        if p.duplicate_of is not None:
            p.result = IngestResult(source=p.duplicate_of.result.source, created=False,
                                    article=p.article)
    return [p.result for p in pending]


def _write_one(p: _Pending) -> None:
    try:
        with transaction.atomic():
            _write_new_sources([p])
    except IntegrityError:
        p.result = IngestResult(source=Source.objects.get(sha256=p.sha), created=False,
                                article=p.article)
    except DataError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        p.result = IngestResult(source=None, created=False, article=p.article,
                                error=f"could not store: {reason}")


def _write_new_sources(batch: list[_Pending]) -> None:
    batch = sorted(batch, key=lambda p: p.sha)  # the lock order: see the module's docstring
    sources = []
    for p in batch:
        published_on, precision = _published(p.document.published_on)
        sources.append(Source(
            title=p.document.title[:1000],
            outlet=p.article.outlet,
            url=p.article.url,
            published_on=published_on,
            date_precision=precision,
            text=p.article.text,
            sha256=p.sha,
            file_name=p.article.file_name[:500],
            extractor_version=EXTRACTOR_VERSION,
        ))
    sources = Source.objects.bulk_create(sources)
    Source.history.bulk_history_create(sources, default_change_reason=CHANGE_REASON)
    claims, figures = _write_items(
        [(source, p.document, None, None, []) for source, p in zip(sources, batch, strict=True)]
    )
    for source, p in zip(sources, batch, strict=True):
        p.result = IngestResult(source=source, created=True, article=p.article,
                                claims=claims.get(source.pk, 0),
                                figures=figures.get(source.pk, 0))


class ItemBuilder:
    """Unsaved claims and figures as the extractor found them, on stored sentences.

    Each item carries the digest of its extracted fields, so that any later change to it,
    by whatever path, shows.
    """

    def __init__(self, documents: list[Document]) -> None:
        self._lookups = _Lookups(documents)

    def claim(self, source: Source, document: Document, i: int,
              sentences: dict[int, Sentence]) -> Claim:
        c = document.claims[i]
        claim = Claim(
            source=source,
            speaker=self._lookups.speaker(c.speaker),
            side=self._lookups.side(c.side),
            text=document.text[c.start:c.end],
            start=c.start,
            end=c.end,
            sentence=sentences[c.sentence_indexes[0]],
            attribution_sentence=sentences.get(c.attribution_sentence)
            if c.attribution_sentence is not None else None,
            kind=c.kind,
            cue=(c.cue or "")[:100],
            speaker_mention="" if c.speaker_named else (c.speaker or "")[:200],
            via=self._lookups.outlet(c.via),
            relays=[{"name": name, "start": start, "end": end}
                    for name, start, end in c.relays],
            published_on=source.published_on,
            extractor_version=EXTRACTOR_VERSION,
            confidence=c.confidence,
            evidence=c.evidence[:200],
        )
        claim.stamp_extracted()
        return claim

    def figure(self, source: Source, document: Document, i: int,
               sentences: dict[int, Sentence], claim: Claim | None) -> Figure:
        f = document.figures[i]
        figure = Figure(
            source=source,
            sentence=sentences[f.sentence_index],
            claim=claim,
            speaker=self._lookups.speaker(f.speaker),
            side=self._lookups.side(f.side),
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
            confidence=f.confidence,
            evidence=f.evidence[:200],
        )
        figure.stamp_extracted()
        return figure


def claims_insert(rows: list[tuple[Claim, list[Sentence]]], *,
                  reason: str = CHANGE_REASON) -> list[Claim]:
    """Bulk-insert new claims with their history rows and the sentences each spans."""
    claims = Claim.objects.bulk_create([claim for claim, _ in rows])
    Claim.history.bulk_history_create(claims, default_change_reason=reason)
    Through = Claim.sentences.through
    Through.objects.bulk_create([
        Through(claim_id=claim.pk, sentence_id=sentence.pk)
        for claim, spanned in rows for sentence in spanned
    ])
    return claims


def figures_insert(figures: list[Figure], *, reason: str = CHANGE_REASON) -> list[Figure]:
    figures = Figure.objects.bulk_create(figures)
    Figure.history.bulk_history_create(figures, default_change_reason=reason)
    return figures


_Item = tuple[Source, Document, Sequence[int] | None, Sequence[int] | None, list[Sentence]]


def _write_items(
    items: list[_Item], out_claims: list[Claim] | None = None,
    out_figures: list[Figure] | None = None,
) -> tuple[dict[int, int], dict[int, int]]:
    """Bulk-write sentences, claims and figures of several documents: a few queries in all."""
    new_sentences = [
        Sentence(source=source, index=s.index, start=s.start, end=s.end, paragraph=s.paragraph,
                 text=document.text[s.start:s.end])
        for source, document, _, _, stored in items if not stored
        for s in document.sentences
    ]
    Sentence.objects.bulk_create(new_sentences)
    fresh: dict[int, list[Sentence]] = {}
    for sentence in new_sentences:
        fresh.setdefault(sentence.source_id, []).append(sentence)

    builder = ItemBuilder([document for _, document, _, _, _ in items])
    claim_rows: list[tuple[Claim, list[Sentence]]] = []
    claim_maps: list[dict[int, Claim]] = []
    sentence_maps: list[dict[int, Sentence]] = []
    for source, document, claim_indexes, _, stored in items:
        by_index = {s.index: s for s in (stored or fresh.get(source.pk, []))}
        chosen = range(len(document.claims)) if claim_indexes is None else claim_indexes
        made: dict[int, Claim] = {}
        for i in chosen:
            made[i] = builder.claim(source, document, i, by_index)
            claim_rows.append(
                (made[i], [by_index[k] for k in document.claims[i].sentence_indexes])
            )
        claim_maps.append(made)
        sentence_maps.append(by_index)
    claims = claims_insert(claim_rows)

    figures: list[Figure] = []
    for (source, document, _, figure_indexes, _), made, by_index in zip(
            items, claim_maps, sentence_maps, strict=True):
        chosen = range(len(document.figures)) if figure_indexes is None else figure_indexes
        for i in chosen:
            claim_index = document.figures[i].claim_index
            claim = made.get(claim_index) if claim_index is not None else None
            figures.append(builder.figure(source, document, i, by_index, claim))
    figures = figures_insert(figures)
    if out_claims is not None:
        out_claims.extend(claims)
    if out_figures is not None:
        out_figures.extend(figures)
    claim_counts: dict[int, int] = {}
    figure_counts: dict[int, int] = {}
    for claim in claims:
        claim_counts[claim.source_id] = claim_counts.get(claim.source_id, 0) + 1
    for figure in figures:
        figure_counts[figure.source_id] = figure_counts.get(figure.source_id, 0) + 1
    return claim_counts, figure_counts


class _Lookups:
    """Rows for the names the documents use: one query per table, created when missing."""

    def __init__(self, documents: list[Document]) -> None:
        self._sides: dict[str, Side] = {}
        self._speakers: dict[str, Speaker] = {}
        self._outlets: dict[str, Outlet] = {}
        refs = {s.name: s for d in documents for s in d.speakers}
        side_codes = {x.side for d in documents for x in (*d.claims, *d.figures, *d.speakers)}
        side_codes.discard(None)
        if side_codes:
            self._sides = _get_or_create_many(
                Side, "code", side_codes, lambda code: Side(code=code, name=code)
            )
        # Figures take their speaker from a claim; a claim's speaker that names nobody ("il
        # funzionario") stays its mention and never becomes a Speaker row.
        names = {c.speaker for d in documents for c in d.claims if c.speaker_named}
        names.discard(None)
        if names:
            self._speakers = _get_or_create_many(
                Speaker, "name", names,
                lambda name: Speaker(
                    name=name,
                    kind=refs[name].kind if name in refs else Speaker.Kind.PERSON,
                    side=self.side(refs[name].side) if name in refs else None,
                ),
            )
        vias = {c.via for d in documents for c in d.claims}
        vias.discard(None)
        if vias:
            self._outlets = _get_or_create_many(Outlet, "name", vias, lambda v: Outlet(name=v))

    def side(self, code: str | None) -> Side | None:
        return self._sides.get(code) if code else None

    def speaker(self, name: str | None) -> Speaker | None:
        return self._speakers.get(name) if name else None

    def outlet(self, name: str | None) -> Outlet | None:
        return self._outlets.get(name) if name else None


def _get_or_create_many(model, key: str, values: set[str], make) -> dict:
    # Names longer than the column are left unresolved rather than truncated into another.
    limit = model._meta.get_field(key).max_length
    values = {v for v in values if len(v) <= limit}
    found = {getattr(row, key): row for row in model.objects.filter(**{f"{key}__in": values})}
    missing = values - found.keys()
    if missing:
        # ignore_conflicts: a concurrent ingest may create the same row first. Sorted: a set's
        # order differs from process to process, and two opposite orders deadlock.
        model.objects.bulk_create([make(v) for v in sorted(missing)], ignore_conflicts=True)
        found = {getattr(r, key): r for r in model.objects.filter(**{f"{key}__in": values})}
    return found


def storable_figures(document: Document) -> list:
    """The document's figures the database can hold: a count, never below zero, and below
    MAX_FIGURE_VALUE (the API and the admin refuse the same values from curators)."""
    return [f for f in document.figures
            if 0 <= f.value < MAX_FIGURE_VALUE
            and (f.value_max is None or f.value_max < MAX_FIGURE_VALUE)]


def _published(value: str | None) -> tuple[date | None, str]:
    if not value:
        return None, ""
    if len(value) == 7:
        return date.fromisoformat(value + "-01"), Source.Precision.MONTH
    return date.fromisoformat(value), Source.Precision.DAY
