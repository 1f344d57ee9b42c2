"""Fonte's data model: where every claim and figure came from, to the character."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from simple_history.models import HistoricalRecords

from claims.digests import CLAIM_EXTRACTED_FIELDS, FIGURE_EXTRACTED_FIELDS, extracted_digest


class Side(models.Model):
    """A state (ISO 3166 alpha-2) or a body (EU, NATO, UN) that a speaker speaks for."""

    code = models.CharField(max_length=8, unique=True)
    name = models.CharField(max_length=100)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class Outlet(models.Model):
    class Kind(models.TextChoices):
        AGENCY = "agency"
        NEWSPAPER = "newspaper"
        BROADCASTER = "broadcaster"
        ONLINE = "online"
        SOCIAL = "social"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ONLINE)
    country = models.CharField(max_length=8, blank=True)
    side = models.ForeignKey(
        Side, null=True, blank=True, on_delete=models.PROTECT, related_name="outlets",
        help_text="Set for state media only.",
    )
    url = models.URLField(blank=True)
    aliases = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Source(models.Model):
    """One ingested article. Its text never changes: every offset points into it."""

    class Precision(models.TextChoices):
        DAY = "day"
        MONTH = "month"

    title = models.CharField(max_length=1000, blank=True)
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="sources"
    )
    url = models.URLField(max_length=2000, blank=True)
    published_on = models.DateField(null=True, blank=True, db_index=True)
    date_precision = models.CharField(
        max_length=5, choices=Precision.choices, blank=True,
        help_text="How much of published_on the article states (a month date is its 1st).",
    )
    language = models.CharField(max_length=8, default="it")
    text = models.TextField()
    sha256 = models.CharField(
        max_length=64, unique=True,
        help_text="SHA-256 of the text's normal form (line ends, trailing blanks): the "
        "source's identity, so the same article sent again with CRLF is not stored twice.",
    )
    file_name = models.CharField(max_length=500, blank=True)
    ingested_at = models.DateTimeField(auto_now_add=True, db_index=True)
    extractor_version = models.CharField(max_length=20)
    history = HistoricalRecords(excluded_fields=["text"])

    class Meta:
        ordering = ["-published_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(published_on__isnull=True) | ~Q(date_precision=""),
                name="source_dated_with_precision",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.file_name or f"source {self.pk}"

    def save(self, *args, **kwargs):
        if self.pk and "update_fields" not in kwargs:
            stored = Source.objects.filter(pk=self.pk).values_list("text", flat=True).first()
            if stored is not None and stored != self.text:
                raise ValidationError("A source's text is immutable: offsets point into it.")
        super().save(*args, **kwargs)

    @property
    def published_label(self) -> str:
        if not self.published_on:
            return ""
        if self.date_precision == self.Precision.MONTH:
            return self.published_on.strftime("%Y-%m")
        return self.published_on.isoformat()


def _span_constraint(model: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(start__gte=0) & Q(end__gt=F("start")), name=f"{model}_span_valid"
    )


def _curator_items_unstamped(model: str) -> models.CheckConstraint:
    # Only the extractor stamps what it wrote: an item a curator made has no extracted state,
    # so no digest can ever make it look replaceable.
    return models.CheckConstraint(
        condition=Q(origin="machine") | Q(extracted_digest=""),
        name=f"{model}_curator_items_unstamped",
    )


class Sentence(models.Model):
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="sentences")
    index = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    paragraph = models.PositiveIntegerField(default=0)
    # source.text[start:end], stored when the sentence is written: lists, traces and search
    # read a sentence without cutting it out of its article (a live blog is 200 KB) row by
    # row. Sources are immutable, so the copy cannot drift.
    text = models.TextField(editable=False)

    class Meta:
        ordering = ["source_id", "index"]
        constraints = [
            models.UniqueConstraint(fields=["source", "index"], name="sentence_unique_index"),
            _span_constraint("sentence"),
        ]

    def __str__(self) -> str:
        return f"{self.source_id}#{self.index}"


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person"
        INSTITUTION = "institution"
        MEDIA = "media"
        DOCUMENT = "document"
        GROUP = "group"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    side = models.ForeignKey(
        Side, null=True, blank=True, on_delete=models.PROTECT, related_name="speakers"
    )
    description = models.CharField(max_length=500, blank=True)
    in_gazetteer = models.BooleanField(
        default=False, help_text="Known before extraction (reference data or a curator)."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["side", "kind"])]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def holding_role(cls, phrase: str, day: date | None) -> models.QuerySet[Speaker]:
        """Who held the office that `phrase` names on `day` (undated: a current office)."""
        roles = SpeakerRole.objects.filter(phrases__phrase__iexact=phrase)
        if day is None:
            roles = roles.filter(end_date__isnull=True)
        else:
            roles = roles.filter(
                Q(start_date__isnull=True) | Q(start_date__lte=day),
                Q(end_date__isnull=True) | Q(end_date__gt=day),
            )
        return cls.objects.filter(roles__in=roles).distinct()


class SpeakerAlias(models.Model):
    """A spelling variant of a speaker's name: Dmitri / Dmitrij / Dmitry Peskov."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200)

    class Meta:
        ordering = ["alias"]
        constraints = [
            models.UniqueConstraint(Lower("alias"), name="speaker_alias_unique_ci"),
        ]
        verbose_name_plural = "speaker aliases"

    def __str__(self) -> str:
        return self.alias


class SpeakerRole(models.Model):
    """An office a speaker held from start_date until (not including) end_date."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=200)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["speaker_id", "start_date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gt=F("start_date")),
                name="speaker_role_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.speaker})"


class RolePhrase(models.Model):
    """How Italian running text names a role: 'portavoce del Cremlino'."""

    role = models.ForeignKey(SpeakerRole, on_delete=models.CASCADE, related_name="phrases")
    phrase = models.CharField(max_length=200, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["role", "phrase"], name="role_phrase_unique"),
        ]

    def __str__(self) -> str:
        return self.phrase


class Status(models.TextChoices):
    EXTRACTED = "extracted"
    VERIFIED = "verified"
    REJECTED = "rejected"
    DISPUTED = "disputed"


class Origin(models.TextChoices):
    MACHINE = "machine"
    CURATOR = "curator"


class Reviewable(models.Model):
    """What claims and figures share: review workflow, provenance of the item itself."""

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.EXTRACTED)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MACHINE)
    curator_note = models.TextField(blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    curated_at = models.DateTimeField(
        null=True, blank=True,
        help_text="Set when a curator creates, edits or reviews the item; re-extraction keeps "
        "curated items as they are.",
    )
    extractor_version = models.CharField(max_length=20, blank=True)
    confidence = models.FloatField(
        null=True, blank=True,
        help_text="How often the extractor is right about items found this way (0-1), "
        "measured on annotated articles; empty for items a curator made.",
    )
    evidence = models.CharField(
        max_length=200, blank=True,
        help_text="How the extractor found the item, most general step first: the "
        "construction, then how the speaker was recognised (verb-inverted/name).",
    )
    extracted_digest = models.CharField(
        max_length=32, blank=True, editable=False,
        help_text="Digest of the fields as the extractor wrote them (empty for items a curator "
        "made). Re-extraction replaces only an item whose fields still give this digest.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    EXTRACTED_FIELDS: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def current_digest(self) -> str:
        return extracted_digest(getattr(self, name) for name in self.EXTRACTED_FIELDS)

    def stamp_extracted(self) -> None:
        """Record the item's present fields as what the extractor wrote (extraction only)."""
        self.extracted_digest = self.current_digest()

    def in_extracted_state(self) -> bool:
        """Whether the item is exactly as the extractor left it.

        Derived from the row itself, not from a flag one code path must remember: a status,
        a note, a review, curator origin or any extracted field changed by any path (the
        admin, the API, a migration, QuerySet.update(), SQL) makes the item curated work.
        """
        return (
            self.origin == Origin.MACHINE
            and self.status == Status.EXTRACTED
            and not self.curator_note
            and self.curated_at is None
            and self.reviewed_at is None
            and self.reviewed_by_id is None
            and bool(self.extracted_digest)
            and self.extracted_digest == self.current_digest()
        )

    @property
    def is_curated(self) -> bool:
        return not self.in_extracted_state()


class Claim(Reviewable):
    class Kind(models.TextChoices):
        DIRECT = "direct"
        REPORTED = "reported"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="claims")
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    side = models.ForeignKey(
        Side, null=True, blank=True, on_delete=models.PROTECT, related_name="claims",
        help_text="The side the speaker spoke for at the time of the claim.",
    )
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    sentence = models.ForeignKey(
        Sentence, on_delete=models.CASCADE, related_name="claims",
        help_text="The first sentence of the claim.",
    )
    sentences = models.ManyToManyField(Sentence, related_name="spanning_claims", blank=True)
    attribution_sentence = models.ForeignKey(
        Sentence, null=True, blank=True, on_delete=models.SET_NULL, related_name="attributions",
        help_text="The sentence that names the speaker, when it is not the claim's own.",
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    cue = models.CharField(max_length=100, blank=True)
    speaker_mention = models.CharField(
        max_length=200, blank=True,
        help_text="How the text names a speaker it does not identify (\"il funzionario\", "
        "\"la bozza\"), for a curator to settle; no Speaker is made of it.",
    )
    via = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="relayed_claims",
        help_text="The outlet or agency that relays the claim.",
    )
    relays = models.JSONField(
        default=list, blank=True,
        help_text="The media that carried the words from the speaker, outermost first, each "
        "{name, start, end} with the span of its name: via is the first.",
    )
    # Copied from the source so that date filters and comparisons use one index.
    published_on = models.DateField(null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["extracted_digest"])

    EXTRACTED_FIELDS = CLAIM_EXTRACTED_FIELDS

    class Meta:
        ordering = ["source_id", "start"]
        constraints = [_span_constraint("claim"), _curator_items_unstamped("claim")]
        indexes = [
            models.Index(fields=["side", "published_on"]),
            models.Index(fields=["speaker", "published_on"]),
            models.Index(fields=["status", "published_on"]),
            models.Index(fields=["published_on"]),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class Figure(Reviewable):
    class Category(models.TextChoices):
        DRONES_LAUNCHED = "drones_launched"
        DRONES_DOWNED = "drones_downed"
        MISSILES_LAUNCHED = "missiles_launched"
        MISSILES_DOWNED = "missiles_downed"
        STRIKES = "strikes"
        KILLED = "killed"
        INJURED = "injured"
        ABDUCTED = "abducted"
        MISSING = "missing"
        PRISONERS = "prisoners"
        EVACUATED = "evacuated"
        AID_MONEY = "aid_money"
        WEAPONS = "weapons"
        OTHER = "other"

    class Qualifier(models.TextChoices):
        AT_LEAST = "at_least"
        MORE_THAN = "more_than"
        ABOUT = "about"
        UP_TO = "up_to"
        LESS_THAN = "less_than"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="figures")
    sentence = models.ForeignKey(Sentence, on_delete=models.CASCADE, related_name="figures")
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="figures"
    )
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="figures"
    )
    side = models.ForeignKey(
        Side, null=True, blank=True, on_delete=models.PROTECT, related_name="figures"
    )
    text = models.CharField(max_length=500)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    value = models.DecimalField(max_digits=24, decimal_places=4)
    value_max = models.DecimalField(max_digits=24, decimal_places=4, null=True, blank=True)
    approximate = models.BooleanField(default=False)
    qualifier = models.CharField(max_length=10, choices=Qualifier.choices, blank=True)
    unit = models.CharField(max_length=30, blank=True)
    category = models.CharField(max_length=20, choices=Category.choices)
    published_on = models.DateField(null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["extracted_digest"])

    EXTRACTED_FIELDS = FIGURE_EXTRACTED_FIELDS

    class Meta:
        ordering = ["source_id", "start"]
        constraints = [
            _span_constraint("figure"),
            _curator_items_unstamped("figure"),
            models.CheckConstraint(
                condition=Q(value_max__isnull=True) | Q(value_max__gte=F("value")),
                name="figure_value_max_not_below_value",
            ),
        ]
        indexes = [
            models.Index(fields=["category", "published_on"]),
            models.Index(fields=["side", "category", "published_on"]),
            models.Index(fields=["speaker", "published_on"]),
            models.Index(fields=["status", "published_on"]),
            models.Index(fields=["published_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.text} = {self.value} {self.category}"
