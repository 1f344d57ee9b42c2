"""Reads the reader pages need beyond claims/selectors.py (which they reuse for traces, a
source's spans, comparisons and search). Nothing here writes."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Count, Exists, F, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from claims.models import Claim, Figure, Outlet, Side, Source, Speaker, Status
from claims.selectors import figures_with_provenance

# "Moscow said 129 drones on 6 January; what did Kyiv say that night?" Reports of one night
# come out over the following days, so the window reaches three days either side.
NEARBY_DAYS = 3
NEARBY_LIMIT = 50


def figures_from_other_sides(*, figure: Figure, days: int = NEARBY_DAYS,
                             limit: int = NEARBY_LIMIT) -> list[Figure]:
    """Figures of the same category that other sides stated within `days` of the figure's
    source date; one query. Empty when the source is undated or dated to the month only: a
    month date is its 1st, and "within three days of the 1st" would be a made-up match."""
    source = figure.source
    day = source.published_on
    if day is None or source.date_precision != Source.Precision.DAY:
        return []
    nearby = (
        figures_with_provenance()
        .filter(
            category=figure.category, side__isnull=False,
            published_on__range=day_window(day, days),
            # A month-dated source sits on the 1st; it is not evidence for any one night.
            source__date_precision=Source.Precision.DAY,
        )
        .exclude(status=Status.REJECTED)
        .exclude(pk=figure.pk)
        .order_by("published_on", "side__code", "-value", "id")
    )
    if figure.side_id is not None:
        nearby = nearby.exclude(side_id=figure.side_id)
    return list(nearby[:limit])


def figures_listed(*, ids: list[int]) -> list[Figure]:
    """The figures behind a comparison, in date order, with their provenance; one query."""
    if not ids:
        return []
    return list(
        figures_with_provenance().filter(id__in=ids)
        .order_by("published_on", "side__code", "category", "-value", "id")
    )


def sides_with_figures() -> QuerySet[Side]:
    # Seventy-odd sides are known; a form offers the few that have stated a figure.
    return Side.objects.filter(Exists(Figure.objects.filter(side=OuterRef("pk"))))


def sides_with_claims() -> QuerySet[Side]:
    return Side.objects.filter(Exists(Claim.objects.filter(side=OuterRef("pk"))))


def speakers_with_figures() -> QuerySet[Speaker]:
    # The gazetteer holds hundreds of speakers; a filter lists those with something to show.
    return Speaker.objects.filter(Exists(Figure.objects.filter(speaker=OuterRef("pk"))))


def speakers_with_claims() -> QuerySet[Speaker]:
    return Speaker.objects.filter(Exists(Claim.objects.filter(speaker=OuterRef("pk"))))


def outlets_with_sources() -> QuerySet[Outlet]:
    return Outlet.objects.filter(Exists(Source.objects.filter(outlet=OuterRef("pk"))))


def _count(model) -> Coalesce:
    # A correlated COUNT per row: two Count() joins on one query would multiply each other.
    rows = (
        model.objects.filter(source=OuterRef("pk")).exclude(status=Status.REJECTED)
        .order_by().values("source").annotate(n=Count("id")).values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def sources_with_counts() -> QuerySet[Source]:
    """Sources newest first with their outlet and how many claims and figures they hold,
    without loading their texts."""
    return (
        Source.objects
        # outlet: every row names it.
        .select_related("outlet")
        .defer("text")
        .annotate(claim_count=_count(Claim), figure_count=_count(Figure))
        .order_by(F("published_on").desc(nulls_last=True), "-id")
    )


def day_window(day: date, days: int = NEARBY_DAYS) -> tuple[date, date]:
    return day - timedelta(days=days), day + timedelta(days=days)
