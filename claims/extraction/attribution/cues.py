"""Speech cues located in text: the rule tables of `rules.cues` compiled once into regexes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extraction.rules import cues as rules
from claims.extraction.wordscan import Dispatch, Hits, alternation

# Kinds of cue, by what they tell about where the claim and the speaker are.
VERB = "verb"  # "ha detto", "afferma", "si è detto": speaker before or after, claim around
GERUND = "gerund"  # "precisando", "definendo": the same speaker goes on
ANAPHORIC = "anaphoric"  # "Lo ha detto X", "A dirlo è X", "È quanto scrive X": previous sentence
SOURCE = "source"  # "secondo X", "stando a X"
AS_REPORTED = "as_reported"  # "come riferito da X", "come riporta X"
RELAYED = "relayed"  # "citato dall'agenzia X", "riportata da X": X is the via
CITING = "citing"  # "citando il ministero", "che cita un portavoce": the original speaker


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    kind: str
    text: str


def _alt(words) -> str:
    return alternation({w.lower() for w in words if w})


FORMS = rules.cue_forms()
PARTICIPLES = {v.participle for v in rules.SPEECH_VERBS}
_LO_PARTICIPLES = {v.participle for v in rules.SPEECH_VERBS if v.after_lo}
_LO_FORMS = {f for f, p in FORMS.items() if p in _LO_PARTICIPLES}
_GERUNDS = {v.gerund for v in rules.SPEECH_VERBS if v.gerund} | {"definendo", "citando"}
_ADV = _alt(rules.ADVERBS)
_AUX = _alt(rules.AUXILIARIES)

_B = r"(?<![\w'’])"  # word start; an apostrophe before means an elided article ("l'accusa")
_E = r"(?![\w])"

_COMPOUND = (
    rf"{_B}(?:{_AUX})(?:\s+(?:{_ADV})){{0,2}}\s+(?:{_alt(PARTICIPLES)}){_E}"
)
_SIMPLE = rf"{_B}(?:{_alt(FORMS)}){_E}"
_REFLEXIVE = rf"{_B}(?:{_alt(rules.REFLEXIVE)}){_E}"
VERB_RE = re.compile(rf"(?i:{_COMPOUND}|{_REFLEXIVE}|{_SIMPLE})")
_GERUND_RE = re.compile(rf"(?i:{_B}(?:{_alt(_GERUNDS)}){_E})")
_ANAPHORIC_RE = re.compile(
    rf"{_B}(?:(?:[Ll]o|[Ll]o si)\s+(?i:(?:(?:{_AUX})(?:\s+(?:{_ADV})){{0,2}}\s+"
    rf"(?:{_alt(_LO_PARTICIPLES)}))|(?:{_alt(_LO_FORMS)}))"
    rf"|(?i:{_alt(rules.CLEFTS)})"
    rf"|(?i:{_alt(rules.WHAT_CLEFTS)})\s+"
    rf"(?i:(?:(?:{_AUX})\s+)?(?:{_alt(PARTICIPLES | set(FORMS))}))"
    rf"){_E}"
)
_SOURCE_RE = re.compile(rf"(?i:{_B}(?:{_alt(rules.SOURCE_PREPOSITIONS)}))(?![\w'’])")
# "Per Vladimir Putin «…»": "per" names a speaker only opening a sentence before a name.
_PER_RE = re.compile(r"(?<![\w'’])Per(?=\s+[A-Z])")
_AS_RE = re.compile(rf"(?i:{_B}(?:{_alt(rules.AS_REPORTED)}){_E})")
_RELAYED_RE = re.compile(
    rf"(?i:{_B}(?:{_alt(rules.RELAYED_BY)})\s+(?:d(?:a|al|alla|ai|agli|alle|all['’])|su|sul)){_E}?"
)
CITING_RE = re.compile(rf"(?i:{_B}(?:{_alt(rules.CITING)}){_E})")

# Nouns spelled like a cue verb ("la denuncia", "l'accusa", "una conferma"): the article
# before them gives them away.
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:la|una|della|alla|dalla|nella|sulla|le|il|un|ogni)\s+$)")


DISPATCH = Dispatch()
DISPATCH.add(VERB, [*rules.AUXILIARIES, *rules.REFLEXIVE, *FORMS], VERB_RE)
DISPATCH.add(GERUND, _GERUNDS, _GERUND_RE)
DISPATCH.add(ANAPHORIC, ["lo", *rules.CLEFTS, *rules.WHAT_CLEFTS], _ANAPHORIC_RE)
DISPATCH.add(SOURCE, rules.SOURCE_PREPOSITIONS, _SOURCE_RE)
DISPATCH.add(SOURCE, ["per"], _PER_RE)
DISPATCH.add(AS_REPORTED, rules.AS_REPORTED, _AS_RE)
DISPATCH.add(RELAYED, rules.RELAYED_BY, _RELAYED_RE)
DISPATCH.add(CITING, rules.CITING, CITING_RE)


_KINDS = (VERB, GERUND, ANAPHORIC, SOURCE, AS_REPORTED, RELAYED, CITING)


def find_cues(text: str, hits: Hits | None = None) -> list[Cue]:
    """Every cue in the text, ordered by start; overlapping readings keep the longest.
    `hits` is a word scan that already ran `DISPATCH` (merged into a speaker matcher's)."""
    if hits is None:
        hits = DISPATCH.scan(text)
    found: list[Cue] = []
    for kind in _KINDS:
        for m in hits.get(kind, ()):
            if kind == VERB and " " not in m.group().strip() and _ARTICLE_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue
            found.append(Cue(m.start(), m.end(), kind, m.group()))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    for cue in found:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return kept
