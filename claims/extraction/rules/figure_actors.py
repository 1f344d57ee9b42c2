"""Verbs whose subject counts its own doing, by figure category: "l'aeronautica ha abbattuto
12 droni" is the air force's number, "il ministero ha stanziato 40 milioni" the ministry's.

Categories left out on purpose: killed, injured, abducted, missing (victims are counted by
the other side, hospitals or the journalist, not by who caused them), drones and missiles
launched (the target counts what was fired at it), prisoners and evacuated (both sides count
them, each its own way).
"""

from __future__ import annotations

import re

_DOWNING = ("abbatt", "intercett", "distrutt", "distrugg", "neutralizz")
# Money and arms committed, given, sent or held back.
_GIVING = (
    "stanzi", "impegn", "promess", "promett", "approv", "donat", "dona", "donano", "invi",
    "vers", "destin", "conces", "conced", "erog", "forni", "offert", "offr", "sblocc", "blocc",
    "prest", "annunci", "consegn", "ordin", "acquist", "sanzion",
)
_STRIKING = ("colp", "attacc", "centr", "bombard", "distrutt", "distrugg", "elimin",
             "neutralizz")
# Verb endings after a stem: participles, present, past, future ("abbattuto", "abbatte",
# "intercettano", "stanzierà"). A stem plus one of these makes a whole word, so "inviato"
# matches "invi" while "invito" does not.
_ENDINGS = (r"(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite|o|a|e|i|ano|ono|ava|avano|"
            r"ò|arono|erono|irono|erà|eranno|irà|iranno|isce|iscono|endo|ando|ere|are|ire)?")


def _verbs(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(sorted(stems, key=len, reverse=True))}){_ENDINGS}")


ACTOR_VERBS: dict[str, re.Pattern[str]] = {
    "drones_downed": _verbs(_DOWNING),
    "missiles_downed": _verbs(_DOWNING),
    "aid_money": _verbs(_GIVING),
    "weapons": _verbs(_GIVING + _DOWNING),
    "strikes": _verbs(_STRIKING),
}
# A strike count whose head counts attacks rather than targets is the target's tally ("la
# città è stata colpita 81 volte", "ha subito 30 attacchi").
ATTACK_COUNT_HEADS = frozenset({"volte", "volta", "attacchi", "attacco", "raid",
                                "bombardamenti", "bombardamento", "ondate"})
