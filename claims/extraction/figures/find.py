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
from dataclasses import dataclass
from decimal import Decimal

from claims.extraction.figures.context import (
    MAX_LEFT_WORDS,
    MAX_RIGHT_WORDS,
    Clause,
    Cues,
    category_for,
)
from claims.extraction.figures.filters import is_proportion, is_ratio, is_year, not_a_count
from claims.extraction.figures.heads import DI, Head, head_after
from claims.extraction.figures.numbers import Quantity, scan_quantities
from claims.extraction.rules import figure_lexicon as lex
from claims.extraction.rules import non_figures as nf
from claims.extraction.types import Figure, Sentence

_I = re.IGNORECASE

_DEFINITE_BEFORE = re.compile(
    r"(?<!\w)(?:i|gli|le|dei|degli|delle|ai|agli|alle|dai|dagli|dalle|nei|negli|nelle|sui"
    r"|sugli|sulle|coi|tra i|fra i|tra le|fra le)[ \t]+$", _I
)

# Bare numbers that still count something.
_PARTITIVE = re.compile(
    r"[ \t]+(?:(?:dei|delle|degli|tra|fra)[ \t]+(?:quali|questi|queste|loro|cui)"
    r"|di[ \t]+(?:cui|loro|questi|queste|essi|esse))(?!\w)", _I
)
_NE_BEFORE = re.compile(  # "ne ha ferite 15", "ne sono stati abbattuti 120"
    r"(?<!\w)ne[ \t]+(?:(?:ha|hanno|avrebbe|avrebbero|aveva|avevano|sono|è|erano|furono"
    r"|sarebbero)[ \t]+)?(?:stat[iaeo][ \t]+)?(\w+)[ \t]+$", _I
)
_COPULA_AFTER = re.compile(  # "30 sono morti", "17 sono rimasti feriti"
    r"[ \t]+(?:sono|erano|furono|sarebbero|risultano|restano|rimangono|vengono)(?!\w)", _I
)
_SHARED_NOUN = re.compile(r"[ \t]+(e|ed|o|oppure|dei|delle|degli|su)[ \t]+", _I)
_OUT_OF_BEFORE = re.compile(r"(?<!\w)su[ \t]+$", _I)  # "abbattuti 30 droni su 35"
_DURATION_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(nf.TIME_UNITS)})(?!\w)", _I)
_INCLUDED_BEFORE = re.compile(
    r"(?<!\w)(?:tra cui|fra cui|di cui|inclus[oaie]|compres[oaie])[ \t]+(?:anche[ \t]+)?$", _I
)
_TALLY_BEFORE = re.compile(
    rf"(?<!\w)({'|'.join(lex.TALLY_NOUNS)})(?!\w)[^.;:!?]*?(?<!\w)(?:salit[oaie]|sale|salgono"
    r"|arrivat[oaie]|arriva|arrivano|aumentat[oaie]|giunt[oaie]|raggiunto|superat[oaie]|supera"
    r"|superano|è|sono)[ \t]+(?:(?:a|ad|di|ai|i|le)[ \t]+)?(?:quota[ \t]+)?$", _I
)
_TALLY_END = re.compile(r"[ \t]*(?:[,.;:!?)»”\"]|$|(?:e|ed|ma|mentre)(?!\w))", _I)
_ASIDE = re.compile(
    r"[ \t]*,[ \t]*(?:tra cui|fra cui|di cui|inclus[oaie]|compres[oaie])[^,.;:!?]{0,160},", _I
)
_AGENT_BEFORE = re.compile(r"(?<!\w)(?:da|dal|dalla|dai|dalle|dagli)[ \t]+$", _I)
_AND_BEFORE = re.compile(r"(?:[ \t]+[^\W\d_]+){0,4}[ \t]+(?:e|ed)[ \t]+$", _I)
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:!?)»”\"]|$)")
# "nessun morto", "non ci sono (state) vittime", "senza causare feriti", "non ha provocato morti"
_ZERO = re.compile(
    r"(?<!\w)(?:(?:nessun[oa]?|zero)[ \t]+(?P<head>mort[oi]|vittim[ae]|ferit[oi]|dispers[oi])"
    r"|(?:non[ \t]+(?:ci[ \t]+sono|si[ \t]+registrano|risultano|si[ \t]+contano"
    r"|si[ \t]+segnalano|ci[ \t]+sono[ \t]+stat[ie]|(?:ha|hanno)[ \t]+(?:causato|provocato|fatto))"
    r"|senza[ \t]+(?:causare|provocare|fare)?)[ \t]*(?P<noun>vittime|morti|feriti|dispersi))(?!\w)",
    _I,
)
_LOOKBACK = 48
_LOOKAHEAD = 8  # counts skipped at most when looking for where a count's cues end
_CASUALTIES = frozenset({"killed", "injured", "abducted", "missing", "prisoners", "evacuated"})

INHERITING_HEDGES = frozenset({"altri", "altre"})
_INHERIT_SENTENCES = 2  # "addestrati 22.000 soldati. Johnson ha promesso di formarne altri 10.000"


@dataclass(slots=True)
class _Found:
    figure: Figure
    kind: str


def find_figures(text: str, sentences: list[Sentence]) -> list[Figure]:
    """Every figure in the sentences, in text order (speaker, side, claim left unset)."""
    found: list[_Found] = []
    zero_hits = list(_ZERO.finditer(text))  # one pass: they are rare
    zero_starts = [m.start() for m in zero_hits]
    for sentence in sentences:
        quantities = scan_quantities(text, sentence.start, sentence.end,
                                     one_before=lex.ONE_COUNTS)
        zeros = [_zero(m, sentence) for m in zero_hits[
            bisect_left(zero_starts, sentence.start):bisect_left(zero_starts, sentence.end)]
            if m.end() <= sentence.end] if zero_hits else []
        if not quantities and not zeros:
            continue
        clause = Clause(text, sentence.start, sentence.end)
        cues = Cues(text, sentence.start, sentence.end)
        in_sentence: list[_Found] = []
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
    clause: Clause, cues: Cues, in_sentence: list[_Found], before: list[_Found],
) -> _Found | None:
    end = sentence.end
    if not_a_count(text, q, sentence):
        return None
    head = head_after(text, q, end)
    if is_year(text, q, sentence, counts_a_noun=head is not None):
        return None
    if head is not None:
        if q.kind == "one" and not _one_counts(text, q, head):
            return None
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
        return _make(q, head.end, category, unit, sentence, head.kind)
    if q.kind == "one":
        return None
    return _bare(text, sentence, q, following, right_limit, clause, cues, in_sentence, before)


def _head_category(text: str, sentence: Sentence, q: Quantity, head: Head, right_limit: int,
                   clause: Clause, cues: Cues) -> str | None:
    if head.kind in lex.MUNITION_CATEGORIES and _OUT_OF_BEFORE.search(
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
    return category_for(
        head.kind, clause, cues, q.start, noun_end, right_limit, left=not agent,
        max_left=left_window, max_right=right_window,
        plural=q.value != 1 or q.approximate,
    )


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
        if nxt.kind == "one" or nxt.start < aside_end or _DURATION_AFTER.match(text, nxt.end, end):
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


_ANAPHORIC_ARTICLE = re.compile(r"(?<![\w'’])(?i:i|gli|le)\s+$")


def _bare(
    text: str, sentence: Sentence, q: Quantity, following: Quantity | None, right_limit: int,
    clause: Clause, cues: Cues, in_sentence: list[_Found], before: list[_Found],
) -> _Found | None:
    """A number with no noun after it counts only when the sentence says what it counts."""
    end = sentence.end
    antecedent = in_sentence[-1] if in_sentence else None
    if partitive := _PARTITIVE.match(text, q.end, end):  # "20 delle quali", "120 dei quali"
        if antecedent is None:
            return None
        category = category_for(antecedent.kind, clause, cues, q.start, partitive.end(),
                                right_limit, default=antecedent.figure.category)
        return _make(q, partitive.end(), category or antecedent.figure.category,
                     antecedent.figure.unit, sentence, antecedent.kind)
    if ne := _NE_BEFORE.search(text, max(sentence.start, q.start - _LOOKBACK), q.start):
        # the participle right before the number decides: "ne ha ferite 15"
        munition = antecedent is not None and antecedent.kind in lex.MUNITION_CATEGORIES
        kind = antecedent.kind if antecedent and munition else lex.PERSON
        category = category_for(kind, clause, cues, ne.end(1), ne.end(1), ne.end(1),
                                default=None, max_left=0, max_right=0)
        if category is not None:
            unit = antecedent.figure.unit if antecedent and munition else "person"
            return _make(q, q.end, category, unit, sentence, kind)
    if following is not None and (link := _SHARED_NOUN.match(text, q.end, end)) and (
            link.end() == following.start):
        # "rispettivamente 11 e 20 morti", "abbattuti 45 dei 60 droni", "30 su 35 droni"
        head = head_after(text, following, end)
        if head is not None and following.kind != "one" and (
                head.kind in lex.MUNITION_CATEGORIES or link.group(1).lower() != "su"):
            category = category_for(head.kind, clause, cues, q.start, head.noun_end, end)
            if category is not None:
                return _make(q, q.end, category, head.unit, sentence, head.kind)
    if is_proportion(text, q.end, end):
        return None  # "tre su quattro"
    if antecedent is not None and antecedent.kind in lex.MUNITION_CATEGORIES and (
            _OUT_OF_BEFORE.search(text, max(sentence.start, q.start - 4), q.start)):
        # "abbattuti 30 droni su 35": the second number is how many were launched
        category = lex.MUNITION_CATEGORIES[antecedent.kind]["launched"]
        return _make(q, q.end, category, antecedent.figure.unit, sentence, antecedent.kind)
    if (tally := _TALLY_BEFORE.search(text, clause.start_before(q.start), q.start)) and (
            _TALLY_END.match(text, q.end, end)):
        # "le vittime sono salite a 558", "il bilancio dei morti è arrivato a 51"
        category = lex.TALLY_NOUNS[tally.group(1).lower()]
        return _make(q, q.end, category, "person", sentence, category)
    if _COPULA_AFTER.match(text, q.end, end):  # "30 sono morti", "17 sono rimasti feriti"
        category = category_for(lex.PRONOUN, clause, cues, q.end, q.end, right_limit,
                                left=False, max_right=4, plural=q.value != 1)
        if category == "evacuated" and _ANAPHORIC_ARTICLE.search(
                text, max(sentence.start, q.start - 4), q.start):
            # "I tre sono poi fuggiti": people already named getting away, not displaced.
            category = None
        if category is not None:
            return _make(q, q.end, category, "person", sentence, lex.PERSON)
        # "Lanciati 60 droni. 58 sono stati abbattuti": the drones were named just before
        source = antecedent or (before[-1] if before and (
            sentence.index - before[-1].figure.sentence_index <= 1) else None)
        if source is not None and source.kind in lex.MUNITION_CATEGORIES:
            category = category_for(source.kind, clause, cues, q.end, q.end, right_limit,
                                    left=False, max_right=4, default=None)
            if category is not None:
                return _make(q, q.end, category, source.figure.unit, sentence, source.kind)
    if (q.hedge in INHERITING_HEDGES or q.qualifier) and (
            _CLAUSE_END.match(text, q.end, end) or _COPULA_AFTER.match(text, q.end, end)):
        # "e dallo scorso ottobre circa 1.250.", "formarne altri 10.000"
        source = antecedent
        if source is None and q.hedge in INHERITING_HEDGES and before and (
                sentence.index - before[-1].figure.sentence_index <= _INHERIT_SENTENCES):
            source = before[-1]
        if source is not None and source.kind != lex.MONEY and q.kind != "vague":
            return _make(q, q.end, source.figure.category, source.figure.unit, sentence,
                         source.kind)
    if q.scale >= 1_000_000 and cues.money() and not DI.match(text, q.end, end):
        # "ha bloccato altri 24 miliardi": millions and billions in a sentence about money
        return _make(q, q.end, "aid_money", None, sentence, lex.MONEY)
    return None


def _one_counts(text: str, q: Quantity, head: Head) -> bool:
    noun = text[q.end:head.noun_end].strip().lower()
    return noun in lex.ONE_COUNTS


def _zero(m: re.Match[str], sentence: Sentence) -> _Found:
    """'nessun morto', 'non ci sono vittime': a count of zero casualties."""
    noun = (m.group("head") or m.group("noun")).lower()
    category = "injured" if noun.startswith("ferit") else (
        "missing" if noun.startswith("dispers") else "killed")
    figure = Figure(start=m.start(), end=m.end(), value=Decimal(0), category=category,
                    sentence_index=sentence.index, unit="person")
    return _Found(figure, category)


def _make(q: Quantity, end: int, category: str, unit: str | None, sentence: Sentence,
          kind: str) -> _Found:
    figure = Figure(
        start=q.start, end=end, value=_plain(q.value), category=category,
        sentence_index=sentence.index, value_max=None if q.value_max is None else _plain(
            q.value_max), approximate=q.approximate, qualifier=q.qualifier, unit=unit,
    )
    return _Found(figure, kind)


def _plain(value: Decimal) -> Decimal:
    """'45,9 miliardi' is 45900000000, not Decimal('45900000000.0')."""
    integral = value.to_integral_value()
    return integral if value == integral else value.normalize()


def _overlaps(a: Figure, b: Figure) -> bool:
    return a.start < b.end and b.start < a.end
