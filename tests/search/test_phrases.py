"""Phrases read from the word-pair index (archive.search.phrases) find exactly the meetings that
PostgreSQL's own phrase match over the search vector finds, and a two-word phrase is answered
by the index alone."""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.http import QueryDict

from archive.models import Meeting
from archive.search.filters import MeetingFilterSet
from archive.search.phrases import Not, Operator, Term, parse_tsquery, text_condition, to_text
from archive.search.query import MeetingSearch
from archive.search.words import search_query
from tests.factories import build

TEXTS = {
    "adjacent": "The ministers fought drug trafficking on the border.",
    "apart": "Trafficking of drugs and drug routes were discussed at the border.",
    "stop word inside": "The Council of Ministers of Internal Affairs met in Minsk.",
    "another stop word": "The council and ministers met; the border was not discussed.",
    "a word inside": "The council big ministers met about drug smuggling.",
    "far apart": "The Council of all of the ministers met about trafficking.",
    "hyphenated": "Leaders fought drug-trafficking together.",
    "repeated": "A security security council met.",
    "cyrillic": "Совет министров внутренних дел СНГ обсудил борьбу с оборотом наркотиков.",
    "cyrillic reversed": "Министров пригласили на заседание совета безопасности.",
}

SEARCHES = {
    # search -> the texts it finds (PostgreSQL's phrase match, counted by hand)
    '"drug trafficking"': {"adjacent", "hyphenated"},
    '"trafficking drug"': set(),
    '"council of ministers"': {"stop word inside", "another stop word", "a word inside"},
    '"council of the ministers"': set(),
    '"council of all of the ministers"': {"far apart"},
    '"ministers of internal affairs"': {"stop word inside"},
    '"drug-trafficking"': {"hyphenated"},
    '"security security"': {"repeated"},
    '"security council"': {"repeated"},
    '"совет министров"': {"cyrillic"},
    '"министров совета"': set(),
    '"совета министров" СНГ': {"cyrillic"},
    '"drug trafficking" border': {"adjacent"},
    '"drug trafficking" -"council of ministers"': {"adjacent", "hyphenated"},
    '-"drug trafficking" border': {"apart", "another stop word"},
    '"drug trafficking" or "совет министров"': {"adjacent", "hyphenated", "cyrillic"},
    '"big ministers" "drug smuggling"': {"a word inside"},
    '"drug routes" or ministers -"council of ministers"': {"adjacent", "apart", "far apart"},
}


@pytest.fixture(name="phrased")
def phrased_fixture(reference_data):
    return {
        label: build(
            title=f"Meeting {n}",
            year=2020 + n % 3,  # dates that tie, and dates that differ
            city="Minsk",
            body=None,
            countries=["BY"],
            topics=["terrorism"],
            text=text,
        ).pk
        for n, (label, text) in enumerate(TEXTS.items())
    }


def found(phrased: dict[str, int], meetings) -> set[str]:
    labels = {pk: label for label, pk in phrased.items()}
    return {labels[pk] for pk in meetings.values_list("pk", flat=True) if pk in labels}


# Searches whose phrases are all under OR or NOT, or wider than the pairs reach, keep the
# plain vector test.
PLAIN = {
    '"council of all of the ministers"',
    '-"drug trafficking" border',
    '"drug trafficking" or "совет министров"',
    '"drug routes" or ministers -"council of ministers"',
}


def explain(meetings) -> str:
    """The plan of the ids statement, as the facet index asks for it (no sequential scan)."""
    sql, params = meetings.order_by().values("pk").query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.django_db
def test_phrases_from_the_pair_index_find_what_the_vector_match_finds(phrased):
    """Stop words inside, three words, Cyrillic, words present but apart, OR and NOT."""
    for search, expected in SEARCHES.items():
        plain = Meeting.objects.filter(search_vector=search_query(search))
        assert found(phrased, plain) == expected, f"the vector match of {search}"
        phrases = text_condition(search)
        assert (phrases is None) == (search in PLAIN), search
        if phrases is None:
            continue
        indexed = Meeting.objects.filter(phrases.condition)
        assert found(phrased, indexed) == expected, f"the pair index's answer to {search}"
        # No phrase goes to the vector's index, whose recheck of each row it finds would
        # compute that row's pairs too.
        for line in explain(indexed).splitlines():
            assert not ("Index Cond:" in line and "@@" in line and "<" in line), search


@pytest.mark.django_db
def test_words_without_a_phrase_keep_the_plain_vector_match(phrased):
    """No phrase: the plain ``search_vector @@ query`` (the fastest form) is kept."""
    assert text_condition("drug trafficking") is None
    assert text_condition('"of the"') is None  # stop words only: an empty query


@pytest.mark.django_db
def test_a_two_word_phrase_is_answered_by_the_pair_index_without_a_recheck(phrased):
    """The ids of '"drug trafficking"' come from the pair index; no vector is read."""
    phrases = text_condition('"drug trafficking"')
    assert phrases.indexed
    plan = explain(Meeting.objects.filter(phrases.condition))
    assert "meeting_phrase_pairs" in plan
    assert "@@" not in plan
    assert "ts_match_vq" not in plan


@pytest.mark.django_db
def test_a_page_read_from_the_bitmap_keeps_the_order_of_the_walk(phrased):
    """Newest first (ties by id) and oldest first, whichever way the page is read."""
    for query in ('q="drug+trafficking"+OR+ministers', "q=ministers&sort=oldest"):
        filterset = MeetingFilterSet(QueryDict(query), queryset=Meeting.objects.none())
        assert filterset.is_valid(), filterset.errors
        search = MeetingSearch(filterset)
        walked = list(search.ordered().values_list("pk", flat=True))
        read = list(search.ordered(from_bitmap=True).values_list("pk", flat=True))
        assert len(walked) >= 4
        assert read == walked, query


def test_tsquery_text_is_read_with_postgresql_precedence():
    """``!`` binds tightest, then phrases, then AND, then OR; escapes are undone."""
    tree = parse_tsquery("'a' <-> 'b' & !'c' | 'd' <2> 'e''s' & 'f\\\\g'")
    assert tree == Operator(
        "|",
        Operator("&", Operator("<1>", Term("a"), Term("b")), Not(Term("c"))),
        Operator("&", Operator("<2>", Term("d"), Term("e's")), Term("f\\g")),
    )
    assert parse_tsquery(to_text(tree)) == tree
    assert parse_tsquery("") is None
    with pytest.raises(ValueError):
        parse_tsquery("'a' & (")
