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


def test_a_claims_relay_chain_is_stored_and_returned(reference, client):
    from claims.services.gazetteer import gazetteer_from_db
    from claims.services.ingest import source_ingest

    text = ("Ritiro dal villaggio\n\nLe truppe hanno lasciato il villaggio nella notte. "
            "Lo riporta Ria Novosti citando la Tass che cita il ministero della Difesa russo.\n")
    source_ingest(text=text, gazetteer=gazetteer_from_db())
    claim = Claim.objects.get()
    data = client.get(f"/api/claims/{claim.pk}/").json()
    assert [hop["name"] for hop in data["relays"]] == ["Ria Novosti", "Tass"]
    assert all(text[h["start"]:h["end"]] == h["name"] for h in data["relays"])
    assert "Difesa" in data["speaker"]["name"]
