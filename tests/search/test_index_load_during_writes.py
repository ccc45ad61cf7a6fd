"""The facet index loads while the archive is being written to (an import running beside a
server that starts): a meeting committed by another connection in the middle of the load
neither breaks it nor goes missing from the counts after the next sync."""

from __future__ import annotations

import threading

import pytest
from django.db import connection
from django.http import QueryDict

from archive.models import Meeting
from archive.search import facet_index as facet_index_module
from archive.search.facet_index import FacetIndex
from archive.search.facets import FACETS
from archive.search.filters import MeetingFilterSet
from archive.search.query import MeetingSearch
from tests.factories import build


def committed_elsewhere(archive) -> None:
    """A new published meeting, written and committed on a connection of its own."""

    def write() -> None:
        try:
            build(
                title="Council of border chiefs",
                year=2026,
                city="Baku",
                body=archive["b2"],
                countries=["AZ"],
                topics=["terrorism"],
                text="The border chiefs met.",
            )
        finally:
            connection.close()

    thread = threading.Thread(target=write)
    thread.start()
    thread.join(60)


def exact(query: str) -> None:
    filterset = MeetingFilterSet(QueryDict(query), queryset=Meeting.objects.none())
    assert filterset.is_valid()
    counter = MeetingSearch(filterset).counter
    fast = counter.counts(fetch=None)
    plain = counter.sql_counts(fetch=None)
    assert fast.total == plain.total, query
    assert sorted(fast.rows) == sorted(plain.rows), query


@pytest.mark.django_db(transaction=True)
def test_a_meeting_committed_while_the_index_loads_is_counted_after_the_next_sync(
    archive, monkeypatch
):
    read_ids = facet_index_module.id_pairs
    calls = []

    def a_write_between_two_reads(*args, **kwargs):
        calls.append(args[1])
        if len(calls) == 2:  # the status is read: another connection commits a meeting now
            committed_elsewhere(archive)
        return read_ids(*args, **kwargs)

    monkeypatch.setattr(facet_index_module, "id_pairs", a_write_between_two_reads)
    monkeypatch.setattr(facet_index_module, "_index", FacetIndex(FACETS))
    facet_index_module.facet_index()  # loads, with the write in its middle
    monkeypatch.setattr(facet_index_module, "id_pairs", read_ids)
    assert len(calls) > 2, "the write came in the middle of the load"
    assert Meeting.objects.filter(city="Baku", year=2026).exists()
    assert facet_index_module.facet_index().word_match("border") is not None, "bitmaps answer it"
    for query in ("", "city=Baku", "year=2026", "country=AZ", "topic=terrorism", "q=border"):
        exact(query)
