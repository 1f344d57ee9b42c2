"""The reader pages: sources, traces, lists, comparison and search."""

from __future__ import annotations

from django.urls import path

from claims.views import compare, items, search, sources

app_name = "reader"

urlpatterns = [
    path("", sources.source_list, name="home"),
    path("sources/", sources.source_list, name="sources"),
    path("sources/<int:pk>/", sources.source_detail, name="source"),
    path("figures/", items.figure_list, name="figures"),
    path("figures/<int:pk>/", items.figure_detail, name="figure"),
    path("claims/", items.claim_list, name="claims"),
    path("claims/<int:pk>/", items.claim_detail, name="claim"),
    path("compare/", compare.compare, name="compare"),
    path("search/", search.search_page, name="search"),
]
