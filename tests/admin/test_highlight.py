"""Marked article text: escaped piece by piece, never crossed tags, offsets preserved."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from claims.admin.highlight import Mark, highlight, mention_marks


def visible_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


def test_highlight_escapes_each_piece_of_article_html():
    text = 'Prima <script>alert("x")</script> & dopo'
    out = highlight(text, [Mark(6, 14, "fonte-claim")])
    assert "<script>" not in out
    assert '<mark class="fonte-claim">&lt;script&gt;</mark>' in out
    assert visible_text(out) == text


def test_overlapping_marks_never_cross_tags():
    text = "Peskov ha detto che 12 droni sono stati abbattuti."
    out = highlight(text, [Mark(0, 30, "fonte-claim"), Mark(20, 28, "fonte-figure"),
                           Mark(25, 40, "fonte-speaker")])
    assert '<mark class="fonte-claim fonte-figure">12 dr</mark>' in out
    assert '<mark class="fonte-claim fonte-figure fonte-speaker">oni</mark>' in out
    # Every <mark> closes before the next one opens.
    assert re.fullmatch(r"(?:[^<]|<mark[^>]*>[^<]*</mark>)*", out)


def test_links_follow_their_mark_and_anchors_precede_it():
    text = "Abbiamo abbattuto 12 droni."
    out = highlight(text, [Mark(0, 26, "fonte-claim", href="/claim/1/", anchor="claim-1"),
                           Mark(18, 26, "fonte-figure", href="/figure/2/", anchor="figure-2")])
    assert out.startswith('<span class="fonte-anchor" id="claim-1"></span>')
    assert out.index('id="figure-2"') < out.index("12 droni")
    # Empty links after the text they belong to: nothing inside the text is clickable.
    assert out.endswith('12 droni</mark><a class="fonte-go" href="/claim/1/" title="open"></a>'
                        '<a class="fonte-go" href="/figure/2/" title="open"></a>.')


def test_window_clips_marks_and_text():
    text = "Uno. Due tre. Quattro."
    out = highlight(text, [Mark(0, 12, "fonte-claim")], start=5, end=13)
    assert visible_text(out) == "Due tre."
    assert '<mark class="fonte-claim">Due tre</mark>' in out


def test_mention_marks_take_the_longest_name_first():
    text = "Dmitry Peskov ha detto. Peskov ha poi aggiunto. Peskovich no."
    marks = mention_marks(text, ["Peskov", "Dmitry Peskov"], 0, len(text))
    assert [text[m.start:m.end] for m in marks] == ["Dmitry Peskov", "Peskov"]


def test_mention_marks_ignore_case_and_stay_in_the_window():
    text = "il portavoce del Cremlino. Il Portavoce del Cremlino ha detto."
    marks = mention_marks(text, ["portavoce del Cremlino"], 27, len(text))
    assert [(m.start, m.end) for m in marks] == [(30, 52)]


spans = st.tuples(st.integers(0, 40), st.integers(0, 40)).map(sorted)


@given(text=st.text(alphabet='ab <>&"\'è😀\n', max_size=40),
       marks=st.lists(spans, max_size=6), window=spans)
def test_highlight_shows_exactly_the_window_of_text(text, marks, window):
    start, end = min(window[0], len(text)), min(window[1], len(text))
    out = highlight(text, [Mark(a, b, "m") for a, b in marks], start=start, end=end)
    assert visible_text(out) == text[start:end]
