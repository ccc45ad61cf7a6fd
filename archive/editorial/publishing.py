"""A meeting's status (publish, unpublish, hold), "reviewed", and the curated marks; and what
makes a meeting not ready for readers (``publishing_gaps``), which the admin asks about before
publishing.

A status an editor sets becomes curated, so re-import keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.admin.models import CHANGE
from django.db.models import QuerySet

from ..ingest.spellings import count_published_spellings
from ..ingest.titles import organization_name_key, title_weakness
from ..models import Meeting, Organization
from ..search.snapshot_refresh import refresh_after_commit
from .history import log
from .refresh import refresh_search_documents_of
from .review import dismiss
from .review_items import meeting_items


def set_status(meetings: QuerySet[Meeting], status: str, *, user=None) -> int:
    """Publish, unpublish or hold meetings; the status becomes curated (re-import keeps it)."""
    changed: list[Meeting] = []
    was_published: list[int] = []
    for meeting in meetings.exclude(status=status):
        before = meeting.get_status_display()
        if meeting.status == Meeting.Status.PUBLISHED:
            was_published.append(meeting.pk)
        meeting.status = status
        meeting.mark_curated("status")
        meeting.save(update_fields=["status", "curated_fields", "updated_at"])
        log(user, [meeting], CHANGE, f"Status: {before} → {meeting.get_status_display()}.")
        changed.append(meeting)
    if changed:
        now_published = [m.pk for m in changed] if status == Meeting.Status.PUBLISHED else []
        published_changed(now_published, was_published)
        refresh_after_commit()  # the precomputed counts follow what readers now see
    return len(changed)


def published_changed(published: Iterable[int], unpublished: Iterable[int]) -> None:
    """Meetings were published or unpublished: what readers see of their people's names
    follows (the published spelling counts, and the search documents that hold a spelling
    readers may no longer see)."""
    count_published_spellings(published, sign=1)
    people = count_published_spellings(unpublished, sign=-1)
    refresh_search_documents_of(people)


# --- ready to publish? -------------------------------------------------------------------------


def organization_names() -> frozenset[str]:
    """Every organization's name and aliases as headlines are compared with them: a title
    that is one of them names no meeting."""
    names = set()
    for name, aliases in Organization.objects.values_list("name", "aliases"):
        names.update(organization_name_key(each) for each in (name, *aliases))
    return frozenset(names)


def meeting_gaps(meeting: Meeting, names: frozenset[str] | None = None) -> list[str]:
    """What readers would find wanting in ``meeting``: "weak title: …", "no date", "no
    convening body" (``names``: organization_names(), read once for many meetings)."""
    reasons = []
    weakness = title_weakness(meeting.title, organization_names() if names is None else names)
    if weakness:
        reasons.append(f"weak title: {weakness}")
    if meeting.date_start is None or meeting.date_precision == Meeting.DatePrecision.UNKNOWN:
        reasons.append("no date")
    if meeting.body_id is None:
        reasons.append("no convening body")
    return reasons


def publishing_gaps(meetings: QuerySet[Meeting]) -> list[tuple[Meeting, list[str]]]:
    """The meetings among ``meetings`` not published yet that readers would find wanting, each
    with what it wants (``meeting_gaps``). One pass over the selection, reading only the
    columns the checks need."""
    names = organization_names()
    # A fresh query on the selection's ids: a change list's joins and counts are not needed.
    selected = Meeting.objects.filter(pk__in=meetings.order_by().values("pk"))
    unpublished = selected.exclude(status=Meeting.Status.PUBLISHED).only(
        "pk", "title", "slug", "status", "date_precision", "date_start", "body_id"
    )
    gaps = []
    for meeting in unpublished.order_by("pk").iterator(chunk_size=2000):
        reasons = meeting_gaps(meeting, names)
        if reasons:
            gaps.append((meeting, reasons))
    return gaps


def mark_reviewed(meetings: QuerySet[Meeting], *, user=None) -> int:
    """An editor checked these meetings: their meeting-level review items (low-confidence
    fields, unknown date) leave the queue, and "needs review" becomes "draft" (ready to
    publish)."""
    count = 0
    for meeting in meetings:
        for item in meeting_items([meeting.pk]):
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
