"""A person's timeline: the offices (titles) they held, each with the first and last meeting
date at which a report gave it. Their current title is the one of the latest dated meeting
(``archive.search.people.current_title``, which the person's record uses too).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, F, Max, Min

from ..models import Participant
from .people import attendances_seen


@dataclass
class Office:
    """A title as reports wrote it, and when it was seen (None: only on undated meetings)."""

    title: str
    first: datetime.date | None
    last: datetime.date | None
    meetings: int


def offices_held(participant: Participant, user: Any) -> list[Office]:
    """The person's titles in the visible meetings, in the order first held (titles seen only
    on undated meetings last); one grouped query over the person's attendances."""
    rows = (
        attendances_seen(participant, user)
        .exclude(title="")
        .order_by()
        .values("title")
        .annotate(first=Min("meeting__date_start"), last=Max("meeting__date_end"), n=Count("pk"))
        .annotate(last_start=Max("meeting__date_start"))
        .order_by(F("first").asc(nulls_last=True), F("last_start").asc(nulls_last=True), "title")
    )
    return [
        Office(
            row["title"],
            row["first"],
            _latest(row["last"], row["last_start"]),
            row["n"],
        )
        for row in rows
    ]


def _latest(end: datetime.date | None, start: datetime.date | None) -> datetime.date | None:
    """The later of a meeting's end and start dates (a one-day meeting has no end)."""
    dates = [d for d in (end, start) if d is not None]
    return max(dates) if dates else None
