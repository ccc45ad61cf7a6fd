"""Editors' change lists at scale: search reads the full-text and trigram
indexes, filter choices come from index probes, long lists show an estimated count, counts
per row stay correct, and a list costs a bounded number of queries."""

import datetime
import hashlib

import pytest
from django.urls import reverse
from django.utils import timezone

import archive.admin
from archive.models import (
    Attendance,
    FacetSnapshot,
    MeetingCountry,
    ParticipantNameVariant,
    SourceDocument,
    Topic,
)
from tests.factories import country, make_meeting, make_organization, make_participant

pytestmark = pytest.mark.django_db

MEETINGS = reverse("admin:archive_meeting_changelist")


def listed(admin_client, url, **params):
    response = admin_client.get(url, params)
    assert response.status_code == 200
    return response


def titles(admin_client, **params):
    response = listed(admin_client, MEETINGS, **params)
    return {m.title for m in response.context["cl"].result_list}


def attend(meeting, person, name=None):
    return Attendance.objects.create(
        meeting=meeting, participant=person, name_as_written=name or person.name
    )


def report(meeting, text, **fields):
    digest = hashlib.sha256(text.encode()).hexdigest()
    return SourceDocument.objects.create(
        meeting=meeting, sha256=digest, raw_text=text, cleaned_text=text, **fields
    )


def test_meeting_search_finds_words_and_the_exact_slug(reference_data, admin_client):
    """A word of the title (any form of it), of the body's name, or the whole slug."""
    cmvd = make_organization("cmvd", name="Council of Interior Ministers", acronym="CMVD")
    minsk = make_meeting(title="Interior ministers meet in Minsk", slug="2024-ministers-minsk")
    other = make_meeting(title="Security chiefs gather in Astana", slug="2024-chiefs", body=cmvd)
    other.refresh_search_document()
    assert titles(admin_client, q="Minsk") == {minsk.title}
    assert titles(admin_client, q="minsk meeting") == {minsk.title}  # "meet" / "meeting"
    assert titles(admin_client, q="2024-ministers-minsk") == {minsk.title}
    assert titles(admin_client, q="2024-Chiefs") == {other.title}
    assert titles(admin_client, q="CMVD") == {other.title}
    assert titles(admin_client, q="Tashkent") == set()
    assert titles(admin_client, q="   ") == {minsk.title, other.title}


def test_meeting_filter_choices_list_what_is_used(reference_data, admin_client):
    """Countries taking part (not only mentioned), convening bodies and years with
    meetings; each filter still filters."""
    ru, kz, by = country("RU"), country("KZ"), country("BY")
    body = make_organization("csto", name="CSTO Council")
    make_organization("unused", name="Unused Organization")
    a = make_meeting(title="Alpha", body=body, date_start=datetime.date(2021, 3, 1))
    b = make_meeting(title="Beta", date_start=datetime.date(2019, 5, 2))
    MeetingCountry.objects.create(meeting=a, country=ru)
    MeetingCountry.objects.create(meeting=b, country=kz)
    MeetingCountry.objects.create(meeting=b, country=by, kind=MeetingCountry.Kind.MENTIONED)
    for m in (a, b):
        m.refresh_facet_keys()
    response = listed(admin_client, MEETINGS)
    choices = {
        spec.title: [c["display"] for c in spec.choices(response.context["cl"])][1:]
        for spec in response.context["cl"].filter_specs
    }
    assert choices["country taking part"] == ["Kazakhstan", "Russia"]
    assert choices["convening body"][0] == "CSTO Council"
    assert "Unused Organization" not in choices["convening body"]
    assert choices["year"] == ["2021", "2019"]
    assert titles(admin_client, body__id__exact=body.pk) == {"Alpha"}
    assert titles(admin_client, year=2019) == {"Beta"}
    assert titles(admin_client, country=kz.pk) == {"Beta"}
    assert titles(admin_client, country=by.pk) == set()


def test_long_lists_show_an_estimated_count_and_say_so(reference_data, admin_client, monkeypatch):
    """Above the exact-count limit the page says "about" and that it is an estimate."""
    for n in range(4):
        make_meeting(title=f"Counted {n}")
    content = listed(admin_client, MEETINGS).content.decode()
    assert "4 meetings" in content and "estimated" not in content
    monkeypatch.setattr(archive.admin.lists, "EXACT_COUNT_UP_TO", 2)
    response = listed(admin_client, MEETINGS)
    content = response.content.decode()
    assert response.context["cl"].paginator.estimated
    assert 'class="estimated-count"' in content and "about " in content
    assert "(estimated: lists this long are not counted exactly" in content
    assert len(response.context["cl"].result_list) == 4  # the rows themselves are all there


def test_meeting_list_costs_a_bounded_number_of_queries(
    reference_data, admin_client, django_assert_max_num_queries
):
    """Filters, count and rows: the same few statements however many meetings."""
    for n in range(30):
        meeting = make_meeting(title=f"Meeting {n}", body=make_organization(f"body-{n}"))
        attend(meeting, make_participant(f"Person {n}"))
    with django_assert_max_num_queries(14):
        listed(admin_client, MEETINGS)
    with django_assert_max_num_queries(14):
        listed(admin_client, MEETINGS, q="Meeting", year=2024)


def test_people_search_reads_names_spellings_slug_and_title(reference_data, admin_client):
    url = reverse("admin:archive_participant_changelist")
    sadenov = make_participant("Yerzhan Sadenov", title="Deputy Minister")
    ParticipantNameVariant(participant=sadenov, name="Erjan Sadenoff").fill_keys().save()
    make_participant("Marat Tulebayev")

    def names(q):
        return {p.name for p in listed(admin_client, url, q=q).context["cl"].result_list}

    assert names("sadenov") == {"Yerzhan Sadenov"}
    assert names("Sadenoff") == {"Yerzhan Sadenov"}  # a spelling only
    assert names(sadenov.slug) == {"Yerzhan Sadenov"}
    assert names("deputy") == {"Yerzhan Sadenov"}
    assert names("a.b") == set()  # searched literally, not as a pattern


def test_people_sort_by_meetings_live_and_from_the_snapshot(reference_data, admin_client):
    """Counts shown are live; the order by meetings reads the snapshot where it has the
    person and counts live otherwise."""
    url = reverse("admin:archive_participant_changelist")
    few, many = make_participant("Few Meetings"), make_participant("Many Meetings")
    for n in range(3):
        meeting = make_meeting()
        attend(meeting, many)
        if n == 0:
            attend(meeting, few)

    def by_count():
        rows = listed(admin_client, url, o="-4").context["cl"].result_list
        return [(p.name, p.n_attendances) for p in rows]

    assert by_count() == [("Many Meetings", 3), ("Few Meetings", 1)]
    FacetSnapshot.objects.create(
        audience="staff",
        total=3,
        rows=[],
        counts={"participant": {str(few.pk): 50, str(many.pk): 3}},
        computed_at=timezone.now(),
    )
    assert by_count() == [("Few Meetings", 1), ("Many Meetings", 3)]


def test_attendance_search_by_person_name_as_written_and_meeting_title(
    reference_data, admin_client
):
    url = reverse("admin:archive_attendance_changelist")
    person = make_participant("Vladimir Kolokoltsev")
    meeting = make_meeting(title="Collegium in Dushanbe")
    by_person = attend(meeting, person, name="V. Kolokoltzev")
    unresolved = Attendance.objects.create(meeting=meeting, name_as_written="Ramazan Sadykov")
    elsewhere = Attendance.objects.create(
        meeting=make_meeting(title="Other meeting"), name_as_written="Ivan Petrov"
    )
    meeting.refresh_search_document()
    elsewhere.meeting.refresh_search_document()

    def found(q):
        return set(listed(admin_client, url, q=q).context["cl"].result_list)

    assert found("Kolokoltsev") == {by_person}
    assert found("Sadykov") == {unresolved}
    assert found("Dushanbe") == {by_person, unresolved}
    assert found("Petrov") == {elsewhere}


def test_report_search_by_words_hash_prefix_and_id(reference_data, admin_client):
    url = reverse("admin:archive_sourcedocument_changelist")
    first, second = make_meeting(), make_meeting()
    almaty = report(first, "The ministers met in Almaty to discuss drug trafficking.")
    other = report(second, "A quiet session about border guards.", title="Border report")
    for m in (first, second):
        m.refresh_search_document()

    def found(q):
        return set(listed(admin_client, url, q=q).context["cl"].result_list)

    assert found("Almaty") == {almaty}
    assert found("border") == {other}
    assert found(almaty.sha256[:10].upper()) == {almaty}
    assert found(str(other.pk)) == {other}


def test_topic_list_counts_from_the_snapshot_or_live(reference_data, admin_client):
    url = reverse("admin:archive_topic_changelist")
    terrorism = Topic.objects.get(slug="terrorism")
    make_meeting().topic_links.create(topic=terrorism)

    def counts():
        rows = listed(admin_client, url).context["cl"].result_list
        return {t.slug: t.n_meetings for t in rows}

    assert counts()["terrorism"] == 1
    FacetSnapshot.objects.create(
        audience="staff",
        total=1,
        rows=[],
        counts={"topic": {str(terrorism.pk): 40}},
        computed_at=timezone.now(),
    )
    assert counts()["terrorism"] == 40


def test_lists_do_not_fetch_report_texts(reference_data, admin_client):
    """The reports list reads neither the reports' texts nor the meetings' search
    documents; the change form still shows the report."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    source = report(make_meeting(), "Full text of a long report about Bishkek.")
    with CaptureQueriesContext(connection) as queries:
        listed(admin_client, reverse("admin:archive_sourcedocument_changelist"))
    rows = [q["sql"] for q in queries if 'FROM "archive_sourcedocument"' in q["sql"]]
    assert rows and not any("raw_text" in sql or "search_text" in sql for sql in rows)
    change = reverse("admin:archive_sourcedocument_change", args=[source.pk])
    assert b"Bishkek" in listed(admin_client, change).content


def test_history_lists_newest_first_and_filters_by_date_range(reference_data, admin_client):
    """The admin history has no date_hierarchy (it read the whole log): newest first, and
    a "past 7 days"-style range filter."""
    meeting = make_meeting(status="needs_review")
    url = reverse("admin:archive_meeting_changelist")
    for action in ("publish", "unpublish"):
        admin_client.post(
            url, {"action": action, "_selected_action": [meeting.pk], "confirm": "all"}
        )
    history = reverse("admin:admin_logentry_changelist")
    since = (timezone.now() - datetime.timedelta(days=7)).isoformat()
    response = listed(admin_client, history, action_time__gte=since)
    messages = [entry.change_message for entry in response.context["cl"].result_list]
    assert len(messages) == 2 and "Draft" in messages[0] and "Published" in messages[1]
    assert response.context["cl"].date_hierarchy is None


def filter_choices(response) -> dict[str, list[str]]:
    """Each filter's choices as shown, without "All"."""
    return {
        spec.title: [c["display"] for c in spec.choices(response.context["cl"])][1:]
        for spec in response.context["cl"].filter_specs
    }


def test_people_country_filter_lists_only_countries_people_are_from(reference_data, admin_client):
    """Not the 249 countries of the reference data: those of some person, and "none"."""
    url = reverse("admin:archive_participant_changelist")
    make_participant("Yerzhan Sadenov", country=country("KZ"))
    make_participant("Vladimir Kolokoltsev", country=country("RU"))
    make_participant("Nobody Known")
    response = listed(admin_client, url)
    assert filter_choices(response)["country"] == ["Kazakhstan", "Russia", "-"]
    rows = listed(admin_client, url, country__id__exact=country("KZ").pk).context["cl"]
    assert [p.name for p in rows.result_list] == ["Yerzhan Sadenov"]


def test_meeting_topic_filter_lists_only_topics_in_use(reference_data, admin_client):
    terrorism, cybercrime = (
        Topic.objects.get(slug="terrorism"),
        Topic.objects.get(slug="cybercrime"),
    )
    meeting = make_meeting()
    meeting.topic_links.create(topic=terrorism)
    meeting.topic_links.create(topic=cybercrime)
    make_meeting().topic_links.create(topic=terrorism)
    assert Topic.objects.count() > 2
    assert filter_choices(listed(admin_client, MEETINGS))["topic"] == ["Cybercrime", "Terrorism"]
