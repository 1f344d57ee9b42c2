"""A claim in its source, a figure in its sentence, a source in full: marked and escaped."""

from __future__ import annotations

import pytest
from django.urls import reverse

from claims.models import SpeakerAlias
from tests.admin.factories import PESKOV, QUOTE, article, machine_claim, machine_figure, speaker

pytestmark = pytest.mark.django_db


def claim_url(claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


@pytest.fixture
def peskov_claim():
    source = article("Prima frase di apertura.", *PESKOV, "Ultima frase in coda.")
    peskov = speaker("Dmitry Peskov", "RU")
    claim = machine_claim(source, QUOTE, who=peskov)
    machine_figure(source, "12 droni", 12, "drones_downed", claim=claim)
    machine_figure(source, "almeno 40", 40, "drones_launched")
    return claim


def test_claim_page_shows_the_sentence_before_and_after(curator_client, peskov_claim):
    page = curator_client.get(claim_url(peskov_claim)).content.decode()
    assert "Nella notte la Russia ha lanciato" in page  # the sentence before
    assert "Secondo Kiev, i droni russi erano" in page  # the sentence after
    assert "Prima frase di apertura" not in page  # two sentences before: not shown
    assert "Nessun commento da Bruxelles" not in page


def test_claim_page_marks_the_claim_its_figure_and_the_speaker(curator_client, peskov_claim):
    page = curator_client.get(claim_url(peskov_claim)).content.decode()
    assert '<mark class="fonte-claim fonte-status-extracted fonte-current"' in page
    assert ">Abbiamo abbattuto </mark>" in page
    assert ">12 droni</mark>" in page
    figure_mark = page[page.rindex("<mark", 0, page.index(">12 droni<")):page.index(">12 droni<")]
    assert "fonte-figure" in figure_mark and "fonte-other" not in figure_mark
    # A figure of the window that the claim does not state is marked apart.
    other = page[page.rindex("<mark", 0, page.index(">almeno 40<")):page.index(">almeno 40<")]
    assert "fonte-other" in other
    assert '<mark class="fonte-speaker" title="speaker: Dmitry Peskov">Dmitry Peskov</mark>' in page


def test_claim_page_marks_the_speaker_by_alias_or_role(curator_client):
    source = article("Lo ha detto il portavoce del Cremlino: \"Nessuna tregua\".")
    peskov = speaker("Dmitry Peskov", "RU")
    SpeakerAlias.objects.create(speaker=peskov, alias="portavoce del Cremlino")
    claim = machine_claim(source, "Nessuna tregua", who=peskov)
    page = curator_client.get(claim_url(claim)).content.decode()
    assert 'title="speaker: Dmitry Peskov">portavoce del Cremlino</mark>' in page


def test_claim_page_links_to_the_claim_in_its_full_source(curator_client, peskov_claim):
    page = curator_client.get(claim_url(peskov_claim)).content.decode()
    source_url = reverse("admin:claims_source_change", args=[peskov_claim.source_id])
    assert f'href="{source_url}#claim-{peskov_claim.pk}"' in page


def test_claim_page_escapes_article_html(curator_client):
    source = article('Il sito ha scritto: "<script>alert(1)</script> e <b>altro</b>".')
    claim = machine_claim(source, "<script>alert(1)</script> e <b>altro</b>")
    page = curator_client.get(claim_url(claim)).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "<b>altro</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_source_page_marks_every_claim_and_figure(curator_client, peskov_claim):
    source = peskov_claim.source
    other = machine_claim(source, "i droni russi erano almeno 40", kind="reported")
    page = curator_client.get(
        reverse("admin:claims_source_change", args=[source.pk])
    ).content.decode()
    for item in [peskov_claim, other]:
        assert f'id="claim-{item.pk}"' in page
    for figure in source.figures.all():
        assert f'id="figure-{figure.pk}"' in page
    assert page.count("fonte-figure") >= 2
    # The inlines list the source's claims and figures.
    assert "claims-TOTAL_FORMS" in page and "figures-TOTAL_FORMS" in page
    assert 'data-claim-url="/admin/claims/claim/add/"' in page


def test_source_page_escapes_article_html(curator_client):
    source = article("Titolo <img src=x onerror=alert(1)> e <script>steal()</script>.")
    page = curator_client.get(
        reverse("admin:claims_source_change", args=[source.pk])
    ).content.decode()
    assert "<script>steal()" not in page and "<img src=x" not in page
    assert "&lt;script&gt;steal()&lt;/script&gt;" in page


def test_figure_page_shows_its_sentence_and_claim(curator_client, peskov_claim):
    figure = peskov_claim.figures.get()
    page = curator_client.get(
        reverse("admin:claims_figure_change", args=[figure.pk])
    ).content.decode()
    assert "fonte-figure fonte-status-extracted fonte-current" in page
    assert reverse("admin:claims_claim_change", args=[peskov_claim.pk]) in page


def test_add_page_previews_the_selected_span(curator_client, peskov_claim):
    source = peskov_claim.source
    start = source.text.index("12 droni")
    page = curator_client.get(
        reverse("admin:claims_figure_add"),
        {"source": source.pk, "start": start, "end": start + 8, "claim": peskov_claim.pk},
    ).content.decode()
    assert '<mark class="fonte-selected" title="' in page
    assert f'value="{start}"' in page
