"""The extractor's output: plain dataclasses, no Django.

Every span is a pair of Python string indices into `Document.text`, so that
`text[start:end]` is exactly the item's text. The JSON shape produced by
`Document.as_dict()` is the public contract of `manage.py extract` and the API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class SpeakerRef:
    """A speaker found in the text: a gazetteer entry, or a new person/institution by pattern."""

    name: str
    side: str | None
    kind: str  # person, institution, media, document, group
    mentions: list[Span] = field(default_factory=list)
    known: bool = False  # True when it comes from the gazetteer


@dataclass(slots=True)
class Claim:
    speaker: str | None
    side: str | None
    start: int
    end: int
    sentence_indexes: list[int]
    kind: str  # "direct" or "reported"
    cue: str | None
    via: str | None = None
    attribution_sentence: int | None = None  # sentence carrying "ha detto X" when different
    # How the claim was found: the construction, then how its speaker was recognised
    # ("verb-inverted/name"); `confidence` is how often that path is right (rules/confidence).
    evidence: str = ""
    confidence: float | None = None
    # False when `speaker` is how the text names someone it does not identify ("il
    # funzionario", "la bozza"): kept as the claim's mention, never made a Speaker.
    speaker_named: bool = True
    # The media that carried the words from the speaker, outermost first, each with the span
    # of its name: "Ansa citando la Tass che cita il ministero" → Ansa, Tass. `via` is the first.
    relays: list[tuple[str, int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    value: Decimal
    category: str
    sentence_index: int
    value_max: Decimal | None = None
    approximate: bool = False
    qualifier: str | None = None  # at_least, more_than, about, up_to, less_than
    unit: str | None = None  # ISO 4217 for money, otherwise a noun (drone, person, strike…)
    speaker: str | None = None
    side: str | None = None
    claim_index: int | None = None
    # How its speaker and side were found: inside a claim, in a sentence one speaker claims,
    # or not at all; `confidence` as for claims.
    evidence: str = ""
    confidence: float | None = None


@dataclass(slots=True)
class Document:
    text: str
    title: str
    published_on: str | None  # "YYYY-MM-DD", "YYYY-MM" or None
    sentences: list[Sentence] = field(default_factory=list)
    speakers: list[SpeakerRef] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    file: str | None = None

    def as_dict(self) -> dict:
        text = self.text
        return {
            "file": self.file,
            "title": self.title,
            "published_on": self.published_on,
            "text": text,
            "sentences": [
                {"index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph,
                 "text": text[s.start:s.end]}
                for s in self.sentences
            ],
            "speakers": [
                {"name": sp.name, "side": sp.side, "kind": sp.kind,
                 "mentions": [list(m) for m in sp.mentions]}
                for sp in self.speakers
            ],
            "claims": [
                {"speaker": c.speaker, "side": c.side, "text": text[c.start:c.end],
                 "start": c.start, "end": c.end, "sentence_indexes": c.sentence_indexes,
                 "attribution_sentence_index": c.attribution_sentence,
                 "speaker_named": c.speaker_named,
                 "relays": [{"name": n, "start": a, "end": b} for n, a, b in c.relays],
                 "kind": c.kind, "cue": c.cue, "via": c.via, "evidence": c.evidence,
                 "confidence": c.confidence}
                for c in self.claims
            ],
            "figures": [
                {"text": text[f.start:f.end], "start": f.start, "end": f.end,
                 "value": _number(f.value), "value_max": _number(f.value_max),
                 "approximate": f.approximate, "qualifier": f.qualifier, "unit": f.unit,
                 "category": f.category, "speaker": f.speaker, "side": f.side,
                 "sentence_index": f.sentence_index, "claim_index": f.claim_index,
                 "evidence": f.evidence, "confidence": f.confidence}
                for f in self.figures
            ],
        }


def _number(value: Decimal | None) -> int | float | None:
    """JSON numbers: integers stay integers, fractions become floats."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
