"""A meeting's status (publish, unpublish, hold), "reviewed", and the curated marks.

A status an editor sets becomes curated, so re-import keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.admin.models import CHANGE
from django.db.models import QuerySet

from ..models import Meeting
from .history import log
from .review import dismiss
from .review_items import meeting_items


def set_status(meetings: QuerySet[Meeting], status: str, *, user=None) -> int:
    """Publish, unpublish or hold meetings; the status becomes curated (re-import keeps it)."""
    changed = 0
    for meeting in meetings.exclude(status=status):
        before = meeting.get_status_display()
        meeting.status = status
        meeting.mark_curated("status")
        meeting.save(update_fields=["status", "curated_fields", "updated_at"])
        log(user, [meeting], CHANGE, f"Status: {before} → {meeting.get_status_display()}.")
        changed += 1
    return changed


def mark_reviewed(meetings: QuerySet[Meeting], *, user=None) -> int:
    """An editor checked these meetings: their meeting-level review items (low-confidence
    fields, unknown date) leave the queue, and "needs review" becomes "draft" (ready to
    publish)."""
    count = 0
    for meeting in meetings:
        for item in meeting_items(Meeting.objects.filter(pk=meeting.pk)):
            dismiss(item.kind, item.key, user=user, note="meeting marked reviewed")
        if meeting.status == Meeting.Status.NEEDS_REVIEW:
            meeting.status = Meeting.Status.DRAFT
            meeting.mark_curated("status")
            meeting.save(update_fields=["status", "curated_fields", "updated_at"])
        log(user, [meeting], CHANGE, "Marked reviewed.")
        count += 1
    return count


def clear_curated(objects: Iterable, *, user=None) -> int:
    """Remove the curated marks, so re-extraction may set those fields (and sets) again."""
    count = 0
    for obj in objects:
        if not obj.curated_fields:
            continue
        before = ", ".join(obj.curated_fields)
        obj.curated_fields = []
        obj.save(update_fields=["curated_fields"])
        log(user, [obj], CHANGE, f"Cleared curated marks: {before}.")
        count += 1
    return count
