"""The figure and claim lists with their filters, the sources list, and search."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.selectors import search
from tests.pages import factories as make
from tests.pages.markup import parse

pytestmark = pytest.mark.django_db


def listed(client, name: str, params=None) -> list[str]:
    response = client.get(reverse(f"reader:{name}"), params or {})
    assert response.status_code == 200
    tree = parse(response.content)
    return [a.attrs["href"] for a in tree.find_all("a", cls="trace-link")]


def trace(figure) -> str:
    return reverse("reader:figure", args=[figure.pk])


def test_figure_list_filters_by_speaker_side_outlet_and_category(client, night):
    f = night.figures
    ministry = f["moscow_drones"].speaker
    assert listed(client, "figures", {"speaker": ministry.pk}) == [
        trace(f["moscow_drones"]), trace(f["moscow_injured"])]
    assert listed(client, "figures", {"side": "RU", "category": "injured"}) == [
        trace(f["moscow_injured"])]
    assert listed(client, "figures", {"outlet": night.moscow.outlet_id,
                                      "category": "drones_downed"}) == [trace(f["moscow_drones"])]
    # Newest first; the rejected figure never shown.
    assert listed(client, "figures", {"side": "UA", "category": "drones_downed"}) == [
        trace(f["kyiv_late"]), trace(f["kyiv_later"]), trace(f["kyiv_drones"]),
        trace(f["monthly"])]


def test_figure_list_offers_only_speakers_and_sides_with_figures(client, night):
    make.speaker("Nessuno", "US")
    form = parse(client.get(reverse("reader:figures")).content).find("form", cls="filters")
    assert "Nessuno" not in form.find("select", name="speaker").text
    sides = [o.text for o in form.find("select", name="side").find_all("option")]
    assert sides == ["any side", "RU", "UA"]


def test_claim_list_filters_by_speaker_kind_and_category_of_its_figures(client, night):
    def claims(params):
        tree = parse(client.get(reverse("reader:claims"), params).content)
        return [li.find("p", cls="claim-text").text for li in tree.find_all("li", cls="claim-row")]

    assert claims({"side": "UA"}) == ["80 droni su 120 sono stati abbattuti"]
    assert claims({"kind": "direct"}) == ["Intercettati nella notte 129 droni ucraini"]
    # Two figures of the category in one claim: the claim is listed once.
    assert claims({"category": "drones_downed"}) == [
        "80 droni su 120 sono stati abbattuti", "Intercettati nella notte 129 droni ucraini"]


def test_list_pages_run_a_fixed_number_of_queries(client, night, django_assert_num_queries):
    ministry = night.figures["moscow_drones"].speaker
    params = {"speaker": ministry.pk, "side": "RU"}
    # Choices of speaker, side and outlet; the chosen speaker and side; count; page.
    with django_assert_num_queries(7):
        client.get(reverse("reader:figures"), params)
    for _ in range(30):
        make.figure(night.moscow, "2 feriti", 2, "injured", who=ministry)
    with django_assert_num_queries(7):
        client.get(reverse("reader:figures"), params)
    with django_assert_num_queries(7):
        client.get(reverse("reader:claims"), params)
    with django_assert_num_queries(2):
        client.get(reverse("reader:sources"))


def test_sources_list_counts_claims_and_figures_without_rejected(client, night):
    tree = parse(client.get(reverse("reader:sources")).content)
    item = next(li for li in tree.find("ol", cls="sources").find_all("li")
                if li.find("a").text == "Altri 45 droni")
    assert "0 claims · 1 figure" in " ".join(item.text.split())


def test_a_bad_filter_value_is_explained_and_ignored(client, night):
    response = client.get(reverse("reader:figures"), {"side": "ZZ"})
    form = parse(response.content).find("form", cls="filters")
    assert "Select a valid choice" in form.text


def test_search_page_shows_claims_and_sentences_with_the_words_marked(client, night,
                                                                     django_assert_num_queries):
    with CaptureQueriesContext(connection) as selector:
        search(q="droni", limit=20)
    with django_assert_num_queries(len(selector)):
        response = client.get(reverse("reader:search"), {"q": "droni"})
    tree = parse(response.content)
    claims, sentences = tree.find_all("ol", cls="hits")
    assert claims.find("mark").text.lower().startswith("droni")
    anchors = {a.attrs["href"] for a in sentences.find_all("a")}
    assert reverse("reader:source", args=[night.kyiv.pk]) + "#sentence-0" in anchors
    # The box at the top keeps the words asked for.
    assert tree.find("input", id="searchbox-q").attrs["value"] == "droni"


def test_search_page_escapes_article_text(client, db):
    make.article('Un drone <script>alert("x")</script> abbattuto.', published_on=None)
    body = client.get(reverse("reader:search"), {"q": "abbattuto"}).content.decode()
    assert 'alert("x")' in body  # shown as text ...
    assert "<script>alert" not in body  # ... never as markup (PostgreSQL's headline drops
    # the tag-like words, SQLite's shows them escaped)


def test_empty_search_asks_for_words_without_querying(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(reverse("reader:search"))
    assert response.status_code == 200


@pytest.mark.parametrize("name, args", [
    ("home", []), ("sources", []), ("figures", []), ("claims", []), ("compare", []),
    ("search", []), ("source", ["moscow"]), ("figure", ["moscow_drones"]),
    ("claim", ["moscow"]),
])
def test_every_page_has_the_search_box_a_viewport_and_only_local_assets(client, night, name,
                                                                        args):
    ids = {"moscow": night.moscow.pk, "moscow_drones": night.figures["moscow_drones"].pk}
    if name == "claim":
        ids["moscow"] = night.claims["moscow"].pk
    response = client.get(reverse(f"reader:{name}", args=[ids[a] for a in args]))
    assert response.status_code == 200
    tree = parse(response.content)
    assert tree.find("form", role="search").attrs["action"] == reverse("reader:search")
    assert tree.find("meta", name="viewport").attrs["content"].startswith("width=device-width")
    assets = [e.attrs.get("src") or e.attrs.get("href") for e in tree.find_all("script")
              + tree.find_all("link")]
    assert assets and all(a.startswith("/static/claims/reader/") for a in assets)
