"""Snippets cost the same whatever a report's size: each shown meeting's row carries the first
FIND_CHARS characters of its text, and the snippet is cut from a window of WINDOW_CHARS
around the first searched word (archive.search.snippets), not from a 400 KB report."""

import random

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict

from archive.search.params import parse_search
from archive.search.query import MeetingSearch
from archive.search.snippets import FIND_CHARS, WINDOW_CHARS
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
    assert WINDOW_CHARS < 50_000 < FIND_CHARS < 300_000


def test_a_snippet_finds_a_word_whose_stem_is_not_its_prefix(client, reference_data):
    """ "city" is stemmed "citi": the window is still placed at the word."""
    meeting = build(
        title="City", year=2024, city="", body=None, countries=[], topics=[],
        text=long_report(4, word="city", at=30_000),
    )  # fmt: skip
    results = client.get("/api/meetings/?q=city").json()["results"]
    assert [r["slug"] for r in results] == [meeting.slug]
    assert "<mark>city</mark>" in results[0]["snippet_html"]


def test_a_long_reports_row_carries_a_bounded_slice_of_its_text(reference_data):
    """A 400 KB report's row on a search page holds FIND_CHARS characters of its text (all of
    a short one's), which its snippet is cut from."""
    long = build(
        title="Long", year=2024, city="", body=None, countries=[], topics=[],
        text="Drug routes were discussed. " + long_report(5),
    )  # fmt: skip
    short = build(
        title="Short", year=2023, city="", body=None, countries=[], topics=[],
        text="Drug routes were discussed.",
    )  # fmt: skip
    filterset, _ = parse_search(QueryDict("q=drug+routes"), AnonymousUser())
    search = MeetingSearch(filterset, user=AnonymousUser())
    rows = {m.pk: m for m in search.page_meetings([long.pk, short.pk])}
    assert len(rows[long.pk].snippet_text) == FIND_CHARS
    assert rows[short.pk].snippet_text.startswith("Drug routes were discussed.")
    result = search.run()
    snippets = {m.pk: str(m.snippet) for m in result.meetings}
    assert snippets[long.pk].startswith("<mark>Drug</mark> <mark>routes</mark> were discussed.")
    assert len(snippets[long.pk]) < 2 * WINDOW_CHARS
