"""Reports → archive records. One report, one transaction; the same code for the command and the
admin upload.

The flow for one report (``ReportImporter.import_report``):

1. read: size limit, encoding detection, HTML/Markdown to text (``reading``);
2. SHA-256 of the normalised text: a report seen before is "unchanged" (or, with ``update``,
   re-extracted);
3. extract the facts (``archive.extraction``: pure Python, no database);
4. find the meeting the report describes (``matching``) — the same body on overlapping dates in
   the same city, the same body and ordinal on agreeing dates, or the same people on the same
   day — or create one; uncertain look-alikes are recorded in ``Meeting.possible_duplicates``
   for an editor, never merged. A report that describes no meeting the importer can place
   (``placement_problem``) is kept *unsorted*: stored without a meeting, with its extraction,
   for editors to attach or turn into a meeting from the review queue (``place``). Only what
   is not a report at all (empty, binary, not text) fails;
5. store the SourceDocument, then rebuild the meeting's machine-extracted facts from the stored
   extractions of *all* its sources (``rebuilding``, with ``merging`` and ``rows``). Fields and
   sets an editor curated are left alone, so attaching a second report, or re-extracting after
   the extractor improved, can never undo a correction.

An archive without its reference data (countries, topics, bodies) imports nothing: the first
report raises MissingReferenceData, which stops the run.

Everything happens inside ``transaction.atomic()``: a failure anywhere leaves no trace of that
report, and a dry run is the same code rolled back at the end.

Many reports (``ReportImporter.import_batch``, what the command uses): the same steps, but the
reports that start new meetings — most of them — are matched to each other in memory (and
to the archive with one query for the whole batch) and written with one COPY per table for the
whole batch (``batch``, ``bulk``), instead of some twenty queries each. A batch that fails is
rolled back and retried one report at a time.
"""

from __future__ import annotations

import dataclasses
import logging

from django.conf import settings
from django.db import DatabaseError, transaction

from ..extraction import EXTRACTOR_VERSION, ExtractionError, Lexicon
from ..models import ImportBatch, Meeting, SourceDocument
from .batch import BatchWriter, NewMeeting
from .lookups import Lookups
from .matching import MeetingMatcher, look_alike_flags, needs_review, placement_problem
from .outcomes import ImportFailed, Outcome, raise_if_connection_lost
from .reading import EXTRACTOR_FAILED, Report, ReportReader
from .rebuilding import MeetingRebuilder
from .reference_data import require_reference_data
from .rows import RowBuilder, set_extraction, source_document
from .spellings import count_spellings

logger = logging.getLogger(__name__)

# A report of the batch: (its place in the batch, the report, its text, its digest).
Readable = tuple[int, Report, str, str]


class _Rollback(Exception):
    """Ends a dry run: rolls its transaction back, carrying the outcome out."""

    def __init__(self, outcome: Outcome) -> None:
        self.outcome = outcome


class ReportImporter:
    """Imports reports, alone (``import_report``) or in batches (``import_batch``); keep one
    instance for a whole run: it caches the reference tables and the compiled lexicon.

    The work is done by its parts: ``reader`` (text and extraction), ``matcher`` (which
    meeting), ``rebuilder`` (a meeting's facts, one meeting at a time) and ``batch_writer``
    (the new meetings of a batch, one COPY per table); this class holds the order of the steps
    and the transactions. It is a little over 300 lines because placing a kept-unsorted report
    and the one-by-one retry of a failed batch belong to the same order of steps and savepoints.
    """

    def __init__(
        self,
        *,
        update: bool = False,
        dry_run: bool = False,
        status: str | None = None,
        max_bytes: int | None = None,
        lexicon: Lexicon | None = None,
        import_batch: ImportBatch | None = None,
    ) -> None:
        if status is not None and status not in Meeting.Status.values:
            raise ValueError(f"unknown status {status!r}; choose from {Meeting.Status.values}")
        self.update = update
        # The run the stored reports belong to (archive.models.ImportBatch).
        self.import_batch_id = import_batch.pk if import_batch is not None else None
        self.dry_run = dry_run
        self.status = status
        self.lookups = Lookups(lexicon)
        self.reader = ReportReader(
            max_bytes=max_bytes if max_bytes is not None else settings.REPORT_MAX_BYTES,
            lookups=self.lookups,
        )
        rows = RowBuilder(self.lookups)
        self.matcher = MeetingMatcher(self.lookups)
        self.rebuilder = MeetingRebuilder(self.lookups, rows)
        self.batch_writer = BatchWriter(self.lookups, rows)
        self._reference_data_checked = False

    @property
    def lexicon(self) -> Lexicon:
        """The fixtures' gazetteers with the topics as editors keep them in the database."""
        return self.lookups.lexicon

    def read(self, report: Report) -> str:
        """The report's text, or ImportFailed/ExtractionError saying why it cannot be read."""
        return self.reader.read(report)

    def prepare(self, report: Report) -> Report:
        """Read and extract ``report`` ahead of importing it (``ReportReader.prepare``)."""
        return self.reader.prepare(report)

    def forget_cached_rows(self) -> None:
        """Drop cached organizations: after a rollback they may name rows that are gone."""
        self.lookups.forget_organizations()

    def check_reference_data(self) -> None:
        """Raise MissingReferenceData unless countries, topics and bodies are loaded; looked at
        once per importer."""
        if not self._reference_data_checked:
            require_reference_data()
            self._reference_data_checked = True

    # --- one report -------------------------------------------------------------------------

    def import_report(self, report: Report) -> Outcome:
        self.check_reference_data()
        try:
            text = self.reader.text(report)
            with transaction.atomic():
                outcome = self._import(report, text)
                if self.dry_run:
                    raise _Rollback(outcome)
            return outcome
        except _Rollback as rollback:
            self.forget_cached_rows()
            rollback.outcome.dry_run = True
            return rollback.outcome
        except (ImportFailed, ExtractionError) as exc:
            self.forget_cached_rows()
            return Outcome(name=report.name, action="failed", reason=str(exc))
        except DatabaseError as exc:
            self.forget_cached_rows()
            raise_if_connection_lost(exc)
            return Outcome(
                name=report.name, action="failed", reason=f"database error: {exc}".strip()
            )
        except Exception as exc:
            # A bug, met on some unusual report: that report fails (its transaction rolled
            # back, the traceback logged for us), and the run goes on with the others.
            logger.exception("importing %s failed unexpectedly", report.name)
            self.forget_cached_rows()
            return Outcome(
                name=report.name,
                action="failed",
                reason=f"internal error ({exc.__class__.__name__}); the log has the details",
            )

    def _import(self, report: Report, text: str) -> Outcome:
        sha = self.reader.digest(report, text)
        known = (
            SourceDocument.objects.filter(sha256=sha)
            .select_related("meeting")
            .defer("meeting__search_text", "meeting__search_vector")
            .first()
        )
        if known and not self.update:
            return Outcome.of_meeting(report.name, "unchanged", known.meeting)
        if known and known.url and not report.url:
            # Re-extracted with the address it was imported from, which may date it.
            report = dataclasses.replace(report, url=known.url, prepared=None)

        data, cleaned_text = self.reader.extract(report, text)
        if known:
            return self._reextract(report, known, data, cleaned_text)
        source = source_document(None, report, text, sha, cleaned_text, data)
        source.import_batch_id = self.import_batch_id
        return self._place(report.name, source)

    def _place(self, name: str, source: SourceDocument) -> Outcome:
        """Find or create the meeting ``source`` reports and store it there; or, when it
        cannot be placed, store it unsorted."""
        data = source.extraction
        problem = placement_problem(data)
        if problem:
            source.meeting = None
            source.save()
            return Outcome.kept_unsorted(name, problem, data)
        meeting, look_alikes = self.matcher.find_meeting(data)
        if meeting is None:
            meeting = self.rebuilder.new_meeting(data, status=self._new_status)
            action = "created"
        else:
            action = "attached"
        source.meeting = meeting
        source.save()
        outcome = Outcome.of_meeting(name, action, meeting)
        outcome.extraction = data
        if look_alikes:
            meeting.possible_duplicates.add(*look_alikes)
        self.rebuild_meeting(meeting, outcome, fresh=action == "created")
        outcome.flags.extend(look_alike_flags(look_alikes))
        if action == "created" and needs_review(meeting, look_alikes, data):
            meeting.status = Meeting.Status.NEEDS_REVIEW
            meeting.save(update_fields=["status"])
        count_spellings([source])  # once the status is settled: it decides what readers see
        return outcome

    def _reextract(
        self, report: Report, known: SourceDocument, data: dict, cleaned_text: str
    ) -> Outcome:
        """``update``: a report imported before, with the extraction it gives now; one kept
        unsorted is placed again with it."""
        if data.get(EXTRACTOR_FAILED) and known.meeting is not None:
            # Its meeting keeps the facts of the extraction that worked.
            return Outcome(name=report.name, action="failed", reason=placement_problem(data))
        same = known.extraction == data and known.extractor_version == EXTRACTOR_VERSION
        if same and known.meeting is not None:
            return Outcome.of_meeting(report.name, "unchanged", known.meeting)
        count_spellings([known], sign=-1)  # what the old extraction counted
        set_extraction(known, data, cleaned_text)
        if known.meeting is None:
            return self._place(report.name, known)
        known.save()
        outcome = Outcome.of_meeting(report.name, "updated", known.meeting)
        self.rebuild_meeting(known.meeting, outcome)
        count_spellings([known])
        return outcome

    def place(self, source: SourceDocument, meeting: Meeting | None = None) -> Meeting:
        """An editor's placing of a report kept unsorted: attach it to ``meeting``, or make a
        new meeting (under review) from its stored extraction; then rebuild that meeting from
        all its reports, so the facts, evidence and people come along. Raises ImportFailed
        when the stored extraction cannot make a meeting (a malformed date)."""
        created = meeting is None
        if created:
            meeting = self.rebuilder.new_meeting(
                source.extraction, status=Meeting.Status.NEEDS_REVIEW
            )
        source.meeting = meeting
        source.save(update_fields=["meeting"])
        self.rebuild_meeting(meeting, fresh=created)
        count_spellings([source])
        return meeting

    def rebuild_meeting(
        self, meeting: Meeting, outcome: Outcome | None = None, *, fresh: bool = False
    ) -> None:
        """Set the meeting's machine-extracted facts from all its sources' extractions,
        leaving curated fields and sets, and rows editors added, as they are
        (``MeetingRebuilder.rebuild``); ``outcome``, if given, names the meeting and people."""
        people = self.rebuilder.rebuild(meeting, fresh=fresh)
        if outcome is not None:
            outcome.describe_meeting(meeting, people)

    @property
    def _new_status(self) -> str:
        return self.status or Meeting.Status.NEEDS_REVIEW

    # --- many reports -----------------------------------------------------------------------

    def import_batch(self, reports: list[Report]) -> list[Outcome]:
        """Import several reports with a few bulk writes instead of dozens of queries each.

        Reports that start new meetings (the common case) are written together: one insert
        each for the meetings' sources, countries, organizations, topics, people and
        attendances of the whole batch. Reports of meetings already in the archive go through
        the one-report path. If anything in the batch fails, the batch is rolled back and its
        reports are imported one by one, so a bad report still leaves no trace and the others
        are kept. Dry runs and --update always go one by one.
        """
        self.check_reference_data()
        if self.dry_run or self.update or len(reports) < 2:
            return [self.import_report(report) for report in reports]
        try:
            with transaction.atomic():
                return self._import_batch(reports)
        except DatabaseError as exc:
            raise_if_connection_lost(exc)
            return self._one_by_one(reports, exc)
        except Exception as exc:  # any other failure: retry the reports one by one
            return self._one_by_one(reports, exc)

    def _one_by_one(self, reports: list[Report], exc: Exception) -> list[Outcome]:
        logger.info("batch of %d reports failed (%s); importing one by one", len(reports), exc)
        self.forget_cached_rows()
        return [self.import_report(report) for report in reports]

    def _import_batch(self, reports: list[Report]) -> list[Outcome]:
        outcomes: list[Outcome | None] = [None] * len(reports)
        readable = self._read_batch(reports, outcomes)
        known = {
            sha: (meeting_id, slug, title)
            for sha, meeting_id, slug, title in SourceDocument.objects.filter(
                sha256__in=[sha for *_, sha in readable]
            ).values_list("sha256", "meeting_id", "meeting__slug", "meeting__title")
        }
        archived = self.matcher.archived_candidates(
            [
                self.reader.extraction_of(report, text, sha)
                for _, report, text, sha in readable
                if sha not in known
            ]
        )
        groups, later = self._group_by_meeting(readable, known, archived, outcomes)
        # Reports of archived meetings, and those kept unsorted, go the one-report way.
        if groups:
            self._write_new_meetings(groups, outcomes)
        for place, report, text in later:
            outcomes[place] = self.import_report(
                Report(report.name, text=text, url=report.url, prepared=report.prepared)
            )
        return [outcome for outcome in outcomes if outcome is not None]

    def _read_batch(self, reports: list[Report], outcomes: list) -> list[Readable]:
        """The batch's readable reports with their text and digest; the others' outcomes."""
        readable = []
        for place, report in enumerate(reports):
            try:
                text = self.reader.text(report)
            except (ImportFailed, ExtractionError) as exc:
                outcomes[place] = Outcome(name=report.name, action="failed", reason=str(exc))
                continue
            readable.append((place, report, text, self.reader.digest(report, text)))
        return readable

    def _group_by_meeting(
        self, readable: list[Readable], known: dict, archived: dict, outcomes: list
    ) -> tuple[list[NewMeeting], list[tuple[int, Report, str]]]:
        """Each report not imported before, matched: to a meeting this batch creates (grouped
        for the bulk write), or to one in the archive (imported one by one afterwards)."""
        groups: dict[int, NewMeeting] = {}  # id() of an unsaved meeting → its reports
        # Reports of meetings already in the archive, and reports kept unsorted.
        later: list[tuple[int, Report, str]] = []
        seen: dict[str, NewMeeting | None] = {}  # None: the report is imported later
        for place, report, text, sha in readable:
            if sha in known:
                meeting_id, slug, title = known[sha]
                outcomes[place] = Outcome(
                    report.name,
                    "unchanged",
                    meeting_id=meeting_id,
                    meeting_slug=slug or "",
                    meeting_title=title or "",
                )
                continue
            if sha in seen:  # the same text twice in one batch
                if seen[sha] is None:
                    later.append((place, report, text))  # found "unchanged" then
                else:
                    seen[sha].duplicates.append((place, report))
                continue
            try:
                data, cleaned_text = self.reader.extract(report, text)
                meeting, look_alikes, unsorted = None, [], bool(placement_problem(data))
                if not unsorted:
                    pending = [group.meeting for group in groups.values()]
                    meeting, look_alikes = self.matcher.find_meeting(data, pending, archived)
            except (ImportFailed, ExtractionError) as exc:
                outcomes[place] = Outcome(name=report.name, action="failed", reason=str(exc))
                continue
            if unsorted or (meeting is not None and meeting.pk is not None):
                seen[sha] = None
                later.append((place, report, text))
                continue
            if meeting is None:
                meeting = self.rebuilder.new_meeting(data, status=self._new_status, save=False)
                groups[id(meeting)] = NewMeeting(meeting, look_alikes)
            group = seen[sha] = groups[id(meeting)]
            source = source_document(meeting, report, text, sha, cleaned_text, data)
            source.import_batch_id = self.import_batch_id
            group.sources.append((place, report, source))
        return list(groups.values()), later

    def _write_new_meetings(self, groups: list[NewMeeting], outcomes: list) -> None:
        """The bulk writes for meetings created in this batch, and their reports' outcomes."""
        self.batch_writer.write(groups)
        count_spellings(source for group in groups for _, _, source in group.sources)
        for group in groups:
            for number, (place, report, _) in enumerate(group.sources):
                action = "created" if number == 0 else "attached"
                outcomes[place] = group.outcome_for(report, action)
            for place, report in group.duplicates:
                outcomes[place] = group.outcome_for(report, "unchanged")
