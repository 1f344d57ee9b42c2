"""List pages cost a constant number of queries; the review queue lists what is left to do."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Outlet, Status
from tests.admin.factories import article, machine_claim, machine_figure, side, speaker

pytestmark = pytest.mark.django_db


def make_rows(n: int, offset: int = 0) -> None:
    """n sources, each with its own outlet, speaker, side, claim and figure."""
    for i in range(offset, offset + n):
        outlet = Outlet.objects.create(name=f"Testata {i}", side=side(f"S{i}"))
        source = article(f"Fonte {i} ha detto che 3 droni sono caduti.", title=f"Articolo {i}",
                         published_on=date(2024, 1, 1 + i % 28), date_precision="day",
                         outlet=outlet)
        who = speaker(f"Portavoce {i}", f"S{i}")
        claim = machine_claim(source, "3 droni sono caduti", who=who)
        machine_figure(source, "3 droni", 3, "drones_downed", claim=claim)


@pytest.mark.parametrize("model", ["claim", "figure", "source", "speaker", "outlet", "side"])
def test_list_page_costs_the_same_queries_for_5_or_30_rows(
    model, curator_client, django_assert_num_queries
):
    url = reverse(f"admin:claims_{model}_changelist")
    make_rows(5)
    with CaptureQueriesContext(connection) as five:
        assert curator_client.get(url).status_code == 200
    make_rows(25, offset=5)
    with django_assert_num_queries(len(five.captured_queries)):
        response = curator_client.get(url)
    assert response.context["cl"].result_count == 30


def test_review_queue_lists_extracted_claims_newest_source_first(curator_client):
    old = article("Peskov ha detto che la guerra continua.", title="vecchio",
                  published_on=date(2023, 5, 1), date_precision="day")
    new = article("Zelensky ha detto che la pace è lontana.", title="nuovo",
                  published_on=date(2024, 5, 1), date_precision="day")
    undated = article("Qualcuno ha detto che non si sa.", title="senza data")
    first = machine_claim(new, "la pace è lontana")
    second = machine_claim(old, "la guerra continua")
    last = machine_claim(undated, "non si sa")
    machine_claim(new, "Zelensky", status=Status.VERIFIED)
    response = curator_client.get(reverse("admin:claims_claim_changelist"), {"queue": "todo"})
    assert list(response.context["cl"].result_list) == [first, second, last]
    assert response.context["title"] == "Claims to review"


def test_review_queue_filters_by_side_and_category(curator_client):
    source = article("Mosca: 5 droni abbattuti. Kiev: 7 missili lanciati.")
    ru = machine_claim(source, "5 droni abbattuti", who=speaker("Ministero russo", "RU"))
    ua = machine_claim(source, "7 missili lanciati", who=speaker("Aeronautica ucraina", "UA"))
    machine_figure(source, "5 droni", 5, "drones_downed", claim=ru)
    machine_figure(source, "7 missili", 7, "missiles_launched", claim=ua)
    url = reverse("admin:claims_claim_changelist")
    by_side = curator_client.get(url, {"queue": "todo", "side__id__exact": side("UA").pk})
    assert list(by_side.context["cl"].result_list) == [ua]
    by_category = curator_client.get(url, {"queue": "todo", "category": "drones_downed"})
    assert list(by_category.context["cl"].result_list) == [ru]


def test_review_url_opens_the_queue_keeping_its_filters(curator_client):
    response = curator_client.get(reverse("admin:claims_claim_review"), {"category": "killed"})
    assert response.status_code == 302
    assert "queue=todo" in response.url and "category=killed" in response.url


def test_claim_list_links_to_the_queue_with_its_size(curator_client):
    source = article("Peskov ha detto che la guerra continua.")
    machine_claim(source, "la guerra continua")
    page = curator_client.get(reverse("admin:claims_claim_changelist")).content.decode()
    assert "To review (1)" in page


def test_source_list_counts_claims_to_review(curator_client):
    source = article("Peskov ha detto che la guerra continua e che 3 droni sono caduti.")
    machine_claim(source, "la guerra continua")
    machine_claim(source, "3 droni sono caduti", status=Status.VERIFIED)
    response = curator_client.get(reverse("admin:claims_source_changelist"), {"review": "todo"})
    row = response.context["cl"].result_list[0]
    assert (row.n_claims, row.to_review) == (2, 1)


def test_queue_search_finds_a_claim_by_its_speakers_alias_once(curator_client):
    from claims.models import SpeakerAlias

    source = article("Il Cremlino ha detto che la guerra continua.",
                     published_on=date(2024, 5, 1), date_precision="day")
    peskov = speaker("Dmitry Peskov", "RU")
    for alias in ["Peskov", "Dmitri Peskov"]:
        SpeakerAlias.objects.create(speaker=peskov, alias=alias)
    claim = machine_claim(source, "la guerra continua", who=peskov)
    response = curator_client.get(reverse("admin:claims_claim_changelist"),
                                  {"queue": "todo", "q": "Peskov"})
    assert list(response.context["cl"].result_list) == [claim]
