"""Figures of chosen categories per side over time: a chart and the table behind it, from the
same selector as /api/compare/."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from claims.models import Figure
from claims.reader_selectors import figures_listed, sides_with_figures
from claims.selectors import figures_compare_by_side
from claims.views.chart import build_charts
from claims.views.common import reader_page

DEFAULT_CATEGORIES = [Figure.Category.DRONES_DOWNED]
# The table lists the figures of the newest periods first, up to this many; the chart shows
# them all.
TABLE_LIMIT = 300


class CompareForm(forms.Form):
    category = forms.MultipleChoiceField(
        choices=Figure.Category.choices, widget=forms.CheckboxSelectMultiple, required=False,
        label="Categories",
    )
    date_from = forms.DateField(required=False, label="From",
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To",
                              widget=forms.DateInput(attrs={"type": "date"}))
    side = forms.MultipleChoiceField(
        widget=forms.CheckboxSelectMultiple, required=False, label="Sides",
        help_text="None ticked: every side, and figures nobody is credited with.",
    )
    group = forms.ChoiceField(choices=[("day", "day"), ("week", "week"), ("month", "month")],
                              required=False, initial="day", label="One point per")

    def __init__(self, *args, side_codes: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        # Plain choices from one query: a model field would query again to validate.
        self.fields["side"].choices = [(code, code) for code in side_codes]

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("category"):
            self.add_error("category", "Choose at least one category.")
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end comes before the start.")
        return data


def _figures_href(ids: list[int]) -> str:
    if len(ids) == 1:
        return reverse("reader:figure", args=[ids[0]])
    return reverse("reader:figures") + "?" + urlencode({"id": ",".join(map(str, ids))})


def _table_ids(sides) -> tuple[list[int], int]:
    dated = sorted(((g.period, i) for s in sides for g in s.groups for i in g.figure_ids),
                   reverse=True)
    return [i for _, i in dated[:TABLE_LIMIT]], len(dated)


@reader_page
def compare(request: HttpRequest) -> HttpResponse:
    """Three queries: the sides to offer, the comparison, and the figures of the table."""
    side_codes = [side.code for side in sides_with_figures()]
    if request.GET:
        form = CompareForm(request.GET, side_codes=side_codes)
    else:  # first visit: a useful chart rather than an empty form
        form = CompareForm({"category": DEFAULT_CATEGORIES, "group": "day"},
                           side_codes=side_codes)
    context: dict = {"form": form, "charts": [], "figures": [], "total": 0}
    if form.is_valid():
        params = form.cleaned_data
        date_from: date | None = params["date_from"]
        date_to: date | None = params["date_to"]
        sides = figures_compare_by_side(
            categories=params["category"], date_from=date_from, date_to=date_to,
            group=params["group"] or "day", sides=params["side"] or None,
        )
        ids, total = _table_ids(sides)
        context.update(
            sides=sides, total=total, limited=total > len(ids),
            charts=build_charts(sides, date_from=date_from, date_to=date_to,
                                grouping=params["group"] or "day", href=_figures_href),
            figures=figures_listed(ids=ids),
            api_url=reverse("api:compare-figures") + "?" + _api_query(params),
        )
    return render(request, "claims/reader/compare.html", context)


def _api_query(params: dict) -> str:
    """The same question as JSON: /api/compare/ with these parameters."""
    query: dict[str, str] = {"category": ",".join(params["category"]),
                             "group": params["group"] or "day"}
    if params["side"]:
        query["side"] = ",".join(params["side"])
    for name in ("date_from", "date_to"):
        if params[name]:
            query[name] = params[name].isoformat()
    return urlencode(query)
