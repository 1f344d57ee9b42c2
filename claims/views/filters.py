"""The filters of the reader's figure and claim lists: speaker, side, outlet, category, dates.

Each choice list offers only what has something behind it (a speaker who stated a figure, an
outlet with a source); each costs one query to draw, whatever the size of the database.
"""

from __future__ import annotations

import django_filters as filters
from django import forms
from django.db.models import Exists, OuterRef, QuerySet
from django_filters.widgets import BaseCSVWidget

from claims import reader_selectors
from claims.limits import MAX_ID
from claims.models import Claim, Figure

_DATE = forms.DateInput(attrs={"type": "date"})


class HiddenCSVWidget(BaseCSVWidget, forms.HiddenInput):
    """Comma-separated ids carried along by the form without a box to type them in."""

    surrogate = forms.HiddenInput


class IdsFilter(filters.BaseInFilter, filters.NumberFilter):
    """Whole numbers that can be ids: "abc" or a number past any id is a form error, not a
    query the database refuses."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class _ReaderFilter(filters.FilterSet):
    side = filters.ModelChoiceFilter(
        to_field_name="code", empty_label="any side", queryset=lambda request: (
            reader_selectors.sides_with_figures()),
    )
    outlet = filters.ModelChoiceFilter(
        field_name="source__outlet", empty_label="any outlet",
        queryset=lambda request: reader_selectors.outlets_with_sources(),
    )
    date_from = filters.DateFilter(field_name="published_on", lookup_expr="gte", widget=_DATE,
                                   label="From")
    date_to = filters.DateFilter(field_name="published_on", lookup_expr="lte", widget=_DATE,
                                 label="To")


class FigureFilter(_ReaderFilter):
    speaker = filters.ModelChoiceFilter(
        empty_label="any speaker",
        queryset=lambda request: reader_selectors.speakers_with_figures(),
    )
    category = filters.ChoiceFilter(choices=Figure.Category.choices, empty_label="any category")
    # The figures behind one point of the comparison chart: ?id=3,8,21.
    id = IdsFilter(field_name="id", widget=HiddenCSVWidget, label="Figures")

    class Meta:
        model = Figure
        fields = ["speaker", "side", "outlet", "category", "date_from", "date_to", "id"]


class ClaimFilter(_ReaderFilter):
    speaker = filters.ModelChoiceFilter(
        empty_label="any speaker",
        queryset=lambda request: reader_selectors.speakers_with_claims(),
    )
    side = filters.ModelChoiceFilter(
        to_field_name="code", empty_label="any side",
        queryset=lambda request: reader_selectors.sides_with_claims(),
    )
    kind = filters.ChoiceFilter(choices=Claim.Kind.choices, empty_label="quotes and reported")
    category = filters.ChoiceFilter(
        choices=Figure.Category.choices, empty_label="any category", method="stating",
        label="States a figure of",
    )

    class Meta:
        model = Claim
        fields = ["speaker", "side", "outlet", "kind", "category", "date_from", "date_to"]

    def stating(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        # EXISTS rather than a join: a claim stating three drone figures is listed once,
        # without DISTINCT over its text.
        figures = Figure.objects.filter(claim=OuterRef("pk"), category=value)
        return queryset.filter(Exists(figures))
