"""Sides, outlets, speakers, sources and sentences: what claims and figures point at."""

from __future__ import annotations

from django.db.models import Prefetch
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.settings import api_settings

from claims.api.filters import (
    SENTENCE_ORDERINGS,
    KnownParamsMixin,
    OutletFilterSet,
    SentenceFilterSet,
    SourceFilterSet,
    SpeakerFilterSet,
)
from claims.api.inputs import SourceIngestSerializer
from claims.api.pagination import KeysetPagination
from claims.api.reports import SourceTextSerializer
from claims.api.serializers import (
    IngestResultSerializer,
    OutletSerializer,
    SentenceSerializer,
    SideSerializer,
    SourceSerializer,
    SpeakerSerializer,
)
from claims.extraction.layout.decoding import ArticleError, decode_article
from claims.models import Outlet, Side, Source, Speaker, SpeakerRole
from claims.selectors import sentences_with_source, source_text_spans
from claims.services.gazetteer import gazetteer_from_db
from claims.services.ingest import source_ingest


@extend_schema(tags=["reference"])
class SideViewSet(KnownParamsMixin, viewsets.ReadOnlyModelViewSet):
    """States and bodies that speakers speak for, by code (UA, RU, EU, NATO …)."""

    queryset = Side.objects.order_by("code")
    serializer_class = SideSerializer
    lookup_field = "code"
    filter_backends: list = []


@extend_schema(tags=["reference"])
class OutletViewSet(KnownParamsMixin, viewsets.ReadOnlyModelViewSet):
    # side: shown on each row, one query per row otherwise.
    queryset = Outlet.objects.select_related("side").order_by("name")
    serializer_class = OutletSerializer
    filterset_class = OutletFilterSet


@extend_schema(tags=["reference"])
class SpeakerViewSet(KnownParamsMixin, viewsets.ReadOnlyModelViewSet):
    """People and institutions who make claims, with spelling variants and dated roles."""

    queryset = (
        Speaker.objects
        # side on each row; aliases and roles in one query each for the whole page.
        .select_related("side")
        .prefetch_related("aliases", Prefetch("roles", SpeakerRole.objects.order_by("start_date")))
        .order_by("name")
    )
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilterSet


@extend_schema(tags=["sources"])
class SourceViewSet(KnownParamsMixin, mixins.CreateModelMixin,
                    viewsets.ReadOnlyModelViewSet):
    """Ingested articles. The text itself is at `text/`, with its spans."""

    # outlet on each row; the text (up to 5 MB) only where it is shown.
    queryset = Source.objects.select_related("outlet").defer("text")
    serializer_class = SourceSerializer
    filterset_class = SourceFilterSet
    lookup_value_regex = r"\d+"
    # The API's JSON parser (settings.REST_FRAMEWORK), and uploads.
    parser_classes = [*api_settings.DEFAULT_PARSER_CLASSES, MultiPartParser, FormParser]

    def get_serializer_class(self):
        return SourceIngestSerializer if self.action == "create" else SourceSerializer

    @extend_schema(
        request={"application/json": SourceIngestSerializer,
                 "multipart/form-data": SourceIngestSerializer},
        responses={
            201: IngestResultSerializer,
            200: OpenApiResponse(IngestResultSerializer, "The identical text is stored."),
            400: OpenApiResponse(description="Not an article: the message says why."),
        },
    )
    def create(self, request, *args, **kwargs):
        """Curators: ingest an article exactly like `manage.py ingest` (one transaction;
        an identical text is left as it is and returned with 200)."""
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        field = "file" if "file" in data else "text"
        try:
            raw = data["file"].read() if field == "file" else data["text"].encode("utf-8")
            result = source_ingest(
                text=decode_article(raw), gazetteer=gazetteer_from_db(),
                file_name=data["file_name"], outlet=data.get("outlet"), url=data["url"],
            )
        except ArticleError as exc:
            raise ValidationError({field: [str(exc)]}) from None
        body = IngestResultSerializer(
            {"created": result.created, "claims": result.claims, "figures": result.figures,
             "source": result.source},
            context=self.get_serializer_context(),
        ).data
        return Response(body, status=status.HTTP_201_CREATED if result.created else 200)

    @extend_schema(responses=SourceTextSerializer, filters=False)
    @action(detail=True, methods=["get"], filter_backends=[])
    def text(self, request, pk=None):
        """The stored text with its sentences, claims and figures as character spans: what a
        viewer needs to highlight them (`text[start:end]`)."""
        try:
            spans = source_text_spans(source_id=int(pk))
        except Source.DoesNotExist:
            raise NotFound from None
        return Response(SourceTextSerializer(spans, context=self.get_serializer_context()).data)


@extend_schema(tags=["sources"])
class SentenceViewSet(KnownParamsMixin, viewsets.ReadOnlyModelViewSet):
    """Sentences in source order, each with its text cut from the source."""

    serializer_class = SentenceSerializer
    filterset_class = SentenceFilterSet
    pagination_class = KeysetPagination
    keyset_orderings = SENTENCE_ORDERINGS
    keyset_default = "source"
    lookup_value_regex = r"\d+"

    def get_queryset(self):
        return sentences_with_source().order_by(*SENTENCE_ORDERINGS["source"].order_by())
