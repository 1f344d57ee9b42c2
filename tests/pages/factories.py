"""Hand-made sources, claims and figures with exact offsets, independent of the extractor."""

from __future__ import annotations

from decimal import Decimal

from claims.models import Claim, Figure, Source, Speaker
from tests import factories
from tests.factories import outlet, side, span, speaker  # noqa: F401 - the suite's vocabulary


def article(*sentences: str, title: str = "Attacco di droni", **fields) -> Source:
    return factories.article(*sentences, title=title, **fields)


def claim(source: Source, phrase: str, *, who: Speaker | None = None, kind: str = "direct",
          **fields) -> Claim:
    start, end = span(source, phrase)
    sentences = list(source.sentences.filter(start__lt=end, end__gt=start))
    fields.setdefault("side", who.side if who else None)
    made = Claim.objects.create(
        source=source, text=phrase, start=start, end=end, sentence=sentences[0], kind=kind,
        speaker=who, published_on=source.published_on, extractor_version="test", **fields,
    )
    made.sentences.set(sentences)
    return made


def figure(source: Source, phrase: str, value: int | str, category: str, *,
           claim: Claim | None = None, who: Speaker | None = None, occurrence: int = 0,
           **fields) -> Figure:
    start, end = span(source, phrase, occurrence)
    who = who or (claim.speaker if claim else None)
    fields.setdefault("side", (claim.side if claim else None) or (who.side if who else None))
    return Figure.objects.create(
        source=source, sentence=source.sentences.get(start__lte=start, end__gte=end),
        text=phrase, start=start, end=end, value=Decimal(value), category=category,
        claim=claim, speaker=who, published_on=source.published_on, extractor_version="test",
        **fields,
    )
