"""The review queue's entries (ReviewEntry) kept in step with the records.

``sync_review_entries`` re-derives the items of a scope (archive.editorial.review_items) and
reconciles them with the stored entries: a new problem becomes an open entry, one that no
longer applies becomes *resolved* (and opens again if it comes back), one an editor dismissed
stays *dismissed*. Imports call it for the meetings and reports they wrote, the admin after
an edit, ``manage.py sync_review_queue`` for everything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ..models import (
    ImportBatch,
    ReviewDismissal,
    ReviewEntry,
    ReviewKind,
    ReviewStatus,
    SourceDocument,
)
from .review_items import (
    MEETING_KINDS,
    ReviewItem,
    bodies_of,
    duplicate_items,
    meeting_items,
    new_body_items,
    person_items,
    unsorted_items,
)
from .similar_people import similar_people_items

# What an entry copies from its item; a change to any of them is written back.
STORED_FIELDS = (
    "title",
    "certainty",
    "reason",
    "detail",
    "meeting_id",
    "other_meeting_id",
    "source_id",
    "participant_id",
    "other_participant_id",
    "organization_id",
    "attendance_id",
    "import_batch_id",
)
CHUNK = 2000
WHOLE_ARCHIVE_FROM = 20_000


@dataclass
class SyncResult:
    created: int = 0
    updated: int = 0
    reopened: int = 0
    resolved: int = 0
    kinds: dict[str, int] = field(default_factory=dict)  # open entries found, per kind

    def __str__(self) -> str:
        return (
            f"{self.created} new, {self.updated} updated, {self.reopened} reopened, "
            f"{self.resolved} resolved"
        )


def _ids(values: Iterable[int] | None) -> list[int] | None:
    return None if values is None else sorted({int(v) for v in values})


# An entry whose record is gone (deleted meeting, report, person or body) no longer applies.
ORPHANED = Q(status=ReviewStatus.OPEN) & (
    Q(kind__in=MEETING_KINDS, meeting__isnull=True)
    | Q(kind=ReviewKind.POSSIBLE_DUPLICATE)
    & (Q(meeting__isnull=True) | Q(other_meeting__isnull=True))
    | Q(kind=ReviewKind.UNSORTED_REPORT)
    & (Q(source__isnull=True) | Q(source__meeting__isnull=False))
    | Q(kind=ReviewKind.NEW_BODY, organization__isnull=True)
    | Q(kind=ReviewKind.SIMILAR_PEOPLE)
    & (Q(participant__isnull=True) | Q(other_participant__isnull=True))
)


def _bodies_in_scope(meetings: list[int] | None, organizations: list[int]) -> set[int] | None:
    """The bodies whose new-body items a change to these meetings may touch: their bodies, the
    ones named, and those of open items that convene no meeting any more (a corrected meeting
    left them). None: every body."""
    if meetings is None:
        return None
    abandoned = (
        ReviewEntry.objects.filter(kind=ReviewKind.NEW_BODY, status=ReviewStatus.OPEN)
        .exclude(organization__convened_meetings__isnull=False)
        .values_list("organization_id", flat=True)
    )
    return (bodies_of(meetings) or set()) | set(organizations) | set(abandoned) - {None}


def _derive(
    meetings: list[int] | None, sources: list[int] | None, people: bool, organizations: list[int]
) -> tuple[list[ReviewItem], Q]:
    """The items of the scope, and the condition that selects its stored entries."""
    bodies = _bodies_in_scope(meetings, organizations)
    items: list[ReviewItem] = new_body_items(bodies) if bodies is None or bodies else []
    new_bodies = Q(kind=ReviewKind.NEW_BODY)
    scope = ORPHANED | (new_bodies if bodies is None else new_bodies & Q(organization__in=bodies))
    if meetings is None or meetings:
        items += meeting_items(meetings) + person_items(meetings) + duplicate_items(meetings)
        duplicates = Q(kind=ReviewKind.POSSIBLE_DUPLICATE)
        if meetings is None:
            scope |= Q(kind__in=MEETING_KINDS) | duplicates
        else:
            scope |= Q(kind__in=MEETING_KINDS, meeting_id__in=meetings) | duplicates & (
                Q(meeting_id__in=meetings) | Q(other_meeting_id__in=meetings)
            )
    if sources is None or sources:
        items += unsorted_items(sources)
        unsorted = Q(kind=ReviewKind.UNSORTED_REPORT)
        scope |= unsorted if sources is None else unsorted & Q(source_id__in=sources)
    if people:
        items += similar_people_items()
        scope |= Q(kind=ReviewKind.SIMILAR_PEOPLE)
    return items, scope


def sync_review_entries(
    *,
    meetings: Iterable[int] | None = (),
    sources: Iterable[int] | None = (),
    people: bool = False,
    organizations: Iterable[int] = (),
) -> SyncResult:
    """Re-derive the review items of these meetings, reports and bodies (None: all of them;
    with ``people``, the similar people too) and bring their entries in step."""
    meeting_ids, source_ids = _ids(meetings), _ids(sources)
    # A scope this big is read faster whole than as a list of ids.
    if meeting_ids is not None and len(meeting_ids) > WHOLE_ARCHIVE_FROM:
        meeting_ids = None
    if source_ids is not None and len(source_ids) > WHOLE_ARCHIVE_FROM:
        source_ids = None
    items, scope = _derive(meeting_ids, source_ids, people, _ids(organizations) or [])
    found = {(str(item.kind), item.key): item for item in items}
    dismissed = set(ReviewDismissal.objects.values_list("kind", "key"))
    result = SyncResult()
    now = timezone.now()
    existing = ReviewEntry.objects.filter(scope).values_list(
        "pk", "kind", "key", "status", *STORED_FIELDS
    )
    to_update: list[ReviewEntry] = []
    to_resolve: list[int] = []
    seen: set[tuple[str, str]] = set()
    with transaction.atomic():
        for pk, kind, key, status, *stored in existing.iterator(chunk_size=CHUNK):
            item = found.get((kind, key))
            if item is None:
                if status == ReviewStatus.OPEN:
                    to_resolve.append(pk)
                continue
            seen.add((kind, key))
            wanted = [getattr(item, name) for name in STORED_FIELDS]
            new_status = status
            if (kind, key) in dismissed:
                new_status = ReviewStatus.DISMISSED
            elif status == ReviewStatus.RESOLVED:
                new_status = ReviewStatus.OPEN
                result.reopened += 1
            if wanted != stored or new_status != status:
                entry = ReviewEntry(pk=pk, status=new_status, updated_at=now, resolved_at=None)
                for name, value in zip(STORED_FIELDS, wanted, strict=True):
                    setattr(entry, name, value)
                to_update.append(entry)
        for start in range(0, len(to_resolve), CHUNK):
            chunk = to_resolve[start : start + CHUNK]
            result.resolved += ReviewEntry.objects.filter(pk__in=chunk).update(
                status=ReviewStatus.RESOLVED, resolved_at=now, updated_at=now
            )
        if to_update:
            ReviewEntry.objects.bulk_update(
                to_update, [*STORED_FIELDS, "status", "updated_at", "resolved_at"], CHUNK
            )
            result.updated = len(to_update) - result.reopened
        new = [
            ReviewEntry(
                kind=kind,
                key=key,
                status=ReviewStatus.DISMISSED if (kind, key) in dismissed else ReviewStatus.OPEN,
                **{name: getattr(item, name) for name in STORED_FIELDS},
            )
            for (kind, key), item in found.items()
            if (kind, key) not in seen
        ]
        ReviewEntry.objects.bulk_create(new, CHUNK, ignore_conflicts=True)
        result.created = len(new)
    for kind, _ in found:
        result.kinds[kind] = result.kinds.get(kind, 0) + 1
    return result


def sync_everything() -> SyncResult:
    """Every kind over the whole archive."""
    return sync_review_entries(meetings=None, sources=None, people=True)


def finish_import_batch(batch: ImportBatch, meeting_ids: Iterable[int] = ()) -> SyncResult:
    """An import is over: note when, and bring the review queue in step with what it wrote —
    the meetings its reports went to (``meeting_ids``: also those of reports it re-extracted,
    which keep their first batch), its unsorted reports, and the similar people (new people
    may have come in)."""
    batch.finished_at = timezone.now()
    batch.save(update_fields=["finished_at"])
    reports = SourceDocument.objects.filter(import_batch=batch)
    meetings = set(meeting_ids) | set(
        reports.filter(meeting__isnull=False).values_list("meeting_id", flat=True)
    )
    sources = reports.filter(meeting__isnull=True).values_list("pk", flat=True)
    return sync_review_entries(meetings=meetings, sources=list(sources), people=True)


def set_entry_status(kind: str, key: str, status: str) -> int:
    """Mark one entry (a dismissal, or its undoing)."""
    resolved_at = None if status == ReviewStatus.OPEN else timezone.now()
    return ReviewEntry.objects.filter(kind=kind, key=key).update(
        status=status, resolved_at=resolved_at, updated_at=timezone.now()
    )
