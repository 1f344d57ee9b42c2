"""CSV exports, the schema.org Claim, and the OpenAPI schema with its viewers."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.http import StreamingHttpResponse

from tests.api.conftest import article

pytestmark = pytest.mark.django_db


def csv_rows(response) -> list[dict]:
    assert response.status_code == 200, response.content
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_figures_csv_streams_every_filtered_row_unpaginated(api, world):
    rows = csv_rows(api.get("/api/figures/", {"format": "csv", "category": "drones_downed",
                                              "page_size": 1}))
    assert len(rows) == 3
    first = rows[0]  # newest first, like the JSON list
    assert first["id"] == str(world.figures["belgorod_drones"].pk)
    assert (first["value"], first["text"], first["speaker"], first["source_title"]) == (
        "12", "12 droni", "Ministero della Difesa russo", "Mosca: abbattuti droni")
    assert first["sentence"] == "Altri 12 droni sono stati abbattuti sopra Belgorod."


def test_claims_csv_has_one_row_per_claim(api, world):
    rows = csv_rows(api.get("/api/claims/", {"format": "csv"}))
    assert {r["text"] for r in rows} == {
        "Abbiamo respinto l'attacco su Kiev", "i negoziati sono fermi", "più difese aeree",
    }
    assert {r["speaker_side"] for r in rows} == {"UA", "RU"}


def test_csv_defuses_text_a_spreadsheet_would_run(api, world):
    from claims.services.review import claim_create

    source = article(["=HYPERLINK(\"http://evil\") disse qualcuno."])
    claim_create(source=source, start=0, end=10, kind="direct", user=None)
    rows = csv_rows(api.get("/api/claims/", {"format": "csv", "source": source.pk}))
    assert rows[0]["text"].startswith("'=")


def test_claim_as_jsonld_is_a_schema_org_claim(api, world):
    claim = world.claims["respinto"]
    response = api.get(f"/api/claims/{claim.pk}/", {"format": "jsonld"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    doc = response.json()
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "Claim"
    assert doc["author"] == {"@type": "Person", "name": "Volodymyr Zelensky"}
    assert doc["datePublished"] == "2026-01-10"
    assert doc["appearance"]["url"] == "https://example.org/kiev"
    assert doc["appearance"]["publisher"]["name"] == "ANSA"
    assert doc["text"] == "Abbiamo respinto l'attacco su Kiev"


def test_openapi_schema_validates_and_lists_every_endpoint(tmp_path):
    path = tmp_path / "schema.json"
    # --fail-on-warn: an endpoint whose types drf-spectacular had to guess fails the build.
    call_command("spectacular", "--validate", "--fail-on-warn", "--format", "openapi-json",
                 "--file", str(path))
    schema = json.loads(path.read_text())
    paths = set(schema["paths"])
    for resource in ("sources", "sentences", "speakers", "sides", "outlets", "claims",
                     "figures"):
        assert f"/api/{resource}/" in paths
        assert any(p.startswith(f"/api/{resource}/{{") for p in paths)
    assert {"/api/figures/{id}/trace/", "/api/claims/{id}/trace/", "/api/sources/{id}/text/",
            "/api/compare/", "/api/compare/claims/", "/api/search/"} <= paths
    assert set(schema["paths"]["/api/figures/{id}/"]) == {"get", "patch"}
    assert "post" in schema["paths"]["/api/sources/"]


def test_openapi_schema_documents_the_errors_each_operation_can_give(client):
    schema = client.get("/api/schema/?format=json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            write = method in {"post", "patch"}
            expected = {"400", "401", "429"}
            expected |= {"403", "415"} if write else set()
            expected |= {"404"} if "{" in path else set()
            assert expected <= set(operation["responses"]), (method, path)
            # Anyone may read; only a curator's token or session may write.
            assert ({} in operation["security"]) is not write, (method, path)
    claim = schema["paths"]["/api/claims/{id}/"]["get"]["responses"]["404"]["content"]
    assert set(claim) == {"application/json", "application/ld+json"}
    assert set(schema["paths"]["/api/sources/"]["get"]["responses"]) >= {"404"}  # ?page=


def test_docs_are_served_from_our_own_static_files(client):
    for url in ("/api/docs/", "/api/redoc/"):
        page = client.get(url).content.decode()
        assert "/static/drf_spectacular_sidecar/" in page
        assert "cdn" not in page.lower()
    assert client.get("/api/schema/").status_code == 200
