"""Debian's chromium driven by Selenium, for the admin's and the reader pages' browser tests.

Never a browser or driver downloaded by a tool: both paths are given explicitly, so Selenium
Manager does not run. Set FONTE_SCREENSHOTS=1 to refresh docs/screenshots/ from a run.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
HAS_CHROMIUM = CHROMIUM.exists() and CHROMEDRIVER.exists()
SCREENSHOTS = ROOT / "docs" / "screenshots"

requires_chromium = pytest.mark.skipif(
    not HAS_CHROMIUM, reason="needs Debian's chromium and chromium-driver"
)


def start_chromium(profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    # No background networking: this machine's closed network refuses those connections.
    for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--window-size=1280,900",
                     "--lang=it", f"--user-data-dir={profile}"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    return driver


def laptop_viewport(driver) -> None:
    """The page itself 1280×900, whatever the headless window's frame takes."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": 900, "deviceScaleFactor": 1,
                            "mobile": False})


def keep_screenshot(driver, tmp_path: Path, name: str) -> None:
    shot = tmp_path / name
    driver.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("FONTE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, SCREENSHOTS / name)
