"""Hand-made sources with exact offsets, independent of the extractor (shared by the suites)."""

from __future__ import annotations

from datetime import date

from claims.models import Outlet, Sentence, Side, Source, Speaker
from claims.services.ingest import text_sha256


def side(code: str) -> Side:
    return Side.objects.get_or_create(code=code, defaults={"name": code})[0]


def speaker(name: str, side_code: str | None = None, **fields) -> Speaker:
    return Speaker.objects.create(name=name, side=side(side_code) if side_code else None,
                                  **fields)


def outlet(name: str) -> Outlet:
    return Outlet.objects.get_or_create(name=name)[0]


def article(*sentences: str, title: str = "", published_on: date | None = None,
            precision: str = Source.Precision.DAY, **fields) -> Source:
    """A stored source whose sentences are exactly the given strings, joined by a space."""
    text = " ".join(sentences)
    fields.setdefault("date_precision", precision if published_on else "")
    source = Source.objects.create(
        title=title, text=text, sha256=text_sha256(text), extractor_version="test",
        published_on=published_on, **fields,
    )
    start = 0
    for index, sentence in enumerate(sentences):
        Sentence.objects.create(source=source, index=index, start=start,
                                end=start + len(sentence), text=sentence)
        start += len(sentence) + 1
    return source


def span(source: Source, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `phrase` in the source text."""
    start = -1
    for _ in range(occurrence + 1):
        start = source.text.index(phrase, start + 1)
    return start, start + len(phrase)
