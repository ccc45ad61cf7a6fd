"""Re-extraction: every report of a meeting read again with the extractor and the topics as
they are now, the meeting's machine facts rebuilt, the curated ones kept."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.admin.models import ADDITION, CHANGE

from ..ingest.importer import ReportImporter
from ..ingest.pipeline import ArchiveBusy, import_transaction
from ..ingest.reading import Report
from ..models import Meeting, SourceDocument
from .history import log
from .refresh import refresh_meeting
from .review_entries import sync_review_entries


@dataclass
class ExtractionRun:
    """What a re-extraction did: meetings rebuilt, reports read, and why any failed."""

    meetings: int = 0
    reports: int = 0
    failures: list[str] = field(default_factory=list)
    placed: list[int] = field(default_factory=list)  # unsorted reports that now have a meeting
    stopped: bool = False  # an import held the archive's lock for longer than the wait


# How long one meeting's re-extraction waits for an import's batch to commit: an editor is
# waiting for the answer, and a batch holds the lock for seconds.
LOCK_WAIT_SECONDS = 10


def rerun_extraction(
    meetings: Iterable[Meeting], *, user=None, lock_wait: float = LOCK_WAIT_SECONDS
) -> ExtractionRun:
    """Extract every report of these meetings again — with the extractor and the topics as
    they are now — and rebuild the meetings' machine facts. Curated fields and sets are kept
    (``ReportImporter.rebuild_meeting`` leaves them alone). Each meeting is rebuilt under the
    archive's import lock, as an import batch is; if an import holds it for longer than
    ``lock_wait`` seconds, the run stops there and says so."""
    run = ExtractionRun()
    done: list[int] = []
    importer = ReportImporter(update=True)  # one instance: one lexicon built from the DB topics
    for meeting in meetings:
        if not meeting.sources.exists():
            # An editor's own meeting: nothing to extract, and rebuilding from no reports
            # would blank its machine fields.
            run.failures.append(f"{meeting}: no reports to extract from")
            continue
        try:
            with import_transaction(lock_wait):
                run.reports += _rebuild(importer, meeting, run.failures)
        except ArchiveBusy as exc:
            run.failures.append(f"{meeting}: not re-extracted, {exc}; try again in a few minutes")
            run.stopped = True
            break
        log(user, [meeting], CHANGE, "Re-ran extraction (curated fields kept).")
        run.meetings += 1
        done.append(meeting.pk)
    sync_review_entries(meetings=done)
    return run


def _rebuild(importer: ReportImporter, meeting: Meeting, failures: list[str]) -> int:
    """Read each report of the meeting again and rebuild it; the number of reports read."""
    reports = 0
    for source in meeting.sources.order_by("pk"):
        # No file suffix in the name: raw_text is already plain text.
        outcome = importer.import_report(Report(name=f"report #{source.pk}", text=source.raw_text))
        reports += 1
        if outcome.failed:
            failures.append(f"{meeting}: {outcome.reason}")
    meeting.refresh_from_db()
    importer.rebuild_meeting(meeting)
    refresh_meeting(meeting, review=False)
    return reports


def reapply_topics(*, user=None) -> ExtractionRun:
    """After topic patterns changed: re-extract the meetings whose topics are machine-made."""
    meetings = (
        Meeting.objects.filter(sources__isnull=False)
        .exclude(curated_fields__contains=["topics"])
        .distinct()
        .order_by("pk")
    )
    return rerun_extraction(meetings, user=user)


def place_unsorted_again(
    sources: Iterable[SourceDocument] | None = None,
    *,
    user=None,
    lock_wait: float = LOCK_WAIT_SECONDS,
) -> ExtractionRun:
    """Read the reports kept unsorted (all of them when ``sources`` is None) again with the
    extractor as it is now, and place each one it can now place, as an import would (a new
    meeting under review, or the meeting it matches). The others stay unsorted with their
    new extraction."""
    run = ExtractionRun()
    if sources is None:
        sources = SourceDocument.objects.filter(meeting__isnull=True).order_by("pk")
    importer = ReportImporter(update=True)
    touched: list[int] = []
    meetings: set[int] = set()
    for source in sources:
        try:
            with import_transaction(lock_wait):
                outcome = importer.import_report(
                    Report(name=f"report #{source.pk}", text=source.raw_text)
                )
        except ArchiveBusy as exc:
            run.failures.append(f"report #{source.pk}: not read again, {exc}")
            run.stopped = True
            break
        run.reports += 1
        touched.append(source.pk)
        if outcome.failed:
            run.failures.append(f"report #{source.pk}: {outcome.reason}")
        elif outcome.meeting_id is not None:
            run.placed.append(source.pk)
            meetings.add(outcome.meeting_id)
            verb = "Made from" if outcome.action == "created" else "Attached"
            log(
                user,
                Meeting.objects.filter(pk=outcome.meeting_id),
                ADDITION if outcome.action == "created" else CHANGE,
                f"{verb} the unsorted report #{source.pk}, read again by the extractor.",
            )
    run.meetings = len(meetings)
    sync_review_entries(meetings=meetings, sources=touched)
    return run
