"""Which meetings a user may see: readers the published ones, staff every meeting."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from ..models import Meeting


def visible_meetings(user: Any = None) -> QuerySet[Meeting]:
    """Published meetings for readers; staff also see drafts and meetings under review."""
    meetings = Meeting.objects.all()
    if user is not None and getattr(user, "is_staff", False):
        return meetings
    return meetings.filter(status=Meeting.Status.PUBLISHED)
