"""Every change is in the object's history, with user and before/after, and can be reverted."""

from __future__ import annotations

import pytest
from django.urls import reverse

from claims.models import Source, Status
from claims.services.review import claim_update
from tests.admin.factories import PESKOV, QUOTE, article, machine_claim, speaker

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim():
    return machine_claim(article(*PESKOV), QUOTE, who=speaker("Dmitry Peskov", "RU"))


def test_history_page_shows_who_changed_what_from_and_to(curator_client, curator, claim):
    claim_update(claim=claim, user=curator, status=Status.VERIFIED, curator_note="ok")
    page = curator_client.get(
        reverse("admin:claims_claim_history", args=[claim.pk])
    ).content.decode()
    assert "ada" in page and "admin" in page  # user and change reason
    assert "<strong>Status:</strong>" in page and "Deleted" not in page


def test_revert_from_the_history_page_restores_the_old_values(curator_client, curator, claim):
    created, peskov = claim.history.get(), claim.speaker
    claim_update(claim=claim, user=curator, status=Status.REJECTED, curator_note="sbagliato",
                 speaker=None, side=None)
    revert_url = reverse("admin:claims_claim_simple_history",
                         args=[claim.pk, created.history_id])
    form = curator_client.get(revert_url)
    assert form.status_code == 200
    initial = form.context["adminform"].form.initial
    assert initial["status"] == Status.EXTRACTED and initial["speaker"] == peskov.pk

    response = curator_client.post(revert_url, {
        "status": initial["status"], "curator_note": initial["curator_note"],
        "speaker": initial["speaker"], "side": initial["side"], "kind": initial["kind"],
        "cue": initial["cue"], "via": "", "_save": "Revert",
    })
    assert response.status_code == 302
    reverted = type(claim).objects.get(pk=claim.pk)
    assert (reverted.status, reverted.curator_note) == (Status.EXTRACTED, "")
    assert reverted.speaker.name == "Dmitry Peskov" and reverted.side.code == "RU"
    # A revert is a curator's write like any other: recorded, and kept by re-extraction.
    latest = reverted.history.first()
    assert (latest.history_user, latest.history_change_reason) == (curator, "admin revert")
    assert reverted.curated_at is not None
    assert reverted.history.count() == 3


def test_reverting_a_source_title_keeps_its_text(admin_client, claim):
    source = claim.source
    text = source.text
    source.title, source._change_reason = "Titolo sbagliato", "admin"
    source.save()
    first = source.history.last()
    revert_url = reverse("admin:claims_source_simple_history",
                         args=[source.pk, first.history_id])
    response = admin_client.post(revert_url, {
        "title": first.title, "outlet": "", "url": "", "_save": "Revert",
        "claims-TOTAL_FORMS": 0, "claims-INITIAL_FORMS": 0,
        "figures-TOTAL_FORMS": 0, "figures-INITIAL_FORMS": 0,
    })
    assert response.status_code == 302
    source = Source.objects.get(pk=source.pk)
    assert (source.title, source.text) == ("Attacco su Kiev", text)
    assert source.history.first().history_change_reason == "admin revert"


def test_an_old_version_naming_a_merged_speaker_still_opens(curator_client, curator, claim):
    from claims.services.speakers import speaker_merge

    created = claim.history.get()
    duplicate = claim.speaker
    speaker_merge(keep=speaker("Dmitrij Peskov", "RU"), merge=duplicate, user=curator)
    page = curator_client.get(reverse("admin:claims_claim_simple_history",
                                      args=[claim.pk, created.history_id]))
    assert page.status_code == 200
    assert "fonte-current" in page.content.decode()
