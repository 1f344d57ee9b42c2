"""The comparison chart's geometry, computed here and drawn as SVG by the template: one panel
per category and unit (drones are never plotted on the scale of missiles, euros never on that
of dollars), one series per side, one point per period.

A point stands at the largest figure of its period (what the side claimed at most that day)
with a whisker down to the smallest when several figures fall on the day; every point links
to the figures behind it. Lines join consecutive periods only: a line across a month without
figures would draw numbers nobody stated.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from claims.selectors import SideFigures
from claims.views.labels import category_label, compact, number, side_colour, side_label

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40
X_TICKS, Y_TICKS = 6, 4
RADIUS = 5
# Series are nudged apart sideways so that two sides stating the same number on the same day
# are both visible.
DODGE = 8
# Days between two periods that still count as consecutive.
STEP_DAYS = {"day": 1, "week": 7, "month": 31}
ONE_DAY = timedelta(days=1)
# Shapes as well as colours tell the series apart, in print and for colour-blind readers.
SHAPES = ("circle", "square", "diamond", "triangle")


@dataclass
class Point:
    x: float
    y: float
    y_low: float
    period: date
    high: Decimal
    low: Decimal
    count: int
    figure_ids: list[int]
    href: str
    label: str
    marker: str = ""

    @property
    def ids_attr(self) -> str:
        return " ".join(str(i) for i in self.figure_ids)


@dataclass
class Series:
    side: str | None
    label: str
    colour: str
    shape: str
    count: int = 0
    points: list[Point] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def segments(self, step_days: int) -> list[str]:
        """SVG polyline points for each run of consecutive periods with two points or more."""
        runs: list[list[Point]] = []
        for point in self.points:
            if runs and (point.period - runs[-1][-1].period).days <= step_days:
                runs[-1].append(point)
            else:
                runs.append([point])
        return [" ".join(f"{p.x:.1f},{p.y:.1f}" for p in run) for run in runs if len(run) > 1]

    @property
    def swatch(self) -> str:
        return marker_path(self.shape, 8, 8, RADIUS)


@dataclass
class Tick:
    pos: float
    label: str


@dataclass
class Chart:
    key: str
    category: str
    unit: str
    title: str
    series: list[Series]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM

    @property
    def description(self) -> str:
        parts = [f"{s.label}: {s.count} figure{'s' if s.count != 1 else ''}"
                 for s in self.series]
        return f"{self.title}, one series per side. " + "; ".join(parts) + "."


def marker_path(shape: str, x: float, y: float, r: float) -> str:
    if shape == "square":
        return f"M{x - r:.1f},{y - r:.1f}h{2 * r:.1f}v{2 * r:.1f}h{-2 * r:.1f}z"
    if shape == "diamond":
        return (f"M{x:.1f},{y - r * 1.3:.1f}L{x + r * 1.3:.1f},{y:.1f}"
                f"L{x:.1f},{y + r * 1.3:.1f}L{x - r * 1.3:.1f},{y:.1f}z")
    if shape == "triangle":
        return (f"M{x:.1f},{y - r * 1.3:.1f}L{x + r * 1.2:.1f},{y + r * 0.9:.1f}"
                f"L{x - r * 1.2:.1f},{y + r * 0.9:.1f}z")
    # A circle as two arcs, so that every marker is one <path>.
    return (f"M{x - r:.1f},{y:.1f}a{r},{r} 0 1,0 {2 * r},0"
            f"a{r},{r} 0 1,0 {-2 * r},0z")


def nice_ceiling(value: float) -> float:
    """The next round number at or above `value`: 1, 2, 2.5, 5, 10 × 10ⁿ."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def axis_top(value: float) -> float:
    """The top of the value axis: Y_TICKS round steps (129 → 200 in steps of 50, 3 → 4 in
    steps of 1), so that every tick is a number a reader would say."""
    return nice_ceiling(value / Y_TICKS) * Y_TICKS


def _date_ticks(first: date, days: int, scale: Callable[[date], float]) -> list[Tick]:
    """About six dates along the axis: days for a short period, first days of months (every
    one, two, three … months) for a long one, so the labels read as a calendar."""
    if days <= 90:
        step = max(1, math.ceil(days / (X_TICKS - 1)))
        return [Tick(scale(first + timedelta(days=n)), (first + timedelta(days=n)).isoformat())
                for n in range(0, days + 1, step)]
    last = first + timedelta(days=days)
    months = (last.year - first.year) * 12 + last.month - first.month
    step = max(1, math.ceil(months / (X_TICKS - 1)))
    ticks = []
    index = first.year * 12 + first.month  # the month after first's: its 1st is in range
    while index // 12 <= last.year:  # and not past the calendar's last year
        day = date(index // 12, index % 12 + 1, 1)
        if day > last:
            break
        ticks.append(Tick(scale(day), f"{day.year:04}-{day.month:02}"))
        index += step
    return ticks


def build_charts(sides: list[SideFigures], *, date_from: date | None, date_to: date | None,
                 grouping: str, href: Callable[[list[int]], str]) -> list[Chart]:
    """One chart per (category, unit) found in `sides`, in category order."""
    panels: dict[tuple[str, str], dict[str | None, list]] = {}
    for side in sides:
        for group in side.groups:
            panels.setdefault((group.category, group.unit), {}).setdefault(
                side.side, []).append(group)
    periods = [g.period for side in sides for g in side.groups]
    if not periods:
        return []
    # A week or month stands at its first day, which may fall before date_from.
    first = min(date_from or min(periods), min(periods))
    last = max(date_to or max(periods), max(periods))
    if last <= first:  # one day: give it room either side, within the calendar
        first, last = (max(first, date.min + ONE_DAY) - ONE_DAY,
                       min(first, date.max - ONE_DAY) + ONE_DAY)
    days = (last - first).days

    def x_of(day: date) -> float:
        return LEFT + (day - first).days / days * (WIDTH - LEFT - RIGHT)

    order = [side.side for side in sides]
    charts = []
    for (category, unit), by_side in sorted(panels.items()):
        top_value = axis_top(float(max(g.max for gs in by_side.values() for g in gs)))

        def y_of(value: Decimal, top_value: float = top_value) -> float:
            return TOP + (1 - float(value) / top_value) * (HEIGHT - TOP - BOTTOM)

        title = category_label(category) + (f" ({unit})" if unit else "")
        series_list = []
        present = [code for code in order if code in by_side]
        for index, code in enumerate(present):
            nudge = (index - (len(present) - 1) / 2) * DODGE
            # The series keeps its shape in every panel: the side's place in the whole list.
            shape = SHAPES[order.index(code) % len(SHAPES)]
            series = Series(side=code, label=side_label(code), colour=side_colour(code),
                            shape=shape)
            for group in by_side[code]:
                series.count += group.count
                point = Point(
                    x=x_of(group.period) + nudge, y=y_of(group.max), y_low=y_of(group.min),
                    period=group.period, high=group.max, low=group.min, count=group.count,
                    figure_ids=group.figure_ids, href=href(group.figure_ids),
                    label=_point_label(series.label, group.period, group.min, group.max,
                                       group.count, title),
                )
                point.marker = marker_path(shape, point.x, point.y, RADIUS)
                series.points.append(point)
            series.lines = series.segments(STEP_DAYS[grouping])
            series_list.append(series)
        y_ticks = [
            Tick(y_of(Decimal(top_value * i / Y_TICKS)), compact(top_value * i / Y_TICKS))
            for i in range(Y_TICKS + 1)
        ]
        charts.append(Chart(
            key=f"{category}-{unit or 'none'}", category=category, unit=unit, title=title,
            series=series_list, x_ticks=_date_ticks(first, days, x_of), y_ticks=y_ticks,
        ))
    return charts


def _point_label(side: str, period: date, low: Decimal, high: Decimal, count: int,
                 title: str) -> str:
    value = number(high) if low == high else f"{number(low)} to {number(high)}"
    figures = f"{count} figure{'s' if count != 1 else ''}"
    return f"{side}, {period.isoformat()}: {value} — {title}, {figures}"
