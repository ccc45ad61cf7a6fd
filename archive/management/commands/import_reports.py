import json
import sys
import time
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, DatabaseError, OperationalError, connections
from django.db.migrations.executor import MigrationExecutor

from archive.editorial import finish_import_batch
from archive.editorial.refresh import people_of, refresh_latest_titles
from archive.ingest.addresses import AddressListError, read_address_list
from archive.ingest.importer import ReportImporter
from archive.ingest.outcomes import DatabaseUnavailable, MissingReferenceData, Outcome
from archive.ingest.pipeline import LOCK_WAIT_SECONDS, ArchiveBusy, import_in_batches
from archive.ingest.reading import iter_report_paths
from archive.ingest.reference_data import require_reference_data
from archive.models import ImportBatch, Meeting
from archive.search.snapshot_refresh import refresh_facet_snapshots


def unapplied_migrations() -> int:
    """How many of the project's migrations the database has not applied (all of them when
    `migrate` never ran), as `runserver` checks before it serves."""
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


ACTIONS = ("created", "updated", "attached", "unchanged", "unsorted", "failed")
# How the summary names an action where its key alone would not say it.
ACTION_LABELS = {"unsorted": "kept unsorted"}


class Command(BaseCommand):
    help = (
        "Import news reports (.txt, .html, .htm, .md; files, directories recursively, globs) "
        "into the archive. Each report is one transaction: a failure leaves nothing of it "
        "and does not stop the others. Exits non-zero when any report failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Report files, directories or globs.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would be created or changed; write nothing.",
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help="Re-extract reports already imported; fields editors curated are kept.",
        )
        parser.add_argument(
            "--status",
            choices=Meeting.Status.values,
            default=None,
            help="Status of new meetings (default: needs_review).",
        )
        parser.add_argument(
            "--format",
            choices=["text", "json"],
            default="text",
            help="Output: a readable summary (text) or a machine-readable report (json).",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=settings.REPORT_MAX_BYTES,
            help="Largest file accepted, in bytes (default: REPORT_MAX_BYTES, 5 MB); larger "
            "files are refused without being read. Only regular files are read.",
        )
        parser.add_argument(
            "--follow-symlinks",
            action="store_true",
            help="Read the files that symbolic links inside a given directory point to "
            "outside it (by default they are reported and skipped). Files named on the command "
            "line are always read.",
        )
        parser.add_argument(
            "--lock-wait",
            type=float,
            default=LOCK_WAIT_SECONDS,
            help="Seconds a batch waits while another import writes to the archive before "
            f"this one stops (default {LOCK_WAIT_SECONDS}). Imports run side by side and "
            "write one batch at a time.",
        )
        parser.add_argument(
            "--quiet", action="store_true", help="Print only failures and the summary."
        )
        parser.add_argument(
            "--addresses",
            metavar="LIST.csv",
            help="A CSV list of the addresses the reports were published at: a header line "
            "naming a 'file' and a 'url' column, files relative to the list's folder. Each "
            "address is stored with its report and helps date the meeting.",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=50,
            help="Reports committed together (default 50). Each report still has its own "
            "savepoint, so a failed report leaves nothing and the others are kept; batching "
            "only saves a disk flush per report.",
        )

    def handle(self, *args, **options):
        as_json = options["format"] == "json"
        quiet = options["quiet"] or options["verbosity"] == 0 or as_json
        try:
            unapplied = unapplied_migrations()
        except OperationalError as exc:
            raise CommandError(
                f"Cannot reach the database ({str(exc).strip()}): start it (`make db`) or set "
                "DATABASE_URL, then import again. Nothing was imported.",
                returncode=2,
            ) from exc
        if unapplied:
            raise CommandError(
                f"The database is not set up for the archive ({unapplied} migrations not "
                "applied): run `manage.py migrate` and `manage.py load_reference_data` (or "
                "`make run`), then import again. Nothing was imported.",
                returncode=2,
            )
        try:
            require_reference_data()
        except MissingReferenceData as exc:
            raise CommandError(str(exc), returncode=2) from exc
        addresses = None
        if options["addresses"]:
            try:
                addresses = read_address_list(Path(options["addresses"]))
            except AddressListError as exc:
                raise CommandError(f"{exc}. Nothing was imported.", returncode=2) from exc
        batch = None
        if not options["dry_run"]:
            label = " ".join(str(path) for path in options["paths"])
            batch = ImportBatch.objects.create(origin=ImportBatch.Origin.COMMAND, label=label[:300])
        importer = ReportImporter(
            update=options["update"],
            dry_run=options["dry_run"],
            status=options["status"],
            max_bytes=options["max_bytes"],
            import_batch=batch,
        )
        importer.check_reference_data()
        touched: set[int] = set()
        counts: Counter[str] = Counter()
        unsorted_reasons: Counter[str] = Counter()
        changed_meetings: set[int] = set()
        started = time.monotonic()
        if as_json:
            # Streamed one report at a time, so memory stays flat however many there are.
            self.stdout.write(f'{{"dry_run": {json.dumps(options["dry_run"])}, "reports": [')
        progress = Progress(self.stderr, enabled=not quiet and sys.stderr.isatty())

        paths = iter_report_paths(options["paths"], follow_symlinks=options["follow_symlinks"])
        outcomes = import_in_batches(
            importer,
            paths,
            max(1, options["batch_size"]),
            lock_wait=options["lock_wait"],
            addresses=addresses,
        )
        while True:
            try:
                outcome = next(outcomes)
            except StopIteration:
                break
            except DatabaseUnavailable as exc:
                progress.done()
                raise self._lost_database(exc, counts, as_json=as_json) from exc
            except ArchiveBusy as exc:
                progress.done()
                raise self._busy(exc, counts, as_json=as_json) from exc
            counts[outcome.action] += 1
            if outcome.meeting_id is not None and outcome.action != "unchanged":
                changed_meetings.add(outcome.meeting_id)
            if outcome.meeting_id is not None and not outcome.dry_run:
                touched.add(outcome.meeting_id)
            if outcome.unsorted:
                unsorted_reasons[outcome.reason] += 1
            progress.step(sum(counts.values()))
            if as_json:
                separator = ",\n" if sum(counts.values()) > 1 else "\n"
                self.stdout.write(
                    separator + json.dumps(outcome.to_dict(), ensure_ascii=False), ending=""
                )
            else:
                self._print_outcome(outcome, quiet=quiet)
        progress.done()

        self._print_summary(
            counts, unsorted_reasons, time.monotonic() - started, as_json, options["dry_run"]
        )
        if batch is not None:
            review = finish_import_batch(batch, touched)
            if not quiet:
                self.stdout.write(f"Review queue (import batch #{batch.pk}): {review}.")
        if not options["dry_run"] and counts["created"] + counts["updated"] + counts["attached"]:
            self._refresh_latest_titles(changed_meetings)
            self._refresh_home_page_counts(quiet=quiet)
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} report(s) failed", returncode=1)

    def _lost_database(
        self, exc: DatabaseUnavailable, counts: Counter[str], *, as_json: bool
    ) -> CommandError:
        """The error to stop on when the database went away; the JSON output is closed so it
        stays valid."""
        done = sum(counts.values())
        if as_json:
            summary = {action: counts[action] for action in ACTIONS}
            self.stdout.write(
                f'\n], "summary": {json.dumps(summary)}, '
                f'"error": {json.dumps(f"database unavailable: {exc}")}}}'
            )
        return CommandError(
            f"Lost the database after {done} report(s) ({exc}). The reports in progress "
            "were not saved and the archive is consistent; run the same command again "
            "when the database is back: reports already imported are skipped.",
            returncode=2,
        )

    def _print_summary(
        self,
        counts: Counter[str],
        unsorted_reasons: Counter[str],
        elapsed: float,
        as_json: bool,
        dry_run: bool,
    ) -> None:
        summary = {action: counts[action] for action in ACTIONS}
        if as_json:
            self.stdout.write(
                f'\n], "summary": {json.dumps(summary)}, '
                f'"unsorted_reasons": {json.dumps(dict(unsorted_reasons), ensure_ascii=False)}, '
                f'"seconds": {round(elapsed, 3)}}}'
            )
            return
        prefix = "Dry run — nothing was written. Would have: " if dry_run else ""
        line = prefix + ", ".join(
            f"{n} {ACTION_LABELS.get(action, action)}" for action, n in summary.items()
        )
        style = self.style.ERROR if counts["failed"] else self.style.SUCCESS
        self.stdout.write(style(f"{line} ({elapsed:.1f} s)"))
        if unsorted_reasons:
            self.stdout.write(
                self.style.WARNING("Kept unsorted, for an editor to place (the review queue):")
            )
            for reason, n in unsorted_reasons.most_common():
                self.stdout.write(self.style.WARNING(f"{n:>6} × {reason}"))

    def _refresh_latest_titles(self, meetings: set[int]) -> None:
        """The people of the meetings the import changed get the title of their latest dated
        meeting as their "latest known title"."""
        try:
            refresh_latest_titles(people_of(meetings))
        except DatabaseError as exc:  # the import itself is done and committed
            self.stderr.write(f"Could not refresh the people's latest titles ({exc}).")

    def _refresh_home_page_counts(self, *, quiet: bool) -> None:
        """The home page's exact counts (models.FacetSnapshot) include what was imported."""
        started = time.monotonic()
        try:
            refresh_facet_snapshots()
        except DatabaseError as exc:  # the import itself is done and committed
            self.stderr.write(
                f"Could not count the home page's facets ({exc}); run "
                "`manage.py refresh_facet_counts` later."
            )
            return
        if not quiet:
            self.stderr.write(f"Home page counts refreshed ({time.monotonic() - started:.1f} s)")

    def _print_outcome(self, outcome: Outcome, *, quiet: bool) -> None:
        if outcome.failed:
            self.stderr.write(self.style.ERROR(f"FAILED {outcome.name}: {outcome.reason}"))
            return
        if quiet:
            return
        action = ACTION_LABELS.get(outcome.action, outcome.action)
        verb = f"would be {action}" if outcome.dry_run else action
        where = outcome.reason if outcome.unsorted else outcome.meeting_title
        self.stdout.write(f"{verb:>20}  {outcome.name} → {where}")
        if outcome.dry_run or self.verbosity >= 2:
            for person in outcome.people:
                target = person["participant"] or "(unresolved)"
                self.stdout.write(
                    f"{'':>22}{person['name_as_written']} → {target} [{person['match']}]"
                )
        for flag in outcome.flags:
            self.stdout.write(self.style.WARNING(f"{'':>22}review: {flag}"))

    def execute(self, *args, **options):
        self.verbosity = options.get("verbosity", 1)
        return super().execute(*args, **options)

    def _busy(self, exc: ArchiveBusy, counts: Counter[str], *, as_json: bool) -> CommandError:
        """The error to stop on when another import holds the archive too long."""
        done = sum(counts.values())
        if as_json:
            summary = {action: counts[action] for action in ACTIONS}
            self.stdout.write(
                f'\n], "summary": {json.dumps(summary)}, "error": {json.dumps(str(exc))}}}'
            )
        stuck = (
            f" If it is stuck, end it with SELECT pg_terminate_backend({exc.holder})."
            if exc.holder
            else ""
        )
        return CommandError(
            f"Stopped after {done} report(s): {exc}.{stuck} Run the same command again once "
            "that import is done: reports already imported are skipped.",
            returncode=3,
        )


class Progress:
    """A one-line progress counter on a terminal; silent otherwise (logs, CI, pipes)."""

    def __init__(self, stream, *, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.last = 0.0

    def step(self, done: int) -> None:
        now = time.monotonic()
        if self.enabled and now - self.last > 0.2:
            self.stream.write(f"\r{done} reports…", ending="")
            self.stream.flush()
            self.last = now

    def done(self) -> None:
        if self.enabled:
            self.stream.write("\r", ending="")
