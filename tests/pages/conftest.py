"""The reader pages' world: two sides reporting drones one and two nights apart, and Chromium
for the browser tests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pytest
from django.core.management import call_command

from claims.models import Claim, Figure, Source, Status
from tests.browser import HAS_CHROMIUM, laptop_viewport, start_chromium
from tests.conftest import SEEDS
from tests.pages import factories as make


@dataclass
class Night:
    moscow: Source  # 6 January 2026, RU ministry
    kyiv: Source  # 7 January, UA air force
    kyiv_later: Source  # 8 January
    kyiv_late: Source  # 10 January: four days on, outside the window
    monthly: Source  # dated to January 2026 only
    claims: dict[str, Claim]
    figures: dict[str, Figure]


@pytest.fixture
def night(db) -> Night:
    """"Moscow said 129 drones intercepted on 6 January; what did Kyiv say that night?\""""
    ministry = make.speaker("Ministero della Difesa russo", "RU")
    air_force = make.speaker("Aeronautica militare ucraina", "UA")
    ansa = make.outlet("ANSA")
    moscow = make.article(
        "Mosca accusa Kiev di un nuovo attacco.",
        "Il ministero della Difesa russo ha detto: \"Intercettati nella notte 129 droni "
        "ucraini\".",
        "Secondo Mosca ci sono 2 feriti.",
        title="Mosca: intercettati 129 droni", published_on=date(2026, 1, 6), outlet=ansa,
    )
    kyiv = make.article(
        "L'aeronautica ucraina ha comunicato che 80 droni su 120 sono stati abbattuti.",
        title="Kiev: abbattuti 80 droni", published_on=date(2026, 1, 7),
    )
    kyiv_later = make.article(
        "L'aeronautica ucraina riferisce di 45 droni abbattuti nella notte.",
        title="Altri 45 droni", published_on=date(2026, 1, 8),
    )
    kyiv_late = make.article(
        "L'aeronautica ucraina ha abbattuto 30 droni.",
        title="Trenta droni", published_on=date(2026, 1, 10),
    )
    monthly = make.article(
        "A gennaio l'aeronautica ucraina ha abbattuto 3000 droni.",
        title="Il bilancio del mese", published_on=date(2026, 1, 1),
        precision=Source.Precision.MONTH,
    )
    quote = make.claim(moscow, "Intercettati nella notte 129 droni ucraini", who=ministry)
    kyiv_claim = make.claim(kyiv, "80 droni su 120 sono stati abbattuti", who=air_force,
                            kind="reported")
    figures = {
        "moscow_drones": make.figure(moscow, "129 droni ucraini", 129, "drones_downed",
                                     claim=quote),
        "moscow_injured": make.figure(moscow, "2 feriti", 2, "injured", who=ministry),
        "kyiv_drones": make.figure(kyiv, "80 droni", 80, "drones_downed", claim=kyiv_claim),
        "kyiv_launched": make.figure(kyiv, "120", 120, "drones_launched", claim=kyiv_claim),
        "kyiv_later": make.figure(kyiv_later, "45 droni", 45, "drones_downed", who=air_force,
                                  qualifier=Figure.Qualifier.AT_LEAST),
        "kyiv_rejected": make.figure(kyiv_later, "45", 45, "drones_downed", who=air_force,
                                     status=Status.REJECTED),
        "kyiv_late": make.figure(kyiv_late, "30 droni", 30, "drones_downed", who=air_force),
        "monthly": make.figure(monthly, "3000 droni", 3000, "drones_downed", who=air_force),
    }
    return Night(moscow=moscow, kyiv=kyiv, kyiv_later=kyiv_later, kyiv_late=kyiv_late,
                 monthly=monthly, claims={"moscow": quote, "kyiv": kyiv_claim},
                 figures=figures)


@pytest.fixture
def seeded(reference) -> None:
    """The five seed articles, ingested as an operator does it."""
    call_command("ingest", str(SEEDS), "--no-progress", stdout=io.StringIO())


@pytest.fixture(scope="session")
def chromium(tmp_path_factory):
    """One Chromium for the session (starting it costs a second); each test sets its own
    window size."""
    if not HAS_CHROMIUM:
        pytest.skip("needs Debian's chromium and chromium-driver")
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture
def browser(chromium):
    """The session's Chromium as a laptop: a 1280×900 page, JavaScript on."""
    laptop_viewport(chromium)
    chromium.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    yield chromium
    chromium.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    chromium.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
