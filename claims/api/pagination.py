"""Pagination: keyset cursors for the big tables, page numbers for the small ones.

DRF's CursorPagination keeps its place by the first ordering field plus an offset, and
breaks on NULL (undated sources). Here the cursor holds the whole sort key of the last row
(date, id), so the next page is an index range scan however deep it is, and undated rows
follow the dated ones instead of crashing the filter.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from django.db.models import F, Q, QuerySet
from rest_framework import pagination
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

MAX_PAGE_SIZE = 500


def page_size(request: Request, param: str, default: int) -> int:
    """`?page_size=`; DRF silently ignores a bad one, but a typo should say so instead."""
    raw = request.query_params.get(param)
    if raw is None:
        return default
    size = int(raw) if raw.isdigit() else 0
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise ValidationError({param: [f"must be an integer from 1 to {MAX_PAGE_SIZE}"]})
    return size


@dataclass(frozen=True)
class KeysetOrdering:
    """A sort key whose last field is unique. Only the first field may be NULL; NULL sorts
    as the smallest value (last when descending, first when ascending), the same on
    PostgreSQL and SQLite."""

    fields: tuple[str, ...]
    descending: bool = False
    nullable_first: bool = False

    def order_by(self) -> list:
        first, *rest = self.fields
        if self.descending:
            head = F(first).desc(nulls_last=True) if self.nullable_first else F(first).desc()
            return [head, *(F(f).desc() for f in rest)]
        head = F(first).asc(nulls_first=True) if self.nullable_first else F(first).asc()
        return [head, *(F(f).asc() for f in rest)]

    def _after(self, fields: tuple[str, ...], values: list[Any]) -> Q:
        """Rows after (values) in this order, written so the first field bounds an index
        range: f1 >= v1 AND (f1 > v1 OR rest after), not a bare OR."""
        op = "lt" if self.descending else "gt"
        name, value = fields[0], values[0]
        if len(fields) == 1:
            return Q(**{f"{name}__{op}": value})
        return Q(**{f"{name}__{op}e": value}) & (
            Q(**{f"{name}__{op}": value}) | self._after(fields[1:], values[1:])
        )

    def segments(self, values: list[Any] | None) -> list[Q]:
        """Filters to run in turn until a page is full: one, or two when the rest of the
        order crosses from dated rows to undated ones."""
        if values is None:
            return [Q()]
        first, rest = self.fields[0], self.fields[1:]
        if not self.nullable_first:
            return [self._after(self.fields, values)]
        null_first = Q(**{f"{first}__isnull": True})
        if values[0] is None:
            tail = null_first & self._after(rest, values[1:])
            return [tail] if self.descending else [tail, Q(**{f"{first}__isnull": False})]
        dated = self._after(self.fields, values)
        return [dated, null_first] if self.descending else [dated]


class KeysetPagination(pagination.BasePagination):
    """`?cursor=` from the previous page's `next`; `?page_size=` up to 500.

    The view names its orderings in `keyset_orderings` (keyed by the `ordering` parameter,
    which the filterset has already validated) and the default in `keyset_default`; its
    `get_queryset()` gives the rows with everything they embed, unfiltered, and its
    `row_fields`, when set, the values() paths to read them as dicts instead of instances.
    """

    page_size = 50
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"

    def paginate_queryset(self, queryset: QuerySet, request: Request, view=None):
        self.request = request
        key = request.query_params.get("ordering") or view.keyset_default
        ordering: KeysetOrdering = view.keyset_orderings.get(key) or view.keyset_orderings[
            view.keyset_default
        ]
        self.ordering_key = key
        self.ordering = ordering
        size = self.get_page_size(request)
        values = self._decode(
            request.query_params.get(self.cursor_query_param), key, queryset.model
        )
        rows: list = []
        order = ordering.order_by()
        fields = getattr(view, "row_fields", None)
        for segment in ordering.segments(values):
            wanted = size + 1 - len(rows)
            # The page's ids are chosen on the filtered rows alone, then only those rows are
            # joined to what they embed (the view's unfiltered queryset). As one query,
            # PostgreSQL's cached generic plan may join and sort every match before the
            # LIMIT: ~120 ms for a year of one side's figures, instead of ~4.
            ids = queryset.filter(segment).order_by(*order).values("pk")[:wanted]
            page = view.get_queryset().filter(pk__in=ids).order_by(*order)
            rows.extend(page.values(*fields) if fields else page)
            if len(rows) > size:
                break
        self.has_next = len(rows) > size
        self.page = rows[:size]
        return self.page

    def get_page_size(self, request: Request) -> int:
        return page_size(request, self.page_size_query_param, self.page_size)

    # --- the cursor: base64 of JSON {"o": ordering, "v": [last row's sort key]} ---------

    def _position(self, row) -> list[Any]:
        values = []
        for name in self.ordering.fields:
            value = row[name] if isinstance(row, dict) else getattr(row, name)
            values.append(None if value is None else str(value))
        return values

    def _decode(self, raw: str | None, key: str, model) -> list[Any] | None:
        if not raw:
            return None
        invalid = ValidationError({self.cursor_query_param: ["invalid cursor"]})
        try:
            data = json.loads(base64.urlsafe_b64decode(raw.encode("ascii") + b"=="))
        except (ValueError, binascii.Error, UnicodeError):
            raise invalid from None
        if not isinstance(data, dict) or not isinstance(data.get("v"), list):
            raise invalid
        if data.get("o") != key:
            raise ValidationError({self.cursor_query_param: [
                "this cursor belongs to another ordering; start again without it"
            ]})
        if len(data["v"]) != len(self.ordering.fields):
            raise invalid
        values = []
        for name, value in zip(self.ordering.fields, data["v"], strict=True):
            if value is None:
                if name != self.ordering.fields[0] or not self.ordering.nullable_first:
                    raise invalid
                values.append(None)
                continue
            # A foreign key's value is its target's: an id, in the id's range.
            field = model._meta.get_field(name)
            field = getattr(field, "target_field", field)
            try:
                value = field.to_python(value)
                # The database's range too: SQLite cannot compare a number past 2**63.
                field.run_validators(value)
            except Exception:  # any field's own parse error means a forged cursor
                raise invalid from None
            values.append(value)
        return values

    def _encode(self, values: list[Any]) -> str:
        data = json.dumps({"o": self.ordering_key, "v": values}, separators=(",", ":"))
        return base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")

    def get_next_link(self) -> str | None:
        if not self.has_next or not self.page:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(
            url, self.cursor_query_param, self._encode(self._position(self.page[-1]))
        )

    def get_first_link(self) -> str:
        return remove_query_param(self.request.build_absolute_uri(), self.cursor_query_param)

    def get_paginated_response(self, data) -> Response:
        return Response(OrderedDict([
            ("next", self.get_next_link()),
            ("first", self.get_first_link()),
            ("results", data),
        ]))

    def get_paginated_response_schema(self, schema: dict) -> dict:
        return {
            "type": "object",
            "required": ["next", "first", "results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri",
                         "description": "The next page, null on the last one."},
                "first": {"type": "string", "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view) -> list[dict]:
        return [
            {"name": self.cursor_query_param, "required": False, "in": "query",
             "description": "Opaque position from a previous page's `next` link.",
             "schema": {"type": "string"}},
            {"name": self.page_size_query_param, "required": False, "in": "query",
             "description": f"Results per page (1 to {MAX_PAGE_SIZE}, default 50).",
             "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}},
        ]


class PageNumberPagination(pagination.PageNumberPagination):
    """For the small tables (sides, outlets, speakers, sources)."""

    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request: Request) -> int:
        return page_size(request, self.page_size_query_param, self.page_size)

    def paginate_queryset(self, queryset, request: Request, view=None):
        raw = request.query_params.get(self.page_query_param)
        if raw is not None and raw != "last" and not (raw.isdigit() and int(raw) >= 1):
            raise ValidationError({self.page_query_param: ["must be a positive integer"]})
        return super().paginate_queryset(queryset, request, view)
