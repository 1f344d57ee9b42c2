"""Curator writes: validated spans, history with user and reason, curated marking."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from claims.models import Claim, Figure, Origin, Status
from claims.services.accounts import CURATORS
from claims.services.review import claim_create, claim_update, figure_create, items_set

pytestmark = pytest.mark.django_db

TEXT = "Il ministero ha detto che 12 droni sono stati abbattuti."


def test_curators_group_exists_after_migrate_without_delete_on_sources(db):
    perms = set(Group.objects.get(name=CURATORS).permissions.values_list("codename", flat=True))
    assert {"change_claim", "change_figure", "change_speaker", "view_source"} <= perms
    assert "delete_source" not in perms
    assert not any(p.endswith("_user") for p in perms)


def test_verifying_a_claim_records_who_when_and_why(make_source, curator):
    source = make_source(TEXT)
    claim = claim_create(source=source, start=26, end=len(TEXT) - 1, kind="reported",
                         user=curator, status=Status.EXTRACTED)
    claim_update(claim=claim, user=curator, origin="api", status=Status.VERIFIED,
                 curator_note="checked against the ministry's statement")
    claim.refresh_from_db()
    assert claim.status == Status.VERIFIED
    assert claim.reviewed_by == curator
    assert claim.is_curated
    latest = claim.history.first()
    assert latest.history_user == curator
    assert latest.history_change_reason == "api"
    assert latest.prev_record.status == Status.EXTRACTED


def test_hand_made_figure_must_match_its_span(make_source, curator):
    source = make_source(TEXT)
    start = TEXT.index("12 droni")
    with pytest.raises(ValidationError):
        figure_create(source=source, start=start, end=start + 8, text="13 droni",
                      value=Decimal(12), category="drones_downed", user=curator)
    with pytest.raises(ValidationError):
        figure_create(source=source, start=start, end=len(TEXT) + 5, value=Decimal(12),
                      category="drones_downed", user=curator)
    figure = figure_create(source=source, start=start, end=start + 8, text="12 droni",
                           value=Decimal(12), category="drones_downed", user=curator)
    assert figure.origin == Origin.CURATOR
    assert Figure.objects.get().text == "12 droni"


def test_unknown_category_is_refused(make_source, curator):
    source = make_source(TEXT)
    with pytest.raises(ValidationError):
        figure_create(source=source, start=0, end=2, value=Decimal(1), category="bananas",
                      user=curator)
    assert not Figure.objects.exists()


def test_bulk_reject_gives_each_item_a_history_row(make_source, curator):
    source = make_source(TEXT)
    claims = [claim_create(source=source, start=0, end=10 + i, kind="direct", user=curator,
                           status=Status.EXTRACTED) for i in range(3)]
    assert items_set(items=claims, user=curator, status=Status.REJECTED) == 3
    assert set(Claim.objects.values_list("status", flat=True)) == {Status.REJECTED}
    assert all(c.history.count() == 2 for c in Claim.objects.all())


def test_fields_outside_the_review_are_refused(make_source, curator):
    claim = claim_create(source=make_source(TEXT), start=0, end=5, kind="direct", user=curator)
    with pytest.raises(ValidationError):
        claim_update(claim=claim, user=curator, text="rewritten")


def test_an_item_deleted_meanwhile_is_not_brought_back(make_source, curator):
    claim = claim_create(source=make_source(TEXT), start=0, end=5, kind="direct", user=curator,
                         status=Status.EXTRACTED)
    Claim.objects.filter(pk=claim.pk).delete()  # a re-extraction replaced it
    with pytest.raises(ValidationError):
        claim_update(claim=claim, user=curator, status=Status.VERIFIED)
    assert not Claim.objects.exists()
