"""Side-by-side comparison of figures and claims, and search over sentences and claims."""

from __future__ import annotations

import pytest
from django.db import connection

from claims.models import Status

pytestmark = pytest.mark.django_db

JANUARY = {"date_from": "2026-01-01", "date_to": "2026-01-31"}


def sides(response) -> dict:
    assert response.status_code == 200, response.content
    return {s["side"]: s for s in response.json()["sides"]}


def test_compare_groups_drones_by_side_and_day(api, world):
    f = world.figures
    # The Belgorod figure is only extracted, not rejected: it counts.
    by_side = sides(api.get("/api/compare/", {"category": "drones_downed", **JANUARY,
                                              "group": "day"}))
    assert set(by_side) == {"UA", "RU"}
    [ua] = by_side["UA"]["groups"]
    assert (ua["period"], ua["count"], ua["sum"], ua["figure_ids"]) == (
        "2026-01-10", 1, "40", [f["kyiv_drones"].pk])
    [ru] = by_side["RU"]["groups"]
    assert (ru["period"], ru["count"], ru["sum"], ru["min"], ru["max"]) == (
        "2026-01-12", 2, "37", "12", "25")
    assert ru["figure_ids"] == sorted([f["moscow_drones"].pk, f["belgorod_drones"].pk])


def test_compare_by_week_starts_on_monday_and_by_month_on_the_first(api, world):
    weekly = sides(api.get("/api/compare/", {"category": "drones_downed", "group": "week"}))
    assert weekly["UA"]["groups"][0]["period"] == "2026-01-05"  # Saturday 10 → Monday 5
    assert weekly["RU"]["groups"][0]["period"] == "2026-01-12"
    monthly = sides(api.get("/api/compare/", {"category": "drones_downed", "group": "month"}))
    assert [g["period"] for g in monthly["RU"]["groups"]] == ["2026-01-01"]


def test_compare_leaves_out_rejected_figures_unless_asked(api, world, curator):
    from claims.services.review import figure_update

    figure_update(figure=world.figures["belgorod_drones"], user=curator,
                  status=Status.REJECTED)
    by_side = sides(api.get("/api/compare/", {"category": "drones_downed"}))
    assert by_side["RU"]["count"] == 1
    rejected = sides(api.get("/api/compare/", {"category": "drones_downed",
                                               "status": "rejected"}))
    assert rejected["RU"]["groups"][0]["figure_ids"] == [world.figures["belgorod_drones"].pk]


def test_compare_never_sums_two_categories_together(api, world):
    by_side = sides(api.get("/api/compare/", {"category": "drones_downed,injured"}))
    ua = by_side["UA"]["groups"]
    assert sorted((g["category"], g["sum"]) for g in ua) == [
        ("drones_downed", "40"), ("injured", "3")]


def test_compare_claims_by_speakers_groups_per_side(api, world):
    by_side = sides(api.get("/api/compare/claims/", {
        "speaker": f"{world.zelensky.pk},{world.peskov.pk}"}))
    assert by_side["UA"]["count"] == 2
    assert by_side["UA"]["speakers"][0]["name"] == "Volodymyr Zelensky"
    assert by_side["RU"]["speakers"][0]["claim_ids"] == [world.claims["negoziati"].pk]
    assert by_side["UA"]["first"] == "2026-01-10"


def test_compare_claims_by_search_query(api, world):
    by_side = sides(api.get("/api/compare/claims/", {"q": "negoziati"}))
    assert set(by_side) == {"RU"}
    assert by_side["RU"]["count"] == 1


def test_search_finds_sentences_and_claims_with_the_same_shape_everywhere(api, world):
    body = api.get("/api/search/", {"q": "negoziati"}).json()
    assert body["query"] == "negoziati"
    assert body["full_text"] is (connection.vendor == "postgresql")
    [sentence] = body["sentences"]
    assert sentence["text"] == "Peskov ha detto che i negoziati sono fermi."
    assert sentence["source"]["id"] == world.moscow.pk
    assert "<mark>negoziati</mark>" in sentence["headline"]
    [claim] = body["claims"]
    assert claim["id"] == world.claims["negoziati"].pk
    assert claim["speaker"]["name"] == "Dmitry Peskov"
    assert isinstance(claim["rank"], float)


def test_search_needs_every_word(api, world):
    body = api.get("/api/search/", {"q": "droni Belgorod"}).json()
    assert [s["text"] for s in body["sentences"]] == [
        "Altri 12 droni sono stati abbattuti sopra Belgorod."]


def test_search_headlines_escape_the_article_html(api, world):
    from tests.api.conftest import article

    article(["Il <script>alert(1)</script> dei negoziati Russia & Ucraina."])
    body = api.get("/api/search/", {"q": "negoziati"}).json()
    headlines = " ".join(s["headline"] for s in body["sentences"])
    assert "<script>" not in headlines  # PostgreSQL drops the tag, SQLite escapes it
    assert "Russia &amp; Ucraina" in headlines


@pytest.mark.requires_postgres
def test_italian_stemming_matches_other_forms_of_a_word(api, world):
    # "abbattuto" and "abbattuti" share the Italian stem.
    body = api.get("/api/search/", {"q": "abbattuto"}).json()
    texts = {s["text"] for s in body["sentences"]}
    assert "Altri 12 droni sono stati abbattuti sopra Belgorod." in texts
    assert "Nella notte l'aeronautica ucraina ha abbattuto 40 droni russi." in texts


@pytest.mark.requires_postgres
def test_websearch_syntax_excludes_words(api, world):
    body = api.get("/api/search/", {"q": "droni -Belgorod"}).json()
    assert body["sentences"]
    assert not any("Belgorod" in s["text"] for s in body["sentences"])


@pytest.mark.requires_postgres
def test_a_quoted_phrase_must_appear_as_written(api, world):
    found = api.get("/api/search/", {"q": '"negoziati sono fermi"'}).json()
    assert [c["id"] for c in found["claims"]] == [world.claims["negoziati"].pk]
    assert len(found["sentences"]) == 1
    reordered = api.get("/api/search/", {"q": '"fermi negoziati"'}).json()
    assert reordered["claims"] == reordered["sentences"] == []


@pytest.mark.requires_postgres
def test_claim_and_source_search_use_the_gin_indexes(world):
    from django.contrib.postgres.search import SearchQuery

    from claims.models import Claim, Source
    from claims.selectors import StoredVector

    query = SearchQuery("droni", config="italian", search_type="websearch")
    # On a few rows the planner would rather scan the table, or walk the ordering index and
    # filter: rule both out, so the plan says whether the vector's GIN index can serve.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    claims = Claim.objects.annotate(s=StoredVector()).filter(s=query).order_by()
    sources = Source.objects.annotate(s=StoredVector()).filter(s=query).order_by()
    assert "claim_text_search" in claims.explain()
    assert "source_text_search" in sources.explain()


@pytest.mark.requires_postgres
def test_newest_first_figure_pages_read_the_keyset_index(world):
    from claims.api.filters import FIGURE_ORDERINGS
    from claims.models import Figure

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    plan = Figure.objects.filter(category="drones_downed").order_by(
        *FIGURE_ORDERINGS["-date"].order_by())[:51].explain()
    assert "figure_category_newest" in plan


@pytest.mark.requires_postgres
def test_sentences_store_the_vector_search_ranks_them_by(world):
    # Generated by the database from the sentence's stored words (migration 0005).
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*), count(*) FILTER (WHERE search_vector = "
            "to_tsvector('italian', text) AND search_vector <> ''::tsvector) "
            "FROM claims_sentence"
        )
        total, stored = cursor.fetchone()
    assert total > 3 and stored == total


@pytest.mark.requires_postgres
@pytest.mark.parametrize("matches_in_window", [3, 1])
def test_newest_matches_are_the_same_whether_the_window_holds_them_or_not(
    monkeypatch, matches_in_window
):
    """Search looks for the newest matching sources among the newest rows first; when that
    window holds too few, in the whole table. Either way: newest first, undated last."""
    from datetime import date, timedelta
    from importlib import import_module

    from django.contrib.postgres.search import SearchQuery

    from claims.models import Source
    from claims.selectors import StoredVector
    from tests import factories

    search_module = import_module("claims.selectors.search")

    monkeypatch.setattr(search_module, "ROWS_PER_CANDIDATE", 2)  # window: 2 × 3 = 6 rows
    day = date(2026, 1, 1)
    newest = [factories.article(f"Notizia {n}: droni abbattuti." if n < matches_in_window
                                else f"Notizia {n}: nessun attacco.",
                                published_on=day - timedelta(days=n)) for n in range(6)]
    older = [factories.article(f"Vecchia {n}: droni.", published_on=day - timedelta(days=30 + n))
             for n in range(3)]
    undated = factories.article("Senza data: droni.")
    matching = Source.objects.annotate(search=StoredVector()).filter(
        search=SearchQuery("droni", config="italian", search_type="websearch"))

    found = search_module._newest_matching(matching, 3)

    expected = [*newest[:matches_in_window], *older, undated][:3]
    assert found == [source.pk for source in expected]
    assert search_module._newest_matching(matching, 20) == [
        s.pk for s in [*newest[:matches_in_window], *older, undated]]
