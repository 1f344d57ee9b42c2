"""Curator writes on claims and figures: one path for the admin and the API alike.

Every write marks the item curated (re-extraction keeps it exactly as it is) and records a
history row with the user and a change reason naming where it came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import Claim, Figure, Origin, Sentence, Side, Source, Speaker, Status

CLAIM_EDITABLE = {"status", "speaker", "side", "curator_note", "kind", "cue", "via"}
FIGURE_EDITABLE = {
    "status", "speaker", "side", "category", "value", "value_max", "approximate",
    "qualifier", "unit", "curator_note",
}


def _apply(item: Claim | Figure, *, user: AbstractBaseUser | None, origin: str,
           allowed: set[str], fields: dict[str, Any]) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(f"not editable: {', '.join(sorted(unknown))}")
    # Lock the row: a re-extraction of the same source may be deleting machine items. Without
    # the lock, saving an item it just deleted would insert it again.
    if not type(item).objects.select_for_update().filter(pk=item.pk).exists():
        raise ValidationError(
            f"this {type(item).__name__.lower()} no longer exists (re-extraction replaced it)"
        )
    now = timezone.now()
    for name, value in fields.items():
        setattr(item, name, value)
    if "status" in fields:
        item.reviewed_by = user if user and user.is_authenticated else None
        item.reviewed_at = now
    item.curated_at = now
    item.full_clean(exclude=["source", "sentence"])
    item._history_user = user if user and user.is_authenticated else None
    item._change_reason = origin
    item.save()


def _update(item: Claim | Figure, *, user: AbstractBaseUser | None, origin: str,
            allowed: set[str], fields: dict[str, Any]) -> None:
    # A new speaker brings its side along unless the curator sets one too.
    if "speaker" in fields and "side" not in fields and fields["speaker"] is not None:
        fields["side"] = fields["speaker"].side
    _apply(item, user=user, origin=origin, allowed=allowed, fields=fields)


@transaction.atomic
def claim_update(*, claim: Claim, user: AbstractBaseUser | None, origin: str = "admin",
                 **fields: Any) -> Claim:
    """Change a claim's status, speaker, side, note…"""
    _update(claim, user=user, origin=origin, allowed=CLAIM_EDITABLE, fields=fields)
    return claim


@transaction.atomic
def figure_update(*, figure: Figure, user: AbstractBaseUser | None, origin: str = "admin",
                  **fields: Any) -> Figure:
    """Change a figure's status, value, unit, category, speaker, side, note…"""
    _update(figure, user=user, origin=origin, allowed=FIGURE_EDITABLE, fields=fields)
    return figure


@transaction.atomic
def items_set(*, items: Iterable[Claim | Figure], user: AbstractBaseUser | None,
              origin: str = "admin", **fields: Any) -> int:
    """The bulk actions (verify, reject, set speaker…): each item gets its own history row."""
    count = 0
    for item in items:
        if isinstance(item, Claim):
            claim_update(claim=item, user=user, origin=origin, **fields)
        else:
            figure_update(figure=item, user=user, origin=origin, **fields)
        count += 1
    return count


def span_sentences(source: Source, start: int, end: int) -> list[Sentence]:
    """The sentences a span touches, validating it against the source text."""
    if not (0 <= start < end <= len(source.text)):
        raise ValidationError(
            f"span {start}:{end} is outside the source text (0:{len(source.text)})"
        )
    sentences = list(
        source.sentences.filter(start__lt=end, end__gt=start).order_by("index")
    )
    if not sentences:
        raise ValidationError(f"span {start}:{end} lies in no sentence of the source")
    return sentences


def _save_by_hand(model, *, source: Source, sentence, user: AbstractBaseUser | None,
                  origin: str, speaker: Speaker | None, side: Side | None, **fields):
    """A claim or figure a curator marked: reviewed by them now, on the speaker's side unless
    another is given, validated, and saved with its history entry."""
    now = timezone.now()
    authenticated = user if user and user.is_authenticated else None
    item = model(
        source=source, sentence=sentence, speaker=speaker,
        side=side if side is not None else (speaker.side if speaker else None),
        origin=Origin.CURATOR, reviewed_by=authenticated, reviewed_at=now, curated_at=now,
        published_on=source.published_on, **fields,
    )
    item.full_clean(exclude=["source", "sentence"])
    item._history_user = authenticated
    item._change_reason = origin
    item.save()
    return item


@transaction.atomic
def claim_create(*, source: Source, start: int, end: int, kind: str,
                 user: AbstractBaseUser | None, speaker: Speaker | None = None,
                 side: Side | None = None, cue: str = "", curator_note: str = "",
                 status: str = Status.VERIFIED, origin: str = "admin") -> Claim:
    """A claim a curator marks by hand: its span is validated against the source text."""
    sentences = span_sentences(source, start, end)
    claim = _save_by_hand(
        Claim, source=source, sentence=sentences[0], user=user, origin=origin, speaker=speaker,
        side=side, start=start, end=end, text=source.text[start:end], kind=kind, cue=cue,
        curator_note=curator_note, status=status,
    )
    claim.sentences.set(sentences)
    return claim


@transaction.atomic
def figure_create(*, source: Source, start: int, end: int, value: Decimal, category: str,
                  user: AbstractBaseUser | None, text: str | None = None,
                  value_max: Decimal | None = None, approximate: bool = False,
                  qualifier: str = "", unit: str = "", claim: Claim | None = None,
                  speaker: Speaker | None = None, side: Side | None = None,
                  curator_note: str = "", status: str = Status.VERIFIED,
                  origin: str = "admin") -> Figure:
    """A figure a curator marks by hand; `text`, when given, must match the span."""
    sentences = span_sentences(source, start, end)
    span_text = source.text[start:end]
    if text is not None and text != span_text:
        raise ValidationError(f"text {text!r} does not match the span ({span_text!r})")
    if claim is not None and claim.source_id != source.pk:
        raise ValidationError("the claim belongs to another source")
    if claim is not None and speaker is None:
        speaker = claim.speaker
    return _save_by_hand(
        Figure, source=source, sentence=sentences[0], user=user, origin=origin, speaker=speaker,
        side=side, claim=claim, start=start, end=end, text=span_text, value=value,
        value_max=value_max, approximate=approximate, qualifier=qualifier, unit=unit,
        category=category, curator_note=curator_note, status=status,
    )
