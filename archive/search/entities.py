"""Figures for the browse lists and the country, topic and organization pages (a person's are
in archive.search.people).

Counts over every visible meeting come from the fresh snapshot (archive.search.snapshots) when
there is one, since in a big archive counting them takes seconds; otherwise they are counted
now, with the same results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, QuerySet
from django.db.models.expressions import RawSQL

from ..models import EntitySnapshot, Meeting, Organization, Participant
from .facets import FACETS
from .snapshots import REPRESENTATIVES, entity_snapshot, snapshot_counts

RECENT_MEETINGS = 100  # listed on a country's, topic's or organization's page


# --- Browse lists ---------------------------------------------------------------------------


def browse_counts(user: Any, *facets: str) -> list[dict[int, int]]:
    """Meetings per value of each facet (country, topic, organization, body, participant) over
    all visible meetings: from the snapshot when there is a fresh one, else counted now."""
    counts = snapshot_counts(user, facets)
    if counts is not None:
        return counts
    return [_live_counts(facet, user) for facet in facets]


def _live_counts(facet: str, user: Any) -> dict[int, int]:
    """One facet counted in one query (cached like the search's counts)."""
    seconds = getattr(settings, "SEARCH_FACET_CACHE_SECONDS", 0)
    key = f"archive:browse:{facet}:{bool(getattr(user, 'is_staff', False))}"
    if seconds and (cached := cache.get(key)) is not None:
        return cached
    meetings = Meeting.objects.visible_to(user).order_by()
    if facet == "body":
        rows = meetings.exclude(body=None).values_list("body").annotate(n=Count("pk"))
    else:
        column = FACETS[facet]["column"]
        rows = (
            meetings.annotate(key=RawSQL(f"unnest({column})", ()))
            .values("key")
            .annotate(n=Count("pk"))
            .values_list("key", "n")
        )
    counts = dict(rows)
    if seconds:
        cache.set(key, counts, seconds)
    return counts


# --- Country, topic and organization pages -----------------------------------------------------


@dataclass
class EntityFigures:
    total: int
    years: dict[int, int]  # meetings per year
    convened: int | None = None  # an organization's: the meetings it convened
    people: list[Participant] = field(default_factory=list)  # a country's: who represented it


def year_counts(meetings: QuerySet[Meeting]) -> dict[int, int]:
    return dict(
        meetings.exclude(year=None)
        .order_by()
        .values_list("year")
        .annotate(n=Count("pk"))
        .values_list("year", "n")
    )


def recent_meetings(meetings: QuerySet[Meeting], limit: int = RECENT_MEETINGS) -> list[Meeting]:
    return list(meetings.select_related("body").lean().order_by("-date_start", "-pk")[:limit])


def entity_figures(user: Any, kind: str, entity, meetings: QuerySet[Meeting]) -> EntityFigures:
    """An entity page's counts: its meetings in all and per year; for an organization, those
    it convened; for a country, who represented it most (each with ``n``, their meetings)."""
    stored = entity_snapshot(user, kind, entity.pk)
    if stored is not None:
        return _stored_figures(kind, stored)
    figures = EntityFigures(total=meetings.count(), years=year_counts(meetings))
    if kind == EntitySnapshot.Kind.ORGANIZATION:
        figures.convened = Meeting.objects.visible_to(user).filter(body=entity).count()
    if kind == EntitySnapshot.Kind.COUNTRY:
        figures.people = list(
            Participant.objects.filter(
                attendances__country=entity,
                attendances__meeting__in=Meeting.objects.visible_to(user),
            )
            .annotate(n=Count("attendances", distinct=True))
            .order_by("-n", "name", "pk")[:REPRESENTATIVES]
        )
    return figures


def _stored_figures(kind: str, stored: EntitySnapshot) -> EntityFigures:
    figures = EntityFigures(
        total=stored.total, years={int(year): n for year, n in stored.years.items()}
    )
    if kind == EntitySnapshot.Kind.ORGANIZATION:
        figures.convened = stored.convened
    if kind == EntitySnapshot.Kind.COUNTRY:
        found = Participant.objects.in_bulk([pk for pk, _ in stored.people])
        for pk, n in stored.people:
            if pk in found:
                found[pk].n = n
                figures.people.append(found[pk])
    return figures


def organization_meetings(organization: Organization, user: Any) -> QuerySet[Meeting]:
    """The visible meetings an organization convened or took part in."""
    return Meeting.objects.visible_to(user).involving_organization(organization)
