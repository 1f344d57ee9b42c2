"""Fingerprints of what the extractor wrote and of an article's text.

Plain Python on plain values, so that migrations compute exactly what the models do.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

# What the extractor sets on a claim or a figure. A row whose current values no longer give
# the digest stored with it was changed after extraction, by whatever path. Changing these
# lists changes every digest: it takes a migration that checks each row against the old list
# and stamps the rows still untouched with the new one.
CLAIM_EXTRACTED_FIELDS = ("speaker_id", "side_id", "via_id", "kind", "cue", "start", "end",
                          "text")
FIGURE_EXTRACTED_FIELDS = ("claim_id", "speaker_id", "side_id", "start", "end", "text",
                           "value", "value_max", "approximate", "qualifier", "unit", "category")

_FOUR_PLACES = Decimal("0.0001")
_SEPARATOR = "\x1f"


def _canonical(value: object) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (Decimal, float)):
        # The column keeps four decimals: 129, 129.0 and 129.0000 are one stored value.
        return format(Decimal(str(value)).quantize(_FOUR_PLACES).normalize(), "f")
    return str(value)


def extracted_digest(values: Iterable[object]) -> str:
    """128 bits over the values in field order: equal values, equal digest."""
    joined = _SEPARATOR.join(_canonical(v) for v in values)
    return hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


_LINE_END = re.compile(r"\r\n?")
_TRAILING_BLANKS = re.compile(r"[^\S\n]+$", re.MULTILINE)


def text_normal_form(text: str) -> str:
    """The text as its identity sees it: the same article with CRLF or CR line ends, spaces at
    the ends of lines, blank lines at its end, a byte-order mark or decomposed accents is the
    same article. The stored text stays exactly as it came."""
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    text = _LINE_END.sub("\n", text)
    return _TRAILING_BLANKS.sub("", text).rstrip()


def text_sha256(text: str) -> str:
    """A source's identity: the SHA-256 of its text's normal form."""
    return hashlib.sha256(text_normal_form(text).encode("utf-8", "surrogatepass")).hexdigest()
