"""Every write the API offers is refused to anonymous clients, found from the URL conf rather
than from a list that could go stale when an endpoint is added."""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.test import APIClient

from claims.models import Claim, Figure, Source
from tests.factories import article

pytestmark = pytest.mark.django_db

WRITES = ("post", "put", "patch", "delete")


def api_patterns(resolver=None, prefix: str = "") -> list[tuple[str, object]]:
    """(route, callback) for every URL under /api/."""
    resolver = resolver or get_resolver()
    found = []
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            found += api_patterns(entry, route)
        elif isinstance(entry, URLPattern) and route.startswith("api/"):
            found.append((route, entry.callback))
    return found


def concrete(route: str, ids: dict[str, int]) -> str:
    """A URL for a route pattern: path converters get a real primary key or code."""
    route = route.replace("^", "").replace("$", "").replace("/?", "/")
    route = re.sub(r"\(\?P<\w+>[^)]*\)|<(?:\w+:)?\w+>", str(ids["pk"]), route)
    return "/" + route


def test_anonymous_clients_cannot_write_anywhere():
    source = article("Il ministero ha detto che 12 droni sono stati abbattuti.")
    sentence = source.sentences.get()
    claim = Claim.objects.create(source=source, text="12 droni", start=26, end=34,
                                 sentence=sentence, kind="reported")
    Figure.objects.create(source=source, sentence=sentence, text="12 droni", start=26, end=34,
                          value=12, category="drones_downed")
    counts = (Source.objects.count(), Claim.objects.count(), Figure.objects.count())
    client = APIClient()
    routes = api_patterns()
    assert len(routes) >= 10
    checked = 0
    for route, callback in routes:
        if "format" in route:
            continue  # the same views again, with a ".json" suffix
        actions = getattr(callback, "actions", None)
        allowed = set(actions) if actions else set(getattr(callback.cls, "http_method_names",
                                                           WRITES))
        url = concrete(route, {"pk": claim.pk})
        for method in WRITES:
            if method not in allowed:
                continue
            response = getattr(client, method)(url, {"status": "verified"}, format="json")
            assert response.status_code in (401, 403, 405), (method, url, response.status_code)
            checked += 1
    assert checked >= 5
    assert counts == (Source.objects.count(), Claim.objects.count(), Figure.objects.count())
    claim.refresh_from_db()
    assert claim.status == "extracted"
