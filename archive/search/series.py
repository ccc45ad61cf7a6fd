"""A body's series of sessions: its numbered sessions in order, with their dates, and the gaps
an editor can look for reports of — ordinals the archive has no meeting for, and years without
a session where the body usually meets every year.

Every figure is an aggregate over the body's visible meetings, read from the covering index
``meeting_body_series`` alone, so a body with thousands of meetings costs a few index scans,
and the lists are bounded by the number of distinct ordinals and years.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Max, Min

from ..models import Meeting, Organization

# A body "usually meets every year" when it met in at least this share of the years from its
# first session to its last.
USUAL_YEARS_SHARE = 0.6
MAX_SESSIONS = 1000  # ordinals listed (a body numbers a few hundred sessions at most)


@dataclass
class Session:
    """One ordinal of the series: how many meetings the archive has for it, their dates, and
    the first of them."""

    ordinal: int
    meetings: int
    first: datetime.date | None
    last: datetime.date | None
    meeting: Meeting | None


@dataclass
class MissingRun:
    """Consecutive ordinals the archive lacks, between the sessions before and after them."""

    start: int
    end: int
    after: datetime.date | None  # the last date of the session before
    before: datetime.date | None  # the first date of the session after

    @property
    def count(self) -> int:
        return self.end - self.start + 1


@dataclass
class Series:
    body: Organization
    sessions: list[Session]
    unnumbered: int  # meetings of the body without an ordinal
    missing: list[MissingRun]
    years: dict[int, int]  # meetings per year
    meets_yearly: bool
    years_without: list[int] = field(default_factory=list)

    @property
    def missing_count(self) -> int:
        return sum(run.count for run in self.missing)

    @property
    def highest(self) -> int | None:
        return self.sessions[-1].ordinal if self.sessions else None

    @property
    def first_year(self) -> int | None:
        return min(self.years) if self.years else None

    @property
    def last_year(self) -> int | None:
        return max(self.years) if self.years else None

    @property
    def total(self) -> int:
        return sum(s.meetings for s in self.sessions) + self.unnumbered


def body_series(body: Organization, user: Any) -> Series:
    """The series of sessions ``body`` convened, as ``user`` may see them."""
    meetings = Meeting.objects.visible_to(user).filter(body=body).order_by()
    numbered = meetings.exclude(ordinal=None)
    rows = list(
        numbered.values("ordinal")
        .annotate(n=Count("pk"), first=Min("date_start"), last=Max("date_start"))
        .order_by("ordinal")[:MAX_SESSIONS]
    )
    # The first meeting of each ordinal: its id from the index, then only those rows.
    first_ids = (
        numbered.filter(ordinal__in=[row["ordinal"] for row in rows])
        .order_by("ordinal", "date_start", "pk")
        .distinct("ordinal")
        .values("pk")
    )
    firsts = {
        m.ordinal: m
        for m in Meeting.objects.filter(pk__in=first_ids).only(
            "slug", "title", "ordinal", "date_start", "date_end", "date_precision", "city"
        )
    }
    sessions = [
        Session(row["ordinal"], row["n"], row["first"], row["last"], firsts.get(row["ordinal"]))
        for row in rows
    ]
    years = dict(meetings.exclude(year=None).values_list("year").annotate(n=Count("pk")).order_by())
    meets_yearly, years_without = _years_without(years)
    return Series(
        body=body,
        sessions=sessions,
        unnumbered=meetings.filter(ordinal=None).count(),
        missing=missing_runs(sessions),
        years=years,
        meets_yearly=meets_yearly,
        years_without=years_without,
    )


def missing_runs(sessions: list[Session]) -> list[MissingRun]:
    """The ordinals from 1 to the highest known that no meeting has, as runs, each with the
    dates of the sessions around it (where the missing ones must have been held)."""
    runs: list[MissingRun] = []
    expected, previous = 1, None
    for session in sessions:
        if session.ordinal > expected:
            runs.append(
                MissingRun(
                    expected,
                    session.ordinal - 1,
                    previous.last if previous else None,
                    session.first,
                )
            )
        expected, previous = session.ordinal + 1, session
    return runs


def _years_without(years: dict[int, int]) -> tuple[bool, list[int]]:
    """(whether the body usually meets every year, the years in its span without a meeting
    when it does)."""
    if len(years) < 2:
        return False, []
    span = range(min(years), max(years) + 1)
    if len(years) / len(span) < USUAL_YEARS_SHARE:
        return False, []
    return True, [year for year in span if year not in years]
