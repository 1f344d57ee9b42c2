"""How the API shows sides, outlets, speakers, sources, sentences, claims and figures.

Read-only: writes come in through claims/api/inputs.py and go out through the services.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import ClassVar

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Claim, Figure, Outlet, Sentence, Side, Source, Speaker, SpeakerRole


class ModelSerializer(serializers.ModelSerializer):
    """Builds its fields from the model once per class, not once per instance: DRF does it
    again for every nested serializer of every response (a trace builds seven), and copying
    the built fields costs a fraction of building them. None of the API's read serializers
    chooses its fields by request or instance."""

    _built_fields: ClassVar[dict[type, dict]] = {}

    def get_fields(self) -> dict:
        built = ModelSerializer._built_fields.get(type(self))
        if built is None:
            built = ModelSerializer._built_fields[type(self)] = super().get_fields()
        return copy.deepcopy(built)


class ValueField(serializers.DecimalField):
    """A figure's value as a decimal string without padding: "12", "1.5", "20000000000"."""

    def __init__(self, **kwargs):
        super().__init__(max_digits=24, decimal_places=4, **kwargs)

    def to_representation(self, value):
        return decimal_text(value)


def side_code(**kwargs) -> serializers.SlugRelatedField:
    return serializers.SlugRelatedField(slug_field="code", read_only=True, **kwargs)


class SideSerializer(ModelSerializer):
    class Meta:
        model = Side
        fields = ["code", "name"]


class OutletSerializer(ModelSerializer):
    side = side_code(allow_null=True)
    aliases = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta:
        model = Outlet
        fields = ["id", "name", "kind", "country", "side", "url", "aliases"]


class SpeakerRefSerializer(ModelSerializer):
    side = side_code(allow_null=True, help_text="The side the speaker usually speaks for.")

    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "side"]


class SpeakerRoleSerializer(ModelSerializer):
    class Meta:
        model = SpeakerRole
        fields = ["title", "start_date", "end_date"]


class SpeakerSerializer(ModelSerializer):
    side = side_code(allow_null=True)
    aliases = serializers.SlugRelatedField(slug_field="alias", many=True, read_only=True)
    roles = SpeakerRoleSerializer(many=True, read_only=True)

    class Meta:
        model = Speaker
        fields = [
            "id", "name", "kind", "side", "description", "in_gazetteer", "aliases", "roles",
        ]


class SourceRefSerializer(ModelSerializer):
    outlet = serializers.SlugRelatedField(slug_field="name", read_only=True, allow_null=True)
    published_on = serializers.DateField(
        read_only=True, allow_null=True,
        help_text="Publication date; with date_precision 'month' only the month is known.",
    )

    class Meta:
        model = Source
        fields = ["id", "title", "outlet", "published_on", "date_precision", "url"]


class SourceSerializer(SourceRefSerializer):
    outlet_id = serializers.IntegerField(read_only=True, allow_null=True)

    class Meta:
        model = Source
        fields = [
            *SourceRefSerializer.Meta.fields, "outlet_id", "language", "file_name", "sha256",
            "ingested_at", "extractor_version",
        ]


class SentenceRefSerializer(serializers.Serializer):
    """The sentence an item sits in: source.text[start:end] == text."""

    id = serializers.IntegerField()
    index = serializers.IntegerField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    text = serializers.CharField()


# --- fast rows -------------------------------------------------------------------------------
# DRF's field-by-field machinery costs ~0.2 ms per nested row, and building a page's model
# instances (each item with its speaker, sides, source, outlet and sentence) as much again.
# Claims and figures are rendered from flat rows instead: lists read them with
# values(*CLAIM_ROW or FIGURE_ROW), and a single item is flattened along the same paths. The
# declared fields still define the schema; tests check that both ways give the same dict as
# DRF's own field-by-field rendering.

_SENTENCE_ROW = ("sentence_id", "sentence__index", "sentence__start", "sentence__end",
                 "sentence__text")
_SOURCE_ROW = ("source_id", "source__title", "source__outlet__name", "source__published_on",
               "source__date_precision", "source__url")
_ITEM_ROW = (
    "id", "text", "start", "end", "status", "origin", "published_on", "curator_note",
    "extractor_version", "confidence", "evidence", "created_at", "updated_at",
    "speaker_id", "speaker__name", "speaker__kind", "speaker__side__code", "side__code",
    *_SOURCE_ROW, *_SENTENCE_ROW,
)
CLAIM_ROW = (*_ITEM_ROW, "kind", "cue", "speaker_mention", "via__name", "relays",
             "attribution_sentence_id")
FIGURE_ROW = (*_ITEM_ROW, "value", "value_max", "approximate", "qualifier", "unit", "category",
              "claim_id")

# DRF's own rendering of datetimes (the project's time zone, ISO 8601).
_TIMESTAMP = serializers.DateTimeField(read_only=True)


def flat_row(item, paths: tuple[str, ...]) -> dict:
    """An instance as values(*paths) gives it: each path followed attribute by attribute
    ("speaker__side__code" is item.speaker.side.code, None past a missing link)."""
    row = {}
    for path in paths:
        value = item
        for name in path.split("__"):
            value = getattr(value, name)
            if value is None:
                break
        row[path] = value
    return row


def _date(value) -> str | None:
    return value.isoformat() if value is not None else None


def decimal_text(value) -> str | None:
    """A decimal as plain text without padding or exponent: "12", "1.5", "20000000000"."""
    return None if value is None else format(Decimal(value).normalize(), "f")


def _speaker(r: dict) -> dict | None:
    if r["speaker_id"] is None:
        return None
    return {"id": r["speaker_id"], "name": r["speaker__name"], "kind": r["speaker__kind"],
            "side": r["speaker__side__code"]}


def _source(r: dict) -> dict:
    return {
        "id": r["source_id"], "title": r["source__title"], "outlet": r["source__outlet__name"],
        "published_on": _date(r["source__published_on"]),
        "date_precision": r["source__date_precision"], "url": r["source__url"],
    }


def _sentence(r: dict) -> dict:
    return {"id": r["sentence_id"], "index": r["sentence__index"],
            "start": r["sentence__start"], "end": r["sentence__end"],
            "text": r["sentence__text"]}


def claim_data(r: dict) -> dict:
    """A claim's API dict from its CLAIM_ROW values."""
    timestamp = _TIMESTAMP.to_representation
    return {
        "id": r["id"], "kind": r["kind"], "text": r["text"], "start": r["start"],
        "end": r["end"], "cue": r["cue"], "status": r["status"], "origin": r["origin"],
        "published_on": _date(r["published_on"]), "speaker": _speaker(r),
        "speaker_mention": r["speaker_mention"],
        "side": r["side__code"], "via": r["via__name"], "relays": r["relays"],
        "source": _source(r),
        "sentence": _sentence(r), "attribution_sentence": r["attribution_sentence_id"],
        "note": r["curator_note"], "extractor_version": r["extractor_version"],
        "confidence": r["confidence"], "evidence": r["evidence"],
        "created_at": timestamp(r["created_at"]), "updated_at": timestamp(r["updated_at"]),
    }


def figure_data(r: dict) -> dict:
    """A figure's API dict from its FIGURE_ROW values."""
    timestamp = _TIMESTAMP.to_representation
    return {
        "id": r["id"], "text": r["text"], "start": r["start"], "end": r["end"],
        "value": decimal_text(r["value"]), "value_max": decimal_text(r["value_max"]),
        "approximate": r["approximate"], "qualifier": r["qualifier"], "unit": r["unit"],
        "category": r["category"], "status": r["status"], "origin": r["origin"],
        "published_on": _date(r["published_on"]), "speaker": _speaker(r),
        "side": r["side__code"], "claim": r["claim_id"], "source": _source(r),
        "sentence": _sentence(r), "note": r["curator_note"],
        "extractor_version": r["extractor_version"], "confidence": r["confidence"],
        "evidence": r["evidence"], "created_at": timestamp(r["created_at"]),
        "updated_at": timestamp(r["updated_at"]),
    }


class SentenceSerializer(ModelSerializer):
    source = SourceRefSerializer(read_only=True)

    class Meta:
        model = Sentence
        fields = ["id", "source", "index", "start", "end", "paragraph", "text"]

    def to_representation(self, sentence: Sentence) -> dict:
        return {
            name: _source(flat_row(sentence, _SOURCE_ROW)) if name == "source"
            else getattr(sentence, name)
            for name in self.Meta.fields
        }


class _ItemSerializer(ModelSerializer):
    speaker = SpeakerRefSerializer(read_only=True, allow_null=True)
    side = side_code(
        allow_null=True, help_text="The side the speaker spoke for when the item was said."
    )
    source = SourceRefSerializer(read_only=True)
    sentence = serializers.SerializerMethodField()
    note = serializers.CharField(source="curator_note", read_only=True)
    published_on = serializers.DateField(
        read_only=True, allow_null=True, help_text="The source's publication date."
    )

    @extend_schema_field(SentenceRefSerializer)
    def get_sentence(self, item) -> dict:
        return _sentence(flat_row(item, _SENTENCE_ROW))


class ClaimBriefSerializer(ModelSerializer):
    speaker = SpeakerRefSerializer(read_only=True, allow_null=True)
    side = side_code(allow_null=True)

    class Meta:
        model = Claim
        fields = ["id", "kind", "text", "start", "end", "cue", "status", "speaker", "side"]


class ClaimSerializer(_ItemSerializer):
    via = serializers.SlugRelatedField(
        slug_field="name", read_only=True, allow_null=True,
        help_text="The outlet or agency that relays the claim.",
    )

    class Meta:
        model = Claim
        fields = [
            "id", "kind", "text", "start", "end", "cue", "status", "origin", "published_on",
            "speaker", "speaker_mention", "side", "via", "relays", "source", "sentence",
            "attribution_sentence", "note", "extractor_version", "confidence", "evidence",
            "created_at", "updated_at",
        ]

    def to_representation(self, claim: Claim | dict) -> dict:
        """A Claim, or a dict of its CLAIM_ROW values."""
        return claim_data(claim if isinstance(claim, dict) else flat_row(claim, CLAIM_ROW))


class FigureBriefSerializer(ModelSerializer):
    value = ValueField(read_only=True)
    value_max = ValueField(read_only=True, allow_null=True)
    side = side_code(allow_null=True)

    class Meta:
        model = Figure
        fields = [
            "id", "text", "start", "end", "value", "value_max", "approximate", "qualifier",
            "unit", "category", "status", "side", "claim",
        ]


class FigureSerializer(_ItemSerializer):
    value = ValueField(read_only=True)
    value_max = ValueField(
        read_only=True, allow_null=True, help_text="Upper bound when the text gives a range."
    )

    class Meta:
        model = Figure
        fields = [
            "id", "text", "start", "end", "value", "value_max", "approximate", "qualifier",
            "unit", "category", "status", "origin", "published_on", "speaker", "side",
            "claim", "source", "sentence", "note", "extractor_version", "confidence",
            "evidence", "created_at", "updated_at",
        ]

    def to_representation(self, figure: Figure | dict) -> dict:
        """A Figure, or a dict of its FIGURE_ROW values."""
        return figure_data(figure if isinstance(figure, dict) else flat_row(figure, FIGURE_ROW))


class IngestResultSerializer(serializers.Serializer):
    created = serializers.BooleanField(help_text="False when the identical text was stored.")
    claims = serializers.IntegerField(help_text="Claims extracted (0 when not created).")
    figures = serializers.IntegerField(help_text="Figures extracted (0 when not created).")
    source = SourceSerializer()

