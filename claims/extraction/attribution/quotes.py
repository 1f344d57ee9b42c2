"""Direct quotes: « », “ ”, " ", ‘ ’ and ' ', nested, across sentences, within a paragraph.

Italian copy mixes every kind of mark, often badly: straight quotes that open and close alike,
“ ” reversed, and the apostrophe (l'attacco, po', E') that is the same character as the single
quote. A mark's role is read from what flanks it, and a closing single quote must close one
that is open, so an apostrophe never starts or ends a quote on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters after which an opening mark may stand: start of text, space, brackets, dashes.
_BEFORE_OPEN = set(" \t\n([{«“‘\"'—–-/:")
# Characters before which a closing mark may stand.
_AFTER_CLOSE = set(" \t\n.,;:!?)]}»”’\"'—–-…")

_MARKS = re.compile("[«»“”\"‘’']")

_DOUBLE, _GUILLEMET, _SINGLE = "double", "guillemet", "single"

# Words that end in an apostrophe when accents are not typed ("E' quanto", "un po'", "piu'"):
# after them a straight ' is an apostrophe even while a single quote is open.
_ELISIONS = frozenset((
    "po", "e", "piu", "puo", "perche", "gia", "cosi", "pero", "citta", "liberta", "verita",
    "sara", "fara", "avra", "de", "tutt", "qual", "c", "d", "l", "un", "sull", "dell", "nell",
))


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # index of the opening mark
    end: int  # index just after the closing mark
    depth: int  # 0 for a quote inside no other quote

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted words, without the marks."""
        return self.start + 1, self.end - 1

    def words(self, text: str) -> int:
        return len(text[self.start + 1:self.end - 1].split())


def find_quotes(text: str) -> list[Quote]:
    """Every well-formed quote in `text`, ordered by start; unclosed marks are dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        if end > start:
            spans.extend(_scan(text, start, end))
        start = end + 1
    spans.sort()
    return _with_depth(spans)


def _scan(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    stack: list[tuple[str, int]] = []  # (family, index of opening mark)
    found: list[tuple[int, int]] = []
    for mark in _MARKS.finditer(text, lo, hi):
        i = mark.start()
        ch = text[i]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        left_ok = prev in _BEFORE_OPEN
        right_ok = nxt in _AFTER_CLOSE
        if ch == "«":
            stack.append((_GUILLEMET, i))
        elif ch == "»":
            _close(stack, _GUILLEMET, i, found)
        elif ch == "“":
            # Reversed usage closes: `niente… “` at the end of a quote opened by ”.
            if _is_open(stack, _DOUBLE) and (right_ok and not prev.isspace() or nxt.isspace()
                                             or i + 1 >= hi):
                _close(stack, _DOUBLE, i, found)
            else:
                stack.append((_DOUBLE, i))
        elif ch == "”":
            if _is_open(stack, _DOUBLE):
                _close(stack, _DOUBLE, i, found)
            elif left_ok and not nxt.isspace() or prev.isspace() and nxt.isspace():
                stack.append((_DOUBLE, i))  # `: ” Non succede`: used as an opening mark
        elif ch == '"':
            if _is_open(stack, _DOUBLE) and not (left_ok and not right_ok):
                _close(stack, _DOUBLE, i, found)
            elif left_ok or prev.isalpha() and nxt.isalpha():
                stack.append((_DOUBLE, i))
            elif _is_open(stack, _DOUBLE):
                _close(stack, _DOUBLE, i, found)
        elif ch == "‘":
            stack.append((_SINGLE, i))
        elif ch in "’'":
            if _is_open(stack, _SINGLE) and right_ok and not prev.isspace() and not (
                ch == "'" and _word_before(text, i, lo).lower() in _ELISIONS
            ):
                _close(stack, _SINGLE, i, found)
            elif ch == "'" and left_ok and nxt.isalpha():
                stack.append((_SINGLE, i))
    return found


def _is_open(stack: list[tuple[str, int]], family: str) -> bool:
    return any(f == family for f, _ in stack)


def _close(stack: list[tuple[str, int]], family: str, i: int, found: list) -> None:
    """Close the innermost open quote of `family`; marks opened inside it and never closed
    were not quotes (an apostrophe, a stray mark) and are forgotten."""
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][0] == family:
            start = stack[k][1]
            del stack[k:]
            if i > start + 1:
                found.append((start, i + 1))
            return


def _word_before(text: str, i: int, lo: int) -> str:
    j = i
    while j > lo and text[j - 1].isalpha():
        j -= 1
    return text[j:i]


def _with_depth(spans: list[tuple[int, int]]) -> list[Quote]:
    quotes: list[Quote] = []
    open_ends: list[int] = []
    for start, end in spans:
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        quotes.append(Quote(start, end, len(open_ends)))
        open_ends.append(end)
    return quotes


def outermost(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.depth == 0]
