"""What every admin page does with parameters a browser (or anyone) may send: ids that
cannot be ids are left out and an over-long search is cut, rather than handed to the
database, where they were 500s."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.db.models import Field, Model

from claims.limits import SEARCH_MAX_LENGTH


def is_id(model: type[Model], raw: str) -> bool:
    """Whether `raw` can be the model's primary key: the right type and in the database's
    range (SQLite raises OverflowError on a number past 2**63)."""
    return _fits(model._meta.pk, raw)


def _fits(field: Field, raw: str) -> bool:
    try:
        field.run_validators(field.to_python(raw))
    except ValidationError:
        return False
    return True


class ModelAdmin(admin.ModelAdmin):
    def get_changeform_initial_data(self, request):
        """`?source=abc` on an add page: a foreign key's initial value that cannot be an id
        is dropped (its widget would look it up to draw it)."""
        initial = super().get_changeform_initial_data(request)
        for name, value in list(initial.items()):
            field = next((f for f in self.opts.fields if f.name == name), None)
            if field is not None and field.many_to_one and not _fits(field.target_field, value):
                del initial[name]
        return initial

    def response_action(self, request, queryset):
        """Selected ids that cannot be ids are left out; none left is nothing selected."""
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        usable = [raw for raw in selected if is_id(self.model, raw)]
        if usable != selected:
            request.POST = request.POST.copy()
            request.POST.setlist(helpers.ACTION_CHECKBOX_NAME, usable)
        return super().response_action(request, queryset)

    def get_search_results(self, request, queryset, search_term):
        if len(search_term) > SEARCH_MAX_LENGTH:
            self.message_user(request, f"Only the first {SEARCH_MAX_LENGTH} characters of the "
                              "search were looked for.", messages.WARNING)
            search_term = search_term[:SEARCH_MAX_LENGTH]
        return super().get_search_results(request, queryset, search_term)
