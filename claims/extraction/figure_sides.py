"""Sides of figures no claim contains, read from the sentence around them.

A figure's side is whoever states it. Outside a claim three constructions still name that
speaker, each kept narrow because a wrong side misleads more than none:

- the actor of the clause, for counts of its own doing: "il ministero ha stanziato 50 milioni",
  "l'aeronautica ha abbattuto 12 droni". Victims are never the actor's own statement: "l'esercito
  ha ucciso 12 civili" is counted by the other side, the hospitals or the journalist;
- a headline in the form "Speaker: figure…";
- the sentence right after a report, when it has no speaker of its own and the report ran to
  the end of its sentence: "Il sindaco ha riferito che … . Risultano tre feriti."
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claims.extraction.rules.figure_actors import ACTOR_VERBS, ATTACK_COUNT_HEADS

if TYPE_CHECKING:
    from claims.extraction.speakers.mentions import Mention
    from claims.extraction.types import Claim, Figure, Sentence

_WORD = re.compile(r"[\w'’]+")
# Between the actor and its verb: auxiliaries, adverbs, a clitic, "ha detto di aver",
# an apposition set off by commas, a relative "che".
_GLUE = frozenset({
    "ha", "hanno", "avrebbe", "avrebbero", "aveva", "avevano", "avere", "aver", "già", "anche",
    "ne", "finora", "oggi", "ieri", "stanotte", "nella", "notte", "a", "sua", "loro", "volta",
    "di", "che", "inoltre", "poi", "complessivamente", "in", "totale", "ulteriori", "altri",
    "altre", "oltre", "circa", "almeno", "più", "quasi", "entro", "ora",
})
_SAYING = frozenset({"detto", "dichiarato", "annunciato", "affermato", "comunicato",
                     "riferito", "reso", "noto", "fatto", "sapere", "rivendicato"})
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?i:\b(?:di|a|da|in|con|su|per|tra|fra|contro|secondo|verso|del|dello|della|dei|degli|"
    r"delle|al|allo|alla|ai|agli|alle|dal|dallo|dalla|dai|dagli|dalle|nel|nello|nella|nei|"
    r"negli|nelle|sul|sullo|sulla|sui|sugli|sulle|dell|all|dall|nell|sull)['’]?\s*)$"
)
_COLON_AFTER = re.compile(r"\s*:\s")
_SPEAKER_KINDS = ("institution", "person", "group")
# What may open a sentence that continues a report: not a turn to someone else or to the
# journalist's own account.
# The reportative conditional and "risulta": the journalist still relays someone's account
# ("Risultano tre feriti", "i morti sarebbero dodici"), not their own.
_RELAYED = re.compile(r"(?i:\b(?:risulta|risultano|risulterebbero|sarebbe|sarebbero|avrebbe|"
                      r"avrebbero|si contano|si conterebbero)\b)")
_TURN = re.compile(r"(?i:\s*(?:intanto|invece|ma|però|nel frattempo|secondo|stando|per|"
                   r"tuttavia|d['’]altra parte|dall['’]altra parte)\b)")


class MentionIndex:
    """Mentions ordered by where their noun phrase starts, to find those inside a span in
    logarithmic time (a figure looks only at its own sentence)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.np_start)
        self.starts = [m.np_start for m in self.mentions]

    def within(self, lo: int, hi: int) -> list[Mention]:
        """The mentions whose noun phrase starts at or after lo and that end by hi."""
        found = self.mentions[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]
        return [m for m in found if m.end <= hi]


def side_figures(text: str, sentences: list[Sentence], figures: list[Figure],
                 claims: list[Claim], mentions: MentionIndex) -> None:
    """Give a speaker and side to figures no claim states, where the sentence names one."""
    by_sentence: dict[int, list[int]] = {}
    for i, claim in enumerate(claims):
        for index in claim.sentence_indexes:
            by_sentence.setdefault(index, []).append(i)
    previous: Figure | None = None
    for figure in figures:
        if figure.claim_index is not None or figure.side is not None:
            previous = figure
            continue
        sent = sentences[figure.sentence_index]
        found = _actor(text, sent, figure, mentions)
        how = "actor"
        if found is None and _coordinated(text, previous, figure):
            figure.speaker, figure.side = previous.speaker, previous.side
            figure.evidence = previous.evidence
            previous = figure
            continue
        previous = figure
        if found is None:
            found, how = _headline_speaker(text, sent, figure, mentions), "headline-colon"
        if found is not None:
            figure.speaker, figure.side = found.name, found.side
            figure.evidence = f"{how}/{found.source}"
            continue
        index = _continued_report(text, sentences, figure, claims, mentions, by_sentence)
        if index is not None:
            figure.claim_index = index
            figure.speaker, figure.side = claims[index].speaker, claims[index].side
            figure.evidence = f"report-continued/{claims[index].evidence}"


# Words that make a clause of their own between two objects of one verb.
_FINITE = re.compile(r"(?i:\b(?:ha|hanno|è|sono|era|erano|sarebbe|sarebbero|avrebbe|avrebbero|"
                     r"che|mentre|ma)\b)|[.;:()]")


def _coordinated(text: str, previous: Figure | None, figure: Figure) -> bool:
    """"ha distrutto 180 postazioni e migliaia di lanciarazzi": a second object of the verb
    whose actor the first figure was given to."""
    if (previous is None or previous.sentence_index != figure.sentence_index
            or not previous.evidence.startswith("actor/") or figure.category not in ACTOR_VERBS):
        return False
    between = text[previous.end:figure.start]
    return (re.search(r"(?i:\b(?:e|ed)\b)", between) is not None
            and _FINITE.search(between) is None and len(between.split()) <= 10)


def _actor(text: str, sent: Sentence, figure: Figure, mentions: MentionIndex) -> Mention | None:
    """The sided subject of the clause whose verb counts what the subject itself did."""
    verbs = ACTOR_VERBS.get(figure.category)
    if verbs is None:
        return None
    if figure.category == "strikes" and ATTACK_COUNT_HEADS & set(
            w.lower() for w in _WORD.findall(text[figure.start:figure.end])):
        return None  # "ha colpito 81 volte la città": the target's count, not the attacker's
    before = mentions.within(sent.start, figure.start)
    if not before:
        return None
    subject = before[-1]
    if subject.side is None or subject.kind not in _SPEAKER_KINDS:
        return None
    if _NOT_SUBJECT_BEFORE.search(text, max(sent.start, subject.np_start - 12), subject.np_start):
        return None
    between = text[subject.end:figure.start]
    if re.search(r"[.;:!?«»“”\"()]", between):
        return None
    # An apposition or a relative clause: "Il ministro, Ivan Petrov, che ha stanziato…".
    words = [w.lower() for w in _WORD.findall(between.replace(",", " "))]
    verb_at = [i for i, w in enumerate(words) if verbs.fullmatch(w)]
    if len(verb_at) != 1:
        return None
    rest = words[:verb_at[0]] + words[verb_at[0] + 1:]
    if any(w not in _GLUE and w not in _SAYING for w in rest):
        return None
    return subject


def _headline_speaker(text: str, sent: Sentence, figure: Figure,
                      mentions: MentionIndex) -> Mention | None:
    """"Zelensky: 42 persone deportate": a sided speaker, a colon, then the figure."""
    first = mentions.within(sent.start, figure.start)
    if not first or first[0].side is None or first[0].kind not in _SPEAKER_KINDS:
        return None
    m = first[0]
    if text[sent.start:m.np_start].strip() or not _COLON_AFTER.match(text, m.end):
        return None
    if any(x.start > m.end for x in first):
        return None
    return m


def _continued_report(text: str, sentences: list[Sentence], figure: Figure,
                      claims: list[Claim], mentions: MentionIndex,
                      by_sentence: dict[int, list[int]]) -> int | None:
    """A figure in the sentence right after a sided speaker's reported speech, in the same
    paragraph, when that sentence names no one, quotes nothing and turns to no one else."""
    index = figure.sentence_index
    if index == 0:
        return None
    sent, prev = sentences[index], sentences[index - 1]
    if sent.paragraph != prev.paragraph:
        return None
    body = text[sent.start:sent.end]
    if mentions.within(sent.start, sent.end) or re.search(r"[«»“”\"]", body):
        return None
    if not _RELAYED.search(body) or _TURN.match(body) or index in by_sentence:
        return None
    reports = [i for i in by_sentence.get(index - 1, ()) if claims[i].sentence_indexes[-1] ==
               index - 1 and claims[i].kind == "reported" and claims[i].side is not None]
    if len(reports) != 1:
        return None
    claim = claims[reports[0]]
    # The report must run to the end of its sentence, so that the next one may go on with it.
    if text[claim.end:prev.end].strip(" .\n\t") != "":
        return None
    return reports[0]
