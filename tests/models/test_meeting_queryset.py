"""Meeting.objects: the selections pages, the API and editors share, and the choices' ranks."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser

from archive.models import (
    Attendance,
    Country,
    Meeting,
    MeetingCountry,
    MeetingOrganization,
    MeetingTopic,
)
from tests.factories import make_meeting, make_organization, make_participant, make_topic

pytestmark = pytest.mark.django_db


def linked(meeting: Meeting) -> None:
    """Refresh the meeting's facet-key arrays from its links, as the importer does."""
    meeting.refresh_facet_keys()


def pks(meetings) -> set[int]:
    return set(meetings.values_list("pk", flat=True))


def test_readers_see_published_meetings_and_staff_see_all():
    """visible_to: anonymous readers and non-staff users see published meetings only."""
    published = make_meeting()
    draft = make_meeting(status=Meeting.Status.DRAFT)
    review = make_meeting(status=Meeting.Status.NEEDS_REVIEW)
    for reader in (None, AnonymousUser(), SimpleNamespace(is_staff=False)):
        assert pks(Meeting.objects.visible_to(reader)) == {published.pk}
    staff = SimpleNamespace(is_staff=True)
    assert pks(Meeting.objects.visible_to(staff)) == {published.pk, draft.pk, review.pk}


def test_visible_to_chains_with_other_filters():
    """visible_to is a QuerySet method: it narrows whatever came before it."""
    kept = make_meeting(city="Astana")
    make_meeting(city="Minsk")
    make_meeting(city="Astana", status=Meeting.Status.DRAFT)
    assert pks(Meeting.objects.filter(city="Astana").visible_to(None)) == {kept.pk}


def test_with_country_counts_taking_part_not_mentions(reference_data):
    """with_country: meetings the country took part in; a mention does not count, the venue
    counts only when asked for."""
    kz = Country.objects.get(code="KZ")
    took_part = make_meeting()
    MeetingCountry.objects.create(meeting=took_part, country=kz)
    linked(took_part)
    mentioned = make_meeting()
    MeetingCountry.objects.create(meeting=mentioned, country=kz, kind="mentioned")
    linked(mentioned)
    held_there = make_meeting(venue_country=kz)
    assert pks(Meeting.objects.with_country(kz)) == {took_part.pk}
    assert pks(Meeting.objects.with_country(kz.pk)) == {took_part.pk}
    assert pks(Meeting.objects.with_country(kz, including_venue=True)) == {
        took_part.pk,
        held_there.pk,
    }


def test_with_topic_and_with_participant():
    """with_topic and with_participant read the meeting's facet keys."""
    topic, other_topic = make_topic("terrorism"), make_topic("cybercrime")
    person = make_participant("Yerzhan Sadenov")
    first, second = make_meeting(), make_meeting()
    MeetingTopic.objects.create(meeting=first, topic=topic)
    MeetingTopic.objects.create(meeting=second, topic=other_topic)
    Attendance.objects.create(meeting=second, participant=person, name_as_written=person.name)
    for meeting in (first, second):
        linked(meeting)
    assert pks(Meeting.objects.with_topic(topic)) == {first.pk}
    assert pks(Meeting.objects.with_participant(person)) == {second.pk}
    assert pks(Meeting.objects.with_participant(person.pk)) == {second.pk}


def test_involving_organization_is_the_body_or_a_participant():
    """involving_organization: the meetings it convened and the ones it took part in."""
    council = make_organization("council-of-interior-ministers")
    other = make_organization("bureau")
    convened = make_meeting(body=council)
    took_part = make_meeting(body=other)
    MeetingOrganization.objects.create(meeting=took_part, organization=council)
    linked(took_part)
    convened_by_other = make_meeting(body=other)
    assert pks(Meeting.objects.involving_organization(council)) == {convened.pk, took_part.pk}
    assert pks(Meeting.objects.involving_organization(other.pk)) == {
        took_part.pk,
        convened_by_other.pk,
    }


def test_lean_defers_the_search_document():
    """lean: lists leave out the search document and its vector, and nothing else."""
    make_meeting(summary="A summary a list shows.")
    meeting = Meeting.objects.lean().get()
    assert meeting.get_deferred_fields() == {"search_names", "search_text", "search_vector"}
    assert meeting.summary == "A summary a list shows."


def test_role_ranks_follow_seniority():
    """Attendance.Role.rank_of: attendee < speaker < host < co-chair < chair; others rank 0."""
    roles = ["attendee", "speaker", "host", "co-chair", "chair"]
    assert [Attendance.Role.rank_of(role) for role in roles] == [0, 1, 2, 3, 4]
    assert Attendance.Role.rank_of(Attendance.Role.CHAIR) == 4
    assert Attendance.Role.rank_of("observer") == 0
    assert Attendance.Role.rank_of(None) == 0


def test_date_precision_ranks_follow_what_is_known():
    """Meeting.DatePrecision.rank_of: unknown < year < month < day; others rank 0."""
    precisions = ["unknown", "year", "month", "day"]
    assert [Meeting.DatePrecision.rank_of(p) for p in precisions] == [0, 1, 2, 3]
    assert Meeting.DatePrecision.rank_of(Meeting.DatePrecision.DAY) == 3
    assert Meeting.DatePrecision.rank_of("week") == 0
    assert Meeting.DatePrecision.rank_of("") == 0
