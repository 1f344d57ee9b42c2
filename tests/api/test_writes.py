"""Anonymous clients read; curators edit and add through the review services, on record."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from claims.models import Claim, Figure, Origin, Source, Status
from tests.api.conftest import span
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db


def test_anonymous_cannot_patch_a_claim(api, world):
    claim = world.claims["negoziati"]
    response = api.patch(f"/api/claims/{claim.pk}/", {"status": "verified"})
    assert response.status_code == 401
    claim.refresh_from_db()
    assert claim.status == Status.EXTRACTED


def test_a_signed_in_non_curator_cannot_write(world):
    client = APIClient()
    client.force_authenticate(User.objects.create_user("bob"))
    figure = world.figures["belgorod_drones"]
    assert client.patch(f"/api/figures/{figure.pk}/", {"status": "verified"}).status_code == 403
    assert client.post("/api/sources/", {"text": "Un articolo."}).status_code == 403


def test_curator_verifies_a_claim_and_history_records_user_and_api(curator_api, curator, world):
    claim = world.claims["negoziati"]
    response = curator_api.patch(f"/api/claims/{claim.pk}/", {
        "status": "verified", "note": "confermato dal Cremlino",
    })
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "verified"
    assert response.json()["note"] == "confermato dal Cremlino"
    claim.refresh_from_db()
    assert claim.reviewed_by == curator
    assert claim.is_curated
    latest = claim.history.first()
    assert latest.history_user == curator
    assert latest.history_change_reason == "api"


def test_curator_changes_a_figures_category_value_and_speaker(curator_api, world):
    figure = world.figures["kyiv_injured"]
    response = curator_api.patch(f"/api/figures/{figure.pk}/", {
        "category": "killed", "value": "4", "speaker": world.peskov.pk,
    })
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["category"], body["value"], body["speaker"]["name"]) == (
        "killed", "4", "Dmitry Peskov")
    # A new speaker brings the side along unless one is given (the service's rule).
    assert body["side"] == "RU"
    assert figure.history.first().history_change_reason == "api"


def test_session_curator_may_patch_with_a_csrf_token(curator, world):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(curator)
    figure = world.figures["belgorod_drones"]
    refused = client.patch(f"/api/figures/{figure.pk}/", {"status": "rejected"})
    assert refused.status_code == 403  # no CSRF token: a session alone cannot write
    client.get("/api/figures/")  # any page; then read the token Django set
    token = client.cookies.get("csrftoken")
    if token is None:
        from django.middleware.csrf import _get_new_csrf_string

        token_value = _get_new_csrf_string()
        client.cookies["csrftoken"] = token_value
    else:
        token_value = token.value
    response = client.patch(f"/api/figures/{figure.pk}/", {"status": "rejected"},
                            HTTP_X_CSRFTOKEN=token_value)
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("payload, name", [
    ({"status": "approved"}, "status"),
    ({"category": "bananas"}, "category"),
    ({"value": "molti"}, "value"),
    ({"speaker": 999999}, "speaker"),
    ({"side": "XX"}, "side"),
    ({"value": "50", "value_max": "10"}, "value_max"),  # the database constraint's name
    ({}, "non_field_errors"),
])
def test_invalid_figure_edit_is_400_naming_the_field(curator_api, world, payload, name):
    figure = world.figures["kyiv_drones"]
    response = curator_api.patch(f"/api/figures/{figure.pk}/", payload)
    assert response.status_code == 400, response.content
    assert name in str(response.json())
    figure.refresh_from_db()
    assert figure.value == Decimal(40)


def test_put_is_not_offered(curator_api, world):
    figure = world.figures["kyiv_drones"]
    assert curator_api.put(f"/api/figures/{figure.pk}/", {"status": "verified"}).status_code \
        == 405


def test_curator_adds_a_figure_by_its_offsets(curator_api, curator, world):
    start, end = span(world.kyiv, "40 droni")
    response = curator_api.post("/api/figures/", {
        "source": world.kyiv.pk, "start": start, "end": end, "text": "40 droni",
        "value": "40", "category": "drones_launched", "side": "RU", "note": "lanciati",
    })
    assert response.status_code == 201, response.content
    figure = Figure.objects.get(pk=response.json()["id"])
    assert (figure.origin, figure.category, figure.side.code) == (
        Origin.CURATOR, "drones_launched", "RU")
    assert figure.published_on == world.kyiv.published_on
    assert response.json()["sentence"]["index"] == 0
    assert figure.history.first().history_user == curator


@pytest.mark.parametrize("change", [
    {"text": "41 droni"},  # does not match the span
    {"end": 100_000},  # beyond the text
    {"start": 30, "end": 10},  # backwards
])
def test_hand_made_figure_with_a_bad_span_is_400(curator_api, world, change):
    start, end = span(world.kyiv, "40 droni")
    payload = {"source": world.kyiv.pk, "start": start, "end": end, "text": "40 droni",
               "value": "40", "category": "drones_downed", **change}
    response = curator_api.post("/api/figures/", payload)
    assert response.status_code == 400, response.content
    assert Figure.objects.count() == 5


def test_curator_adds_a_claim_spanning_two_sentences(curator_api, world):
    start = world.moscow.text.index("Peskov")
    end = len(world.moscow.text)
    response = curator_api.post("/api/claims/", {
        "source": world.moscow.pk, "start": start, "end": end, "kind": "reported",
        "speaker": world.peskov.pk,
    })
    assert response.status_code == 201, response.content
    claim = Claim.objects.get(pk=response.json()["id"])
    assert claim.sentences.count() == 2
    assert claim.side == world.ru
    trace = curator_api.get(f"/api/claims/{claim.pk}/trace/").json()
    assert [s["index"] for s in trace["sentences"]] == [1, 2]


def test_claim_outside_the_text_is_400(curator_api, world):
    response = curator_api.post("/api/claims/", {
        "source": world.moscow.pk, "start": 5, "end": 10_000, "kind": "direct",
    })
    assert response.status_code == 400
    assert "outside" in str(response.json())


def test_curator_ingests_an_article_once(curator_api, curator, reference):
    text = (SEEDS / "002_236b9d47b589822e.txt").read_text(encoding="utf-8")
    created = curator_api.post("/api/sources/", {"text": text, "file_name": "a.txt"})
    assert created.status_code == 201, created.content
    assert created.json()["created"] is True
    source = Source.objects.get(pk=created.json()["source"]["id"])
    assert source.text == text
    assert source.history.first().history_user == curator
    again = curator_api.post("/api/sources/", {"text": text})
    assert again.status_code == 200
    assert again.json()["source"]["id"] == source.pk
    assert again.json()["created"] is False
    assert Source.objects.count() == 1


def test_ingesting_an_uploaded_cp1252_file_decodes_it(curator_api, reference):
    from django.core.files.uploadedfile import SimpleUploadedFile

    text = "Kiev, 3 marzo. L'esercito ucraino ha abbattuto 12 droni. Perché?\n"
    upload = SimpleUploadedFile("cp.txt", text.encode("cp1252"))
    response = curator_api.post("/api/sources/", {"file": upload}, format="multipart")
    assert response.status_code == 201, response.content
    assert Source.objects.get().text == text
    assert response.json()["source"]["file_name"] == "cp.txt"


@pytest.mark.parametrize("payload, message", [
    ({"text": ""}, "empty file"),
    ({"text": "   \n"}, "empty file"),
    ({"text": "abc" + "\x01" * 40}, "binary file"),
])
def test_ingesting_a_non_article_is_400_with_the_one_line_reason(curator_api, payload,
                                                                 message):
    response = curator_api.post("/api/sources/", payload)
    assert response.status_code == 400
    assert message in response.json()["text"][0]
    assert not Source.objects.exists()


def test_anonymous_clients_are_throttled(api, world, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/min"})
    codes = [api.get("/api/sides/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_the_signed_in_rate_does_not_count_anonymous_requests(api, curator_api, world,
                                                              monkeypatch):
    from claims.api.throttling import SignedInRateThrottle

    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "100/min"})
    monkeypatch.setattr(SignedInRateThrottle, "THROTTLE_RATES", {"user": "2/min"})
    assert [api.get("/api/sides/").status_code for _ in range(4)] == [200] * 4
    assert [curator_api.get("/api/sides/").status_code for _ in range(3)] == [200, 200, 429]
