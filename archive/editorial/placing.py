"""Placing a report the importer kept unsorted: attaching it to a meeting, or making a meeting
of it. Either way the meeting is rebuilt from all its reports by the importer, so the report's
facts, evidence and people come along, and curated fields stay as editors left them. Deleting
a meeting does the reverse: its reports become unsorted again and wait in the review queue."""

from __future__ import annotations

from django.contrib.admin.models import ADDITION, CHANGE
from django.db import transaction

from ..ingest.importer import ReportImporter
from ..ingest.outcomes import ImportFailed
from ..ingest.spellings import count_spellings
from ..models import Meeting, SourceDocument
from .errors import EditorialError
from .history import log
from .refresh import refresh_search_documents_of
from .review_entries import sync_review_entries


def _unsorted(source: SourceDocument) -> SourceDocument:
    """The report, locked, if it is still unsorted (another editor may have placed it)."""
    locked = SourceDocument.objects.select_for_update().get(pk=source.pk)
    if locked.meeting_id is not None:
        raise EditorialError(f"{locked} is already placed at meeting #{locked.meeting_id}.")
    return locked


@transaction.atomic
def attach_report(source: SourceDocument, meeting: Meeting, *, user=None) -> Meeting:
    """Attach an unsorted report to ``meeting`` and rebuild the meeting from its reports."""
    source = _unsorted(source)
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    ReportImporter().place(source, meeting)  # rebuilds its facet keys and search document
    sync_review_entries(meetings=[meeting.pk], sources=[source.pk])
    log(user, [meeting], CHANGE, f"Attached the unsorted report {source} (#{source.pk}).")
    return meeting


@transaction.atomic
def meeting_from_report(source: SourceDocument, *, user=None) -> Meeting:
    """A new meeting, under review, made from an unsorted report's stored extraction."""
    source = _unsorted(source)
    try:
        meeting = ReportImporter().place(source)
    except ImportFailed as exc:
        raise EditorialError(f"No meeting can be made of {source}: {exc}") from exc
    sync_review_entries(meetings=[meeting.pk], sources=[source.pk])
    log(user, [meeting], ADDITION, f"Made from the unsorted report {source} (#{source.pk}).")
    return meeting


@transaction.atomic
def delete_meetings(meeting_ids: list[int]) -> int:
    """Delete these meetings; their reports stay, unsorted, as review items (nothing is lost
    with a meeting). The number of meetings deleted."""
    reports = SourceDocument.objects.filter(meeting_id__in=meeting_ids)
    sources = list(reports.values_list("pk", flat=True))
    # Unsorted, the reports count for nobody's spellings (archive.ingest.spellings).
    people = count_spellings(reports.only("pk", "meeting_id", "language", "extraction"), sign=-1)
    deleted = Meeting.objects.filter(pk__in=meeting_ids).delete()[1].get(Meeting._meta.label, 0)
    refresh_search_documents_of(people)
    sync_review_entries(meetings=meeting_ids, sources=sources)
    return deleted
