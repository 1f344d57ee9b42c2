"""Hostile or careless input: a 4xx in JSON that names what was wrong, never a 500."""

from __future__ import annotations

import base64
import csv
import io
import json
from decimal import Decimal

import pytest
from django.db import OperationalError
from django.test import override_settings
from rest_framework.test import APIClient

from claims.models import Source
from tests.api.conftest import span

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiet_api() -> APIClient:
    # A server error comes back as the response the client would see, not as the exception.
    return APIClient(raise_request_exception=False)


def json_error(response, status: int = 400) -> dict:
    assert response.status_code == status, (response.status_code, response.content[:300])
    assert response["Content-Type"] == "application/json", response["Content-Type"]
    return response.json()


# --- dates at the ends of the calendar -------------------------------------------------------

def test_compare_over_the_whole_calendar_answers(api, world):
    response = api.get("/api/compare/", {
        "category": "drones_downed", "date_from": "0001-01-01", "date_to": "9999-12-31",
    })
    assert response.status_code == 200, response.content
    assert response.json()["sides"]


# --- NUL characters (PostgreSQL refuses them in any text) -----------------------------------

@pytest.mark.parametrize("url, params", [
    ("/api/sides/\x00/", {}),
    ("/api/compare/", {"category": "killed", "side": "\x00"}),
    ("/api/figures/", {"text": "droni\x00"}),
    ("/api/figures/", {"side": "UA,\x00"}),
    ("/api/speakers/", {"name": "\x00"}),
    ("/api/sources/", {"title": "\x00", "file_name": "\x00"}),
    ("/api/search/", {"q": "\x00"}),
    ("/api/compare/claims/", {"q": "\x00"}),
    ("/api/figures/", {"\x00": "1"}),
])
def test_a_nul_character_in_the_path_or_a_parameter_is_400(quiet_api, world, url, params):
    json_error(quiet_api.get(url, params))


def test_a_nul_character_in_a_lookup_by_code_in_a_body_is_400(curator_api, world):
    figure = world.figures["kyiv_injured"]
    response = curator_api.patch(f"/api/figures/{figure.pk}/", {"side": "U\x00A"},
                                 format="json")
    assert "side" in json_error(response)


def test_a_nul_character_in_a_reader_page_parameter_is_400(client, world):
    for url in ("/figures/?side=%00", "/search/?q=%00", "/compare/?category=%00",
                "/sources/?page=%00"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert response["Content-Type"].startswith("text/html")


# --- free text too long to search for --------------------------------------------------------

@pytest.mark.parametrize("url, name", [
    ("/api/claims/", "text"),
    ("/api/figures/", "text"),
    ("/api/sentences/", "text"),
    ("/api/speakers/", "name"),
    ("/api/sources/", "title"),
    ("/api/sources/", "file_name"),
])
def test_a_text_filter_longer_than_any_search_is_400_naming_it(quiet_api, world, url, name):
    assert set(json_error(quiet_api.get(url, {name: "droni " * 10_000}))) == {name}


@pytest.mark.parametrize("values", [
    [0, 2**64], [0, -(2**64)], [2**64, 0],
])
def test_a_forged_sentence_cursor_with_a_huge_number_is_400(quiet_api, world, values):
    cursor = base64.urlsafe_b64encode(
        json.dumps({"o": "source", "v": values}).encode()
    ).decode()
    assert set(json_error(quiet_api.get("/api/sentences/", {"cursor": cursor}))) == {"cursor"}


def test_a_forged_figure_cursor_with_a_huge_id_is_400(quiet_api, world):
    cursor = base64.urlsafe_b64encode(
        json.dumps({"o": "-date", "v": ["2026-01-10", str(2**64)]}).encode()
    ).decode()
    assert set(json_error(quiet_api.get("/api/figures/", {"cursor": cursor}))) == {"cursor"}


# --- bodies ---------------------------------------------------------------------------------

def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _write_urls(world) -> list[tuple[str, str]]:
    return [
        ("post", "/api/sources/"),
        ("post", "/api/claims/"),
        ("post", "/api/figures/"),
        ("patch", f"/api/claims/{world.claims['respinto'].pk}/"),
        ("patch", f"/api/figures/{world.figures['kyiv_drones'].pk}/"),
    ]


@pytest.mark.parametrize("depth", [100_000, 2_000])
def test_deeply_nested_json_is_400_on_every_write(curator_api, world, depth):
    for method, url in _write_urls(world):
        response = getattr(curator_api, method)(
            url, nested(depth), content_type="application/json"
        )
        assert "detail" in json_error(response), url


@pytest.mark.parametrize("body, name", [
    ('{"text": 5}', "text"),
    ('{"text": ["Un articolo."]}', "text"),
    ('{"text": "Un articolo.", "url": 7}', "url"),
])
def test_a_source_text_must_be_a_json_string(curator_api, db, body, name):
    response = curator_api.post("/api/sources/", body, content_type="application/json")
    assert name in json_error(response)
    assert not Source.objects.exists()


def test_a_note_must_be_a_json_string(curator_api, world):
    figure = world.figures["kyiv_drones"]
    response = curator_api.patch(f"/api/figures/{figure.pk}/", {"note": 12}, format="json")
    assert set(json_error(response)) == {"note"}


def test_unknown_body_fields_are_400_naming_them_on_every_write(curator_api, world):
    for method, url in _write_urls(world):
        response = getattr(curator_api, method)(url, {"colour": "red"}, format="json")
        assert "colour" in json_error(response), url


def test_an_unknown_field_beside_a_good_edit_changes_nothing(curator_api, world):
    figure = world.figures["kyiv_drones"]
    response = curator_api.patch(f"/api/figures/{figure.pk}/",
                                 {"status": "rejected", "staus": "x"}, format="json")
    assert set(json_error(response)) == {"staus"}
    figure.refresh_from_db()
    assert figure.status == "verified"


@pytest.mark.parametrize("field", ["value", "value_max"])
def test_a_negative_figure_value_is_refused_on_edit(curator_api, world, field):
    figure = world.figures["kyiv_drones"]
    response = curator_api.patch(f"/api/figures/{figure.pk}/", {field: "-3"}, format="json")
    assert set(json_error(response)) == {field}
    figure.refresh_from_db()
    assert figure.value == Decimal(40)


def test_a_negative_figure_value_is_refused_on_create(curator_api, world):
    start, end = span(world.kyiv, "40 droni")
    response = curator_api.post("/api/figures/", {
        "source": world.kyiv.pk, "start": start, "end": end, "value": "-40",
        "category": "drones_downed",
    }, format="json")
    assert set(json_error(response)) == {"value"}


@pytest.mark.parametrize("kind", ["claims", "figures"])
def test_a_note_longer_than_ten_thousand_characters_is_refused(curator_api, world, kind):
    item = world.claims["respinto"] if kind == "claims" else world.figures["kyiv_drones"]
    url = f"/api/{kind}/{item.pk}/"
    assert set(json_error(curator_api.patch(url, {"note": "x" * 10_001}, format="json"))) == {
        "note"}
    assert curator_api.patch(url, {"note": "x" * 10_000}, format="json").status_code == 200


# --- query parameters nobody reads ----------------------------------------------------------

@pytest.mark.parametrize("url", ["/api/claims/", "/api/figures/", "/api/sentences/"])
def test_page_on_a_cursor_list_is_400_naming_it(api, world, url):
    assert set(json_error(api.get(url, {"page": "abc"}))) == {"page"}
    assert set(json_error(api.get(url, {"page": "2"}))) == {"page"}


def test_cursor_on_a_numbered_list_is_400_naming_it(api, world):
    assert set(json_error(api.get("/api/speakers/", {"cursor": "abc"}))) == {"cursor"}


def _unfiltered_urls(world) -> list[str]:
    figure, claim, source = world.figures["kyiv_drones"], world.claims["respinto"], world.kyiv
    return [
        "/api/sides/", "/api/sides/UA/", f"/api/outlets/{world.ansa.pk}/",
        f"/api/speakers/{world.peskov.pk}/", f"/api/sources/{source.pk}/",
        f"/api/sources/{source.pk}/text/", f"/api/figures/{figure.pk}/",
        f"/api/figures/{figure.pk}/trace/", f"/api/claims/{claim.pk}/",
        f"/api/claims/{claim.pk}/trace/",
        f"/api/sentences/{figure.sentence_id}/",
    ]


def test_unknown_parameters_are_400_on_every_read(api, world):
    for url in _unfiltered_urls(world):
        assert set(json_error(api.get(url, {"colour": "red"}))) == {"colour"}, url
        assert api.get(url, {"format": "json"}).status_code == 200, url


def test_pagination_parameters_are_still_read_on_lists(api, world):
    assert len(api.get("/api/sides/", {"page": "1", "page_size": "1"}).json()["results"]) == 1
    assert len(api.get("/api/figures/", {"page_size": "1"}).json()["results"]) == 1


# --- every error under /api/ is JSON --------------------------------------------------------

@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
def test_a_body_over_the_size_limit_is_a_json_400(curator_api, db):
    response = curator_api.post("/api/sources/", {"text": "droni " * 1000}, format="json")
    assert "detail" in json_error(response)
    response = curator_api.post("/api/sources/", {"text": "droni " * 1000}, format="multipart")
    assert "detail" in json_error(response)


def test_a_server_error_is_a_json_500(quiet_api, world, monkeypatch):
    def broken(**kwargs):
        raise ZeroDivisionError

    monkeypatch.setattr("claims.api.items.figure_trace", broken)
    figure = world.figures["kyiv_drones"]
    body = json_error(quiet_api.get(f"/api/figures/{figure.pk}/trace/"), 500)
    assert set(body) == {"detail"}


def test_the_database_down_is_a_json_503(quiet_api, world, monkeypatch):
    def down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("claims.api.catalog.SideViewSet.get_queryset", down)
    body = json_error(quiet_api.get("/api/sides/"), 503)
    assert set(body) == {"detail"}


# --- CSV exports ------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["=1+2", "+SUM(A1)", "-2+3", "@cmd"])
def test_every_text_column_of_the_figure_csv_is_defused(curator_api, api, world, unit):
    figure = world.figures["kyiv_drones"]
    assert curator_api.patch(f"/api/figures/{figure.pk}/", {"unit": unit},
                             format="json").status_code == 200
    world.kyiv.title = "=HYPERLINK(\"http://example.org\")"
    world.kyiv.save(update_fields=["title"])
    response = api.get("/api/figures/", {"format": "csv", "source": world.kyiv.pk})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    row = next(r for r in rows if r["id"] == str(figure.pk))
    assert row["unit"] == "'" + unit
    assert row["source_title"].startswith("'=")
    assert (row["value"], row["claim_id"]) == ("40", "")


def test_every_text_column_of_the_claim_csv_is_defused(api, world):
    world.ansa.name = "@ANSA"
    world.ansa.save(update_fields=["name"])
    world.zelensky.name = "-Zelensky+1"
    world.zelensky.save(update_fields=["name"])
    world.kyiv.url = "=IMPORTXML(A1)"
    world.kyiv.save(update_fields=["url"])
    response = api.get("/api/claims/", {"format": "csv", "source": world.kyiv.pk})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert (rows[0]["outlet"], rows[0]["speaker"], rows[0]["url"]) == (
        "'@ANSA", "'-Zelensky+1", "'=IMPORTXML(A1)")
