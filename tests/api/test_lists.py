"""Lists: what each row embeds, constant query counts, keyset pages, filters."""

from __future__ import annotations

import pytest

from claims.models import Status

pytestmark = pytest.mark.django_db


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def walk(api, url: str, **params) -> list[int]:
    """Every id of a keyset-paginated list, following `next`."""
    seen, response = [], api.get(url, params)
    while True:
        seen += ids(response)
        following = response.json()["next"]
        if not following:
            return seen
        response = api.get(following)


def test_a_figure_row_embeds_speaker_source_and_sentence(api, world):
    figure = world.figures["kyiv_drones"]
    row = next(r for r in api.get("/api/figures/").json()["results"] if r["id"] == figure.pk)
    assert row["speaker"] == {"id": world.zelensky.pk, "name": "Volodymyr Zelensky",
                              "kind": "person", "side": "UA"}
    assert row["side"] == "UA"
    assert row["source"] == {"id": world.kyiv.pk, "title": "Droni su Kiev", "outlet": "ANSA",
                             "published_on": "2026-01-10", "date_precision": "day",
                             "url": "https://example.org/kiev"}
    sentence = row["sentence"]
    assert sentence["index"] == 0
    assert sentence["text"] == "Nella notte l'aeronautica ucraina ha abbattuto 40 droni russi."
    assert world.kyiv.text[sentence["start"]:sentence["end"]] == sentence["text"]
    assert world.kyiv.text[row["start"]:row["end"]] == row["text"] == "40 droni"
    assert row["value"] == "40"
    assert row["category"] == "drones_downed"


def test_a_claim_row_embeds_speaker_source_and_sentence(api, world):
    claim = world.claims["respinto"]
    row = api.get(f"/api/claims/{claim.pk}/").json()
    assert row["speaker"]["name"] == "Volodymyr Zelensky"
    assert row["speaker"]["side"] == "UA"
    assert row["source"]["outlet"] == "ANSA"
    assert row["sentence"]["text"] == "\"Abbiamo respinto l'attacco su Kiev\", ha detto Zelensky."
    assert row["kind"] == "direct"
    assert row["text"] == "Abbiamo respinto l'attacco su Kiev"


@pytest.mark.parametrize("url, queries", [
    ("/api/figures/", 1),
    ("/api/claims/", 1),
    ("/api/sentences/", 1),
    ("/api/sources/", 2),  # count + page
    ("/api/speakers/", 4),  # count + page + aliases + roles
    ("/api/outlets/", 2),
    ("/api/sides/", 2),
])
def test_list_query_count_is_constant(api, world, django_assert_num_queries, url, queries):
    for page_size in (1, 5):
        with django_assert_num_queries(queries):
            response = api.get(url, {"page_size": page_size})
        assert response.status_code == 200
        assert 1 <= len(response.json()["results"]) <= page_size


def test_figure_list_query_count_is_constant(api, world, django_assert_num_queries):
    # The one the issue names: a filtered page deep in the list costs the same as the first
    # (the one page that crosses from dated to undated rows costs one more).
    first = api.get("/api/figures/", {"page_size": 1, "side": "RU,UA"}).json()
    for page_size in (2, 4):
        with django_assert_num_queries(2):  # the side codes, then the page
            response = api.get("/api/figures/", {"page_size": page_size, "side": "RU,UA"})
        assert len(response.json()["results"]) == page_size
    with django_assert_num_queries(2):
        assert api.get(first["next"]).status_code == 200


def test_newest_first_pages_reach_every_figure_once_undated_last(api, world):
    f = world.figures
    assert walk(api, "/api/figures/", page_size=2) == [
        f["belgorod_drones"].pk, f["moscow_drones"].pk,  # 2026-01-12, higher id first
        f["kyiv_injured"].pk, f["kyiv_drones"].pk,  # 2026-01-10
        f["missiles"].pk,  # undated
    ]


@pytest.mark.parametrize("ordering", ["date", "-date", "value", "-value", "created", "-created"])
def test_every_ordering_pages_through_all_figures_exactly_once(api, world, ordering):
    everything = ids(api.get("/api/figures/", {"ordering": ordering, "page_size": 50}))
    assert len(everything) == 5
    for page_size in (1, 2, 3):
        assert walk(api, "/api/figures/", ordering=ordering, page_size=page_size) == everything


def test_oldest_first_puts_undated_claims_first(api, world):
    c = world.claims
    assert walk(api, "/api/claims/", ordering="date", page_size=1) == [
        c["difese"].pk, c["respinto"].pk, c["negoziati"].pk,
    ]


def test_value_ordering_sorts_numbers_not_strings(api, world):
    values = [r["value"] for r in api.get("/api/figures/", {"ordering": "-value"}).json()[
        "results"]]
    assert values == ["40", "25", "12", "7", "3"]


def test_sentences_page_in_source_order(api, world):
    rows = []
    response = api.get("/api/sentences/", {"page_size": 3})
    while True:
        rows += response.json()["results"]
        if not response.json()["next"]:
            break
        response = api.get(response.json()["next"])
    assert [(r["source"]["id"], r["index"]) for r in rows] == sorted(
        (r["source"]["id"], r["index"]) for r in rows
    )
    assert len(rows) == 8
    assert all(r["text"] for r in rows)


@pytest.mark.parametrize("params, expected", [
    ({"side": "RU"}, {"moscow_drones", "belgorod_drones"}),
    ({"side": "RU,UA"}, {"moscow_drones", "belgorod_drones", "kyiv_drones", "kyiv_injured"}),
    ({"category": "drones_downed"}, {"kyiv_drones", "moscow_drones", "belgorod_drones"}),
    ({"category": ["injured", "missiles_launched"]}, {"kyiv_injured", "missiles"}),
    ({"speaker_kind": "institution"}, {"moscow_drones", "belgorod_drones"}),
    ({"status": "extracted"}, {"belgorod_drones"}),
    ({"date_from": "2026-01-11"}, {"moscow_drones", "belgorod_drones"}),
    ({"date_to": "2026-01-10"}, {"kyiv_drones", "kyiv_injured"}),
    ({"value_min": "12", "value_max": "25"}, {"moscow_drones", "belgorod_drones"}),
    ({"approximate": "true"}, {"belgorod_drones"}),
    ({"has_speaker": "false"}, {"kyiv_injured", "missiles"}),
    ({"text": "belgorod"}, {"belgorod_drones"}),
])
def test_figure_filters_select_the_right_figures(api, world, params, expected):
    assert set(ids(api.get("/api/figures/", params))) == {
        world.figures[name].pk for name in expected
    }


def test_figure_filters_by_speaker_outlet_and_source(api, world):
    f = world.figures
    assert set(ids(api.get("/api/figures/", {"speaker": world.ministry.pk}))) == {
        f["moscow_drones"].pk, f["belgorod_drones"].pk}
    assert set(ids(api.get("/api/figures/", {"outlet": world.ansa.pk}))) == {
        f["kyiv_drones"].pk, f["kyiv_injured"].pk}
    assert set(ids(api.get("/api/figures/", {"source": world.undated.pk}))) == {
        f["missiles"].pk}


@pytest.mark.parametrize("params, expected", [
    ({"kind": "direct"}, {"respinto"}),
    ({"side": "RU"}, {"negoziati"}),
    ({"status": Status.EXTRACTED}, {"negoziati"}),
    ({"text": "DIFESE"}, {"difese"}),
    ({"has_speaker": "true"}, {"respinto", "negoziati", "difese"}),
    ({"date_from": "2026-01-01", "date_to": "2026-01-31"}, {"respinto", "negoziati"}),
])
def test_claim_filters_select_the_right_claims(api, world, params, expected):
    assert set(ids(api.get("/api/claims/", params))) == {
        world.claims[name].pk for name in expected
    }


def test_sources_list_never_sends_the_text(api, world):
    row = api.get("/api/sources/").json()["results"][0]
    assert "text" not in row
    assert {"id", "title", "outlet", "published_on", "sha256"} <= set(row)


def test_sides_are_looked_up_by_code(api, world):
    assert api.get("/api/sides/UA/").json() == {"code": "UA", "name": "Ucraina"}


def test_speaker_detail_lists_aliases(api, world):
    world.zelensky.aliases.create(alias="Zelenskyy")
    body = api.get(f"/api/speakers/{world.zelensky.pk}/").json()
    assert body["aliases"] == ["Zelenskyy"]
    assert body["side"] == "UA"


def test_fast_rows_equal_drfs_own_field_by_field_rendering(world):
    from rest_framework import serializers

    from claims.api.serializers import CLAIM_ROW, FIGURE_ROW, ClaimSerializer, FigureSerializer
    from claims.selectors import claims_with_provenance, figures_with_provenance

    cases = ((FigureSerializer, figures_with_provenance(), FIGURE_ROW),
             (ClaimSerializer, claims_with_provenance(), CLAIM_ROW))
    for serializer_class, queryset, row_fields in cases:
        rows = {row["id"]: row for row in queryset.values(*row_fields)}
        assert len(rows) >= 3
        for item in queryset:
            serializer = serializer_class()
            generic = dict(serializers.ModelSerializer.to_representation(serializer, item))
            assert serializer.to_representation(item) == generic  # an instance
            assert serializer.to_representation(rows[item.pk]) == generic  # a list's row


def test_fast_sentences_equal_drfs_own_field_by_field_rendering(world):
    from rest_framework import serializers

    from claims.api.reports import SentenceHitSerializer
    from claims.api.serializers import SentenceSerializer
    from claims.selectors import sentences_with_source

    sentences = list(sentences_with_source())
    assert len(sentences) > 3
    for sentence in sentences:
        sentence.headline, sentence.rank = f"<mark>{sentence.text}</mark>", 0.5
        for serializer in (SentenceSerializer(), SentenceHitSerializer()):
            generic = dict(serializers.ModelSerializer.to_representation(serializer, sentence))
            assert serializer.to_representation(sentence) == generic


def test_list_rows_equal_the_detail_of_each_item(api, world):
    for url in ("/api/figures/", "/api/claims/"):
        rows = api.get(url, {"page_size": 500}).json()["results"]
        assert len(rows) >= 3
        for row in rows:
            assert api.get(f"{url}{row['id']}/").json() == row


def test_a_page_picks_its_ids_before_joining_what_rows_embed(api, world):
    # One query, whose LIMIT sits in the subquery that picks the page's ids: only the rows
    # of the page are joined to speakers, sources and sentences, whatever PostgreSQL's
    # cached plan thinks of the filter's selectivity.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert ids(api.get("/api/figures/", {"page_size": 2, "category": "drones_downed"}))
    [sql] = [q["sql"] for q in queries.captured_queries]
    outer, inner = sql.split(" IN (SELECT ", 1)
    assert "LIMIT" not in outer and "LIMIT 3" in inner
    assert "claims_sentence" in outer and "claims_sentence" not in inner


def test_serializers_built_once_per_class_still_bind_their_own_fields():
    from claims.api.serializers import SideSerializer, SpeakerRefSerializer

    first, second = SpeakerRefSerializer(), SpeakerRefSerializer()
    assert first.fields["name"] is not second.fields["name"]
    assert first.fields["name"].parent is first and second.fields["name"].parent is second
    assert list(SideSerializer().fields) == ["code", "name"]


def test_fast_compare_groups_equal_drfs_own_field_by_field_rendering(world):
    from rest_framework import serializers

    from claims.api.reports import FigureGroupSerializer
    from claims.models import Figure
    from claims.selectors import figures_compare_by_side

    sides = figures_compare_by_side(categories=[c.value for c in Figure.Category], group="week")
    groups = [group for side in sides for group in side.groups]
    assert groups
    for group in groups:
        serializer = FigureGroupSerializer()
        generic = serializers.Serializer.to_representation(serializer, group)
        assert serializer.to_representation(group) == dict(generic)
