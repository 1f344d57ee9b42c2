"""The noun a quantity counts: "129 droni ucraini", "centinaia di ulteriori proiettili",
"725 milioni di dollari", "sono 52 le persone rapite", "160mila tra israeliani e libanesi"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extraction.figures.numbers import Quantity
from claims.extraction.rules import figure_lexicon as lex
from claims.extraction.rules import non_figures as nf

_I = re.IGNORECASE
_WORD = re.compile(r"[ \t\"“”«»]*([^\W\d_]+(?:-[^\W\d_]+)*)")
DI = re.compile(r"[ \t\"“”«»]*(?:di|d['’])(?!\w)[ \t]*", _I)
_MODEL_CODE = re.compile(r"[ \t]+[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?(?![\w-])")
_POST_NOMINAL = re.compile(rf"[ \t]+{lex.POST_NOMINAL}", _I)
_HEAD_NEEDS_AFTER = {noun: re.compile(after) for noun, after in lex.HEAD_NEEDS_AFTER.items()}
_MULTIWORD_FIRST = {form.split(" ")[0] for form in lex.HEAD_NOUNS if " " in form}
_NOT_A_NOUN = frozenset({
    "questi", "queste", "quelli", "quelle", "loro", "essi", "esse", "noi", "voi", "tutti",
    "tutte", "cui", "chi", "che", "volte", "più", "meno", "euro",
}) | nf.TIME_UNITS


@dataclass(slots=True)
class Head:
    kind: str  # a category code, or a head kind from the lexicon (person, drone, …)
    unit: str | None
    end: int  # end of the figure's span: the noun and the adjectives that follow it
    noun_end: int  # cues after the figure are searched from here


def head_after(text: str, q: Quantity, end: int) -> Head | None:
    """The noun the quantity counts, skipping "di" after a scale and adjectives before it."""
    pos = q.end
    if code := _MODEL_CODE.match(text, pos, end):  # "24 F-16", "tre Su-34"
        if q.kind in ("digits", "word") and q.value < 1000:
            return Head("weapons", "weapon", code.end(), code.end())
    after_di = False
    if q.scaled and (di := DI.match(text, pos, end)):
        pos, after_di = di.end(), True
    words = _words(text, pos, end, 5)
    if not words:
        return None
    i = 0
    if words[0][0] in nf.TIME_UNITS:
        return None
    if words[0][0] in ("tra", "fra") and len(words) > 1:
        # "160mila tra israeliani e libanesi", "80 tra droni e missili"
        return _noun_at(text, words, 1, end)
    if words[0][0] in lex.ONE_OF:  # "uno dei razzi", "tre delle persone ferite"
        head = _noun_at(text, words, 1, end)
        if head is not None and head.kind not in ("other", lex.MONEY, lex.TIMES, lex.TARGET):
            return head
        return None
    if words[0][0] in ("i", "le", "gli") and q.kind != "one":  # "sono 52 le persone rapite"
        head = _noun_at(text, words, 1, end)
        if head is not None and head.kind not in ("other", lex.MONEY, lex.TIMES, lex.TARGET):
            return head
        return None
    while i < min(len(words) - 1, 2) and words[i][0] in lex.PRE_NOMINAL:
        if (head := _noun_at(text, words, i + 1, end)) is not None:
            return head
        i += 1
    head = _noun_at(text, words, 0, end)
    noun = words[i][0]
    if head is None and after_di and len(noun) > 3 and noun not in _NOT_A_NOUN:
        # "migliaia di cercapersone", "uccidere migliaia di curdi": a scale word promises a
        # count; a casualty verb may still tell what happened to a masculine plural (people)
        kind = lex.PERSON if noun.endswith("i") else "other"
        return Head(kind, None, words[i][2], words[i][2])
    return head


def _noun_at(text: str, words: list[tuple[str, int, int]], i: int, end: int) -> Head | None:
    if i >= len(words):
        return None
    entry = None
    noun_end = 0
    if words[i][0] in _MULTIWORD_FIRST:
        for n in (3, 2):
            if i + n <= len(words):
                entry = lex.HEAD_NOUNS.get(" ".join(w for w, _, _ in words[i:i + n]))
                if entry:
                    noun_end = words[i + n - 1][2]
                    break
    if entry is None:
        entry = lex.HEAD_NOUNS.get(words[i][0])
        noun_end = words[i][2]
    if entry is None:
        return None
    if (needs := _HEAD_NEEDS_AFTER.get(words[i][0])) and not needs.match(text, noun_end, end):
        return None
    span_end = noun_end
    for _ in range(2):
        post = _POST_NOMINAL.match(text, span_end, end)
        if post is None:
            break
        span_end = post.end()
    return Head(entry[0], entry[1], span_end, noun_end)


def _words(text: str, pos: int, end: int, limit: int) -> list[tuple[str, int, int]]:
    words = []
    while len(words) < limit and (m := _WORD.match(text, pos, end)):
        words.append((m.group(1).lower(), m.start(1), m.end(1)))
        pos = m.end()
    return words
