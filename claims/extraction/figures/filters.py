"""Numbers that count nothing of the conflict: dates, years, clock times, labels, shares,
ratios, speeds and multipliers (see gold/CONVENTIONS.md, "non_figures")."""

from __future__ import annotations

import re

from claims.extraction.figures.heads import Head, head_after
from claims.extraction.figures.numbers import Quantity
from claims.extraction.rules import figure_lexicon as lex
from claims.extraction.rules import non_figures as nf
from claims.extraction.types import Sentence

_I = re.IGNORECASE
_LOOKBACK = 48
_PROPORTION = re.compile(lex.PROPORTION_AFTER, _I)
_MULTIPLIER_BEFORE = re.compile(lex.MULTIPLIER_AROUND[0], _I)
_MULTIPLIER_AFTER = re.compile(lex.MULTIPLIER_AROUND[1], _I)
_DATE_AFTER = re.compile(
    rf"(?:\s*(?:e|o|-|–|/|,|al|e\s+il|e\s+l['’])\s*\d{{1,2}})*\s+(?:{nf.MONTHS})(?![^\W\d_])\.?", _I
)
_WEEKDAY_BEFORE = re.compile(rf"(?<!\w)(?:{nf.WEEKDAYS})[ \t]+$", _I)
# After a weekday, a number followed by a verb is a count: "martedì 3 sono stati uccisi".
_VERB_AFTER = re.compile(
    r"[ \t]+(?:sono|erano|furono|sarebbero|risultano|restano|rimangono|vengono|hanno|avevano"
    r"|avrebbero)(?!\w)", _I
)
_LABEL_BEFORE = re.compile(rf"(?<!\w)(?:{nf.LABEL_WORDS})[ \t]*$", _I)
_CLOCK_BEFORE = re.compile(rf"(?<!\w)(?:{nf.CLOCK_WORDS})[ \t]+$", _I)
_YEAR_BEFORE = re.compile(rf"(?<!\w)(?:{nf.YEAR_WORDS})[ \t]*$", _I)
_PERCENT = re.compile(nf.PERCENT, _I)
_PER_BEFORE = re.compile(r"(?<!\w)per[ \t]*$", _I)
_SPEED = re.compile(lex.SPEED_AFTER, _I)
_RATE_BEFORE = re.compile(lex.RATE_BEFORE, _I)
_FOUR_DIGITS = re.compile(r"\d{4}(?![\d.,]\d|[^\W\d_])")


def is_ratio(text: str, sentence: Sentence, q: Quantity, head: Head) -> bool:
    """Ratios, speeds, rates and multipliers: "otto su dieci", "30 km/h", "per 100.000
    abitanti", "aumentati di 10 volte"."""
    end, before = sentence.end, max(sentence.start, q.start - 8)
    if _PROPORTION.match(text, head.end, end) and head.kind not in lex.MUNITION_CATEGORIES:
        return True  # but "abbattuti 30 droni su 35" counts drones
    if head.unit in ("kilometre", "mile") and _SPEED.match(text, head.end, end):
        return True
    if head.unit == "person" and _RATE_BEFORE.search(text, before, q.start):
        return True
    return head.kind == lex.TIMES and bool(
        _MULTIPLIER_BEFORE.search(text, before, q.start)
        or _MULTIPLIER_AFTER.match(text, head.end, end))


def not_a_count(text: str, q: Quantity, sentence: Sentence) -> bool:
    """Dates, clock times, labels and shares: numbers that count nothing of the conflict."""
    start, end = sentence.start, sentence.end
    if _PERCENT.match(text, q.end, end) or (q.kind == "word" and q.value == 100 and (
            _PER_BEFORE.search(text, max(start, q.start - 6), q.start))):
        return True  # "il 20%", "30 per cento", and the "cento" of "97 per cento"
    if q.kind in ("digits", "word") and q.value_max is None and _DATE_AFTER.match(
            text, q.end, end) and q.value <= 31:
        return True
    window = max(start, q.number_start - _LOOKBACK)
    if q.kind not in ("digits", "word"):
        return False
    if q.kind == "word" and _in_proper_name(text, q, start):
        return True  # "via Due Ponti", "le Tre Valli": a place, not a count
    if _WEEKDAY_BEFORE.search(text, window, q.number_start):
        return _is_day(text, q, sentence)
    if _LABEL_BEFORE.search(text, window, q.number_start):
        return True
    return q.kind == "digits" and q.value <= 24 and (
        _CLOCK_BEFORE.search(text, window, q.number_start) is not None)


def _is_day(text: str, q: Quantity, sentence: Sentence) -> bool:
    """After a weekday, what follows the number decides: a month ("martedì 3 marzo", caught
    before) or nothing countable ("sabato 12, alla cerimonia") makes it the day of the month;
    a count noun or a verb ("martedì 3 soldati", "lunedì 40 sono stati evacuati") a count."""
    if q.value > 31 or q.value_max is not None:
        return False
    if _VERB_AFTER.match(text, q.end, sentence.end):
        return q.value == 1
    return head_after(text, q, sentence.end) is None


_CAPITALISED_NEXT = re.compile(r"\s+[A-ZÀ-Ý]")


def _in_proper_name(text: str, q: Quantity, sentence_start: int) -> bool:
    """A capitalised number word inside a sentence, before another capitalised word."""
    at = q.number_start
    return (at > sentence_start and text[at].isupper() and text[at - 1] in " \t"
            and text[at - 2:at - 1] not in (".", ":", "«", "“", '"')
            and _CAPITALISED_NEXT.match(text, q.end) is not None)


def is_year(text: str, q: Quantity, sentence: Sentence, *, counts_a_noun: bool) -> bool:
    """'nel 2025', 'dal 2016 al 2018', '2008-2009': four plain digits in the range of years,
    unless a noun follows ("2000 soldati") and no "nel"/"del" comes before."""
    if q.kind != "digits":
        return False
    m = _FOUR_DIGITS.match(text, q.number_start)
    if m is None or not 1000 <= int(m.group()) <= 2100:
        return False
    return not counts_a_noun or _YEAR_BEFORE.search(
        text, max(sentence.start, q.start - _LOOKBACK), q.start) is not None


def is_proportion(text: str, pos: int, end: int) -> bool:
    """'otto su dieci', 'tre ogni mille': what follows pos makes a ratio."""
    return _PROPORTION.match(text, pos, end) is not None
