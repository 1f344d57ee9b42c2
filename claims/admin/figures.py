"""Figures: each in its sentence; value, unit, category and qualifier corrected by hand."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.text import Truncator

from claims.admin.actions import REVIEW_ACTIONS, set_category
from claims.admin.claims import preview_from
from claims.admin.context import change_url, figure_in_source, figure_title, related
from claims.admin.forms import FigureAddForm
from claims.admin.reviewable import REVIEW_READONLY, ReviewableAdmin
from claims.models import Figure
from claims.services.review import FIGURE_EDITABLE, figure_create, figure_update


@admin.register(Figure)
class FigureAdmin(ReviewableAdmin):
    list_display = ["figure_text", "value_label", "category", "speaker", "side",
                    "status_badge", "confidence_label", "source_link", "published_on"]
    list_filter = ["status", "category", ("side", admin.RelatedOnlyFieldListFilter),
                   ("source__outlet", admin.RelatedOnlyFieldListFilter), "qualifier",
                   "approximate", "origin", "published_on"]
    list_select_related = ["speaker", "side", "source"]
    search_fields = ["text", "speaker__name", "unit", "source__title"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["source", "speaker", "claim"]
    actions = [*REVIEW_ACTIONS, set_category]
    save_on_top = True

    editable = frozenset(FIGURE_EDITABLE)
    add_form = FigureAddForm
    add_fieldsets = (
        ("Span", {"fields": ["source", "start", "end"],
                  "description": "Select the words on the source's page to fill these in."}),
        ("Figure", {"fields": ["value", "value_max", "approximate", "qualifier", "unit",
                               "category"]}),
        ("Attribution", {"fields": ["claim", "speaker", "side"],
                         "description": "Without a speaker, the claim's speaker is used."}),
        ("Review", {"fields": ["status", "curator_note"]}),
    )
    change_fieldsets = (
        (None, {"fields": ["in_source", "claim_link"]}),
        ("Review", {"fields": ["status", "curator_note", "reviewed_by", "reviewed_at",
                               "curated_at"]}),
        ("Figure", {"fields": ["text", "value", "value_max", "approximate", "qualifier",
                               "unit", "category"]}),
        ("Attribution", {"fields": ["speaker", "side"]}),
        ("Provenance", {"classes": ["collapse"],
                        "fields": ["source", "start", "end", *REVIEW_READONLY]}),
    )
    change_readonly = ("in_source", "claim_link", "text", "source", "start", "end",
                       *REVIEW_READONLY)

    class Media:
        css = {"all": ["claims/admin.css"]}
        js = ["claims/span.js"]

    def add_view(self, request, form_url="", extra_context=None):
        data = request.POST or request.GET
        extra_context = {"span_preview": preview_from(data), **(extra_context or {})}
        return super().add_view(request, form_url, extra_context)

    def create_item(self, request: HttpRequest, data: dict[str, Any]) -> Figure:
        return figure_create(
            source=data["source"], start=data["start"], end=data["end"], value=data["value"],
            value_max=data.get("value_max"), approximate=data.get("approximate", False),
            qualifier=data.get("qualifier", ""), unit=data.get("unit", ""),
            category=data["category"], claim=data.get("claim"), speaker=data.get("speaker"),
            side=data.get("side"), curator_note=data.get("curator_note", ""),
            status=data["status"], user=request.user,
        )

    def update_item(self, request, obj, *, origin, fields):
        figure_update(figure=obj, user=request.user, origin=origin, **fields)

    @admin.display(description="figure", ordering="text")
    def figure_text(self, obj: Figure) -> str:
        return Truncator(obj.text).chars(80)

    @admin.display(description="value", ordering="value")
    def value_label(self, obj: Figure) -> str:
        return figure_title(obj).rsplit(" (", 1)[0]

    @admin.display(description="in its source")
    def in_source(self, obj: Figure):
        return figure_in_source(obj)

    @admin.display(description="claim")
    def claim_link(self, obj: Figure):
        source = obj.source
        where = format_html('<a href="{}#figure-{}">{}</a>', change_url(source), obj.pk,
                            source.title or source.file_name or f"source {source.pk}")
        claim = related(obj, "claim")
        if claim is None:
            return format_html("stated in no claim · {}", where)
        return format_html('<a href="{}">{}</a> · {}', change_url(claim),
                           Truncator(claim.text).chars(100), where)
