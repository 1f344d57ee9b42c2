"""The category of a figure from the words around it.

Italian puts the deciding verb on either side of the count: "sono stati intercettati 129 droni"
(before), "tre civili sono stati uccisi" (after), "hanno intercettato e distrutto 29 droni".
The nearest cue of the right family inside the same clause wins; on a tie, the one before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from claims.extraction.rules import figure_lexicon as lex

FIXED_CATEGORIES = frozenset({
    "drones_launched", "drones_downed", "missiles_launched", "missiles_downed", "strikes",
    "killed", "injured", "abducted", "missing", "prisoners", "evacuated", "aid_money", "weapons",
    "other",
})
MAX_LEFT_WORDS = 8  # "sono stati abbattuti durante la notte dalla contraerea 45 droni"
MAX_RIGHT_WORDS = 8  # "16 droni kamikaze di provenienza russa sono stati distrutti"

# A cue after the count tells what happened *to* it: a participle ("tre persone ferite",
# "sono state uccise"), not an active verb whose subject it is ("200 miliziani hanno ucciso",
# "migliaia di miliziani entrarono uccidendo").
_AFTER_THE_COUNT = re.compile(
    r"(?:(?!(?<![^\W\d_])(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|abbia|abbiano)(?![^\W\d_]))"
    r".)*(?<!nd[oa])(?<!ndone)(?<!ndoli)(?<!ndole)",
    re.IGNORECASE | re.DOTALL,
)
_PARTICIPLE = re.compile(r"[^\W\d_]+[ts][oaie]")  # ucciso, ferite, rapiti, arrestato, morte
_REACH = 240  # characters: no cue farther than a dozen words can govern a count
_BOUNDARY = re.compile(r"[;:!?\n]|(?<!\d)\.|\.(?!\d)")
# The count is the subject when a finite verb follows it (up to two words later), not across
# "e": in "sono morte 20 persone e sono rimaste ferite 75" the second verb has its own count.
_SUBJECT_OF = re.compile(
    r"(?:[ \t]+(?!(?:e|ed|o|ma|mentre)(?![^\W\d_]))[^\W\d_]+){0,2}?"
    r"[ \t]+(?:sono|è|erano|era|furono|fu|sarebbero|sarebbe|risultano"
    r"|restano|rimangono|vengono|venivano|hanno|avevano|avrebbero|siano|fossero)(?![^\W\d_])",
    re.IGNORECASE,
)


def _family(cues: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    groups = "|".join(f"(?P<{key}>{pattern})" for pattern, key in cues)
    return re.compile(rf"(?<![^\W\d_])(?:{groups})", re.IGNORECASE)


_FAMILIES: dict[str, re.Pattern[str]] = {
    "casualty": _family(lex.CASUALTY_CUES),
    "munition": _family(lex.MUNITION_CUES),
    "strike": _family(lex.STRIKE_CUES),
}
_MONEY = re.compile(rf"(?<![^\W\d_])(?:{lex.MONEY_CUES})(?![^\W\d_])", re.IGNORECASE)


class Clause:
    """Where the clauses of one sentence start and end (after ; : ! ? or a full stop)."""

    __slots__ = ("_cuts", "end", "start")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start, self.end = start, end
        self._cuts = [m.end() for m in _BOUNDARY.finditer(text, start, end)]

    def start_before(self, pos: int) -> int:
        i = bisect_right(self._cuts, pos) - 1
        return self._cuts[i] if i >= 0 else self.start

    def end_after(self, pos: int) -> int:
        i = bisect_left(self._cuts, pos + 1)
        return self._cuts[i] - 1 if i < len(self._cuts) else self.end


class Cues:
    """The cue words of one sentence, found once per family and only when asked.

    `taken` holds the spans of the figures found so far: a cue inside one ("20 o 30 morti su
    35 milioni di abitanti") belongs to it, and its words do not count as distance ("fornire
    centinaia di migliaia di proiettili, migliaia di razzi": "fornire" governs both).
    """

    __slots__ = ("_found", "_money", "_starts", "_taken", "end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._found: dict[str, tuple[list[int], list[tuple[int, int, str]]]] = {}
        self._money: bool | None = None
        self._taken: list[tuple[int, int]] = []  # in text order, as figures are found
        self._starts: list[int] = []

    def take(self, start: int, end: int) -> None:
        self._taken.append((start, end))
        self._starts.append(start)

    def _overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        # bisect, not a scan: a hostile sentence may hold thousands of figures
        first = max(0, bisect_left(self._starts, a) - 1)
        last = bisect_left(self._starts, b)
        return [(s, e) for s, e in self._taken[first:last] if s < b and a < e]

    def _words(self, a: int, b: int) -> int:
        words = self.text.count(" ", a, b)
        for start, end in self._overlapping(a, b):
            words -= self.text.count(" ", max(a, start), min(b, end))
        return words

    def of(self, family: str) -> tuple[list[int], list[tuple[int, int, str]]]:
        if family not in self._found:
            pattern = _FAMILIES[family]
            found = [(m.start(), m.end(), m.lastgroup or "")
                     for m in pattern.finditer(self.text, self.start, self.end)]
            self._found[family] = ([start for start, _, _ in found], found)
        return self._found[family]

    def money(self) -> bool:
        if self._money is None:
            self._money = _MONEY.search(self.text, self.start, self.end) is not None
        return self._money

    def nearest(self, family: str, clause: Clause, start: int, noun_end: int, right_limit: int,
                *, left: bool = True, max_left: int = MAX_LEFT_WORDS,
                max_right: int = MAX_RIGHT_WORDS, plural: bool | None = None) -> str | None:
        """The key of the closest cue before `start` or after `noun_end`, in the clause.

        A count that is the subject of a verb ("decine di altre sono rimaste ferite") takes
        its predicate's cue, even when a cue of the previous clause is closer.
        """
        starts, found = self.of(family)
        if not found:
            return None
        text = self.text
        left_bound = max(clause.start_before(start), start - _REACH)
        right_bound = min(clause.end_after(noun_end), right_limit, noun_end + _REACH)
        found = found[bisect_left(starts, left_bound):bisect_right(starts, right_bound)]
        best_left: tuple[int, str] | None = None
        best_right: tuple[int, str] | None = None
        for cue_start, cue_end, key in found:
            if left and left_bound <= cue_start and cue_end <= start:
                distance = self._words(cue_end, start)
                if distance <= max_left and (best_left is None or distance <= best_left[0]) and (
                        not self._overlapping(cue_start, cue_end)):
                    best_left = (distance, key)
            elif noun_end <= cue_start and cue_end <= right_bound:
                if plural is not None and not _agrees(text, cue_start, cue_end, plural):
                    continue  # "altre due donne [...] il 43enne arrestato": not their arrest
                distance = self._words(noun_end, cue_start)
                # people who "hanno lasciato le loro case" did it themselves: not so the
                # subject of "hanno ucciso"
                # ("hanno perso la vita" too)
                if distance <= max_right and (best_right is None or distance < best_right[0]) and (
                        key == "evacuated" or " " in text[cue_start:cue_end]
                        or _AFTER_THE_COUNT.fullmatch(text, noun_end, cue_end)):
                    best_right = (distance, key)
        if best_right and (best_left is None or best_right[0] < best_left[0]
                           or _SUBJECT_OF.match(text, noun_end, right_bound)):
            return best_right[1]
        return best_left[1] if best_left else None


def _agrees(text: str, start: int, end: int, plural: bool) -> bool:
    """A participle after the count agrees with it: "tre persone ferite", "un civile ferito"."""
    if not _PARTICIPLE.fullmatch(text, start, end):
        return True
    return (text[end - 1] in "ieIE") == plural


def category_for(kind: str, clause: Clause, cues: Cues, start: int, noun_end: int,
                 right_limit: int, *, default: str | None = "", left: bool = True,
                 max_left: int = MAX_LEFT_WORDS, max_right: int = MAX_RIGHT_WORDS,
                 plural: bool | None = None) -> str | None:
    """The category of a figure whose head is of `kind`; None when it counts nothing.

    `default` replaces the kind's own fallback when no cue is found ("" keeps it); `plural`
    (when known) makes participles after the count agree with it.
    """
    if kind in FIXED_CATEGORIES:
        return kind
    if kind == lex.MONEY:
        return "aid_money"
    window = {"left": left, "max_left": max_left, "max_right": max_right, "plural": plural}
    if kind in (lex.PERSON, lex.PRONOUN):
        key = cues.nearest("casualty", clause, start, noun_end, right_limit, **window)  # type: ignore[arg-type]
        fallback = "other" if kind == lex.PERSON else None
    elif kind in lex.MUNITION_CATEGORIES:
        key = cues.nearest("munition", clause, start, noun_end, right_limit, **window)
        if key is not None:
            key = lex.MUNITION_CATEGORIES[kind][key]
        fallback = lex.MUNITION_CATEGORIES[kind]["default"]
    else:  # TARGET, TIMES
        key = cues.nearest("strike", clause, start, noun_end, right_limit, **window)
        fallback = None
    if key == lex.RESCUED:
        return "other" if kind == lex.PERSON else None  # "altre due sono state soccorse"
    if key is not None:
        return key
    return fallback if default == "" else default
