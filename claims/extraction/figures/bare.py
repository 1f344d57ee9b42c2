"""Bare numbers: a count with no noun after it, whose noun the sentence (or the one before)
has already said or whose verb tells what it counts.

Italian leaves the noun out once it is known: "Trenta droni … Dodici sono precipitati",
"sono morte 20 persone e ferite 75", "ne ha feriti a decine", "sono fuggiti in 2mila",
"i profughi accolti: Polonia - 350mila". Each rule below reads one of these shapes from the
words right around the number; none scans the text more than once.
"""

from __future__ import annotations

import re
from itertools import chain, islice

from claims.extraction.figures.context import Clause, Cues, category_for
from claims.extraction.figures.filters import is_proportion
from claims.extraction.figures.found import Found, make
from claims.extraction.figures.heads import DI, head_after
from claims.extraction.figures.numbers import Quantity
from claims.extraction.rules import figure_lexicon as lex
from claims.extraction.rules import non_figures as nf
from claims.extraction.types import Sentence

_I = re.IGNORECASE
_LOOKBACK = 48
OUT_OF_BEFORE = re.compile(r"(?<!\w)su[ \t]+$", _I)  # "abbattuti 30 droni su 35"
DURATION_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(nf.TIME_UNITS)})(?!\w)", _I)

# "20 delle quali", "120 dei quali": a share of the count just before
_PARTITIVE = re.compile(
    r"[ \t]+(?:(?:dei|delle|degli|tra|fra)[ \t]+(?:quali|questi|queste|loro|cui)"
    r"|di[ \t]+(?:cui|loro|questi|queste|essi|esse))(?!\w)", _I
)
# "ne ha ferite 15", "ne sono stati abbattuti 120", "ne ha uccisi a decine"; and the clitic
# glued to a gerund or an infinitive: "ferendone a decine", "abbatterne 20"
_NE_BEFORE = re.compile(
    r"(?:(?<!\w)ne[ \t]+(?:(?:ha|hanno|avrebbe|avrebbero|aveva|avevano|sono|è|erano|furono"
    r"|sarebbero)[ \t]+)?(?:stat[iaeo][ \t]+)?(\w+)|(?<!\w)(\w+(?:ndo|r)ne))"
    r"[ \t]+(?:a[ \t]+)?$", _I
)
# The verb just before a bare number that ends its clause: "sono morte 20 persone e ferite
# 75", "lanciati 50 droni, abbattuti 42", "i morti sono 20 e i feriti 75"
_WORD_BEFORE = re.compile(r"(?<![\w'’])([^\W\d_]+)[ \t]+$")
# "sono fuggiti in 2mila", "ci hanno provato in trenta": a group counted by "in"
_IN_BEFORE = re.compile(r"(?<![\w'’])in[ \t]+$", _I)
# A list item that names only its number: "profughi accolti ... salvo la Polonia - 350mila"
_ITEM_BEFORE = re.compile(r"[-–:(][ \t]*$")
# Characters back to the noun of a list item or a tally ("il bilancio dei morti, secondo le
# autorità locali, è salito a 51"): a clause or two, and no scan of a whole long sentence.
_ITEM_REACH = 200
# "navi straniere, a dozzine", "i profughi arrivano a migliaia": a vague count after its noun
_NOUN_THEN_A = re.compile(
    r"(?<![\w'’])((?:[^\W\d_]+[ \t]+){0,4}[^\W\d_]+)[ \t]*,?[ \t]+a[ \t]+$"
)
_TALLY_NOUN = re.compile(rf"(?<!\w)(?:{'|'.join(lex.TALLY_NOUNS)})(?!\w)", _I)
_COPULA_AFTER = re.compile(  # "30 sono morti", "17 sono rimasti feriti"
    r"[ \t]+(?:sono|erano|furono|sarebbero|risultano|restano|rimangono|vengono)(?!\w)", _I
)
_SHARED_NOUN = re.compile(r"[ \t]+(e|ed|o|oppure|dei|delle|degli|su)[ \t]+", _I)
_TALLY_BEFORE = re.compile(
    rf"(?<!\w)({'|'.join(lex.TALLY_NOUNS)})(?!\w)[^.;:!?]*?(?<!\w)(?:salit[oaie]|sale|salgono"
    r"|arrivat[oaie]|arriva|arrivano|aumentat[oaie]|giunt[oaie]|raggiunto|superat[oaie]|supera"
    r"|superano|è|sono)[ \t]+(?:(?:a|ad|di|ai|i|le)[ \t]+)?(?:quota[ \t]+)?$", _I
)
_TALLY_END = re.compile(r"[ \t]*(?:[,.;:!?)»”\"]|$|(?:e|ed|ma|mentre)(?!\w))", _I)
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:!?)»”\"]|$)")
INHERITING_HEDGES = frozenset({"altri", "altre"})
_INHERIT_SENTENCES = 2  # "addestrati 22.000 soldati. Johnson ha promesso di formarne altri 10.000"
_BACK_FIGURES = 8  # figures looked back at for a munition a bare count refers to

_ANAPHORIC_ARTICLE = re.compile(r"(?<![\w'’])(?i:i|gli|le)\s+$")


def bare(
    text: str, sentence: Sentence, q: Quantity, following: Quantity | None, right_limit: int,
    clause: Clause, cues: Cues, in_sentence: list[Found], before: list[Found],
) -> Found | None:
    """A number with no noun after it counts only when the sentence says what it counts."""
    end = sentence.end
    antecedent = in_sentence[-1] if in_sentence else None
    if partitive := _PARTITIVE.match(text, q.end, end):  # "20 delle quali", "120 dei quali"
        if antecedent is None:
            return None
        category = category_for(antecedent.kind, clause, cues, q.start, partitive.end(),
                                right_limit, default=antecedent.figure.category)
        return make(q, partitive.end(), category or antecedent.figure.category,
                     antecedent.figure.unit, sentence, antecedent.kind)
    munition = _munition_before(sentence, in_sentence, before)
    ends_clause = _TALLY_END.match(text, q.end, end) is not None
    if (ne := _NE_BEFORE.search(text, max(sentence.start, q.start - _LOOKBACK), q.start)) or (
            ends_clause and (ne := _WORD_BEFORE.search(
                text, max(sentence.start, q.start - _LOOKBACK), q.start))):
        # the participle right before the number decides: "ne ha ferite 15", "e ferite 75"
        found = _by_verb(q, ne.end(ne.lastindex or 1), munition, sentence, clause, cues)
        if found is not None:
            return found
    if _IN_BEFORE.search(text, max(sentence.start, q.start - 4), q.start) and not (
            DURATION_AFTER.match(text, q.end, end)):
        category = category_for(lex.PRONOUN, clause, cues, q.start, q.end, right_limit,
                                max_left=3, max_right=3, plural=True)
        if category is not None:  # "sono fuggiti in 2mila"
            return make(q, q.end, category, "person", sentence, lex.PERSON)
    if following is not None and (link := _SHARED_NOUN.match(text, q.end, end)) and (
            link.end() == following.start):
        # "rispettivamente 11 e 20 morti", "abbattuti 45 dei 60 droni", "30 su 35 droni"
        head = head_after(text, following, end)
        if head is not None and following.kind != "one" and (
                head.kind in lex.MUNITION_CATEGORIES or link.group(1).lower() != "su"):
            category = category_for(head.kind, clause, cues, q.start, head.noun_end, end)
            if category is not None:
                return make(q, q.end, category, head.unit, sentence, head.kind)
    if is_proportion(text, q.end, end):
        return None  # "tre su quattro"
    if antecedent is not None and antecedent.kind in lex.MUNITION_CATEGORIES and (
            OUT_OF_BEFORE.search(text, max(sentence.start, q.start - 4), q.start)):
        # "abbattuti 30 droni su 35": the second number is how many were launched
        category = lex.MUNITION_CATEGORIES[antecedent.kind]["launched"]
        return make(q, q.end, category, antecedent.figure.unit, sentence, antecedent.kind)
    if (tally := _TALLY_BEFORE.search(
            text, max(clause.start_before(q.start), q.start - _ITEM_REACH), q.start)) and (
            _TALLY_END.match(text, q.end, end)):
        # "le vittime sono salite a 558", "il bilancio dei morti è arrivato a 51"
        category = lex.TALLY_NOUNS[tally.group(1).lower()]
        return make(q, q.end, category, "person", sentence, category)
    if _COPULA_AFTER.match(text, q.end, end):  # "30 sono morti", "17 sono rimasti feriti"
        category = category_for(lex.PRONOUN, clause, cues, q.end, q.end, right_limit,
                                left=False, max_right=4, plural=q.value != 1)
        if category == "evacuated" and _ANAPHORIC_ARTICLE.search(
                text, max(sentence.start, q.start - 4), q.start):
            # "I tre sono poi fuggiti": people already named getting away, not displaced.
            category = None
        if category is not None:
            return make(q, q.end, category, "person", sentence, lex.PERSON)
        # "Lanciati 60 droni. 58 sono stati abbattuti": the drones were named just before
        source = munition
        if source is not None:
            category = category_for(source.kind, clause, cues, q.end, q.end, right_limit,
                                    left=False, max_right=4, default=None)
            if category is not None:
                return make(q, q.end, category, source.figure.unit, sentence, source.kind)
    # A count whose own predicate says nothing we know ("altre due sono state soccorse") does
    # not take the category of the one before: only a count the clause ends on does.
    if (q.hedge in INHERITING_HEDGES or q.qualifier) and _CLAUSE_END.match(text, q.end, end):
        # "e dallo scorso ottobre circa 1.250.", "formarne altri 10.000"
        source = antecedent
        if source is None and q.hedge in INHERITING_HEDGES and before and (
                sentence.index - before[-1].figure.sentence_index <= _INHERIT_SENTENCES):
            source = before[-1]
        if source is not None and source.kind != lex.MONEY and q.kind != "vague":
            return make(q, q.end, source.figure.category, source.figure.unit, sentence,
                         source.kind)
    if q.kind == "vague" and (found := _noun_then_a(text, sentence, q, clause, cues,
                                                      right_limit)):
        return found
    if _CLAUSE_END.match(text, q.end, end) and _ITEM_BEFORE.search(
            text, max(sentence.start, q.start - 4), q.start) and (
            nouns := list(_TALLY_NOUN.finditer(
                text, max(sentence.start, q.start - _ITEM_REACH), q.start))):
        # the noun named once earlier in the sentence: "i profughi accolti: Polonia - 2 milioni"
        category = lex.TALLY_NOUNS[nouns[-1].group().lower()]
        return make(q, q.end, category, "person", sentence, category)
    if q.scale >= 1_000_000 and cues.money() and not DI.match(text, q.end, end):
        # "ha bloccato altri 24 miliardi": millions and billions in a sentence about money
        return make(q, q.end, "aid_money", None, sentence, lex.MONEY)
    return None


def _noun_then_a(text: str, sentence: Sentence, q: Quantity, clause: Clause, cues: Cues,
                  right_limit: int) -> Found | None:
    """'navi straniere, a dozzine': the nearest noun of the lexicon in the five words before."""
    words = _NOUN_THEN_A.search(text, max(sentence.start, q.start - _LOOKBACK), q.start)
    if words is None:
        return None
    for word in reversed(words.group(1).split()):
        if entry := lex.HEAD_NOUNS.get(word.lower()):
            category = category_for(entry[0], clause, cues, q.start, q.end, right_limit)
            if category is None:
                return None
            return make(q, q.end, category, entry[1], sentence, entry[0])
    return None


def _munition_before(sentence: Sentence, in_sentence: list[Found],
                     before: list[Found]) -> Found | None:
    """The drones or missiles a bare count refers back to: the last munition figure of this
    sentence or of the two before it ("Trenta droni … Il sindaco … Dodici sono precipitati")."""
    recent = chain(reversed(in_sentence), reversed(before[-_BACK_FIGURES:]))
    for found in islice(recent, _BACK_FIGURES):
        if sentence.index - found.figure.sentence_index > _INHERIT_SENTENCES:
            return None
        if found.kind in lex.MUNITION_CATEGORIES:
            return found
    return None


def _by_verb(q: Quantity, verb_end: int, munition: Found | None, sentence: Sentence,
             clause: Clause, cues: Cues) -> Found | None:
    """A bare count whose category is the verb ending at verb_end: of the munition named just
    before ("lanciati 50 droni, abbattuti 42"), else of people ("morte 20 e ferite 75")."""
    if munition is not None and (category := category_for(
            munition.kind, clause, cues, verb_end, verb_end, verb_end, default=None,
            max_left=0, max_right=0)):
        return make(q, q.end, category, munition.figure.unit, sentence, munition.kind)
    category = category_for(lex.PERSON, clause, cues, verb_end, verb_end, verb_end,
                            default=None, max_left=0, max_right=0)
    if category is None or category == "other":
        return None
    return make(q, q.end, category, "person", sentence, lex.PERSON)
