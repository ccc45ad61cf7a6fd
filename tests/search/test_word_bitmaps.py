"""The facet index's word bitmaps (archive.search.word_index) give exactly the meetings
PostgreSQL's ``search_vector @@ websearch_to_tsquery(…)`` gives, after loading, after changes,
and when read in a background thread while meetings change; searches they cannot answer
exactly are left to PostgreSQL."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from django.db import connection, transaction
from django.http import QueryDict

from archive.models import Meeting
from archive.search import facet_index as facet_index_module
from archive.search.facet_index import FacetIndex, facet_index
from archive.search.facets import FACETS
from archive.search.filters import MeetingFilterSet
from archive.search.query import MeetingSearch
from archive.search.word_index import WordBitmaps
from archive.search.words import SEARCH_CONFIG
from tests.factories import build

# Searches the bitmaps answer: a word, two, either of two, one without another.
ANSWERED = [
    "council",
    "security chiefs",
    "collegium or smuggling",
    "council -security",
]
# Searches they leave to PostgreSQL: a phrase, a prefix-free NOT on its own, a word no
# meeting held when the bitmaps were read.
LEFT = ['"security chiefs"', "-council", "zanzibar"]


def sql_ids(words: str) -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM archive_meeting "
            "WHERE search_vector @@ websearch_to_tsquery(%s::regconfig, %s)",
            [SEARCH_CONFIG, words],
        )
        return {row[0] for row in cursor.fetchall()}


def bitmap_ids(index: FacetIndex, words: str) -> set[int] | None:
    mask = index.word_match(words)
    return None if mask is None else {int(i) for i in np.flatnonzero(mask)}


def new_meeting(archive, text: str) -> Meeting:
    return build(
        title="Council of border chiefs",
        year=2025,
        city="Baku",
        body=archive["b2"],
        countries=["AZ"],
        topics=["terrorism"],
        text=text,
    )


def assert_exact(index: FacetIndex) -> None:
    for words in ANSWERED:
        found = bitmap_ids(index, words)
        assert found is not None, f"the bitmaps answer {words!r}"
        assert found == sql_ids(words), words
        assert found, f"{words!r} matches something, so the comparison can catch a miss"


@pytest.mark.django_db
def test_bitmaps_match_postgresql_and_leave_what_they_cannot_answer(archive):
    index = facet_index()
    index.rebuild()  # the lexemes held are chosen from this archive
    assert index.words is not None and index.words.bits
    assert_exact(index)
    for words in LEFT:
        assert index.word_match(words) is None, words


@pytest.mark.django_db(transaction=True)
def test_bitmaps_follow_edits_new_meetings_deletions_and_rollbacks(archive):
    index = facet_index()
    index.rebuild()
    new_meeting(archive, "The security chiefs spoke of smuggling and of zanzibar.")
    facet_index()
    assert_exact(index)
    assert index.word_match("zanzibar") is None  # not held: PostgreSQL answers it

    m4 = Meeting.objects.get(pk=archive["m4"].pk)
    assert m4.pk in bitmap_ids(index, "extremism")
    m4.sources.update(cleaned_text="Nothing held here.")
    m4.refresh_search_document()
    facet_index()
    assert bitmap_ids(index, "extremism") == sql_ids("extremism") == set()
    assert_exact(index)

    Meeting.objects.filter(pk=archive["m3"].pk).delete()
    facet_index()
    assert_exact(index)

    with pytest.raises(RuntimeError), transaction.atomic():
        Meeting.objects.filter(pk=archive["m1"].pk).delete()
        facet_index()
        assert archive["m1"].pk not in bitmap_ids(index, "collegium")
        raise RuntimeError("rolled back")
    facet_index()
    assert archive["m1"].pk in bitmap_ids(index, "collegium")
    assert_exact(index)


@pytest.mark.django_db
def test_a_search_for_held_words_is_counted_without_asking_postgresql_for_ids(archive, monkeypatch):
    facet_index().rebuild()

    def refused(*args, **kwargs):
        raise AssertionError("asked PostgreSQL for the ids of held words")

    monkeypatch.setattr(FacetIndex, "text_match", refused)
    for query in ("q=council", "q=security+chiefs&country=KZ", "q=council+-security"):
        filterset = MeetingFilterSet(QueryDict(query), queryset=Meeting.objects.none())
        assert filterset.is_valid()
        counter = MeetingSearch(filterset).counter
        fast, plain = counter.counts(fetch=None), counter.sql_counts(fetch=None)
        assert fast.total == plain.total > 0, query
        assert sorted(fast.rows) == sorted(plain.rows), query


@pytest.mark.django_db(transaction=True)
def test_bitmaps_read_in_the_background_are_caught_up_with_changes_made_meanwhile(
    archive, monkeypatch
):
    monkeypatch.setattr(facet_index_module, "WORDS_IN_BACKGROUND_ABOVE", 0)
    read, go_on = threading.Event(), threading.Event()
    read_bitmaps = WordBitmaps.load

    def read_then_wait() -> WordBitmaps:
        words = read_bitmaps()
        read.set()
        go_on.wait(60)
        return words

    monkeypatch.setattr(WordBitmaps, "load", staticmethod(read_then_wait))
    index = FacetIndex(FACETS)
    index.sync()
    assert read.wait(60)
    assert index.words is None  # still being read: searches ask PostgreSQL meanwhile
    # Changes after the bitmaps were read: only catching up with the change log shows them.
    new_meeting(archive, "The security chiefs spoke of smuggling.")
    Meeting.objects.filter(pk=archive["m2"].pk).delete()
    go_on.set()
    index.wait_for_words(timeout=60)
    assert index.words is not None
    assert_exact(index)


@pytest.mark.django_db(transaction=True)
def test_a_failed_background_read_is_tried_again(archive, monkeypatch):
    monkeypatch.setattr(facet_index_module, "WORDS_IN_BACKGROUND_ABOVE", 0)
    monkeypatch.setattr(facet_index_module, "WORDS_RETRY_SECONDS", 0)
    read_bitmaps = WordBitmaps.load
    attempts: list[int] = []

    def fail_once() -> WordBitmaps:
        attempts.append(1)
        if len(attempts) == 1:
            raise ConnectionError("the database went away")
        return read_bitmaps()

    monkeypatch.setattr(WordBitmaps, "load", staticmethod(fail_once))
    index = FacetIndex(FACETS)
    index.sync()
    index.wait_for_words(timeout=60)  # the failed read ends; this sync starts another
    index.wait_for_words(timeout=60)
    assert len(attempts) == 2
    assert index.words is not None
    assert_exact(index)
