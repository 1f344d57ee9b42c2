"""Who an unnamed speaker is, from what the article said before.

Italian copy names a person once with a descriptor ("la conduttrice Anna Bianchi", "Marco
Verdi, portavoce della Regione") and then goes on with the descriptor alone ("la conduttrice
ha aggiunto…"). A claim whose speaker is such a bare role takes the nearest person named
earlier with that same role word beside the name. A role the article never gave anyone stays
unresolved, as the mention it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from claims.extraction.attribution.finder import Found
from claims.extraction.rules.titles import NOT_NAMES
from claims.extraction.speakers.mentions import NAME_RUN, Mention, names_someone

# How far before a name, or after it past a comma, its descriptor may stand.
_WINDOW = 60
# How far back a role looks for its person: a long article's lede, not a whole live blog (and
# each claim's look costs the same whatever the length of the text).
LOOKBACK = 6000
_WORD = re.compile(r"[^\W\d_]+")


def resolve_roles(text: str, claims: list[Found], mentions: list[Mention]) -> None:
    """Give claims spoken by a bare role the person the article named with that role."""
    people = [m for m in mentions if m.kind == "person" and names_someone(m)]
    for claim in claims:
        speaker = claim.speaker
        if speaker is None or speaker.kind != "person" or names_someone(speaker):
            continue
        head = _head(speaker.name)
        if head is None:
            continue
        antecedent = (named_with(text, head, people, before=speaker.np_start)
                      or _written_with(text, head, before=speaker.np_start))
        if antecedent is not None:
            claim.speaker = replace(antecedent, start=speaker.start, end=speaker.end,
                                    np_start=speaker.np_start, source="epithet")


def _written_with(text: str, head: str, before: int) -> Mention | None:
    """A person the gazetteer does not know, named in full beside the role word: "la
    conduttrice Anna Bianchi", "Anna Bianchi, conduttrice del programma"."""
    role = re.escape(head)
    found = None
    for pattern in (rf"(?<![\w'’]){role}\s+(?P<name>{NAME_RUN})",
                    rf"(?P<name>{NAME_RUN}),\s+(?:(?:il|la|lo|l['’])\s*)?{role}(?![\w])"):
        lo = max(0, before - LOOKBACK)
        for m in re.finditer(pattern, text[lo:before]):
            name = m.group("name")
            if len(name.split()) >= 2 and name.split()[0] not in NOT_NAMES and (
                    found is None or lo + m.start("name") > found[0]):
                found = (lo + m.start("name"), lo + m.end("name"), name)
    if found is None:
        return None
    start, end, name = found
    return Mention(start, end, name, "person", None, False, "epithet")


def _head(role: str) -> str | None:
    words = _WORD.findall(role.lower())
    return words[0] if words else None


def named_with(text: str, head: str, people: list[Mention], before: int) -> Mention | None:
    """The latest person named before `before` with `head` as descriptor: right before the
    name ("il portavoce Ivan Petrov") or as an apposition after it ("Ivan Petrov, portavoce")."""
    # Mentions come in text order: walk back from the last one that starts before the role.
    for i in range(bisect_left(people, before, key=lambda m: m.start) - 1, -1, -1):
        m = people[i]
        if m.end < before - LOOKBACK:
            break
        if m.end > before:
            continue
        ahead = _WORD.findall(text[max(0, m.np_start - _WINDOW):m.np_start].lower())
        if head in ahead[-4:]:
            return m
        after = text[m.end:m.end + _WINDOW]
        if after.lstrip().startswith(",") and head in _WORD.findall(after.lower())[:4]:
            return m
    return None
