"""Many report files in: read and extracted ahead (in a worker process for a large import),
then imported in committed batches — what ``manage.py import_reports`` runs.

Reading, decoding, hashing and extracting need no database, so for a large import a forked
worker does them for the next batches while this process writes the current one. It is an
optimisation only: the outcomes and records are the same as reading in-process
(docs/PERFORMANCE.md has the figures).
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from django.db import DatabaseError, transaction

from .importer import ReportImporter
from .outcomes import Outcome, raise_if_connection_lost
from .reading import SUPPORTED_SUFFIXES, Report

# Fewer files than this are read in-process: starting a worker costs more than it saves.
WORKER_THRESHOLD = 200
# Batches a worker may prepare ahead of the writer: enough to keep both busy, few enough that
# memory stays flat however many files there are.
BATCHES_AHEAD = 3


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


def import_in_batches(
    importer: ReportImporter, paths: Iterable[Path | str], batch_size: int
) -> Iterator[Outcome]:
    """Import reports in transactions of ``batch_size``, each report in its own savepoint.

    Outcomes are yielded only once their batch is committed; when the commit itself fails
    (the database went away), every report of the batch is reported as failed, so a re-run
    imports exactly those.
    """
    for batch in prepared_batches(importer, paths, batch_size):
        yield from commit_batch(importer, batch)


def prepared_batches(
    importer: ReportImporter, paths: Iterable[Path | str], batch_size: int
) -> Iterator[list[Report | Outcome]]:
    """Batches of reports read and extracted, or of Outcomes saying why a file failed."""
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


def commit_batch(importer: ReportImporter, items: list[Report | Outcome]) -> list[Outcome]:
    """Import the batch's reports in one transaction; the outcomes in the batch's order."""
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


# The importer in the worker process, set when the worker starts.
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
