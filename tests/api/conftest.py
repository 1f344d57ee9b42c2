"""A small world of our own for exact assertions, and the seeds for the end-to-end walk."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.core.management import call_command
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from claims.models import Claim, Figure, Outlet, Side, Source, Speaker, Status
from claims.services.review import claim_create, figure_create
from tests import factories
from tests.conftest import SEEDS


@pytest.fixture(autouse=True)
def _fresh_throttle_counters(monkeypatch):
    # Throttle counters live in the cache, which outlives a test's database transaction.
    cache.clear()
    # The database cache counts with queries of its own, and these tests count the API's:
    # they run unthrottled unless they set a rate, as the throttle tests do.
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": None, "user": None})
    yield
    cache.clear()


@pytest.fixture
def api() -> APIClient:
    return APIClient()


def article(sentences: list[str], **fields) -> Source:
    """A source whose text is the sentences joined by spaces, with exact sentence rows."""
    return factories.article(*sentences, **fields)


span = factories.span


@dataclass
class World:
    ua: Side
    ru: Side
    ansa: Outlet
    post: Outlet
    zelensky: Speaker
    peskov: Speaker
    ministry: Speaker
    kyiv: Source  # 2026-01-10, ANSA
    moscow: Source  # 2026-01-12, Il Post
    undated: Source
    claims: dict[str, Claim]
    figures: dict[str, Figure]


def _figure(source: Source, words: str, value: int, category: str, **fields) -> Figure:
    start, end = span(source, words)
    return figure_create(source=source, start=start, end=end, text=words, value=Decimal(value),
                         category=category, user=None, **fields)


def _claim(source: Source, words: str, kind: str, **fields) -> Claim:
    start, end = span(source, words)
    return claim_create(source=source, start=start, end=end, kind=kind, user=None, **fields)


@pytest.fixture
def world(db) -> World:
    ua = Side.objects.create(code="UA", name="Ucraina")
    ru = Side.objects.create(code="RU", name="Russia")
    ansa = Outlet.objects.create(name="ANSA", kind=Outlet.Kind.AGENCY)
    post = Outlet.objects.create(name="Il Post", kind=Outlet.Kind.ONLINE)
    zelensky = Speaker.objects.create(name="Volodymyr Zelensky", side=ua)
    peskov = Speaker.objects.create(name="Dmitry Peskov", side=ru)
    ministry = Speaker.objects.create(
        name="Ministero della Difesa russo", side=ru, kind=Speaker.Kind.INSTITUTION
    )
    kyiv = article([
        "Nella notte l'aeronautica ucraina ha abbattuto 40 droni russi.",
        "\"Abbiamo respinto l'attacco su Kiev\", ha detto Zelensky.",
        "Secondo Kiev i feriti sono 3.",
    ], title="Droni su Kiev", outlet=ansa, published_on=date(2026, 1, 10),
        url="https://example.org/kiev")
    moscow = article([
        "Il ministero della Difesa russo afferma di aver abbattuto 25 droni ucraini.",
        "Peskov ha detto che i negoziati sono fermi.",
        "Altri 12 droni sono stati abbattuti sopra Belgorod.",
    ], title="Mosca: abbattuti droni", outlet=post, published_on=date(2026, 1, 12))
    undated = article([
        "Zelensky ha chiesto più difese aeree.",
        "Sono stati lanciati 7 missili.",
    ], title="Senza data")
    claims = {
        "respinto": _claim(kyiv, "Abbiamo respinto l'attacco su Kiev", "direct",
                           speaker=zelensky, cue="ha detto"),
        "negoziati": _claim(moscow, "i negoziati sono fermi", "reported", speaker=peskov,
                            status=Status.EXTRACTED),
        "difese": _claim(undated, "più difese aeree", "reported", speaker=zelensky),
    }
    figures = {
        "kyiv_drones": _figure(kyiv, "40 droni", 40, "drones_downed", speaker=zelensky),
        "kyiv_injured": _figure(kyiv, "3", 3, "injured", side=ua),
        "moscow_drones": _figure(moscow, "25 droni", 25, "drones_downed", speaker=ministry),
        "belgorod_drones": _figure(moscow, "12 droni", 12, "drones_downed", speaker=ministry,
                                   approximate=True, status=Status.EXTRACTED),
        "missiles": _figure(undated, "7 missili", 7, "missiles_launched"),
    }
    return World(ua=ua, ru=ru, ansa=ansa, post=post, zelensky=zelensky, peskov=peskov,
                 ministry=ministry, kyiv=kyiv, moscow=moscow, undated=undated, claims=claims,
                 figures=figures)


@pytest.fixture
def seeded(reference) -> list[Source]:
    """The seed articles, ingested the way an operator does it."""
    call_command("ingest", str(SEEDS), "--no-progress", stdout=io.StringIO())
    return list(Source.objects.all())
