"""A curator's review in a real browser: Debian's chromium driven by Selenium.

Set FONTE_SCREENSHOTS=1 to refresh docs/screenshots/ from this run.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from django.db.models import Count
from django.urls import reverse

from claims.models import Claim, Status
from tests.browser import keep_screenshot, laptop_viewport, requires_chromium, start_chromium
from tests.conftest import SEEDS

pytestmark = [pytest.mark.browser, requires_chromium]


@pytest.fixture
def browser(tmp_path):
    driver = start_chromium(tmp_path / "profile")
    driver.implicitly_wait(5)  # elements of a page that is still loading are waited for
    laptop_viewport(driver)
    yield driver
    driver.quit()


@pytest.fixture
def seed_claim(reference) -> Claim:
    """A claim the extractor found in seeds/, with a speaker, preferably stating figures."""
    from claims.extraction.layout.decoding import decode_article
    from claims.services.gazetteer import gazetteer_from_db
    from claims.services.ingest import source_ingest

    gazetteer = gazetteer_from_db()
    for path in sorted(SEEDS.glob("*.txt")):
        source_ingest(text=decode_article(path.read_bytes()), gazetteer=gazetteer,
                      file_name=path.name)
    claim = (Claim.objects.filter(speaker__isnull=False, status=Status.EXTRACTED)
             .annotate(n=Count("figures")).order_by("-n", "source_id", "start").first())
    assert claim is not None, "the seeds should give at least one claim with a speaker"
    return claim


def test_curator_verifies_a_seed_claim_and_finds_it_in_its_history(
    live_server, browser, seed_claim, tmp_path
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.expected_conditions import presence_of_element_located
    from selenium.webdriver.support.wait import WebDriverWait

    from claims.services.accounts import demo_curator_create

    user, password = demo_curator_create(username="curator")
    browser.get(live_server.url + reverse("admin:login"))
    browser.find_element(By.NAME, "username").send_keys(user.username)
    browser.find_element(By.NAME, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    browser.find_element(By.ID, "user-tools")  # logged in

    # The review queue, from the claims list.
    browser.get(live_server.url + reverse("admin:claims_claim_changelist"))
    browser.find_element(By.CSS_SELECTOR, "a.fonte-queue-link").click()
    assert "queue=todo" in browser.current_url
    change = reverse("admin:claims_claim_change", args=[seed_claim.pk])
    browser.find_element(By.CSS_SELECTOR, f'#result_list a[href^="{change}"]').click()

    # The claim in its sentence, highlighted.
    marks = browser.find_elements(By.CSS_SELECTOR, ".field-in_source mark.fonte-current")
    assert " ".join("".join(m.text for m in marks).split()) == " ".join(seed_claim.text.split())
    assert marks[0].value_of_css_property("background-color") not in {
        "rgba(0, 0, 0, 0)", "transparent"}
    assert browser.find_elements(By.CSS_SELECTOR, ".field-in_source mark.fonte-speaker")
    keep_screenshot(browser, tmp_path, "claim.png")

    browser.find_element(By.NAME, "_verify").click()
    # Back in the queue, with the admin's success message.
    WebDriverWait(browser, 10).until(
        presence_of_element_located((By.CSS_SELECTOR, ".messagelist .success"))
    )
    assert "queue=todo" in browser.current_url
    seed_claim.refresh_from_db()
    assert (seed_claim.status, seed_claim.reviewed_by) == (Status.VERIFIED, user)

    browser.get(live_server.url + reverse("admin:claims_claim_history", args=[seed_claim.pk]))
    latest = browser.find_element(By.CSS_SELECTOR, "#change-history tbody tr").text
    assert user.username in latest and "extracted" in latest and "verified" in latest


def test_selecting_a_claim_in_its_source_offers_a_new_item_on_the_same_offsets(
    live_server, browser, seed_claim, curator, client, tmp_path
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.expected_conditions import visibility_of_element_located
    from selenium.webdriver.support.wait import WebDriverWait

    client.force_login(curator)
    cookie = client.cookies["sessionid"]
    browser.get(live_server.url + "/admin/")
    browser.add_cookie({"name": "sessionid", "value": cookie.value, "path": "/"})
    source = seed_claim.source
    browser.get(live_server.url + reverse("admin:claims_source_change", args=[source.pk]))
    keep_screenshot(browser, tmp_path, "source.png")

    # Select the claim's words as a curator would, from its first character to its last.
    browser.execute_script(
        """
        const range = document.createRange();
        range.setStartAfter(document.getElementById(arguments[0]));
        range.setEndBefore(document.querySelector(`a.fonte-go[href="${arguments[1]}"]`));
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        """,
        f"claim-{seed_claim.pk}", reverse("admin:claims_claim_change", args=[seed_claim.pk]),
    )
    link = WebDriverWait(browser, 10).until(
        visibility_of_element_located((By.CSS_SELECTOR, ".fonte-selection a"))
    )
    query = parse_qs(urlparse(link.get_attribute("href")).query)
    # Offsets counted in the page match the stored ones, to the character.
    assert (int(query["start"][0]), int(query["end"][0])) == (seed_claim.start, seed_claim.end)
    assert query["source"] == [str(source.pk)]
    assert urlparse(link.get_attribute("href")).path == reverse("admin:claims_claim_add")
