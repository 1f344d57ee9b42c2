"""Filters the reader templates use to write figures and sides (see claims/views/labels.py)."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from claims import highlight
from claims.highlight import FIGURE, Span
from claims.models import Figure
from claims.views import labels

register = template.Library()

register.filter("number", labels.number)
register.filter("figure_value", labels.figure_value)
register.filter("category_label", labels.category_label)
register.filter("side_label", labels.side_label)
register.filter("side_colour", labels.side_colour)


# Characters of the sentence shown either side of a figure in a table row.
CONTEXT = 70


@register.filter
def figure_in_sentence(figure: Figure) -> SafeString:
    """The words around the figure in its sentence, the figure marked (from the sentence's
    stored words: a list never loads an article's text)."""
    text = figure.sentence.text
    start, end = figure.start - figure.sentence.start, figure.end - figure.sentence.start
    window_start, window_end = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    marked = highlight.render(text, [Span(start, end, FIGURE, tag="mark", css="figure")],
                              start=window_start, end=window_end)
    return format_html("{}{}{}", "…" if window_start > 0 else "", marked,
                       "…" if window_end < len(text) else "")
