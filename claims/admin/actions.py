"""Bulk review actions for claims and figures; every write goes through `items_set`."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.text import capfirst

from claims.admin.forms import ActionForm, SetCategoryForm, SetSideForm, SetSpeakerForm
from claims.models import Status
from claims.services.review import items_set


def _plural(modeladmin: admin.ModelAdmin, count: int) -> str:
    opts = modeladmin.model._meta
    return f"{count} {opts.verbose_name if count == 1 else opts.verbose_name_plural}"


def _review(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet,
            status: str) -> None:
    count = items_set(items=queryset, user=request.user, origin="admin", status=status)
    modeladmin.message_user(request, f"{capfirst(_plural(modeladmin, count))} marked {status}.",
                            messages.SUCCESS)


@admin.action(description="Verify selected %(verbose_name_plural)s", permissions=["change"])
def verify(modeladmin, request, queryset):
    _review(modeladmin, request, queryset, Status.VERIFIED)


@admin.action(description="Reject selected %(verbose_name_plural)s", permissions=["change"])
def reject(modeladmin, request, queryset):
    _review(modeladmin, request, queryset, Status.REJECTED)


@admin.action(description="Mark selected %(verbose_name_plural)s disputed",
              permissions=["change"])
def dispute(modeladmin, request, queryset):
    _review(modeladmin, request, queryset, Status.DISPUTED)


def intermediate_page(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet, *,
                      action: str, title: str, form: ActionForm,
                      button: str = "Apply", show_items: bool = True) -> TemplateResponse:
    """The confirmation page of an action; it posts back to the changelist with 'apply'."""
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "opts": modeladmin.model._meta,
        "form": form,
        "queryset": queryset,
        "count": queryset.count(),
        "action": action,
        "button": button,
        "show_items": show_items,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "media": modeladmin.media + form.media,
    }
    return TemplateResponse(request, "admin/claims/action_form.html", context)


def _set(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet, *,
         action: str, field: str, form_class: type[ActionForm]) -> TemplateResponse | None:
    site = modeladmin.admin_site
    if "apply" in request.POST:
        form = form_class(request.POST, site=site)
        if form.is_valid():
            value = form.cleaned_data[field]
            count = items_set(items=queryset, user=request.user, origin="admin",
                              **{field: value})
            modeladmin.message_user(
                request, f"{capfirst(_plural(modeladmin, count))}: {field} set to "
                f"{value if value not in (None, '') else 'nothing'}.", messages.SUCCESS,
            )
            return None  # back to the list, with its filters
    else:
        form = form_class(site=site)
    title = f"Set the {field} of {_plural(modeladmin, queryset.count())}"
    return intermediate_page(modeladmin, request, queryset, action=action, title=title,
                             form=form)


@admin.action(description="Set speaker of selected %(verbose_name_plural)s…",
              permissions=["change"])
def set_speaker(modeladmin, request, queryset):
    return _set(modeladmin, request, queryset, action="set_speaker", field="speaker",
                form_class=SetSpeakerForm)


@admin.action(description="Set side of selected %(verbose_name_plural)s…",
              permissions=["change"])
def set_side(modeladmin, request, queryset):
    return _set(modeladmin, request, queryset, action="set_side", field="side",
                form_class=SetSideForm)


@admin.action(description="Set category of selected %(verbose_name_plural)s…",
              permissions=["change"])
def set_category(modeladmin, request, queryset):
    return _set(modeladmin, request, queryset, action="set_category", field="category",
                form_class=SetCategoryForm)


REVIEW_ACTIONS = [verify, reject, dispute, set_speaker, set_side]
