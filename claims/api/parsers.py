"""The API's JSON bodies: DRF's parser, with the limits a request body has everywhere else."""

from __future__ import annotations

import io

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from rest_framework import parsers
from rest_framework.exceptions import ParseError, ValidationError

# No input of ours nests deeper than an object holding a list; this leaves room for any
# client's habits. The standard library parses ~1,000 levels before it raises
# RecursionError, which would be a 500, not a 400.
MAX_DEPTH = 32

NUL = "\x00"


class JSONParser(parsers.JSONParser):
    """A body over DATA_UPLOAD_MAX_MEMORY_SIZE is refused as Django refuses a form (DRF reads
    JSON straight from the stream, past Django's check); so is JSON nested deeper than
    MAX_DEPTH, and a NUL character anywhere, which no text column can hold (PostgreSQL
    refuses even to compare one: a side code "U\\0A" would be a 500)."""

    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None and stream is not None:
            raw = stream.read(limit + 1)
            if len(raw) > limit:
                raise RequestDataTooBig(
                    "Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE."
                )
            stream = io.BytesIO(raw)
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(f"JSON parse error - nested deeper than {MAX_DEPTH} levels") from None
        _check(data)
        return data


def _check(data) -> None:
    """Depth and NUL characters, walked without recursion; a NUL is named by the body's
    top-level field it sits in."""
    pending: list[tuple[object, int, str | None]] = [(data, 1, None)]
    while pending:
        item, depth, field = pending.pop()
        if isinstance(item, str):
            if NUL in item:
                if field is None:
                    raise ParseError("JSON parse error - a string holds a NUL character")
                raise ValidationError({field: ["must not contain NUL characters"]})
            continue
        if not isinstance(item, dict | list):
            continue
        if depth > MAX_DEPTH:
            raise ParseError(f"JSON parse error - nested deeper than {MAX_DEPTH} levels")
        if isinstance(item, list):
            pending.extend((value, depth + 1, field) for value in item)
            continue
        for key, value in item.items():
            name = key if depth == 1 and NUL not in key else field
            pending.extend([(key, depth, field), (value, depth + 1, name)])
