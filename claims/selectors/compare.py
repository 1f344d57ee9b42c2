"""Side-by-side comparison: figures and claims grouped by the side that states them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from django.contrib.postgres.aggregates import ArrayAgg
from django.db import connection
from django.db.models import Aggregate, Count, Max, Min, QuerySet, Sum, TextField

from claims.models import Claim, Figure, Side, Status
from claims.selectors.search import claims_matching

Group = Literal["day", "week", "month"]


class _GroupConcat(Aggregate):
    """SQLite's stand-in for ARRAY_AGG: ids as '1,5,9'."""

    function = "GROUP_CONCAT"
    output_field = TextField()


def _id_list(field_name: str = "id") -> Aggregate:
    # Unordered: ARRAY_AGG(… ORDER BY) makes PostgreSQL sort the whole range on disk
    # first; the ids are sorted in Python instead, per group.
    if connection.vendor == "postgresql":
        return ArrayAgg(field_name)
    return _GroupConcat(field_name)


def _ids(value: list[int] | str | None) -> list[int]:
    """An aggregated id list, unsorted (ARRAY_AGG's list, or GROUP_CONCAT's text); a new
    list, which the caller may extend."""
    if not value:
        return []
    if isinstance(value, str):
        return [int(v) for v in value.split(",")]
    return value


def _driver_rows(queryset: QuerySet) -> list[tuple] | QuerySet:
    """The query's rows as psycopg gives them: already ints, dates, Decimals and lists, so
    Django's per-value converters (~3 µs a row, and a year of days is a thousand rows) are
    skipped. SQLite's driver gives decimals as floats: there the queryset converts them."""
    if connection.vendor != "postgresql":
        return queryset
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _in_period(queryset: QuerySet, date_from: date | None, date_to: date | None) -> QuerySet:
    if date_from:
        queryset = queryset.filter(published_on__gte=date_from)
    if date_to:
        queryset = queryset.filter(published_on__lte=date_to)
    return queryset


def _side_codes(ids: set[int | None]) -> dict[int | None, str | None]:
    # Grouping by side_id and naming the sides afterwards spares the big aggregate a join.
    codes: dict[int | None, str | None] = {None: None}
    codes.update(Side.objects.filter(id__in=ids - {None}).values_list("id", "code"))
    return codes


@dataclass
class FigureGroup:
    period: date
    category: str
    unit: str
    count: int
    sum: Decimal
    min: Decimal
    max: Decimal
    figure_ids: list[int]


@dataclass
class SideFigures:
    side: str | None
    count: int = 0
    groups: list[FigureGroup] = field(default_factory=list)


def _period(day: date, group: Group) -> date:
    if group == "week":
        return day - timedelta(days=day.weekday())  # weeks start on Monday
    if group == "month":
        return day.replace(day=1)
    return day


def _reviewed(queryset: QuerySet, statuses: list[str] | None) -> QuerySet:
    # Rejected items are extraction mistakes: left out unless asked for by name.
    if statuses:
        return queryset.filter(status__in=statuses)
    return queryset.exclude(status=Status.REJECTED)


def figures_compare_by_side(
    *, categories: list[str], date_from: date | None = None, date_to: date | None = None,
    group: Group = "day", statuses: list[str] | None = None, sides: list[str] | None = None,
) -> list[SideFigures]:
    """Figures of the categories per side and per day/week/month (weeks start on Monday):
    count, sum, min, max and the ids behind each group, from one aggregate query.

    Groups never mix categories or units (drones are not summed with missiles, euros not
    with dollars). Undated figures cannot be placed on a calendar and are left out.
    """
    figures = _reviewed(Figure.objects.filter(category__in=categories), statuses)
    figures = _in_period(figures.filter(published_on__isnull=False), date_from, date_to)
    if sides:
        figures = figures.filter(side__code__in=sides)
    # One row per day, grouped in the order of the figure_compare index (category, day,
    # side, unit) so that PostgreSQL aggregates straight off an index-only scan with no sort;
    # weeks and months are sums of days.
    days = (
        figures.values_list("category", "published_on", "side_id", "unit")
        .annotate(n=Count("id"), total=Sum("value"), low=Min("value"), high=Max("value"),
                  ids=_id_list())
        .order_by()
    )
    periods: dict[tuple, FigureGroup] = {}
    for category, day, side_id, unit, count, total, low, high, ids in _driver_rows(days):
        key = (side_id, _period(day, group), category, unit)
        found = periods.get(key)
        if found is None:
            periods[key] = FigureGroup(
                period=key[1], category=category, unit=unit, count=count, sum=total, min=low,
                max=high, figure_ids=_ids(ids),
            )
            continue
        found.count += count
        found.sum += total
        found.min = min(found.min, low)
        found.max = max(found.max, high)
        found.figure_ids.extend(_ids(ids))
    codes = _side_codes({key[0] for key in periods})
    by_side: dict[str | None, SideFigures] = {}
    for key in sorted(periods, key=lambda k: (k[1], k[2], k[3])):
        found = periods[key]
        found.figure_ids.sort()
        code = codes[key[0]]
        side = by_side.setdefault(code, SideFigures(side=code))
        side.count += found.count
        side.groups.append(found)
    return _sides_in_order(by_side)


def _sides_in_order(by_side: dict):
    # Sides by code, the claims or figures nobody is credited with last.
    return [by_side[code] for code in sorted(by_side, key=lambda c: (c is None, c or ""))]


@dataclass
class SpeakerClaims:
    id: int | None
    name: str | None
    count: int
    claim_ids: list[int]


@dataclass
class SideClaims:
    side: str | None
    count: int = 0
    speakers: list[SpeakerClaims] = field(default_factory=list)
    first: date | None = None
    last: date | None = None


def claims_compare_by_side(
    *, q: str = "", speaker_ids: list[int] | None = None, date_from: date | None = None,
    date_to: date | None = None, statuses: list[str] | None = None,
) -> list[SideClaims]:
    """Claims matching a search or said by a set of speakers, per side and speaker."""
    claims = _reviewed(Claim.objects.all(), statuses)
    if q:
        claims = claims_matching(claims, q)
    if speaker_ids:
        claims = claims.filter(speaker_id__in=speaker_ids)
    claims = _in_period(claims, date_from, date_to)
    rows = (
        claims.values("side__code", "speaker_id", "speaker__name")
        .annotate(n=Count("id"), ids=_id_list(), first=Min("published_on"),
                  last=Max("published_on"))
        .order_by("side__code", "-n", "speaker__name")
    )
    by_side: dict[str | None, SideClaims] = {}
    for row in rows:
        side = by_side.setdefault(row["side__code"], SideClaims(side=row["side__code"]))
        side.count += row["n"]
        side.speakers.append(SpeakerClaims(
            id=row["speaker_id"], name=row["speaker__name"], count=row["n"],
            claim_ids=sorted(_ids(row["ids"])),
        ))
        if row["first"] and (side.first is None or row["first"] < side.first):
            side.first = row["first"]
        if row["last"] and (side.last is None or row["last"] > side.last):
            side.last = row["last"]
    return _sides_in_order(by_side)
