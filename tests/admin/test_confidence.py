"""Curators can take what the extractor is least sure of first."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.admin.factories import article, machine_claim

pytestmark = pytest.mark.django_db


def test_the_review_queue_sorts_by_confidence_lowest_first_and_unrated_last(curator_client):
    source = article("Peskov ha detto che la guerra continua. Zelensky ha detto che la pace è "
                     "lontana. Qualcuno ha detto che non si sa.")
    sure = machine_claim(source, "la guerra continua", confidence=0.9)
    unsure = machine_claim(source, "la pace è lontana", confidence=0.2)
    unrated = machine_claim(source, "non si sa")
    url = reverse("admin:claims_claim_changelist")
    # The admin sorts by a column's position in the list (the checkbox column counts).
    column = curator_client.get(url).context["cl"].list_display.index("confidence_label")
    page = curator_client.get(url, {"queue": "todo", "o": str(column)})
    assert list(page.context["cl"].result_list) == [unsure, sure, unrated]
    assert "20%" in page.content.decode()
