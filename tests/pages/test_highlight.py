"""Article text as nested spans: escaped piece by piece, tags never crossed, text unchanged."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.highlight import CLAIM, FIGURE, SENTENCE, Span, render
from tests.pages.markup import parse


def test_each_piece_of_article_html_is_escaped():
    text = 'Prima <script>alert("x")</script> & dopo'
    out = render(text, [Span(6, 14, CLAIM, tag="mark", css="claim")])
    assert "<script>" not in out
    assert out.startswith('Prima <mark class="claim">&lt;script&gt;</mark>')
    assert parse(out).text == text


def test_a_figure_inside_a_claim_nests_inside_it():
    text = "Peskov: abbiamo abbattuto 12 droni ucraini."
    out = render(text, [Span(26, 34, FIGURE, tag="mark", css="figure", anchor="figure-2"),
                        Span(8, 42, CLAIM, tag="mark", css="claim", anchor="claim-1")])
    assert out == ('Peskov: <mark class="claim" id="claim-1">abbiamo abbattuto '
                   '<mark class="figure" id="figure-2">12 droni</mark> ucraini</mark>.')


def test_a_claim_crossing_sentences_is_closed_and_reopened_without_its_id():
    text = "Uno due. Tre quattro."
    out = render(text, [Span(0, 8, SENTENCE, anchor="s0"), Span(9, 21, SENTENCE, anchor="s1"),
                        Span(4, 12, CLAIM, tag="mark", css="claim", anchor="claim-1")])
    assert out == ('<span id="s0">Uno <mark class="claim" id="claim-1">due.</mark></span>'
                   '<mark class="claim is-continued"> </mark>'
                   '<span id="s1"><mark class="claim is-continued">Tre</mark> quattro.</span>')


def test_two_figures_over_the_same_words_both_keep_their_anchor():
    text = "Abbattuti 29 droni."
    out = render(text, [Span(10, 18, FIGURE, tag="mark", anchor="figure-1"),
                        Span(10, 18, FIGURE, tag="mark", anchor="figure-2")])
    assert out == ('Abbattuti <mark id="figure-1"><mark id="figure-2">29 droni</mark></mark>.')


def test_attribute_values_are_escaped():
    out = render("12 droni", [Span(0, 8, FIGURE, tag="mark",
                                   attrs={"title": '"><script>x</script>'})])
    assert out == '<mark title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">12 droni</mark>'


def test_a_window_clips_the_text_and_the_spans():
    text = "Uno. Due tre. Quattro."
    out = render(text, [Span(0, 12, CLAIM, tag="mark")], start=5, end=13)
    assert out == "<mark>Due tre</mark>."


def test_an_empty_or_outside_span_leaves_the_text_alone():
    assert render("a < b", [Span(2, 2, FIGURE), Span(10, 12, FIGURE)]) == "a &lt; b"


def test_only_span_and_mark_are_written():
    with pytest.raises(ValueError):
        Span(0, 1, FIGURE, tag="script")


@st.composite
def texts_with_spans(draw):
    text = draw(st.text(alphabet='ab <>&"\'\nè', min_size=1, max_size=40))
    spans = []
    for n in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        spans.append(Span(start, end, draw(st.sampled_from([SENTENCE, CLAIM, FIGURE])),
                          tag=draw(st.sampled_from(["span", "mark"])), anchor=f"a{n}"))
    window = sorted(draw(st.tuples(st.integers(0, len(text)), st.integers(0, len(text)))))
    return text, spans, window


@settings(max_examples=300, deadline=None)
@given(texts_with_spans())
def test_any_spans_give_well_formed_html_with_the_exact_text(case):
    text, spans, (start, end) = case
    tree = parse(render(text, spans, start=start, end=end))  # parse() fails on crossed tags
    assert tree.text == text[start:end]
    anchors = [e.attrs["id"] for e in tree.walk() if "id" in e.attrs]
    assert len(anchors) == len(set(anchors))
    # Every span that shows a character keeps its anchor, on its first piece.
    assert set(anchors) == {s.anchor for s in spans
                            if max(s.start, start) < min(s.end, end)}
