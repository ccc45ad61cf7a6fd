"""Figures for the browse lists and the country, topic and organization pages (a person's are
in archive.search.people).

Meeting counts come from the facet index (archive.search.facet_index), so they are exact,
current and the same as a search's. A country's representatives come from the fresh snapshot
(archive.search.snapshots) when there is one, since in a big archive counting them takes
seconds; otherwise they are counted now, with the same results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from django.db import connection
from django.db.models import QuerySet

from ..models import EntitySnapshot, Meeting, Organization, Participant
from .facet_index import facet_index
from .snapshots import REPRESENTATIVES, entity_snapshot

RECENT_MEETINGS = 100  # listed on a country's, topic's or organization's page


# --- Browse lists ---------------------------------------------------------------------------


def browse_counts(user: Any, *facets: str) -> list[dict[int, int]]:
    """Meetings per value of each facet (country, topic, organization, body, participant) over
    all visible meetings, from the facet index."""
    index = facet_index()
    with index.lock:
        visible = index.visible(user)
        return [index.value_counts(facet, visible) for facet in facets]


# --- Country, topic and organization pages -----------------------------------------------------


@dataclass
class EntityFigures:
    total: int
    years: dict[int, int]  # meetings per year
    convened: int | None = None  # an organization's: the meetings it convened
    people: list[Participant] = field(default_factory=list)  # a country's: who represented it


def recent_meetings(meetings: QuerySet[Meeting], limit: int = RECENT_MEETINGS) -> list[Meeting]:
    return list(meetings.select_related("body").lean().order_by("-date_start", "-pk")[:limit])


def entity_figures(user: Any, kind: str, entity, meetings: QuerySet[Meeting]) -> EntityFigures:
    """An entity page's counts: its meetings in all and per year (``meetings``, counted in the
    facet index); for an organization, those it convened; for a country, who represented it
    most (each with ``n``, their meetings)."""
    index = facet_index()
    with index.lock:
        visible = index.visible(user)
        if kind == EntitySnapshot.Kind.ORGANIZATION:
            convened = visible & index.holding("body", entity.pk)
            chosen = convened | (visible & index.holding("organization", entity.pk))
        else:
            chosen = visible & index.holding(kind, entity.pk)
        figures = EntityFigures(
            total=int(np.count_nonzero(chosen)), years=index.value_counts("year", chosen)
        )
        if kind == EntitySnapshot.Kind.ORGANIZATION:
            figures.convened = int(np.count_nonzero(convened))
    if kind == EntitySnapshot.Kind.COUNTRY:
        figures.people = representatives(user, entity)
    return figures


def representatives(user: Any, country) -> list[Participant]:
    """The people who represented ``country`` most, from the fresh snapshot or counted now."""
    stored = entity_snapshot(user, EntitySnapshot.Kind.COUNTRY, country.pk)
    ranked = stored.people if stored is not None else counted_representatives(user, country)
    found = Participant.objects.in_bulk([pk for pk, _ in ranked])
    people = []
    for pk, n in ranked:
        if pk in found:
            found[pk].n = n
            people.append(found[pk])
    return people


def counted_representatives(user: Any, country) -> list[tuple[int, int]]:
    """[(person id, meetings)] of the REPRESENTATIVES people who represented ``country`` at
    the most visible meetings, ties by name and id as the snapshot orders them. The meetings
    per person come from the facet index (the meetings' delegate keys): counting the
    country's attendances in SQL grows with the archive (0.3 s for Russia at 100,000
    meetings). Only the people tied with the last place or above are ordered by name in
    PostgreSQL, so the statement is bounded by the country's people, not its meetings."""
    index = facet_index()
    with index.lock:
        counts = index.scoped_value_counts("participant", index.visible(user), (country.pk,))
    if not counts:
        return []
    threshold = sorted(counts.values(), reverse=True)[:REPRESENTATIVES][-1]
    candidates = [(pk, n) for pk, n in counts.items() if n >= threshold]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT c.id, c.n FROM unnest(%s::bigint[], %s::int[]) AS c (id, n) "
            f"JOIN {Participant._meta.db_table} p ON p.id = c.id "
            f"ORDER BY c.n DESC, p.name, p.id LIMIT %s",
            [[pk for pk, _ in candidates], [n for _, n in candidates], REPRESENTATIVES],
        )
        return cursor.fetchall()


def organization_meetings(organization: Organization, user: Any) -> QuerySet[Meeting]:
    """The visible meetings an organization convened or took part in."""
    return Meeting.objects.visible_to(user).involving_organization(organization)
