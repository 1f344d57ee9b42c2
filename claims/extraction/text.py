"""Article layout: date header, title, site furniture, paragraphs, sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extraction.types import Sentence

_HEADER = re.compile(r"\A date (\d{4}-\d{2}(?:-\d{2})?)\s")


@dataclass(slots=True)
class Prepared:
    text: str
    title: str
    published_on: str | None
    sentences: list[Sentence]


def prepare(text: str) -> Prepared:
    """Placeholder layout: header, first line as title, naive sentences."""
    published_on = None
    pos = 0
    if m := _HEADER.match(text):
        published_on, pos = m.group(1), m.end()
    sentences = []
    paragraph = 0
    for para in re.finditer(r"[^\n]+", text[pos:]):
        for m in re.finditer(r"\S.*?(?:[.!?](?=\s)|$)", para.group()):
            start = pos + para.start() + m.start()
            sentences.append(Sentence(len(sentences), start, start + len(m.group()), paragraph))
        paragraph += 1
    title = text[sentences[0].start:sentences[0].end] if sentences else ""
    return Prepared(text=text, title=title, published_on=published_on, sentences=sentences)
