"""Article text is shown escaped everywhere: an ingested <script> never reaches a page as
markup, on the reader pages, in the admin, or in the API's HTML views."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from claims.models import Claim, Figure, Source

pytestmark = pytest.mark.django_db

PAYLOAD = "<script>alert(1)</script>"
ARTICLE = (
    f" date 2025-02-03\n\nDroni su Kiev {PAYLOAD}\n\n"
    f"«Abbiamo abbattuto 35 droni {PAYLOAD}», ha detto il sindaco di Kiev Vitaliy Klitschko. "
    f"Secondo il ministero della Difesa russo sono stati lanciati 40 droni {PAYLOAD}.\n"
)


@pytest.fixture
def hostile(reference, tmp_path) -> Source:
    path = tmp_path / "hostile.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    call_command("ingest", str(path), "--no-progress", stdout=StringIO())
    source = Source.objects.get()
    assert source.claims.exists() and source.figures.exists()
    return source


def pages(source: Source) -> list[str]:
    claim = Claim.objects.filter(source=source).first()
    figure = Figure.objects.filter(source=source).first()
    return [
        "/", "/sources/", f"/sources/{source.pk}/", f"/claims/{claim.pk}/",
        f"/figures/{figure.pk}/", "/claims/", "/figures/", "/search/?q=droni",
        "/compare/?category=drones_downed&date_from=2025-01-01&date_to=2025-12-31",
        "/admin/claims/source/", f"/admin/claims/source/{source.pk}/change/",
        "/admin/claims/claim/", f"/admin/claims/claim/{claim.pk}/change/",
        "/admin/claims/claim/review/", "/admin/claims/figure/",
        f"/admin/claims/figure/{figure.pk}/change/",
        f"/admin/claims/claim/{claim.pk}/history/", "/admin/claims/sentence/",
        "/api/docs/",
    ]


def test_article_html_is_escaped_on_every_page(client, hostile):
    client.force_login(User.objects.create_superuser("root", password="x"))
    for url in pages(hostile):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert PAYLOAD.encode() not in response.content, url
    shown = client.get(f"/sources/{hostile.pk}/").content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in shown
