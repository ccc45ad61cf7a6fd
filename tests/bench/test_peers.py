"""The benchmark's peers answer the same questions as the archive (archive/bench/peers.py,
scripts/bench_peers.py): PostgreSQL's floor counts what our search counts exactly, and
Datasette over the SQLite copy counts what our API counts, request by request."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.http import QueryDict
from psycopg.conninfo import make_conninfo

from archive.bench.peers import (
    as_json,
    datasette_metadata,
    datasette_paths,
    export_sqlite,
    facets_timed_out,
    floor_statements,
    p95,
    pick_broad_word,
    ratios,
    whole_mix,
)
from archive.management.commands.bench_search import request_mix
from archive.models import Meeting
from archive.search.params import parse_search
from archive.search.query import MeetingSearch, search_query
from tests.factories import build

# The mix's values, picked by hand for the four published meetings of the ``archive`` fixture.
VALUES = {
    "common_word": "collegium",
    "rare_name": "Yerzhan Sadenov",
    "phrase": "drug routes",
    "countries": ["RU", "KZ"],
    "topic": "terrorism",
    "deep_page": 1,
    "per_page": 20,
    "office": "interior-minister.KZ",
    "office_country": "KZ",
    "year": 2024,
}
# Our facet -> Datasette's column.
COLUMNS = {
    "country": "countries",
    "topic": "topics",
    "participant": "participants",
    "organization": "organizations",
    "body": "body",
    "city": "city",
    "year": "year",
}


@pytest.fixture
def cityless(archive):
    """A fifth published meeting, of no known city: no facet counts an empty city."""
    return build(
        title="Collegium in an unnamed place",
        year=2024,
        city="",
        body=archive["b2"],
        countries=["BY"],
        topics=["terrorism"],
        text="The collegium met where the report does not say.",
    )


def test_every_floor_statement_counts_what_our_search_counts_exactly(cityless):
    filterset, _ = parse_search(QueryDict("q=collegium"))
    counts = MeetingSearch(filterset).counter.sql_counts(fetch=50)
    expected = sorted([*counts.rows, ("total", "", counts.total)])
    assert counts.total == 3
    for name, sql in floor_statements().items():
        with connection.cursor() as cursor:
            cursor.execute(sql, {"word": "collegium", "fetch": 50})
            assert sorted(cursor.fetchall()) == expected, name


def test_the_broad_word_is_held_by_the_share_it_reports(archive):
    connection.ensure_connection()
    word, share = pick_broad_word(connection.connection)
    holding = Meeting.objects.filter(
        status=Meeting.Status.PUBLISHED, search_vector=search_query(word)
    ).count()
    assert share == holding / 4
    assert 0 < share < 1


def _our_api_path(path: str) -> str:
    """The API's path for a request of the mix; Datasette lists everyone at the meetings, so
    the Person facet is asked for everyone too (people=all)."""
    path = path if path.startswith("/api/") else "/api/meetings/" + path.removeprefix("/")
    return path + ("&" if "?" in path else "?") + "people=all"


def _our_facets(data: dict) -> dict[str, dict[str, int]]:
    return {
        COLUMNS[name]: {value["value"]: value["count"] for value in values}
        for name, values in data["facets"].items()
        if name in COLUMNS  # the SQLite copy has no offices or roles
    }


def _their_facets(data: dict) -> dict[str, dict[str, int]]:
    return {
        name: {str(value["value"]): value["count"] for value in facet["results"]}
        for name, facet in data["facet_results"].items()
    }


def _run_apart(coroutine):
    """Run a coroutine to its end in a thread of its own: a browser test earlier in the same
    process leaves an event loop running in this one, where asyncio.run refuses."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.mark.django_db(transaction=True)
def test_datasette_on_the_copy_counts_what_our_api_counts(cityless, client, tmp_path):
    from datasette.app import Datasette

    settings = connection.settings_dict
    conninfo = make_conninfo(
        dbname=settings["NAME"],
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
        user=settings["USER"] or None,
        password=settings["PASSWORD"] or None,
    )
    copy = tmp_path / "copy.db"
    assert export_sqlite(conninfo, copy)["published"] == 5
    datasette = Datasette(immutables=[str(copy)], metadata=datasette_metadata("copy"))
    theirs = datasette_paths(VALUES, "collegium", "/copy/meetings")
    ours = {**request_mix(VALUES), "broad word": "/?q=collegium"}
    compared = [label for label in theirs if label in ours and label != "CSV first byte"]
    assert len(compared) == 8
    for label in compared:
        our = client.get(_our_api_path(ours[label]), secure=True).json()
        their = _run_apart(datasette.client.get(as_json(theirs[label]))).json()
        assert their["filtered_table_rows_count"] == our["count"], label
        assert facets_timed_out(theirs[label], their) == [], label
        assert _their_facets(their) == _our_facets(our), label


def _side(timings, status=200):
    return {
        "p50_ms": sorted(timings)[len(timings) // 2],
        "p95_ms": p95(timings),
        "status": status,
        "timings_ms": timings,
    }


def test_p95_is_the_nearest_rank():
    assert p95([float(i) for i in range(1, 21)]) == 19.0
    assert p95([5.0]) == 5.0


def test_ratios_are_given_at_p50_and_at_p95():
    ours = {"p50_ms": 10.0, "p95_ms": 20.0}
    theirs = {"p50_ms": 40.0, "p95_ms": 30.0}
    assert ratios(ours, theirs) == (4.0, 1.5)


def test_the_whole_mix_pools_every_run_of_every_request():
    # a fast request and a slow one: the pooled p95 falls among the slow one's runs, which no
    # mean of the two requests' own p95s would give
    fast = [1.0] * 19 + [2.0]
    slow = [100.0] * 19 + [300.0]
    requests = {
        "fast": {"ours": _side(fast), "datasette": _side(slow)},
        "slow": {"ours": _side(slow), "datasette": _side(fast)},
    }
    pooled = whole_mix(requests)
    assert pooled["ours"]["p95_ms"] == 100.0
    assert pooled["ours"]["p50_ms"] == 51.0  # halfway between the runs 2 and 100
    assert pooled["datasette"] == pooled["ours"]


def test_the_whole_mix_is_left_out_when_a_request_failed_or_its_runs_are_missing():
    ok = _side([1.0, 2.0])
    assert whole_mix({"a": {"ours": ok, "datasette": _side([1.0], status=500)}}) is None
    missing = {k: v for k, v in ok.items() if k != "timings_ms"}
    assert whole_mix({"a": {"ours": missing, "datasette": ok}}) is None
