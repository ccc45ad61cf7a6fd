"""Many report files in: read and extracted ahead (in a worker process for a large import),
then imported in committed batches — what ``manage.py import_reports`` runs.

Reading, decoding, hashing and extracting need no database, so for a large import a forked
worker does them for the next batches while this process writes the current one. It is an
optimisation only: the outcomes and records are the same as reading in-process
(docs/PERFORMANCE.md has the figures). The worker dies with this process, however it
ends, and never touches the database connection it inherits.

Imports running at the same time read and extract side by side, but write one batch at a
time: each batch's transaction first takes the archive's import lock (``take_import_lock``),
so each batch matches and resolves against everything committed before it, as a single
import would.
"""

from __future__ import annotations

import ctypes
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from django.db import DatabaseError, OperationalError, connection, connections, transaction

from .importer import ReportImporter
from .outcomes import ImportFailed, Outcome, raise_if_connection_lost
from .reading import SUPPORTED_SUFFIXES, Report, printable_name

# Fewer files than this are read in-process: starting a worker costs more than it saves.
WORKER_THRESHOLD = 200
# Batches a worker may prepare ahead of the writer: enough to keep both busy, few enough that
# memory stays flat however many files there are.
BATCHES_AHEAD = 3
# The archive's import lock: a PostgreSQL advisory lock, as two int4 keys ("ARCH", 1).
IMPORT_LOCK = (0x41524348, 1)
# How long a batch waits for another import's batch to commit before its import stops: a
# batch holds the lock for seconds, so a wait this long means that import is stuck.
LOCK_WAIT_SECONDS = 30


class ArchiveBusy(Exception):
    """Another import kept the archive's import lock for longer than this one could wait."""

    def __init__(self, waited: float, holder: int | None = None, held: int | None = None):
        self.waited, self.holder, self.held = waited, holder, held
        by = f" (PostgreSQL session {holder}, in its transaction for {held} s)" if holder else ""
        super().__init__(
            f"another import is writing to the archive{by} and did not finish within {waited:g} s"
        )


@contextmanager
def import_transaction(wait_seconds: float) -> Iterator[None]:
    """A transaction that holds the archive's import lock from its start: ArchiveBusy if
    another import keeps the lock past ``wait_seconds``."""
    with transaction.atomic():
        take_import_lock(wait_seconds)
        yield


def take_import_lock(wait_seconds: float) -> None:
    """Take the archive's import lock until the current transaction ends, waiting at most
    ``wait_seconds`` for another import to release it; ArchiveBusy if it does not."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s, %s)", IMPORT_LOCK)
        if cursor.fetchone()[0]:
            return
        holder = _lock_holder(cursor)
        cursor.execute("SELECT current_setting('lock_timeout')")
        (previous,) = cursor.fetchone()
        timeout = f"{max(1, round(wait_seconds * 1000))}ms"
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", [timeout])
        try:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", IMPORT_LOCK)
        except OperationalError as exc:
            # lock_timeout, or a statement_timeout shorter than the wait
            if getattr(exc.__cause__, "sqlstate", None) in {"55P03", "57014"}:
                raise ArchiveBusy(wait_seconds, *holder) from exc
            raise
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", [previous])


def _lock_holder(cursor) -> tuple[int | None, int | None]:
    """(session id, seconds in its transaction) of the session holding the import lock."""
    cursor.execute(
        """
        SELECT l.pid, extract(epoch FROM now() - a.xact_start)::int
        FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %s AND l.objid = %s
            AND l.objsubid = 2
            AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        """,
        IMPORT_LOCK,
    )
    row = cursor.fetchone()
    return (row[0], row[1]) if row else (None, None)


def read_one(path: Path | Outcome, max_bytes: int | None = None, url: str = "") -> Report | Outcome:
    """The report at ``path`` (published at ``url``, when known), or a failed Outcome saying
    why it cannot be read."""
    if isinstance(path, Outcome):  # refused while the paths were listed
        return path
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return Outcome(
            name=printable_name(path),
            action="failed",
            reason=f"unsupported file type {printable_name(path.suffix) or '(none)'}: "
            "use .txt, .html, .htm or .md",
        )
    try:
        report = Report.from_path(path, max_bytes)
    except ImportFailed as exc:
        return Outcome(name=printable_name(path), action="failed", reason=str(exc))
    except OSError as exc:
        reason = f"cannot read: {exc.strerror}"
        return Outcome(name=printable_name(path), action="failed", reason=reason)
    report.url = url
    return report


def import_in_batches(
    importer: ReportImporter,
    paths: Iterable[Path | Outcome],
    batch_size: int,
    *,
    lock_wait: float = LOCK_WAIT_SECONDS,
    addresses: Mapping[Path, str] | None = None,
) -> Iterator[Outcome]:
    """Import reports in transactions of ``batch_size``, each report in its own savepoint;
    ``addresses`` gives reports their published addresses by resolved path.

    Outcomes are yielded only once their batch is committed; when the commit itself fails
    (the database went away), every report of the batch is reported as failed, so a re-run
    imports exactly those. ArchiveBusy stops the import when another one holds the archive
    for longer than ``lock_wait`` seconds.
    """
    for batch in prepared_batches(importer, paths, batch_size, addresses):
        yield from commit_batch(importer, batch, lock_wait=lock_wait)


def prepared_batches(
    importer: ReportImporter,
    paths: Iterable[Path | Outcome],
    batch_size: int,
    addresses: Mapping[Path, str] | None = None,
) -> Iterator[list[Report | Outcome]]:
    """Batches of reports read and extracted, or of Outcomes saying why a file failed."""
    paths = iter(paths)
    head = list(itertools.islice(paths, WORKER_THRESHOLD))
    batches = _chunks(itertools.chain(head, paths), batch_size)
    max_bytes = importer.reader.max_bytes
    if len(head) < WORKER_THRESHOLD:
        for batch in batches:
            urls = _urls_of(batch, addresses)
            yield [read_one(path, max_bytes, url) for path, url in zip(batch, urls, strict=True)]
        return
    # Fork: the worker inherits the lexicon, compiled (and its topics read) here first.
    importer.lexicon  # noqa: B018
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=1,
        mp_context=context,
        initializer=_start_worker,
        initargs=(importer, os.getpid()),
    ) as pool:
        ahead: deque[Future] = deque()
        for batch in batches:
            ahead.append(pool.submit(_prepare_batch, batch, _urls_of(batch, addresses)))
            if len(ahead) > BATCHES_AHEAD:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


def commit_batch(
    importer: ReportImporter,
    items: list[Report | Outcome],
    *,
    lock_wait: float = LOCK_WAIT_SECONDS,
) -> list[Outcome]:
    """Import the batch's reports in one transaction, holding the archive's import lock;
    the outcomes in the batch's order."""
    reports = [item for item in items if isinstance(item, Report)]
    if not reports:
        return list(items)
    try:
        with import_transaction(lock_wait):
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


def _start_worker(importer: ReportImporter, parent: int) -> None:
    global _worker_importer
    _die_with(parent)
    _drop_inherited_connections()
    _worker_importer = importer


def _die_with(parent: int) -> None:
    """End this worker when ``parent`` ends, even by SIGKILL: left alone it would wait for
    work for ever. Linux kills it for us (PR_SET_PDEATHSIG); elsewhere a thread watches."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # it ended before the request took effect
        os._exit(1)


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _drop_inherited_connections() -> None:
    """Forget the parent's database connections without closing them for the parent: each
    socket is pointed at /dev/null first, so nothing this process does (the goodbye message
    closing a connection sends included) reaches the parent's session, and the socket itself
    closes when the parent's does. Should the worker ever query, it opens its own session
    (Django connects afresh, in a fresh transaction state, when it has no connection)."""
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for wrapper in connections.all(initialized_only=True):
            inherited, wrapper.connection = wrapper.connection, None
            if inherited is None:
                continue
            try:
                os.dup2(null, inherited.fileno())
            except (AttributeError, OSError, ValueError):
                continue  # no socket (closed already): nothing to close either
            inherited.close()
    finally:
        os.close(null)


def _urls_of(batch: list[Path | Outcome], addresses: Mapping[Path, str] | None) -> list[str]:
    """The published address of each path of the batch ("" where none is known)."""
    if not addresses:
        return [""] * len(batch)
    return [
        "" if isinstance(path, Outcome) else addresses.get(path.resolve(), "") for path in batch
    ]


def _prepare_batch(batch: list[Path | Outcome], urls: list[str]) -> list[Report | Outcome]:
    assert _worker_importer is not None
    max_bytes = _worker_importer.reader.max_bytes
    items = [read_one(path, max_bytes, url) for path, url in zip(batch, urls, strict=True)]
    return [_worker_importer.prepare(item) if isinstance(item, Report) else item for item in items]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    items = iter(items)
    while chunk := list(itertools.islice(items, size)):
        yield chunk
