"""The API says how each claim and figure was found and how sure the extractor is."""

from __future__ import annotations

import pytest

from claims.models import Claim

pytestmark = pytest.mark.django_db


def test_the_api_returns_each_items_confidence_and_evidence(seeded, client):
    claim = Claim.objects.exclude(evidence="").first()
    data = client.get(f"/api/claims/{claim.pk}/").json()
    assert (data["confidence"], data["evidence"]) == (claim.confidence, claim.evidence)
    assert 0 < data["confidence"] < 1 and "/" in data["evidence"]
    figure = claim.source.figures.first()
    data = client.get(f"/api/figures/{figure.pk}/").json()
    assert data["evidence"] == figure.evidence != ""
