"""The history pages: django-simple-history's admin, with empty values shown as empty."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

from claims.admin.base import ModelAdmin

EMPTY = "—"


class HistoryHelper(HistoricalRecordContextHelper):
    def prepare_delta_change_value(self, change, value) -> Any:
        # A foreign key that was null comes back as a DeletedObject with pk None: it was
        # empty, not deleted, and "Deleted user (pk=None)" would mislead a curator.
        if isinstance(value, DeletedObject) and value.pk is None:
            return EMPTY
        if value is None or value == "":
            return EMPTY
        return super().prepare_delta_change_value(change, value)


class HistoryAdmin(ModelAdmin, SimpleHistoryAdmin):
    """Shows every change with user, time, reason and before → after; reverts from there."""

    def get_historical_record_context_helper(self, request, historical_record):
        return HistoryHelper(self.model, historical_record)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # django-simple-history opens an old version to whoever may view the history, and
        # saves whatever is posted there: only the Revert button is hidden. Without this a
        # curator, who may only read sources, could post a source's old version with a new
        # title or url. Refuse the post as Django's own change page does.
        if request.method == "POST" and not self.has_change_history_permission(request):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)
