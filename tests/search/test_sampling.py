"""Facet counts of broad searches come from a sample.

400 meetings stand in for a big archive: the limits are lowered so that a search of all of
them is "broad" (EXACT_LIMIT 50, SAMPLE_SIZE 100). Which meetings fall in a sample depends on
their ids, so the estimates are checked against tolerances of four standard deviations or
more, and everything else (flags, rounding, the narrow paths) exactly.
"""

from __future__ import annotations

import datetime
import io

import pytest
from django.db import connection
from django.http import QueryDict
from django.utils import timezone

from archive.models import Country, Meeting, Topic
from archive.search.facets import estimated_rows, sampled, scale
from archive.search.filters import MeetingFilterSet
from archive.search.query import MeetingSearch
from archive.search.results import SearchResult

pytestmark = pytest.mark.django_db

MEETINGS = 400


@pytest.fixture(name="broad")
def broad_fixture(reference_data, monkeypatch):
    """All 400 meetings with Russia; a quarter with Kazakhstan too; a fifth on terrorism;
    forty a year over ten years; half in Minsk."""
    monkeypatch.setattr("archive.search.facets.EXACT_LIMIT", 50)
    monkeypatch.setattr("archive.search.facets.SAMPLE_SIZE", 100)
    ru, kz = Country.objects.get(code="RU"), Country.objects.get(code="KZ")
    terrorism = Topic.objects.get_or_create(slug="terrorism", defaults={"name": "Terrorism"})[0]
    Meeting.objects.bulk_create(
        Meeting(
            title=f"Meeting {i}",
            slug=f"sampled-meeting-{i}",
            date_start=datetime.date(2000 + i % 10, 1 + i % 12, 1 + i % 28),
            date_precision=Meeting.DatePrecision.DAY,
            status=Meeting.Status.PUBLISHED,
            city="Minsk" if i % 2 else "Astana",
            country_ids=[ru.pk, kz.pk] if i % 4 == 0 else [ru.pk],
            topic_ids=[terrorism.pk] if i % 5 == 0 else [],
        )
        for i in range(MEETINGS)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE archive_meeting")  # real planner estimates
    return {"ru": ru, "kz": kz, "terrorism": terrorism}


def run(query: str) -> tuple[MeetingSearch, SearchResult]:
    filterset = MeetingFilterSet(QueryDict(query), queryset=Meeting.objects.none())
    assert filterset.is_valid(), filterset.errors
    searcher = MeetingSearch(filterset)
    return searcher, searcher.run()


def counts(result, facet: str) -> dict[str, int]:
    return {v.value: v.count for v in result.facets[facet].values}


def test_a_broad_search_is_counted_on_a_sample_and_scaled(broad):
    _, result = run("country=RU")
    assert result.estimated and result.count_estimated
    # The sample holds about 100 of the 400 (binomial, sd ~9); the estimates scale it up.
    assert 60 <= result.sample_size <= 140
    assert 250 <= result.count <= 550
    # Kazakhstan: 100 in truth, ~25 ± 4.3 in the sample. A single year (40 in truth) has only
    # ~10 ± 2.7 in the sample, too few to bound alone: all ten are there, and together they
    # make the sample's ~100 ± 8.7.
    assert 30 <= counts(result, "country")["KZ"] <= 180
    years = counts(result, "year")
    assert len(years) == 10 and 250 <= sum(years.values()) <= 550
    # Two significant digits: all a sample can tell.
    for value in [result.count, *counts(result, "country").values()]:
        assert len(str(value).rstrip("0")) <= 2
    # The same search counts the same sample every time.
    assert run("country=RU")[1].facets == result.facets


def test_cached_counts_keep_saying_they_are_estimates(broad, settings):
    """With SEARCH_FACET_CACHE_SECONDS (production), a repeated broad search reads its counts
    from the cache and is still an estimate, total included."""
    from django.core.cache import cache

    settings.SEARCH_FACET_CACHE_SECONDS = 60
    cache.clear()
    first = run("country=RU")[1]
    searcher, again = run("country=RU")
    assert searcher.facets_skipped is False
    assert (again.count, again.estimated, again.count_estimated, again.sample_size) == (
        first.count,
        True,
        True,
        first.sample_size,
    )
    cache.clear()


def test_a_small_search_is_counted_exactly(broad):
    _, result = run("country=KZ&topic=terrorism")
    assert not result.estimated and not result.count_estimated
    assert result.count == 20  # i % 4 == 0 and i % 5 == 0
    assert counts(result, "city") == {"Astana": 20}


def test_a_chosen_year_is_exact_while_the_other_years_are_estimated(broad):
    """The total and the narrowing facets count the 40 meetings of 2003 exactly; the year
    facet ("any of") counts the 400 without its own filter, on a sample."""
    _, result = run("country=RU&year=2003")
    assert result.count == 40 and not result.count_estimated
    assert result.estimated
    assert counts(result, "city") == {"Minsk": 40}  # i % 10 == 3: odd
    years = counts(result, "year")
    assert len(years) == 10 and 250 <= sum(years.values()) <= 550  # 400, sampled


def test_a_thin_sample_from_a_bad_estimate_is_counted_again(broad, monkeypatch):
    """When the planner overestimates (correlated filters), the sample's own count decides."""
    monkeypatch.setattr("archive.search.facets.estimated_rows", lambda meetings: 1_000_000)
    _, result = run("country=KZ&topic=terrorism")
    assert result.count == 20 and not result.estimated


def test_the_page_says_the_counts_are_estimates(client, broad):
    html = client.get("/?country=RU").content.decode()
    assert "About " in html
    assert "estimated from a random sample" in html
    assert '<span class="count">≈' in html
    exact = client.get("/?country=KZ&topic=terrorism").content.decode()
    assert "20 meetings" in exact and "≈" not in exact and "estimated" not in exact
    data = client.get("/api/meetings/?country=RU").json()
    assert data["count_estimated"] is True and data["facets_estimated"] is True
    # Past the end of an estimated total: an empty page that says so.
    past = client.get("/?country=RU&page=60")
    assert past.status_code == 200
    assert "There is no page 60: this search has fewer results." in past.content.decode()


def test_samples_are_nested_fractions_of_the_meetings(broad):
    everything = Meeting.objects.all()
    half = set(sampled(everything, 0.5).values_list("pk", flat=True))
    quarter = set(sampled(everything, 0.25).values_list("pk", flat=True))
    assert 150 <= len(half) <= 250 and 60 <= len(quarter) <= 140
    assert quarter < half  # a smaller sample is part of a bigger one
    assert sampled(everything, 1.0).count() == MEETINGS


def test_the_planner_estimate_is_of_the_right_size(broad):
    assert estimated_rows(Meeting.objects.filter(country_ids__contains=[broad["ru"].pk])) >= 200
    assert estimated_rows(Meeting.objects.filter(city="Nowhere")) < 50


def test_scaling_rounds_to_two_significant_digits():
    assert scale(17, 1.0) == 17  # exact counts stay exact
    assert scale(113, 0.0025) == 45_000
    assert scale(3, 0.25) == 12
    assert scale(1, 0.001) == 1_000
    assert scale(0, 0.5) == 0


def test_the_home_page_uses_fresh_precomputed_exact_counts(client, broad, settings):
    """Unfiltered, the archive is counted ahead of time (refresh_facet_counts); a stale
    snapshot is not used."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from archive.models import FacetSnapshot

    Meeting.objects.create(
        title="A draft", slug="a-draft", status=Meeting.Status.DRAFT, date_precision="unknown"
    )
    assert "About " in client.get("/").content.decode()  # no snapshot yet: a sample

    out = io.StringIO()
    call_command("refresh_facet_counts", stdout=out)
    assert "public: 400 meetings" in out.getvalue() and "staff: 401" in out.getvalue()
    html = client.get("/").content.decode()
    assert "400 meetings" in html and "≈" not in html and "About " not in html
    assert '<span class="count">100</span>' in html  # Kazakhstan, counted exactly
    editor = get_user_model().objects.create_user("ed", password="x", is_staff=True)
    client.force_login(editor)
    assert "401 meetings" in client.get("/").content.decode()  # staff see the draft too
    client.logout()
    # A filtered search never uses the snapshot.
    assert "About " in client.get("/?country=RU").content.decode()

    settings.SEARCH_SNAPSHOT_MAX_AGE = 60
    FacetSnapshot.objects.update(computed_at=timezone.now() - datetime.timedelta(minutes=5))
    assert "About " in client.get("/").content.decode()
