"""Review by hand and in bulk; claims and figures added on a chosen span; figures corrected."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from claims.models import Claim, Figure, Origin, Status
from tests.admin.factories import (
    PESKOV,
    QUOTE,
    admin_form,
    article,
    machine_claim,
    machine_figure,
    side,
    span,
    speaker,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim():
    source = article(*PESKOV)
    return machine_claim(source, QUOTE, who=speaker("Dmitry Peskov", "RU"))


def url(item, view: str = "change") -> str:
    return reverse(f"admin:claims_{item._meta.model_name}_{view}", args=[item.pk])


def test_verify_button_records_who_when_and_marks_curated(curator_client, curator, claim):
    response = curator_client.post(url(claim), admin_form(claim) | {"_verify": "Verify"})
    assert response.status_code == 302, response.content.decode()[:2000]
    claim.refresh_from_db()
    assert claim.status == Status.VERIFIED
    assert claim.reviewed_by == curator and claim.reviewed_at is not None
    assert claim.curated_at is not None
    latest = claim.history.first()
    assert (latest.history_user, latest.history_change_reason) == (curator, "admin")


def test_a_note_alone_is_an_edit_not_a_review(curator_client, claim):
    curator_client.post(url(claim), admin_form(claim, curator_note="da ricontrollare"))
    claim.refresh_from_db()
    assert claim.curator_note == "da ricontrollare"
    assert claim.status == Status.EXTRACTED and claim.reviewed_by is None
    assert claim.curated_at is not None


def test_saving_an_unchanged_claim_writes_nothing(curator_client, claim):
    curator_client.post(url(claim), admin_form(claim))
    claim.refresh_from_db()
    assert claim.curated_at is None and claim.history.count() == 1


def test_the_claim_text_and_span_cannot_be_edited(curator_client, claim):
    start, end, text = claim.start, claim.end, claim.text
    curator_client.post(url(claim), admin_form(claim, text="altro", start=0, end=3,
                                                curator_note="x"))
    claim.refresh_from_db()
    assert (claim.start, claim.end, claim.text) == (start, end, text)


def test_bulk_actions_verify_reject_and_dispute(curator_client, claim):
    others = [machine_claim(claim.source, p) for p in ("Secondo Kiev", "Nessun commento")]
    changelist = reverse("admin:claims_claim_changelist")
    for action, status in [("verify", Status.VERIFIED), ("reject", Status.REJECTED),
                           ("dispute", Status.DISPUTED)]:
        response = curator_client.post(changelist, {
            "action": action, ACTION_CHECKBOX_NAME: [claim.pk, others[0].pk], "index": 0,
        })
        assert response.status_code == 302
        assert set(Claim.objects.filter(pk__in=[claim.pk, others[0].pk])
                   .values_list("status", flat=True)) == {status}
    assert Claim.objects.get(pk=others[1].pk).status == Status.EXTRACTED
    assert claim.history.count() == 4  # created, then one row per review


def test_set_speaker_asks_first_then_sets_speaker_and_side(curator_client, curator, claim):
    other = machine_claim(claim.source, "Nessun commento")
    zelensky = speaker("Volodymyr Zelensky", "UA")
    changelist = reverse("admin:claims_claim_changelist")
    selected = {"action": "set_speaker", ACTION_CHECKBOX_NAME: [claim.pk, other.pk]}
    page = curator_client.post(changelist, selected | {"index": 0})
    assert page.status_code == 200
    assert b'name="apply"' in page.content and b"Set the speaker of 2 claims" in page.content
    assert Claim.objects.filter(speaker=zelensky).count() == 0

    done = curator_client.post(changelist, selected | {"apply": "Apply", "speaker": zelensky.pk})
    assert done.status_code == 302
    for item in Claim.objects.filter(pk__in=[claim.pk, other.pk]):
        assert (item.speaker, item.side) == (zelensky, side("UA"))
        assert item.history.first().history_user == curator


def test_set_side_and_set_category_on_figures(curator_client, claim):
    figure = machine_figure(claim.source, "12 droni", 12, "drones_launched", claim=claim)
    changelist = reverse("admin:claims_figure_changelist")
    selected = {ACTION_CHECKBOX_NAME: [figure.pk], "apply": "Apply", "index": 0}
    curator_client.post(changelist, selected | {"action": "set_category",
                                                "category": "drones_downed"})
    curator_client.post(changelist, selected | {"action": "set_side", "side": side("UA").pk})
    figure.refresh_from_db()
    assert (figure.category, figure.side.code) == ("drones_downed", "UA")
    assert figure.curated_at is not None


def test_set_category_refuses_an_unknown_category(curator_client, claim):
    figure = machine_figure(claim.source, "12 droni", 12, "drones_launched", claim=claim)
    page = curator_client.post(reverse("admin:claims_figure_changelist"), {
        ACTION_CHECKBOX_NAME: [figure.pk], "apply": "Apply", "action": "set_category",
        "category": "bananas", "index": 0,
    })
    assert page.status_code == 200 and b"errorlist" in page.content
    figure.refresh_from_db()
    assert figure.category == "drones_launched"


def test_curator_adds_a_claim_on_a_chosen_span(curator_client, curator):
    source = article(*PESKOV)
    start, end = span(source, "i droni russi erano almeno 40")
    response = curator_client.post(reverse("admin:claims_claim_add"), {
        "source": source.pk, "start": start, "end": end, "kind": "reported",
        "status": Status.VERIFIED, "speaker": "", "side": "", "cue": "secondo",
        "curator_note": "",
    })
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert claim.text == "i droni russi erano almeno 40"
    assert (claim.origin, claim.reviewed_by, claim.sentence.index) == (Origin.CURATOR, curator, 2)
    assert claim.history.get().history_change_reason == "admin"


@pytest.mark.parametrize("start, end, error", [
    (10, 5000, "is outside the source text"),
    (7, 7, "is outside the source text"),
    (len(PESKOV[0]), len(PESKOV[0]) + 1, "lies in no sentence"),  # the space between two
])
def test_a_span_not_in_the_text_is_a_form_error(curator_client, start, end, error):
    source = article(*PESKOV)
    page = curator_client.post(reverse("admin:claims_claim_add"), {
        "source": source.pk, "start": start, "end": end, "kind": "direct",
        "status": Status.VERIFIED,
    })
    assert page.status_code == 200
    assert error in page.content.decode()
    assert not Claim.objects.exists()


def test_curator_adds_a_figure_inside_a_claim(curator_client, claim):
    start, end = span(claim.source, "12 droni")
    response = curator_client.post(reverse("admin:claims_figure_add"), {
        "source": claim.source_id, "start": start, "end": end, "value": "12",
        "category": "drones_downed", "unit": "drone", "claim": claim.pk,
        "status": Status.VERIFIED,
    })
    assert response.status_code == 302
    figure = Figure.objects.get()
    assert (figure.text, figure.speaker, figure.origin) == ("12 droni", claim.speaker,
                                                            Origin.CURATOR)


def test_a_figure_cannot_point_at_a_claim_of_another_source(curator_client, claim):
    elsewhere = article("Un altro articolo con 3 feriti.")
    start, end = span(elsewhere, "3 feriti")
    page = curator_client.post(reverse("admin:claims_figure_add"), {
        "source": elsewhere.pk, "start": start, "end": end, "value": "3",
        "category": "injured", "claim": claim.pk, "status": Status.VERIFIED,
    })
    assert page.status_code == 200 and b"belongs to another source" in page.content
    assert not Figure.objects.exists()


def test_curator_corrects_value_unit_category_and_qualifier(curator_client, curator, claim):
    figure = machine_figure(claim.source, "almeno 40", 4, "drones_downed")
    response = curator_client.post(url(figure), admin_form(
        figure, value="40", unit="drone", category="drones_launched", qualifier="at_least",
    ))
    assert response.status_code == 302
    figure.refresh_from_db()
    assert (figure.value, figure.unit, figure.category, figure.qualifier) == (
        Decimal(40), "drone", "drones_launched", "at_least")
    assert figure.status == Status.EXTRACTED and figure.curated_at is not None
    record = figure.history.first()
    assert record.history_user == curator
    assert record.prev_record.value == Decimal(4)


def test_a_range_below_its_value_is_refused(curator_client, claim):
    figure = machine_figure(claim.source, "almeno 40", 40, "drones_launched")
    page = curator_client.post(url(figure), admin_form(figure, value_max="10"))
    assert page.status_code == 200
    figure.refresh_from_db()
    assert figure.value_max is None


def test_curator_may_not_delete_sources_nor_see_users(curator_client, claim):
    source_delete = reverse("admin:claims_source_delete", args=[claim.source_id])
    assert curator_client.post(source_delete, {"post": "yes"}).status_code == 403
    assert curator_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    # and a source's text is not a form field for them
    page = curator_client.get(url(claim.source)).content.decode()
    assert 'name="text"' not in page and 'name="title"' not in page
