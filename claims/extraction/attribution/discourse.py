"""Who an unnamed speaker is, from what the article said before.

Italian copy names a person once with a descriptor ("la conduttrice Anna Bianchi", "Marco
Verdi, portavoce della Regione", "il professor Marco Verdi") and then goes on with the
descriptor alone ("la conduttrice ha aggiunto…", "secondo il docente"). A claim whose speaker
is such a bare role takes the nearest person named earlier with that same role word beside the
name, when gender agrees where it shows ("la docente" is not Marco Verdi). A role the article
never gave anyone stays unresolved, as the mention it is.

A pronoun source ("Secondo lui, …", "A suo giudizio …") speaks for the person the copy is
following: the latest person named as a subject in the sentences just before, "lui"/"lei"
choosing by gender where a first name shows it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from claims.extraction.attribution.finder import ClaimFinder, Found, skip_space
from claims.extraction.rules import sides
from claims.extraction.rules.titles import NOT_NAMES
from claims.extraction.speakers.mentions import NAME_RUN, Mention, names_someone
from claims.extraction.types import Sentence

# How far before a name, or after it past a comma, its descriptor may stand.
_WINDOW = 60
# How far back a role looks for its person: a long article's lede, not a whole live blog (and
# each claim's look costs the same whatever the length of the text).
LOOKBACK = 6000
_WORD = re.compile(r"[^\W\d_]+")
# A role with the office it holds ("il ministro della Salute", "la portavoce dell'Onu") is
# that office's holder, not whoever the article gave the bare role.
_OFFICE_OF = re.compile(r"\s+(?i:di|del|della|dello|dell['’]|dei|degli|delle)(?=[\s'’])")
# The form a title takes before a name, and the noun the copy uses alone afterwards: "il
# professor Verdi" … "il professore".
_TRUNCATED = {"professor": "professore", "prof": "professore", "dottor": "dottore",
              "ingegner": "ingegnere", "monsignor": "monsignore", "cavalier": "cavaliere"}
# Words before the role noun that do not make it another role: "l'ex ministro" is the minister.
_MODIFIERS = {"ex", "neo", "vice", "stesso", "stessa", "nuovo", "nuova", "allora"}
# Articles that make a bare role plural or name a group: "secondo gli esperti" is no one.
_PLURAL_ARTICLE = re.compile(r"(?i:\b(?:i|gli|le|alcuni|alcune|molti|molte|tanti|tante|diversi|"
                             r"diverse))\s+$")
_FEMININE_ARTICLE = re.compile(r"(?i:(?<![\w'’])(?:la|una|questa)\s+$)")
_MASCULINE_ARTICLE = re.compile(r"(?i:(?<![\w'’])(?:il|lo|un|uno|questo)\s+$)")
# Role nouns whose ending shows a woman: "la professoressa", "la ministra", "la direttrice".
_FEMININE_ROLE = re.compile(r"(?:essa|trice|ministra)$")
# First names in -a that are men's: Italian, and Slavic diminutives used as names.
_MALE_IN_A = {"andrea", "luca", "nicola", "mattia", "elia", "enea", "tobia", "gianluca",
              "ilya", "ilia", "nikita", "sasha", "misha", "kostya", "jona", "joshua", "akira"}


def resolve_roles(text: str, claims: list[Found], mentions: list[Mention]) -> None:
    """Give claims spoken by a bare role the person the article named with that role."""
    people = [m for m in mentions if m.kind == "person" and names_someone(m)]
    for claim in claims:
        speaker = claim.speaker
        if speaker is None or names_someone(speaker) or not _one_person(text, speaker):
            continue
        head = _head(speaker.name)
        if head is None or _OFFICE_OF.match(text, speaker.end):
            continue
        antecedent = (named_with(text, head, people, before=speaker.np_start)
                      or _written_with(text, head, before=speaker.np_start))
        if antecedent is not None and _agrees(role_gender(text, speaker, head),
                                              first_name_gender(antecedent.name)) and (
                _same_country(text, speaker, antecedent)):
            claim.speaker = replace(antecedent, start=speaker.start, end=speaker.end,
                                    np_start=speaker.np_start, source="epithet")


# Head nouns by which the copy refers back to a body it has named: "Hezbollah … il gruppo ha
# detto", "Gazprom … l'azienda ha precisato".
BODY_HEADS = frozenset({"gruppo", "organizzazione", "movimento", "partito", "milizia",
                        "azienda", "società", "compagnia", "formazione", "gruppo armato"})
# How many mentions back a body head looks for the body it stands for.
_BODY_REACH = 30


def resolve_bodies(text: str, claims: list[Found], mentions: list[Mention]) -> None:
    """Give claims spoken by "il gruppo", "l'azienda" the body the article named last before
    them (within LOOKBACK characters): a named institution, not a place or a person."""
    starts = [m.np_start for m in mentions]
    for claim in claims:
        speaker = claim.speaker
        if (speaker is None or names_someone(speaker) or speaker.name.lower() not in BODY_HEADS
                or _PLURAL_ARTICLE.search(text, max(0, speaker.np_start - 12),
                                          speaker.np_start)):
            continue
        i = bisect_left(starts, speaker.np_start) - 1
        for m in mentions[max(0, i - _BODY_REACH):i + 1][::-1]:
            if m.end > speaker.np_start or speaker.np_start - m.end > LOOKBACK:
                continue
            if m.kind == "institution" and m.source != "metonym" and names_someone(m):
                claim.speaker = replace(m, start=speaker.start, end=speaker.end,
                                        np_start=speaker.np_start, source="body-named-before")
                break


def _written_with(text: str, head: str, before: int) -> Mention | None:
    """A person the gazetteer does not know, named in full beside the role word: "la
    conduttrice Anna Bianchi", "Anna Bianchi, conduttrice del programma"."""
    role = "|".join(re.escape(w) for w in (head, *(t for t, f in _TRUNCATED.items()
                                                  if f == head)))
    role = f"(?i:{role})"
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


def _same_country(text: str, speaker: Mention, antecedent: Mention) -> bool:
    """"il ministro libanese" is not the person introduced as "il ministro israeliano": a
    nationality after the role must stand beside the antecedent too."""
    words = _WORD.findall(speaker.name.lower()) + _WORD.findall(
        text[speaker.end:speaker.end + 30].lower())[:1]
    countries = [w for w in words if w in sides.ADJECTIVES]
    if not countries:
        return True
    near = _WORD.findall(
        text[max(0, antecedent.np_start - _WINDOW):
             min(antecedent.end + _WINDOW, speaker.np_start)].lower())
    return all(w in near for w in countries)


def _one_person(text: str, speaker: Mention) -> bool:
    """A bare role that may stand for one person: a person, or a lone role noun a source cue
    took as a group ("secondo il docente"), never one with a plural article."""
    if speaker.kind == "person":
        return True
    if speaker.kind != "group" or speaker.source != "bare" or " " in speaker.name.strip():
        return False
    article = text[max(0, speaker.np_start - 12):speaker.start]
    return _PLURAL_ARTICLE.search(article) is None and not speaker.name.endswith("i")


def _head(role: str) -> str | None:
    words = [_TRUNCATED.get(w, w) for w in _WORD.findall(role.lower())]
    words = [w for w in words if w not in _MODIFIERS] or words
    return words[0] if words else None


def role_gender(text: str, speaker: Mention, head: str) -> str | None:
    """"f" or "m" where the article or the noun shows it ("la portavoce", "il docente",
    "la professoressa"); None where nothing does."""
    before = text[max(0, speaker.start - 12):speaker.start]
    if _FEMININE_ARTICLE.search(before) or _FEMININE_ROLE.search(head):
        return "f"
    if _MASCULINE_ARTICLE.search(before):
        return "m"
    return None


def first_name_gender(name: str) -> str | None:
    """A person's gender as an Italian reader takes it from a first name ("Anna Bianchi" f,
    "Marco Verdi" m), or from a Slavic surname in -ova/-eva/-ina; None where neither shows."""
    words = name.split()
    if len(words) < 2:
        return None
    first, last = words[0].lower(), words[-1].lower()
    if last.endswith(("ova", "eva", "ska", "aya")):
        return "f"
    if first.endswith("a") and first not in _MALE_IN_A:
        return "f"
    if first.endswith("o"):
        return "m"
    return None


def _agrees(one: str | None, other: str | None) -> bool:
    return one is None or other is None or one == other


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
        ahead = [_TRUNCATED.get(w, w)
                 for w in _WORD.findall(text[max(0, m.np_start - _WINDOW):m.start].lower())]
        if head in ahead[-4:]:
            return m
        after = text[m.end:m.end + _WINDOW]
        if after.lstrip().startswith(",") and head in _WORD.findall(after.lower())[:4]:
            return m
    return None


# A source given by a pronoun, as the phrase that opens or closes a claim. Each line is a form
# of Italian copy; "lui"/"lei" carry the gender the person must agree with.
_PRONOUN_SOURCES = (
    r"secondo\s+(?P<g1>lui|lei)",  # "Secondo lui, la crisi durerà"
    r"a\s+suo\s+(?:giudizio|avviso|parere|dire)",  # "A suo giudizio la crisi durerà"
    r"a\s+detta\s+sua",
    r"a\s+parer\s+suo",
    r"dal\s+suo\s+punto\s+di\s+vista",
)
_PRONOUN_SOURCE = re.compile(
    r"(?<![\w'’])(?i:" + "|".join(f"(?:{form})" for form in _PRONOUN_SOURCES) + r")(?![\w'’])")
# "Per lui/lei" is a source only where it opens the sentence: "ha fatto molto per lei" is not.
_FOR_HIM_OPENING = re.compile(r"\s*(?i:per)\s+(?P<g1>lui|lei)\s*,")
_GENDER = {"lui": "m", "lei": "f"}
_CLAUSE_MARKS = ",.;:!?–—()"
# A name the gazetteer does not know, as the subject that opens a sentence: "Anna Bianchi ha…".
_OPENING_NAME = re.compile(rf"\s*(?P<name>{NAME_RUN})(?=\s+[a-zà-ÿ])")
# How many sentences back, within the paragraph, the person the pronoun follows may be named.
PRONOUN_REACH = 2
_MIN_CLAIM_WORDS = 4
# A preposition before a name makes it a complement, not the subject the copy follows.
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?<![\w'’])(?i:a|al|alla|ai|da|dal|dalla|su|sul|in|nel|nella|con|per|tra|fra|di|del|della|"
    r"dei|degli|contro|verso)\s*$")


def pronoun_sources(f: ClaimFinder) -> None:
    """Claims given by a pronoun source: the sentence after the phrase (or, when it closes the
    sentence, before it) said by the person the copy is following."""
    text = f.text
    for sent in f.sentences:
        found = _FOR_HIM_OPENING.match(text, sent.start, sent.end)
        if found is None:
            found = _PRONOUN_SOURCE.search(text, sent.start, sent.end)
        if (found is None or f.quote_at(found.start()) is not None or f.claims_in(sent.index)
                or not _frames_clause(text, found.start(), found.end(), sent)):
            continue
        gender = _GENDER.get((found.group("g1") or "").lower())
        speaker = following_person(f, sent.index, found.start(), gender)
        if speaker is None:
            continue
        at = found.end()
        while at < sent.end and text[at] in " ,\t":
            at += 1
        if not text[sent.start:found.start()].strip():
            start, end = at, _trim(text, at, sent.end)  # "Secondo lui, …"
        elif not text[found.end():sent.end].strip(" \t\n.;!?"):
            start, end = sent.start, _trim(text, sent.start, found.start())  # "…, secondo lui."
        else:
            start, end = sent.start, _trim(text, sent.start, sent.end)  # "…, a suo avviso, …"
        start = skip_space(text, start)
        if len(text[start:end].split()) < _MIN_CLAIM_WORDS:
            continue
        span = (start, end, "reported")
        f.add(span, speaker, found.group().strip(), sent.index, rule="pronoun-source")


def _frames_clause(text: str, start: int, end: int, sent: Sentence) -> bool:
    """Whether a source phrase opens the sentence ("A suo giudizio la crisi…"), or stands
    between clause marks ("…, a suo avviso, …", "…, secondo lui."): inside a clause
    ("incarnata a suo avviso dal piano") it qualifies a word, not the statement."""
    if not text[sent.start:start].strip():
        return True
    before = text[sent.start:start].rstrip()
    after = text[end:sent.end].lstrip()
    return before[-1] in _CLAUSE_MARKS and (not after or after[0] in _CLAUSE_MARKS)


def following_person(f: ClaimFinder, index: int, pos: int, gender: str | None) -> Mention | None:
    """The person the copy follows at `pos`: the latest person named as a subject (no
    preposition before the name) in the sentence up to `pos` or the few before it in the
    paragraph, or the latest person speaking there; agreeing in gender where it shows."""
    paragraph = f.sentences[index].paragraph
    best: Mention | None = None
    for back in range(index, max(-1, index - PRONOUN_REACH - 1), -1):
        sent = f.sentences[back]
        if sent.paragraph != paragraph:
            break
        hi = min(pos, sent.end)
        opening = _OPENING_NAME.match(f.text, sent.start, hi)
        if opening is not None and " " in opening.group("name"):
            person = f.person_named(opening.start("name"), opening.end("name"))
            if person is not None and _agrees(gender, first_name_gender(person.name)):
                best = person
        for m in f.mentions_between(sent.start, hi):
            if (m.kind == "person" and names_someone(m) and m.end <= hi
                    and f.quote_at(m.start) is None
                    and not _NOT_SUBJECT_BEFORE.search(f.text, max(0, m.np_start - 10),
                                                       m.np_start)
                    and _agrees(gender, first_name_gender(m.name))):
                best = m
        for c in (*f.claims_in(back), *f.claims_cued_in(back)):
            sp = c.speaker
            if (sp is not None and sp.kind == "person" and names_someone(sp) and sp.end <= hi
                    and (best is None or sp.start > best.start)
                    and _agrees(gender, first_name_gender(sp.name))):
                best = sp
        if best is not None:
            return best
    return None


def _trim(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1] in " \t\n.;:,":
        end -= 1
    return end
