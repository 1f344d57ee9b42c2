"""Rows written before curated state and text identity were kept: brought up to date by
migration 0006 and by `restore` of an older backup, with the same rules.

Both functions take the model classes, so that a migration can pass its historical ones.
"""

from __future__ import annotations

from django.db.models import Q

from claims.digests import (
    CLAIM_EXTRACTED_FIELDS,
    FIGURE_EXTRACTED_FIELDS,
    extracted_digest,
    text_sha256,
)

CHUNK = 2000
# Nothing about these rows says anyone touched them: they get the digest of their present
# fields. Every other unstamped row stays unstamped, so re-extraction keeps it as it is.
UNTOUCHED = Q(origin="machine", status="extracted", curator_note="", curated_at__isnull=True,
              reviewed_at__isnull=True, reviewed_by__isnull=True, extracted_digest="")


def items_stamp_untouched(*, claim_model, figure_model,
                          claim_fields: tuple[str, ...] = CLAIM_EXTRACTED_FIELDS,
                          figure_fields: tuple[str, ...] = FIGURE_EXTRACTED_FIELDS) -> int:
    """Stamp unstamped items still in their extracted state; returns how many.

    A migration passes the fields as they were when it was written, so that it keeps working
    (and stamping what the models of its time had) whatever the fields become later.
    """
    count = 0
    for model, fields in ((claim_model, claim_fields), (figure_model, figure_fields)):
        batch = []
        for item in model.objects.filter(UNTOUCHED).only("pk", *fields).iterator(CHUNK):
            item.extracted_digest = extracted_digest(getattr(item, name) for name in fields)
            batch.append(item)
        model.objects.bulk_update(batch, ["extracted_digest"], batch_size=CHUNK)
        count += len(batch)
    return count


def sources_rehash(*, source_model) -> int:
    """Give sources the hash of their text's normal form; returns how many changed.

    Two sources whose texts differ only in line ends or trailing blanks cannot share it: the
    one already holding it (its text is in normal form), else the older, takes it; the other
    keeps its old hash and stays, with its curated work, as it is.
    """
    groups: dict[str, list[tuple[int, str]]] = {}
    rows = source_model.objects.order_by("pk").values_list("pk", "text", "sha256")
    for pk, text, old in rows.iterator(chunk_size=200):
        groups.setdefault(text_sha256(text), []).append((pk, old))
    changed = []
    for new, members in groups.items():
        pk, old = next((m for m in members if m[1] == new), members[0])
        if old != new:
            changed.append(source_model(pk=pk, sha256=new))
    source_model.objects.bulk_update(changed, ["sha256"], batch_size=CHUNK)
    return len(changed)
