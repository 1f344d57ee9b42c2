"""Claims: direct quotes and reported speech, each attributed to a speaker.

One pass over the sentences, cue by cue, in text order. Every cue decides three things: who
speaks (a mention before or after it, or the previous speaker), what is claimed (the quote,
the "che …" clause, the clause before an inverted cue, or the previous sentence), and which
medium relays it (`via`). Rules for the Italian forms live in `claims.extraction.rules`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from claims.extraction.attribution.quotes import Quote
from claims.extraction.rules import sides, titles
from claims.extraction.speakers.matcher import NAME_RUN, Mention
from claims.extraction.speakers.people import is_place
from claims.extraction.types import Sentence
from claims.extraction.wordscan import alternation

# Between a subject and its verb: nothing, adverbs, or a parenthesis in commas or dashes
# ("Sullivan, scrive il Guardian, si è impegnato"; "Podoliak, consigliere di Zelensky, rivendica").
_ADVERB_GAP = re.compile(
    r"\s*(?:(?i:ieri|oggi|poi|anche|inoltre|ancora|infatti|già|quindi|però|invece|sera|mattina|"
    r"stamani|stasera|nuovamente|pure|intanto|sempre|non|ne|ha|in serata|in mattinata|in una "
    r"nota|in un post|in un comunicato|su telegram|sul suo canale telegram|su x|in conferenza "
    r"stampa|nella notte)\s*)*",
)
_PARENTHESIS = re.compile(r"\s*(?:,[^,.;:!?«»“”\"]{1,90},|[-–—][^-–—.;!?]{1,90}[-–—])\s*")
_APPOSITION = re.compile(r",[^,.;:!?«»“”\"]{1,90},\s*$")
_RELATIVE = re.compile(r"\s*,?\s*(?i:il quale|la quale|i quali|le quali|che)\s*$")
_ARTICLE = re.compile(r"(?i:il|lo|la|i|gli|le|l['’]|un|una|uno)\s*(?=\w)")
_HEAD_NAME = re.compile(rf"\s*(?P<name>{NAME_RUN})")
_NAME_BEFORE = re.compile(rf"(?<![\w'’])(?P<name>{NAME_RUN})\s+$")
_TRAILING = " \t\n,;:–—-."
# What follows a verb of saying before its content: -mente adverbs ("affermano giustamente
# che"), an addressee ("disse al giornalista americano Seth Harp che"), then ":", "che", "di".
_COMPLEMENT = re.compile(
    r"(?:\s+[a-zà-ÿ]+mente)*(?:\s+(?i:a|al|alla|ai|agli|alle|all['’])\s*[^,.;:!?«»“”\"]{1,60}?)?"
    r"\s*(?::|\b(?i:che|di|a|ad)(?=[\s,]))"
)
# A role without a name as subject: "Un mercenario americano disse", "il funzionario ha detto".
_ROLE_BEFORE = re.compile(
    rf"(?<![\w'’])(?P<np>(?i:un|una|uno|il|la|lo|l['’]|questo|questa)\s*"
    rf"(?P<role>(?i:{alternation(set(titles.OFFICIAL_TITLES + titles.UNAFFILIATED_TITLES))}))"
    rf"(?P<adj>(?:\s+[a-zà-ÿ-]+){{0,2}}?))\s*$"
)
# The same after an inverted verb, closing the clause: "«…», ha detto il professore."
_ROLE_AFTER = re.compile(
    rf"(?i:il|la|lo|l['’])\s*"
    rf"(?P<role>(?i:{alternation(set(titles.OFFICIAL_TITLES + titles.UNAFFILIATED_TITLES))}))"
    rf"(?P<adj>(?:\s+[a-zà-ÿ-]+){{0,2}}?)(?=\s*(?:[,.;:!?]|$))"
)
# A short phrase between an inverted verb and its subject opens with a preposition.
_PREPOSITION = re.compile(
    r"\s*(?i:a|al|alla|allo|ai|agli|alle|all['’]|da|dal|dalla|dallo|dai|dagli|dalle|dall['’]|"
    r"su|sul|sulla|sui|sugli|sull['’]|in|nel|nella|nei|negli|nell['’]|con|durante)(?=[\s'’])\s*")
# Prepositions other than "di": a noun phrase after one is a complement of place or of
# whom one speaks to, never a subject.
# Capitalised words that open a sentence without naming anyone.
NOT_SUBJECT = {"Il", "La", "Lo", "I", "Gli", "Le", "Un", "Una", "E", "Ma", "In", "Per", "Da",
                "Con", "Su", "Nel", "Nella", "Al", "Alla", "Secondo", "Così", "Ora", "Oggi",
                "Ieri", "Ecco", "Come", "Poi", "Anche", "Dopo"}

_PLACE_OR_ADDRESSEE = (r"a|al|alla|allo|ai|agli|alle|all['’]|da|dal|dalla|dallo|dai|dagli|"
                       r"dalle|dall['’]|su|sul|sulla|sull['’]|in|nel|nella|nell['’]|con|per|"
                       r"tra|fra")
_COMPLEMENT_BEFORE = re.compile(rf"(?<![\w'’])(?i:{_PLACE_OR_ADDRESSEE})\s*$")
_GOVERNED = re.compile(
    rf"(?<![\w'’])(?i:{_PLACE_OR_ADDRESSEE}|di|del|della|dei|degli|dell['’])\s*$")
# Prepositions of place: "a Madrid", "in Francia", "da Kiev".
_WHERE_BEFORE = re.compile(r"(?<![\w'’])(?i:a|in|da)\s+$")
_CLAUSE_MARK = re.compile(r"[,.;:!?«»“”\"()]")
_NAME_AT = re.compile(rf"(?<![\w'’])(?P<name>{NAME_RUN})")
# A first name and a surname: two capitalised words, the first not a sentence opener.
# (A lookahead, so that "Senato Mitch Rossi" yields "Mitch Rossi" as well as "Senato Mitch".)
_FULL_NAME = re.compile(r"(?<![\w'’])(?!(?:" + "|".join(sorted(NOT_SUBJECT)) + r")\s)"
                        r"(?=(?P<full>[A-ZÀ-Ý][a-zà-ÿ]+\s+(?P<surname>[A-ZÀ-Ý][\w'’-]*[a-zà-ÿ])"
                        r"(?![\w'’])))")
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-zà-ÿ,;] )[A-ZÀ-Ý][\w'’-]*")
_PHRASE_REACH = 80
# Who wrote a document: "la nota diffusa dal ministero", "la dichiarazione di Rossi".
_DOCUMENT_OWNER = re.compile(r"\s*(?:\S+\s+){0,2}?(?i:d(?:a|al|alla|ai|agli|all['’]|el|ella|ei|"
                             r"egli|ell['’]|i))\s*$")
_OWNER_NAME = re.compile(rf"\s*(?i:di|del|della|dei|degli)\s+(?P<name>{NAME_RUN})")
_PHRASE_WORDS = 3
_STRONG = {"name", "role", "title", "outlet", "surname", "institution", "metonym", "group"}
# A role of someone as subject: "il portavoce di Putin ha detto" is said by the spokesman,
# not by Putin; he speaks for Putin's side.
_ROLE_OF = re.compile(
    rf"(?<![\w'’])(?:(?i:un|una|uno|il|la|lo|l['’])\s*)?"
    rf"(?P<role>(?i:{alternation(set(titles.OFFICIAL_TITLES + titles.UNAFFILIATED_TITLES))}))"
    rf"\s+(?i:di|del|dello|della|dell['’])\s*$"
)


@dataclass(slots=True)
class Found:
    """A claim under construction; `speaker` is a Mention-like tuple of name, kind, side."""

    start: int
    end: int
    speaker: Mention | None
    kind: str
    cue: str
    sentence: int
    attribution: int | None = None
    via: Mention | None = None
    sentences: list[int] = field(default_factory=list)
    seq: int = 0  # creation order within the finder
    rule: str = ""  # which construction made the claim: the first step of its evidence
    relays: list[Mention] = field(default_factory=list)  # media between speaker and reader


class ClaimFinder:
    def __init__(self, text: str, sentences: list[Sentence], quotes: list[Quote],
                 mentions: list[Mention]) -> None:
        self.text = text
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.quotes = [q for q in quotes if q.depth == 0]
        # Outermost quotes never overlap, so their starts are sorted and bisect finds them.
        self.quote_starts = [q.start for q in self.quotes]
        self.mentions = mentions
        self.mention_starts = [m.np_start for m in mentions]
        self.claims: list[Found] = []
        # Claims by the sentences they touch and by the sentence whose cue made (or, after
        # an anaphoric "Lo ha detto X", attributed) them, so that no lookup scans them all.
        self._touching: dict[int, list[Found]] = {}
        self._cued: dict[int, list[Found]] = {}
        self.last: Found | None = None
        self._full_names: dict[str, str] | None = None
        self._running_names: set[str] | None = None

    # -- lookups -------------------------------------------------------------------------

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def quote_at(self, pos: int) -> Quote | None:
        i = bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    def quote_after(self, pos: int) -> Quote | None:
        """The first outermost quote that starts at or after `pos`."""
        i = bisect_left(self.quote_starts, pos)
        return self.quotes[i] if i < len(self.quotes) else None

    def mention_after(self, pos: int, limit: int, strong: bool = True) -> Mention | None:
        """The mention that starts right after `pos`, past adverbs only."""
        gap = _ADVERB_GAP.match(self.text, pos)
        at = gap.end() if gap else pos
        art = _ARTICLE.match(self.text, at)
        if art is not None:
            at = art.end()
        i = bisect_right(self.mention_starts, gap.end() - 1 if gap else pos - 1)
        if i < len(self.mentions):
            m = self.mentions[i]
            if m.np_start <= min(at, limit) and (not strong or m.source in _STRONG
                                                     or m.kind == "document"):
                return m
        return None

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions whose noun phrase starts in [lo, hi)."""
        return self.mentions[bisect_left(self.mention_starts, lo):
                             bisect_left(self.mention_starts, hi)]

    def mention_before(self, pos: int, lo: int) -> Mention | None:
        """The subject of a verb at `pos`: the mention ending right before it, past adverbs,
        a parenthesis, or a relative pronoun ("Trump, il quale ha confermato")."""
        for i in range(bisect_left(self.mention_starts, pos) - 1, -1, -1):
            m = self.mentions[i]
            if m.end > pos:
                continue
            if m.np_start < lo:
                return None
            gap = self.text[m.end:pos]
            if not _gap_ok(gap):
                return None
            paren = _APPOSITION.search(self.text, lo, pos)
            if paren is not None and paren.start() <= m.np_start:
                # "Podoliak, consigliere di Zelensky, rivendica": the subject is before the
                # apposition, not the name inside it.
                outer = self.mention_before(paren.start(), lo)
                if outer is not None:
                    return outer
            role = _ROLE_OF.search(self.text, max(lo, m.np_start - 40), m.np_start)
            if role is not None and m.kind == "person":
                name = f"{role.group('role').lower()} di {m.name}"
                return Mention(role.start("role"), m.end, name, "person", m.side, False,
                               "role-of", role.start())
            return m
        return None

    def author_of(self, m: Mention, hi: int) -> Mention:
        """A document speaks for its author: "la nota diffusa dal ministero degli Esteri
        russo", "la dichiarazione di Rossi"; any other mention speaks for itself."""
        if m.kind != "document":
            return m
        for other in self.mentions_between(m.end, min(hi, m.end + 60)):
            if other.kind in ("person", "institution") and _DOCUMENT_OWNER.match(
                    self.text[m.end:other.np_start]):
                return other
        # An author the gazetteer does not know, inside the document's phrase or after it.
        of = _OWNER_NAME.search(self.text, m.start, min(hi, m.end + 60))
        if of is not None and of.start() <= m.end:
            return self.bare_name_after(of.start("name"), of.end("name")) or m
        return m

    def role_after(self, pos: int, limit: int) -> Mention | None:
        """A role with no name as subject after an inverted verb: "«…», ha detto il
        professore". Kept as written, for the discourse model to resolve."""
        gap = _ADVERB_GAP.match(self.text, pos)
        r = _ROLE_AFTER.match(self.text, gap.end() if gap else pos, limit)
        if r is None:
            return None
        role = r.group("role").lower()
        side = None if role in titles.UNAFFILIATED_TITLES else sides.side_of_phrase(
            r.group("adj"))
        return Mention(r.start("role"), r.end("adj"), f"{role}{r.group('adj')}".strip(),
                       "person", side, False, "bare", r.start())

    def bare_name_after(self, pos: int, limit: int) -> Mention | None:
        """An unknown name right after `pos`, past adverbs: a surname the article gives in
        full elsewhere is that person ("ha concluso Rossi" after "Mario Rossi")."""
        gap = _ADVERB_GAP.match(self.text, pos)
        at = gap.end() if gap else pos
        m = _HEAD_NAME.match(self.text, at, limit)
        if m is None or m.group("name").split()[0] in NOT_SUBJECT:
            return None
        person = self.person_named(m.start("name"), m.end("name"))
        if person is not None:
            return person
        name = m.group("name")
        if " " in name or is_place(name) or name not in self.names_in_running_text():
            return None
        # One word the article never gives in full: a body as likely as a person.
        return Mention(m.start("name"), m.end("name"), name, "institution", None, False, "bare")

    def names_in_running_text(self) -> set[str]:
        """Capitalised words the article writes inside a sentence, after a lowercase word or
        a comma: names. A word capitalised only where a sentence opens ("Leggiamo:",
        "Sui social:") is not one. One pass over the text, made on first use."""
        if self._running_names is None:
            self._running_names = {m.group() for m in _MID_SENTENCE_CAPITAL.finditer(self.text)}
        return self._running_names

    def name_alone(self, lo: int, hi: int) -> Mention | None:
        """An unknown person whose name, of two words or more, is all the text between lo
        and hi (spaces and trailing punctuation aside)."""
        start = skip_space(self.text, lo)
        end = _trim_end(self.text, start, hi)
        if " " not in self.text[start:end] or not _NAME_AT.fullmatch(self.text, start, end):
            return None
        return self.person_named(start, end)

    def person_named(self, start: int, end: int) -> Mention | None:
        """An unknown person written text[start:end]: a name of two words or more, or a
        surname the article gives in full elsewhere. A place is no one, and a sentence
        opener is no name; a place after a preposition is where ("a Madrid Rossi").
        """
        words = self.text[start:end].split()
        if not words or words[0] in NOT_SUBJECT:
            return None
        name = " ".join(words)
        if is_place(name):
            return None
        if len(words) > 1 and is_place(words[0]) and _WHERE_BEFORE.search(
                self.text, max(0, start - 8), start):
            # "a Madrid Macron ha detto": the place is where, the name after it speaks.
            rest = self.text.index(words[1], start + len(words[0]))
            known = [m for m in self.mentions_between(rest, end) if m.end <= end]
            return known[0] if known else self.person_named(rest, end)
        if len(words) == 1:
            name = self.full_names().get(name)
            if name is None:
                return None
        return Mention(start, end, name, "person", None, False, "bare")

    def full_names(self) -> dict[str, str]:
        """Each surname the article writes after a first name, with the full name it first
        has ("Rossi" → "Mario Rossi"); one pass over the text, made on first use."""
        if self._full_names is None:
            self._full_names = {}
            for m in _FULL_NAME.finditer(self.text):
                first = m.group("full").split()[0]
                if _WHERE_BEFORE.search(self.text, max(0, m.start() - 8), m.start()) and (
                        is_place(first)):
                    continue  # "a Madrid Rossi": a place, then a surname
                self._full_names.setdefault(m.group("surname"), m.group("full"))
        return self._full_names

    def governed(self, m: Mention) -> bool:
        """Whether a preposition other than "di" governs the mention ("al Corriere", "dal
        Cremlino"): then it is a complement, never a subject."""
        return _COMPLEMENT_BEFORE.search(self.text, max(0, m.np_start - 12),
                                         m.np_start) is not None

    def subject_past_phrase(self, pos: int, limit: int) -> Mention | None:
        """The subject of an inverted verb past a short phrase with a preposition, closing
        the clause: "ha risposto dal Cremlino Yury Ushakov.", "ha detto ai cronisti il
        ministro,". A name the preposition governs ("dal Cremlino") or a medium ("sul suo
        canale Telegram") is the phrase, not the subject."""
        text = self.text
        prep = _PREPOSITION.match(text, pos, limit)
        if prep is None:
            return None
        stop = _CLAUSE_MARK.search(text, prep.end(), min(limit, prep.end() + _PHRASE_REACH))
        if stop is None:
            return None
        end = stop.start()
        while end > prep.end() and text[end - 1].isspace():
            end -= 1
        skipped = prep.end()
        found = None
        for m in self.mentions_between(prep.end(), end):
            if m.end > end:
                break
            if m.kind != "media" and not _GOVERNED.search(text, max(0, m.np_start - 12),
                                                           m.np_start):
                found = m
                break
            skipped = max(skipped, m.end)
        if found is None:
            r = _NAME_AT.search(text, skipped, end)
            if r is None or " " not in r.group("name") or _GOVERNED.search(
                    text, max(0, r.start() - 12), r.start()):
                return None
            found = self.person_named(r.start(), r.end())
            if found is None:
                return None
        # The subject closes the clause, and the phrase before it is a few words at most.
        if found.end != end or len(text[prep.end():found.np_start].split()) > _PHRASE_WORDS:
            return None
        return found

    def bare_name_before(self, pos: int, lo: int) -> Mention | None:
        """An unknown name as subject: "Sir William Harcourt disse", "Tetra Pak afferma"."""
        r = _ROLE_BEFORE.search(self.text, max(lo, pos - 60), pos)
        if r is not None:
            role = r.group("role").lower()
            adj = r.group("adj").strip()
            if not adj or all(w in sides.ADJECTIVES for w in adj.lower().split()):
                side = None if role in titles.UNAFFILIATED_TITLES else sides.side_of_phrase(adj)
                name = f"{role} {adj}".strip()
                return Mention(r.start("role"), r.end("adj"), name, "person", side, False,
                               "bare", r.start())
        m = _NAME_BEFORE.search(self.text, lo, pos)
        if m is None or " " not in m.group("name"):
            return None
        return self.person_named(m.start("name"), m.end("name"))

    def previous_speaker(self, sentence: int) -> Found | None:
        if self.last is not None and sentence - max(self.last.sentence,
                                                    self.last.attribution or 0) <= 3:
            return self.last
        return None

    # -- spans ---------------------------------------------------------------------------

    def span_after(self, pos: int, sent: Sentence) -> tuple[int, int, str] | None:
        """The claim after a verb: a quote, a "che …"/"di …" clause, or an object with a quote."""
        text = self.text
        end = self._clause_end(sent)
        m = _COMPLEMENT.match(text, pos)
        at = skip_space(text, m.end() if m else pos)
        if at >= end:
            return None
        q = self.quote_at(at)
        if q is not None and q.start == at:
            following = self.quote_after(q.end)
            more = following is not None and following.start < end
            if not more:
                return q.start + 1, q.end - 1, "direct"
            # «…» sul fatto che «…»: one claim made of several quoted pieces.
            return at, _trim_end(text, at, end), "reported"
        if m is None:
            # No complement: only an object that carries a quote is a claim
            # ("ha promesso all'Ucraina una "valanga di assistenza militare"").
            q = self.quote_after(at)
            if q is None or q.start >= min(end, at + 90):
                return None
        return at, _trim_end(text, at, end), "reported"

    def span_before(self, pos: int, sent: Sentence, lo: int | None = None) -> tuple | None:
        """The claim before an inverted cue ("…», ha detto Peskov"; "…, secondo Saldo")."""
        text = self.text
        end = pos
        while end > sent.start and text[end - 1] in _TRAILING:
            end -= 1
        q = self.quote_at(end - 1) if end > 0 else None
        start = sent.start if lo is None else lo
        if q is not None and q.end == end and (q.end - q.start) * 2 >= end - min(start, q.start):
            return q.start + 1, q.end - 1, "direct"
        start = skip_space(text, start)
        if end - start < 12:
            return None
        return start, end, "reported"

    def _clause_end(self, sent: Sentence) -> int:
        end = sent.end
        q = self.quote_at(end - 1)
        if q is not None and q.end > end:
            end = q.end  # a quote that runs over the sentence end belongs to the claim
        return end

    # -- results -------------------------------------------------------------------------

    def add(self, span: tuple[int, int, str], speaker: Mention | None, cue: str | None,
            sentence: int, attribution: int | None = None, via: Mention | None = None, *,
            rule: str) -> Found:
        start, end, kind = span
        found = Found(start, end, speaker, kind, cue, sentence, attribution, via, rule=rule)
        found.sentences = list(range(self.sentence_at(start), self.sentence_at(end - 1) + 1))
        self.keep(found)
        if speaker is not None:
            self.last = found
        return found

    def keep(self, found: Found) -> None:
        found.seq = len(self.claims)
        self.claims.append(found)
        for index in found.sentences:
            self._touching.setdefault(index, []).append(found)
        self._cued.setdefault(found.sentence, []).append(found)
        if found.attribution is not None and found.attribution != found.sentence:
            self._cued.setdefault(found.attribution, []).append(found)

    def attribute_to(self, found: Found, sentence: int) -> None:
        """Record that a cue in `sentence` names who made an earlier claim."""
        if found.attribution != sentence and found.sentence != sentence:
            self._cued.setdefault(sentence, []).append(found)
        found.attribution = sentence

    def claims_in(self, sentence: int) -> list[Found]:
        """Claims that start in the sentence or run into it, in the order they were made."""
        sent = self.sentences[sentence]
        return [c for c in self._touching.get(sentence, ()) if sent.start <= c.start < sent.end
                or c.start < sent.start < c.end]

    def claims_cued_in(self, sentence: int) -> list[Found]:
        """Claims whose cue or attribution lies in the sentence, in the order they were made."""
        found = {c.seq: c for c in self._cued.get(sentence, ())
                 if c.sentence == sentence or c.attribution == sentence}
        return [found[seq] for seq in sorted(found)]



def _gap_ok(gap: str) -> bool:
    if not gap.strip(" \t\n,"):
        return True
    if gap.lstrip().startswith(","):
        gap = gap.lstrip()[1:]  # the comma that closes an apposition: "Peskov, ha spiegato"
    m = _ADVERB_GAP.fullmatch(gap)
    if m:
        return True
    if _RELATIVE.fullmatch(gap):
        return True
    m = _PARENTHESIS.match(gap)
    if m and _ADVERB_GAP.fullmatch(gap[m.end():]) is not None:
        return True
    return bool(m and _RELATIVE.fullmatch(gap[m.end():]))


def skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n,":
        pos += 1
    return pos


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1] in " \t\n.;:,":
        end -= 1
    return end
