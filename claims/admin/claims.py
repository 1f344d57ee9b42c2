"""Claims: the review queue, each claim in its source, review by hand or in bulk."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Exists, F, OuterRef
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from claims.admin.actions import REVIEW_ACTIONS
from claims.admin.base import is_id
from claims.admin.context import change_url, claim_in_source, figure_title, span_preview
from claims.admin.forms import ClaimAddForm
from claims.admin.reviewable import REVIEW_READONLY, ReviewableAdmin
from claims.models import Claim, Figure, Source, Status
from claims.services.review import CLAIM_EDITABLE, claim_create, claim_update

QUEUE = "todo"
# Newest sources first (undated ones last), then each source's claims in reading order.
QUEUE_ORDERING = [F("source__published_on").desc(nulls_last=True), "-source__ingested_at",
                  "source_id", "start"]


class QueueFilter(admin.SimpleListFilter):
    """The review queue: claims nobody has reviewed yet, newest sources first."""

    title = "review queue"
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [(QUEUE, "To review")]

    def queryset(self, request, queryset):
        if self.value() == QUEUE:
            return queryset.filter(status=Status.EXTRACTED)
        return queryset


class CategoryFilter(admin.SimpleListFilter):
    """Claims by the category of the figures they state."""

    title = "figure category"
    parameter_name = "category"

    def lookups(self, request, model_admin):
        return Figure.Category.choices

    def queryset(self, request, queryset):
        if self.value() in Figure.Category.values:
            # EXISTS, not a join: a claim with two such figures stays one row.
            return queryset.filter(Exists(
                Figure.objects.filter(claim=OuterRef("pk"), category=self.value())
            ))
        return queryset


def in_queue(request: HttpRequest) -> bool:
    return request.GET.get(QueueFilter.parameter_name) == QUEUE


class ReadOnlyInline(admin.TabularInline):
    """Items listed on another's page; they are changed on their own page, via the services."""

    extra = 0
    can_delete = False
    classes = ["fonte-inline"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="text")
    def item(self, obj: Claim | Figure):
        return format_html('<a href="{}">{}</a>', change_url(obj), Truncator(obj.text).chars(160))


class ClaimFigureInline(ReadOnlyInline):
    model = Figure
    fk_name = "claim"
    fields = readonly_fields = ["item", "figure", "category", "status"]
    verbose_name_plural = "figures stated in this claim"

    @admin.display(description="value")
    def figure(self, obj: Figure) -> str:
        return figure_title(obj)


@admin.register(Claim)
class ClaimAdmin(ReviewableAdmin):
    list_display = ["claim_text", "speaker", "side", "status_badge", "confidence_label",
                    "source_link", "published_on"]
    # RelatedOnly: the sides and outlets that claims have, not all seventy-odd of them.
    list_filter = [QueueFilter, "status", ("side", admin.RelatedOnlyFieldListFilter),
                   CategoryFilter, "kind", ("source__outlet", admin.RelatedOnlyFieldListFilter),
                   "origin", "published_on"]
    list_select_related = ["speaker", "side", "source"]
    search_fields = ["text", "speaker__name", "speaker__aliases__alias", "cue", "source__title"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["source", "speaker", "via"]
    actions = REVIEW_ACTIONS
    inlines = [ClaimFigureInline]
    save_on_top = True

    editable = frozenset(CLAIM_EDITABLE)
    add_form = ClaimAddForm
    add_fieldsets = (
        ("Span", {"fields": ["source", "start", "end"],
                  "description": "Select the words on the source's page to fill these in."}),
        ("Claim", {"fields": ["kind", "speaker", "side", "cue", "status", "curator_note"]}),
    )
    change_fieldsets = (
        (None, {"fields": ["in_source", "full_source"]}),
        ("Review", {"fields": ["status", "curator_note", "reviewed_by", "reviewed_at",
                               "curated_at"]}),
        ("Attribution", {"fields": ["speaker", "speaker_mention", "side", "kind", "cue",
                                    "via", "relay_chain"]}),
        ("Provenance", {"classes": ["collapse"],
                        "fields": ["source", "start", "end", *REVIEW_READONLY]}),
    )
    change_readonly = ("in_source", "full_source", "source", "start", "end", "speaker_mention",
                       "relay_chain", *REVIEW_READONLY)

    class Media:
        css = {"all": ["claims/admin.css"]}
        js = ["claims/span.js"]

    # -- the review queue -----------------------------------------------------------------
    def get_urls(self):
        return [
            path("review/", self.admin_site.admin_view(self.review_view),
                 name="claims_claim_review"),
            *super().get_urls(),
        ]

    def review_view(self, request: HttpRequest) -> HttpResponseRedirect:
        """/admin/claims/claim/review/: the changelist filtered and ordered as the queue."""
        query = request.GET.copy()
        query[QueueFilter.parameter_name] = QUEUE
        return HttpResponseRedirect(
            reverse("admin:claims_claim_changelist") + "?" + query.urlencode()
        )

    def get_ordering(self, request):
        return QUEUE_ORDERING if in_queue(request) else super().get_ordering(request)

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            "to_review": Claim.objects.filter(status=Status.EXTRACTED).count(),
            **({"title": "Claims to review"} if in_queue(request) else {}),
            **(extra_context or {}),
        }
        return super().changelist_view(request, extra_context)

    # -- adding a claim by hand -----------------------------------------------------------
    def add_view(self, request, form_url="", extra_context=None):
        data = request.POST or request.GET
        extra_context = {"span_preview": preview_from(data), **(extra_context or {})}
        return super().add_view(request, form_url, extra_context)

    def create_item(self, request: HttpRequest, data: dict[str, Any]) -> Claim:
        return claim_create(
            source=data["source"], start=data["start"], end=data["end"], kind=data["kind"],
            user=request.user, speaker=data.get("speaker"), side=data.get("side"),
            cue=data.get("cue", ""), curator_note=data.get("curator_note", ""),
            status=data["status"],
        )

    def update_item(self, request, obj, *, origin, fields):
        claim_update(claim=obj, user=request.user, origin=origin, **fields)

    # -- columns and read-only fields -----------------------------------------------------
    @admin.display(description="claim", ordering="text")
    def claim_text(self, obj: Claim) -> str:
        return Truncator(obj.text).chars(140)

    @admin.display(description="relayed by")
    def relay_chain(self, obj: Claim) -> str:
        """The media between speaker and reader, outermost first: "Ansa → Tass → speaker"."""
        if not obj.relays:
            return "—"
        speaker = obj.speaker.name if obj.speaker else obj.speaker_mention or "speaker"
        return " → ".join([*(hop["name"] for hop in obj.relays), speaker])

    @admin.display(description="in its source")
    def in_source(self, obj: Claim):
        return claim_in_source(obj)

    @admin.display(description="full source")
    def full_source(self, obj: Claim):
        source = obj.source
        return format_html('<a href="{}#claim-{}">{}</a> · {} · {}', change_url(source), obj.pk,
                           source.title or source.file_name or f"source {source.pk}",
                           source.outlet or "no outlet", source.published_label or "undated")


def preview_from(data) -> Any:
    """The selected span on an add page, from its query string or posted form."""
    try:
        if not is_id(Source, data["source"]):
            return None
        source = Source.objects.get(pk=data["source"])
        start, end = int(data["start"]), int(data["end"])
    except (KeyError, ValueError, Source.DoesNotExist):
        return None
    return span_preview(source, start, end)
