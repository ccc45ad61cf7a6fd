"""The searched words as a PostgreSQL text-search query, and the check that PostgreSQL can run it.

``websearch_to_tsquery`` accepts any text, but its parser still refuses some: 33 "-" in a row
nest 33 NOT operators and fail with "tsquery stack too small", an internal error (XX000) raised
wherever the query is used — the count, the page, the feed, a CSV already streaming. So the
words are tried once, on their own, before a search uses them: ``check_words`` runs the
conversion, a match and a headline on a one-word text, and turns
a refusal into ``UnreadableWords`` — a 400 wherever the words came from. A failure to reach the
database is not the words' fault and is raised as it is (archive.middleware answers 503).

The admin's search boxes use the same check (archive.admin.lists.words_query).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import nullcontext

from django.contrib.postgres.search import SearchQuery
from django.db import DatabaseError, connection, transaction

# Must match the literal config of Meeting.search_vector: PostgreSQL's "russian" stems
# Latin-letter words with the English stemmer and Cyrillic words with the Russian one.
SEARCH_CONFIG = "russian"

# The conversion, a match and a headline, on a one-word text; and the query as text, which
# archive.search.phrases reads its phrases from.
_TRIAL = (
    "SELECT numnode(q), to_tsvector(%(config)s::regconfig, 'trial') @@ q,"
    " ts_headline(%(config)s::regconfig, 'trial', q), q::text"
    " FROM websearch_to_tsquery(%(config)s::regconfig, %(words)s) AS q"
)
# SQLSTATEs that blame the words: data exceptions (22…), a syntax error, program limits (54…,
# "stack depth limit exceeded") and the parser's internal errors (XX000, "tsquery stack too
# small"). Anything else — the connection, a timeout, an aborted transaction — is raised as it is.
WORDS_FAULTS = ("22", "42601", "54", "XX000")
UNREADABLE_MESSAGE = (
    "These words cannot be searched — the query has more operators than the search can "
    "read (such as a long run of “-” or “!”). Remove some and try again."
)


_TSQUERY_TEXTS: OrderedDict[str, str] = OrderedDict()  # the last few words and their tsquery
_TSQUERY_TEXTS_KEPT = 256
_TSQUERY_TEXTS_LOCK = threading.Lock()


class UnreadableWords(ValueError):
    """Words PostgreSQL's text-search parser refuses to turn into a query."""


def search_query(text: str) -> SearchQuery:
    """Web-search syntax ("quotes", OR, -word), in the search vector's config."""
    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


def check_words(text: str) -> None:
    """Raise UnreadableWords when PostgreSQL cannot run ``text`` as a search."""
    # A savepoint only inside a transaction, which a failed statement would abort; in
    # autocommit (a request) the statement fails alone.
    guard = transaction.atomic() if connection.in_atomic_block else nullcontext()
    try:
        with guard, connection.cursor() as cursor:
            cursor.execute(_TRIAL, {"config": SEARCH_CONFIG, "words": text})
            _keep_tsquery_text(text, cursor.fetchone()[3])
    except DatabaseError as error:
        if not (getattr(error.__cause__, "sqlstate", None) or "").startswith(WORDS_FAULTS):
            raise
        raise UnreadableWords(UNREADABLE_MESSAGE) from error


def _keep_tsquery_text(text: str, tsquery: str) -> None:
    with _TSQUERY_TEXTS_LOCK:
        _TSQUERY_TEXTS[text] = tsquery
        _TSQUERY_TEXTS.move_to_end(text)
        while len(_TSQUERY_TEXTS) > _TSQUERY_TEXTS_KEPT:
            _TSQUERY_TEXTS.popitem(last=False)


def tsquery_text(text: str) -> str:
    """``websearch_to_tsquery`` of ``text`` in the search config, in tsquery syntax (kept from
    ``check_words`` when it checked the same words)."""
    found = _TSQUERY_TEXTS.get(text)
    if found is None:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT websearch_to_tsquery(%s::regconfig, %s)::text", [SEARCH_CONFIG, text]
            )
            found = cursor.fetchone()[0]
        _keep_tsquery_text(text, found)
    return found


def checked_search_query(text: str) -> SearchQuery:
    """``search_query(text)`` once PostgreSQL has shown it can run it (or UnreadableWords)."""
    check_words(text)
    return search_query(text)
