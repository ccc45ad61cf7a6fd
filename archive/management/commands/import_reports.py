import itertools
import json
import multiprocessing
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction

from archive.importer import (
    SUPPORTED_SUFFIXES,
    DatabaseUnavailable,
    Outcome,
    Report,
    ReportImporter,
    iter_report_paths,
    raise_if_connection_lost,
)
from archive.models import Meeting
from archive.search import refresh_facet_snapshots

ACTIONS = ("created", "updated", "attached", "unchanged", "failed")


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
            help="Largest file accepted, in bytes (default: REPORT_MAX_BYTES, 5 MB).",
        )
        parser.add_argument(
            "--quiet", action="store_true", help="Print only failures and the summary."
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
        importer = ReportImporter(
            update=options["update"],
            dry_run=options["dry_run"],
            status=options["status"],
            max_bytes=options["max_bytes"],
        )
        counts: Counter[str] = Counter()
        started = time.monotonic()
        if as_json:
            # Streamed one report at a time, so memory stays flat however many there are.
            self.stdout.write(f'{{"dry_run": {json.dumps(options["dry_run"])}, "reports": [')
        progress = Progress(self.stderr, enabled=not quiet and sys.stderr.isatty())

        paths = iter_report_paths(options["paths"])
        outcomes = import_in_batches(importer, paths, max(1, options["batch_size"]))
        while True:
            try:
                outcome = next(outcomes)
            except StopIteration:
                break
            except DatabaseUnavailable as exc:
                progress.done()
                done = sum(counts.values())
                if as_json:  # keep the output valid JSON
                    summary = {action: counts[action] for action in ACTIONS}
                    self.stdout.write(
                        f'\n], "summary": {json.dumps(summary)}, '
                        f'"error": {json.dumps(f"database unavailable: {exc}")}}}'
                    )
                raise CommandError(
                    f"Lost the database after {done} report(s) ({exc}). The reports in progress "
                    "were not saved and the archive is consistent; run the same command again "
                    "when the database is back: reports already imported are skipped.",
                    returncode=2,
                ) from exc
            counts[outcome.action] += 1
            progress.step(sum(counts.values()))
            if as_json:
                separator = ",\n" if sum(counts.values()) > 1 else "\n"
                self.stdout.write(
                    separator + json.dumps(outcome.to_dict(), ensure_ascii=False), ending=""
                )
            else:
                self._print_outcome(outcome, quiet=quiet)
        progress.done()

        elapsed = time.monotonic() - started
        summary = {action: counts[action] for action in ACTIONS}
        if as_json:
            self.stdout.write(
                f'\n], "summary": {json.dumps(summary)}, "seconds": {round(elapsed, 3)}}}'
            )
        else:
            prefix = "Dry run — nothing was written. Would have: " if options["dry_run"] else ""
            line = prefix + ", ".join(f"{n} {action}" for action, n in summary.items())
            style = self.style.ERROR if counts["failed"] else self.style.SUCCESS
            self.stdout.write(style(f"{line} ({elapsed:.1f} s)"))
        if not options["dry_run"] and counts["created"] + counts["updated"] + counts["attached"]:
            self._refresh_home_page_counts(quiet=quiet)
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} report(s) failed", returncode=1)

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
        verb = f"would be {outcome.action}" if outcome.dry_run else outcome.action
        self.stdout.write(f"{verb:>20}  {outcome.name} → {outcome.meeting_title}")
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


def read_one(path: Path | str) -> Report | Outcome:
    """The report at ``path``, or a failed Outcome saying why it cannot be read."""
    if isinstance(path, str):
        return Outcome(name=path, action="failed", reason="no such file or directory")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return Outcome(
            name=str(path),
            action="failed",
            reason=f"unsupported file type {path.suffix or '(none)'}: use .txt, .html, .htm or .md",
        )
    try:
        return Report.from_path(path)
    except OSError as exc:
        return Outcome(name=str(path), action="failed", reason=f"cannot read: {exc.strerror}")


# Fewer files than this are read in-process: starting a worker costs more than it saves.
WORKER_THRESHOLD = 200
# Batches a worker may prepare ahead of the writer: enough to keep both busy, few enough that
# memory stays flat however many files there are.
BATCHES_AHEAD = 3


def import_in_batches(
    importer: ReportImporter, paths: Iterable[Path | str], batch_size: int
) -> Iterator[Outcome]:
    """Import reports in transactions of ``batch_size``, each report in its own savepoint.

    Outcomes are yielded only once their batch is committed; when the commit itself fails
    (the database went away), every report of the batch is reported as failed, so a re-run
    imports exactly those.
    """
    for batch in prepared_batches(importer, paths, batch_size):
        yield from _commit_batch(importer, batch)


def prepared_batches(
    importer: ReportImporter, paths: Iterable[Path | str], batch_size: int
) -> Iterator[list[Report | Outcome]]:
    """Batches of reports read and extracted, or of Outcomes saying why a file failed.

    Reading, decoding, hashing and extracting need no database, so for a large import a worker
    process does them for the next batches while this process writes the current one.
    """
    paths = iter(paths)
    head = list(itertools.islice(paths, WORKER_THRESHOLD))
    batches = _chunks(itertools.chain(head, paths), batch_size)
    if len(head) < WORKER_THRESHOLD:
        for batch in batches:
            yield [read_one(path) for path in batch]
        return
    # Fork: the worker inherits the lexicon, compiled (and its topics read) here first; it
    # never touches the database connection it also inherits.
    importer.lexicon  # noqa: B018
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=1, mp_context=context, initializer=_start_worker, initargs=(importer,)
    ) as pool:
        ahead: deque[Future] = deque()
        for batch in batches:
            ahead.append(pool.submit(_prepare_batch, batch))
            if len(ahead) > BATCHES_AHEAD:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


_worker_importer: ReportImporter | None = None


def _start_worker(importer: ReportImporter) -> None:
    global _worker_importer
    _worker_importer = importer


def _prepare_batch(batch: list[Path | str]) -> list[Report | Outcome]:
    assert _worker_importer is not None
    items = [read_one(path) for path in batch]
    return [_worker_importer.prepare(item) if isinstance(item, Report) else item for item in items]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    items = iter(items)
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _commit_batch(importer: ReportImporter, items: list[Report | Outcome]) -> list[Outcome]:
    reports = [item for item in items if isinstance(item, Report)]
    try:
        with transaction.atomic():
            imported = iter(importer.import_batch(reports))
    except DatabaseError as exc:  # the commit itself failed
        importer.forget_cached_rows()
        raise_if_connection_lost(exc)
        return [
            Outcome(name=item.name, action="failed", reason=f"not saved, database error: {exc}")
            for item in items
        ]
    return [item if isinstance(item, Outcome) else next(imported) for item in items]


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
