"""Schemathesis against the OpenAPI schema, over HTTP on a live server.

The schema is read from the server's own /api/schema/, and every operation it lists is
fuzzed on the seed articles: reads anonymously, the curators' writes (POST and PATCH) with a
curator's token. No case may answer 500, and every response must be what the schema
documents for it: status code, content type, headers and body.

The run is fixed (seed, examples per operation: tests/api/fuzz_support.py), so it sends the
same cases each time; the terminal summary counts them, per operation and status:

    .venv/bin/python -m pytest tests/api/test_fuzz.py

(on PostgreSQL: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test in front).

A failure prints the request as a curl command to replay against `manage.py runserver`.
"""

from __future__ import annotations

import pytest
import schemathesis
from rest_framework.authtoken.models import Token
from rest_framework.throttling import SimpleRateThrottle

from tests.api.fuzz_support import (
    WRITE_METHODS,
    CaseTally,
    fuzz_config,
    give_item_a_legacy_nodeid,
    known_ids,
    operation_labels,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def _unthrottled(monkeypatch):
    # DRF reads the rates once, at import, so the setting cannot be overridden; two thousand
    # fast requests must not meet a 429.
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": None, "user": None})


@pytest.fixture
def api_schema(request, live_server, seeded, _unthrottled):
    give_item_a_legacy_nodeid(request.node)
    config = fuzz_config(base_url=live_server.url, ids=known_ids())
    return schemathesis.openapi.from_url(f"{live_server.url}/api/schema/", config=config)


@pytest.fixture
def curator_token(curator) -> str:
    return Token.objects.create(user=curator).key


@pytest.fixture
def tally(request, api_schema):
    tally = CaseTally()
    request.config.pluginmanager.register(tally)
    yield tally
    print(tally.summary())
    assert tally.total > 0
    assert set(tally.cases) == operation_labels(api_schema), "an operation got no case"


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
def test_api_answers_as_its_schema_says(case, curator_token, tally):
    # The token goes here rather than in the config so that schemathesis knows it for a real
    # credential, and checks that each write refuses the same request without it.
    headers = {"Authorization": f"Token {curator_token}"} if case.method in WRITE_METHODS else None
    tally.sent(case)
    response = case.call_and_validate(headers=headers)
    tally.answered(case, response.status_code)
