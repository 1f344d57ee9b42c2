"""Speakers the gazetteer does not know, found by pattern: titled people ("il governatore
locale Vladimir Vladimirov"), institutions ("il ministero dell'Energia ucraino"), groups
("i media di Kiev", "fonti locali"), documents ("la bozza"), outlets ("l'agenzia TT") and
metonyms ("Mosca", "Washington"). Each pattern starts at a head word, so that `wordscan` can
try it only there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.extraction.rules import places, sides, titles
from claims.extraction.speakers.gazetteer import Entry, Outlet
from claims.extraction.speakers.mentions import (
    NAME_RUN,
    NAME_TOKEN,
    Mention,
    mention_of,
    np_start,
    other_first_name,
)
from claims.extraction.wordscan import Dispatch, alternation

if TYPE_CHECKING:
    from claims.extraction.speakers.matcher import SpeakerMatcher

_PREP_WORD = r"(?:del|della|dello|dei|degli|delle|di|dal|dalla|dai)"
_PREP_APOS = r"(?:dell|d|dall)['’]\s*"


def _words_re(words) -> str:
    return alternation(set(words))


_UNAFFILIATED = set(titles.UNAFFILIATED_TITLES)
_TITLES_RE = _words_re(titles.OFFICIAL_TITLES + titles.UNAFFILIATED_TITLES)
_TITLE = re.compile(rf"(?P<np>(?i:{_TITLES_RE}))(?![\w])")
_NAME_AT = re.compile(rf"(?<![\w'’])(?P<name>{NAME_RUN})(?![\w])")
# What may stand between a title and the name: descriptor words, one closing comma; no verb.
_DESC_OK = re.compile(r"[^.;:!?«»“”‘\"()\n,]{0,100}(?:,\s*)?")
_DESC_VERBS = re.compile(r"(?i:\b(?:ha|hanno|è|sono|che|afferma|dice|ed|e)\b)")
# "Yaroslav Yanushevych, capo dell'amministrazione militare locale": name, comma, title.
_NAME_COMMA_BEFORE = re.compile(rf"(?P<name>{NAME_TOKEN}\s+{NAME_RUN}),\s+$")

# Words that may follow an institution's head: sides, "militare", "di Kiev", "della Difesa".
_INST_ADJ = _words_re(list(sides.ADJECTIVES) + [
    "militare", "militari", "nazionale", "nazionali", "locale", "locali", "regionale",
    "regionali", "generale", "federale", "statale", "statali", "ufficiale", "ufficiali", "aerea",
    "aeree", "speciale", "speciali", "civile", "presidenziale", "centrale", "occidentali",
    "occidentale", "internazionale", "filorusse", "separatiste", "d'occupazione",
])
_COMPLEMENT = (
    rf"(?:\s+(?i:{_INST_ADJ})(?![\w])"
    rf"|\s+(?i:{_PREP_WORD})\s+(?:{NAME_TOKEN}|stato maggiore|[a-zà-ÿ]+)(?![\w'’])"
    rf"|\s+(?i:{_PREP_APOS})(?:{NAME_TOKEN}|[a-zà-ÿ]+)(?![\w'’]))"
)
_INSTITUTION = re.compile(
    rf"(?P<head>(?i:{_words_re(titles.INSTITUTION_HEADS)}))"
    rf"(?P<tail>(?:{_COMPLEMENT}){{0,4}})(?![\w])"
)
_GROUP = re.compile(
    rf"(?P<head>(?i:{_words_re(titles.GROUP_HEADS)}))"
    rf"(?P<tail>(?:{_COMPLEMENT}){{0,3}})(?![\w])"
)
_UNAFFILIATED_GROUPS = {
    "fonti", "fonte", "testimoni", "residenti", "osservatori", "analisti", "esperti", "medici",
    "traders", "trader", "blogger militari", "investigatori", "inquirenti", "soccorritori",
}
_DOCUMENT = re.compile(
    rf"(?P<head>(?i:{_words_re(titles.DOCUMENT_HEADS)}))"
    rf"(?P<tail>(?:{_COMPLEMENT}){{0,2}})(?![\w])"
)
_OUTLET = re.compile(
    rf"(?P<np>(?i:{_words_re(titles.OUTLET_HEADS)})"
    rf"(?:\s+(?i:{_INST_ADJ}))?)\s+(?P<name>(?:The\s+)?(?:[A-Z]{{2,}}|{NAME_TOKEN})"
    rf"(?:\s+(?:[A-Z]{{2,}}|{NAME_TOKEN}))*)"
)
_DEMONYM = re.compile(rf"(?P<head>(?i:{_words_re(titles.DEMONYMS)}))(?![\w])")
def _metonym_spellings() -> list[str]:
    out = []
    for key in sides.METONYMS:
        out.append(" ".join(w[:1].upper() + w[1:] for w in key.split()))
        if len(key) <= 4:
            out.append(key.upper())
    out.append("Casa bianca")
    return out


_METONYM = re.compile(rf"(?P<head>{alternation(_metonym_spellings())})(?![\w])")
_LOCAL_TITLES = {"governatore", "governatrice", "vicegovernatore", "sindaco", "sindaca",
                 "vicesindaco", "capo", "funzionario", "funzionaria", "prefetto"}
# "la regione russa di Stavropol", "la città ucraina di Sumy": the side of a local official.
_PLACE_ADJ = re.compile(
    r"(?i:regione|città|oblast|provincia|territorio|villaggio|distretto|cittadina|località|"
    r"repubblica|zona|paese)\s+(?P<adj>[a-zà-ÿ-]+)"
)
_PLACE_NAME = re.compile(
    rf"(?<![\w])(?i:{alternation(sorted(sides.PLACES, key=len, reverse=True))})(?![\w])"
)


STATIC = Dispatch()
STATIC.add("title", titles.OFFICIAL_TITLES + titles.UNAFFILIATED_TITLES, _TITLE)
STATIC.add("institution", titles.INSTITUTION_HEADS, _INSTITUTION)
STATIC.add("group", titles.GROUP_HEADS, _GROUP)
STATIC.add("document", titles.DOCUMENT_HEADS, _DOCUMENT)
STATIC.add("outlet", titles.OUTLET_HEADS, _OUTLET)
STATIC.add("demonym", titles.DEMONYMS, _DEMONYM)
STATIC.add("metonym", _metonym_spellings(), _METONYM)


# Simple and articulated prepositions: after one, a capitalised word is the complement of the
# title ("il ministro delle Imprese Adolfo Urso", "il sottosegretario al Mef Federico Freni").
_PREPOSITIONS = {
    f"{p}{a}" for p in ("de", "a", "da", "ne", "su")
    for a in ("l", "llo", "lla", "i", "gli", "lle")
} | {"di", "a", "da", "in", "su", "per", "con", "tra", "fra", "ai", "dai", "sui"}


def _clean_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading capitalised words that are not the person's name: places after a
    preposition ("il sindaco di Kharkiv Ihor Terekhov"), states ("segretario di Stato Usa")."""
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    before = text[max(0, start - 8):start].split()
    after_prep = bool(before) and before[-1].lower() in _PREPOSITIONS
    while len(tokens) > 2:
        word = text[tokens[0][0]:tokens[0][1]]
        if word in titles.NOT_NAMES or word.lower() in sides.PLACES or after_prep:
            tokens.pop(0)
            after_prep = False
        else:
            break
    while len(tokens) > 1 and text[tokens[0][0]:tokens[0][1]] in titles.NOT_NAMES:
        tokens.pop(0)
    return tokens[0][0], tokens[-1][1]


_PLURAL_BEFORE = re.compile(r"(?<![\w'’])(?i:i|gli|le|dei|degli|delle|ai|agli|alle|dai|dagli|"
                            r"dalle|tra i|fra i)\s+$")


def titled_people(text: str, matcher: SpeakerMatcher, hits) -> list[Mention]:
    out = []
    for m in hits:
        out.extend(_name_then_title(text, matcher, m))
        found = _name_after_title(text, m.end())
        if found is None:
            continue
        start, end = found
        name = text[start:end]
        if " " not in name and _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "i leader Volenterosi": a plural role and a word, not one person
        title = m.group("np").lower()
        desc = text[m.end("np"):start]
        entry = matcher.lookup(name) or _by_surname(text, matcher, start, end)
        if entry is not None:
            mention = mention_of(entry, start, end, "name")
        else:
            side = _title_side(text, title, desc, m.start(), matcher)
            mention = Mention(start, end, name, "person", side, False, "title")
        mention.np_start = np_start(text, m.start())
        out.append(mention)
    return out


def _name_then_title(text: str, matcher: SpeakerMatcher, m: re.Match) -> list[Mention]:
    before = _NAME_COMMA_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if before is None:
        return []
    start, end = _clean_name(text, before.start("name"), before.end("name"))
    name = text[start:end]
    if name in titles.NOT_NAMES or matcher.lookup(name) is not None:
        return []
    stop = re.search(r"[,.;:!?«»“”\"\n]", text[m.end():m.end() + 80])
    desc = text[m.end():m.end() + (stop.start() if stop else 80)]
    side = _title_side(text, m.group().lower(), desc, m.start(), matcher)
    return [Mention(start, end, name, "person", side, False, "title")]


def _name_after_title(text: str, pos: int) -> tuple[int, int] | None:
    """The first name within a short descriptor after a title: "il sindaco di Kharkiv Ihor
    Terekhov", "il viceministro degli Esteri russo Andrei Rudenko"."""
    for cand in _NAME_AT.finditer(text, pos, min(len(text), pos + 110)):
        desc = text[pos:cand.start()]
        if not _DESC_OK.fullmatch(desc) or _DESC_VERBS.search(desc) or _verb_after_name(desc):
            return None
        start, end = _clean_name(text, cand.start(), cand.end())
        name = text[start:end]
        if name in titles.NOT_NAMES or name.lower() in sides.PLACES:
            continue
        if " " not in name and not _single_name_ok(text, start):
            continue
        return start, end
    return None


def _by_surname(text: str, matcher: SpeakerMatcher, start: int, end: int) -> Entry | None:
    """"il primo ministro B. Johnson": a known surname after a compatible first name or
    initial, even when the surname alone is ambiguous (Boris and Mike Johnson)."""
    if " " not in text[start:end]:
        return None
    surname = text[start:end].rsplit(" ", 1)[1]
    fits = [e for e in matcher.by_surname.get(surname.lower(), ())
            if not other_first_name(text, end - len(surname), e)]
    return fits[0] if len(fits) == 1 else None


def _verb_after_name(desc: str) -> bool:
    """"il capo del Cremlino incontra Lukashenko": a plain lowercase word right after a
    capitalised one is most likely a verb, and the descriptor has ended."""
    words = desc.replace(",", " ").split()
    for prev, cur in zip(words, words[1:], strict=False):
        if prev[:1].isupper() and cur[:1].islower() and cur not in sides.ADJECTIVES and (
                cur not in _FUNCTION_WORDS and cur not in _DESC_WORDS):
            return True
    return False


_DESC_WORDS = {"ad", "interim", "locale", "militare", "uscente", "designato", "eletto", "per"}


def _single_name_ok(text: str, start: int) -> bool:
    """A lone capitalised word after a title is a surname ("il ministro Crosetto"), unless an
    article or preposition stands before it ("il presidente della Commissione")."""
    # An opening quote hides the preposition: "un'intervista al ‘Sun’" names a paper.
    before = [w for w in text[max(0, start - 12):start].replace("‘", " ").split() if w != "'"]
    if not before:
        return False
    word = before[-1].lower().rstrip(",")
    return word not in _FUNCTION_WORDS and not word.endswith(("'", "’"))


_FUNCTION_WORDS = {"di", "del", "della", "dello", "dei", "degli", "delle", "da", "dal", "dalla",
                   "a", "al", "alla", "in", "nel", "nella", "per", "con", "su", "sul", "sulla",
                   "il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "e", "o", "tra", "fra"}


def _title_side(text: str, title: str, desc: str, pos: int,
                matcher: SpeakerMatcher | None = None) -> str | None:
    base = title.split()[-1] if title.split() else title
    if title in _UNAFFILIATED or base in _UNAFFILIATED:
        return None
    side = sides.side_of_phrase(f"{title} {desc}")
    if side is None and matcher is not None:
        # "consigliere di Zelensky", "portavoce di Lukashenko": whom the title ties them to.
        for of in _OF_NAME.finditer(f"{title} {desc}"):
            entries = matcher.by_alias.get(of.group("name").lower(), ())
            side = next((e.side for e in entries if e.side), None)
            if side is not None:
                break
    if side is None and (base in _LOCAL_TITLES or "amministrazione" in desc or "locale" in desc):
        side = place_side(text, pos)
    if side is None:
        side = sides.italian_office(f"{title} {desc}")
    return side


_OF_NAME = re.compile(rf"(?i:\b(?:di|del|dello|della|dell['’]|dei|degli))\s*(?P<name>{NAME_RUN})")


# A state named as where things happen ("in Iran", "nel sud del Libano", "nell'Iran
# orientale"), not as an actor ("la Russia ha attaccato"): a local official's country.
_IN_COUNTRY = re.compile(
    r"(?<![\w'’])(?i:in|nel|nella|negli|nelle|nell['’]|(?:nord|sud|est|ovest|centro|"
    r"nord-est|nord-ovest|sud-est|sud-ovest|regione|regioni|provincia|zona)\s+"
    r"(?:del|della|dell['’]|degli)|(?:nord|sud|est|ovest|nord-est|nord-ovest|sud-est|"
    r"sud-ovest)\s+di)\s*(?P<place>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)


def _located_side(place: str) -> str | None:
    words = place.split()
    for name in (" ".join(words).lower(), words[0].lower()):
        metonym = sides.METONYMS.get(name)
        if side := places.countries().get(name) or (metonym[1] if metonym else None):
            return side
    return None


def place_side(text: str, pos: int, window: int = 400) -> str | None:
    """The side of the nearest place named before `pos` ("nella regione russa di Stavropol",
    "una miniera nell'Iran orientale")."""
    lo = max(0, pos - window)
    best: tuple[int, str] | None = None
    for m in _IN_COUNTRY.finditer(text, lo, pos):
        side = _located_side(m.group("place"))
        if side and (best is None or m.start() > best[0]):
            best = (m.start(), side)
    for m in _PLACE_ADJ.finditer(text, lo, pos + 200):
        side = sides.side_of_word(m.group("adj"))
        if side and (best is None or m.start() > best[0]):
            best = (m.start(), side)
    for m in _PLACE_NAME.finditer(text, lo, pos + 200):
        side = sides.PLACES.get(m.group().lower())
        if side and (best is None or m.start() > best[0]):
            best = (m.start(), side)
    return best[1] if best else None


def outlets(text: str, matcher: SpeakerMatcher, hits) -> list[Mention]:
    out = []
    for m in hits:
        name = m.group("name")
        entry = matcher.lookup(name)
        if isinstance(entry, Outlet):
            mention = mention_of(entry, m.start("name"), m.end("name"), "outlet")
        elif entry is None and name not in titles.NOT_NAMES:
            mention = Mention(m.start("name"), m.end("name"), name, "media", None, False, "outlet")
        else:
            continue
        mention.np_start = np_start(text, m.start())
        out.append(mention)
    return out


# A head word that is also a first name, capitalised right before another name, is the first
# name: "Marina Petrova" is a woman, "la Marina ucraina" a navy.
_NAME_NEXT = re.compile(rf"\s+{NAME_TOKEN}")


def institutions(text: str, matcher: SpeakerMatcher, hits) -> list[Mention]:
    out = []
    for m in hits:
        head = m.group("head")
        if (head.lower() in titles.HEADS_ALSO_FIRST_NAMES and head[0].isupper()
                and not m.group("tail") and _NAME_NEXT.match(text, m.end("head"))):
            continue
        phrase = text[m.start("head"):m.end("tail")]
        entry = matcher.lookup(phrase)
        if entry is not None:
            mention = mention_of(entry, m.start("head"), m.end("tail"), "name")
        else:
            side = sides.side_of_phrase(m.group("tail")) if m.group("tail") else None
            name = phrase[0].upper() + phrase[1:]
            mention = Mention(m.start("head"), m.end("tail"), name, "institution", side, False,
                              "institution")
        mention.np_start = np_start(text, m.start())
        out.append(mention)
    return out


def groups(text: str, hits: dict) -> list[Mention]:
    out = []
    for m in hits.get("group", ()):
        head = m.group("head").lower()
        tail = m.group("tail")
        side = None if head in _UNAFFILIATED_GROUPS else sides.side_of_phrase(tail or "")
        name = text[m.start("head"):m.end("tail")]
        out.append(Mention(m.start("head"), m.end("tail"), name, "group", side, False, "group",
                           np_start(text, m.start())))
    for m in hits.get("demonym", ()):
        head = m.group("head")
        if not re.search(r"(?<![\w'’])(?i:i|gli)\s+$", text[max(0, m.start() - 5):m.start()]):
            continue
        out.append(Mention(m.start("head"), m.end("head"), head.lower(), "group",
                           sides.side_of_word(head), False, "group", np_start(text, m.start())))
    for m in hits.get("document", ()):
        start = np_start(text, m.start())
        if start == m.start():
            continue  # "dati", "nota" without an article are no speakers
        name = text[m.start("head"):m.end("tail")]
        out.append(Mention(m.start("head"), m.end("tail"), name, "document", None, False,
                           "document", start))
    return out


def metonyms(text: str, matcher: SpeakerMatcher, hits) -> list[Mention]:
    out = []
    for m in hits:
        head = m.group("head")
        entry = matcher.lookup(head)
        if entry is not None and not isinstance(entry, Outlet):
            mention = mention_of(entry, m.start("head"), m.end(), "name")
        else:
            name, side = sides.METONYMS[head.lower()]
            mention = Mention(m.start("head"), m.end(), name, "institution", side, False,
                              "metonym")
        mention.np_start = np_start(text, m.start())
        out.append(mention)
    return out
