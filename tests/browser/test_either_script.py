"""A reader in a real Chromium: a Russian and an English report of one meeting are imported,
the meeting is found by a Cyrillic (inflected) and a Latin name, the names are switched
between scripts, and both reports are shown in their languages with their evidence."""

from __future__ import annotations

import re

import pytest

from archive.models import Meeting
from tests.browser.test_search import serious_violations, shot
from tests.helpers import run_import
from tests.search.test_either_script import ENGLISH_REPORT, RUSSIAN_REPORT

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_one_meeting_in_two_languages_found_and_read_in_either_script(
    live_server, page, reference_data, tmp_path
):
    (tmp_path / "tass.txt").write_bytes(RUSSIAN_REPORT.encode("cp1251"))
    (tmp_path / "belta-en.txt").write_text(ENGLISH_REPORT, encoding="utf-8")
    out, err, status = run_import(str(tmp_path), "--status", "published")
    assert status == 0, err
    meeting = Meeting.objects.get()
    assert meeting.sources.count() == 2

    for query in ("Колокольцева", "Kolokoltsev"):
        page.goto(live_server.url + "/")
        page.get_by_label("Search the meetings").fill(query)
        page.get_by_role("button", name="Search", exact=True).click()
        page.wait_for_url(re.compile(r"q="))
        assert page.locator("#results-title").inner_text().startswith("1 meeting"), query
    shot(page, "either-script-1-found-by-latin-name")

    page.get_by_role("link", name=meeting.title).first.click()
    page.wait_for_url(re.compile(re.escape(meeting.get_absolute_url())))
    people = page.locator("table.people")

    page.get_by_label("Show names").select_option("cyrillic")
    page.get_by_role("button", name="Show", exact=True).click()
    page.wait_for_url(re.compile(r"names=cyrillic"))
    assert "Владимир Колокольцев" in people.inner_text()
    assert "Vladimir Kolokoltsev" not in people.inner_text()
    shot(page, "either-script-2-cyrillic")

    page.get_by_label("Show names").select_option("latin")
    page.get_by_role("button", name="Show", exact=True).click()
    page.wait_for_url(re.compile(r"names=latin"))
    assert "Vladimir Kolokoltsev" in people.inner_text()
    assert "Владимир Колокольцев" not in people.inner_text()
    assert "English Wikipedia romanisation" in page.locator(".names-control").inner_text()

    reports = page.locator("section.source")
    assert reports.count() == 2
    russian = page.locator('section.source:has(.report-text[lang="ru"])')
    english = page.locator('section.source:has(.report-text[lang="en"])')
    assert "In Russian" in russian.inner_text() and "In English" in english.inner_text()
    assert russian.locator("mark").count() >= 1 and english.locator("mark").count() >= 1
    assert "Колокольцев" in russian.locator(".report-text").inner_text()
    assert serious_violations(page) == []
    shot(page, "either-script-3-latin-both-reports")

    # The choice is remembered: the person's page, reached by a plain link, is in Latin.
    page.get_by_role("link", name="Vladimir Kolokoltsev").first.click()
    page.wait_for_url(re.compile(r"/people/"))
    assert page.locator("h1").inner_text() == "Vladimir Kolokoltsev"
    assert "Владимир Колокольцев" in page.locator("dl.facts").inner_text()
