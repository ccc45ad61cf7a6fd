"""Snippets cost the same whatever a report's size: ts_headline reads a bounded window of each
shown meeting's text (archive.search.query.HEADLINE_CHARS) around the first searched word,
not a 400 KB report."""

import random
import time

import pytest
from django.db import connection

from archive.search.query import HEADLINE_CHARS, HEADLINE_FIND_CHARS
from tests.factories import build

pytestmark = pytest.mark.django_db

WORDS = [
    "ministers", "delegations", "council", "border", "security", "cooperation", "agreement",
    "session", "interior", "police", "service", "exchange", "information", "programme", "joint",
    "operations", "countering", "crime", "region", "officials", "meeting", "discussed",
    "approved", "plan", "measures", "training", "experts", "forces", "protocol",
]  # fmt: skip
REPORT_CHARS = 400_000


def long_report(seed: int, *, word: str = "", at: int = 0) -> str:
    """About REPORT_CHARS of report-like words, with ``word`` first written at ``at``."""
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(REPORT_CHARS // 8))[:REPORT_CHARS]
    return text[:at] + f" {word} " + text[at:] if word else text


def test_a_snippet_is_taken_from_around_the_first_searched_word(client, reference_data):
    """A word written early, or tens of thousands of characters into a long report, is marked
    in the snippet; a meeting whose only mention lies past the part searched for it is found,
    and its snippet comes from the report's beginning, unmarked."""
    early = build(
        title="Early", year=2024, city="", body=None, countries=[], topics=[],
        text=long_report(1, word="smuggling", at=2_000),
    )  # fmt: skip
    deeper = build(
        title="Deeper", year=2023, city="", body=None, countries=[], topics=[],
        text=long_report(2, word="smuggling", at=50_000),
    )  # fmt: skip
    deepest = build(
        title="Deepest", year=2022, city="", body=None, countries=[], topics=[],
        text=long_report(3, word="smuggling", at=300_000),
    )  # fmt: skip
    results = {r["slug"]: r for r in client.get("/api/meetings/?q=smuggling").json()["results"]}
    assert set(results) == {early.slug, deeper.slug, deepest.slug}
    assert "<mark>smuggling</mark>" in results[early.slug]["snippet_html"]
    assert "<mark>smuggling</mark>" in results[deeper.slug]["snippet_html"]
    assert "<mark>" not in results[deepest.slug]["snippet_html"]
    assert HEADLINE_CHARS < 50_000 < HEADLINE_FIND_CHARS < 300_000


def test_a_snippet_finds_a_word_whose_stem_is_not_its_prefix(client, reference_data):
    """ "city" is stemmed "citi": the window is still placed at the word."""
    meeting = build(
        title="City", year=2024, city="", body=None, countries=[], topics=[],
        text=long_report(4, word="city", at=30_000),
    )  # fmt: skip
    results = client.get("/api/meetings/?q=city").json()["results"]
    assert [r["slug"] for r in results] == [meeting.slug]
    assert "<mark>city</mark>" in results[0]["snippet_html"]


@pytest.mark.slow  # builds 3.6 MB of report text and times a statement
def test_snippets_of_long_reports_take_no_longer_than_of_short_ones(client, reference_data):
    """Nine 400 KB reports matching the words: the page's snippets take about as long as for
    nine short reports, far from the ~1 s of headlining every character."""
    for n in range(9):
        build(
            title=f"Long {n}", year=2024, city="", body=None, countries=[], topics=[],
            text="Drug routes were discussed. " + long_report(n),
        )  # fmt: skip
    for n in range(9):
        build(
            title=f"Short {n}", year=2023, city="", body=None, countries=[], topics=[],
            text="Drug routes were discussed. " + long_report(n)[:HEADLINE_CHARS],
        )  # fmt: skip

    def headline_seconds(year: int) -> float:
        timings = []

        def timed(execute, sql, params, many, context):
            started = time.monotonic()
            try:
                return execute(sql, params, many, context)
            finally:
                if "ts_headline" in sql and "numnode" not in sql:
                    timings.append(time.monotonic() - started)

        with connection.execute_wrapper(timed):
            response = client.get("/api/meetings/", {"q": "drug routes", "year": year})
        assert response.status_code == 200 and len(response.json()["results"]) == 9
        return min(timings)

    short = min(headline_seconds(2023) for _ in range(3))
    long = min(headline_seconds(2024) for _ in range(3))
    assert long < max(5 * short, 0.05), (long, short)
