"""/sources/<id>/: the article with every claim and figure marked, and its side panel."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Status
from claims.selectors import source_text_spans
from claims.views.labels import side_colour
from tests.pages import factories as make
from tests.pages.markup import parse

pytestmark = pytest.mark.django_db


def page(client, source):
    response = client.get(reverse("reader:source", args=[source.pk]))
    assert response.status_code == 200
    return parse(response.content)


def test_source_page_shows_the_stored_text_character_for_character(client, night):
    article = page(client, night.moscow).find("article", cls="article-text")
    assert article.text == night.moscow.text


def test_source_page_marks_every_figure_with_an_anchor_and_its_value_on_hover(client, night):
    drones = night.figures["moscow_drones"]
    mark = page(client, night.moscow).find("mark", id=f"figure-{drones.pk}")
    assert mark.text == "129 droni ucraini"
    assert "figure" in mark.classes
    assert mark.attrs["title"] == ("129 · Drones Downed · RU · Ministero della Difesa russo")
    assert mark.attrs["tabindex"] == "0"  # a tap or Tab shows the label too


def test_source_page_nests_the_figure_inside_its_claim_coloured_by_side(client, night):
    quote = night.claims["moscow"]
    claim = page(client, night.moscow).find("mark", id=f"claim-{quote.pk}")
    assert claim.text == quote.text
    assert claim.attrs["data-side"] == "RU"
    assert f"--side: {side_colour('RU')}" in claim.attrs["style"]
    assert "Ministero della Difesa russo (RU)" in claim.attrs["title"]
    assert claim.find("mark", cls="figure").text == "129 droni ucraini"


def test_source_page_anchors_every_sentence(client, night):
    tree = page(client, night.moscow)
    assert [s.attrs["id"] for s in tree.find_all(cls="sentence")] == [
        "sentence-0", "sentence-1", "sentence-2"]


def test_source_page_escapes_script_in_article_text(client, db):
    source = make.article('Il portavoce ha detto: "<script>alert(1)</script> 12 droni".',
                          title="<b>Titolo</b>")
    who = make.speaker('Peskov <img src=x onerror="alert(2)">', "RU")
    quote = make.claim(source, "<script>alert(1)</script> 12 droni", who=who)
    make.figure(source, "12 droni", 12, "drones_downed", claim=quote)
    response = client.get(reverse("reader:source", args=[source.pk]))
    body = response.content.decode()
    assert "<script>alert" not in body and "<img src=x" not in body and "<b>Titolo" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert parse(body).find("article").text == source.text


def test_source_page_leaves_out_rejected_figures(client, night):
    tree = page(client, night.kyiv_later)
    kept, rejected = night.figures["kyiv_later"], night.figures["kyiv_rejected"]
    assert tree.find_all(id=f"figure-{kept.pk}")
    assert not tree.find_all(id=f"figure-{rejected.pk}")
    assert night.kyiv_later.figures.filter(status=Status.REJECTED).exists()


def test_side_panel_lists_speakers_with_side_and_figures_linked_to_the_text(client, night):
    panel = page(client, night.moscow).find("aside", cls="panel")
    speakers = panel.find("ul", cls="speakers")
    assert "Ministero della Difesa russo" in speakers.text and "RU" in speakers.text
    assert "1 claim, 2 figures" in speakers.text
    links = {a.attrs["href"] for a in panel.find("ul", cls="figures").find_all("a")}
    for figure in (night.figures["moscow_drones"], night.figures["moscow_injured"]):
        assert f"#figure-{figure.pk}" in links
        assert reverse("reader:figure", args=[figure.pk]) in links


def test_source_page_runs_only_the_selectors_queries_however_many_figures(
    client, night, django_assert_num_queries
):
    with CaptureQueriesContext(connection) as selector:
        source_text_spans(source_id=night.kyiv.pk)
    with django_assert_num_queries(len(selector)):
        page(client, night.kyiv)
    long = make.article(*(f"Sono stati abbattuti {n} droni." for n in range(1, 41)))
    for n in range(1, 41):
        make.figure(long, f"{n} droni", n, "drones_downed", who=make.speaker(f"Fonte {n}", "UA"))
    with django_assert_num_queries(len(selector)):
        page(client, long)


def test_missing_source_is_404(client, db):
    assert client.get(reverse("reader:source", args=[999999])).status_code == 404
