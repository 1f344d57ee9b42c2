"""CSV exports of claims and figures (streamed) and a claim as a schema.org `Claim`."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.urls import reverse
from rest_framework.request import Request

from claims.models import Claim, Figure, Speaker

# Rows fetched per round trip: a server-side cursor on PostgreSQL, so a million-row export
# never sits in memory.
CHUNK = 2000

# A spreadsheet runs a cell starting with these as a formula (CSV injection). Article text,
# titles, units, notes and names are untrusted, so every cell that starts with one gets a
# leading apostrophe, except a plain number ("-3" is a number, "-3+cmd|..." a formula).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def cell(value) -> object:
    """A value as the CSV writes it, defused if a spreadsheet would run it."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not (
        _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def _number(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def _speaker(speaker: Speaker | None) -> list[str]:
    if speaker is None:
        return ["", "", ""]
    return [speaker.pk, speaker.name, speaker.side.code if speaker.side else ""]


_SOURCE_COLUMNS = ["source_id", "source_title", "outlet", "published_on", "url"]
_SPEAKER_COLUMNS = ["speaker_id", "speaker", "speaker_side"]


def _source(item: Claim | Figure) -> list[str]:
    source = item.source
    return [
        source.pk, source.title, source.outlet.name if source.outlet else "",
        source.published_label, source.url,
    ]


FIGURE_COLUMNS = [
    "id", "category", "value", "value_max", "approximate", "qualifier", "unit", "text",
    "status", "side", *_SPEAKER_COLUMNS, "claim_id", *_SOURCE_COLUMNS, "sentence_index",
    "start", "end", "sentence",
]


def figure_row(f: Figure) -> list:
    return [
        f.pk, f.category, _number(f.value), _number(f.value_max), int(f.approximate),
        f.qualifier, f.unit, f.text, f.status, f.side.code if f.side else "",
        *_speaker(f.speaker), f.claim_id, *_source(f), f.sentence.index, f.start, f.end,
        f.sentence.text,
    ]


CLAIM_COLUMNS = [
    "id", "kind", "text", "cue", "status", "side", *_SPEAKER_COLUMNS, "via", *_SOURCE_COLUMNS,
    "sentence_index", "start", "end",
]


def claim_row(c: Claim) -> list:
    return [
        c.pk, c.kind, c.text, c.cue, c.status, c.side.code if c.side else "",
        *_speaker(c.speaker), c.via.name if c.via else "", *_source(c),
        c.sentence.index, c.start, c.end,
    ]


class _Echo:
    """csv.writer wants a file; this one hands each line straight back."""

    def write(self, value: str) -> str:
        return value


def csv_response(queryset: QuerySet, columns: list[str], row: Callable[[object], list],
                 filename: str) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        yield writer.writerow(columns)
        for item in queryset.iterator(chunk_size=CHUNK):
            yield writer.writerow([cell(value) for value in row(item)])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- JSON-LD ---------------------------------------------------------------------------------

_AUTHOR_TYPES = {Speaker.Kind.PERSON: "Person"}


def claim_jsonld(claim: Claim, request: Request) -> dict:
    """A schema.org Claim (the type fact-checkers' ClaimReview points at): who said it, when,
    and the article it appears in."""
    source = claim.source
    url = request.build_absolute_uri(reverse("api:claim-detail", kwargs={"pk": claim.pk}))
    document: dict = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "@id": url,
        "url": url,
        "text": claim.text,
        "inLanguage": source.language,
    }
    if claim.speaker is not None:
        document["author"] = {
            "@type": _AUTHOR_TYPES.get(claim.speaker.kind, "Organization"),
            "name": claim.speaker.name,
        }
    if source.published_on:
        document["datePublished"] = source.published_label
    appearance: dict = {
        "@type": "NewsArticle",
        "headline": source.title,
        "@id": request.build_absolute_uri(
            reverse("api:source-detail", kwargs={"pk": source.pk})
        ),
    }
    if source.url:
        appearance["url"] = source.url
    if source.published_on:
        appearance["datePublished"] = source.published_label
    if source.outlet is not None:
        appearance["publisher"] = {"@type": "Organization", "name": source.outlet.name}
    document["appearance"] = appearance
    return document

