"""People the gazetteer does not know and no office introduces: named by what they do ("il
miliardario X", "l'imprenditrice Y"), by their age ("l'83enne X"), as already met ("lo stesso
X"), or after the place where they are ("a Birmingham X ha detto": X speaks, the city does not).

Each pattern starts at an article or a preposition, so that `wordscan` tries it only there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.extraction.rules import places, sides, titles
from claims.extraction.speakers.mentions import NAME_RUN, NAME_TOKEN, Mention
from claims.extraction.wordscan import Dispatch

if TYPE_CHECKING:
    from claims.extraction.speakers.matcher import SpeakerMatcher

_ARTICLES = ("il", "lo", "la", "un", "uno", "una", "l")
# Article, an optional modifier, the noun that says what the person is, up to two adjectives,
# the name: "il noto scrittore russo Ivan Petrov", "l'83enne Anna Neri", "lo stesso Neri".
_INTRODUCED = re.compile(
    r"(?P<np>(?i:il|lo|la|un|uno|una)\s+|(?i:l|un)['’]\s*)"
    r"(?:(?i:ex|noto|nota|celebre|famoso|famosa|giovane|anziano|anziana)\s+)?"
    r"(?P<noun>\d{1,3}enne|[a-zà-ÿ]+)(?P<adj>(?:\s+[a-zà-ÿ]+){0,2}?)"
    rf"\s+(?P<name>{NAME_RUN})(?![\w'’-])"
)
_AGE = re.compile(r"\d{1,3}enne|(?:dici|vent|trent|quarant|cinquant|sessant|settant|ottant|"
                  r"novant)[a-z]*enne")
_SAME = {"stesso", "stessa"}
# Adjectives a person noun may take before the name, besides nationalities.
_PERSON_ADJ = {"ex", "noto", "nota", "celebre", "famoso", "famosa", "giovane", "anziano",
               "anziana", "locale", "indipendente"}
# Nouns other patterns read: offices (with their side), institutions, groups, outlets.
_OTHERS = {w for w in (*titles.OFFICIAL_TITLES, *titles.UNAFFILIATED_TITLES,
                       *titles.INSTITUTION_HEADS, *titles.GROUP_HEADS, *titles.DOCUMENT_HEADS,
                       *titles.OUTLET_HEADS) if " " not in w}

# A preposition of place, then a run of capitalised words that opens with a place.
_AT_PLACE = re.compile(rf"(?i:a|ad|in|da)\s+(?P<run>{NAME_RUN})(?![\w'’-])")
_TOKEN = re.compile(r"\S+")
_LONGEST_PLACE = 3  # words: "San Pietroburgo", "Nuova Delhi", "Stati Uniti d'America"

DISPATCH = Dispatch()
DISPATCH.add("introduced", _ARTICLES, _INTRODUCED)
DISPATCH.add("at-place", ("a", "ad", "in", "da"), _AT_PLACE)


def person_noun(word: str) -> bool:
    """Whether a common noun names a person by what they are: an occupation ("miliardario"), an
    agent noun ("scrittore", "sindacalista", "cantante", "politologo") or an age ("45enne")."""
    word = word.lower()
    if word in titles.PERSON_NOUNS or _AGE.fullmatch(word):
        return True
    return word.endswith(titles.PERSON_SUFFIXES) and word not in titles.THING_NOUNS


def is_place(name: str) -> bool:
    """Whether capitalised words name a place: a state, a capital, a city, a US state."""
    low = name.lower()
    return bool(low in sides.METONYMS or low in sides.PLACES or places.countries().get(low)
                or places.city_countries(name) or places.country_of_region(name))


def introduced_people(text: str, matcher: SpeakerMatcher, hits) -> list[Mention]:
    out = []
    for m in hits:
        noun = m.group("noun").lower()
        if noun in _OTHERS or not (noun in _SAME or person_noun(noun)):
            continue
        adj = m.group("adj").split()
        if any(a not in _PERSON_ADJ and a not in sides.ADJECTIVES for a in adj):
            continue
        start, end = m.span("name")
        name = m.group("name")
        if name.split()[0] in titles.NOT_NAMES or is_place(name):
            continue
        entry = matcher.lookup(name)
        if entry is not None:
            continue  # the gazetteer's mention stands
        out.append(Mention(start, end, name, "person", None, False, "title", m.start()))
    return out


def people_at_places(text: str, matcher: SpeakerMatcher, hits) -> list[Mention]:
    """"a Madrid Rossi ha detto": the words after the place name a person."""
    out = []
    for m in hits:
        run = m.group("run")
        tokens = list(_TOKEN.finditer(run))
        for k in range(min(_LONGEST_PLACE, len(tokens) - 1), 0, -1):
            place = run[:tokens[k - 1].end()]
            if not is_place(place):
                continue
            start = m.start("run") + tokens[k].start()
            name = text[start:m.end("run")]
            # Many first names are also towns somewhere ("Anna", "Sofia", "Marco"): "ad Anna
            # Neri" is one person. A lone town before a lone surname splits only where a
            # clause opens with the place ("A Sofia Neri ha detto").
            ambiguous = k == 1 and len(tokens) == 2 and not _well_known(place)
            if (name.split()[0] not in titles.NOT_NAMES and not is_place(name)
                    and matcher.lookup(name) is None
                    and not (ambiguous and not _clause_opens(text, m.start()))):
                out.append(Mention(start, m.end("run"), name, "person", None, False, "bare"))
            break
    return out


def _well_known(place: str) -> bool:
    """A state, a capital or a city the side tables list: never a first name."""
    low = place.lower()
    return bool(low in sides.METONYMS or low in sides.PLACES or places.country_of_region(place))


_CLAUSE_OPEN = re.compile(r"(?:^|[.,;:!?«“\"(\n])\s*$")


def _clause_opens(text: str, pos: int) -> bool:
    return _CLAUSE_OPEN.search(text, max(0, pos - 8), pos) is not None



# A name, then a preposition of place: "Rossi al Parlamento europeo ha detto", "Neri nella
# sede dell'Onu". The body after the preposition is where the person speaks, not who.
_NAME_AT_PLACE = re.compile(
    rf"{NAME_TOKEN}\s+(?i:al|alla|allo|all['’]|nel|nella|nello|nell['’]|presso(?:\s+(?:il|la|lo|"
    rf"l['’]))?)\s*$"
)
_PLACE_REACH = 40


def where_someone_is(text: str, m: Mention) -> bool:
    """Whether a body's mention only says where a person just named is."""
    return m.kind != "person" and _NAME_AT_PLACE.search(
        text, max(0, m.np_start - _PLACE_REACH), m.np_start) is not None
