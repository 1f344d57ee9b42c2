"""The curators' admin given odd parameters and values: a page or a form error, never a 500."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse

from claims.models import Claim, Figure, Status
from tests.admin.factories import (
    PESKOV,
    QUOTE,
    admin_form,
    article,
    machine_claim,
    machine_figure,
    span,
    speaker,
)

pytestmark = pytest.mark.django_db

HUGE = str(10**30)


@pytest.fixture
def quiet_curator(curator) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(curator)
    return client


@pytest.fixture
def claim():
    return machine_claim(article(*PESKOV), QUOTE, who=speaker("Dmitry Peskov", "RU"))


def change_url(item) -> str:
    return reverse(f"admin:claims_{item._meta.model_name}_change", args=[item.pk])


@pytest.mark.parametrize("model", ["claim", "figure"])
@pytest.mark.parametrize("query", [
    {"source": "abc"}, {"source": HUGE}, {"source": "-1"},
    {"source": "1", "start": HUGE, "end": HUGE}, {"speaker": "abc"}, {"claim": HUGE},
])
def test_an_add_page_with_a_bad_source_still_opens(quiet_curator, claim, model, query):
    response = quiet_curator.get(reverse(f"admin:claims_{model}_add"), query)
    assert response.status_code == 200


@pytest.mark.parametrize("model", ["claim", "figure", "source", "speaker"])
@pytest.mark.parametrize("bad", ["abc", HUGE, "-5", ""])
def test_a_bulk_action_ignores_ids_that_cannot_be_ids(quiet_curator, claim, model, bad):
    good = {"claim": claim.pk, "source": claim.source_id, "speaker": claim.speaker_id,
            "figure": machine_figure(claim.source, "12 droni", 12, "drones_downed").pk}[model]
    action = {"source": "reextract", "speaker": "merge"}.get(model, "verify")
    response = quiet_curator.post(reverse(f"admin:claims_{model}_changelist"), {
        "action": action, ACTION_CHECKBOX_NAME: [bad, good], "index": 0,
    })
    assert response.status_code in (200, 302)


def test_a_bulk_action_with_only_bad_ids_changes_nothing(quiet_curator, claim):
    response = quiet_curator.post(reverse("admin:claims_claim_changelist"), {
        "action": "reject", ACTION_CHECKBOX_NAME: ["abc", HUGE], "index": 0,
    })
    assert response.status_code in (200, 302)
    claim.refresh_from_db()
    assert claim.status == Status.EXTRACTED


def test_a_bulk_action_still_applies_to_the_good_ids(quiet_curator, claim):
    quiet_curator.post(reverse("admin:claims_claim_changelist"), {
        "action": "verify", ACTION_CHECKBOX_NAME: ["abc", claim.pk], "index": 0,
    })
    claim.refresh_from_db()
    assert claim.status == Status.VERIFIED


@pytest.mark.parametrize("model", ["claim", "figure", "source", "speaker"])
def test_a_search_longer_than_any_search_still_lists(quiet_curator, claim, model):
    response = quiet_curator.get(reverse(f"admin:claims_{model}_changelist"),
                                 {"q": "droni " * 10_000})
    assert response.status_code == 200


@pytest.mark.parametrize("changes", [{"value": "-4"}, {"value_max": "-1"}])
def test_a_negative_figure_value_is_a_form_error(quiet_curator, claim, changes):
    figure = machine_figure(claim.source, "12 droni", 12, "drones_downed")
    page = quiet_curator.post(change_url(figure), admin_form(figure, **changes))
    assert page.status_code == 200 and b"errorlist" in page.content
    figure.refresh_from_db()
    assert (figure.value, figure.value_max) == (Decimal(12), None)


def test_a_negative_figure_is_not_added(quiet_curator, claim):
    start, end = span(claim.source, "12 droni")
    page = quiet_curator.post(reverse("admin:claims_figure_add"), {
        "source": claim.source_id, "start": start, "end": end, "value": "-12",
        "category": "drones_downed", "status": Status.VERIFIED,
    })
    assert page.status_code == 200 and b"errorlist" in page.content
    assert not Figure.objects.exists()


def test_a_note_over_ten_thousand_characters_is_a_form_error(quiet_curator, claim):
    figure = machine_figure(claim.source, "12 droni", 12, "drones_downed")
    for item in (claim, figure):
        page = quiet_curator.post(change_url(item), admin_form(item, curator_note="x" * 10_001))
        assert page.status_code == 200 and b"errorlist" in page.content
        item.refresh_from_db()
        assert item.curator_note == ""
        page = quiet_curator.post(change_url(item), admin_form(item, curator_note="x" * 10_000))
        assert page.status_code == 302


def test_a_long_note_is_not_added_with_a_claim(quiet_curator, claim):
    start, end = span(claim.source, "12 droni")
    page = quiet_curator.post(reverse("admin:claims_claim_add"), {
        "source": claim.source_id, "start": start, "end": end, "kind": "reported",
        "status": Status.VERIFIED, "curator_note": "x" * 10_001,
    })
    assert page.status_code == 200 and b"errorlist" in page.content
    assert Claim.objects.count() == 1
