"""Speaker mentions: gazetteer names and aliases, dated role phrases, and (through
`speaker_patterns`) unknown people, institutions, groups and metonyms.

`SpeakerMatcher` compiles everything once per Gazetteer (`matcher_for`); `find_mentions` then
runs one word scan per article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

from claims.extraction.attribution.cues import DISPATCH as CUE_DISPATCH
from claims.extraction.speakers.gazetteer import Entry, Gazetteer, Outlet, Role
from claims.extraction.speakers.mentions import (
    NAME_RUN,
    NAME_TOKEN,
    Mention,
    mention_of,
    np_start,
    other_first_name,
)
from claims.extraction.speakers.patterns import (
    STATIC,
    groups,
    institutions,
    metonyms,
    outlets,
    place_side,
    titled_people,
)
from claims.extraction.speakers.people import DISPATCH as PEOPLE_DISPATCH
from claims.extraction.speakers.people import (
    introduced_people,
    is_place,
    people_at_places,
    where_someone_is,
)
from claims.extraction.wordscan import Hits, alternation

__all__ = ["NAME_RUN", "Mention", "SpeakerMatcher", "matcher_for", "place_side"]


class SpeakerMatcher:
    """Gazetteer names, aliases and role phrases compiled into two trie regexes."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.by_alias: dict[str, list[Entry | Outlet]] = {}
        names: set[str] = set()
        for entry in [*gazetteer.speakers, *gazetteer.outlets]:
            for alias in (entry.name, *entry.aliases):
                if len(alias) < 2:
                    continue
                self.by_alias.setdefault(alias.lower(), []).append(entry)
                names.add(alias)
        # Surnames of known people count as aliases when no other entry shares them
        # ("Peskov" for "Dmitry Peskov"), because Italian copy drops first names at once; but
        # only in an article that names the person in full too (see `derived`).
        surnames: dict[str, list[Entry]] = {}
        for entry in gazetteer.speakers:
            if entry.kind == "person" and " " in entry.name:
                surname = entry.name.rsplit(" ", 1)[1]
                if len(surname) >= 4 and surname[0].isupper():
                    surnames.setdefault(surname.lower(), []).append(entry)
        self.by_surname = surnames
        self.derived: set[str] = set()
        for low, entries in surnames.items():
            if len(entries) == 1 and low not in self.by_alias:
                self.by_alias[low] = [entries[0]]
                self.derived.add(low)
                names.add(entries[0].name.rsplit(" ", 1)[1])
        self.name_re = re.compile(rf"{alternation({n.lower() for n in names})}(?![\w])",
                                  re.IGNORECASE)
        self.roles: dict[str, list[tuple[Entry, Role]]] = {}
        for entry in gazetteer.speakers:
            for role in entry.roles:
                for phrase in role.phrases:
                    self.roles.setdefault(phrase.lower(), []).append((entry, role))
        self.role_re = re.compile(rf"{alternation(set(self.roles))}(?![\w])", re.IGNORECASE)
        self.dispatch = STATIC.extended()
        self.dispatch.add("name", names, self.name_re)
        self.dispatch.add("role", self.roles, self.role_re)
        self.dispatch.merge(PEOPLE_DISPATCH)
        # Cues ride on the same word scan, so an article's words are read once.
        self.dispatch.merge(CUE_DISPATCH)

    def holders(self, phrase: str, day: date | None) -> list[Entry]:
        seen: dict[str, Entry] = {}
        for entry, role in self.roles.get(phrase.lower(), ()):
            if role.held_on(day):
                seen.setdefault(entry.name, entry)
        return list(seen.values())

    def find_mentions(self, text: str, day: date | None, hits: Hits | None = None) -> list[Mention]:
        """Mentions in text order; `hits` is this matcher's `dispatch.scan(text)`, if done."""
        if hits is None:
            hits = self.dispatch.scan(text)
        found: list[Mention] = []
        named, bare_surnames = self._names(text, hits.get("name", ()))
        found += named
        found += self._roles(text, day, hits.get("role", ()))
        found += titled_people(text, self, hits.get("title", ()))
        found += outlets(text, self, hits.get("outlet", ()))
        found += institutions(text, self, hits.get("institution", ()))
        found += metonyms(text, self, hits.get("metonym", ()))
        found += groups(text, hits)
        found += introduced_people(text, self, hits.get("introduced", ()))
        found += people_at_places(text, self, hits.get("at-place", ()))
        # A surname the gazetteer does not list as an alias names a known person only in an
        # article that also names them in full or by role: "Costa" alone may be anyone.
        introduced = {m.name for m in found}
        found += [m for m in bare_surnames if m.name in introduced]
        return _surnames(text, [m for m in _resolve(found) if not where_someone_is(text, m)])

    def lookup(self, written: str) -> Entry | Outlet | None:
        entries = self.by_alias.get(written.lower())
        return entries[0] if entries else None

    def _names(self, text: str, hits) -> tuple[list[Mention], list[Mention]]:
        """Mentions by name or alias, and those by a derived surname, apart."""
        out, bare = [], []
        for m in hits:
            written = m.group()
            entry = self.by_alias[written.lower()][0]
            # Case decides between a name and a common word: "Saldo" but not "il saldo",
            # "Il Post" but not "Il post di Rossi".
            if not _case_fits(self, written):
                continue
            if other_first_name(text, m.start(), entry) and not _place_before(text, m.start()):
                continue
            mention = mention_of(entry, m.start(), m.end(), "name")
            (bare if written.lower() in self.derived else out).append(mention)
        return out, bare

    def _roles(self, text: str, day: date | None, hits) -> list[Mention]:
        out = []
        for m in hits:
            holders = self.holders(m.group(), day)
            if len(holders) == 1:
                mention = mention_of(holders[0], m.start(), m.end(), "role")
                mention.np_start = np_start(text, m.start())
                out.append(mention)
        return out


_PLACE_THEN_NAME = re.compile(
    rf"(?<![\w'’])(?i:a|in|da)\s+(?P<place>{NAME_TOKEN})\s+$")


def _place_before(text: str, start: int) -> bool:
    """"a Madrid Macron": the capitalised word before a surname is a place after a
    preposition, not another first name."""
    m = _PLACE_THEN_NAME.search(text, max(0, start - 40), start)
    return m is not None and is_place(m.group("place"))


_ARTICLES = {"il", "lo", "la", "i", "gli", "le", "the", "el", "der", "die", "das"}


def _case_fits(matcher: SpeakerMatcher, written: str) -> bool:
    """Whether the text writes a name with the capitals of one of its spellings, where they
    tell a name from common words: the first word ("Saldo", not "il saldo") and the noun after
    an article ("Il Post", not "Il post di Rossi")."""
    entry = matcher.by_alias[written.lower()][0]
    words = written.split()
    spelled_as_alias = False
    for alias in (entry.name, *entry.aliases):
        if alias.lower() != written.lower():
            continue
        spelled = alias.split()
        # The second word decides only after an article ("Il Post", "La Stampa"), where it is
        # a common noun made a name; copy writes "Commissione europea" as often as "Europea".
        checked = ((words[0], spelled[0]), (words[-1], spelled[-1])) if (
            len(spelled) == 2 and spelled[0].lower() in _ARTICLES) else ((words[0], spelled[0]),)
        if all(w[:1].isupper() or not a[:1].isupper() for w, a in checked):
            return True
        spelled_as_alias = True
    # A surname derived from the full name: capitalised, as names are.
    return not spelled_as_alias and written[:1].isupper()


# Overlaps: names, roles, titled people, outlets and institutions first, longest phrase
# first ("il portavoce del Cremlino" over "Cremlino"); groups, documents and bare place
# names only where nothing stronger stands ("i media di Kiev" still beats "Kiev").
_WEAK = {"group", "document", "metonym", "surname"}
# A group of someone is the group: "una fonte del governo" and "funzionari del ministero" are
# anonymous people, not the government or the ministry they belong to. (A document of someone,
# "la nota del ministero", is the ministry's word.)
_GROUP_OF = re.compile(r"\S+(?: \S+)? (?i:di|del|dello|della|dei|degli|delle|dell['’])")


def _weak(m: Mention) -> bool:
    return m.source in _WEAK and not (m.source == "group" and _GROUP_OF.match(m.name))


def _resolve(found: list[Mention]) -> list[Mention]:
    found.sort(key=lambda m: (_weak(m), -(m.end - m.np_start), m.start))
    taken: list[Mention] = []
    # Taken spans never overlap one another, so sorted by start their ends are sorted too:
    # a new span overlaps one iff the last taken span starting before its end reaches past
    # its start.
    starts: list[int] = []
    ends: list[int] = []
    for m in found:
        i = bisect_left(starts, m.end) - 1
        if i >= 0 and ends[i] > m.np_start:
            continue
        at = bisect_left(starts, m.np_start)
        starts.insert(at, m.np_start)
        ends.insert(at, m.end)
        taken.append(m)
    taken.sort(key=lambda m: m.start)
    return taken


def _surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """Later surname-only mentions of people introduced by title ("Vladimirov ha osservato")."""
    people = {m.name.rsplit(" ", 1)[-1]: m for m in mentions
              if m.source == "title" and " " in m.name}
    if not people:
        return mentions
    for m in mentions:
        # "lo stesso Vladimirov", "il 60enne Vladimirov": the person named in full before.
        if m.source == "title" and " " not in m.name and m.name in people:
            m.name = people[m.name].name
    pattern = re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, people))})(?![\w])")
    # The mentions never overlap, so the one that could cover a position is the last to start
    # at or before it.
    starts = [x.start for x in mentions]
    extra = []
    for m in pattern.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < mentions[i].end:
            continue
        first = people[m.group()]
        extra.append(Mention(m.start(), m.end(), first.name, first.kind, first.side, False,
                             "surname"))
    return sorted(mentions + extra, key=lambda m: m.start)


_CACHE: dict[int, tuple[Gazetteer, SpeakerMatcher]] = {}


def matcher_for(gazetteer: Gazetteer) -> SpeakerMatcher:
    """The compiled matcher of a gazetteer, built on first use. Keyed by identity and holding
    the gazetteer, so an id is never reused by another object while cached."""
    hit = _CACHE.get(id(gazetteer))
    if hit is not None and hit[0] is gazetteer:
        return hit[1]
    if len(_CACHE) >= 8:
        _CACHE.clear()
    matcher = SpeakerMatcher(gazetteer)
    _CACHE[id(gazetteer)] = (gazetteer, matcher)
    return matcher
