"""Article layout: date header, title, site furniture, paragraphs and sentences.

`prepare(text)` never changes `text`: every sentence is a span with `text[s.start:s.end]`
equal to its words, stripped of surrounding whitespace.

Layout of a file: an optional ` date YYYY-MM[-DD]` header (its own line, or glued to the first
sentence), the title line followed by a blank line (absent in some files), then the body. The
rules, in order:
- the header becomes `published_on`; without one, `dates.scan_dates` reads a dateline or a
  weekday date tied to the day of writing ("ieri, giovedì 29 dicembre");
- the title is the first line when a blank line follows it and it is short like a headline;
  it is also the first sentence (paragraph 0): headlines carry claims and figures too;
- paragraphs are lines: every line break ends a paragraph and a sentence (files put one paragraph
  per line; headings and list items are lines without a final period). `Sentence.paragraph`
  numbers the lines that keep at least one sentence, 0, 1, 2… with no gaps;
- furniture (`rules/boilerplate.py`) never becomes a sentence: whole furniture lines, a linked
  headline after "Leggi anche", the block of short lines that closes a page from its first
  "Riproduzione riservata"/"Tag"/"Leggi anche" on, datelines, a repeat of the title, image
  captions (short lowercase lines without punctuation) and a signature after the last sentence
  (" — F. D.");
- a sentence with no letter or digit ("—", "***") is dropped.

Speed: 2,000-2,900 articles/s (CPU time, one core; the spread is other work on the shared 2-core
machine) over the 5,000-article corpus, measured with
    .venv/bin/python -c "import glob, time; from claims.extraction.layout.text import prepare;
    T = [open(f, encoding='utf-8').read() for f in glob.glob('../shared/corpus/*/*.txt')];
    c = time.process_time(); [prepare(x) for x in T]; print(len(T) / (time.process_time() - c))"
(see `sentences.py` for why the splitter is our own); every step is linear in the text's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from claims.extraction.layout.dates import DateScan, read_header, scan_dates
from claims.extraction.layout.sentences import DocumentWords, split_line
from claims.extraction.rules import boilerplate
from claims.extraction.types import Sentence

# Line breaks as `str.splitlines` knows them; a paragraph never spans one.
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
# Whitespace and invisible format characters (zero-width space, RTL marks, BOM, soft hyphen):
# none may open or close a sentence.
_EDGE = "".join(
    chr(c) for c in range(0x3001)
    if chr(c).isspace() or c in (0x00AD, 0x061C, 0x180E) or 0x200B <= c <= 0x200F
    or 0x202A <= c <= 0x202E or 0x2060 <= c <= 0x206F
) + "\ufeff"
_HAS_WORD = re.compile(r"\w")
_SAME_LINE_TEXT = re.compile(r"[ \t\u00a0]*[^\s]")

_FURNITURE = re.compile("|".join(f"(?:{p})" for p in boilerplate.LINE_PATTERNS), re.I)
_FURNITURE_LINE = re.compile(  # what is furniture as a whole line, not as a sentence in a line
    rf"(?:{_FURNITURE.pattern})|(?:leggi|vedi|guarda)\s+anche\s*[:>—–-]+.{{0,200}}", re.I
)
_NAME_OR_TOKEN = re.compile(f"(?:{boilerplate.BYLINE_PATTERN})|(?:{boilerplate.TOKEN_PATTERN})")
_BYLINE = re.compile(boilerplate.BYLINE_PATTERN)
_HEADLINE_MARKER = re.compile("|".join(f"(?:{p})" for p in boilerplate.HEADLINE_MARKERS), re.I)
_TRAILING_MARKER = re.compile("|".join(f"(?:{p})" for p in boilerplate.TRAILING_MARKERS), re.I)
_LINE_TAIL = re.compile(boilerplate.LINE_TAIL_PATTERN)

# Furniture is short: longer lines (and sentences) are article text and skip the pattern tests.
_FURNITURE_MAX = 600
_FURNITURE_SENTENCE_MAX = 120
# A title is a headline: a first line longer than this is a paragraph of an untitled article.
_TITLE_MAX = 250
# A caption or label: a short line that starts lowercase and ends without punctuation.
_CAPTION_MAX = 80
_SENTENCE_END = tuple(".!?:;»”\"')…")
_PERIOD_ENDS = (".", ".»", ".”", '."', "!", "?")


@dataclass(slots=True)
class Prepared:
    text: str
    title: str
    published_on: str | None
    sentences: list[Sentence]


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    blank_before: bool  # a blank line (or the start of the text) comes before it
    keep: bool = True


def prepare(text: str, *, today: date | None = None) -> Prepared:
    """Header, title and sentences of an article; `text` is returned unchanged."""
    header = read_header(text)
    body_start = header[1] if header else 0
    glued = header is not None and _glued(text, body_start)
    lines = _lines(text, body_start)
    scan = scan_dates(text, body_start, today=today) if lines else DateScan()
    published_on = header[0] if header and header[0] else scan.published_on

    title_line = _title_line(text, lines, glued, scan)
    title = text[title_line.start:title_line.end] if title_line else ""
    _drop_datelines(text, lines, scan)
    _drop_furniture(text, lines, title, title_line)

    words = DocumentWords(text)
    sentences: list[Sentence] = []
    paragraph = 0
    for line in lines:
        if not line.keep:
            continue
        kept = False
        spans = split_line(text, line.start, line.end, words)
        for start, end in spans:
            span = _strip(text, start, end)
            # A line of one sentence has passed the furniture tests already.
            if span is None or (len(spans) > 1 and _is_furniture_sentence(text, *span)):
                continue
            sentences.append(Sentence(len(sentences), span[0], span[1], paragraph))
            kept = True
        paragraph += kept
    return Prepared(text=text, title=title, published_on=published_on, sentences=sentences)


def _glued(text: str, pos: int) -> bool:
    """Does the header share its line with text (" date 2024-12 La Russia…")?"""
    return _SAME_LINE_TEXT.match(text, pos) is not None


def _lines(text: str, start: int) -> list[_Line]:
    lines = []
    blank = True
    previous_end = start
    for m in _LINE.finditer(text, start):
        span = _strip(text, m.start(), m.end())
        if span is None:
            blank = True
            continue
        gap = text[previous_end:m.start()]
        blank = blank or gap.count("\n") + gap.count("\r") - gap.count("\r\n") > 1
        lines.append(_Line(span[0], span[1], blank))
        blank = False
        previous_end = m.end()
    return lines


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`start`..`end` without surrounding whitespace or format characters; None if no word."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(_EDGE))
    right = len(piece.rstrip(_EDGE))
    if left >= right or not _HAS_WORD.search(piece, left, right):
        return None
    return start + left, start + right


def _title_line(text: str, lines: list[_Line], glued: bool, scan: DateScan) -> _Line | None:
    """The first line, when a blank line follows it and it reads like a headline."""
    if len(lines) < 2 or not lines[1].blank_before:
        return None
    first = lines[0]
    if any(d.start <= first.start < d.end for d in scan.datelines):
        return None  # "14 marzo 2025 | 10.15" opening the file is a dateline
    words = text[first.start:first.end]
    if len(words) > _TITLE_MAX or _is_furniture_line(words):
        return None
    if glued and words.endswith("."):
        return None  # " date 2024-12 La Russia e… Lukashenko." – the body's first paragraph
    return first


def _drop_datelines(text: str, lines: list[_Line], scan: DateScan) -> None:
    """A dateline alone on its line is furniture; one that opens a line is cut off it."""
    for dateline in scan.datelines:
        for line in lines:
            if line.start >= dateline.end:
                break  # lines are in text order; datelines sit near the top
            if line.start <= dateline.start < line.end or (
                dateline.start <= line.start < dateline.end
            ):
                if dateline.whole_line or dateline.end >= line.end:
                    line.keep = False
                else:
                    line.start = max(line.start, dateline.end)
                break


def _drop_furniture(text: str, lines: list[_Line], title: str, title_line: _Line | None) -> None:
    _drop_closing_block(text, lines)
    follows_marker = False
    for line in lines:
        if not line.keep or line is title_line:
            follows_marker = False
            continue
        words = text[line.start:line.end]
        if follows_marker and len(words) <= 150 and not words.endswith("."):
            line.keep = False  # the linked headline under "Leggi anche"
            follows_marker = False
            continue
        follows_marker = len(words) <= 60 and _HEADLINE_MARKER.fullmatch(words) is not None
        if follows_marker or _is_furniture_line(words) or _repeats_title(words, title):
            line.keep = False
            continue
        # A signature after the last sentence, on the same line: "…in carcere. — F. D."
        tail = _LINE_TAIL.search(text, max(line.start, line.end - 80), line.end)
        if tail and tail.start() > line.start:
            line.end = tail.start()


def _drop_closing_block(text: str, lines: list[_Line]) -> None:
    """From the first closing marker on, a run of furniture and short lines without a final
    period (linked headlines, section names) to the end is all furniture."""
    first_marker = None
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        words = text[line.start:line.end]
        if _TRAILING_MARKER.fullmatch(words):
            first_marker = index
        elif len(words) > boilerplate.TRAILING_LINE_MAX or (
            words.endswith(_PERIOD_ENDS) and not _is_furniture_line(words)
        ):
            break  # article text: the closing block, if any, starts after it
    if first_marker is not None and first_marker > 0:
        for line in lines[first_marker:]:
            line.keep = False


def _is_furniture_line(words: str) -> bool:
    if len(words) > _FURNITURE_MAX:
        return False
    if _FURNITURE_LINE.fullmatch(words) or _NAME_OR_TOKEN.fullmatch(words):
        return True
    # Image captions and section labels: "supporter di trump in alaska 1", "ora in".
    return (
        len(words) <= _CAPTION_MAX
        and words[0].islower()
        and not words.endswith(_SENTENCE_END)
    )


def _is_furniture_sentence(text: str, start: int, end: int) -> bool:
    """Furniture glued after a sentence on the same line: "…fine. Riproduzione riservata"."""
    return end - start <= _FURNITURE_SENTENCE_MAX and (
        _FURNITURE.fullmatch(text, start, end) is not None
        or _BYLINE.fullmatch(text, start, end) is not None
    )


def _repeats_title(words: str, title: str) -> bool:
    """A headline repeated in the page: the whole title, or its start cut before a colon
    ("Ucraina, vertice dei Volenterosi a Parigi. La bozza:")."""
    if not title:
        return False
    if words == title:
        return True
    stem = words.rstrip(" :…-–—")
    return len(stem) >= 20 and title.startswith(stem)
