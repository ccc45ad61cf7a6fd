"""The meeting change page on real data: the slug follows corrections (the old address
redirects), confidence reads as words and percentages, the reports sit beside the fields with
the evidence of each field findable, and a person is added by picking them."""

import datetime

import pytest
from django.urls import reverse

from archive.models import Meeting, Participant
from tests.factories import make_meeting, make_organization, make_participant
from tests.helpers import change_form_data

pytestmark = pytest.mark.django_db


def edit(admin_client, obj, **changes):
    """Post the object's change form with ``changes``; the form must be accepted."""
    url = reverse(f"admin:archive_{obj._meta.model_name}_change", args=[obj.pk])
    data = change_form_data(admin_client.get(url))
    data.update(changes)
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    obj.refresh_from_db()
    return response


def moved_to(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 301, (url, response.status_code)
    return response["Location"]


def test_correcting_the_title_moves_the_slug_and_the_old_address_redirects(
    reference_data, admin_client, client
):
    """A meeting without a body has its title in its slug: the corrected title replaces the
    wrong one there, and the old address leads to the meeting."""
    meeting = make_meeting(
        title="Home | News | English",
        slug="2024-10-04-home-news-english",
        date_start=datetime.date(2024, 10, 4),
    )
    old_url = meeting.get_absolute_url()
    edit(admin_client, meeting, title="Joint collegium of the interior ministries")
    assert meeting.slug == "2024-10-04-joint-collegium-of-the-interior-ministries"
    assert moved_to(client, old_url) == meeting.get_absolute_url()
    assert client.get(meeting.get_absolute_url()).status_code == 200


def test_the_slug_follows_the_body_date_and_city_it_is_made_of(reference_data, admin_client):
    cmvd = make_organization("cmvd", name="Council of Interior Ministers", acronym="CMVD")
    meeting = make_meeting(
        title="Council session", body=cmvd, city="Astana", slug="2024-10-04-cmvd-astana"
    )
    edit(admin_client, meeting, city="Almaty")
    assert meeting.slug == "2024-10-04-cmvd-almaty"
    edit(admin_client, meeting, summary="Only the summary changes.")
    assert meeting.slug == "2024-10-04-cmvd-almaty"


def test_a_slug_the_editor_typed_is_kept(reference_data, admin_client, client):
    meeting = make_meeting(title="Wrong title", slug="undated-wrong-title")
    edit(admin_client, meeting, title="Right title", slug="right-title-by-hand")
    assert meeting.slug == "right-title-by-hand"
    assert moved_to(client, "/meetings/undated-wrong-title/") == "/meetings/right-title-by-hand/"


def test_a_followed_slug_never_takes_another_records_old_address(reference_data, admin_client):
    """An old address keeps leading where it led: a renamed meeting does not take it over."""
    first = make_meeting(title="Some meeting", slug="2024-10-04-joint-collegium")
    first.slug = "2024-10-04-cmvd-minsk"
    first.save()
    second = make_meeting(title="Garbage", slug="2024-10-04-garbage")
    edit(admin_client, second, title="Joint collegium")
    assert second.slug == "2024-10-04-joint-collegium-2"


def test_renaming_a_person_moves_their_slug(reference_data, admin_client, client):
    person = make_participant("Vladimir Kolokolcev", slug="vladimir-kolokolcev")
    edit(admin_client, person, name="Vladimir Kolokoltsev")
    assert person.slug == "vladimir-kolokoltsev"
    assert moved_to(client, "/people/vladimir-kolokolcev/") == "/people/vladimir-kolokoltsev/"
    assert Participant.objects.count() == 1 and Meeting.objects.count() == 0
