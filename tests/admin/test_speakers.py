"""Merging duplicate speakers; aliases and roles edited on the speaker's page."""

from __future__ import annotations

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.models import Claim, RolePhrase, Speaker, SpeakerAlias, SpeakerRole
from claims.services.speakers import speaker_merge
from tests.admin.factories import PESKOV, QUOTE, article, machine_claim, machine_figure, speaker

pytestmark = pytest.mark.django_db


@pytest.fixture
def duplicates():
    keep = speaker("Dmitry Peskov", "RU", in_gazetteer=True)
    merge = speaker("Dmitrij Peskov")  # as the extractor created it: no side
    SpeakerAlias.objects.create(speaker=merge, alias="D. Peskov")
    SpeakerRole.objects.create(speaker=merge, title="portavoce del Cremlino")
    source = article(*PESKOV)
    claim = machine_claim(source, QUOTE, who=merge)
    machine_figure(source, "12 droni", 12, "drones_downed", claim=claim)
    return keep, merge


def test_merge_moves_claims_and_aliases(curator, duplicates):
    keep, merge = duplicates
    result = speaker_merge(keep=keep, merge=merge, user=curator)
    assert (result.claims, result.figures, result.roles) == (1, 1, 1)
    assert not Speaker.objects.filter(pk=merge.pk).exists()
    assert set(keep.aliases.values_list("alias", flat=True)) == {"D. Peskov", "Dmitrij Peskov"}
    assert keep.roles.get().title == "portavoce del Cremlino"
    claim = Claim.objects.get()
    assert claim.speaker == keep and claim.figures.get().speaker == keep
    # The claim's side was empty: it takes the kept speaker's.
    assert claim.side.code == "RU"
    assert claim.curated_at is not None


def test_merge_keeps_the_side_a_claim_already_had(curator, duplicates):
    keep, merge = duplicates
    claim = Claim.objects.get()
    claim.side = speaker("Ministero", "UA").side
    claim.save()
    speaker_merge(keep=keep, merge=merge, user=curator)
    claim.refresh_from_db()
    assert (claim.speaker, claim.side.code) == (keep, "UA")


def test_merge_is_recorded_in_history(curator, duplicates):
    keep, merge = duplicates
    speaker_merge(keep=keep, merge=merge, user=curator)
    reason = "admin: merge Dmitrij Peskov into Dmitry Peskov"
    assert keep.history.first().history_change_reason == reason
    deleted = Speaker.history.filter(id=merge.pk).first()
    assert (deleted.history_type, deleted.history_user) == ("-", curator)
    claim_record = Claim.objects.get().history.first()
    assert (claim_record.history_change_reason, claim_record.history_user) == (reason, curator)
    assert claim_record.prev_record.speaker_id == merge.pk


def test_merge_into_itself_is_refused(curator, duplicates):
    keep, _ = duplicates
    with pytest.raises(ValidationError):
        speaker_merge(keep=keep, merge=keep, user=curator)


def test_merge_action_asks_which_speaker_to_keep(curator_client, duplicates):
    keep, merge = duplicates
    third = speaker("Peskov")
    changelist = reverse("admin:claims_speaker_changelist")
    selected = {"action": "merge", ACTION_CHECKBOX_NAME: [keep.pk, merge.pk, third.pk]}
    page = curator_client.post(changelist, selected | {"index": 0})
    assert page.status_code == 200 and b'name="keep"' in page.content
    # The most quoted speaker is offered as the one to keep.
    assert page.context["form"].initial["keep"] == merge

    done = curator_client.post(changelist, selected | {"apply": "Merge", "keep": keep.pk})
    assert done.status_code == 302
    assert list(Speaker.objects.all()) == [keep]
    assert set(keep.aliases.values_list("alias", flat=True)) >= {"Dmitrij Peskov", "Peskov"}


def test_speaker_page_adds_aliases_and_roles_with_phrases(curator_client):
    peskov = speaker("Dmitry Peskov", "RU")
    response = curator_client.post(reverse("admin:claims_speaker_change", args=[peskov.pk]), {
        "name": peskov.name, "kind": "person", "side": peskov.side_id, "description": "",
        "aliases-TOTAL_FORMS": 1, "aliases-INITIAL_FORMS": 0,
        "aliases-0-alias": "Dmitri Peskov",
        "roles-TOTAL_FORMS": 1, "roles-INITIAL_FORMS": 0,
        "roles-0-title": "portavoce del Cremlino", "roles-0-start_date": "2012-05-22",
        "roles-0-phrases": "portavoce del Cremlino\nportavoce di Putin\n\nportavoce del Cremlino",
    })
    assert response.status_code == 302, response.content.decode()[:3000]
    assert peskov.aliases.get().alias == "Dmitri Peskov"
    role = peskov.roles.get()
    assert sorted(RolePhrase.objects.filter(role=role).values_list("phrase", flat=True)) == [
        "portavoce del Cremlino", "portavoce di Putin"]
    assert peskov.history.first().history_change_reason == "admin"
