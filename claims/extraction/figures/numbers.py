"""Italian quantities in running text: "1.200", "3,5 milioni", "ventinove", "centinaia di migliaia".

`scan_quantities` finds every number-like phrase with its hedge ("almeno", "oltre", "circa"…),
its scale ("milioni", "mila") and its range ("tra 20 e 30", "20-30"). It does not decide whether
the phrase is a figure: dates, years and ordinals are told apart by
`claims.extraction.figures.find`, which knows what follows the number. Number words are valued
by text2num, which is made for this (Italian compounds such as "duecentocinquantamila"); this
module only spots them.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from text_to_num import text2num

from claims.extraction.rules.numbers import (
    APPROXIMATE_NOUNS,
    ATTACHED_SCALES,
    CARDINAL_MORPHEMES,
    HALF_WORDS,
    MAX_DIGITS,
    MAX_VALUE,
    ONE_SCALE_ADJECTIVES,
    ONE_WORDS,
    QUALIFIERS,
    RANGE_OPENERS,
    SCALE_WORDS,
    SOME_WORDS,
    VAGUE_PLURALS,
)


@dataclass(slots=True)
class Quantity:
    start: int  # where the phrase starts, hedge included ("almeno tre")
    end: int  # after the number and its scale word ("725 milioni")
    value: Decimal
    kind: str  # digits, word, one, vague, approx
    value_max: Decimal | None = None
    approximate: bool = False
    qualifier: str | None = None
    hedge: str | None = None  # the hedge as written, lower case: "almeno", "altri", "ben"
    scaled: bool = False  # ends in a scale or collective word, so "di" may follow ("di dollari")
    scale: int = 1  # the scale word's factor: 1000 for "30 mila", 10**9 for "20 miliardi"
    number_start: int = 0  # where the number itself starts (after the hedge)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _trie(words: Iterable[str]) -> str:
    """An alternation factored by common prefixes ("d(?:ue|ieci|odici)"): Python's re tries
    alternatives one by one at every position, so a flat list of 50 words is 5× slower."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


_WORD_NUMBER = rf"(?:{_trie(CARDINAL_MORPHEMES)})+"
_SCALE = _alternation(SCALE_WORDS)
_LEXICAL = {**dict.fromkeys(VAGUE_PLURALS, "vague"), **dict.fromkeys(ONE_WORDS, "one"),
            **dict.fromkeys(HALF_WORDS, "half"), **dict.fromkeys(SOME_WORDS, "some")}

# One pass over the text finds every candidate; everything else is anchored `.match` calls.
# The look-behind keeps model names and codes out: "F-16", "G7", "Su-34", "COVID-19".
_TRIGGER = re.compile(
    rf"(?<![\w\-–/:.,])(?:"
    rf"(?P<digits>\d[\d.,]*\d|\d)"
    rf"|(?P<lexical>{_trie(_LEXICAL)})(?![\w'’])"
    rf"|(?P<word>{_WORD_NUMBER})(?![\w'’])"
    rf")",
    re.IGNORECASE,
)
# Digits glued to what makes them no count: "79ma", "2°", "1000°", "45enne", "15:30", "12/05".
_NOT_A_CARDINAL = re.compile(
    rf"(?!(?:{_alternation(ATTACHED_SCALES)})(?!\w))[^\W\d_]|[°ºª]|[/:]\d", re.IGNORECASE
)
_ATTACHED_SCALE = re.compile(rf"(?:{_alternation(ATTACHED_SCALES)})(?!\w)", re.IGNORECASE)
# "13 mila miliardi" chains two scales; "un milione e mezzo" adds a half.
_SCALE_AFTER = re.compile(
    rf"\s+((?:mila|mille)\s+)?({_SCALE})(?!\w)(\s+e\s+mezzo(?!\w))?", re.IGNORECASE
)
_ONE_ADJECTIVE = re.compile(rf"\s+(?:{_alternation(ONE_SCALE_ADJECTIVES)})(?=\s)", re.IGNORECASE)
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_UNITS_AFTER_MILA = re.compile(r"[ \t]+(\d{1,3})(?![\d.,:/]|\s*(?:%|mila|milion|miliard))")
_AND_THOUSANDS = re.compile(
    rf"\s+e\s+(?:(\d{{1,3}})\s*mila|({_WORD_NUMBER}mila))(?![\w'’])", re.IGNORECASE
)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_VAGUE_CHAIN = re.compile(rf"\s+di\s+({_alternation(VAGUE_PLURALS)})(?!\w)", re.IGNORECASE)
_APPROX_AFTER_ONE = re.compile(
    rf"\s+({_alternation(APPROXIMATE_NOUNS)})(?!\w)", re.IGNORECASE
)
_HEDGE_BEFORE = re.compile(
    rf"(?<![\w'’])({_alternation(q for q, _, _ in QUALIFIERS)})\s+$", re.IGNORECASE
)
_OPENER_BEFORE = re.compile(rf"(?<!\w)({_alternation(RANGE_OPENERS)})\s+$", re.IGNORECASE)
_DASH_RANGE = re.compile(r"\s?[-–]\s?(?=\d)")
_OR_RANGE = re.compile(r"\s+o\s+")
_JOINERS = {joiner: re.compile(rf"\s+{joiner}\s+") for joiner in RANGE_OPENERS.values()}
_SECOND_NUMBER = re.compile(rf"(\d[\d.,]*\d|\d)|({_WORD_NUMBER})(?![\w'’])", re.IGNORECASE)

_QUALIFIER_OF = {q.lower(): (qual, approx) for q, qual, approx in QUALIFIERS}
_ITALIAN_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_ITALIAN_PLAIN = re.compile(r"\d+(?:,\d+)?")
_DOT_DECIMAL = re.compile(r"\d+\.\d{1,2}")  # "2.5 milioni": English-style, only before a scale

_LOOKBACK = 32  # longest hedge ("nell'ordine di") plus spaces


def parse_digits(token: str, *, before_scale: bool = False) -> Decimal | None:
    """Italian notation: "1.200" = 1200, "3,5" = 3.5, "1.200.000,5"; None when malformed."""
    if sum(ch.isdigit() for ch in token) > MAX_DIGITS:
        return None
    if _ITALIAN_GROUPED.fullmatch(token) or _ITALIAN_PLAIN.fullmatch(token):
        return Decimal(token.replace(".", "").replace(",", "."))
    if before_scale and _DOT_DECIMAL.fullmatch(token):
        return Decimal(token)
    return None


@lru_cache(maxsize=4096)
def word_value(word: str) -> int | None:
    """The value of an Italian cardinal written in letters ("ventinove" = 29), else None."""
    word = word.lower()
    if word in ONE_WORDS:
        return 1
    try:
        return int(text2num(word, "it"))
    except ValueError:
        return None


def scan_quantities(
    text: str, start: int = 0, end: int | None = None, *,
    one_before: Container[str] | None = None,
) -> list[Quantity]:
    """Every number-like phrase in text[start:end], in order and non-overlapping.

    "un", "una", "uno" are mostly articles: with `one_before`, they are kept as 1 only before
    one of those (lower-case) words, as in "un morto" ("una decina", "un milione" always count).
    """
    end = len(text) if end is None else end
    found: list[Quantity] = []
    pos = start
    while True:
        m = _TRIGGER.search(text, pos, end)
        if m is None:
            return found
        quantity = _read(text, m, start, end, one_before)
        if quantity is None:
            pos = m.end()
            continue
        if quantity.value > MAX_VALUE or (quantity.value_max or 0) > MAX_VALUE:
            pos = quantity.end  # skip the whole phrase, scale words included
            continue
        found.append(quantity)
        pos = quantity.end


def _read(
    text: str, m: re.Match[str], floor: int, end: int, one_before: Container[str] | None,
) -> Quantity | None:
    kind = m.lastgroup or ""
    if kind == "lexical":
        kind = _LEXICAL[m.group().lower()]
    pos = m.end()
    scaled = False
    approximate = False
    scale_factor = 1
    if kind == "digits":
        token = m.group()
        if _NOT_A_CARDINAL.match(text, pos, end):
            return None
        if attached := _ATTACHED_SCALE.match(text, pos, end):
            value = parse_digits(token, before_scale=True)
            if value is None:
                return None
            scale_factor = ATTACHED_SCALES[attached.group().lower()]
            value *= scale_factor
            pos, scaled = attached.end(), True
            value, pos = _and_thousands(text, pos, end, value, scale_factor)
        else:
            scale = _SCALE_AFTER.match(text, pos, end)
            value = parse_digits(token, before_scale=scale is not None)
            if value is None:
                return None
            if scale:
                value, pos, scaled = _apply_scale(value, scale), scale.end(), True
                scale_factor = _factor(scale)
                value, pos = _and_thousands(text, pos, end, value, scale_factor)
    elif kind == "word":
        number = word_value(m.group())
        if number is None:
            return None
        value = Decimal(number)
        if scale := _SCALE_AFTER.match(text, pos, end):
            value, pos, scaled = _apply_scale(value, scale), scale.end(), True
            scale_factor = _factor(scale)
            value, pos = _and_thousands(text, pos, end, value, scale_factor)
    elif kind == "half":
        scale = _SCALE_AFTER.match(text, pos, end)
        if scale is None:
            return None
        value, pos, scaled = _apply_scale(Decimal("0.5"), scale), scale.end(), True
        scale_factor = _factor(scale)
    elif kind == "vague":
        if _DIGIT_BEFORE.search(text, max(floor, m.start() - 3), m.start()):
            return None  # the scale of a number we could not read ("-5 miliardi")
        value, approximate, scaled = Decimal(VAGUE_PLURALS[m.group().lower()]), True, True
        while chain := _VAGUE_CHAIN.match(text, pos, end):
            value *= VAGUE_PLURALS[chain.group(1).lower()]
            pos = chain.end()
        scale_factor = int(value)
    else:  # "un", "una", "qualche": an approximate collective, a scale, or plain 1
        value = Decimal(1)
        if collective := _APPROX_AFTER_ONE.match(text, pos, end):
            value = Decimal(APPROXIMATE_NOUNS[collective.group(1).lower()])
            kind, approximate, scaled, pos = "approx", True, True, collective.end()
            while chain := _VAGUE_CHAIN.match(text, pos, end):  # "un centinaio di migliaia"
                value *= VAGUE_PLURALS[chain.group(1).lower()]
                pos = chain.end()
            scale_factor = int(value)
        elif kind == "some":
            return None
        elif scale := _SCALE_AFTER.match(
                text, (adjective.end() if (adjective := _ONE_ADJECTIVE.match(text, pos, end))
                       else pos), end):
            kind, pos, scaled = "word", scale.end(), True
            value, scale_factor = _apply_scale(value, scale), _factor(scale)
            value, pos = _and_thousands(text, pos, end, value, scale_factor)
        elif one_before is not None and not (
                (word := _NEXT_WORD.match(text, pos, end)) and word.group(1).lower() in one_before):
            return None
    quantity = Quantity(
        start=m.start(), end=pos, value=value, kind=kind, approximate=approximate,
        qualifier="at_least" if kind == "vague" else ("about" if kind == "approx" else None),
        scaled=scaled, scale=scale_factor, number_start=m.start(),
    )
    _read_hedge(text, quantity, floor)
    if kind in ("digits", "word"):
        _read_range(text, quantity, floor, end)
    return quantity


def _and_thousands(text: str, pos: int, end: int, value: Decimal, factor: int) -> tuple[
        Decimal, int]:
    """'un milione e 850 mila', 'due milioni e trecentomila': the thousands after a million;
    '6mila 700 euro': the units after a thousand."""
    if factor == 1000 and value == value.to_integral_value() and (
            units := _UNITS_AFTER_MILA.match(text, pos, end)):
        return value + int(units.group(1)), units.end()
    if factor < 1_000_000 or not (m := _AND_THOUSANDS.match(text, pos, end)):
        return value, pos
    if m.group(1):
        extra = parse_digits(m.group(1))
        extra = None if extra is None else extra * 1000
    else:
        number = word_value(m.group(2))
        extra = None if number is None else Decimal(number)
    if extra is None or extra >= factor:
        return value, pos
    return value + extra, m.end()


def _factor(scale: re.Match[str]) -> int:
    return SCALE_WORDS[scale.group(2).lower()] * (1000 if scale.group(1) else 1)


def _apply_scale(value: Decimal, scale: re.Match[str]) -> Decimal:
    if scale.group(3):  # "un milione e mezzo"
        value += Decimal("0.5")
    return value * _factor(scale)


def _read_hedge(text: str, quantity: Quantity, floor: int) -> None:
    window_start = max(floor, quantity.start - _LOOKBACK)
    hedge = _HEDGE_BEFORE.search(text, window_start, quantity.start)
    if hedge is None:
        return
    phrase = hedge.group(1).lower()
    qualifier, approximate = _QUALIFIER_OF[phrase]
    quantity.start = hedge.start(1)
    quantity.hedge = phrase
    if qualifier is not None:
        quantity.qualifier = qualifier
        quantity.approximate = quantity.approximate or approximate


def _read_range(text: str, quantity: Quantity, floor: int, end: int) -> None:
    """'tra 20 e 30', 'da 20 a 30', '20-30', 'due o tre': value_max is the upper end."""
    pos = quantity.end
    opener = None
    if quantity.hedge is None:
        opener = _OPENER_BEFORE.search(text, max(floor, quantity.start - 8), quantity.start)
    if opener:
        joiner = RANGE_OPENERS[opener.group(1).lower()]
        link = _JOINERS[joiner].match(text, pos, end)
    else:  # "20-30", "due o tre", "2 o 3 sistemi"
        link = (_DASH_RANGE.match(text, pos, end) if quantity.kind == "digits" else None) or (
            _OR_RANGE.match(text, pos, end))
    if link is None:
        return
    second = _SECOND_NUMBER.match(text, link.end(), end)
    if second is None:
        return
    top_end = second.end()
    factor = 1
    if second.group(1):
        if attached := _ATTACHED_SCALE.match(text, top_end, end):  # "e i 600mila"
            factor, top_end = ATTACHED_SCALES[attached.group().lower()], attached.end()
        scale = _SCALE_AFTER.match(text, top_end, end)
        top = parse_digits(second.group(1), before_scale=bool(scale or attached))
    else:
        scale = _SCALE_AFTER.match(text, top_end, end)
        number = word_value(second.group(2))
        top = None if number is None else Decimal(number)
    if top is None:
        return
    if scale is not None:
        factor, top_end = factor * _factor(scale), scale.end()
    shared = factor > 1 and not quantity.scaled  # "tra 20 e 30 milioni": the scale is shared
    bottom = quantity.value * factor if shared else quantity.value
    top *= factor
    if top <= bottom:
        return  # "3-1" is a score, not a range
    if shared:
        quantity.value, quantity.scale, quantity.scaled = bottom, factor, True
    if opener:
        quantity.start = opener.start(1)
    quantity.value_max = top
    quantity.end = top_end
