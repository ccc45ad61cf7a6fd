"""The schema keeps the archive's records consistent in the database itself."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from archive.models import (
    Attendance,
    Meeting,
    MeetingCountry,
    MeetingTopic,
    Participant,
    ParticipantNameVariant,
    SourceDocument,
    date_for_precision,
    normalize_name,
    unique_slug,
)
from tests.factories import make_meeting, make_participant, make_topic

pytestmark = pytest.mark.django_db


def rejected(build) -> bool:
    """True when the database refuses what ``build`` writes."""
    try:
        with transaction.atomic():
            build()
    except IntegrityError:
        return True
    return False


def test_duplicate_meeting_slug_is_rejected():
    """Two meetings cannot share a permalink."""
    make_meeting(slug="cis-cmvd-2025")
    assert rejected(lambda: make_meeting(slug="cis-cmvd-2025"))


def test_duplicate_topic_and_participant_slugs_are_rejected():
    """Topic and person permalinks are unique too."""
    make_topic("terrorism")
    assert rejected(lambda: make_topic("terrorism", name="Terrorism again"))
    make_participant("Ali Nagiyev", slug="ali-nagiyev")
    assert rejected(lambda: make_participant("Ali Nagiyev", slug="ali-nagiyev"))


def test_day_precision_without_a_date_is_rejected():
    """'day' precision promises a date."""
    assert rejected(lambda: make_meeting(date_start=None, date_precision="day"))


def test_month_precision_needs_the_first_of_the_month():
    """A month-precise date is stored as the 1st; the 15th would claim a day we do not know."""
    assert rejected(
        lambda: make_meeting(date_start=datetime.date(2024, 10, 15), date_precision="month")
    )
    assert rejected(lambda: make_meeting(date_start=None, date_precision="month"))
    make_meeting(date_start=datetime.date(2024, 10, 1), date_precision="month")


def test_year_precision_needs_the_first_of_january():
    """A year-precise date is stored as 1 January of that year."""
    assert rejected(
        lambda: make_meeting(date_start=datetime.date(2024, 10, 1), date_precision="year")
    )
    assert rejected(lambda: make_meeting(date_start=None, date_precision="year"))
    make_meeting(date_start=datetime.date(2024, 1, 1), date_precision="year")


def test_unknown_precision_stores_no_date():
    """An unknown date is null, not a guess."""
    assert rejected(
        lambda: make_meeting(date_start=datetime.date(2024, 1, 1), date_precision="unknown")
    )
    meeting = make_meeting(date_start=None, date_precision="unknown")
    meeting.refresh_from_db()
    assert meeting.year is None
    assert meeting.date_display == "date unknown"


def test_end_date_cannot_precede_start():
    """A range runs forwards."""
    assert rejected(
        lambda: make_meeting(
            date_start=datetime.date(2024, 10, 4), date_end=datetime.date(2024, 10, 3)
        )
    )


def test_status_and_precision_come_from_fixed_sets():
    """Statuses and precisions outside their choices never reach the table."""
    assert rejected(lambda: make_meeting(status="archived"))
    assert rejected(lambda: make_meeting(date_precision="week"))


def test_confidence_stays_between_zero_and_one():
    """Confidence is a probability-like score."""
    assert rejected(lambda: make_meeting(confidence=1.5))


def test_year_is_generated_from_the_start_date():
    """The year facet comes from a generated column."""
    meeting = make_meeting(date_start=datetime.date(2019, 3, 1), date_precision="month")
    meeting.refresh_from_db()
    assert meeting.year == 2019
    assert Meeting.objects.filter(year=2019).count() == 1


def test_one_attendance_per_meeting_and_person():
    """A person is at a meeting once, whatever the number of reports."""
    meeting, person = make_meeting(), make_participant()
    Attendance.objects.create(meeting=meeting, participant=person, name_as_written="M. Tulebayev")
    assert rejected(
        lambda: Attendance.objects.create(
            meeting=meeting, participant=person, name_as_written="Marat Tulebayev"
        )
    )


def test_unresolved_names_may_differ_but_not_repeat():
    """Unresolved attendances are allowed, each name once per meeting."""
    meeting = make_meeting()
    Attendance.objects.create(meeting=meeting, name_as_written="A. Person")
    Attendance.objects.create(meeting=meeting, name_as_written="B. Person")
    assert rejected(lambda: Attendance.objects.create(meeting=meeting, name_as_written="A. Person"))


def test_attendance_role_from_fixed_set():
    """Roles are chair, co-chair, host, speaker or attendee."""
    meeting, person = make_meeting(), make_participant()
    assert rejected(
        lambda: Attendance.objects.create(
            meeting=meeting, participant=person, name_as_written="X", role="guest"
        )
    )


def test_country_link_once_and_host_must_take_part(reference_data):
    """A country is linked once per meeting; a host cannot be 'mentioned only'."""
    from archive.models import Country

    meeting, kz = make_meeting(), Country.objects.get(code="KZ")
    MeetingCountry.objects.create(meeting=meeting, country=kz, is_host=True)
    assert rejected(lambda: MeetingCountry.objects.create(meeting=meeting, country=kz))
    af = Country.objects.get(code="AF")
    assert rejected(
        lambda: MeetingCountry.objects.create(
            meeting=meeting, country=af, kind="mentioned", is_host=True
        )
    )


def test_source_sha256_is_unique_and_hex():
    """The same report text is stored once; the digest is 64 hex digits."""
    meeting = make_meeting()
    digest = "a" * 64
    SourceDocument.objects.create(meeting=meeting, sha256=digest, raw_text="x", cleaned_text="x")
    assert rejected(
        lambda: SourceDocument.objects.create(
            meeting=meeting, sha256=digest, raw_text="y", cleaned_text="y"
        )
    )
    assert rejected(
        lambda: SourceDocument.objects.create(
            meeting=meeting, sha256="not-a-digest", raw_text="y", cleaned_text="y"
        )
    )


def test_name_variants_are_normalised_and_unique_per_person():
    """Spellings are stored once per person, matched without case or accents."""
    person = make_participant("Yerzhan Sadenov")
    person.add_variant("Erjan Sadenov")
    person.add_variant("ERJAN  SADENOV")
    assert person.name_variants.count() == 1
    assert ParticipantNameVariant.objects.get().normalized == "erjan sadenov"
    # Namesakes: another person may carry the same spelling.
    other = make_participant("Erjan Sadenov")
    other.add_variant("Erjan Sadenov")
    assert ParticipantNameVariant.objects.filter(normalized="erjan sadenov").count() == 2


def test_normalize_name_folds_case_accents_and_punctuation():
    """Matching keys ignore what transliteration and typography change."""
    assert normalize_name("  Yerzhán   SADENOV ") == "yerzhan sadenov"
    assert normalize_name("O'Neil-Smith, J.") == "o neil smith j"


def test_unique_slug_appends_a_counter():
    """A second person of the same name gets -2, not an error."""
    make_participant("Ali Nagiyev", slug="ali-nagiyev")
    assert unique_slug(Participant, "Ali Nagiyev") == "ali-nagiyev-2"
    assert unique_slug(Participant, "Rashid Nurgaliev") == "rashid-nurgaliev"


def test_a_slug_keeps_the_words_of_a_cyrillic_title_in_latin_letters():
    """A Russian headline naming a meeting keeps its words in the address, in the romanisation
    the archive shows names in, rather than leaving a bare date ("2025-11")."""
    from archive.models.base import slug_base

    assert slug_base("2024-03 В Бендерах прошло заседание Объединённой комиссии") == (
        "2024-03-v-benderakh-proshlo-zasedaniye-obyedinyonnoy-komissii"
    )
    assert slug_base("2025-11 Встреча министров II") == "2025-11-vstrecha-ministrov-ii"
    assert slug_base("Ali Nagiyev") == "ali-nagiyev"  # Latin text as before


def test_unique_slugs_for_a_batch_skip_every_taken_form():
    """Repeats in one batch, a taken base, and numbered forms left behind by a deleted
    record: every slug handed out is free, and a longer name sharing the prefix is no clash."""
    from archive.models import unique_slugs

    make_participant("Ali Nagiyev", slug="ali-nagiyev")
    make_participant("Ali Nagiyev", slug="ali-nagiyev-2")
    make_participant("Ali Nagiyeva", slug="ali-nagiyeva")
    make_participant("Ilham Aliyev", slug="ilham-aliyev-2")  # "ilham-aliyev" was deleted
    slugs = unique_slugs(
        Participant, ["Ali Nagiyev", "Ilham Aliyev", "Ilham Aliyev", "Ali Nagiyev", "Ali Nagi"]
    )
    assert slugs == ["ali-nagiyev-3", "ilham-aliyev", "ilham-aliyev-3", "ali-nagiyev-4", "ali-nagi"]


def test_date_display_follows_precision():
    """Dates are shown no more precisely than they are known."""
    assert (
        make_meeting(date_start=datetime.date(2024, 10, 1), date_precision="month").date_display
        == "October 2024"
    )
    assert (
        make_meeting(date_start=datetime.date(2024, 1, 1), date_precision="year").date_display
        == "2024"
    )
    ranged = make_meeting(
        date_start=datetime.date(2025, 8, 23), date_end=datetime.date(2025, 8, 24)
    )
    assert ranged.date_display == "23–24 August 2025"
    assert date_for_precision(datetime.date(2024, 10, 15), "month") == datetime.date(2024, 10, 1)
    assert date_for_precision(datetime.date(2024, 10, 15), "unknown") is None


def test_refresh_facet_keys_copies_linked_ids(reference_data):
    """The denormalised arrays follow the link tables; mentioned countries stay out."""
    from archive.models import Country

    meeting, person, topic = make_meeting(), make_participant(), make_topic("cyber-x")
    ru, af = Country.objects.get(code="RU"), Country.objects.get(code="AF")
    MeetingCountry.objects.create(meeting=meeting, country=ru)
    MeetingCountry.objects.create(meeting=meeting, country=af, kind="mentioned")
    MeetingTopic.objects.create(meeting=meeting, topic=topic)
    Attendance.objects.create(meeting=meeting, participant=person, name_as_written="X")
    Attendance.objects.create(meeting=meeting, name_as_written="Unresolved Person")
    meeting.refresh_facet_keys()
    meeting.refresh_from_db()
    assert meeting.country_ids == [ru.pk]
    assert meeting.topic_ids == [topic.pk]
    assert meeting.participant_ids == [person.pk]
    assert Meeting.objects.filter(country_ids__contains=[ru.pk]).count() == 1
    assert Meeting.objects.filter(country_ids__contains=[af.pk]).count() == 0


def test_refresh_facet_keys_reads_each_link_table_once(reference_data, django_assert_num_queries):
    """Five reads and one write however many rows the meeting links: no query per row."""
    from archive.models import Country

    meeting = make_meeting()
    for code in ("RU", "KZ", "BY", "AM"):
        MeetingCountry.objects.create(meeting=meeting, country=Country.objects.get(code=code))
    for n in range(6):
        person = make_participant(f"Person Number{n}")
        Attendance.objects.create(meeting=meeting, participant=person, name_as_written="X")
    meeting = Meeting.objects.get(pk=meeting.pk)
    with django_assert_num_queries(5):
        meeting.refresh_facet_keys()
    assert len(meeting.participant_ids) == 6 and len(meeting.country_ids) == 4
