"""Reader pages given odd parameters answer a page (or a 400/404), never a 500."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

HUGE = str(10**30)


@pytest.fixture
def quiet_client() -> Client:
    return Client(raise_request_exception=False)


def test_compare_over_the_whole_calendar_draws_its_chart(quiet_client, night):
    response = quiet_client.get("/compare/", {
        "category": "drones_downed", "date_from": "0001-01-01", "date_to": "9999-12-31",
    })
    assert response.status_code == 200
    assert b"<svg" in response.content


@pytest.mark.parametrize("params", [
    {"group": "month"}, {"group": "week"}, {"group": "day"},
])
def test_compare_reaching_the_calendars_ends_draws_its_chart(quiet_client, night, params):
    for date_from, date_to in (("0001-01-01", "2026-01-31"), ("2026-01-01", "9999-12-31")):
        response = quiet_client.get("/compare/", {
            "category": "drones_downed", "date_from": date_from, "date_to": date_to, **params,
        })
        assert response.status_code == 200, (date_from, date_to, params)


@pytest.mark.parametrize("url", [
    "/figures/?id=abc", f"/figures/?id={HUGE}", "/figures/?id=1,,2",
    f"/figures/?speaker={HUGE}", "/figures/?speaker=abc", f"/claims/?speaker={HUGE}",
    f"/figures/?outlet={HUGE}", "/figures/?date_from=9999-99-99", "/figures/?page=abc",
    f"/figures/?page={HUGE}", "/sources/?page=-1", "/search/?q=" + "droni " * 10_000,
    f"/compare/?side={HUGE}", "/compare/?category=bananas",
])
def test_odd_parameters_give_a_page(quiet_client, night, url):
    assert quiet_client.get(url).status_code == 200, url


@pytest.mark.parametrize("url", [
    f"/figures/{HUGE}/", f"/claims/{HUGE}/", f"/sources/{HUGE}/",
])
def test_an_id_past_any_id_is_404(quiet_client, night, url):
    assert quiet_client.get(url).status_code == 404, url


@pytest.mark.parametrize("url", [
    "/figures/?side=%00", "/claims/?kind=%00", "/search/?q=%00", "/compare/?category=%00",
    "/sources/?page=%00",
])
def test_a_nul_character_in_a_parameter_is_400(quiet_client, night, url):
    response = quiet_client.get(url)
    assert response.status_code == 400, url
    assert response["Content-Type"].startswith("text/html")
