"""The reader's filters: office and role held for a country, people representing the chosen
countries, exactly these countries, and date ranges that match by overlap — on the page, the
API, the CSV export and the feed alike."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from archive.models import Attendance, Meeting, MeetingCountry
from tests.factories import country, make_meeting, make_participant
from tests.helpers import change_form_data

pytestmark = pytest.mark.django_db


def meeting_of(countries: list[str], people=(), **fields) -> Meeting:
    """A published meeting of ``countries`` with ``people``: (person, title, country code,
    role) each, as the importer leaves it (office read from the title, facet keys set)."""
    from archive.extraction.offices import office_of_title

    meeting = make_meeting(**fields)
    for code in countries:
        MeetingCountry.objects.create(meeting=meeting, country=country(code))
    for person, title, code, role in people:
        Attendance.objects.create(
            meeting=meeting,
            participant=person,
            name_as_written=person.name,
            title=title,
            office=office_of_title(title),
            country=country(code) if code else None,
            role=role,
        )
    meeting.refresh_facet_keys()
    return meeting


@pytest.fixture
def ministers(reference_data):
    """Kazakhstan's interior minister at two meetings (chairing one), its deputy minister at a
    third, Russia's and Belarus's people beside them."""
    sadenov = make_participant("Yerzhan Sadenov")
    deputy = make_participant("Marat Kozhayev")
    kolokoltsev = make_participant("Vladimir Kolokoltsev")
    kubrakov = make_participant("Ivan Kubrakov")
    tertel = make_participant("Ivan Tertel")
    for person in (sadenov, deputy, kolokoltsev, kubrakov, tertel):
        person.add_variant(person.name)
    minister = "Minister of Internal Affairs of Kazakhstan"
    bilateral = meeting_of(
        ["RU", "KZ"],
        [
            (sadenov, minister, "KZ", "chair"),
            (kolokoltsev, "Russian Interior Minister", "RU", "attendee"),
        ],
        title="Joint collegium",
        date_start=datetime.date(2024, 5, 30),
        date_end=datetime.date(2024, 6, 1),
    )
    council = meeting_of(
        ["RU", "KZ", "BY"],
        [
            (sadenov, "министр внутренних дел Республики Казахстан", "KZ", "attendee"),
            (kolokoltsev, "Interior Minister of Russia", "RU", "chair"),
            (kubrakov, "Minister of Internal Affairs of Belarus", "BY", "speaker"),
            (tertel, "Chairman of the State Security Committee of Belarus", "BY", "attendee"),
        ],
        title="Council of interior ministers",
        date_start=datetime.date(2024, 6, 10),
    )
    deputies = meeting_of(
        ["RU", "KZ"],
        [(deputy, "Deputy Minister of Internal Affairs of Kazakhstan", "KZ", "attendee")],
        title="Working group of deputies",
        date_start=datetime.date(2024, 5, 1),
        date_precision=Meeting.DatePrecision.MONTH,
    )
    return {
        "bilateral": bilateral,
        "council": council,
        "deputies": deputies,
        "sadenov": sadenov,
        "kolokoltsev": kolokoltsev,
        "kubrakov": kubrakov,
        "tertel": tertel,
    }


def titles(client, query: str) -> set[str]:
    response = client.get("/api/meetings/" + query)
    assert response.status_code == 200, response.content
    return {m["title"] for m in response.json()["results"]}


def facet(client, query: str, name: str) -> dict[str, tuple[str, int]]:
    data = client.get("/api/meetings/" + query).json()
    return {v["value"]: (v["label"], v["count"]) for v in data["facets"][name]}


# --- Office and role ------------------------------------------------------------------------


def test_an_office_held_for_a_country_finds_its_meetings_and_not_its_deputies(client, ministers):
    """office=interior-minister.KZ finds the minister's meetings (English and Russian titles),
    not the deputy minister's, and not Russia's minister's alone."""
    assert titles(client, "?office=interior-minister.KZ") == {
        "Joint collegium",
        "Council of interior ministers",
    }
    assert titles(client, "?office=deputy-interior-minister.kz") == {"Working group of deputies"}
    assert titles(client, "?office=security-service-head.BY") == {"Council of interior ministers"}


def test_the_office_facet_names_office_and_country_and_its_counts_match_its_links(
    client, ministers
):
    """Each Office value reads "Interior minister · Kazakhstan" and its count is the number of
    meetings its link finds."""
    values = facet(client, "?", "office")
    assert values["interior-minister.KZ"] == ("Interior minister · Kazakhstan", 2)
    assert values["deputy-interior-minister.KZ"] == ("Deputy interior minister · Kazakhstan", 1)
    for value, (_, count) in values.items():
        assert len(titles(client, f"?office={value}")) == count, value


def test_role_held_for_a_country(client, ministers):
    """role=chair.KZ: the meetings Kazakhstan's representative chaired."""
    assert titles(client, "?role=chair.KZ") == {"Joint collegium"}
    assert titles(client, "?role=chair.RU&office=interior-minister.KZ") == {
        "Council of interior ministers"
    }
    assert facet(client, "?office=interior-minister.KZ", "role")["chair.KZ"] == (
        "Chair · Kazakhstan",
        1,
    )


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?office=minister.KZ", "Unknown office: minister.KZ"),
        ("?office=other.KZ", "Unknown office: other.KZ"),
        ("?office=interior-minister.XX", "Unknown country code in office: XX"),
        ("?role=boss.KZ", "Unknown role: boss.KZ"),
        ("?role=attendee.KZ", "Unknown role: attendee.KZ"),  # the country's presence
        ("?countries=some", "countries"),
        ("?people=nobody", "people"),
    ],
)
def test_bad_office_role_and_switch_values_are_refused_with_a_message(
    client, ministers, query, message
):
    """A value we cannot honour is a 400 saying which, on the page and in the API."""
    page = client.get("/" + query)
    assert page.status_code == 400 and message in page.content.decode()
    api = client.get("/api/meetings/" + query)
    assert api.status_code == 400 and message in api.json()["error"]


def test_the_meeting_page_links_each_office_to_its_other_meetings(client, ministers):
    """ "Meetings of Kazakhstan’s interior minister", one click from the participant list."""
    content = client.get(ministers["council"].get_absolute_url()).content.decode()
    assert '<a href="/?office=interior-minister.KZ" class="office-link">' in content
    assert "Meetings of Kazakhstan’s interior minister" in content
    assert "Meetings of Belarus’s head of security service" in content


def test_csv_and_feed_take_the_office_filter(client, ministers):
    """The export and the feed honour the same parameters."""
    csv = client.get("/export.csv?office=deputy-interior-minister.KZ")
    body = b"".join(csv.streaming_content).decode() if csv.streaming else csv.content.decode()
    assert "Working group of deputies" in body and "Joint collegium" not in body
    feed = client.get("/feed/?office=deputy-interior-minister.KZ").content.decode()
    assert "Working group of deputies" in feed and "Joint collegium" not in feed


# --- People representing the chosen countries ----------------------------------------------


def test_with_a_country_chosen_the_person_facet_lists_its_representatives(client, ministers):
    """country=BY: only Belarus's people, and the page says so and offers everyone;
    people=all lists everyone at the meetings."""
    scoped = facet(client, "?country=BY", "participant")
    assert {label for label, _ in scoped.values()} == {"Ivan Kubrakov", "Ivan Tertel"}
    everyone = facet(client, "?country=BY&people=all", "participant")
    assert {label for label, _ in everyone.values()} == {
        "Ivan Kubrakov",
        "Ivan Tertel",
        "Yerzhan Sadenov",
        "Vladimir Kolokoltsev",
    }
    content = client.get("/?country=BY").content.decode()
    assert "People who represented Belarus at these meetings." in content
    assert "/?country=BY&amp;people=all" in content


def test_with_a_country_chosen_the_office_facet_lists_offices_held_for_it(client, ministers):
    """country=BY: the offices Belarus's people held, counted by the meetings at which they
    held them, in the API and on the page; people=all lists every office at the meetings."""
    scoped = facet(client, "?country=BY", "office")
    assert scoped == {
        "interior-minister.BY": ("Interior minister · Belarus", 1),
        "security-service-head.BY": ("Head of security service · Belarus", 1),
    }
    everyone = facet(client, "?country=BY&people=all", "office")
    assert {"interior-minister.RU", "interior-minister.KZ"} <= everyone.keys()
    assert scoped.items() <= everyone.items()
    page = client.get("/?country=BY").content.decode()
    office_facet = page.split('id="facet-office"', 1)[1].split("</section>", 1)[0]
    assert "Interior minister · Belarus" in office_facet
    assert "Interior minister · Russia" not in office_facet
    assert "Offices held for Belarus at these meetings." in office_facet


def test_with_a_country_chosen_the_role_facet_lists_roles_held_for_it(client, ministers):
    """country=BY: the roles Belarus's people had (Kubrakov spoke at the council, which Russia's
    minister chaired); people=all lists every role at the meetings."""
    scoped = facet(client, "?country=BY", "role")
    assert scoped == {"speaker.BY": ("Speaker · Belarus", 1)}
    everyone = facet(client, "?country=BY&people=all", "role")
    assert "chair.RU" in everyone
    assert scoped.items() <= everyone.items()
    page = client.get("/?country=BY").content.decode()
    role_facet = page.split('id="facet-role"', 1)[1].split("</section>", 1)[0]
    assert "Roles held for Belarus at these meetings." in role_facet
    assert "Chair · Russia" not in role_facet


# --- Exactly these countries ---------------------------------------------------------------


def test_only_these_countries_finds_the_bilateral_meetings(client, ministers):
    """RU+KZ: at least them gives all three meetings; only them, the two without Belarus."""
    assert len(titles(client, "?country=RU&country=KZ")) == 3
    assert titles(client, "?country=RU&country=KZ&countries=exact") == {
        "Joint collegium",
        "Working group of deputies",
    }
    assert titles(client, "?country=KZ&countries=exact") == set()
    content = client.get("/?country=RU&country=KZ").content.decode()
    assert "countries=exact" in content  # the switch, one click away
    chip = client.get("/?country=RU&country=KZ&countries=exact").content.decode()
    assert "only these" in chip


def test_only_these_countries_and_a_kind_of_body_are_counted_in_the_facet_index(client, ministers):
    """Only these countries and a kind of body narrow in the facet index, as the facets do:
    no statement fetches the ids of their meetings from PostgreSQL (at a million meetings,
    a second for RU+KZ), and the counts are those of the page's own meetings."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/")  # the facet index loads
    for query in ("?country=RU&country=KZ&countries=exact", "?body_type=bilateral"):
        with CaptureQueriesContext(connection) as queries:
            found = client.get("/api/meetings/" + query).json()
        assert not [q["sql"] for q in queries.captured_queries if "int8send" in q["sql"]], query
        assert found["count"] == len(found["results"]), query
    assert len(titles(client, "?country=RU&country=KZ&countries=exact")) == 2


# --- Date ranges overlap meetings -----------------------------------------------------------


def test_a_date_range_finds_the_meetings_that_overlap_it(client, ministers):
    """30 May–1 June is in June; a meeting known only as "May 2024" is in the last week of
    May; a range after a meeting's last day does not find it."""
    june = titles(client, "?date_from=2024-06-01&date_to=2024-06-30")
    assert june == {"Joint collegium", "Council of interior ministers"}
    late_may = titles(client, "?date_from=2024-05-25&date_to=2024-05-31")
    assert late_may == {"Joint collegium", "Working group of deputies"}
    assert titles(client, "?date_from=2024-06-02&date_to=2024-06-09") == set()


# --- Import and editing ----------------------------------------------------------------------


def test_the_importer_reads_each_title_into_an_office(reference_data):
    """A report's "Minister of Internal Affairs of Kazakhstan" is stored as the interior
    minister's office, and the meeting's office keys carry it with the country."""
    from archive.ingest.importer import ReportImporter
    from archive.ingest.reading import Report
    from tests.factories import CMVD_KAZINFORM

    outcome = ReportImporter().import_report(Report(name="kazinform.txt", text=CMVD_KAZINFORM))
    meeting = Meeting.objects.get(pk=outcome.meeting_id)
    offices = dict(meeting.attendances.values_list("name_as_written", "office"))
    assert offices == {
        "Yerzhan Sadenov": "interior-minister",
        "Vladimir Kolokoltsev": "interior-minister",
        "Ivan Kubrakov": "other",  # the extractor finds no title for him in this report
    }
    kz = country("KZ").pk
    assert f"interior-minister.{kz}" in meeting.office_keys
    assert f"chair.{kz}" in meeting.role_keys


def test_an_editor_corrects_the_office_and_a_corrected_title_is_read_again(admin_client, ministers):
    """In the attendance inline: a new title re-reads the office; a chosen office stands; the
    meeting's facet keys follow."""
    meeting = ministers["deputies"]
    url = reverse("admin:archive_meeting_change", args=[meeting.pk])
    data = change_form_data(admin_client.get(url))
    data["attendances-0-title"] = "First Deputy Interior Minister of Kazakhstan"
    data["attendances-0-office"] = "interior-minister"
    assert admin_client.post(url, data).status_code == 302
    attendance = meeting.attendances.get()
    assert attendance.office == "interior-minister" and attendance.is_curated("office")
    meeting.refresh_from_db()
    assert f"interior-minister.{country('KZ').pk}" in meeting.office_keys

    data = change_form_data(admin_client.get(url))
    data["attendances-0-title"] = "Head of the Border Service of Kazakhstan"
    assert admin_client.post(url, data).status_code == 302
    attendance.refresh_from_db()
    assert attendance.office == "border-service-head"


# --- Paging past the end -----------------------------------------------------------------------


def test_a_page_past_the_end_shows_the_last_page_and_says_so(client, ministers):
    """?page=99 of a three-meeting search: the last page (1), with a note; the API says which
    page it answers."""
    response = client.get("/?page=99")
    assert response.status_code == 200
    content = response.content.decode()
    assert "There is no page 99" in content and "this is the last" in content
    assert "Joint collegium" in content
    data = client.get("/api/meetings/?page=99").json()
    assert data["page"] == 1 and len(data["results"]) == 3 and data["previous"] is None


# --- Similar names only for name-like searches -------------------------------------------------


def test_a_place_is_not_widened_to_people_with_similar_names(client, reference_data):
    """ "Baku" finds the meetings that name Baku, not those of Bakyt or Bakirov; a name-like
    search is widened and says which names it added."""
    from tests.factories import build

    bakyt = make_participant("Bakyt Asanov")
    bakyt.add_variant("Bakyt Asanov")
    bakirov = make_participant("Baku Bakirov")  # the word as a given name: an exact match
    bakirov.add_variant("Baku Bakirov")
    build(title="Session in Baku", year=2024, city="Baku", body=None, countries=["AZ"], topics=[])
    build(
        title="Talks in Bishkek",
        year=2024,
        city="Bishkek",
        body=None,
        countries=["KG"],
        topics=[],
        people=[bakyt],
    )
    assert titles(client, "?q=Baku") == {"Session in Baku"}
    assert "Also matching names like" not in client.get("/?q=Baku").content.decode()
    assert titles(client, "?q=Bakit+Asanov") == {"Talks in Bishkek"}
    content = client.get("/?q=Bakit+Asanov").content.decode()
    assert "Also matching names like “Bakit Asanov”" in content and "Bakyt Asanov" in content


def test_a_city_set_by_an_edit_is_a_place_in_the_next_search(client, reference_data):
    """The cities a search checks its words against are every meeting's as they are now: a
    city an editor sets stops the next search from naming people like it, and changing it back
    lets it name them again."""
    from tests.factories import build

    bakyt = make_participant("Bakyt Asanov")
    bakyt.add_variant("Bakyt Asanov")
    build(
        title="Talks in Bishkek",
        year=2024,
        city="Bishkek",
        body=None,
        countries=["KG"],
        topics=[],
        people=[bakyt],
    )
    other = build(title="Session", year=2024, city="Osh", body=None, countries=["KG"], topics=[])
    named = "The person named “Asanov”"
    assert named in client.get("/?q=Asanov").content.decode()
    other.city = "Asanov"
    other.save()
    assert named not in client.get("/?q=Asanov").content.decode()
    other.city = "Osh"
    other.save()
    assert named in client.get("/?q=Asanov").content.decode()


# --- Finding people ----------------------------------------------------------------------------


@pytest.fixture
def namesakes(ministers):
    """Two Ivans: Kubrakov at one meeting, Tertel at three, the last as a deputy's office."""
    tertel = ministers["tertel"]
    for day in (1, 2):
        meeting_of(
            ["BY"],
            [(tertel, "Chairman of the State Security Committee of Belarus", "BY", "attendee")],
            date_start=datetime.date(2023, 3, day),
        )
    return ministers


def test_name_suggestions_rank_people_by_meetings_with_country_and_latest_office(client, namesakes):
    """/api/suggest/: the most-seen Ivan first, with the country and office of his latest
    meeting; /api/people/ answers the same for the Person facet's finder."""
    people = [
        r for r in client.get("/api/suggest/?q=ivan").json()["results"] if r["kind"] == "person"
    ]
    assert [p["label"] for p in people] == ["Ivan Tertel", "Ivan Kubrakov"]
    assert people[0]["detail"] == "Belarus · Head of security service · 3 meetings"
    assert people[1]["detail"] == "Belarus · Interior minister · 1 meeting"
    found = client.get("/api/people/?q=ivan").json()["results"]
    assert [(p["slug"], p["meetings"]) for p in found] == [
        (namesakes["tertel"].slug, 3),
        (namesakes["kubrakov"].slug, 1),
    ]


def test_name_suggestions_count_in_the_facet_index_and_read_the_latest_year_only(client, namesakes):
    """The finder's meetings per person come from the facet index, and the latest office
    from the person's attendances at the meetings of their latest year: no statement counts
    attendances (at a million meetings, the busiest people's records take seconds)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/")  # the facet index loads
    with CaptureQueriesContext(connection) as queries:
        found = client.get("/api/people/?q=ivan").json()["results"]
    assert [(p["meetings"], p["office"]) for p in found] == [
        (3, "Head of security service"),
        (1, "Interior minister"),
    ]
    reads = [q["sql"] for q in queries.captured_queries if '"archive_attendance"' in q["sql"]]
    assert not [sql for sql in reads if "COUNT(" in sql]
    latest = [sql for sql in reads if "DISTINCT ON" in sql]
    assert len(latest) == 1 and '"archive_attendance"."meeting_id" IN (' in latest[0]


def test_the_person_facet_finds_anyone_without_javascript(client, namesakes):
    """?person=ivan on a search lists every Ivan, each linking to the search with them added,
    whether or not the facet's loaded values hold them."""
    response = client.get("/", {"country": "RU", "person": "ivan"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Find anyone by name" in content
    link = f'href="/?country=RU&amp;participant={namesakes["tertel"].slug}"'
    assert link in content
    assert "person=" not in content.split('class="facets"')[0]  # no search link keeps it
    assert "No one’s name starts with “zzz”" in client.get("/", {"person": "zzz"}).content.decode()
