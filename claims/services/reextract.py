"""Running an improved extractor again on stored sources without losing curated work.

An item is replaced only while it is exactly as the extractor left it (see
`Reviewable.in_extracted_state`): anything changed since, by any path, is kept as it is, and a
new machine item that repeats a kept one is not added. An untouched item the new extractor finds
again (same span; for claims the same kind) keeps its id, so links to it stay valid; its fields
take the new values. Untouched items not found again are deleted; new ones are added. A source's
text and sentences never change: the new items are placed on the stored sentences by offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from django.contrib.auth.models import AbstractBaseUser
from django.db import router, transaction
from django.db.models.deletion import Collector

from claims.extraction import EXTRACTOR_VERSION, Gazetteer, extract
from claims.extraction.types import Document
from claims.extraction.types import Sentence as DocSentence
from claims.models import Claim, Figure, Sentence, Source
from claims.services.ingest import (
    ItemBuilder,
    claims_insert,
    figures_insert,
    storable_figures,
)

CHANGE_REASON = "reextract"
# Besides the extracted fields, what re-extraction writes on an item it finds again: where it
# lies and which extractor found it. A change here alone is bookkeeping, not a new version.
CLAIM_PLACED = ("sentence_id", "attribution_sentence_id", "speaker_mention", "relays")
BOOKKEEPING = ("published_on", "extractor_version", "extracted_digest", "confidence",
               "evidence")


@dataclass
class ReextractReport:
    added: int = 0  # new machine items written
    updated: int = 0  # untouched items found again whose fields changed (same id)
    unchanged: int = 0  # untouched items found again as they were
    replaced: int = 0  # untouched machine items not found again, deleted
    kept: int = 0  # curated items (and machine claims a curated figure points to) left alone
    duplicates: int = 0  # new items not added because they repeat a kept one
    skipped: int = 0  # new items whose span lies in no stored sentence

    def __add__(self, other: ReextractReport) -> ReextractReport:
        return ReextractReport(**{name: getattr(self, name) + getattr(other, name)
                                  for name in self.__dataclass_fields__})

    def __str__(self) -> str:
        return " ".join(f"{name}={getattr(self, name)}" for name in self.__dataclass_fields__)


def source_reextract(*, source: Source, gazetteer: Gazetteer,
                     user: AbstractBaseUser | None = None) -> ReextractReport:
    """Extract `source` again and swap its untouched machine items for the new ones."""
    # Extraction is pure CPU work on immutable text: do it before taking any lock.
    document = extract(source.text, gazetteer=gazetteer, file=source.file_name or None)
    document.figures = storable_figures(document)
    with transaction.atomic():
        return _swap(source, document, user)


def _swap(source: Source, document: Document, user: AbstractBaseUser | None) -> ReextractReport:
    report = ReextractReport()
    # Two re-extractions of one source wait for each other here.
    source = Source.objects.select_for_update().get(pk=source.pk)
    # Lock every item of the source and judge it under the lock: a curator's edit that
    # commits while we wait is in the row version we read, so the edited item is kept.
    claims = list(Claim.objects.select_for_update().filter(source=source)
                  .prefetch_related("sentences"))
    figures = list(Figure.objects.select_for_update().filter(source=source))
    untouched_figures = [f for f in figures if f.in_extracted_state()]
    kept_figures = [f for f in figures if not f.in_extracted_state()]
    # A curated figure pointing at an untouched claim keeps that claim: replacing it would
    # change the figure's claim, and curated figures are kept exactly as they are.
    anchored = {f.claim_id for f in kept_figures if f.claim_id is not None}
    untouched_claims = [c for c in claims if c.in_extracted_state() and c.pk not in anchored]
    kept_claims = [c for c in claims if c not in untouched_claims]
    report.kept = len(kept_claims) + len(kept_figures)

    stored = list(source.sentences.order_by("index")) or _store_sentences(source, document)
    document, claim_ok, figure_ok = _on_stored_sentences(document, stored)
    by_index = {s.index: s for s in stored}
    builder = ItemBuilder([document])

    # Claims: found again, repeating a kept one, or new.
    claims_at = _by_span(untouched_claims, lambda c: (c.start, c.end, c.kind))
    claim_of: dict[int, Claim] = {}  # new claim index → the row that stands for it
    speaks_for: dict[int, Claim] = {}  # new claim index → the kept claim it repeats
    found_claims: list[tuple[Claim, Claim, list[Sentence]]] = []
    new_claims: list[tuple[Claim, list[Sentence]]] = []
    for i, c in enumerate(document.claims):
        if not claim_ok[i]:
            report.skipped += 1
            continue
        spanned = [by_index[k] for k in c.sentence_indexes]
        if old := _take_one(claims_at, (c.start, c.end, c.kind)):
            found_claims.append((old, builder.claim(source, document, i, by_index), spanned))
            claim_of[i] = old
        elif (same := _repeated(c.start, c.end, c.kind, kept_claims, "kind")) is not None:
            claim_of[i] = speaks_for[i] = same
            report.duplicates += 1
        else:
            claim = builder.claim(source, document, i, by_index)
            new_claims.append((claim, spanned))
            claim_of[i] = claim

    # Figures: a figure is one number in the text, so its span alone says it was found again.
    figures_at = _by_span(untouched_figures, lambda f: (f.start, f.end))
    found_figures: list[tuple[Figure, Figure]] = []
    new_figures: list[Figure] = []
    linked: list[tuple[Figure, int | None]] = []
    for i, f in enumerate(document.figures):
        if not figure_ok[i]:
            report.skipped += 1
            continue
        old = _take_one(figures_at, (f.start, f.end))
        if old is None and _repeated(f.start, f.end, None, kept_figures, "category") is not None:
            report.duplicates += 1
            continue
        figure = builder.figure(source, document, i, by_index, None)
        linked.append((figure, f.claim_index))
        if old is not None:
            found_figures.append((old, figure))
        else:
            new_figures.append(figure)

    gone_figures = [f for rest in figures_at.values() for f in rest]
    gone_claims = [c for rest in claims_at.values() for c in rest]
    _delete(gone_figures, user)
    _delete(gone_claims, user)
    report.replaced = len(gone_figures) + len(gone_claims)

    claims_insert(new_claims, reason=CHANGE_REASON)
    changed = _refresh_claims(found_claims, user)
    for figure, claim_index in linked:
        _link_figure(figure, claim_index, claim_of, speaks_for)
    figures_insert(new_figures, reason=CHANGE_REASON)
    changed += _refresh_figures(found_figures, user)
    report.added = len(new_claims) + len(new_figures)
    report.updated = changed
    report.unchanged = len(found_claims) + len(found_figures) - changed

    source.extractor_version = EXTRACTOR_VERSION
    source._change_reason = CHANGE_REASON
    source._history_user = _authenticated(user)
    source.save(update_fields=["extractor_version"])
    return report


def _by_span(items, key) -> dict[tuple, list]:
    found: dict[tuple, list] = {}
    for item in items:
        found.setdefault(key(item), []).append(item)
    return found


def _take_one(found: dict[tuple, list], key: tuple):
    items = found.get(key)
    return items.pop(0) if items else None


def _store_sentences(source: Source, document: Document) -> list[Sentence]:
    """A source stored without sentences gets the document's own, once."""
    return Sentence.objects.bulk_create([
        Sentence(source=source, index=s.index, start=s.start, end=s.end,
                 paragraph=s.paragraph, text=source.text[s.start:s.end])
        for s in document.sentences
    ])


def _link_figure(figure: Figure, claim_index: int | None, claim_of: dict[int, Claim],
                 speaks_for: dict[int, Claim]) -> None:
    """Point a figure at the row of its claim; inside a kept claim it takes the kept claim's
    speaker and side, a curator's correction included."""
    claim = claim_of.get(claim_index) if claim_index is not None else None
    figure.claim = claim
    if claim_index in speaks_for:
        figure.speaker_id, figure.side_id = claim.speaker_id, claim.side_id
    figure.stamp_extracted()


def _refresh_claims(found: list[tuple[Claim, Claim, list[Sentence]]],
                    user: AbstractBaseUser | None) -> int:
    """Give claims found again the new extraction's fields; returns how many changed."""
    Through = Claim.sentences.through
    moved = [(old, spanned) for old, _, spanned in found
             if {s.pk for s in old.sentences.all()} != {s.pk for s in spanned}]
    if moved:
        Through.objects.filter(claim_id__in=[old.pk for old, _ in moved]).delete()
        Through.objects.bulk_create([Through(claim_id=old.pk, sentence_id=s.pk)
                                     for old, spanned in moved for s in spanned])
    moved_ids = {old.pk for old, _ in moved}
    return _refresh(Claim, [(old, new) for old, new, _ in found],
                    [*Claim.EXTRACTED_FIELDS, *CLAIM_PLACED], moved_ids, user)


def _refresh_figures(found: list[tuple[Figure, Figure]], user: AbstractBaseUser | None) -> int:
    return _refresh(Figure, found, [*Figure.EXTRACTED_FIELDS, "sentence_id"], set(), user)


def _refresh(model, found: list, fields: list[str], moved: set[int],
             user: AbstractBaseUser | None) -> int:
    """Copy the new values onto the rows found again; each row whose own fields changed gets
    a history entry. Returns how many changed."""
    changed, written = [], []
    for old, new in found:
        differs = _take(old, new, fields) or old.pk in moved
        if _take(old, new, BOOKKEEPING) or differs:
            written.append(old)
        if differs:
            changed.append(old)
    if written:
        model.objects.bulk_update(written, [*fields, *BOOKKEEPING])
    if changed:
        for item in changed:
            item._change_reason = CHANGE_REASON
            item._history_user = _authenticated(user)
        model.history.bulk_history_create(changed, update=True,
                                          default_change_reason=CHANGE_REASON,
                                          default_user=_authenticated(user))
    return len(changed)


def _take(old: Claim | Figure, new: Claim | Figure, fields) -> bool:
    """Copy `fields` from new to old; whether any of them differed."""
    differs = False
    for name in fields:
        value = getattr(new, name)
        if getattr(old, name) != value:
            setattr(old, name, value)
            differs = True
    return differs


def _authenticated(user: AbstractBaseUser | None) -> AbstractBaseUser | None:
    return user if user is not None and user.is_authenticated else None


def _delete(items: list[Claim] | list[Figure], user: AbstractBaseUser | None) -> None:
    """Delete in one pass, with a history row per item that says why."""
    if not items:
        return
    for item in items:
        item._change_reason = CHANGE_REASON
        item._history_user = _authenticated(user)
    # A Collector fed with our own instances sends post_delete with them, so the history
    # rows get the reason above; QuerySet.delete() would load fresh instances without it.
    collector = Collector(using=router.db_for_write(type(items[0])), origin=items[0])
    collector.collect(items)
    collector.delete()


def _on_stored_sentences(
    document: Document, stored: list[Sentence],
) -> tuple[Document, list[bool], list[bool]]:
    """The document with its items' sentence indexes pointing at the stored sentences.

    Also says, item by item, whether its span overlaps any stored sentence at all.
    """
    ends = [s.end for s in stored]

    def overlapping(start: int, end: int) -> list[int]:
        found = []
        i = bisect_right(ends, start)
        while i < len(stored) and stored[i].start < end:
            found.append(stored[i].index)
            i += 1
        return found

    new_sentences = {s.index: s for s in document.sentences}
    claims, claim_ok = [], []
    for c in document.claims:
        indexes = overlapping(c.start, c.end)
        attribution = None
        if c.attribution_sentence in new_sentences:
            s = new_sentences[c.attribution_sentence]
            attribution = next(iter(overlapping(s.start, s.end)), None)
        claim_ok.append(bool(indexes))
        claims.append(replace(c, sentence_indexes=indexes or c.sentence_indexes,
                              attribution_sentence=attribution))
    figures, figure_ok = [], []
    for f in document.figures:
        indexes = overlapping(f.start, f.end)
        figure_ok.append(bool(indexes))
        figures.append(replace(f, sentence_index=indexes[0] if indexes else f.sentence_index))
    sentences = [DocSentence(index=s.index, start=s.start, end=s.end, paragraph=s.paragraph)
                 for s in stored]
    moved = replace(document, sentences=sentences, claims=claims, figures=figures)
    return moved, claim_ok, figure_ok


def _repeated(start: int, end: int, kind: str | None, kept: list[Claim] | list[Figure],
              attribute: str) -> Claim | Figure | None:
    """The kept item a new one repeats: same span, or an overlapping one of the same kind.

    `kind=None` makes any overlap a repeat. That is the rule for figures: a figure is one
    number in the text, so two overlapping figures state the same number, and a curator who
    corrected its category must not see the machine's old category come back beside it.
    Claims may nest (a direct quote inside reported speech), so for them the kind counts.
    """
    for item in kept:
        if item.start == start and item.end == end:
            return item
    for item in kept:
        if (item.start < end and start < item.end
                and (kind is None or getattr(item, attribute) == kind)):
            return item
    return None
