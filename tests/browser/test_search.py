"""The reader's path through the archive in a real Chromium, with axe-core checks.

Screenshots of each step are kept in test-artifacts/ (passing or not)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.factories import build
from tests.helpers import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"search-{name}.png"), full_page=True)


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical findings on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.fixture
def many(archive):
    """21 more Kazakh meetings so that a Kazakhstan search has two pages (24 results)."""
    for n in range(21):
        build(
            title=f"Routine consultation {n:02d}",
            year=2001 + n,
            city="Almaty",
            body=None,
            countries=["KZ"],
            topics=["terrorism"],
        )
    return archive


def test_reader_searches_narrows_pages_and_follows_a_person(live_server, page, many):
    """Search, click a facet, remove a chip, paginate, open a meeting, follow a participant."""
    blocked: list[str] = []  # the site's Content-Security-Policy must not block our own pages
    page.on("console", lambda m: "Content Security Policy" in m.text and blocked.append(m.text))
    page.goto(live_server.url + "/")
    assert serious_violations(page) == []
    page.get_by_label("Search the meetings").fill("Sadenov")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url(re.compile(r"q=Sadenov"))
    assert page.locator("#results-title").inner_text().startswith("2 meetings")
    shot(page, "1-results")

    page.locator("#facet-year + ul, section[aria-labelledby=facet-country] ul").first.get_by_role(
        "link", name=re.compile("^Belarus")
    ).click()
    page.wait_for_url(re.compile(r"country=BY"))
    assert page.locator("#results-title").inner_text().startswith("1 meeting")
    assert page.get_by_role("link", name="Remove country Belarus").is_visible()
    shot(page, "2-facet")

    page.get_by_role("link", name="Remove country Belarus").click()
    page.wait_for_url(lambda url: "country=BY" not in url)
    assert page.locator("#results-title").inner_text().startswith("2 meetings")

    page.goto(live_server.url + "/?country=KZ")
    assert page.locator("#results-title").inner_text().startswith("24 meetings")
    assert serious_violations(page) == []
    page.get_by_role("link", name="Next →").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert "Showing 21–24" in page.locator(".range").inner_text()
    assert page.locator(".cards > li").count() == 4
    shot(page, "3-page-2")

    page.goto(live_server.url + "/?q=Sadenov&sort=oldest")
    page.locator(".card-title a").first.click()
    assert page.locator("h1").inner_text() == many["m1"].title
    assert serious_violations(page) == []
    shot(page, "4-meeting")

    page.get_by_role("link", name="Yerzhan Sadenov").first.click()
    expect(page.locator("h1")).to_have_text("Yerzhan Sadenov")  # waits for the person page
    expect(page.get_by_role("link", name=many["m2"].title)).to_be_visible()
    assert serious_violations(page) == []
    shot(page, "5-participant")
    page.goto(live_server.url + "/countries/kz/")
    assert page.locator("svg.chart rect").count() == 25  # 2001 to 2025
    assert blocked == []


def test_other_pages_pass_axe(live_server, page, archive):
    """Country, topic, organization and browse pages: nothing serious for axe-core."""
    page.set_content('<html lang="en"><body><main><img src="x.png"></main></body></html>')
    assert any(v.startswith("image-alt") for v in serious_violations(page))  # axe really runs
    for path in (
        "/countries/kz/",
        "/topics/terrorism/",
        "/people/?letter=Y",
        "/topics/",
        archive["b1"].get_absolute_url(),
        "/?year=2024&city=Moscow",
        "/?page=-1",
    ):
        page.goto(live_server.url + path)
        assert serious_violations(page) == [], path


def test_search_works_without_javascript_and_at_phone_width(live_server, browser, archive):
    """No script needed; nothing scrolls sideways at 375 px."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    try:
        page.goto(live_server.url + "/?country=RU")
        page.get_by_label("Search the meetings").fill("collegium")
        page.get_by_role("button", name="Search", exact=True).click()
        page.wait_for_url(re.compile(r"q=collegium"))
        assert "country=RU" in page.url  # the chosen filters survive a new search
        assert page.locator("#results-title").inner_text().startswith("2 meetings")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
        shot(page, "6-phone")
        page.goto(live_server.url + archive["m1"].get_absolute_url())
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
        shot(page, "7-phone-meeting")
    finally:
        context.close()


def test_script_enhancements_filter_box_suggestions_and_keyboard(live_server, page, many):
    """The facet filter box hides values, typing suggests names, the skip link comes first."""
    page.goto(live_server.url + "/?country=KZ")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    box = page.get_by_label("Filter year values")
    assert box.is_visible()
    box.fill("2019")
    visible = page.locator("section[aria-labelledby=facet-year] li:visible")
    assert visible.count() == 1 and "2019" in visible.first.inner_text()

    page.get_by_label("Search the meetings").press_sequentially("kolo", delay=50)
    page.locator("#suggestions option").first.wait_for(state="attached", timeout=5000)
    options = page.eval_on_selector_all("#suggestions option", "os => os.map(o => o.value)")
    assert "Vladimir Kolokoltsev" in options
