"""Who meets whom, a body's series and gaps, a person's offices and a body's membership,
counted over what the user may see."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from archive.models import Attendance, Meeting, Organization
from archive.search.body_types import (
    BILATERAL,
    CIS,
    CSTO_SCO,
    NATIONAL,
    NOT_CIS,
    OTHER,
    body_type,
)
from archive.search.membership import YEARS_PER_PAGE, body_membership, membership_page
from archive.search.network import country_network, person_links, person_network, picture
from archive.search.people import current_title, person_record
from archive.search.series import body_series
from archive.search.timeline import offices_held
from tests.factories import build, country, make_meeting, make_organization, make_participant

pytestmark = pytest.mark.django_db
READER = AnonymousUser()


class Staff:
    is_staff = True


def attend(meeting, person, *, title="", code=None):
    Attendance.objects.create(
        meeting=meeting,
        participant=person,
        name_as_written=person.name,
        title=title,
        country=country(code) if code else None,
    )
    meeting.refresh_facet_keys()


# --- Who meets whom -------------------------------------------------------------------------


def test_partners_are_counted_and_link_to_the_shared_meetings(client, archive):
    """Kolokoltsev met Sadenov at one published meeting (the draft does not count), and the
    count's link lists exactly that meeting."""
    third = make_participant("Ivan Kubrakov")
    for year in (2019, 2020):
        build(
            title=f"Collegium {year}",
            year=year,
            city="Minsk",
            body=archive["b1"],
            countries=["RU", "BY"],
            topics=["terrorism"],
            people=[archive["kolokoltsev"], third],
        )
    network = person_network(archive["kolokoltsev"])
    assert [(p.record.name, p.meetings) for p in network.partners] == [
        ("Ivan Kubrakov", 2),
        ("Yerzhan Sadenov", 1),
    ]
    response = client.get(network.partners[1].search_url)
    assert response.status_code == 200
    assert response.context["result"].count == 1
    assert [m.pk for m in response.context["result"].meetings] == [archive["m1"].pk]


def test_country_partners_by_kind_of_body(client, reference_data):
    """Outside the CIS bodies, Kazakhstan's partners are those of its other meetings only,
    and each count's link lists exactly those meetings."""
    cis = make_organization("cis-test-council", name="CIS Test Council", kind="body")
    sco = make_organization("sco-test-meeting", name="SCO Test Meeting", kind="body")
    pair = make_organization(
        "joint-collegium-test", name="Joint Collegium of Kazakhstan and China", kind="body"
    )
    for body, countries in (
        (cis, ["KZ", "RU", "BY"]),
        (cis, ["KZ", "RU"]),
        (sco, ["KZ", "CN"]),
        (pair, ["KZ", "CN"]),
        (None, ["KZ", "CN"]),
    ):
        build(title="m", year=2024, city="", body=body, countries=countries, topics=[])
    everyone = country_network(country("KZ"))
    assert [(p.record.code, p.meetings) for p in everyone.partners] == [
        ("CN", 3),
        ("RU", 2),
        ("BY", 1),
    ]
    # Meetings without a convening body have no kind of body: outside the CIS bodies are
    # the SCO's and the joint collegium's.
    outside = country_network(country("KZ"), body_type=NOT_CIS)
    assert [(p.record.code, p.meetings) for p in outside.partners] == [("CN", 2)]
    response = client.get(outside.partners[0].search_url)
    assert outside.partners[0].search_url == "/?country=KZ&country=CN&body_type=not-cis"
    assert response.context["result"].count == 2
    assert any(chip.name == "body_type" for chip in response.context["result"].chips)
    within = country_network(country("KZ"), body_type=CIS)
    assert [(p.record.code, p.meetings) for p in within.partners] == [("RU", 2), ("BY", 1)]


def test_body_types_read_the_names(reference_data):
    """The reference data's bodies fall into the kinds their names say."""
    assert body_type(Organization.objects.get(slug="cis-council-of-interior-ministers")) == CIS
    csto = Organization.objects.get(name="CSTO Committee of Secretaries of Security Councils")
    assert body_type(csto) == CSTO_SCO
    sco = Organization.objects.get(name="Council of the SCO Regional Anti-Terrorist Structure")
    assert body_type(sco) == CSTO_SCO
    collegium = Organization.objects.get(
        name="Joint Collegium of the Interior Ministries of Russia and Belarus"
    )
    assert body_type(collegium) == BILATERAL
    assert body_type(Organization.objects.get(name="Almaty Police Department")) == NATIONAL
    assert body_type(Organization.objects.get(name="Interpol")) == OTHER


def test_a_bad_body_type_in_the_search_is_a_400(client, reference_data):
    response = client.get("/?body_type=nonsense")
    assert response.status_code == 400
    assert client.get("/api/meetings/?body_type=nonsense").status_code == 400


def test_the_picture_draws_every_partner_with_its_links(archive):
    """The SVG geometry has a node per partner, a line to each and lines between partners."""
    third = make_participant("Ivan Kubrakov")
    build(
        title="Trio",
        year=2021,
        city="Minsk",
        body=archive["b1"],
        countries=["RU"],
        topics=[],
        people=[archive["kolokoltsev"], archive["sadenov"], third],
    )
    network = person_links(person_network(archive["kolokoltsev"]))
    drawn = picture(network)
    assert sorted(node.label for node in drawn["nodes"]) == ["Ivan Kubrakov", "Yerzhan Sadenov"]
    assert len(drawn["edges"]) == 3  # two to the center, one between the partners
    assert network.links == [
        (min(archive["sadenov"].pk, third.pk), max(archive["sadenov"].pk, third.pk), 1)
    ]


# --- A body's series ------------------------------------------------------------------------


def test_series_lists_sessions_and_the_missing_ordinals(reference_data):
    """Sessions 1, 2, 5 and 6 are here: 3–4 are missing, held between 2's and 5's dates;
    a body meeting nearly every year lacks 2013."""
    body = make_organization("numbered-council", name="Numbered Council", kind="body")
    for ordinal, year in ((1, 2010), (2, 2011), (5, 2012), (6, 2014), (6, 2014)):
        make_meeting(body=body, ordinal=ordinal, date_start=datetime.date(year, 3, 1))
    make_meeting(body=body, ordinal=4, date_start=datetime.date(2013, 5, 1), status="draft")
    make_meeting(body=body, date_start=datetime.date(2015, 1, 1))
    series = body_series(body, READER)
    assert [(s.ordinal, s.meetings) for s in series.sessions] == [(1, 1), (2, 1), (5, 1), (6, 2)]
    assert [(r.start, r.end, r.after, r.before) for r in series.missing] == [
        (3, 4, datetime.date(2011, 3, 1), datetime.date(2012, 3, 1))
    ]
    assert series.unnumbered == 1
    assert series.meets_yearly and series.years_without == [2013]
    # Staff also see the draft: session 4 is no longer missing.
    assert [(r.start, r.end) for r in body_series(body, Staff()).missing] == [(3, 3)]


def test_a_body_meeting_rarely_has_no_missing_years(reference_data):
    body = make_organization("rare-council", name="Rare Council", kind="body")
    for year in (2000, 2010, 2020):
        make_meeting(body=body, date_start=datetime.date(year, 1, 1))
    series = body_series(body, READER)
    assert not series.meets_yearly and series.years_without == []


# --- A person's offices ---------------------------------------------------------------------


def test_offices_with_first_and_last_dates_and_the_current_title(reference_data):
    """Titles in the order first held, each with the dates it was seen; the current title is
    the latest dated one, even when an older title was stored first or a report of an
    undated meeting came last."""
    person = make_participant("Yerzhan Sadenov", title="Deputy Minister")
    dates = ((2018, "Deputy Minister"), (2019, "Deputy Minister"), (2022, "Minister"))
    for year, title in dates:
        attend(make_meeting(date_start=datetime.date(year, 6, 1)), person, title=title)
    undated = make_meeting(date_start=None, date_precision="unknown")
    attend(undated, person, title="Head of delegation")
    offices = offices_held(person, READER)
    assert [(o.title, o.first, o.last, o.meetings) for o in offices] == [
        ("Deputy Minister", datetime.date(2018, 6, 1), datetime.date(2019, 6, 1), 2),
        ("Minister", datetime.date(2022, 6, 1), datetime.date(2022, 6, 1), 1),
        ("Head of delegation", None, None, 1),
    ]
    assert current_title(person, READER) == "Minister"
    # Staff saw the stored (first) title before: the record now uses the dated one too.
    assert person_record(person, Staff()).title == "Minister"


def test_a_curated_title_wins(reference_data):
    person = make_participant("Ivan Kubrakov", title="Minister of the Interior")
    person.mark_curated("title")
    person.save()
    attend(make_meeting(), person, title="General")
    assert current_title(person, READER) == "Minister of the Interior"


# --- Membership -----------------------------------------------------------------------------


def test_membership_per_year_by_country(reference_data):
    """Who attended the body's meetings each year, grouped by the country represented, with
    how many of that year's meetings; drafts and other bodies' meetings do not count."""
    body = make_organization("member-council", name="Member Council", kind="body")
    other = make_organization("other-council", name="Other Council", kind="body")
    a, b, c = (make_participant(n) for n in ("Anna Alieva", "Boris Belov", "Chen Ming"))
    m1 = make_meeting(body=body, date_start=datetime.date(2023, 2, 1))
    m2 = make_meeting(body=body, date_start=datetime.date(2023, 9, 1))
    m3 = make_meeting(body=body, date_start=datetime.date(2024, 4, 1))
    draft = make_meeting(body=body, date_start=datetime.date(2024, 5, 1), status="draft")
    elsewhere = make_meeting(body=other, date_start=datetime.date(2024, 5, 1))
    attend(m1, a, code="KZ")
    attend(m2, a, code="KZ")
    attend(m2, b, code="RU")
    attend(m3, b, code="RU")
    attend(draft, c, code="CN")
    attend(elsewhere, c, code="CN")
    membership = body_membership(body, READER)
    shown = [
        (
            entry.year,
            entry.sessions,
            [
                (d.country.code, [(m.participant.name, m.meetings) for m in d.members])
                for d in entry.delegations
            ],
        )
        for entry in membership
    ]
    assert shown == [
        (2024, 1, [("RU", [("Boris Belov", 1)])]),
        (2023, 2, [("KZ", [("Anna Alieva", 2)]), ("RU", [("Boris Belov", 1)])]),
    ]
    assert [entry.year for entry in body_membership(body, READER, latest=1)] == [2024]
    assert Meeting.objects.count() == 5


def test_membership_pages_hold_a_few_years_each(reference_data):
    """Years come YEARS_PER_PAGE to a page, latest first; a page past the end is the last."""
    body = make_organization("long-council", name="Long Council", kind="body")
    years = list(range(2000, 2000 + YEARS_PER_PAGE + 2))
    for year in years:
        make_meeting(body=body, date_start=datetime.date(year, 1, 1))
    first = membership_page(body, READER, 1)
    assert [entry.year for entry in first.years] == years[::-1][:YEARS_PER_PAGE]
    assert first.pages == 2
    last = membership_page(body, READER, 99)
    assert last.number == 2 and [entry.year for entry in last.years] == [2001, 2000]
    assert dict(first.all_years)[2000] == 2
