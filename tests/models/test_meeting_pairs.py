"""The pair tables of who meets whom follow every change to a meeting, whichever path makes
it: each test compares them with a recount from the published meetings themselves."""

from __future__ import annotations

from collections import Counter
from itertools import permutations

import pytest
from django.db import connection

from archive.editorial.merging import merge_participants
from archive.editorial.publishing import set_status
from archive.models import Attendance, CountryPair, Meeting, MeetingCountry, PersonPair
from tests.factories import build, country, make_participant

pytestmark = pytest.mark.django_db


def recount() -> tuple[Counter, Counter]:
    """Pairs of people and of countries (with the body) over the published meetings."""
    people, countries = Counter(), Counter()
    for meeting in Meeting.objects.filter(status=Meeting.Status.PUBLISHED):
        for a, b in permutations(meeting.participant_ids, 2):
            people[a, b] += 1
        for a, b in permutations(meeting.country_ids, 2):
            countries[a, b, meeting.body_id] += 1
    return people, countries


def stored() -> tuple[Counter, Counter]:
    people = Counter(
        {(a, b): n for a, b, n in PersonPair.objects.values_list("person", "other", "meetings")}
    )
    countries = Counter(
        {
            (a, b, body): n
            for a, b, body, n in CountryPair.objects.values_list(
                "country", "other", "body", "meetings"
            )
        }
    )
    return people, countries


def assert_in_step():
    people, countries = stored()
    expected_people, expected_countries = recount()
    assert people == expected_people
    assert countries == expected_countries
    assert not PersonPair.objects.filter(meetings__lte=0).exists()
    assert not CountryPair.objects.filter(meetings__lte=0).exists()


def test_published_meetings_count_and_drafts_do_not(archive):
    """Building the archive's meetings fills the tables with the published ones only."""
    pair = PersonPair.objects.get(person=archive["kolokoltsev"], other=archive["sadenov"])
    assert pair.meetings == 1  # m1; the draft with both of them does not count
    kz, ru = country("KZ"), country("RU")
    assert (
        sum(CountryPair.objects.filter(country=kz, other=ru).values_list("meetings", flat=True))
        == 2
    )
    assert_in_step()


def test_publishing_and_unpublishing_follow(archive):
    """An editor publishing a draft adds its pairs; unpublishing takes them back."""
    draft = archive["draft"]
    Attendance.objects.create(
        meeting=draft, participant=archive["kolokoltsev"], name_as_written="V. Kolokoltsev"
    )
    Attendance.objects.create(
        meeting=draft, participant=archive["sadenov"], name_as_written="Y. Sadenov"
    )
    draft.refresh_facet_keys()
    assert_in_step()
    set_status(Meeting.objects.filter(pk=draft.pk), Meeting.Status.PUBLISHED)
    assert (
        PersonPair.objects.get(person=archive["kolokoltsev"], other=archive["sadenov"]).meetings
        == 2
    )
    assert_in_step()
    set_status(Meeting.objects.filter(pk__in=[draft.pk, archive["m1"].pk]), "draft")
    assert not PersonPair.objects.filter(person=archive["kolokoltsev"]).exists()
    assert_in_step()


def test_editing_people_countries_and_body_follows(archive):
    """Removing a person, adding a country and changing the body each move the counts."""
    m1 = archive["m1"]
    Attendance.objects.filter(meeting=m1, participant=archive["kolokoltsev"]).delete()
    m1.refresh_facet_keys()
    assert not PersonPair.objects.filter(person=archive["kolokoltsev"]).exists()
    MeetingCountry.objects.create(meeting=m1, country=country("UZ"))
    m1.refresh_facet_keys()
    Meeting.objects.filter(pk=m1.pk).update(body=archive["b2"])
    assert_in_step()
    Meeting.objects.filter(pk=m1.pk).update(body=None)
    Meeting.objects.filter(pk=archive["m2"].pk).update(body=None)
    # Meetings without a body share one row per pair of countries.
    assert (
        CountryPair.objects.get(country=country("KZ"), other=country("RU"), body=None).meetings == 2
    )
    assert_in_step()


def test_deleting_and_merging_follow(archive):
    """A deleted meeting's pairs go; merging a duplicate person moves their pairs over."""
    twin = make_participant("V. Kolokoltsev")
    build(
        title="Another collegium",
        year=2024,
        city="Moscow",
        body=archive["b1"],
        countries=["RU", "KZ"],
        topics=["terrorism"],
        people=[twin, archive["sadenov"]],
    )
    assert PersonPair.objects.get(person=twin, other=archive["sadenov"]).meetings == 1
    merge_participants(archive["kolokoltsev"], [twin])
    assert (
        PersonPair.objects.get(person=archive["kolokoltsev"], other=archive["sadenov"]).meetings
        == 2
    )
    assert not PersonPair.objects.filter(person=twin.pk).exists()
    assert_in_step()
    archive["m1"].delete()
    assert_in_step()


def test_rebuild_gives_the_same_counts(archive):
    """The full recount the migration and the command run agrees with the trigger's counts."""
    before = stored()
    with connection.cursor() as cursor:
        cursor.execute("SELECT archive_rebuild_meeting_pairs()")
    assert stored() == before
    assert_in_step()


def test_an_import_fills_the_tables(reference_data, tmp_path):
    """Reports imported as published (the importer's COPY) are counted at once."""
    from django.core.management import call_command

    from tests.factories import CHSSS_DUSHANBE, CMVD_BELTA, CMVD_KAZINFORM

    for name, text in (("a", CMVD_KAZINFORM), ("b", CMVD_BELTA), ("c", CHSSS_DUSHANBE)):
        (tmp_path / f"{name}.txt").write_text(text)
    call_command("import_reports", str(tmp_path), "--status", "published", "--quiet")
    assert PersonPair.objects.exists()
    assert_in_step()
