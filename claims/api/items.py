"""Claims and figures: lists, details, traces, and the curators' edits."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from claims.api import exports
from claims.api.filters import (
    CLAIM_ORDERINGS,
    DEFAULT_ORDERING,
    FIGURE_ORDERINGS,
    ClaimFilterSet,
    FigureFilterSet,
    KnownParamsMixin,
)
from claims.api.inputs import (
    ClaimCreateSerializer,
    ClaimUpdateSerializer,
    FigureCreateSerializer,
    FigureUpdateSerializer,
)
from claims.api.pagination import KeysetPagination
from claims.api.renderers import CSVRenderer, JSONLDRenderer, JSONRenderer
from claims.api.reports import ClaimTraceSerializer, FigureTraceSerializer
from claims.api.serializers import CLAIM_ROW, FIGURE_ROW, ClaimSerializer, FigureSerializer
from claims.models import Claim, Figure
from claims.selectors import (
    claim_trace,
    claims_with_provenance,
    figure_trace,
    figures_with_provenance,
)
from claims.services.review import claim_create, claim_update, figure_create, figure_update

# Every write through the API is recorded in history with this reason and the user.
ORIGIN = "api"

_CSV_PARAMETER = OpenApiParameter(
    "format", OpenApiTypes.STR, enum=["json", "csv"],
    description="csv: every matching row, streamed (no pagination).",
)
_ERRORS = {400: OpenApiResponse(description="A parameter or field is invalid; the body names it.")}


class _ItemViewSet(KnownParamsMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin,
                   viewsets.GenericViewSet):
    http_method_names = ["get", "post", "patch", "head", "options"]
    lookup_value_regex = r"\d+"
    pagination_class = KeysetPagination
    keyset_default = DEFAULT_ORDERING
    read_serializer: type  # renders an instance or a dict of `row_fields` values
    row_fields: tuple[str, ...]
    update_serializer: type
    create_serializer: type
    csv_columns: list[str]
    csv_name: str

    def get_renderers(self):
        renderers = [JSONRenderer()]
        if self.action == "list":
            renderers.append(CSVRenderer())
        return renderers

    def get_serializer_class(self):
        return {"partial_update": self.update_serializer,
                "create": self.create_serializer}.get(self.action, self.read_serializer)

    def get_queryset(self):
        return self.provenance().order_by(*self.keyset_orderings[DEFAULT_ORDERING].order_by())

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        if request.accepted_renderer.format == "csv":
            return exports.csv_response(
                queryset, self.csv_columns, self.csv_row, filename=f"{self.csv_name}.csv"
            )
        page = self.paginate_queryset(queryset)
        data = self.read_serializer(page, many=True, context=self.get_serializer_context()).data
        return self.get_paginated_response(data)

    def _respond(self, pk: int, code: int = status.HTTP_200_OK) -> Response:
        item = self.provenance().get(pk=pk)
        return Response(
            self.read_serializer(item, context=self.get_serializer_context()).data, status=code
        )

    def _validated(self):
        serializer = self.get_serializer(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        return serializer


@extend_schema(tags=["claims"])
class ClaimViewSet(_ItemViewSet):
    """Direct quotes and reported speech, each with its speaker, side, source and sentence."""

    filterset_class = ClaimFilterSet
    keyset_orderings = CLAIM_ORDERINGS
    read_serializer = ClaimSerializer
    row_fields = CLAIM_ROW
    update_serializer = ClaimUpdateSerializer
    create_serializer = ClaimCreateSerializer
    csv_columns = exports.CLAIM_COLUMNS
    csv_name = "claims"
    provenance = staticmethod(claims_with_provenance)
    csv_row = staticmethod(exports.claim_row)

    def get_renderers(self):
        if self.action == "retrieve":
            return [JSONRenderer(), JSONLDRenderer()]
        return super().get_renderers()

    @extend_schema(parameters=[_CSV_PARAMETER], responses={
        (200, "application/json"): ClaimSerializer(many=True),
        (200, "text/csv"): OpenApiTypes.STR, **_ERRORS,
    })
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(
        parameters=[OpenApiParameter(
            "format", OpenApiTypes.STR, enum=["json", "jsonld"],
            description="jsonld: a schema.org Claim (author, datePublished, appearance).",
        )],
        responses={(200, "application/json"): ClaimSerializer,
                   (200, "application/ld+json"): OpenApiTypes.OBJECT},
    )
    def retrieve(self, request, *args, **kwargs):
        claim = self.get_object()
        if request.accepted_renderer.format == "jsonld":
            return Response(exports.claim_jsonld(claim, request))
        return Response(ClaimSerializer(claim, context=self.get_serializer_context()).data)

    @extend_schema(request=ClaimUpdateSerializer, responses={200: ClaimSerializer, **_ERRORS})
    def partial_update(self, request, *args, **kwargs):
        """Curators: change status, speaker, side, kind, cue or note (recorded in history)."""
        claim = self.get_object()
        fields = self._validated().service_fields()
        claim_update(claim=claim, user=request.user, origin=ORIGIN, **fields)
        return self._respond(claim.pk)

    @extend_schema(request=ClaimCreateSerializer, responses={201: ClaimSerializer, **_ERRORS})
    def create(self, request, *args, **kwargs):
        """Curators: mark a claim by hand; its span must lie inside the source's sentences."""
        fields = self._validated().service_fields()
        claim = claim_create(user=request.user, origin=ORIGIN, **fields)
        return self._respond(claim.pk, status.HTTP_201_CREATED)

    @extend_schema(responses=ClaimTraceSerializer)
    @action(detail=True, methods=["get"])
    def trace(self, request, pk=None):
        """The claim, its speaker, every sentence it spans with the ones around them, the
        source, offsets and W3C selectors to find the words again."""
        try:
            trace = claim_trace(claim_id=int(pk))
        except Claim.DoesNotExist:
            raise NotFound from None
        return Response(ClaimTraceSerializer(trace, context=self.get_serializer_context()).data)


@extend_schema(tags=["figures"])
class FigureViewSet(_ItemViewSet):
    """Numbers with their category, value, speaker, side, source and sentence."""

    filterset_class = FigureFilterSet
    keyset_orderings = FIGURE_ORDERINGS
    read_serializer = FigureSerializer
    row_fields = FIGURE_ROW
    update_serializer = FigureUpdateSerializer
    create_serializer = FigureCreateSerializer
    csv_columns = exports.FIGURE_COLUMNS
    csv_name = "figures"
    provenance = staticmethod(figures_with_provenance)
    csv_row = staticmethod(exports.figure_row)

    @extend_schema(parameters=[_CSV_PARAMETER], responses={
        (200, "application/json"): FigureSerializer(many=True),
        (200, "text/csv"): OpenApiTypes.STR, **_ERRORS,
    })
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(request=FigureUpdateSerializer, responses={200: FigureSerializer, **_ERRORS})
    def partial_update(self, request, *args, **kwargs):
        """Curators: change status, speaker, side, category, value or note."""
        figure = self.get_object()
        fields = self._validated().service_fields()
        figure_update(figure=figure, user=request.user, origin=ORIGIN, **fields)
        return self._respond(figure.pk)

    @extend_schema(request=FigureCreateSerializer, responses={201: FigureSerializer, **_ERRORS})
    def create(self, request, *args, **kwargs):
        """Curators: mark a figure by hand; `text`, when sent, must match the span."""
        fields = self._validated().service_fields()
        figure = figure_create(user=request.user, origin=ORIGIN, **fields)
        return self._respond(figure.pk, status.HTTP_201_CREATED)

    @extend_schema(responses=FigureTraceSerializer)
    @action(detail=True, methods=["get"])
    def trace(self, request, pk=None):
        """The figure, its claim and speaker, its sentence with the ones before and after,
        the source, offsets and W3C selectors to find the words again."""
        try:
            trace = figure_trace(figure_id=int(pk))
        except Figure.DoesNotExist:
            raise NotFound from None
        return Response(FigureTraceSerializer(trace, context=self.get_serializer_context()).data)
