"""Running an improved extractor again on stored sources without losing curated work.

Machine-made items nobody touched (origin machine, curated_at null) are replaced by the new
result. Everything a curator created, edited or reviewed is kept exactly as it is, and a new
machine item that repeats a kept one is not added. A source's text and sentences never change:
the new items are placed on the stored sentences by their offsets.
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
from claims.models import Claim, Figure, Origin, Sentence, Source
from claims.services.ingest import document_store

CHANGE_REASON = "reextract"


@dataclass
class ReextractReport:
    added: int = 0  # new machine items written
    replaced: int = 0  # untouched machine items removed
    kept: int = 0  # curated items (and machine claims a curated figure points to) left alone
    duplicates: int = 0  # new items not added because they repeat a kept one
    skipped: int = 0  # new items whose span lies in no stored sentence

    def __add__(self, other: ReextractReport) -> ReextractReport:
        return ReextractReport(
            added=self.added + other.added, replaced=self.replaced + other.replaced,
            kept=self.kept + other.kept, duplicates=self.duplicates + other.duplicates,
            skipped=self.skipped + other.skipped,
        )

    def __str__(self) -> str:
        return (f"added={self.added} replaced={self.replaced} kept={self.kept} "
                f"duplicates={self.duplicates} skipped={self.skipped}")


def source_reextract(*, source: Source, gazetteer: Gazetteer,
                     user: AbstractBaseUser | None = None) -> ReextractReport:
    """Extract `source` again and swap its untouched machine items for the new ones."""
    # Extraction is pure CPU work on immutable text: do it before taking any lock.
    document = extract(source.text, gazetteer=gazetteer, file=source.file_name or None)
    with transaction.atomic():
        return _swap(source, document, user)


def _swap(source: Source, document: Document, user: AbstractBaseUser | None) -> ReextractReport:
    report = ReextractReport()
    # Two re-extractions of one source wait for each other here.
    source = Source.objects.select_for_update().get(pk=source.pk)
    # Lock the rows we are about to delete and test curated_at under the lock. A curator's
    # edit that commits while we wait sets curated_at, and PostgreSQL re-evaluates the WHERE
    # clause on the new row version, so the edited row drops out of what we replace.
    untouched = {"source": source, "origin": Origin.MACHINE, "curated_at__isnull": True}
    machine_figures = list(Figure.objects.select_for_update().filter(**untouched))
    machine_claims = list(Claim.objects.select_for_update().filter(**untouched))

    kept_figures = list(Figure.objects.filter(source=source)
                        .exclude(pk__in=[f.pk for f in machine_figures]))
    # A curated figure pointing at a machine claim keeps that claim: deleting it would set
    # the figure's claim to null, and curated figures are kept exactly as they are.
    anchored = {f.claim_id for f in kept_figures if f.claim_id is not None}
    replaced_claims = [c for c in machine_claims if c.pk not in anchored]
    kept_claims = list(Claim.objects.filter(source=source)
                       .exclude(pk__in=[c.pk for c in replaced_claims]))

    _delete(machine_figures, user)
    _delete(replaced_claims, user)
    report.replaced = len(machine_figures) + len(replaced_claims)
    report.kept = len(kept_claims) + len(kept_figures)

    stored = list(source.sentences.order_by("index"))
    document, claim_ok, figure_ok = _on_stored_sentences(document, stored)

    claim_indexes: list[int] = []
    repeats: dict[int, Claim] = {}  # new claim index → the kept claim it repeats
    for i, c in enumerate(document.claims):
        if not claim_ok[i]:
            report.skipped += 1
        elif (same := _repeated(c.start, c.end, c.kind, kept_claims, "kind")) is not None:
            repeats[i] = same
            report.duplicates += 1
        else:
            claim_indexes.append(i)
    figure_indexes: list[int] = []
    for i, f in enumerate(document.figures):
        if not figure_ok[i]:
            report.skipped += 1
        elif _repeated(f.start, f.end, None, kept_figures, "category") is not None:
            report.duplicates += 1
        else:
            figure_indexes.append(i)

    claims, figures = document_store(source=source, document=document,
                                     claim_indexes=claim_indexes, figure_indexes=figure_indexes)
    report.added = len(claims) + len(figures)
    _link_to_kept_claims(document, figure_indexes, figures, repeats)

    source.extractor_version = EXTRACTOR_VERSION
    source._change_reason = CHANGE_REASON
    source._history_user = _authenticated(user)
    source.save(update_fields=["extractor_version"])
    return report


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
    if not stored:
        # A source without sentences gets the document's own (document_store writes them).
        return (document, [True] * len(document.claims), [True] * len(document.figures))
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


def _link_to_kept_claims(document: Document, figure_indexes: list[int], figures: list[Figure],
                         repeats: dict[int, Claim]) -> None:
    """A new figure inside a claim that was not added belongs to the kept claim it repeats."""
    relinked: list[Figure] = []
    for i, figure in zip(figure_indexes, figures, strict=True):
        kept = repeats.get(document.figures[i].claim_index)
        if kept is not None:
            figure.claim, figure.speaker_id, figure.side_id = kept, kept.speaker_id, kept.side_id
            relinked.append(figure)
    if relinked:
        Figure.objects.bulk_update(relinked, ["claim", "speaker", "side"])
        Figure.history.bulk_history_create(relinked, update=True,
                                           default_change_reason=CHANGE_REASON)

