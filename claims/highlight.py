"""Article text as HTML with nested spans: sentences, the claims in them, the figures in those.

The HTML is built by slicing the stored text at every span boundary and escaping each piece on
its own; markup is never inserted into raw text, so an article containing `<script>` is shown
as text and an offset can never land inside a tag. The pieces add no characters either: the
rendered element's textContent is exactly `text[start:end]`, so offsets measured in the page
are the stored ones.

Spans may nest or cross. Each piece is wrapped in the spans that cover it, outer layers first;
when two spans cross, the inner one is closed and reopened around the boundary (its later
pieces carry `is-continued` and no id), so the tags always nest properly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

# Layers from the outside in: a sentence holds claims, a claim holds figures.
SENTENCE, CLAIM, FIGURE = 0, 1, 2

# The only elements this module writes; anything else is a programming error.
_TAGS = frozenset({"span", "mark"})


@dataclass(frozen=True, slots=True, eq=False)
class Span:
    """`text[start:end]` wrapped in `<tag class=css ...attrs>`; `anchor` is its id, written on
    its first piece only (ids are unique in a page)."""

    start: int
    end: int
    layer: int
    tag: str = "span"
    css: str = ""
    anchor: str = ""
    attrs: Mapping[str, str | int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.tag not in _TAGS:
            raise ValueError(f"unexpected tag {self.tag!r}")


@dataclass(slots=True)
class _Clipped:
    span: Span
    order: int
    start: int
    end: int

    def nesting_key(self) -> tuple[int, int, int, int]:
        # Outer layer first; within a layer the earlier span, then the longer one, wraps.
        return (self.span.layer, self.span.start, -self.span.end, self.order)


def _open(item: _Clipped, first: bool) -> SafeString:
    span = item.span
    css = span.css if first else f"{span.css} is-continued".strip()
    attrs: dict[str, str | int | None] = {"class": css or None}
    if first and span.anchor:
        attrs["id"] = span.anchor
    attrs.update(span.attrs)
    # flatatt escapes every attribute value.
    return format_html("<{}{}>", span.tag, flatatt({k: v for k, v in attrs.items()
                                                     if v is not None}))


def render(text: str, spans: Iterable[Span], *, start: int = 0,
           end: int | None = None) -> SafeString:
    """`text[start:end]` as HTML with every span that overlaps it, clipped to the window."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    items = [
        _Clipped(span, order, max(span.start, start), min(span.end, end))
        for order, span in enumerate(spans)
        if span.start < span.end and span.start < end and span.end > start
    ]
    starting: dict[int, list[_Clipped]] = defaultdict(list)
    cuts = {start, end}
    for item in items:
        starting[item.start].append(item)
        cuts.update((item.start, item.end))

    parts: list[str] = []
    covering: list[_Clipped] = []
    stack: list[_Clipped] = []  # what is open in the output, outermost first
    opened: set[int] = set()
    for a, b in pairwise(sorted(cuts)):
        covering = [item for item in covering if item.end > a] + starting.get(a, [])
        wanted = sorted(covering, key=_Clipped.nesting_key)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        for item in reversed(stack[keep:]):
            parts.append(f"</{item.span.tag}>")
        for item in wanted[keep:]:
            parts.append(_open(item, first=item.order not in opened))
            opened.add(item.order)
        stack = wanted
        parts.append(escape(text[a:b]))
    for item in reversed(stack):
        parts.append(f"</{item.span.tag}>")
    # Every piece of text went through escape() and every tag through format_html().
    return mark_safe("".join(parts))
