"""The public search: filters, facet counts against hand-counted fixtures, full text, names,
escaping, bad parameters and a bounded number of queries."""

from __future__ import annotations

import datetime
import re

import pytest
from django.http import QueryDict

from archive.models import Meeting
from archive.search.filters import MeetingFilterSet
from archive.search.query import MeetingSearch
from tests.factories import build, make_meeting

pytestmark = pytest.mark.django_db


def api(client, query: str = "", status: int = 200):
    response = client.get("/api/meetings/" + (f"?{query}" if query else ""))
    assert response.status_code == status, response.content[:500]
    return response.json()


def titles(data) -> set[str]:
    return {r["title"] for r in data["results"]}


def counts(data, facet: str) -> dict[str, int]:
    return {v["value"]: v["count"] for v in data["facets"][facet]}


# --- Filters and their combinations ------------------------------------------------------


def test_unfiltered_facet_counts_match_hand_counts(client, archive):
    """All seven facets over the four published meetings (the draft is not counted)."""
    data = api(client)
    assert data["count"] == 4
    assert counts(data, "country") == {"RU": 3, "KZ": 3, "BY": 2}
    assert counts(data, "topic") == {"terrorism": 3, "cybercrime": 2}
    assert counts(data, "year") == {"2023": 1, "2024": 2, "2025": 1}
    assert counts(data, "city") == {"Moscow": 2, "Astana": 1, "Minsk": 1}
    assert counts(data, "body") == {"council-of-interior-ministers": 2, "security-council": 2}
    assert counts(data, "participant") == {"yerzhan-sadenov": 2, "vladimir-kolokoltsev": 1}
    assert counts(data, "organization") == {"anti-terrorism-center": 1}


def test_two_countries_mean_meetings_with_both(client, archive):
    """Russia and Kazakhstan: meetings where both took part; counts drill down."""
    data = api(client, "country=RU&country=KZ")
    assert titles(data) == {archive["m1"].title, archive["m2"].title}
    assert counts(data, "country") == {"RU": 2, "KZ": 2, "BY": 1}
    assert counts(data, "topic") == {"terrorism": 2, "cybercrime": 1}
    assert counts(data, "year") == {"2023": 1, "2024": 1}


def test_country_codes_are_case_insensitive(client, archive):
    """?country=ru is Russia."""
    assert api(client, "country=ru")["count"] == 3


def test_two_years_mean_either_and_the_year_facet_ignores_its_own_filter(client, archive):
    """2023 or 2024; the year facet still offers 2025 with its count."""
    data = api(client, "year=2023&year=2024")
    assert titles(data) == {archive[m].title for m in ("m1", "m2", "m3")}
    assert counts(data, "year") == {"2023": 1, "2024": 2, "2025": 1}
    assert counts(data, "city") == {"Moscow": 1, "Astana": 1, "Minsk": 1}
    selected = {v["value"] for v in data["facets"]["year"] if v["selected"]}
    assert selected == {"2023", "2024"}


def test_single_valued_facets_count_every_other_filter(client, archive):
    """year=2024 & city=Moscow: nothing; year counts use the city, city counts use the year."""
    data = api(client, "year=2024&city=Moscow")
    assert data["count"] == 0
    assert counts(data, "year") == {"2023": 1, "2025": 1}
    assert counts(data, "city") == {"Astana": 1, "Minsk": 1}
    assert counts(data, "country") == {}


def test_body_widens_and_combines_with_a_country(client, archive):
    """Two bodies: either; with Belarus: only the meetings Belarus attended."""
    assert api(client, "body=council-of-interior-ministers&body=security-council")["count"] == 4
    data = api(client, "body=council-of-interior-ministers&country=BY")
    assert titles(data) == {archive["m2"].title}
    assert counts(data, "body") == {"council-of-interior-ministers": 1, "security-council": 1}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic=cybercrime", {"m2", "m3"}),
        ("topic=terrorism&topic=cybercrime", {"m2"}),
        ("participant=yerzhan-sadenov", {"m1", "m2"}),
        ("participant=yerzhan-sadenov&participant=vladimir-kolokoltsev", {"m1"}),
        ("organization=anti-terrorism-center", {"m2"}),
        ("city=Moscow", {"m1", "m4"}),
        ("city=Moscow&city=Minsk", {"m1", "m3", "m4"}),
        ("year=2025", {"m4"}),
        ("body=security-council", {"m3", "m4"}),
        ("date_from=2024-01-01", {"m2", "m3", "m4"}),
        ("date_to=2024-01-01", {"m1"}),
        ("date_from=2024-01-01&date_to=2024-12-31", {"m2", "m3"}),
        ("q=collegium", {"m1", "m2"}),
        ("q=collegium&country=BY", {"m2"}),
        ("q=collegium&year=2023&year=2025", {"m1"}),
        ("country=BY&topic=terrorism&city=Astana", {"m2"}),
    ],
)
def test_each_filter_and_combinations(client, archive, query, expected):
    """Every parameter alone and combined with others."""
    data = api(client, query)
    assert titles(data) == {archive[m].title for m in expected}
    assert data["count"] == len(expected)


def test_drafts_are_public_to_staff_only(client, admin_client, archive):
    """Readers never see a draft in results or counts; staff do."""
    assert api(client, "q=draft")["count"] == 0
    assert api(client)["count"] == 4
    assert api(admin_client)["count"] == 5
    assert b"Unreviewed draft meeting" in admin_client.get("/?q=draft").content
    assert b"Unreviewed draft meeting" not in client.get("/?q=draft").content


# --- Full text ------------------------------------------------------------------------------


def test_title_matches_rank_above_report_text_matches(client, archive):
    """Weighted fields: 'collegium' in a title beats 'collegium' in the report text."""
    data = api(client, "q=collegium")
    assert [r["title"] for r in data["results"]] == [archive["m1"].title, archive["m2"].title]


def test_web_search_syntax(client, archive):
    """Quotes, OR and -word work; stemming finds 'border' for 'borders'."""
    assert titles(api(client, "q=collegium+-fraud")) == {archive["m1"].title}
    assert titles(api(client, "q=fraud+OR+smuggling")) == {archive["m2"].title, archive["m3"].title}
    assert titles(api(client, "q=%22drug+routes%22")) == {archive["m1"].title}
    assert titles(api(client, "q=borders")) == {archive["m3"].title}
    assert api(client, "q=%22routes+drug%22")["count"] == 0


def test_names_people_bodies_and_places_are_searchable(client, archive):
    """The denormalised names: a person, a body, a topic and a country find their meetings."""
    assert titles(api(client, "q=Sadenov")) == {archive["m1"].title, archive["m2"].title}
    assert api(client, "q=%22Testland+Anti-Terrorism%22")["count"] == 1
    assert api(client, "q=Belarus")["count"] == 2


def test_misspelled_and_transliterated_names_find_their_person(client, archive):
    """'Kolokoltzev' finds Kolokoltsev; 'Erjan Sadenov' finds Yerzhan Sadenov."""
    data = api(client, "q=Kolokoltzev")
    assert titles(data) == {archive["m1"].title}
    data = api(client, "q=Erjan+Sadenov")
    assert titles(data) == {archive["m1"].title, archive["m2"].title}
    assert api(client, "q=Zzyzx+Quarmby")["count"] == 0
    page = client.get("/?q=Kolokoltzev").content.decode()
    assert "Also matching names like" in page and "Vladimir Kolokoltsev" in page


def test_headline_marks_matches_only_on_the_shown_page(client, archive):
    """Snippets come with <mark>, computed with the vector's config (stems match)."""
    data = api(client, "q=smuggle")
    assert data["results"][0]["snippet_html"].count("<mark>") == 1
    assert "<mark>smuggling</mark>" in data["results"][0]["snippet_html"]


def test_headline_config_matches_the_search_vector_config():
    """djangoproject.com's regression: the query, headline and vector use one config."""
    from archive.search.query import SEARCH_CONFIG

    expression = Meeting._meta.get_field("search_vector").expression
    assert f"'{SEARCH_CONFIG}'" in str(expression.config.config)


# --- Escaping of hostile report text ---------------------------------------------------------


HOSTILE = (
    'Terrorism <script>alert("x")</script> and <img src=x onerror="alert(1)"> plus '
    '<a href="javascript:alert(2)">click</a> \ue000 stray sentinel'
)


def test_hostile_report_text_is_escaped_in_snippets_cards_and_pages(client, reference_data):
    """Report text is untrusted: it is shown as text in every place it appears."""
    meeting = build(
        title='<script>alert("title")</script> Meeting',
        year=2024,
        city="<b>Baku</b>",
        body=None,
        countries=["AZ"],
        topics=["terrorism"],
        text=HOSTILE,
        summary='<img src=x onerror="alert(3)">',
    )
    for url in ("/?q=terrorism", "/", meeting.get_absolute_url(), "/?city=%3Cb%3EBaku%3C/b%3E"):
        content = client.get(url).content.decode()
        assert "<script>alert" not in content, url
        assert "<img src=x" not in content, url
        assert 'href="javascript:' not in content, url
        assert "<b>Baku" not in content, url
    content = client.get("/?q=terrorism").content.decode()
    assert "&lt;script&gt;" in content
    assert "<mark>Terrorism</mark>" in content
    snippet = api(client, "q=terrorism")["results"][0]["snippet_html"]
    assert "<mark>Terrorism</mark>" in snippet
    for bad in ("<script", "<img", "javascript:", "\ue000", "<a "):
        assert bad not in snippet
    assert snippet.count("<mark>") == snippet.count("</mark>")


# --- Bad parameters ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("page=-1", "page"),
        ("page=0", "page"),
        ("page=two", "page"),
        ("country=XX", "Unknown country code"),
        ("topic=not-a-topic", "Unknown topic"),
        ("participant=nobody", "Unknown person"),
        ("organization=nothing", "Unknown organization"),
        ("body=nothing", "Unknown convening body"),
        ("year=nineteen", "year"),
        ("year=99999", "year"),
        ("date_from=not-a-date", "date_from"),
        ("date_from=2024-02-31", "date_from"),
        ("date_from=2025-01-01&date_to=2024-01-01", "before its start"),
        ("sort=sideways", "sort"),
        ("q=" + "x" * 400, "q"),
        (
            "country="
            + "&country=".join(["RU"] * 1)
            + "".join(f"&year={y}" for y in range(2000, 2030)),
            "year",
        ),
    ],
)
def test_bad_parameters_answer_400_with_a_message(client, archive, query, message):
    """Bad input is a 400 with a message on the page, the API, the CSV and the feed."""
    response = client.get(f"/?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert message in api(client, query, status=400)["error"]
    assert client.get(f"/export.csv?{query.replace('page', 'p')}").status_code in (200, 400)
    if "page" not in query:
        assert client.get(f"/export.csv?{query}").status_code == 400
        assert client.get(f"/feed/?{query}").status_code == 400


def test_hostile_parameters_never_give_a_500(client, archive):
    """Odd websearch syntax, unicode and empty values are fine."""
    for query in ("q=%22%22%22", "q=-", "q=OR+OR", "q=%00", "q=%E2%80%94", "country=", "q=&year="):
        assert client.get(f"/?{query}").status_code in (200, 400), query


# --- Page, chips, pagination, sorting --------------------------------------------------------


def test_chips_remove_one_value_and_facet_links_drop_the_page(client, archive):
    """Removing Kazakhstan keeps Russia; every facet link starts again at page 1."""
    content = client.get("/?country=RU&country=KZ&q=collegium").content.decode()
    assert 'aria-label="Remove country Kazakhstan"' in content
    hrefs = re.findall(r'href="/\?([^"]*)"', content)
    remove_kz = [h for h in hrefs if "country=RU" in h and "country=KZ" not in h]
    assert remove_kz, hrefs
    facet_links = [h for h in hrefs if "page=" in h]
    assert facet_links == []


def test_pagination_and_sorting(client, reference_data):
    """25 meetings: page 2 holds the last 5; newest and oldest orders."""
    for n in range(25):
        build(
            title=f"Routine session {n:02d}",
            year=2000 + n,
            city="Bishkek",
            body=None,
            countries=["KG"],
            topics=[],
        )
    first = api(client, "country=KG")
    assert first["count"] == 25 and len(first["results"]) == 20
    assert first["previous"] is None and "page=2" in first["next"]
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 5 and second["next"] is None
    assert first["results"][0]["title"] == "Routine session 24"
    oldest = api(client, "country=KG&sort=oldest")
    assert oldest["results"][0]["title"] == "Routine session 00"
    page = client.get("/?country=KG&page=2").content.decode()
    assert 'aria-current="page">2<' in page and "Routine session 04" in page
    assert "Routine session 05" not in page


def test_zero_results_suggest_what_to_drop(client, archive):
    """An empty result offers each filter's removal with the count it would give."""
    content = client.get("/?year=2024&city=Moscow").content.decode()
    assert "No meetings found" in content
    assert "Without city “Moscow”" in content and "Without year “2024”" in content


def test_zero_results_suggest_loosely_similar_names(client, archive):
    """'Kalakoltsev' is too far for the search itself, but the empty page offers Kolokoltsev."""
    assert api(client, "q=Kalakoltsev")["count"] == 0
    content = client.get("/?q=Kalakoltsev").content.decode()
    assert "Did you mean" in content
    assert '?participant=vladimir-kolokoltsev">Vladimir Kolokoltsev</a>' in content
    assert "Did you mean" not in client.get("/?q=Qwxyzpt").content.decode()


def test_page_explains_which_facets_narrow_and_which_widen(client, archive):
    """The UI says which facets are 'all of' and which are 'any of'."""
    content = client.get("/").content.decode()
    assert "all of" in content and "any of" in content
    assert "<mark>" not in content


# --- Scale: a bounded number of queries ----------------------------------------------------


def test_search_page_runs_a_bounded_number_of_queries(
    client, archive, django_assert_max_num_queries
):
    """Text, three filters, facets, labels and snippets in at most 22 queries.

    Validation 3 (country, topic, and the words: PostgreSQL runs them once before a search
    uses them, archive.search.words), whether the words name a place, country, body or topic 1,
    similar names 2 (the query and its planner setting), the facet index's look at the change
    log 1, the ids of the words' matches 3 (with their planner settings set and put back), page
    ids 1, rows with snippets 1, labels 4; the savepoint pairs of the words, the similar names and
    the ids count here only because the test runs inside a transaction. The first search of a
    process also loads the facet index: it is loaded here first."""
    client.get("/?country=RU")
    with django_assert_max_num_queries(22):
        response = client.get("/?q=collegium&country=RU&topic=terrorism&year=2023&year=2024")
    assert response.status_code == 200
    assert archive["m1"].title in response.content.decode()


def test_facet_counts_come_from_the_index_without_reading_meetings(archive):
    """Once the facet index is in step, counting a search of facets alone is one statement:
    the look at the change log. The counts are those of the plain SQL statement."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    filterset = MeetingFilterSet(
        QueryDict("country=RU&people=all"), queryset=Meeting.objects.none()
    )
    assert filterset.is_valid()
    search = MeetingSearch(filterset)
    search.facet_rows()  # brings the index in step with the fixture's meetings
    with CaptureQueriesContext(connection) as queries:
        total, rows = search.facet_rows()
    statements = [q["sql"] for q in queries.captured_queries]
    assert len(statements) == 1 and "archive_meeting_change" in statements[0]
    assert total == 3
    plain = search.counter.sql_counts()
    assert (total, sorted(rows)) == (plain.total, sorted(plain.rows))
    assert {f for f, _, _ in rows} == {
        "country",
        "topic",
        "participant",
        "organization",
        "year",
        "city",
        "body",
    }


def test_huge_match_sets_are_ordered_newest_first_and_say_so(client, archive, monkeypatch):
    """Above RANK_LIMIT matches, ranking is skipped (it reads every match's vector)."""
    assert [r["title"] for r in api(client, "q=collegium")["results"]][0] == archive["m1"].title
    monkeypatch.setattr("archive.search.query.RANK_LIMIT", 1)
    data = api(client, "q=collegium")
    assert [r["title"] for r in data["results"]] == [archive["m2"].title, archive["m1"].title]
    assert "shown newest first" in client.get("/?q=collegium").content.decode()


# --- Importer integration ---------------------------------------------------------------------


def test_imported_reports_are_searchable(client, reference_data):
    """The importer refreshes the search document: a sample report is found by its words."""
    from pathlib import Path

    from archive.ingest.importer import ReportImporter
    from archive.ingest.reading import Report

    path = sorted(Path("fixtures/reports").glob("*.txt"))[0]
    outcome = ReportImporter(status="published").import_report(Report.from_path(path))
    assert not outcome.failed
    meeting = Meeting.objects.get()
    assert meeting.search_text and meeting.search_names
    word = re.findall(r"[A-Za-z]{7,}", meeting.search_text)[3]
    assert api(client, f"q={word}")["count"] == 1


def test_year_filters_hold_the_edges_of_their_years(reference_data):
    """Consecutive years are read as a date range, gapped ones by year: either way the last
    and first days of a year, year-precision dates and undated meetings fall where they should."""
    days = {
        "a": ("2023-12-31", "day"),
        "b": ("2024-01-01", "year"),
        "c": ("2024-12-31", "day"),
        "d": ("2025-01-01", "day"),
        "e": ("2026-06-01", "month"),
    }
    made = {
        key: make_meeting(date_start=datetime.date.fromisoformat(day), date_precision=precision)
        for key, (day, precision) in days.items()
    }
    made["undated"] = make_meeting(date_start=None, date_precision="unknown")
    by_pk = {m.pk: key for key, m in made.items()}

    def found(query: str) -> set[str]:
        filterset = MeetingFilterSet(QueryDict(query), queryset=Meeting.objects.all())
        assert filterset.is_valid(), filterset.errors
        return {by_pk[m.pk] for m in filterset.qs}

    assert found("year=2024") == {"b", "c"}
    assert found("year=2023&year=2024") == {"a", "b", "c"}
    assert found("year=2025&year=2024&year=2023") == {"a", "b", "c", "d"}
    assert found("year=2023&year=2025") == {"a", "d"}
    assert found("year=2026&year=2023") == {"a", "e"}
