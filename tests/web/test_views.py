"""Detail pages, browse lists, CSV and the Atom feed."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest

from archive.models import Attendance, MeetingTopic, SourceDocument
from tests.factories import build

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_meeting_page_shows_every_fact_and_highlights_evidence(client, archive):
    """Participants with role and title, countries, topics with evidence, marked sources."""
    meeting = archive["m1"]
    source = meeting.sources.get()
    text = source.cleaned_text
    start = text.index("drug routes")
    MeetingTopic.objects.filter(meeting=meeting).update(
        source=source,
        evidence="drug routes",
        evidence_start=start,
        evidence_end=start + len("drug routes"),
    )
    Attendance.objects.filter(meeting=meeting, participant=archive["sadenov"]).update(
        role="chair", title="Minister of Internal Affairs"
    )
    source.url = "https://example.org/report"
    source.save()
    content = client.get(meeting.get_absolute_url()).content.decode()
    for expected in (
        "Yerzhan Sadenov",
        "Chair",
        "Minister of Internal Affairs",
        "Russia",
        "Kazakhstan",
        "Terrorism",
        "<mark>drug routes</mark>",
        'href="https://example.org/report"',
        "Related meetings",
        archive["m2"].title,  # shares Sadenov and terrorism
    ):
        assert expected in content, expected


def test_evidence_highlight_escapes_the_report(client, reference_data):
    """Evidence marks are added to escaped text only."""
    meeting = build(
        title="Hostile",
        year=2024,
        city="",
        body=None,
        countries=[],
        topics=["terrorism"],
        text="<b>bold</b> terror <script>x()</script>",
    )
    source = meeting.sources.get()
    MeetingTopic.objects.filter(meeting=meeting).update(
        source=source, evidence="<b>bold</b> terror", evidence_start=0, evidence_end=18
    )
    content = client.get(meeting.get_absolute_url()).content.decode()
    assert "<mark>&lt;b&gt;bold&lt;/b&gt; terror</mark>" in content
    assert "<script>x()" not in content


def test_only_web_links_to_original_reports(client, archive):
    """A report URL such as javascript:… is not turned into a link."""
    SourceDocument.objects.filter(meeting=archive["m1"]).update(url="javascript:alert(1)")
    content = client.get(archive["m1"].get_absolute_url()).content.decode()
    assert "javascript:alert" not in content and "Original report" not in content
    SourceDocument.objects.filter(meeting=archive["m1"]).update(url="HTTPS://example.org/r")
    assert (
        'href="HTTPS://example.org/r"'
        in client.get(archive["m1"].get_absolute_url()).content.decode()
    )


def test_participant_page_lists_meetings_over_time_roles_and_variants(client, archive):
    """Meetings grouped by year, roles counted, spellings listed."""
    person = archive["sadenov"]
    person.add_variant("Erjan Sadenov")
    content = client.get(person.get_absolute_url()).content.decode()
    assert "Erjan Sadenov" in content
    assert content.index("2023") < content.index("2024")
    assert archive["m1"].title in content and archive["m2"].title in content
    assert "Attendee (2)" in content
    assert "?participant=yerzhan-sadenov" in content


def test_participant_page_counts_everything_but_lists_the_latest(client, archive, monkeypatch):
    """A minister may attend thousands of meetings: the page counts them all (roles, titles in
    the order first held, a bar per year) but lists only the latest few, oldest first."""
    person = archive["sadenov"]
    Attendance.objects.filter(meeting=archive["m1"], participant=person).update(
        title="Deputy Minister"
    )
    Attendance.objects.filter(meeting=archive["m2"], participant=person).update(
        title="Minister", role="chair"
    )
    monkeypatch.setattr("archive.web.pages.PERSON_MEETINGS_SHOWN", 1)
    content = client.get(person.get_absolute_url()).content.decode()
    assert "<dd>2 · " in content and "(latest 1 of 2," in content
    assert archive["m2"].title in content and archive["m1"].title not in content
    assert "Attendee (1), Chair (1)" in content
    offices = content[content.index('id="offices-title"') :]
    assert offices.index(">Deputy Minister</th>") < offices.index(">Minister</th>")
    assert "2023: 1; 2024: 1</desc>" in content
    monkeypatch.setattr("archive.web.pages.PERSON_MEETINGS_SHOWN", 100)
    content = client.get(person.get_absolute_url()).content.decode()
    assert "latest" not in content
    assert content.index(archive["m1"].title) < content.index(archive["m2"].title)


def represent(country, attendances) -> None:
    """The ``attendances`` now represent ``country``, and their meetings' facet keys say so,
    as an editor's change does (archive.editorial.refresh)."""
    from archive.models import Meeting

    meetings = set(attendances.values_list("meeting_id", flat=True))
    attendances.update(country=country)
    for meeting in Meeting.objects.filter(pk__in=meetings):
        meeting.refresh_facet_keys()


def test_country_page_shows_meetings_per_year_and_representatives(client, archive):
    """Kazakhstan: three meetings, a bar per year, who represented it."""
    from archive.models import Country

    kz = Country.objects.get(code="KZ")
    represent(kz, Attendance.objects.filter(participant=archive["sadenov"]))
    content = client.get("/countries/kz/").content.decode()
    assert "3 meetings" in content
    assert content.count('class="chart-bar"') == 3  # 2023, 2024, 2025
    assert 'style="' not in content  # the Content-Security-Policy forbids inline styles
    assert "Yerzhan Sadenov" in content
    assert archive["draft"].title not in content


def test_country_representatives_without_a_snapshot_are_counted_in_the_facet_index(client, archive):
    """With no fresh snapshot (none yet, or a meeting changed since), a country page ranks
    who represented it from the facet index, ties by name: no statement reads the
    attendances, whose number grows with the archive."""
    from django.db import connection
    from django.db.models import Count
    from django.test.utils import CaptureQueriesContext

    from archive.models import Country, Meeting, Participant

    kz = Country.objects.get(code="KZ")
    represent(
        kz, Attendance.objects.filter(participant__in=[archive["sadenov"], archive["kolokoltsev"]])
    )
    expected = list(
        Participant.objects.filter(
            attendances__country=kz, attendances__meeting__status=Meeting.Status.PUBLISHED
        )
        .annotate(n=Count("attendances"))
        .order_by("-n", "name", "pk")
        .values_list("name", flat=True)
    )
    client.get("/countries/kz/")  # the facet index loads
    with CaptureQueriesContext(connection) as queries:
        content = client.get("/countries/kz/").content.decode()
    assert len(expected) == 2
    assert content.index(expected[0]) < content.index(expected[1])
    assert not [q["sql"] for q in queries.captured_queries if "archive_attendance" in q["sql"]]


def test_topic_page_charts_meetings_per_year(client, archive):
    """Terrorism: 2023, 2024 and 2025 one each (the draft is not counted)."""
    content = client.get("/topics/terrorism/").content.decode()
    assert "3 meetings" in content
    assert "2023: 1; 2024: 1; 2025: 1</desc>" in content


def test_organization_page_counts_convened_meetings(client, archive):
    """A convening body lists its meetings and links to the search filtered by it."""
    content = client.get(archive["b1"].get_absolute_url()).content.decode()
    assert "2 meetings, 2 convened by this body" in content
    assert "?body=council-of-interior-ministers" in content


def test_browse_lists(client, archive):
    """People A–Z by letter, countries, topics and bodies with counts."""
    people = client.get("/people/?letter=Y").content.decode()
    assert "Yerzhan Sadenov" in people and "Vladimir Kolokoltsev" not in people
    assert "Vladimir Kolokoltsev" in client.get("/people/?letter=v").content.decode()
    assert client.get("/people/?letter=%21").status_code == 400
    countries = client.get("/countries/").content.decode()
    assert "Russia" in countries and "3 meetings" in countries and "France" not in countries
    topics = client.get("/topics/").content.decode()
    assert "Terrorism" in topics and "3 meetings" in topics
    bodies = client.get("/organizations/").content.decode()
    assert "Testland Council of Ministers" in bodies


def test_browse_lists_count_in_the_facet_index(client, archive):
    """The browse lists count from the facet index: once it is in step no query reads the
    meetings, and a snapshot refresh changes nothing they show."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from archive.search.snapshot_refresh import refresh_facet_snapshots

    pages = ["/people/?letter=Y", "/people/?letter=v", "/countries/", "/topics/"]
    pages.append("/organizations/")
    before = [client.get(page).content.decode() for page in pages]
    refresh_facet_snapshots()
    with CaptureQueriesContext(connection) as queries:
        after = [client.get(page).content.decode() for page in pages]
    assert after == before
    assert not [q for q in queries.captured_queries if '"archive_meeting"' in q["sql"]]


def test_entity_pages_read_the_same_figures_from_the_snapshot(client, admin_client, archive):
    """Once refresh_facet_counts has run, country, topic and organization pages show exactly
    what counting live showed, to readers and to staff, without counting meetings: totals
    (an undated meeting included), bars per year, meetings convened, representatives."""
    from django.contrib.auth.models import AnonymousUser, User
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from archive.models import Country, Meeting
    from archive.search.membership import YEARS_ON_BODY_PAGE, body_membership
    from archive.search.series import body_series
    from archive.search.snapshot_refresh import refresh_facet_snapshots

    kz = Country.objects.get(code="KZ")
    represent(
        kz, Attendance.objects.filter(participant__in=[archive["sadenov"], archive["kolokoltsev"]])
    )
    undated = build(
        title="Undated meeting of the anti-terrorism centre",
        year=2020,
        city="",
        body=archive["atc"],
        countries=["KZ"],
        topics=["terrorism"],
        people=[archive["kolokoltsev"]],
    )
    Meeting.objects.filter(pk=undated.pk).update(date_start=None, date_precision="unknown")
    represent(kz, Attendance.objects.filter(meeting=undated))
    pages = ["/countries/kz/", "/countries/ru/", "/countries/by/", "/countries/fr/"]
    pages += ["/topics/terrorism/", "/topics/cybercrime/", "/topics/corruption/"]
    pages += [archive[key].get_absolute_url() for key in ("b1", "b2", "atc")]
    live = [
        (who.get(page).content.decode(), page) for who in (client, admin_client) for page in pages
    ]
    # Kazakhstan: m1, m2, m4 and the undated one; two representatives tied at two meetings.
    assert "4 meetings" in live[0][0]
    assert live[0][0].index("Vladimir Kolokoltsev") < live[0][0].index("Yerzhan Sadenov")
    assert "2 meetings, 1 convened by this body" in live[len(pages) - 1][0]
    refresh_facet_snapshots()
    with CaptureQueriesContext(connection) as queries:
        stored = [
            (who.get(page).content.decode(), page)
            for who in (client, admin_client)
            for page in pages
        ]
    assert stored == live
    # A body's page also shows its sessions and membership, counted live over that body's
    # own meetings from a covering index (archive.search.series, .membership): exactly those
    # statements may count; every other figure comes from the snapshot.
    with CaptureQueriesContext(connection) as body_scoped:
        for user in (AnonymousUser(), User.objects.get(username="admin")):
            for body in (archive["b1"], archive["b2"]):
                series = body_series(body, user)
                body_membership(body, user, latest=YEARS_ON_BODY_PAGE, sessions=series.years)
    allowed = {q["sql"] for q in body_scoped.captured_queries}
    assert not [
        q["sql"]
        for q in queries.captured_queries
        if "COUNT(" in q["sql"] and q["sql"] not in allowed
    ]


def test_unknown_slugs_are_404(client, archive):
    """Permalinks to records that do not exist."""
    for url in ("/meetings/nope/", "/people/nope/", "/countries/zz/", "/topics/nope/"):
        assert client.get(url).status_code == 404, url
    assert client.get(archive["draft"].get_absolute_url()).status_code == 404


# --- CSV ------------------------------------------------------------------------------------


def test_csv_streams_the_whole_result_set(client, archive):
    """Every matching meeting, not only the first page, with labels for its keys."""
    response = client.get("/export.csv?country=RU&sort=oldest")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [r["title"] for r in rows] == [archive[m].title for m in ("m1", "m2", "m3")]
    first = rows[0]
    assert first["countries"] == "KZ; RU" or set(first["countries"].split("; ")) == {"RU", "KZ"}
    assert "Yerzhan Sadenov" in first["participants"]
    assert first["body"] == "Testland Council of Ministers"
    assert first["url"].endswith(archive["m1"].get_absolute_url())


def test_csv_neutralises_formulas(client, reference_data):
    """A title starting with '=' is not a spreadsheet formula."""
    build(
        title='=HYPERLINK("http://evil")',
        year=2024,
        city="",
        body=None,
        countries=["AM"],
        topics=[],
    )
    body = b"".join(client.get("/export.csv?country=AM").streaming_content).decode()
    assert "'=HYPERLINK" in body


# --- Atom feed ------------------------------------------------------------------------------


def test_atom_feed_per_search(client, archive):
    """The feed holds the search's meetings only, newest additions first."""
    response = client.get("/feed/?topic=cybercrime")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 2
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert titles[0].startswith(archive["m3"].title)  # added last
    assert all("draft" not in t.lower() for t in titles)


def test_feed_escapes_hostile_text(client, reference_data):
    """Titles and summaries with markup are escaped in the XML."""
    build(
        title="<script>alert(1)</script>",
        year=2024,
        city="",
        body=None,
        countries=["AM"],
        topics=[],
        summary="<img src=x onerror=alert(2)>",
    )
    content = client.get("/feed/?country=AM").content.decode()
    assert "<script>" not in content and "<img" not in content
    ET.fromstring(content)  # well-formed


def test_source_document_listing_in_api(client, archive):
    """Sources are listed in the meeting's API record (no raw text)."""
    SourceDocument.objects.filter(meeting=archive["m1"]).update(url="https://example.org/a")
    data = client.get(f"/api/meetings/{archive['m1'].slug}/").json()
    assert data["sources"][0]["url"] == "https://example.org/a"
    assert "raw_text" not in data["sources"][0]


def test_related_meetings_are_scored_among_the_nearest_and_the_latest_sharing_a_person(
    reference_data, monkeypatch
):
    """People weigh 3, topics 1; candidates are the nearest in time on each side that share
    anything and the latest that share a person; the meeting itself, meetings sharing
    nothing and unpublished ones never appear."""
    import datetime

    from django.contrib.auth.models import AnonymousUser

    from archive.models import Meeting
    from archive.search.related import related_meetings
    from tests.factories import make_meeting

    monkeypatch.setattr("archive.search.related.RELATED_CANDIDATES", 1)

    def meeting(day: str, people=(), topics=(), **fields):
        return make_meeting(
            date_start=datetime.date.fromisoformat(day),
            participant_ids=list(people),
            topic_ids=list(topics),
            **fields,
        )

    this = meeting("2024-10-04", people=[1], topics=[10, 11])
    before = meeting("2024-09-01", topics=[10, 11])  # nearest before: 2
    after = meeting("2024-11-01", topics=[10])  # nearest after: 1
    meeting("2001-01-01", topics=[10, 11])  # shares topics, but neither nearest nor a person's
    person = meeting("1995-05-05", people=[1])  # the latest sharing the person: 3
    meeting("2024-10-05", people=[2], topics=[12])  # shares nothing
    meeting("2024-10-03", people=[1], topics=[10], status=Meeting.Status.NEEDS_REVIEW)
    related = related_meetings(this, user=AnonymousUser())
    assert [m.pk for m in related] == [person.pk, before.pk, after.pk]
