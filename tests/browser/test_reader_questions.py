"""The reader's questions answered from the home page in a real Chromium, on the seed reports
plus a generated corpus: the interior minister of a country in a year, the people who
represented a country at a body's sessions, and the meetings of exactly two countries. Each
answer is checked against the link tables (Attendance, MeetingCountry), not the facet keys the
search reads, and each page against axe-core."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from django.db.models import Count
from playwright.sync_api import expect

from archive.models import Attendance, Meeting, MeetingCountry, Organization
from tests.browser.test_search import serious_violations, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLISHED = Meeting.Status.PUBLISHED


@pytest.fixture
def corpus(reference_data):
    """The five seed reports and 300 generated ones, published, with the home page's counts."""
    call_command("import_reports", "fixtures/reports", status=PUBLISHED, quiet=True)
    call_command("generate_corpus", count=300, seed=4, load=True, status=PUBLISHED, verbosity=0)
    call_command("refresh_facet_counts", verbosity=0)


def click_facet_value(page, facet: str, label: str) -> None:
    """Click a facet's value, opening its "more" list first when the value is in it."""
    section = page.locator(f"section[aria-labelledby=facet-{facet}]")
    link = section.get_by_role("link", name=re.compile(rf"^{re.escape(label)}\b"))
    if not link.first.is_visible():
        section.locator("details.more summary").click()
    link.first.click()


def count_in_title(page) -> int:
    title = page.locator("#results-title").inner_text()
    if title.startswith("No meetings"):
        return 0
    return int(re.match(r"([\d,]+) meeting", title).group(1).replace(",", ""))


def test_kazakhstans_interior_minister_in_a_year(live_server, page, corpus):
    """ "Which meetings did Kazakhstan's interior minister attend (in <year>)?" — two clicks
    from the home page (Kazakhstan, then its interior minister, who leads the Office facet
    once the country is chosen) for every year, one URL for a year; the deputy minister's
    meetings are not in it."""
    attended = Attendance.objects.filter(
        office="interior-minister", country__code="KZ", meeting__status=PUBLISHED
    )
    year = (
        attended.exclude(meeting__year=None)
        .values_list("meeting__year", flat=True)
        .annotate(n=Count("meeting", distinct=True))
        .order_by("-n", "-meeting__year")
        .first()
    )
    assert year is not None, "the corpus has Kazakhstan's interior minister at dated meetings"
    expected = set(attended.filter(meeting__year=year).values_list("meeting__title", flat=True))
    deputies = Attendance.objects.filter(
        office="deputy-interior-minister", country__code="KZ", meeting__status=PUBLISHED
    ).exclude(meeting__in=attended.values("meeting"))
    assert deputies.exists(), "the corpus has the deputy minister at other meetings"

    page.goto(live_server.url + "/")
    click_facet_value(page, "country", "Kazakhstan")
    page.wait_for_url(re.compile(r"country=KZ"))
    click_facet_value(page, "office", "Interior minister · Kazakhstan")
    page.wait_for_url(re.compile(r"office=interior-minister\.KZ"))
    every_year = set(attended.values_list("meeting__title", flat=True))
    assert count_in_title(page) == len(every_year)
    assert serious_violations(page) == []

    page.goto(f"{live_server.url}/?office=interior-minister.KZ&year={year}")
    shot(page, "office-year")
    assert count_in_title(page) == len(expected) > 0
    assert set(page.locator(".card-title a").all_inner_texts()) == expected
    assert serious_violations(page) == []


def test_one_click_from_a_meeting_page_to_the_other_meetings_of_an_office(
    live_server, page, corpus
):
    """A participant's row links to "Meetings of Kazakhstan’s interior minister"."""
    attendance = Attendance.objects.filter(
        office="interior-minister", country__code="KZ", meeting__status=PUBLISHED
    ).first()
    held = Attendance.objects.filter(
        office="interior-minister", country__code="KZ", meeting__status=PUBLISHED
    )
    page.goto(live_server.url + attendance.meeting.get_absolute_url())
    assert serious_violations(page) == []
    page.get_by_role("link", name="Meetings of Kazakhstan’s interior minister").first.click()
    page.wait_for_url(re.compile(r"office=interior-minister\.KZ"))
    assert count_in_title(page) == held.values("meeting").distinct().count()


def test_who_represented_belarus_at_a_bodys_sessions(live_server, page, corpus):
    """ "Who represented Belarus at sessions of <body>?" — one URL; the Person facet lists the
    Belarusians only, and says so."""
    bodies = (
        Attendance.objects.filter(country__code="BY", meeting__status=PUBLISHED)
        .exclude(meeting__body=None)
        .values_list("meeting__body", flat=True)
        .annotate(n=Count("participant", distinct=True))
        .order_by("-n")
    )
    body = Organization.objects.get(pk=bodies.first())
    expected = set(
        Attendance.objects.filter(
            country__code="BY", meeting__body=body, meeting__status=PUBLISHED
        ).values_list("participant__name", flat=True)
    )
    others = set(
        Attendance.objects.filter(
            meeting__body=body, meeting__status=PUBLISHED, country__isnull=False
        )
        .exclude(country__code="BY")
        .values_list("participant__name", flat=True)
    )
    assert expected and others - expected, "the body's sessions have people of other countries"

    page.goto(f"{live_server.url}/?country=BY&body={body.slug}")
    shot(page, "belarus-people")
    people = page.locator("section[aria-labelledby=facet-participant]")
    assert "People who represented Belarus" in people.inner_text()
    names = {text.strip() for text in people.locator(".facet-label").all_text_contents()}
    assert names == expected
    assert serious_violations(page) == []


def test_meetings_of_only_russia_and_kazakhstan(live_server, page, corpus):
    """ "Which meetings were only Russia and Kazakhstan?" — one URL, or one click on the
    Country facet's switch once both are chosen."""
    sets: dict[int, set[str]] = {}
    for meeting_id, code in MeetingCountry.objects.filter(
        kind=MeetingCountry.Kind.PARTICIPATING, meeting__status=PUBLISHED
    ).values_list("meeting_id", "country__code"):
        sets.setdefault(meeting_id, set()).add(code)
    bilateral = [pk for pk, codes in sets.items() if codes == {"RU", "KZ"}]
    wider = [pk for pk, codes in sets.items() if {"RU", "KZ"} < codes]
    assert bilateral and wider

    page.goto(f"{live_server.url}/?country=RU&country=KZ")
    assert count_in_title(page) == len(bilateral) + len(wider)
    page.locator("section[aria-labelledby=facet-country]").get_by_role(
        "link", name=re.compile(r"^Only ")
    ).click()
    page.wait_for_url(re.compile(r"countries=exact"))
    shot(page, "only-two-countries")
    assert count_in_title(page) == len(bilateral)
    assert "only these" in page.locator(".chips").inner_text()
    assert serious_violations(page) == []


def test_finding_people_and_bodies_as_one_types(live_server, page, archive):
    """The Person facet's finder lists anyone by name as one types (from /api/people/), and
    the Bodies list's filter box hides the bodies and groups that do not match; axe-core finds
    nothing serious on either page."""
    page.goto(f"{live_server.url}/?country=BY")
    assert serious_violations(page) == []
    page.get_by_label("Find anyone by name").fill("kolo")
    found = page.locator(".people-found a")
    found.first.wait_for()
    assert found.first.inner_text().startswith("Vladimir Kolokoltsev")
    found.first.click()
    page.wait_for_url(re.compile(r"participant=vladimir-kolokoltsev"))
    assert "country=BY" in page.url

    page.goto(f"{live_server.url}/organizations/")
    assert page.locator("h1").inner_text() == "Bodies"
    assert serious_violations(page) == []
    page.get_by_label("Filter bodies by name").fill("security chiefs")
    expect(page.get_by_role("link", name="Testland Security Chiefs")).to_be_visible()
    expect(page.get_by_role("link", name="Testland Council of Ministers")).to_be_hidden()
    shot(page, "bodies-filtered")
