"""Side-by-side comparison and search: reads that span many sources."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api.filters import reject_unknown_params
from claims.api.inputs import (
    ClaimCompareQuerySerializer,
    FigureCompareQuerySerializer,
    SearchQuerySerializer,
)
from claims.api.reports import (
    ClaimComparisonSerializer,
    FigureComparisonSerializer,
    SearchResultsSerializer,
)
from claims.selectors import claims_compare_by_side, figures_compare_by_side, search

_ERRORS = {400: OpenApiResponse(description="A parameter is invalid; the body names it.")}


def _query(serializer_class, request: Request) -> dict:
    serializer = serializer_class(data=request.query_params)
    reject_unknown_params(request.query_params, set(serializer.fields))
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class _ReadView(APIView):
    filter_backends: list = []


@extend_schema(tags=["compare"])
class CompareFiguresView(_ReadView):
    @extend_schema(
        parameters=[FigureCompareQuerySerializer],
        responses={200: FigureComparisonSerializer, **_ERRORS},
    )
    def get(self, request: Request) -> Response:
        """Figures of one or more categories per side and per day, week or month: count,
        sum, min, max and the figure ids behind each group. Rejected figures are left out
        unless `status` asks for them; undated ones always are."""
        params = _query(FigureCompareQuerySerializer, request)
        sides = figures_compare_by_side(
            categories=params["category"], date_from=params.get("date_from"),
            date_to=params.get("date_to"), group=params["group"],
            statuses=params.get("status"),
            sides=[side.code for side in params.get("side", [])],
        )
        return Response(FigureComparisonSerializer({
            "categories": params["category"], "group": params["group"],
            "date_from": params.get("date_from"), "date_to": params.get("date_to"),
            "sides": sides,
        }).data)


@extend_schema(tags=["compare"])
class CompareClaimsView(_ReadView):
    @extend_schema(
        parameters=[ClaimCompareQuerySerializer],
        responses={200: ClaimComparisonSerializer, **_ERRORS},
    )
    def get(self, request: Request) -> Response:
        """Claims matching a search (`q`) or said by a set of speakers, per side and speaker,
        with the claim ids behind each count."""
        params = _query(ClaimCompareQuerySerializer, request)
        sides = claims_compare_by_side(
            q=params["q"], speaker_ids=params.get("speaker"),
            date_from=params.get("date_from"), date_to=params.get("date_to"),
            statuses=params.get("status"),
        )
        return Response(ClaimComparisonSerializer({
            "q": params["q"], "speakers": params.get("speaker", []),
            "date_from": params.get("date_from"), "date_to": params.get("date_to"),
            "sides": sides,
        }).data)


@extend_schema(tags=["search"])
class SearchView(_ReadView):
    @extend_schema(
        parameters=[SearchQuerySerializer],
        responses={200: SearchResultsSerializer, **_ERRORS},
    )
    def get(self, request: Request) -> Response:
        """Full-text search over sentences and claims, best first, with highlighted
        headlines. PostgreSQL: Italian stemming and websearch syntax ("a phrase", -word,
        or), ranked among the most recent matches; SQLite: every word must appear."""
        params = _query(SearchQuerySerializer, request)
        results = search(q=params["q"], limit=params["limit"])
        return Response(
            SearchResultsSerializer(results, context={"request": request}).data
        )
