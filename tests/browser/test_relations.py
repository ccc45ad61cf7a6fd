"""The reader's questions about relations, asked from the home page in a real Chromium, on the
seed reports plus a generated corpus: who meets whom, which sessions are missing, what offices
a person held when, and who sat on a council year by year; axe-core on every new page.

Screenshots of each answer are kept in test-artifacts/."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.models import Count
from playwright.sync_api import expect

from archive.models import Attendance, Meeting, Organization, Participant, PersonPair
from archive.search.name_display import DEFAULT
from tests.browser.test_search import serious_violations
from tests.factories import generated_reports
from tests.helpers import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"relations-{name}.png"), full_page=True)


@pytest.fixture
def corpus(reference_data, tmp_path):
    """The five seed reports and 150 generated ones, imported and published."""
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    for report in generated_reports(150, seed=21):
        (tmp_path / Path(report.name).name).write_text(report.text, encoding="utf-8")
    call_command("import_reports", str(tmp_path), "--status", "published", "--quiet")
    return tmp_path


def test_who_does_kolokoltsev_meet_most(live_server, page, corpus):
    """Search his name, open his page: the people he met most, with counts that link to the
    shared meetings, and the network picture."""
    # the seed report's minister, however fully the generated reports name him
    person = Participant.objects.get(name_variants__name="Vladimir Kolokoltsev")
    shown = person.name_in(DEFAULT)  # the spelling most reports wrote
    page.goto(live_server.url + "/")
    page.get_by_label("Search the meetings").fill("Vladimir Kolokoltsev")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url(re.compile(r"q=Vladimir"))
    page.get_by_role("link", name=shown, exact=True).first.click()
    assert page.locator("h1").inner_text() == shown
    section = page.locator("section[aria-labelledby=partners-title]")
    assert section.get_by_role("heading").inner_text() == f"Who {shown} meets most"
    top = PersonPair.objects.filter(person=person).order_by("-meetings").first()
    partner = Participant.objects.get(pk=top.other_id)
    row = section.locator("tr", has=page.get_by_role("link", name=partner.name, exact=True))
    assert row.locator("td").inner_text() == str(top.meetings)
    assert serious_violations(page) == []
    shot(page, "1-person")
    row.locator("td a").click()
    page.wait_for_url(re.compile(rf"participant={person.slug}"))
    assert page.locator("#results-title").inner_text().startswith(f"{top.meetings} meeting")
    page.go_back()
    page.get_by_role("link", name="The network picture and more people").click()
    assert page.locator("figure.network svg circle.network-node").count() >= 1
    assert serious_violations(page) == []
    shot(page, "2-network")


def test_with_whom_kazakhstan_meets_outside_the_cis_bodies(live_server, page, corpus):
    """Countries, then Kazakhstan: its partners outside the CIS bodies, each count linking to
    exactly those meetings; the network picture one link on."""
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Countries").click()
    page.get_by_role("link", name=re.compile("^Kazakhstan")).first.click()
    section = page.locator("section[aria-labelledby=partners-outside-title]")
    assert (
        section.get_by_role("heading").inner_text()
        == "Whom Kazakhstan meets outside the CIS bodies"
    )
    first = section.locator("tbody tr").first
    count = first.locator("td").inner_text()
    assert serious_violations(page) == []
    shot(page, "3-country")
    first.locator("td a").click()
    page.wait_for_url(re.compile(r"body_type=not-cis"))
    assert page.locator("#results-title").inner_text().startswith(f"{count} meeting")
    page.go_back()
    page.get_by_role("link", name="The network picture outside the CIS bodies").click()
    assert "Outside the CIS bodies" in page.locator("h1").inner_text()
    assert page.get_by_label("Meetings convened by").input_value() == "not-cis"
    assert serious_violations(page) == []
    shot(page, "3-country-network")


def test_which_sessions_of_a_council_are_missing(live_server, page, corpus):
    """Bodies, then the council with the most numbered sessions (the generated corpus spreads
    its meetings over every body of the reference data): its missing ordinals, each run with
    the dates around it."""
    numbered = (
        Meeting.objects.filter(status="published")
        .exclude(ordinal=None)
        .exclude(body=None)
        .values("body")
        .annotate(sessions=Count("pk"))
        .order_by("-sessions", "body")
        .first()
    )
    body = Organization.objects.get(pk=numbered["body"])
    known = set(
        Meeting.objects.filter(body=body, status="published")
        .exclude(ordinal=None)
        .values_list("ordinal", flat=True)
    )
    first_missing = min(set(range(1, max(known) + 1)) - known)
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Bodies").click()
    page.get_by_role("link", name=body.name, exact=True).first.click()
    gaps = page.locator("section[aria-labelledby=gaps-title]")
    assert gaps.get_by_role("heading").inner_text() == "Sessions missing from the archive"
    assert re.search(rf"Sessions? {first_missing}\b", gaps.inner_text())
    assert serious_violations(page) == []
    shot(page, "4-gaps")
    page.get_by_role("link", name="All sessions in order").click()
    assert page.locator("tbody tr").count() == len(known)
    assert serious_violations(page) == []
    shot(page, "5-sessions")


def test_what_offices_did_a_person_hold_and_when(live_server, page, corpus):
    """Search a name, open the person: each title with the first and last dates it was seen,
    in the order first held; the current title is the latest dated one."""
    busiest = (
        Attendance.objects.exclude(title="")
        .exclude(meeting__date_start=None)
        .values("participant")
        .annotate(titles=Count("title", distinct=True))
        .order_by("-titles", "participant")
        .first()
    )
    person = Participant.objects.get(pk=busiest["participant"])
    shown = person.name_in(DEFAULT)  # the spelling most reports wrote
    seen = Attendance.objects.filter(participant=person).exclude(title="")
    first_title = seen.order_by("meeting__date_start", "meeting__pk").first()
    latest_title = seen.order_by("-meeting__date_start", "-meeting__pk").first()
    page.goto(live_server.url + "/")
    page.get_by_label("Search the meetings").fill(person.name)
    page.get_by_role("button", name="Search", exact=True).click()
    page.get_by_role("link", name=shown, exact=True).first.click()
    assert page.locator("h1").inner_text() == shown
    offices = page.locator("section[aria-labelledby=offices-title]")
    assert offices.get_by_role("heading").inner_text() == "Offices held"
    headers = offices.locator("thead th").all_inner_texts()
    assert headers == ["Title", "First seen", "Last seen", "Meetings"]
    rows = offices.locator("tbody tr")
    assert rows.count() == busiest["titles"] >= 1
    assert rows.first.locator("th").inner_text() == first_title.title
    first_date = first_title.meeting.date_start
    assert rows.first.locator("td").first.inner_text() == f"{first_date.day} {first_date:%b %Y}"
    facts = page.locator("dl.facts").inner_text()
    assert f"Current title\n{latest_title.title}" in facts
    assert serious_violations(page) == []
    shot(page, "6-offices")


def test_who_sat_on_a_council_year_by_year(live_server, page, corpus):
    """Bodies, then the council with the most dated sessions whose people are known: its
    latest years' members by country; every year one link on."""
    attended = (
        Meeting.objects.filter(status="published", participant_ids__len__gt=0)
        .exclude(year=None)
        .exclude(body=None)
        .values("body")
        .annotate(sessions=Count("pk"))
        .order_by("-sessions", "body")
        .first()
    )
    body = Organization.objects.get(pk=attended["body"])
    latest = (
        Meeting.objects.filter(body=body, status="published", participant_ids__len__gt=0)
        .exclude(year=None)
        .order_by("-year")
        .values_list("year", flat=True)
        .first()
    )
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Bodies").click()
    page.get_by_role("link", name=body.name, exact=True).first.click()
    membership = page.locator("section[aria-labelledby=membership-title]")
    expect(membership.locator(f"#members-{latest}")).to_be_visible()  # waits for the page
    assert membership.locator("dl.delegation dt").count() >= 1
    shot(page, "7-membership")
    page.get_by_role("link", name="Membership in every year").click()
    assert page.locator("h1").inner_text() == f"Who sat on {body.name}, year by year"
    assert page.locator("section.year-group").count() >= 1
    assert serious_violations(page) == []
    shot(page, "8-membership-all")
