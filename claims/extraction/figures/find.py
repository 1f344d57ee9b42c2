"""Figures: counted or measured quantities with their normalised value and category.

A quantity (see `numbers.py`) becomes a figure when it counts something: a head noun from the
lexicon follows it ("129 droni ucraini", "725 milioni di dollari"), or, for a bare number, the
sentence says what it counts ("30 sono morti", "ne ha ferite 15", "20 delle quali").
The category comes from the noun, or from the verb around it when the noun is generic
("tre civili sono stati uccisi") or a munition ("intercettati 129 droni").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from claims.extraction.figures.bare import DURATION_AFTER, OUT_OF_BEFORE, bare
from claims.extraction.figures.context import (
    MAX_LEFT_WORDS,
    MAX_RIGHT_WORDS,
    Clause,
    Cues,
    category_for,
)
from claims.extraction.figures.filters import is_ratio, is_year, not_a_count
from claims.extraction.figures.found import Found, make
from claims.extraction.figures.heads import Head, head_after
from claims.extraction.figures.numbers import Quantity, scan_quantities
from claims.extraction.rules import figure_lexicon as lex
from claims.extraction.types import Figure, Sentence

_I = re.IGNORECASE

_DEFINITE_BEFORE = re.compile(
    r"(?<!\w)(?:i|gli|le|dei|degli|delle|ai|agli|alle|dai|dagli|dalle|nei|negli|nelle|sui"
    r"|sugli|sulle|coi|tra i|fra i|tra le|fra le)[ \t]+$", _I
)

_INCLUDED_BEFORE = re.compile(
    r"(?<!\w)(?:tra cui|fra cui|di cui|inclus[oaie]|compres[oaie])[ \t]+(?:anche[ \t]+)?$", _I
)
_ASIDE = re.compile(
    r"[ \t]*,[ \t]*(?:tra cui|fra cui|di cui|inclus[oaie]|compres[oaie])[^,.;:!?]{0,160},", _I
)
_PAREN_AFTER = re.compile(r"[ \t]*\(")
_PAREN_REACH = 120  # a list of fates in brackets is short: "(uccisi, feriti, dispersi)"
_AGENT_BEFORE = re.compile(r"(?<!\w)(?:da|dal|dalla|dai|dalle|dagli)[ \t]+$", _I)
_AND_BEFORE = re.compile(r"(?:[ \t]+[^\W\d_]+){0,4}[ \t]+(?:e|ed)[ \t]+$", _I)
# "nessun morto", "non ci sono (state) vittime", "senza causare feriti", "non ha provocato morti"
_ZERO = re.compile(
    r"(?<!\w)(?:(?:nessun[oa]?|zero)[ \t]+(?P<head>mort[oi]|vittim[ae]|ferit[oi]|dispers[oi])"
    r"|(?:non[ \t]+(?:ci[ \t]+sono|si[ \t]+registrano|risultano|si[ \t]+contano"
    r"|si[ \t]+segnalano|ci[ \t]+sono[ \t]+stat[ie]|(?:ha|hanno)[ \t]+(?:causato|provocato|fatto))"
    r"|senza[ \t]+(?:causare|provocare|fare)?)[ \t]*(?P<noun>vittime|morti|feriti|dispersi))(?!\w)",
    _I,
)
_LOOKAHEAD = 8  # counts skipped at most when looking for where a count's cues end
_CASUALTIES = frozenset({"killed", "injured", "abducted", "missing", "prisoners", "evacuated"})

_ONE_BEFORE = lex.ONE_COUNTS | lex.ONE_OF
_ONE_OF = re.compile(rf"[ \t]+(?:{'|'.join(lex.ONE_OF)})(?!\w)", _I)


def find_figures(text: str, sentences: list[Sentence]) -> list[Figure]:
    """Every figure in the sentences, in text order (speaker, side, claim left unset)."""
    found: list[Found] = []
    zero_hits = list(_ZERO.finditer(text))  # one pass: they are rare
    zero_starts = [m.start() for m in zero_hits]
    for sentence in sentences:
        quantities = scan_quantities(text, sentence.start, sentence.end,
                                     one_before=_ONE_BEFORE)
        zeros = [_zero(m, sentence) for m in zero_hits[
            bisect_left(zero_starts, sentence.start):bisect_left(zero_starts, sentence.end)]
            if m.end() <= sentence.end] if zero_hits else []
        if not quantities and not zeros:
            continue
        clause = Clause(text, sentence.start, sentence.end)
        cues = Cues(text, sentence.start, sentence.end)
        in_sentence: list[Found] = []
        for i, quantity in enumerate(quantities):
            following = quantities[i + 1] if i + 1 < len(quantities) else None
            right_limit = _right_limit(text, quantities, i, sentence.end)
            item = _figure(text, sentence, quantity, following, right_limit, clause, cues,
                           in_sentence, found)
            if item is not None and (not in_sentence or item.figure.start >= (
                    in_sentence[-1].figure.end)):
                in_sentence.append(item)
                cues.take(item.figure.start, item.figure.end)
        for zero in zeros:
            if not any(_overlaps(zero.figure, f.figure) for f in in_sentence):
                in_sentence.append(zero)
        in_sentence.sort(key=lambda f: f.figure.start)
        found.extend(in_sentence)
    return [f.figure for f in found]


def _figure(
    text: str, sentence: Sentence, q: Quantity, following: Quantity | None, right_limit: int,
    clause: Clause, cues: Cues, in_sentence: list[Found], before: list[Found],
) -> Found | None:
    end = sentence.end
    if not_a_count(text, q, sentence):
        return None
    head = head_after(text, q, end)
    if is_year(text, q, sentence, counts_a_noun=head is not None):
        return None
    if head is not None:
        if q.kind == "one" and not _one_counts(text, q, head):
            return None
        if head.kind in _CASUALTIES and _ONE_OF.match(text, q.end, end):
            # "uno dei feriti è morto", "una delle vittime era un bambino": the noun names the
            # group, the verb (if any) what happened to the ones counted
            head = Head(lex.PERSON, head.unit, head.end, head.noun_end)
        if is_ratio(text, sentence, q, head):
            return None
        category = _head_category(text, sentence, q, head, right_limit, clause, cues)
        if category == "other" and head.kind == lex.PERSON and in_sentence and (
                in_sentence[-1].figure.category in _CASUALTIES) and _INCLUDED_BEFORE.search(
                text, max(sentence.start, q.start - 24), q.start):
            category = in_sentence[-1].figure.category  # "37 morti, tra cui tre bambini"
        if category is None or (q.kind == "one" and category == "other"):
            return None
        if head.kind == lex.MONEY and q.scale < 1_000_000:
            return None  # "due finanziamenti" counts loans, not money
        if category == "other" and q.kind == "word" and _DEFINITE_BEFORE.search(
                text, max(sentence.start, q.start - 12), q.start):
            return None  # "i due paesi", "dei due presidenti": a reference, not a count
        if category == "other" and head.kind == lex.PERSON and q.kind == "word" and (
                q.value <= 10):
            return None  # "dicono tre soldati", "due giornalisti": people in a story, no count
        unit = head.unit or ("person" if category in _CASUALTIES else None)
        return make(q, head.end, category, unit, sentence, head.kind)
    if q.kind == "one":
        return None
    return bare(text, sentence, q, following, right_limit, clause, cues, in_sentence, before)


def _head_category(text: str, sentence: Sentence, q: Quantity, head: Head, right_limit: int,
                   clause: Clause, cues: Cues) -> str | None:
    if head.kind in lex.MUNITION_CATEGORIES and OUT_OF_BEFORE.search(
            text, max(sentence.start, q.start - 4), q.start):
        return lex.MUNITION_CATEGORIES[head.kind]["launched"]  # "abbattuti 30 su 35 droni"
    noun_end = head.noun_end
    if aside := _ASIDE.match(text, noun_end, sentence.end):
        noun_end = aside.end()  # "25 persone, inclusi due bambini, sono state uccise"
    # "un civile è rimasto ferito", "un bambino di 5 anni è stato ucciso"; not "un uomo … ucciso"
    left_window, right_window = (3, 6) if q.kind == "one" else (MAX_LEFT_WORDS, MAX_RIGHT_WORDS)
    # "rapito da una donna", "ucciso da tre soldati": the agent suffered nothing
    agent = head.kind == lex.PERSON and _AGENT_BEFORE.search(
        text, max(sentence.start, q.start - 8), q.start) is not None
    if head.kind == lex.PERSON and _mixed_casualties(text, head.end, sentence.end, clause, cues):
        return "other"  # "perse 10.000 uomini (uccisi, feriti, dispersi)": all losses in one
    return category_for(
        head.kind, clause, cues, q.start, noun_end, right_limit, left=not agent,
        max_left=left_window, max_right=right_window,
        plural=q.value != 1 or q.approximate,
    )


def _mixed_casualties(text: str, pos: int, end: int, clause: Clause, cues: Cues) -> bool:
    """A parenthesis right after the noun that lists two or more fates."""
    if not (opening := _PAREN_AFTER.match(text, pos, end)):
        return False
    closing = text.find(")", opening.end(), min(end, opening.end() + _PAREN_REACH))
    if closing < 0:
        return False
    starts, found = cues.of("casualty")
    inside = found[bisect_left(starts, opening.end()):bisect_left(starts, closing)]
    return len({key for _, _, key in inside}) >= 2


def _right_limit(text: str, quantities: list[Quantity], i: int, end: int) -> int:
    """Where the cues of quantity i stop: at the next count, except a mere "un" ("tre persone,
    tra cui un minore, sono state uccise"), a count in an aside ("25 persone, inclusi due
    bambini, sono state uccise") or a coordinated subject ("60mila israeliani e 90mila
    libanesi sono stati costretti a lasciare…")."""
    previous_end = quantities[i].end
    aside_end = -1
    for nxt in quantities[i + 1:i + 1 + _LOOKAHEAD]:
        gap_start = previous_end
        previous_end = nxt.end
        if nxt.kind == "one" or nxt.start < aside_end or DURATION_AFTER.match(text, nxt.end, end):
            continue  # "un bambino di 5 anni è stato ucciso"
        if _INCLUDED_BEFORE.search(text, max(gap_start, nxt.start - 24), nxt.start):
            comma = text.find(",", nxt.end, end)
            aside_end = comma if comma >= 0 else end
            continue
        if _AND_BEFORE.match(text, gap_start, nxt.start):
            continue
        return nxt.start
    if len(quantities) > i + 1 + _LOOKAHEAD:
        return quantities[i + 1 + _LOOKAHEAD].start
    return end


def _one_counts(text: str, q: Quantity, head: Head) -> bool:
    if _ONE_OF.match(text, q.end):
        return True  # "uno dei razzi"
    noun = text[q.end:head.noun_end].strip().lower()
    return noun in lex.ONE_COUNTS


def _zero(m: re.Match[str], sentence: Sentence) -> Found:
    """'nessun morto', 'non ci sono vittime': a count of zero casualties."""
    noun = (m.group("head") or m.group("noun")).lower()
    category = "injured" if noun.startswith("ferit") else (
        "missing" if noun.startswith("dispers") else "killed")
    figure = Figure(start=m.start(), end=m.end(), value=Decimal(0), category=category,
                    sentence_index=sentence.index, unit="person")
    return Found(figure, category)


def _overlaps(a: Figure, b: Figure) -> bool:
    return a.start < b.end and b.start < a.end
