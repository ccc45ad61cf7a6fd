"""Old public addresses: a meeting, person or body whose slug changed, or that was merged into
another record, answers 301 to the record's page now; an address no record ever had stays 404."""

import pytest

from archive import editorial
from archive.models import Attendance
from tests.factories import make_meeting, make_organization, make_participant

pytestmark = pytest.mark.django_db


def moved_to(client, url) -> str:
    """Where a permanent redirect of ``url`` leads (fails on anything else)."""
    response = client.get(url)
    assert response.status_code == 301, (url, response.status_code)
    return response["Location"]


def test_a_meeting_whose_slug_changed_answers_301_from_the_old_address(client):
    meeting = make_meeting(slug="undated-home-news")
    old_url = meeting.get_absolute_url()
    meeting.slug = "2024-10-04-cmvd-astana"
    meeting.save()
    assert moved_to(client, old_url) == meeting.get_absolute_url()
    assert client.get(meeting.get_absolute_url()).status_code == 200
    # Twice renamed: the first address leads to the page of now, not to the second.
    second_url = meeting.get_absolute_url()
    meeting.slug = "2024-10-04-cmvd-almaty"
    meeting.save(update_fields=["slug"])
    assert moved_to(client, old_url) == meeting.get_absolute_url()
    assert moved_to(client, second_url) == meeting.get_absolute_url()


def test_a_query_string_survives_the_redirect(client):
    meeting = make_meeting(slug="old-address")
    meeting.slug = "new-address"
    meeting.save()
    assert moved_to(client, "/meetings/old-address/?names=latin") == (
        "/meetings/new-address/?names=latin"
    )


def test_taking_back_an_old_slug_serves_the_page_itself(client):
    """A record renamed back to an old slug is served there, not redirected in a loop."""
    meeting = make_meeting(slug="first-slug")
    meeting.slug = "second-slug"
    meeting.save()
    meeting.slug = "first-slug"
    meeting.save()
    assert client.get("/meetings/first-slug/").status_code == 200
    assert moved_to(client, "/meetings/second-slug/") == "/meetings/first-slug/"


def test_an_unknown_address_stays_404(client):
    make_meeting(slug="some-meeting")
    assert client.get("/meetings/never-was/").status_code == 404
    assert client.get("/people/never-was/").status_code == 404
    assert client.get("/organizations/never-was/").status_code == 404


def test_a_draft_meetings_old_address_is_404_for_readers_and_301_for_staff(client, admin_client):
    """The redirect says no more than the page: a reader learns nothing of a draft."""
    draft = make_meeting(slug="draft-old", status="draft")
    draft.slug = "draft-new"
    draft.save()
    assert client.get("/meetings/draft-old/").status_code == 404
    assert moved_to(admin_client, "/meetings/draft-old/") == "/meetings/draft-new/"


def test_a_live_record_keeps_an_address_even_when_another_once_had_it(client, admin_client):
    """A draft that took a freed slug is not redirected away from for readers: 404."""
    published = make_meeting(slug="shared-slug")
    published.slug = "published-now"
    published.save()
    make_meeting(slug="shared-slug", status="draft")
    assert client.get("/meetings/shared-slug/").status_code == 404
    assert admin_client.get("/meetings/shared-slug/").status_code == 200


def test_a_body_whose_slug_changed_answers_301(client):
    body = make_organization("cis-cmvd", name="Council of Interior Ministers", kind="body")
    body.slug = "council-of-interior-ministers"
    body.save()
    assert moved_to(client, "/organizations/cis-cmvd/") == body.get_absolute_url()


def test_a_merged_away_person_answers_301_to_the_kept_one(client, admin_user):
    """After merges, every merged-away address leads to the one record kept, however many
    merges deep."""
    keep = make_participant("Yerzhan Sadenov", slug="yerzhan-sadenov")
    twin = make_participant("Erzhan Sadenov", slug="erzhan-sadenov")
    third = make_participant("Erjan Sadenov", slug="erjan-sadenov")
    meeting = make_meeting()
    Attendance.objects.create(meeting=meeting, participant=twin, name_as_written="Erzhan Sadenov")
    editorial.merge_participants(keep, [twin], user=admin_user)
    assert moved_to(client, "/people/erzhan-sadenov/") == "/people/yerzhan-sadenov/"
    editorial.merge_participants(third, [keep], user=admin_user)
    assert moved_to(client, "/people/erzhan-sadenov/") == "/people/erjan-sadenov/"
    assert moved_to(client, "/people/yerzhan-sadenov/") == "/people/erjan-sadenov/"


def test_undoing_a_merge_gives_the_person_their_address_back(client, admin_user):
    keep = make_participant("Yerzhan Sadenov", slug="yerzhan-sadenov")
    twin = make_participant("Erzhan Sadenov", slug="erzhan-sadenov")
    older = make_participant("Erzhan Sadenov Jr", slug="erzhan-sadenov-jr")
    older.slug = "erzhan-jr"  # an address of the merged person from before the merge
    older.save()
    # Readers see people of published meetings only: each restored person attended one.
    for person in (twin, older):
        Attendance.objects.create(
            meeting=make_meeting(), participant=person, name_as_written=person.name
        )
    first = editorial.merge_participants(twin, [older], user=admin_user)
    merge_log = editorial.merge_participants(keep, [twin], user=admin_user)
    assert moved_to(client, "/people/erzhan-sadenov-jr/") == "/people/yerzhan-sadenov/"
    editorial.undo_merge(merge_log, user=admin_user)
    response = client.get("/people/erzhan-sadenov/")
    assert response.status_code == 200 and b"Erzhan Sadenov" in response.content
    # The addresses that led to the restored person lead there again.
    assert moved_to(client, "/people/erzhan-sadenov-jr/") == "/people/erzhan-sadenov/"
    editorial.undo_merge(first, user=admin_user)
    assert client.get("/people/erzhan-jr/").status_code == 200
    assert moved_to(client, "/people/erzhan-sadenov-jr/") == "/people/erzhan-jr/"
