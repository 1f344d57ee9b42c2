"""What clients send: curator edits, hand-made items, articles, and query parameters.

These serializers only parse and type-check; the rules (spans inside the text, the figure's
text matching its span, editable fields, history) live in claims/services/.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from rest_framework import serializers

from claims.limits import MAX_ID, NOTE_MAX_LENGTH, SEARCH_MAX_LENGTH
from claims.models import Claim, Figure, Outlet, Side, Source, Speaker, Status

# The API says `note`; the model and the services say `curator_note`.
_RENAMES = {"note": "curator_note"}


def _speaker(**kwargs) -> serializers.PrimaryKeyRelatedField:
    return serializers.PrimaryKeyRelatedField(
        queryset=Speaker.objects.all(), allow_null=True, required=False,
        help_text="Speaker id; setting a speaker also sets the side unless one is given.",
        **kwargs,
    )


def _side() -> serializers.SlugRelatedField:
    return serializers.SlugRelatedField(
        slug_field="code", queryset=Side.objects.all(), allow_null=True, required=False,
        help_text="Side code (UA, RU, EU …).",
    )


def _note(**kwargs) -> serializers.CharField:
    return serializers.CharField(
        allow_blank=True, required=False, trim_whitespace=False, max_length=NOTE_MAX_LENGTH,
        **kwargs,
    )


def _value(**kwargs) -> serializers.DecimalField:
    # Figures count things and money: none is below zero.
    return serializers.DecimalField(
        max_digits=24, decimal_places=4, min_value=Decimal(0), **kwargs
    )


class _Body(serializers.Serializer):
    """A request body of known fields only: an unknown one (a typo, a field nobody may
    write) is named in a 400 instead of being ignored. Text fields take JSON strings only;
    DRF would store {"text": 5} as "5"."""

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            known = ", ".join(self.fields)
            errors = {name: [f"unknown field; known: {known}"]
                      for name in data if name not in self.fields}
            errors.update({
                name: ["must be a string"] for name, field in self.fields.items()
                if isinstance(field, serializers.CharField)
                and data.get(name) is not None and not isinstance(data[name], str)
            })
            if errors:
                raise serializers.ValidationError(errors)
        return super().to_internal_value(data)


class _ServiceInput(_Body):
    def service_fields(self) -> dict[str, Any]:
        return {_RENAMES.get(k, k): v for k, v in self.validated_data.items()}


class _UpdateInput(_ServiceInput):
    def validate(self, attrs: dict) -> dict:
        if not attrs:
            raise serializers.ValidationError(
                f"nothing to change; send one of: {', '.join(self.fields)}"
            )
        return attrs


class ClaimUpdateSerializer(_UpdateInput):
    status = serializers.ChoiceField(choices=Status.choices, required=False)
    speaker = _speaker()
    side = _side()
    kind = serializers.ChoiceField(choices=Claim.Kind.choices, required=False)
    cue = serializers.CharField(max_length=100, allow_blank=True, required=False)
    note = _note()


class FigureUpdateSerializer(_UpdateInput):
    status = serializers.ChoiceField(choices=Status.choices, required=False)
    speaker = _speaker()
    side = _side()
    category = serializers.ChoiceField(choices=Figure.Category.choices, required=False)
    value = _value(required=False)
    value_max = _value(allow_null=True, required=False)
    approximate = serializers.BooleanField(required=False)
    qualifier = serializers.ChoiceField(
        choices=Figure.Qualifier.choices, allow_blank=True, required=False
    )
    unit = serializers.CharField(max_length=30, allow_blank=True, required=False)
    note = _note()


class _CreateInput(_ServiceInput):
    source = serializers.PrimaryKeyRelatedField(queryset=Source.objects.only("id", "text"))
    start = serializers.IntegerField(min_value=0, help_text="Offset into the source text.")
    end = serializers.IntegerField(min_value=1, help_text="Offset one past the last character.")
    speaker = _speaker()
    side = _side()
    status = serializers.ChoiceField(choices=Status.choices, default=Status.VERIFIED)
    note = _note(default="")


class ClaimCreateSerializer(_CreateInput):
    kind = serializers.ChoiceField(choices=Claim.Kind.choices)
    cue = serializers.CharField(max_length=100, allow_blank=True, required=False, default="")


class FigureCreateSerializer(_CreateInput):
    text = serializers.CharField(
        required=False, trim_whitespace=False,
        help_text="When given, must equal the source text at start:end.",
    )
    value = _value()
    value_max = _value(allow_null=True, required=False)
    approximate = serializers.BooleanField(required=False, default=False)
    qualifier = serializers.ChoiceField(
        choices=Figure.Qualifier.choices, allow_blank=True, required=False, default=""
    )
    unit = serializers.CharField(max_length=30, allow_blank=True, required=False, default="")
    category = serializers.ChoiceField(choices=Figure.Category.choices)
    claim = serializers.PrimaryKeyRelatedField(
        queryset=Claim.objects.all(), allow_null=True, required=False
    )


class SourceIngestSerializer(_Body):
    """An article, as JSON `text` or as an uploaded `file` (bytes: UTF-8 or cp1252, the
    same decoding as `manage.py ingest`; use it for articles over 2.5 MB)."""

    text = serializers.CharField(
        required=False, allow_blank=True, trim_whitespace=False,
        help_text="The article exactly as published; every offset will point into it.",
    )
    file = serializers.FileField(required=False)
    file_name = serializers.CharField(max_length=500, required=False, default="")
    url = serializers.URLField(max_length=2000, required=False, default="")
    outlet = serializers.SlugRelatedField(
        slug_field="name", queryset=Outlet.objects.all(), required=False, allow_null=True,
        help_text="The name of a known outlet.",
    )

    def validate(self, attrs: dict) -> dict:
        if ("text" in attrs) == ("file" in attrs):
            raise serializers.ValidationError("send either text or file")
        if "file" in attrs and not attrs.get("file_name"):
            attrs["file_name"] = attrs["file"].name
        return attrs


# --- query parameters ------------------------------------------------------------------------

class CommaListField(serializers.ListField):
    """A repeated parameter (`?a=1&a=2`) or a comma-separated one (`?a=1,2`)."""

    def to_internal_value(self, data):
        if isinstance(data, str):
            data = [data]
        parts = [part for item in data for part in str(item).split(",") if part.strip()]
        return super().to_internal_value(parts)


class _Period(serializers.Serializer):
    date_from = serializers.DateField(required=False, help_text="From (YYYY-MM-DD).")
    date_to = serializers.DateField(required=False, help_text="Up to and including.")
    status = CommaListField(
        child=serializers.ChoiceField(choices=Status.choices), required=False,
        help_text="Statuses to count; by default all but rejected.",
    )

    def validate(self, attrs: dict) -> dict:
        if attrs.get("date_from") and attrs.get("date_to") and attrs["date_from"] > attrs[
            "date_to"
        ]:
            raise serializers.ValidationError({"date_to": "must not be before date_from"})
        return attrs


class FigureCompareQuerySerializer(_Period):
    category = CommaListField(
        child=serializers.ChoiceField(choices=Figure.Category.choices), min_length=1,
        help_text="One or more categories.",
    )
    group = serializers.ChoiceField(choices=["day", "week", "month"], default="day")
    side = CommaListField(
        child=serializers.SlugRelatedField(slug_field="code", queryset=Side.objects.all()),
        required=False, help_text="Only these sides (codes).",
    )


class ClaimCompareQuerySerializer(_Period):
    q = serializers.CharField(
        required=False, default="", max_length=SEARCH_MAX_LENGTH,
        help_text="Search query (see search/).",
    )
    speaker = CommaListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID), required=False,
        help_text="Speaker ids."
    )

    def validate(self, attrs: dict) -> dict:
        attrs = super().validate(attrs)
        if not attrs.get("q") and not attrs.get("speaker"):
            raise serializers.ValidationError({"q": "give q, speaker, or both"})
        return attrs


class SearchQuerySerializer(serializers.Serializer):
    q = serializers.CharField(
        max_length=SEARCH_MAX_LENGTH,
        help_text='Words; on PostgreSQL also "a phrase", -excluded and or (websearch).',
    )
    limit = serializers.IntegerField(min_value=1, max_value=100, default=20)
