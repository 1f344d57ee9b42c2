"""Query parameters of the list endpoints. A bad value, or a parameter nobody knows, is a
400 that names it: a typo must not silently return everything."""

from __future__ import annotations

import copy

from django import forms
from django.core.exceptions import ValidationError as DjangoValidationError
from django_filters import rest_framework as filters
from rest_framework.exceptions import ValidationError

from claims.api.pagination import KeysetOrdering
from claims.limits import MAX_ID, SEARCH_MAX_LENGTH
from claims.models import Claim, Figure, Outlet, Sentence, Side, Source, Speaker, Status

# Any view renders in JSON or, where it offers one, another `?format=`.
COMMON_PARAMS = frozenset({"format"})


def reject_unknown_params(query_params, known: set[str] | frozenset[str]) -> None:
    unknown = sorted(set(query_params) - set(known) - COMMON_PARAMS)
    if unknown:
        listed = ", ".join(sorted(known)) or "none but format"
        raise ValidationError({name: [f"unknown parameter; known: {listed}"] for name in unknown})


class KnownParamsMixin:
    """For the viewsets: a query parameter the action does not read is a 400 that names it.
    A list reads its filters and its pagination's parameters (`page` or `cursor`, as the
    schema documents them); a detail, a trace or a text reads none."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        reject_unknown_params(request.query_params, self.known_params())

    def known_params(self) -> set[str]:
        if self.action != "list":
            return set()
        known = {p["name"] for p in self.paginator.get_schema_operation_parameters(self)}
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is not None and self.filter_backends:
            known |= set(filterset_class.base_filters)
        return known


class StrictBooleanField(forms.Field):
    """true/false, 1/0, yes/no; anything else is an error (NullBooleanField would quietly
    read "maybe" as "no filter")."""

    TRUE = frozenset({"true", "1", "yes"})
    FALSE = frozenset({"false", "0", "no"})

    def to_python(self, value):
        if value in (None, ""):
            return None
        text = str(value).strip().lower()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise DjangoValidationError("must be true or false", code="invalid")


class StrictBooleanFilter(filters.BooleanFilter):
    field_class = StrictBooleanField

    def __init__(self, *args, **kwargs):
        # django-filter's BooleanWidget turns any unknown word into None before the field
        # sees it; the plain widget hands the field the raw text.
        kwargs.setdefault("widget", forms.TextInput)
        super().__init__(*args, **kwargs)


class CommaMultipleChoiceField(forms.MultipleChoiceField):
    """`?category=a&category=b` or `?category=a,b`."""

    def to_python(self, value):
        return [part for item in super().to_python(value) for part in item.split(",") if part]


class CommaMultipleChoiceFilter(filters.MultipleChoiceFilter):
    field_class = CommaMultipleChoiceField

    def __init__(self, *args, **kwargs):
        # django-filter adds DISTINCT by default, which makes PostgreSQL sort every matching
        # row instead of reading one page from an index; these filters follow forward
        # foreign keys only, so they cannot duplicate rows.
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)


class CommaModelMultipleChoiceField(filters.ModelMultipleChoiceFilter.field_class):
    def clean(self, value):
        if value:
            value = [part for item in value for part in str(item).split(",") if part]
            beyond = [part for part in value if _beyond_any_id(part)]
            if beyond and self.to_field_name is None:  # ids (the others are codes)
                raise DjangoValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice",
                    params={"value": beyond[0]},
                )
        # A list, not Django's QuerySet: the filter asks `if not value`, which would run the
        # query again (or compile an empty one when the parameter is absent).
        if not value and not self.required:
            return []
        return list(super().clean(value))


def _beyond_any_id(text: str) -> bool:
    """A whole number that no id can be (see MAX_ID); anything else is left to Django."""
    try:
        return not 1 <= int(text) <= MAX_ID
    except ValueError:
        return False


class CommaModelMultipleChoiceFilter(filters.ModelMultipleChoiceFilter):
    field_class = CommaModelMultipleChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)  # see CommaMultipleChoiceFilter
        super().__init__(*args, **kwargs)

    def get_filter_predicate(self, v):
        # Filter on the row itself (side_id = 3), not on its code through a join.
        return {self.field_name: v}


def words(**kwargs) -> filters.CharFilter:
    """A free-text filter, no longer than any search."""
    kwargs.setdefault("lookup_expr", "icontains")
    return filters.CharFilter(max_length=SEARCH_MAX_LENGTH, **kwargs)


def _orderings(*extra: tuple[str, str]) -> dict[str, KeysetOrdering]:
    """`date`, `-date`, `created`, `-created` (+ extra), each with the id as tie-breaker."""
    fields = [("date", "published_on"), ("created", "created_at"), *extra]
    result = {}
    for name, field_name in fields:
        nullable = field_name == "published_on"  # undated sources
        for descending in (False, True):
            result[("-" if descending else "") + name] = KeysetOrdering(
                (field_name, "id"), descending=descending, nullable_first=nullable
            )
    return result


def _ordering_filter(orderings: dict[str, KeysetOrdering]) -> filters.ChoiceFilter:
    return filters.ChoiceFilter(
        choices=[(k, k) for k in orderings], method="filter_ordering",
        help_text="Sort key; a leading '-' sorts descending (default -date, newest first).",
    )


CLAIM_ORDERINGS = _orderings()
FIGURE_ORDERINGS = _orderings(("value", "value"))
SENTENCE_ORDERINGS = {"source": KeysetOrdering(("source_id", "index"))}
DEFAULT_ORDERING = "-date"


class _ShallowCopies(dict):
    """Filters or form fields that each request copies shallowly instead of deeply. Django and
    django-filter deep-copy them per instance (querysets, widgets, choices: ~3 ms of each
    list request) so that one instance cannot change another's; here only `parent` and
    `model` are set per instance, and a shallow copy keeps those apart."""

    def __deepcopy__(self, memo):
        return {name: _shallow_copy(item) for name, item in self.items()}


def _shallow_copy(item):
    clone = copy.copy(item)
    if getattr(clone, "method", None) is not None:
        clone.method = clone.method  # a filter's `method=` proxy must point at the copy
    return clone


class FilterSet(filters.FilterSet):
    """A FilterSet whose form class is built once per class, not once per request: building
    it labels every filter, a few milliseconds of each list request, and its fields never
    depend on the request."""

    _form_classes: dict[type, type[forms.Form]] = {}

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if not isinstance(cls.__dict__.get("base_filters"), _ShallowCopies):
            cls.base_filters = _ShallowCopies(cls.base_filters)
        super().__init__(*args, **kwargs)

    def get_form_class(self) -> type[forms.Form]:
        form_class = FilterSet._form_classes.get(type(self))
        if form_class is None:
            form_class = super().get_form_class()
            form_class.base_fields = _ShallowCopies(form_class.base_fields)
            FilterSet._form_classes[type(self)] = form_class
        return form_class


class _ItemFilterSet(FilterSet):
    """What claims and figures share."""

    side = CommaModelMultipleChoiceFilter(
        field_name="side", to_field_name="code", queryset=Side.objects.all(),
        help_text="Side codes (UA, RU, EU …), repeated or comma-separated.",
    )
    speaker = CommaModelMultipleChoiceFilter(
        queryset=Speaker.objects.all(), help_text="Speaker ids."
    )
    speaker_kind = CommaMultipleChoiceFilter(
        field_name="speaker__kind", choices=Speaker.Kind.choices
    )
    outlet = CommaModelMultipleChoiceFilter(
        field_name="source__outlet", queryset=Outlet.objects.all(), help_text="Outlet ids."
    )
    source = CommaModelMultipleChoiceFilter(
        queryset=Source.objects.only("id"), help_text="Source ids."
    )
    status = CommaMultipleChoiceFilter(choices=Status.choices)
    date_from = filters.DateFilter(
        field_name="published_on", lookup_expr="gte",
        help_text="The source's publication date, from (YYYY-MM-DD).",
    )
    date_to = filters.DateFilter(
        field_name="published_on", lookup_expr="lte",
        help_text="The source's publication date, up to and including (YYYY-MM-DD).",
    )
    has_speaker = StrictBooleanFilter(field_name="speaker", lookup_expr="isnull", exclude=True)

    def is_valid(self) -> bool:
        valid = super().is_valid()
        data = self.form.cleaned_data if valid else {}
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.form.add_error("date_to", "must not be before date_from")
            valid = False
        return valid

    def filter_ordering(self, queryset, name, value):
        return queryset.order_by(*self.orderings[value].order_by())


class ClaimFilterSet(_ItemFilterSet):
    orderings = CLAIM_ORDERINGS

    kind = CommaMultipleChoiceFilter(choices=Claim.Kind.choices)
    text = words(field_name="text", help_text="Words in the claim.")
    ordering = _ordering_filter(CLAIM_ORDERINGS)

    class Meta:
        model = Claim
        fields: list[str] = []


class FigureFilterSet(_ItemFilterSet):
    orderings = FIGURE_ORDERINGS

    category = CommaMultipleChoiceFilter(choices=Figure.Category.choices)
    claim = CommaModelMultipleChoiceFilter(
        queryset=Claim.objects.only("id"), help_text="Claim ids."
    )
    value_min = filters.NumberFilter(field_name="value", lookup_expr="gte")
    value_max = filters.NumberFilter(field_name="value", lookup_expr="lte")
    approximate = StrictBooleanFilter()
    text = words(field_name="sentence__text", help_text="Words in the figure's sentence.")
    ordering = _ordering_filter(FIGURE_ORDERINGS)

    class Meta:
        model = Figure
        fields: list[str] = []

    def is_valid(self) -> bool:
        valid = super().is_valid()
        data = self.form.cleaned_data if valid else {}
        low, high = data.get("value_min"), data.get("value_max")
        if low is not None and high is not None and low > high:
            self.form.add_error("value_max", "must not be below value_min")
            valid = False
        return valid


class SentenceFilterSet(FilterSet):
    source = CommaModelMultipleChoiceFilter(
        queryset=Source.objects.only("id"), help_text="Source ids."
    )
    paragraph = filters.NumberFilter()
    text = words()

    class Meta:
        model = Sentence
        fields: list[str] = []


class SourceFilterSet(FilterSet):
    outlet = CommaModelMultipleChoiceFilter(queryset=Outlet.objects.all(), help_text="Outlet ids.")
    date_from = filters.DateFilter(field_name="published_on", lookup_expr="gte")
    date_to = filters.DateFilter(field_name="published_on", lookup_expr="lte")
    title = words()
    file_name = words(lookup_expr="exact")

    class Meta:
        model = Source
        fields: list[str] = []


class SpeakerFilterSet(FilterSet):
    side = CommaModelMultipleChoiceFilter(
        field_name="side", to_field_name="code", queryset=Side.objects.all()
    )
    kind = CommaMultipleChoiceFilter(choices=Speaker.Kind.choices)
    in_gazetteer = StrictBooleanFilter()
    name = words()

    class Meta:
        model = Speaker
        fields: list[str] = []


class OutletFilterSet(FilterSet):
    kind = CommaMultipleChoiceFilter(choices=Outlet.Kind.choices)
    side = CommaModelMultipleChoiceFilter(
        field_name="side", to_field_name="code", queryset=Side.objects.all()
    )

    class Meta:
        model = Outlet
        fields: list[str] = []
