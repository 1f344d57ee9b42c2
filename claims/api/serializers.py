"""How the API shows sides, outlets, speakers, sources, sentences, claims and figures.

Read-only: writes come in through claims/api/inputs.py and go out through the services.
"""

from __future__ import annotations

from decimal import Decimal

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Claim, Figure, Outlet, Sentence, Side, Source, Speaker, SpeakerRole


class ValueField(serializers.DecimalField):
    """A figure's value as a decimal string without padding: "12", "1.5", "20000000000"."""

    def __init__(self, **kwargs):
        super().__init__(max_digits=24, decimal_places=4, **kwargs)

    def to_representation(self, value):
        return decimal_text(value)


def side_code(**kwargs) -> serializers.SlugRelatedField:
    return serializers.SlugRelatedField(slug_field="code", read_only=True, **kwargs)


class SideSerializer(serializers.ModelSerializer):
    class Meta:
        model = Side
        fields = ["code", "name"]


class OutletSerializer(serializers.ModelSerializer):
    side = side_code(allow_null=True)
    aliases = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta:
        model = Outlet
        fields = ["id", "name", "kind", "country", "side", "url", "aliases"]


class SpeakerRefSerializer(serializers.ModelSerializer):
    side = side_code(allow_null=True, help_text="The side the speaker usually speaks for.")

    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "side"]


class SpeakerRoleSerializer(serializers.ModelSerializer):
    class Meta:
        model = SpeakerRole
        fields = ["title", "start_date", "end_date"]


class SpeakerSerializer(serializers.ModelSerializer):
    side = side_code(allow_null=True)
    aliases = serializers.SlugRelatedField(slug_field="alias", many=True, read_only=True)
    roles = SpeakerRoleSerializer(many=True, read_only=True)

    class Meta:
        model = Speaker
        fields = [
            "id", "name", "kind", "side", "description", "in_gazetteer", "aliases", "roles",
        ]


class SourceRefSerializer(serializers.ModelSerializer):
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
# DRF's field-by-field machinery costs ~0.2 ms per nested row, most of a list request's CPU.
# The claim and figure serializers build their dicts directly; the declared fields still
# define the schema, and a test checks that both ways give the same dict.


# DRF's own rendering of datetimes (the project's time zone, ISO 8601).
_TIMESTAMP = serializers.DateTimeField(read_only=True)


def _code(side: Side | None) -> str | None:
    return side.code if side is not None else None


def _date(value) -> str | None:
    return value.isoformat() if value is not None else None


def _speaker_ref(speaker: Speaker | None) -> dict | None:
    if speaker is None:
        return None
    return {"id": speaker.pk, "name": speaker.name, "kind": speaker.kind,
            "side": _code(speaker.side)}


def _source_ref(source: Source) -> dict:
    return {
        "id": source.pk, "title": source.title,
        "outlet": source.outlet.name if source.outlet is not None else None,
        "published_on": _date(source.published_on), "date_precision": source.date_precision,
        "url": source.url,
    }


def decimal_text(value) -> str | None:
    """A decimal as plain text without padding or exponent: "12", "1.5", "20000000000"."""
    return None if value is None else format(Decimal(value).normalize(), "f")


def _sentence_ref(item: Claim | Figure) -> dict:
    sentence = item.sentence
    return {
        "id": sentence.pk, "index": sentence.index, "start": sentence.start,
        "end": sentence.end, "text": item.sentence_text,
    }


class SentenceSerializer(serializers.ModelSerializer):
    source = SourceRefSerializer(read_only=True)
    text = serializers.CharField(source="body", read_only=True)

    class Meta:
        model = Sentence
        fields = ["id", "source", "index", "start", "end", "paragraph", "text"]


class _ItemSerializer(serializers.ModelSerializer):
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
        return _sentence_ref(item)


class ClaimBriefSerializer(serializers.ModelSerializer):
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
            "speaker", "side", "via", "source", "sentence", "attribution_sentence", "note",
            "extractor_version", "created_at", "updated_at",
        ]

    def to_representation(self, c: Claim) -> dict:
        timestamp = _TIMESTAMP.to_representation
        return {
            "id": c.pk, "kind": c.kind, "text": c.text, "start": c.start, "end": c.end,
            "cue": c.cue, "status": c.status, "origin": c.origin,
            "published_on": _date(c.published_on), "speaker": _speaker_ref(c.speaker),
            "side": _code(c.side), "via": c.via.name if c.via is not None else None,
            "source": _source_ref(c.source), "sentence": _sentence_ref(c),
            "attribution_sentence": c.attribution_sentence_id, "note": c.curator_note,
            "extractor_version": c.extractor_version, "created_at": timestamp(c.created_at),
            "updated_at": timestamp(c.updated_at),
        }


class FigureBriefSerializer(serializers.ModelSerializer):
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
            "claim", "source", "sentence", "note", "extractor_version", "created_at",
            "updated_at",
        ]

    def to_representation(self, f: Figure) -> dict:
        timestamp = _TIMESTAMP.to_representation
        return {
            "id": f.pk, "text": f.text, "start": f.start, "end": f.end,
            "value": decimal_text(f.value), "value_max": decimal_text(f.value_max),
            "approximate": f.approximate, "qualifier": f.qualifier, "unit": f.unit,
            "category": f.category, "status": f.status, "origin": f.origin,
            "published_on": _date(f.published_on), "speaker": _speaker_ref(f.speaker),
            "side": _code(f.side), "claim": f.claim_id, "source": _source_ref(f.source),
            "sentence": _sentence_ref(f), "note": f.curator_note,
            "extractor_version": f.extractor_version, "created_at": timestamp(f.created_at),
            "updated_at": timestamp(f.updated_at),
        }


class IngestResultSerializer(serializers.Serializer):
    created = serializers.BooleanField(help_text="False when the identical text was stored.")
    claims = serializers.IntegerField(help_text="Claims extracted (0 when not created).")
    figures = serializers.IntegerField(help_text="Figures extracted (0 when not created).")
    source = SourceSerializer()

