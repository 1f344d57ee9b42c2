"""What the claim and figure admins share: writes through the review services, review buttons."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db import transaction
from django.db.models import F, Model, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from claims.admin.context import change_url, status_badge
from claims.admin.forms import ItemForm
from claims.admin.history import HistoryAdmin
from claims.models import Reviewable, Status

# The buttons of the change page's submit row, and the status each one sets.
REVIEW_BUTTONS = {"_verify": Status.VERIFIED, "_reject": Status.REJECTED,
                  "_dispute": Status.DISPUTED}

REVIEW_READONLY = ["origin", "reviewed_by", "reviewed_at", "curated_at", "extractor_version",
                   "confidence", "evidence", "created_at", "updated_at"]


def copy_row(row: Model, into: Model) -> None:
    """Make `into` the same row as `row` (the admin goes on with its own instance)."""
    for field in row._meta.concrete_fields:
        setattr(into, field.attname, getattr(row, field.attname))
    into._state.adding = False


def selection_targets(request: HttpRequest) -> dict[str, str]:
    """Where the selection script sends a span; only for who may add claims or figures."""
    user = request.user
    return {
        "add_claim_url": reverse("admin:claims_claim_add")
        if user.has_perm("claims.add_claim") else "",
        "add_figure_url": reverse("admin:claims_figure_add")
        if user.has_perm("claims.add_figure") else "",
    }


def is_changelist(request: HttpRequest) -> bool:
    match = request.resolver_match
    return bool(match and match.url_name and match.url_name.endswith("_changelist"))


def is_revert(request: HttpRequest) -> bool:
    match = request.resolver_match
    return bool(match and match.url_name and match.url_name.endswith("_simple_history"))


class ReviewableAdmin(HistoryAdmin):
    """Admin writes go through `update_item`/`create_item`, i.e. the review services.

    The services set curated_at, reviewed_by/at and the history user and reason, which is
    what keeps an item out of re-extraction's reach and makes every change auditable.
    """

    editable: frozenset[str] = frozenset()
    form = ItemForm
    add_form: type[ModelForm]
    add_fieldsets: tuple = ()
    change_fieldsets: tuple = ()
    change_readonly: tuple[str, ...] = ()

    # -- pages ----------------------------------------------------------------------------
    def get_fieldsets(self, request, obj=None):
        return self.add_fieldsets if obj is None else self.change_fieldsets

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else self.change_readonly

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = self.add_form
        return super().get_form(request, obj, change=change, **kwargs)

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else []

    def render_change_form(self, request, context, add=False, change=False, form_url="",
                           obj=None):
        context["review_buttons"] = change and self.has_change_permission(request, obj)
        context.update(selection_targets(request))
        return super().render_change_form(request, context, add=add, change=change,
                                          form_url=form_url, obj=obj)

    # -- writes ---------------------------------------------------------------------------
    def save_model(self, request, obj, form, change):
        if not change:
            copy_row(self.create_item(request, form.cleaned_data), obj)
            return
        model = type(obj)
        with transaction.atomic():
            # Lock the row: a re-extraction waiting on it then sees it curated and keeps it;
            # one that got here first has deleted it, and nothing is written.
            stored = model._default_manager.select_for_update().filter(pk=obj.pk).first()
            if stored is None:
                self.message_user(
                    request, f"This {model._meta.verbose_name} no longer exists (re-extraction "
                    "replaced it, or it was deleted); nothing was saved.", messages.ERROR,
                )
                return
            fields = self.changed_fields(stored, form)
            for button, status in REVIEW_BUTTONS.items():
                if button in request.POST:
                    fields["status"] = status
            if fields:
                origin = "admin revert" if is_revert(request) else "admin"
                # The stored row, not `obj`: on the history page `obj` is an old version
                # and only what the form edits may change.
                self.update_item(request, stored, origin=origin, fields=fields)
        copy_row(stored, obj)

    def changed_fields(self, stored: Reviewable, form: ModelForm) -> dict[str, Any]:
        """Form values that differ from the stored row.

        Compared with the database, not with the form's initial values: on the history page
        the form starts from an old version, and reverting must write whatever differs now.
        """
        return {
            name: value for name, value in form.cleaned_data.items()
            if name in self.editable and getattr(stored, name) != value
        }

    def create_item(self, request: HttpRequest, data: dict[str, Any]) -> Reviewable:
        raise NotImplementedError

    def update_item(self, request: HttpRequest, obj: Reviewable, *, origin: str,
                    fields: dict[str, Any]) -> None:
        raise NotImplementedError

    # -- columns --------------------------------------------------------------------------
    # Sorting by it puts what the extractor is least sure of first; curators' own items,
    # which have no confidence, come last.
    @admin.display(description="confidence",
                   ordering=F("confidence").asc(nulls_last=True))
    def confidence_label(self, obj: Reviewable) -> str:
        return "—" if obj.confidence is None else f"{obj.confidence:.0%}"

    @admin.display(description="status", ordering="status")
    def status_badge(self, obj: Reviewable):
        return status_badge(obj.status)

    @admin.display(description="source", ordering="source__published_on")
    def source_link(self, obj: Reviewable):
        source = obj.source
        label = source.title or source.file_name or f"source {source.pk}"
        return format_html('<a href="{}#{}-{}">{}</a>', change_url(source),
                           obj._meta.model_name, obj.pk, Truncator(label).chars(50))

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        queryset = super().get_queryset(request)
        if is_changelist(request):
            # The list shows each row's source title, not its article text.
            queryset = queryset.defer("source__text")
        return queryset
