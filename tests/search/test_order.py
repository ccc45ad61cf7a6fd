"""The order of a search's results is each caller's explicit choice: the page ranks a word
search by relevance; the CSV export and the Atom feed never rank (ranking reads every match's
vector), whatever was run before."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from archive.models import Meeting
from archive.search.filters import MeetingFilterSet
from archive.search.query import MeetingSearch
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture(name="meetings")
def meetings_fixture():
    """An old meeting all about smuggling, and a newer one that mentions it once."""
    relevant = make_meeting(
        title="Smuggling, smuggling routes and smuggling networks",
        date_start=datetime.date(2020, 3, 1),
    )
    newer = make_meeting(
        title="Annual session on budgets, staffing, training and also smuggling",
        date_start=datetime.date(2024, 3, 1),
    )
    for meeting in (relevant, newer):
        meeting.refresh_search_document()
    return {"relevant": relevant, "newer": newer}


def statements(queries: CaptureQueriesContext) -> str:
    return "\n".join(query["sql"] for query in queries.captured_queries)


def test_the_page_ranks_a_word_search(client, meetings):
    """The search page orders a word search by relevance: the most relevant first."""
    with CaptureQueriesContext(connection) as queries:
        data = client.get("/api/meetings/?q=smuggling").json()
    assert "ts_rank" in statements(queries)
    assert [r["slug"] for r in data["results"]] == [
        meetings["relevant"].slug,
        meetings["newer"].slug,
    ]


def test_csv_of_a_word_search_is_newest_first_and_never_ranked(client, meetings):
    """The export of a relevance search computes no rank over its matches: newest first."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/export.csv?q=smuggling")
        body = b"".join(response.streaming_content).decode()
    assert response.status_code == 200
    assert "ts_rank" not in statements(queries)
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [row["slug"] for row in rows] == [meetings["newer"].slug, meetings["relevant"].slug]


def test_feed_of_a_word_search_is_never_ranked(client, meetings):
    """The Atom feed orders by newest addition and computes no rank either."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/feed/?q=smuggling")
    assert response.status_code == 200
    assert "ts_rank" not in statements(queries)


def test_the_order_does_not_depend_on_whether_the_search_was_run(meetings):
    """Running the search first (which counts it) changes no other caller's order."""
    filterset = MeetingFilterSet(QueryDict("q=smuggling"), queryset=Meeting.objects.none())
    assert filterset.is_valid()
    search = MeetingSearch(filterset)
    before = list(search.ordered(rank=False).values_list("slug", flat=True))
    result = search.run()
    after = list(search.ordered(rank=False).values_list("slug", flat=True))
    assert before == after == [meetings["newer"].slug, meetings["relevant"].slug]
    assert [m.slug for m in result.meetings] == [meetings["relevant"].slug, meetings["newer"].slug]
