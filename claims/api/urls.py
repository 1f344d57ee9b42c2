"""/api/: the resources, compare and search."""

from __future__ import annotations

from django.urls import path
from rest_framework.routers import DefaultRouter

from claims.api.analysis import CompareClaimsView, CompareFiguresView, SearchView
from claims.api.catalog import (
    OutletViewSet,
    SentenceViewSet,
    SideViewSet,
    SourceViewSet,
    SpeakerViewSet,
)
from claims.api.items import ClaimViewSet, FigureViewSet

app_name = "api"

router = DefaultRouter()
router.register("sources", SourceViewSet, basename="source")
router.register("sentences", SentenceViewSet, basename="sentence")
router.register("speakers", SpeakerViewSet, basename="speaker")
router.register("sides", SideViewSet, basename="side")
router.register("outlets", OutletViewSet, basename="outlet")
router.register("claims", ClaimViewSet, basename="claim")
router.register("figures", FigureViewSet, basename="figure")

urlpatterns = [
    path("compare/", CompareFiguresView.as_view(), name="compare-figures"),
    path("compare/claims/", CompareClaimsView.as_view(), name="compare-claims"),
    path("search/", SearchView.as_view(), name="search"),
    *router.urls,
]
