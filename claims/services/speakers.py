"""Curator writes on speakers: merging duplicates the extractor or two curators created."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count

from claims.models import Claim, Figure, Speaker, SpeakerAlias, SpeakerRole
from claims.services.review import claim_update, figure_update


@dataclass
class SpeakerMergeResult:
    keep: Speaker
    aliases: int = 0
    roles: int = 0
    claims: int = 0
    figures: int = 0


@transaction.atomic
def speaker_merge(*, keep: Speaker, merge: Speaker, user: AbstractBaseUser | None,
                  origin: str = "admin") -> SpeakerMergeResult:
    """Move everything `merge` has to `keep`, then delete `merge`; its name becomes an alias.

    Claims and figures move through the review services, so each gets a history row and is
    marked curated (a curator chose its speaker; re-extraction keeps it). Their side stays
    what it was, since a claim's side is the one its speaker spoke for at the time.
    """
    if keep.pk == merge.pk:
        raise ValidationError("a speaker cannot be merged into itself")
    # Lock both rows in primary-key order, so that two curators merging the same pair the
    # other way round wait for each other instead of deadlocking.
    locked = {
        s.pk: s
        for s in Speaker.objects.select_for_update().filter(pk__in=[keep.pk, merge.pk])
        .order_by("pk")
    }
    if len(locked) != 2:
        raise ValidationError("one of the speakers no longer exists")
    keep, merge = locked[keep.pk], locked[merge.pk]
    authenticated = user if user is not None and user.is_authenticated else None
    result = SpeakerMergeResult(keep=keep)

    result.aliases = SpeakerAlias.objects.filter(speaker=merge).update(speaker=keep)
    # Aliases are unique whatever their case: the merged name may already be one.
    if (merge.name.casefold() != keep.name.casefold()
            and not SpeakerAlias.objects.filter(alias__iexact=merge.name).exists()):
        SpeakerAlias.objects.create(speaker=keep, alias=merge.name)
        result.aliases += 1
    result.roles = SpeakerRole.objects.filter(speaker=merge).update(speaker=keep)

    reason = f"{origin}: merge {merge.name} into {keep.name}"[:100]
    for claim in Claim.objects.filter(speaker=merge).select_related("side"):
        claim_update(claim=claim, user=user, origin=reason, speaker=keep,
                     side=claim.side or keep.side)
        result.claims += 1
    for figure in Figure.objects.filter(speaker=merge).select_related("side"):
        figure_update(figure=figure, user=user, origin=reason, speaker=keep,
                      side=figure.side or keep.side)
        result.figures += 1

    # What the kept speaker lacked, the merged one may know.
    keep.in_gazetteer = keep.in_gazetteer or merge.in_gazetteer
    keep.side = keep.side or merge.side
    keep.description = keep.description or merge.description
    keep._history_user = authenticated
    keep._change_reason = reason
    keep.save()
    merge._history_user = authenticated
    merge._change_reason = reason
    merge.delete()
    return result


@transaction.atomic
def speakers_prune_unused() -> int:
    """Delete speakers the extractor made that nothing points to any more.

    A re-extraction may stop attributing claims to a name ("il funzionario" is now a claim's
    mention, not a speaker). What a curator touched stays: speakers in the gazetteer, with an
    alias, a role or a history entry besides their creation. Returns how many were deleted.
    """
    unused = set(Speaker.objects.filter(
        in_gazetteer=False, claims__isnull=True, figures__isnull=True, aliases__isnull=True,
        roles__isnull=True,
    ).values_list("pk", flat=True))
    edited = set(Speaker.history.filter(id__in=unused).values("id")
                 .annotate(changes=Count("history_id")).filter(changes__gt=1)
                 .values_list("id", flat=True))
    ids = unused - edited
    if ids:
        Speaker.objects.filter(pk__in=ids).delete()
    return len(ids)
