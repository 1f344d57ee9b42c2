"""A small gazetteer and a plain sentence splitter, so attribution tests do not depend on the
fixtures or on the layout module's splitter."""

from __future__ import annotations

import re
from datetime import date

from claims.extraction.attribution.attribute import attribute
from claims.extraction.speakers.gazetteer import Gazetteer
from claims.extraction.types import Claim, Sentence, SpeakerRef

GAZETTEER = Gazetteer.from_dicts(
    speakers=[
        {"name": "Dmitry Peskov", "kind": "person", "side": "RU", "aliases": ["Peskov"],
         "roles": [{"title": "Portavoce del Cremlino", "phrases": ["portavoce del Cremlino"],
                    "start": "2012-05-22"}]},
        {"name": "Vladimir Putin", "kind": "person", "side": "RU", "aliases": ["Putin"],
         "roles": [{"title": "Presidente russo", "phrases": ["presidente russo", "leader russo"],
                    "start": "2012-05-07"}]},
        {"name": "Dmitry Medvedev", "kind": "person", "side": "RU", "aliases": ["Medvedev"],
         "roles": [{"title": "Presidente russo", "phrases": ["presidente russo"],
                    "start": "2008-05-07", "end": "2012-05-07"}]},
        {"name": "Volodymyr Zelensky", "kind": "person", "side": "UA",
         "aliases": ["Zelensky", "Zelenskyj"],
         "roles": [{"title": "Presidente ucraino", "phrases": ["presidente ucraino",
                                                               "leader ucraino"],
                    "start": "2019-05-20"}]},
        {"name": "Donald Trump", "kind": "person", "side": "US", "aliases": ["Trump"],
         "roles": [{"title": "Presidente Usa", "phrases": ["presidente Usa"],
                    "start": "2025-01-20"}]},
        {"name": "Joe Biden", "kind": "person", "side": "US", "aliases": ["Biden"],
         "roles": [{"title": "Presidente Usa", "phrases": ["presidente Usa"],
                    "start": "2021-01-20", "end": "2025-01-20"}]},
        {"name": "Boris Johnson", "kind": "person", "side": "GB", "aliases": ["Johnson"]},
        {"name": "Casa Bianca", "kind": "institution", "side": "US", "aliases": []},
    ],
    outlets=[
        {"name": "Tass", "side": "RU", "aliases": ["TASS"]},
        {"name": "Ria Novosti", "side": "RU", "aliases": []},
        {"name": "The Guardian", "side": None, "aliases": ["Guardian"]},
        {"name": "Reuters", "side": None, "aliases": []},
    ],
)

DAY = date(2025, 6, 1)


def sentences_of(text: str) -> list[Sentence]:
    """Sentences end at . ! ? followed by a space or a newline; lines are paragraphs."""
    out: list[Sentence] = []
    for paragraph, line in enumerate(re.finditer(r"[^\n]+", text)):
        for m in re.finditer(r"\S.*?(?:[.!?](?=\s|$)|$)", line.group()):
            start = line.start() + m.start()
            out.append(Sentence(len(out), start, start + len(m.group()), paragraph))
    return out


def run(text: str, day: date | None = DAY,
        gazetteer: Gazetteer = GAZETTEER) -> tuple[list[SpeakerRef], list[Claim]]:
    return attribute(text, sentences_of(text), gazetteer, day)


def claims_of(text: str, day: date | None = DAY) -> list[Claim]:
    return run(text, day)[1]


def claim_text(text: str, claim: Claim) -> str:
    return text[claim.start:claim.end]


def only_claim(text: str, day: date | None = DAY) -> Claim:
    claims = claims_of(text, day)
    assert len(claims) == 1, [(c.speaker, claim_text(text, c)) for c in claims]
    return claims[0]
