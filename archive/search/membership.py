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

YEARS_ON_BODY_PAGE = 3  # the latest years a body's page shows; its membership page has all


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


def body_membership(
    body: Organization, user: Any, *, years: int | None = None
) -> list[MembershipYear]:
    """The body's membership year by year, latest first (the latest ``years`` only if given)."""
    meetings = Meeting.objects.visible_to(user).filter(body=body).exclude(year=None).order_by()
    sessions = dict(meetings.values_list("year").annotate(n=Count("pk")).order_by())
    chosen = sorted(sessions, reverse=True)[:years] if years else sorted(sessions, reverse=True)
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
    people = Participant.objects.in_bulk(
        {pk for by_country in grouped.values() for rows in by_country.values() for pk, _ in rows}
    )
    countries = Country.objects.in_bulk(
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
