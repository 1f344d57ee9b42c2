"""Bad input is a 400 that names the parameter, never a 500 nor a silent full list."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def error_names(response) -> set[str]:
    assert response.status_code == 400, (response.status_code, response.content)
    return set(response.json())


def test_malformed_date_from_is_400_naming_the_parameter(api, db):
    assert error_names(api.get("/api/figures/", {"date_from": "yesterday"})) == {"date_from"}


@pytest.mark.parametrize("url, params, name", [
    ("/api/figures/", {"category": "bananas"}, "category"),
    ("/api/figures/", {"category": "killed,bananas"}, "category"),
    ("/api/figures/", {"side": "XX"}, "side"),
    ("/api/figures/", {"speaker": "999999"}, "speaker"),
    ("/api/figures/", {"speaker": "abc"}, "speaker"),
    ("/api/figures/", {"source": "-1"}, "source"),
    ("/api/figures/", {"outlet": "999999"}, "outlet"),
    ("/api/figures/", {"status": "maybe"}, "status"),
    ("/api/figures/", {"value_min": "dodici"}, "value_min"),
    ("/api/figures/", {"value_min": "30", "value_max": "10"}, "value_max"),
    ("/api/figures/", {"approximate": "forse"}, "approximate"),
    ("/api/figures/", {"has_speaker": "2"}, "has_speaker"),
    ("/api/figures/", {"ordering": "colour"}, "ordering"),
    ("/api/figures/", {"date_from": "2026-02-01", "date_to": "2026-01-01"}, "date_to"),
    ("/api/figures/", {"page_size": "0"}, "page_size"),
    ("/api/figures/", {"page_size": "mille"}, "page_size"),
    ("/api/figures/", {"cursor": "not-a-cursor"}, "cursor"),
    ("/api/figures/", {"format": "xml"}, "format"),
    ("/api/figures/", {"categroy": "killed"}, "categroy"),
    ("/api/claims/", {"kind": "whispered"}, "kind"),
    ("/api/claims/", {"speaker_kind": "robot"}, "speaker_kind"),
    ("/api/claims/", {"date_to": "2026-13-01"}, "date_to"),
    ("/api/sources/", {"page": "zero"}, "page"),
    ("/api/sources/", {"date_from": "ieri"}, "date_from"),
    ("/api/speakers/", {"side": "ZZ"}, "side"),
    ("/api/sentences/", {"source": "x"}, "source"),
    ("/api/claims/1/", {"format": "csv"}, "format"),
    ("/api/compare/", {"category": "bananas"}, "category"),
    ("/api/compare/", {}, "category"),
    ("/api/compare/", {"category": "killed", "group": "year"}, "group"),
    ("/api/compare/", {"category": "killed", "date_from": "2026-1"}, "date_from"),
    ("/api/compare/", {"category": "killed", "side": "XX"}, "side"),
    ("/api/compare/claims/", {}, "q"),
    ("/api/compare/claims/", {"speaker": "uno"}, "speaker"),
    ("/api/search/", {}, "q"),
    ("/api/search/", {"q": "droni", "limit": "1000"}, "limit"),
    ("/api/search/", {"q": "droni", "lang": "en"}, "lang"),
])
def test_bad_parameter_is_400_naming_it(api, db, url, params, name):
    assert name in error_names(api.get(url, params))


def test_a_cursor_from_another_ordering_is_refused(api, world):
    next_url = api.get("/api/figures/", {"page_size": 1, "ordering": "value"}).json()["next"]
    cursor = next_url.split("cursor=")[1].split("&")[0]
    response = api.get("/api/figures/", {"page_size": 1, "cursor": cursor})
    assert error_names(response) == {"cursor"}


def test_a_forged_cursor_value_is_400_not_500(api, world):
    import base64
    import json

    forged = base64.urlsafe_b64encode(
        json.dumps({"o": "-date", "v": ["not a date", "x"]}).encode()
    ).decode()
    assert error_names(api.get("/api/figures/", {"cursor": forged})) == {"cursor"}


def test_unknown_ids_in_the_path_are_404(api, world):
    assert api.get("/api/figures/999999/").status_code == 404
    assert api.get("/api/figures/999999/trace/").status_code == 404
    assert api.get("/api/claims/999999/trace/").status_code == 404
    assert api.get("/api/sources/999999/text/").status_code == 404
    assert api.get("/api/figures/abc/").status_code == 404


@pytest.mark.parametrize("url, name", [
    ("/api/sentences/", "source"),
    ("/api/sources/", "outlet"),
    ("/api/figures/", "speaker"),
    ("/api/figures/", "claim"),
    ("/api/compare/claims/", "speaker"),
])
@pytest.mark.parametrize("number", ["99999999999999999999", "-17829045161253036032"])
def test_an_id_beyond_the_integer_range_is_400_not_500(api, db, url, name, number):
    # SQLite raised OverflowError on such a number in `IN (...)`.
    assert name in error_names(api.get(url, {name: f"1,{number}"}))


def test_a_bad_item_of_a_list_parameter_is_named_by_its_position(api, db):
    # DRF keys it by an int, which the orjson renderer refused to write (a 500).
    response = api.get("/api/compare/claims/", {"q": "droni", "status": "verified,forse"})
    assert error_names(response) == {"status"}
    assert set(response.json()["status"]) == {"1"}


def test_an_api_url_no_route_matches_is_a_json_404(api, db):
    for url in ("/api/claims/abc/", "/api/claims/1.5/trace/", "/api/nowhere/"):
        response = api.get(url)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert set(response.json()) == {"detail"}
    # The reader pages keep Django's page.
    assert api.get("/nowhere/")["Content-Type"].startswith("text/html")
