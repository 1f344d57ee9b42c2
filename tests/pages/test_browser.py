"""The reader pages in Chromium, on the seed articles: follow a figure from the comparison
chart to its trace and to its sentence in the article, on a laptop and on a phone.

Set FONTE_SCREENSHOTS=1 to refresh docs/screenshots/reader-*.png from this run.
"""

from __future__ import annotations

import pytest
from django.db.models import Count
from django.urls import reverse

from claims.models import Figure, Status
from tests.browser import keep_screenshot, requires_chromium

pytestmark = [pytest.mark.browser, requires_chromium]


def a_seed_figure_with_a_side() -> Figure:
    """The newest dated figure with a side, of the category most sides speak of (the
    chart worth a screenshot). The extractor keeps improving: this relies on nothing more
    than one such figure."""
    figures = (Figure.objects.filter(side__isnull=False, published_on__isnull=False)
               .exclude(status=Status.REJECTED))
    busiest = (figures.values("category").annotate(sides=Count("side", distinct=True),
                                                   n=Count("id"))
               .order_by("-sides", "-n", "category").first())
    assert busiest is not None, "the seeds should give at least one figure with a side"
    return (figures.filter(category=busiest["category"])
            .order_by("-published_on", "source_id", "start").first())


def in_view(driver, element) -> bool:
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;", element)


def test_reader_follows_a_figure_from_the_chart_to_its_trace_and_its_sentence(
    live_server, browser, seeded, tmp_path
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as arrived
    from selenium.webdriver.support.wait import WebDriverWait

    figure = a_seed_figure_with_a_side()
    browser.get(f"{live_server.url}{reverse('reader:compare')}?category={figure.category}")
    series = browser.find_elements(By.CSS_SELECTOR, "svg.chart-svg g.series")
    assert figure.side.code in [g.get_attribute("data-side") for g in series]
    keep_screenshot(browser, tmp_path, "reader-compare.png")

    # The point that holds the figure: its trace, or the list of the figures of that day.
    assert browser.find_elements(By.CSS_SELECTOR, "html.has-js")  # the enhancement loads
    point = browser.find_element(By.CSS_SELECTOR, f'a.point[data-figure-ids~="{figure.pk}"]')
    assert point.get_attribute("aria-label").startswith(figure.side.code)
    point.find_element(By.CSS_SELECTOR, "path.marker").click()
    trace_url = reverse("reader:figure", args=[figure.pk])
    if not browser.current_url.endswith(trace_url):
        browser.find_element(By.CSS_SELECTOR, f'a.trace-link[href="{trace_url}"]').click()
    WebDriverWait(browser, 10).until(arrived.url_contains(trace_url))

    traced = browser.find_element(By.CSS_SELECTOR, ".traced-sentence mark.is-traced")
    assert traced.text == figure.text
    assert browser.find_element(By.CSS_SELECTOR, "dl.facts").text.count(figure.side.code)
    keep_screenshot(browser, tmp_path, "reader-trace.png")

    browser.find_element(By.CSS_SELECTOR, "a.go-source").click()
    WebDriverWait(browser, 10).until(arrived.url_contains(f"#figure-{figure.pk}"))
    target = browser.find_element(By.CSS_SELECTOR, ":target")
    assert target.get_attribute("id") == f"figure-{figure.pk}"
    assert target.text == figure.text
    assert in_view(browser, target)  # scrolled to, clear of the sticky header
    assert target.get_attribute("title").startswith(browser.execute_script(
        "return arguments[0].dataset.tip", target))
    # The sentence that holds it is lit up as well (CSS :has, no script needed).
    sentence = browser.find_element(By.CSS_SELECTOR, f".sentence:has(#figure-{figure.pk})")
    assert sentence.value_of_css_property("background-color") not in {
        "rgba(0, 0, 0, 0)", "transparent"}
    article = browser.find_element(By.CSS_SELECTOR, "article.article-text")
    assert browser.execute_script("return arguments[0].textContent", article) == (
        figure.source.text)
    keep_screenshot(browser, tmp_path, "reader-source.png")


def test_reader_pages_fit_a_phone_screen(live_server, browser, seeded, tmp_path):
    figure = a_seed_figure_with_a_side()
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 390, "height": 844, "deviceScaleFactor": 1,
                             "mobile": True})
    pages = [
        reverse("reader:home"),
        reverse("reader:source", args=[figure.source_id]) + f"#figure-{figure.pk}",
        reverse("reader:figure", args=[figure.pk]),
        reverse("reader:compare") + f"?category={figure.category}",
        reverse("reader:figures"),
        reverse("reader:claims"),
        reverse("reader:search") + "?q=droni",
    ]
    if figure.claim_id:
        pages.append(reverse("reader:claim", args=[figure.claim_id]))
    for url in pages:
        browser.get(live_server.url + url)
        # The viewport meta tag makes the page 390 px wide, and nothing is wider: tables
        # scroll inside their box, never the page sideways.
        widths = browser.execute_script(
            "return [window.innerWidth, document.documentElement.scrollWidth]")
        assert widths == [390, 390], url
    browser.get(live_server.url + reverse("reader:source", args=[figure.source_id]))
    keep_screenshot(browser, tmp_path, "reader-source-phone.png")


def test_source_view_reads_and_marks_the_target_without_javascript(
    live_server, browser, seeded
):
    from selenium.webdriver.common.by import By

    figure = a_seed_figure_with_a_side()
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    browser.get(live_server.url + reverse("reader:source", args=[figure.source_id])
                + f"#figure-{figure.pk}")
    target = browser.find_element(By.ID, f"figure-{figure.pk}")
    assert target.text == figure.text
    # reader.js never ran; :target alone draws the outline.
    assert not browser.find_elements(By.CSS_SELECTOR, "html.has-js")
    assert target.value_of_css_property("outline-style") == "solid"
    claims = browser.find_elements(By.CSS_SELECTOR, "article mark.claim[id]")
    assert len(claims) == figure.source.claims.exclude(status=Status.REJECTED).count()
