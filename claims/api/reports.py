"""Responses built from the selectors: traces, a source's spans, comparisons and search."""

from __future__ import annotations

from django.urls import reverse
from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from claims.api.serializers import (
    ClaimBriefSerializer,
    ClaimSerializer,
    FigureBriefSerializer,
    FigureSerializer,
    ModelSerializer,
    SentenceSerializer,
    SourceSerializer,
    SpeakerRefSerializer,
    ValueField,
    decimal_text,
    side_code,
)
from claims.models import Claim, Figure, Sentence
from claims.selectors import Trace

# --- W3C Web Annotation ----------------------------------------------------------------------


class TextQuoteSelectorSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["TextQuoteSelector"])
    exact = serializers.CharField(help_text="The words themselves.")
    prefix = serializers.CharField(help_text="Up to 32 characters before them.")
    suffix = serializers.CharField(help_text="Up to 32 characters after them.")


class TextPositionSelectorSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["TextPositionSelector"])
    start = serializers.IntegerField(help_text="Offset in characters (code points).")
    end = serializers.IntegerField(help_text="Offset one past the last character.")


class AnnotationTargetSerializer(serializers.Serializer):
    """A W3C Web Annotation SpecificResource: the source's text and two ways to find the
    words in it."""

    type = serializers.ChoiceField(choices=["SpecificResource"])
    source = serializers.URLField(help_text="The stored text the selectors index into.")
    selector = serializers.SerializerMethodField()

    @extend_schema_field(PolymorphicProxySerializer(
        component_name="Selector",
        serializers={
            "TextQuoteSelector": TextQuoteSelectorSerializer,
            "TextPositionSelector": TextPositionSelectorSerializer,
        },
        resource_type_field_name="type", many=True,
    ))
    def get_selector(self, target: dict) -> list[dict]:
        return target["selector"]


# --- traces ----------------------------------------------------------------------------------


class TraceSentenceSerializer(ModelSerializer):
    text = serializers.CharField(read_only=True)

    class Meta:
        model = Sentence
        fields = ["id", "index", "start", "end", "paragraph", "text"]


class TraceSourceSerializer(SourceSerializer):
    length = serializers.SerializerMethodField(help_text="Characters in the stored text.")

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "length"]

    def get_length(self, source) -> int:
        return len(source.text)


class OffsetsSerializer(serializers.Serializer):
    start = serializers.IntegerField(help_text="Into the source text.")
    end = serializers.IntegerField()
    sentence_start = serializers.IntegerField(help_text="Into the first sentence's text.")
    sentence_end = serializers.IntegerField()


class _TraceSerializer(serializers.Serializer):
    speaker = SpeakerRefSerializer(allow_null=True)
    source = TraceSourceSerializer()
    previous_sentence = TraceSentenceSerializer(allow_null=True)
    next_sentence = TraceSentenceSerializer(allow_null=True)
    offsets = serializers.SerializerMethodField()
    target = serializers.SerializerMethodField()

    @extend_schema_field(OffsetsSerializer)
    def get_offsets(self, trace: Trace) -> dict:
        first = trace.sentences[0]
        return {
            "start": trace.selectors.start, "end": trace.selectors.end,
            "sentence_start": trace.selectors.start - first.start,
            "sentence_end": trace.selectors.end - first.start,
        }

    @extend_schema_field(AnnotationTargetSerializer)
    def get_target(self, trace: Trace) -> dict:
        url = reverse("api:source-text", kwargs={"pk": trace.source.pk})
        request = self.context.get("request")
        return {
            "type": "SpecificResource",
            "source": request.build_absolute_uri(url) if request else url,
            "selector": trace.selectors.as_w3c(),
        }


class FigureTraceSerializer(_TraceSerializer):
    figure = FigureSerializer()
    claim = ClaimBriefSerializer(allow_null=True)
    sentence = serializers.SerializerMethodField()

    @extend_schema_field(TraceSentenceSerializer)
    def get_sentence(self, trace: Trace) -> dict:
        return TraceSentenceSerializer(trace.sentences[0]).data


class ClaimTraceSerializer(_TraceSerializer):
    claim = ClaimSerializer()
    sentences = TraceSentenceSerializer(many=True, help_text="Every sentence the claim spans.")
    attribution_sentence = TraceSentenceSerializer(
        allow_null=True, help_text="The sentence naming the speaker, when another one."
    )
    figures = FigureBriefSerializer(many=True)


# --- a source's text with its spans ----------------------------------------------------------


class SentenceSpanSerializer(ModelSerializer):
    class Meta:
        model = Sentence
        fields = ["id", "index", "start", "end", "paragraph"]


class ClaimSpanSerializer(ModelSerializer):
    speaker = serializers.SlugRelatedField(slug_field="name", read_only=True, allow_null=True)
    side = side_code(allow_null=True)

    class Meta:
        model = Claim
        fields = ["id", "start", "end", "kind", "status", "speaker_id", "speaker", "side"]


class FigureSpanSerializer(ModelSerializer):
    value = ValueField(read_only=True)
    value_max = ValueField(read_only=True, allow_null=True)
    side = side_code(allow_null=True)

    class Meta:
        model = Figure
        fields = [
            "id", "start", "end", "value", "value_max", "unit", "category", "status",
            "claim", "side",
        ]


class SourceTextSerializer(serializers.Serializer):
    source = SourceSerializer()
    text = serializers.CharField(source="source.text", help_text="Exactly as ingested.")
    sentences = SentenceSpanSerializer(many=True)
    claims = ClaimSpanSerializer(many=True)
    figures = FigureSpanSerializer(many=True)


# --- compare ---------------------------------------------------------------------------------


class IdListField(serializers.ListField):
    """Ids as they are: a year of figures is tens of thousands of them."""

    child = serializers.IntegerField()

    def to_representation(self, data) -> list[int]:
        return data if isinstance(data, list) else list(data)


class FigureGroupSerializer(serializers.Serializer):
    period = serializers.DateField(help_text="The day, the week's Monday or the month's 1st.")
    category = serializers.ChoiceField(choices=Figure.Category.choices)
    unit = serializers.CharField()
    count = serializers.IntegerField()
    sum = ValueField()
    min = ValueField()
    max = ValueField()
    figure_ids = IdListField()

    def to_representation(self, g) -> dict:
        # A year of daily groups is hundreds of rows; DRF's field-by-field walk costs more
        # than the aggregate query. A test checks this gives what the declared fields give.
        return {
            "period": g.period.isoformat(), "category": g.category, "unit": g.unit,
            "count": g.count, "sum": decimal_text(g.sum), "min": decimal_text(g.min),
            "max": decimal_text(g.max), "figure_ids": g.figure_ids,
        }


class SideFiguresSerializer(serializers.Serializer):
    side = serializers.CharField(
        allow_null=True, help_text="null: figures nobody is credited with."
    )
    count = serializers.IntegerField()
    groups = FigureGroupSerializer(many=True)


class FigureComparisonSerializer(serializers.Serializer):
    categories = serializers.ListField(child=serializers.CharField())
    group = serializers.CharField()
    date_from = serializers.DateField(allow_null=True)
    date_to = serializers.DateField(allow_null=True)
    sides = SideFiguresSerializer(many=True)


class SpeakerClaimsSerializer(serializers.Serializer):
    id = serializers.IntegerField(allow_null=True)
    name = serializers.CharField(allow_null=True)
    count = serializers.IntegerField()
    claim_ids = IdListField()


class SideClaimsSerializer(serializers.Serializer):
    side = serializers.CharField(allow_null=True)
    count = serializers.IntegerField()
    first = serializers.DateField(allow_null=True)
    last = serializers.DateField(allow_null=True)
    speakers = SpeakerClaimsSerializer(many=True)


class ClaimComparisonSerializer(serializers.Serializer):
    q = serializers.CharField(allow_blank=True)
    speakers = serializers.ListField(child=serializers.IntegerField())
    date_from = serializers.DateField(allow_null=True)
    date_to = serializers.DateField(allow_null=True)
    sides = SideClaimsSerializer(many=True)


# --- search ----------------------------------------------------------------------------------


class SentenceHitSerializer(SentenceSerializer):
    headline = serializers.CharField(
        read_only=True, help_text="HTML: the text escaped, matching words in <mark>."
    )
    rank = serializers.FloatField(read_only=True)

    class Meta(SentenceSerializer.Meta):
        fields = ["id", "source", "index", "start", "end", "text", "headline", "rank"]


class ClaimHitSerializer(ClaimSerializer):
    headline = serializers.CharField(
        read_only=True, help_text="HTML: the text escaped, matching words in <mark>."
    )
    rank = serializers.FloatField(read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [
            "id", "kind", "text", "start", "end", "status", "published_on", "speaker", "side",
            "source", "sentence", "headline", "rank",
        ]

    def to_representation(self, claim) -> dict:
        row = super().to_representation(claim)
        row.update(headline=claim.headline, rank=claim.rank)
        return {name: row[name] for name in self.Meta.fields}


class SearchResultsSerializer(serializers.Serializer):
    query = serializers.CharField()
    full_text = serializers.BooleanField(
        help_text="True on PostgreSQL (Italian stemming, websearch syntax, ranked); false "
        "on the SQLite fallback (every word must appear)."
    )
    sentences = SentenceHitSerializer(many=True)
    claims = ClaimHitSerializer(many=True)

