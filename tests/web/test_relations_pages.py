"""The pages and API endpoints of who meets whom, a body's sessions and membership, and a
person's offices: reachable from the record's page, readers see published meetings only, bad
input is a 400."""

from __future__ import annotations

import datetime

import pytest

from archive.models import Attendance
from tests.factories import country, make_meeting, make_participant

pytestmark = pytest.mark.django_db


def test_person_page_shows_partners_offices_and_links_the_network(client, archive):
    content = client.get("/people/vladimir-kolokoltsev/").content.decode()
    assert "Who Vladimir Kolokoltsev meets most" in content
    assert "Yerzhan Sadenov" in content
    assert "/?participant=vladimir-kolokoltsev&amp;participant=yerzhan-sadenov" in content
    assert 'href="/people/vladimir-kolokoltsev/network/"' in content
    network = client.get("/people/vladimir-kolokoltsev/network/").content.decode()
    assert (
        "<svg" in network and 'aria-describedby="network-desc"' in network and "<title" in network
    )
    assert "Yerzhan Sadenov" in network


def test_country_page_links_the_network_outside_the_cis_bodies(client, archive):
    content = client.get("/countries/kz/").content.decode()
    assert "Who Kazakhstan meets most" in content
    assert 'href="/countries/kz/network/?body_type=not-cis"' in content
    assert client.get("/countries/kz/network/?body_type=not-cis").status_code == 200


def test_bad_body_type_is_a_400_with_a_message(client, archive):
    response = client.get("/countries/kz/network/?body_type=nonsense")
    assert response.status_code == 400
    assert "body_type: choose one of" in response.content.decode()
    api = client.get("/api/countries/kz/network/?body_type=nonsense")
    assert api.status_code == 400 and "body_type" in api.json()["error"]


def test_a_person_of_drafts_only_has_no_network_for_readers(client, archive):
    hidden = make_participant("Hidden Person", slug="hidden-person")
    Attendance.objects.create(
        meeting=archive["draft"], participant=hidden, name_as_written=hidden.name
    )
    assert client.get("/people/hidden-person/network/").status_code == 404
    assert client.get("/api/participants/hidden-person/network/").status_code == 404
    assert client.get("/api/participants/hidden-person/offices/").status_code == 404


def test_body_page_shows_gaps_and_membership_and_links_the_full_pages(client, archive):
    body = archive["b1"]
    for ordinal in (1, 3):
        make_meeting(body=body, ordinal=ordinal, date_start=datetime.date(2020 + ordinal, 1, 1))
    content = client.get(body.get_absolute_url()).content.decode()
    assert "Sessions missing from the archive" in content
    assert "Session 2" in content
    assert "Who sat on it, year by year" in content
    assert "Vladimir Kolokoltsev" in content  # at m1, 2023
    assert f'href="/organizations/{body.slug}/sessions/"' in content
    assert f'href="/organizations/{body.slug}/members/"' in content
    sessions = client.get(f"/organizations/{body.slug}/sessions/").content.decode()
    assert "Numbered sessions in order" in sessions
    members = client.get(f"/organizations/{body.slug}/members/").content.decode()
    assert "Yerzhan Sadenov" in members


def test_the_api_answers_the_four_questions(client, archive):
    body = archive["b1"]
    make_meeting(body=body, ordinal=2, date_start=datetime.date(2022, 1, 1))
    network = client.get("/api/participants/vladimir-kolokoltsev/network/").json()
    assert [(p["slug"], p["meetings"]) for p in network["partners"]] == [("yerzhan-sadenov", 1)]
    assert network["partners"][0]["meetings_url"].endswith(
        "/?participant=vladimir-kolokoltsev&participant=yerzhan-sadenov"
    )
    countries = client.get("/api/countries/kz/network/").json()
    assert {p["code"]: p["meetings"] for p in countries["partners"]} == {"RU": 2, "BY": 1}
    sessions = client.get(f"/api/organizations/{body.slug}/sessions/").json()
    assert sessions["missing_ordinals"] == [
        {"from": 1, "to": 1, "held_after": None, "held_before": "2022-01-01"}
    ]
    members = client.get(f"/api/organizations/{body.slug}/members/").json()
    assert [y["year"] for y in members["years"]] == [2024, 2023, 2022]
    assert members["pages"] == 1 and members["next"] is None
    assert client.get(f"/api/organizations/{body.slug}/members/?page=x").status_code == 400
    offices = client.get("/api/participants/yerzhan-sadenov/offices/").json()
    assert offices["current_title"] == "" and offices["offices"] == []


def test_body_page_lists_a_dozen_people_per_delegation_and_links_the_rest(client, archive):
    """A delegation of 13 in the latest year: 12 on the body's page, the 13th one link on."""
    from archive.search.membership import MEMBERS_ON_BODY_PAGE

    body = archive["b2"]
    meeting = make_meeting(body=body, date_start=datetime.date(2026, 3, 1))
    people = [make_participant(f"Delegate {n:02d}") for n in range(MEMBERS_ON_BODY_PAGE + 1)]
    for person in people:
        Attendance.objects.create(
            meeting=meeting, participant=person, name_as_written=person.name, country=country("KZ")
        )
    meeting.refresh_facet_keys()
    content = client.get(body.get_absolute_url()).content.decode()
    assert "Delegate 11" in content and "Delegate 12" not in content
    assert f'href="/organizations/{body.slug}/members/#members-2026">and 1 more</a>' in content
    members = client.get(f"/organizations/{body.slug}/members/").content.decode()
    assert "Delegate 12" in members
