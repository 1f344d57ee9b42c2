"""The curators' workplace: every model, filterable, searchable, with history."""

from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from claims.models import (
    Claim,
    Figure,
    Outlet,
    RolePhrase,
    Sentence,
    Side,
    Source,
    Speaker,
    SpeakerAlias,
    SpeakerRole,
)


@admin.register(Side)
class SideAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "side"]
    list_filter = ["kind", "side"]
    list_select_related = ["side"]
    search_fields = ["name"]


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1


class SpeakerRoleInline(admin.TabularInline):
    model = SpeakerRole
    extra = 0
    show_change_link = True


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "side", "in_gazetteer", "description"]
    list_filter = ["kind", "side", "in_gazetteer"]
    list_select_related = ["side"]
    search_fields = ["name", "aliases__alias", "description"]
    inlines = [SpeakerAliasInline, SpeakerRoleInline]


class RolePhraseInline(admin.TabularInline):
    model = RolePhrase
    extra = 1


@admin.register(SpeakerRole)
class SpeakerRoleAdmin(admin.ModelAdmin):
    list_display = ["title", "speaker", "start_date", "end_date"]
    list_select_related = ["speaker"]
    search_fields = ["title", "speaker__name", "phrases__phrase"]
    autocomplete_fields = ["speaker"]
    inlines = [RolePhraseInline]


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "outlet", "published_on", "date_precision", "ingested_at"]
    list_filter = ["outlet", "date_precision", "language"]
    list_select_related = ["outlet"]
    search_fields = ["title", "file_name", "sha256"]
    date_hierarchy = "published_on"
    readonly_fields = ["text", "sha256", "ingested_at", "extractor_version", "file_name"]


@admin.register(Sentence)
class SentenceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "index", "start", "end", "paragraph"]
    list_select_related = ["source"]
    search_fields = ["source__title"]
    autocomplete_fields = ["source"]


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "speaker", "side", "kind", "status", "via", "published_on"]
    list_filter = ["status", "side", "kind", "origin", "via", "published_on"]
    list_select_related = ["speaker", "side", "via"]
    search_fields = ["text", "speaker__name", "cue"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["speaker", "source"]
    raw_id_fields = ["sentence", "attribution_sentence"]
    filter_horizontal = []
    exclude = ["sentences"]


@admin.register(Figure)
class FigureAdmin(SimpleHistoryAdmin):
    list_display = ["text", "value", "unit", "category", "side", "speaker", "status",
                    "published_on"]
    list_filter = ["status", "category", "side", "approximate", "origin", "published_on"]
    list_select_related = ["speaker", "side"]
    search_fields = ["text", "speaker__name"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["speaker", "source"]
    raw_id_fields = ["sentence", "claim"]
