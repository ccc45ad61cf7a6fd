"""Membership of a body: per year, the people who attended the sessions it convened, grouped
by the country they represented, each with how many of that year's sessions they attended.

One grouped query over the attendances of the body's visible meetings (the ``meeting_body_date``
index finds the meetings, the attendances' meeting index their people); the page reads the
latest years first and is bounded by ``years``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count

from ..models import Attendance, Country, Meeting, Organization, Participant

YEARS_ON_BODY_PAGE = 3  # the latest years a body's page shows
MEMBERS_ON_BODY_PAGE = 12  # people per country and year there; the membership page has all
YEARS_PER_PAGE = 5  # years on each page of a body's membership page


@dataclass
class Member:
    participant: Participant
    meetings: int  # of that year's sessions


@dataclass
class CountryDelegation:
    country: Country | None  # None: the reports do not say which country
    members: list[Member]


@dataclass
class MembershipYear:
    year: int
    sessions: int  # the body's meetings that year
    delegations: list[CountryDelegation] = field(default_factory=list)

    @property
    def people(self) -> int:
        return sum(len(d.members) for d in self.delegations)


@dataclass
class MembershipPage:
    """Some years of a body's membership, and which page of its years they are."""

    years: list[MembershipYear]
    number: int
    pages: int
    all_years: list[tuple[int, int]]  # (year, page showing it), latest first


def membership_page(body: Organization, user: Any, page: int) -> MembershipPage:
    """Page ``page`` of the body's membership, YEARS_PER_PAGE years each, latest first; a
    page past the end is the last one."""
    years = body_years(body, user)
    pages = max(1, -(-len(years) // YEARS_PER_PAGE))
    number = min(max(page, 1), pages)
    latest_first = sorted(years, reverse=True)
    chosen = latest_first[(number - 1) * YEARS_PER_PAGE : number * YEARS_PER_PAGE]
    return MembershipPage(
        years=body_membership(body, user, years=chosen, sessions=years),
        number=number,
        pages=pages,
        all_years=[(year, i // YEARS_PER_PAGE + 1) for i, year in enumerate(latest_first)],
    )


def body_years(body: Organization, user: Any) -> dict[int, int]:
    """The years the body met, with its number of meetings in each."""
    return dict(_dated_meetings(body, user).values_list("year").annotate(n=Count("pk")).order_by())


def _dated_meetings(body: Organization, user: Any):
    return Meeting.objects.visible_to(user).filter(body=body).exclude(year=None).order_by()


def body_membership(
    body: Organization,
    user: Any,
    *,
    latest: int | None = None,
    years: list[int] | None = None,
    sessions: dict[int, int] | None = None,
) -> list[MembershipYear]:
    """The body's membership year by year, latest first: in every year it met, its ``latest``
    years, or the chosen ``years`` (``sessions``: body_years, when already counted)."""
    meetings = _dated_meetings(body, user)
    if sessions is None:
        sessions = body_years(body, user)
    chosen = sorted(sessions, reverse=True) if years is None else sorted(years, reverse=True)
    if latest is not None:
        chosen = chosen[:latest]
    if not chosen:
        return []
    rows = (
        Attendance.objects.filter(
            meeting__in=meetings.filter(year__in=chosen), participant__isnull=False
        )
        .order_by()
        .values_list("meeting__year", "country_id", "participant_id")
        .annotate(n=Count("meeting", distinct=True))
    )
    grouped: dict[int, dict[int | None, list[tuple[int, int]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for year, country_id, participant_id, n in rows:
        grouped[year][country_id].append((participant_id, n))
    people = Participant.objects.only("name", "slug").in_bulk(
        {pk for by_country in grouped.values() for rows in by_country.values() for pk, _ in rows}
    )
    countries = Country.objects.only("code", "name").in_bulk(
        {c for by_country in grouped.values() for c in by_country if c is not None}
    )
    result = []
    for year in chosen:
        entry = MembershipYear(year, sessions[year])
        for country_id, members in grouped.get(year, {}).items():
            entry.delegations.append(
                CountryDelegation(
                    countries.get(country_id) if country_id is not None else None,
                    sorted(
                        (Member(people[pk], n) for pk, n in members if pk in people),
                        key=lambda m: (-m.meetings, m.participant.name),
                    ),
                )
            )
        entry.delegations.sort(
            key=lambda d: (d.country is None, d.country.name if d.country else "")
        )
        result.append(entry)
    return result
