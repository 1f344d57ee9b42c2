"""A speaker mention: where a text names someone who may speak, and who that is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extraction.rules import titles
from claims.extraction.speakers.gazetteer import Entry, Outlet

# A capitalised name token, with Slavic and Italian letters, hyphens and apostrophes
# ("Ivano-Frankivsk", "D'Alema"), or an initial ("B."). After a hyphen a name goes on with a
# capital: "Rossi-ha detto" is a dash that lost its spaces, not a double-barrelled name.
# A capitalised word, with one inner capital ("McConnell", "DeSantis"), a hyphenated or an
# elided part ("Jean-Luc", "D'Alema"), or an initial ("J.").
NAME_TOKEN = (r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[A-Z][a-zà-öø-ÿ]+)?"
              r"(?:-[A-ZÀ-ÖØ-Þ][A-Za-zà-öø-ÿ]+|['’][A-Za-zà-öø-ÿ]+)*"
              r"|[A-Z]\.)")
NAME_RUN = rf"{NAME_TOKEN}(?:\s+(?:(?:von der|van der|de|von|van|bin|al-)\s+)?{NAME_TOKEN})*"
_ARTICLE = (r"(?:(?<![\w'’])(?i:il|lo|la|i|gli|le|un|uno|una|questo|questa|quel|quello|quei|"
            r"quegli)\s+|(?<![\w'’])(?i:l|un)['’]\s*)")
# An article, then "stesso" ("lo stesso presidente"); or a quantifier, with or without one
# ("alcuni media", "le diverse fonti"): the noun phrase begins with them.
_ARTICLE_BEFORE = re.compile(
    rf"(?:{_ARTICLE}(?i:stesso|stessa|stessi|stesse)\s+"
    rf"|(?:{_ARTICLE})?(?<![\w'’])(?i:{'|'.join(titles.QUANTIFIERS)})\s+|{_ARTICLE})$"
)
_NP_REACH = 24  # "quegli stessi " or "le numerose ": the longest that may stand before a head


def np_start(text: str, pos: int) -> int:
    """Where the noun phrase of a head word at `pos` begins: its article or quantifier."""
    m = _ARTICLE_BEFORE.search(text, max(0, pos - _NP_REACH), pos)
    return m.start() if m else pos


@dataclass(slots=True)
class Mention:
    start: int  # the name (or phrase) that names the speaker
    end: int
    name: str  # canonical: gazetteer name, or the name as written
    kind: str  # person, institution, media, group, document
    side: str | None
    known: bool
    source: str  # name, role, title, institution, group, metonym, outlet, surname, document
    np_start: int = -1  # start of the whole noun phrase ("il governatore locale …")

    def __post_init__(self) -> None:
        if self.np_start < 0:
            self.np_start = self.start

    @property
    def is_outlet(self) -> bool:
        return self.kind == "media" and self.source in ("outlet", "name")


def mention_of(entry: Entry | Outlet, start: int, end: int, source: str) -> Mention:
    if isinstance(entry, Outlet):
        return Mention(start, end, entry.name, "media", entry.side, True, "outlet")
    return Mention(start, end, entry.name, entry.kind, entry.side, True, source)


def other_first_name(text: str, start: int, entry: Entry | Outlet) -> bool:
    """"Mike Johnson" is not "Boris Johnson": a surname alias preceded by another first name
    names someone else. Transliterations differ ("Dmitrij"/"Dmitry"), so the first two letters
    decide."""
    if isinstance(entry, Outlet) or entry.kind != "person" or " " not in entry.name:
        return False
    m = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.group(1) in titles.NOT_NAMES:
        return False
    first = m.group(1)
    if first.endswith("."):
        return first[0] != entry.name[0]  # an initial: "B. Johnson"
    return first[:2].lower() != entry.name[:2].lower()


_NAME_BEFORE = re.compile(rf"({NAME_TOKEN})\s+$")


# Words that say what kind of speaker someone is, not who: a title, or the head word of an
# institution's, a group's, a document's or an outlet's name ("il Ministero", "la portavoce").
KIND_WORDS = frozenset(
    phrase for phrase in (*titles.OFFICIAL_TITLES, *titles.UNAFFILIATED_TITLES,
                          *titles.INSTITUTION_HEADS, *titles.GROUP_HEADS,
                          *titles.DOCUMENT_HEADS, *titles.OUTLET_HEADS, *titles.DEMONYMS)
    if " " not in phrase
)


def names_someone(m: Mention) -> bool:
    """Whether a speaker mention names a person or body, so that it may become a Speaker.

    Known names, resolved roles, outlets and capitals as speakers do; so does any phrase with
    a capitalised word that is not a kind word ("il miliardario Elon Musk", "Gazprom", "il
    ministero della Difesa"), and an institution its side pins down ("il governo italiano").
    A bare role, group or document ("il funzionario", "un comandante georgiano", "alcuni
    media", "la bozza", "il Ministero") does not: the claim keeps it as its mention.
    """
    if m.known or m.source in ("name", "surname", "role", "outlet", "metonym"):
        return True
    if m.kind in ("group", "document") or m.source in ("parse-role", "role-of"):
        return False
    if any(w[:1].isupper() and w.lower() not in KIND_WORDS for w in m.name.split()):
        return True
    return m.kind == "institution" and m.side is not None and " " in m.name
