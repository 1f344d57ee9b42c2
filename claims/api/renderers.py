"""JSON (through orjson), CSV for the claim and figure lists, JSON-LD for a claim."""

from __future__ import annotations

import csv
import io

import orjson
from drf_orjson_renderer.renderers import ORJSONRenderer
from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer


class JSONRenderer(ORJSONRenderer):
    """The API's JSON. A year's comparison is ~100 KB of ids and numbers, which the standard
    library's encoder takes ~4 ms to write and orjson a tenth of that. Keys that are not
    strings are written as strings, as the standard library does: DRF keys the errors of a
    list parameter's items by position (`?status=a,b` gives {"status": {1: [...]}})."""

    options = ORJSONRenderer.options | orjson.OPT_NON_STR_KEYS


class CSVRenderer(BaseRenderer):
    """Only errors pass through here: the lists stream their rows themselves (exports.py)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["field", "message"])
        if isinstance(data, dict):
            for key, value in data.items():
                for message in value if isinstance(value, list) else [value]:
                    writer.writerow([key, message])
        return buffer.getvalue().encode()


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


class FormatNegotiation(DefaultContentNegotiation):
    """An unsupported `?format=` is a 400 naming the parameter (DRF answers 404)."""

    def filter_renderers(self, renderers, format):
        matching = [r for r in renderers if r.format == format]
        if not matching:
            known = ", ".join(sorted({r.format for r in renderers}))
            raise ValidationError({"format": [f"unsupported here; choose one of: {known}"]})
        return matching
