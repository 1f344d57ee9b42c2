"""Sources: the whole article with every claim and figure marked; re-extraction."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from claims.admin.base import ModelAdmin
from claims.admin.claims import ReadOnlyInline
from claims.admin.context import figure_title, source_in_full, status_badge
from claims.admin.history import HistoryAdmin
from claims.admin.reviewable import copy_row, is_changelist, is_revert, selection_targets
from claims.models import Claim, Figure, Sentence, Source, Status
from claims.services.gazetteer import gazetteer_from_db
from claims.services.reextract import ReextractReport, source_reextract

# What an admin may change on a source; its text, hash and dates are what offsets rely on.
SOURCE_EDITABLE = ("title", "outlet", "url")


def _count(model: type[Claim] | type[Figure], **filters) -> Coalesce:
    # A subquery per column rather than joins: two joined counts would multiply each other.
    rows = (model.objects.filter(source=OuterRef("pk"), **filters).order_by()
            .values("source").annotate(n=Count("pk")).values("n"))
    return Coalesce(Subquery(rows), 0)


class ToReviewFilter(admin.SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("todo", "Has claims to review"), ("done", "Fully reviewed")]

    def queryset(self, request, queryset):
        if self.value() == "todo":
            return queryset.filter(to_review__gt=0)
        if self.value() == "done":
            return queryset.filter(to_review=0)
        return queryset


class SourceClaimInline(ReadOnlyInline):
    model = Claim
    fk_name = "source"
    fields = readonly_fields = ["item", "speaker", "side", "kind", "status_label"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker", "side")

    @admin.display(description="status")
    def status_label(self, obj: Claim):
        return status_badge(obj.status)


class SourceFigureInline(ReadOnlyInline):
    model = Figure
    fields = readonly_fields = ["item", "figure", "speaker", "side", "status_label"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker", "side")

    @admin.display(description="value")
    def figure(self, obj: Figure) -> str:
        return figure_title(obj)

    @admin.display(description="status")
    def status_label(self, obj: Figure):
        return status_badge(obj.status)


def can_reextract(request: HttpRequest) -> bool:
    # Re-extraction replaces machine claims and figures: whoever may curate those may run it.
    return request.user.has_perms(["claims.add_claim", "claims.change_claim",
                                   "claims.add_figure", "claims.change_figure"])


@admin.register(Source)
class SourceAdmin(HistoryAdmin):
    list_display = ["source_title", "outlet", "published", "claims_count", "to_review",
                    "figures_count", "extractor_version", "ingested_at"]
    list_filter = [ToReviewFilter, ("outlet", admin.RelatedOnlyFieldListFilter), "published_on",
                   "date_precision", "language", "extractor_version"]
    list_select_related = ["outlet"]
    search_fields = ["title", "file_name", "sha256", "url"]
    date_hierarchy = "published_on"
    inlines = [SourceClaimInline, SourceFigureInline]
    actions = ["reextract"]
    fieldsets = (
        (None, {"fields": ["full_text"]}),
        ("Article", {"fields": ["title", "outlet", "url", "published_on", "date_precision",
                                "language"]}),
        ("Provenance", {"classes": ["collapse"],
                        "fields": ["file_name", "sha256", "ingested_at", "extractor_version"]}),
    )
    readonly_fields = ["full_text", "published_on", "date_precision", "language", "file_name",
                       "sha256", "ingested_at", "extractor_version"]

    class Media:
        css = {"all": ["claims/admin.css"]}
        js = ["claims/span.js"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # sources come from `manage.py ingest`, with their sentences

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        queryset = super().get_queryset(request)
        if is_changelist(request):
            queryset = queryset.defer("text").annotate(
                n_claims=_count(Claim), n_figures=_count(Figure),
                to_review=_count(Claim, status=Status.EXTRACTED),
            )
        return queryset

    def save_model(self, request, obj, form, change):
        with transaction.atomic():
            stored = Source.objects.select_for_update().get(pk=obj.pk)
            fields = [n for n in SOURCE_EDITABLE
                      if n in form.cleaned_data and getattr(stored, n) != form.cleaned_data[n]]
            for name in fields:
                setattr(stored, name, form.cleaned_data[name])
            stored._history_user = request.user
            stored._change_reason = "admin revert" if is_revert(request) else "admin"
            # update_fields: a historical Source carries no text, and the text never changes.
            if fields:
                stored.save(update_fields=fields)
        copy_row(stored, obj)

    # -- columns --------------------------------------------------------------------------
    @admin.display(description="source", ordering="title")
    def source_title(self, obj: Source) -> str:
        return Truncator(str(obj)).chars(90)

    @admin.display(description="published", ordering="published_on")
    def published(self, obj: Source) -> str:
        return obj.published_label

    @admin.display(description="claims", ordering="n_claims")
    def claims_count(self, obj: Source) -> int:
        return obj.n_claims

    @admin.display(description="to review", ordering="to_review")
    def to_review(self, obj: Source):
        if not obj.to_review:
            return 0
        url = reverse("admin:claims_claim_review") + f"?source__id__exact={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, obj.to_review)

    @admin.display(description="figures", ordering="n_figures")
    def figures_count(self, obj: Source) -> int:
        return obj.n_figures

    @admin.display(description="text")
    def full_text(self, obj: Source):
        claims = list(obj.claims.select_related("speaker"))
        figures = list(obj.figures.all())
        return source_in_full(obj, claims, figures)

    def render_change_form(self, request, context, add=False, change=False, form_url="",
                           obj=None):
        context.update(selection_targets(request))
        return super().render_change_form(request, context, add=add, change=change,
                                          form_url=form_url, obj=obj)

    # -- re-extraction --------------------------------------------------------------------
    def has_reextract_permission(self, request: HttpRequest) -> bool:
        return can_reextract(request)

    @admin.action(description="Re-extract selected sources (curated work is kept)",
                  permissions=["reextract"])
    def reextract(self, request: HttpRequest, queryset: QuerySet) -> None:
        gazetteer = gazetteer_from_db()
        total, count = ReextractReport(), 0
        for source in queryset.select_related(None).only("pk", "text", "file_name"):
            total += source_reextract(source=source, gazetteer=gazetteer, user=request.user)
            count += 1
        self.message_user(request, f"Re-extracted {count} source(s): {total}.",
                          messages.SUCCESS)


@admin.register(Sentence)
class SentenceAdmin(ModelAdmin):
    """Read-only: sentences are cut at ingest and every claim's offsets lean on them."""

    list_display = ["__str__", "source", "index", "start", "end", "paragraph"]
    list_select_related = ["source"]
    search_fields = ["source__title"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("source__text")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
