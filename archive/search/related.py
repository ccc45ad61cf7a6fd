"""Related meetings: those sharing people (weighted 3) or topics (weighted 1) with a meeting.

Topics are shared by tens of thousands of meetings, so only candidates are scored: the
``RELATED_CANDIDATES`` nearest in time on each side that share anything, and as many of the
latest that share a person (docs/PERFORMANCE.md).
"""

from __future__ import annotations

from typing import Any

from django.db.models import F, Q, QuerySet
from django.db.models.expressions import RawSQL

from ..models import Meeting

RELATED_CANDIDATES = 200
PERSON_WEIGHT = 3  # a shared person counts three times a shared topic

# Shared people and topics, counted in the database: the arrays' intersections' sizes.
SHARED_SQL = (
    f"{PERSON_WEIGHT} * cardinality(ARRAY(SELECT unnest(participant_ids) INTERSECT "
    "SELECT unnest(%s::bigint[]))) + cardinality(ARRAY(SELECT unnest(topic_ids) "
    "INTERSECT SELECT unnest(%s::bigint[])))"
)


def _candidates(meeting: Meeting, visible: QuerySet[Meeting]) -> list[QuerySet[Meeting]]:
    """The nearest in time on each side that share anything, and the latest sharing a person."""
    people, topics = list(meeting.participant_ids), list(meeting.topic_ids)
    sharing = visible.filter(
        Q(participant_ids__overlap=people or [0]) | Q(topic_ids__overlap=topics or [0])
    ).exclude(pk=meeting.pk)
    limit = RELATED_CANDIDATES
    if meeting.date_start:
        day = meeting.date_start
        parts = [
            sharing.filter(date_start__lte=day).order_by("-date_start")[:limit],
            sharing.filter(date_start__gt=day).order_by("date_start")[:limit],
        ]
    else:
        parts = [sharing.order_by(F("date_start").desc(nulls_last=True))[:limit]]
    if people:
        latest = visible.filter(participant_ids__overlap=people).exclude(pk=meeting.pk)
        parts.append(latest.order_by(F("date_start").desc(nulls_last=True))[:limit])
    return parts


def related_meetings(meeting: Meeting, *, user: Any = None, limit: int = 6) -> list[Meeting]:
    """Up to ``limit`` visible meetings sharing the most people and topics with ``meeting``,
    among its candidates; the later first on a tie."""
    people, topics = list(meeting.participant_ids), list(meeting.topic_ids)
    if not people and not topics:
        return []
    visible = Meeting.objects.visible_to(user)
    # The candidates' ids first, as a list: "id IN (subquery) OR id IN (subquery)" cannot use
    # an index, and would read every meeting to score a few hundred.
    first, *others = [part.values_list("pk", flat=True) for part in _candidates(meeting, visible)]
    candidates = Q(pk__in=list(first.union(*others)))
    shared = RawSQL(SHARED_SQL, (people, topics))
    return list(
        visible.filter(candidates)
        .lean()
        .annotate(shared=shared)
        .order_by("-shared", "-date_start", "-pk")[:limit]
    )
