"""Article text as HTML with marked spans.

The HTML is built by slicing the stored text at the marks' offsets and escaping every piece
on its own; markup is never spliced into raw text, so an article containing `<script>` is
shown as text and an offset can never land inside a tag.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of the text to mark: CSS class, tooltip, link at its end, anchor id at its start."""

    start: int
    end: int
    css: str
    title: str = ""
    href: str = ""
    anchor: str = ""


def highlight(text: str, marks: Iterable[Mark], *, start: int = 0,
              end: int | None = None) -> SafeString:
    """`text[start:end]` with every mark that overlaps it; marks may nest or overlap.

    The window is cut at every mark boundary; each piece is wrapped once, with the classes
    of all marks that cover it, so overlapping marks never produce crossed tags.
    """
    end = len(text) if end is None else end
    marks = [m for m in marks if m.start < m.end and m.start < end and m.end > start]
    cuts = {start, end}
    anchors: dict[int, list[str]] = defaultdict(list)
    for m in marks:
        cuts.add(max(m.start, start))
        cuts.add(min(m.end, end))
        if m.anchor and m.start >= start:
            anchors[m.start].append(m.anchor)
    parts: list[SafeString] = []
    for a, b in pairwise(sorted(cuts)):
        for anchor in anchors.get(a, ()):
            parts.append(format_html('<span class="fonte-anchor" id="{}"></span>', anchor))
        piece = text[a:b]
        active = [m for m in marks if m.start <= a and b <= m.end]
        if not active:
            parts.append(escape(piece))
            continue
        classes = " ".join(dict.fromkeys(m.css for m in active))
        title = " · ".join(dict.fromkeys(m.title for m in active if m.title))
        parts.append(format_html("<mark{}>{}</mark>",
                                 flatatt({"class": classes, "title": title or None}), piece))
        # A mark's link is an empty element after its last piece, its arrow drawn by CSS:
        # the text stays free to select (a link would navigate on the first click), and
        # the element adds no characters, so offsets measured in the page stay exact.
        for m in active:
            if m.href and m.end == b:
                parts.append(format_html('<a class="fonte-go" href="{}" title="{}"></a>',
                                         m.href, m.title or "open"))
    # Every part was escaped or built by format_html above.
    return mark_safe("".join(parts))


def mention_marks(text: str, phrases: Iterable[str], start: int, end: int, *,
                  css: str = "fonte-speaker", title: str = "") -> list[Mark]:
    """Where any of `phrases` occurs as whole words in `text[start:end]`, longest first.

    Case-insensitive; a shorter phrase inside a longer match ("Peskov" in "Dmitry Peskov")
    is not marked again.
    """
    found: list[Mark] = []
    window = text[start:end]
    for phrase in sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True):
        pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
        for match in pattern.finditer(window):
            s, e = start + match.start(), start + match.end()
            if not any(m.start < e and s < m.end for m in found):
                found.append(Mark(s, e, css, title=title))
    return sorted(found, key=lambda m: m.start)
