"""FacetIndex: every meeting's status and facet keys in this process's memory, for exact counts.

Each facet declared in ``FACETS`` (archive.search.facets) is held as numpy arrays indexed by
meeting id, so counting a search's facets is a few vectorised passes over the archive's facet
keys, whatever the search matches (docs/PERFORMANCE.md has the design and its figures):

- a many-valued facet (an ``int[]`` column: countries, people …) is two parallel arrays, one
  entry per (meeting, key): the meeting's id and the key's code. Counting is
  ``bincount(code[chosen[owner]])``; a meeting that changed has its old entries masked
  (``stale``) and its new keys in a small overlay until the arrays are compacted;
- a single-valued facet (year, city, body) is one code per meeting (-1: none);
- the status is one code per meeting (-1: no such meeting).

A search hands in a boolean mask of its matching meetings (the words and any filter the index
does not hold come from PostgreSQL as ids, ``ids_of``); the index applies the facet filters
and visibility itself.

The index stays exact: PostgreSQL triggers log every inserted, updated and deleted meeting
(migration 0016, table ``archive_meeting_change``) with the writing transaction's id. Before
each use, ``sync`` reads the entries its previous look could not see (by transaction
snapshot, so a transaction that commits late is never missed) and re-reads those meetings;
changes of the current, uncommitted transaction are applied too and re-read once it is over,
so a rollback leaves nothing behind. Every process (each gunicorn worker) keeps its own index
and syncs it on every search: one indexed query when nothing changed.

The index also holds bitmaps of the meetings holding each of the archive's most frequent words
(archive.search.word_index), kept in step the same way: a search for such words is counted
without asking PostgreSQL for its ids. A big archive reads them in a background thread after
each load (until then those searches ask PostgreSQL), and the thread's work is caught up with
the change log when it is taken in.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from django.conf import settings
from django.db import connection, transaction
from django.db.models import QuerySet

from ..models import Meeting
from .word_index import WordBitmaps

logger = logging.getLogger(__name__)

CHANGE_LOG = "archive_meeting_change"
STATUSES = tuple(Meeting.Status.values)
PUBLISHED = STATUSES.index(Meeting.Status.PUBLISHED)
# Changed meetings are re-read one by one up to this many; more (a big import) rebuild the index.
REBUILD_ABOVE = 20_000
# Changed meetings kept in the overlay before the entry arrays are rewritten without their
# stale entries.
COMPACT_ABOVE = 5_000
# A process that has not looked at the change log for this long reloads: refresh_facet_counts
# drops entries older than a day (archive.search.snapshot_refresh.CHANGE_LOG_DAYS).
RELOAD_AFTER_SECONDS = 12 * 3600
# Id sets of recent word searches, and counts of recent searches (SEARCH_KEPT_SEARCHES), kept
# per process while no meeting changes: paging through a search or re-sorting it counts once.
TEXT_MATCHES_KEPT = 8

# A facet counts a search's meetings from their own entries when they are at most one in
# FEW_OF of the archive, and as its counts over every meeting less those of the meetings left
# out when those are (class Chosen).
FEW_OF = 8

LOAD_CHUNK = 100_000  # meeting ids per statement when the index is loaded
# An index of more meeting ids reads its word bitmaps in a background thread (a pass over every
# stored vector: about 40 s at a million meetings) instead of within the load.
WORDS_IN_BACKGROUND_ABOVE = 20_000
# A process without word bitmaps and no thread reading them (the read failed, or the process
# was forked while its parent's thread was reading) starts another read after this long.
WORDS_RETRY_SECONDS = 300


def id_pairs(
    table: str,
    value_sql: str,
    source_sql: str = "",
    params: list | None = None,
    below: int | None = None,
):
    """(meeting ids, values) as two int64 arrays, for every row of ``SELECT id, value_sql FROM
    table source_sql`` whose value is not null (and whose id is below ``below``, if given).
    Read in chunks of LOAD_CHUNK ids, each as two ``int8send`` byte strings (fetching a million
    rows one by one costs seconds)."""
    with connection.cursor() as cursor:
        if below is None:
            cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}")
            below = cursor.fetchone()[0] + 1
        owners, values = [], []
        for start in range(0, below, LOAD_CHUNK):
            cursor.execute(
                f"SELECT string_agg(int8send(id), ''::bytea), string_agg(int8send(v), ''::bytea) "
                f"FROM (SELECT {table}.id, ({value_sql})::bigint AS v FROM {table} {source_sql}"
                f" WHERE {table}.id >= %s AND {table}.id < %s) AS rows WHERE v IS NOT NULL",
                [*(params or []), start, min(start + LOAD_CHUNK, below)],
            )
            ids, keys = cursor.fetchone()
            if ids is not None:
                owners.append(np.frombuffer(bytes(ids), dtype=">i8"))
                values.append(np.frombuffer(bytes(keys), dtype=">i8"))
    if not owners:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(owners).astype(np.int64), np.concatenate(values).astype(np.int64)


def _text_codes(
    keys: Keys, table: str, value_sql: str, source_sql: str = "", where: str = "", *, below: int
) -> tuple[np.ndarray, np.ndarray]:
    """(meeting ids, codes) of a text-valued facet (cities, office and role keys: a few hundred
    distinct values) for the meetings with ids below ``below``: the distinct values are given
    codes in ``keys`` (empty before), and each row's value is read as its position among
    them."""
    condition = f" AND {where}" if where else ""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT DISTINCT {value_sql} FROM {table}{source_sql}"
            f" WHERE {table}.id < %s{condition}",
            [below],
        )
        values = [row[0] for row in cursor.fetchall()]
    for value in values:
        keys.code(value)
    return id_pairs(
        table,
        f"array_position(%s::text[], ({value_sql})::text) - 1",
        source_sql,
        [values],
        below=below,
    )


def ids_of(meetings: QuerySet[Meeting]) -> np.ndarray:
    """The ids of ``meetings`` as an int64 array, sent as one byte string of ``int8send``
    values (a row, or a Python int, per id costs more to fetch and convert).

    Sequential scans are off for the statement: the planner prices a word held by most
    meetings as a sequential scan, which de-TOASTs every meeting's vector, while the GIN
    index's bitmap gives the ids with no recheck (docs/PERFORMANCE.md)."""
    sql, params = meetings.order_by().values("pk").query.sql_with_params()
    # Inside a caller's transaction the settings are put back after (SET LOCAL outlives a
    # savepoint); a transaction of its own ends with them.
    nested = connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), current_setting('work_mem'), "
            "set_config('enable_seqscan', 'off', true), set_config('work_mem', '32MB', true)"
        )
        before = cursor.fetchone()[:2]
        cursor.execute(
            f"SELECT string_agg(int8send(pk), ''::bytea) FROM ({sql}) AS matches", params
        )
        found = cursor.fetchone()[0]
        ids = np.frombuffer(bytes(found or b""), dtype=">i8").astype(np.int64)
        if nested:
            cursor.execute(
                "SELECT set_config('enable_seqscan', %s, true), set_config('work_mem', %s, true)",
                list(before),
            )
    return ids


@dataclass
class Keys:
    """A facet's keys and their dense codes (the index into the count arrays)."""

    keys: list = field(default_factory=list)
    codes: dict = field(default_factory=dict)

    def code(self, key) -> int:
        found = self.codes.get(key)
        if found is None:
            found = self.codes[key] = len(self.keys)
            self.keys.append(key)
        return found

    def add_unique(self, values: np.ndarray) -> np.ndarray:
        """Codes for an array of keys, new keys appended."""
        uniques, inverse = np.unique(values, return_inverse=True)
        mapping = np.array([self.code(_plain(u)) for u in uniques], dtype=np.int32)
        return mapping[inverse] if len(values) else np.zeros(0, dtype=np.int32)


def _plain(value):
    return value.item() if hasattr(value, "item") else value


class Chosen:
    """A mask of meetings with, found once and shared by every facet counted over it, the ids
    of the meetings in it and of those outside it.

    A facet's counts over a few meetings are read from those meetings' own entries
    (``sparse``); over most of the archive, as the facet's counts over every meeting less
    those of the few outside (``complement``); in between, by one pass over every entry."""

    def __init__(self, mask: np.ndarray) -> None:
        self.mask = mask
        self.size = len(mask)
        self.count = int(np.count_nonzero(mask))
        self._ids: np.ndarray | None = None
        self._outside: np.ndarray | None = None

    @property
    def sparse(self) -> bool:
        return self.count * FEW_OF <= self.size

    @property
    def complement(self) -> bool:
        return (self.size - self.count) * FEW_OF <= self.size

    @property
    def ids(self) -> np.ndarray:
        if self._ids is None:
            self._ids = np.flatnonzero(self.mask)
        return self._ids

    @property
    def outside(self) -> np.ndarray:
        if self._outside is None:
            self._outside = np.flatnonzero(~self.mask)
        return self._outside


def _less(totals: np.ndarray, outside: np.ndarray) -> np.ndarray:
    """Counts over every meeting less those over the meetings outside a search (a shorter
    array of outside counts is read as zeros for the codes past its end)."""
    return totals - np.pad(outside, (0, len(totals) - len(outside)))


def chosen_of(chosen: np.ndarray | Chosen) -> Chosen:
    return chosen if isinstance(chosen, Chosen) else Chosen(chosen)


class ManyValued:
    """A many-valued facet: (owner, code) entries plus the overlay of changed meetings. The
    entries are sorted by owner, and ``starts[m]:starts[m + 1]`` are meeting m's."""

    def __init__(self, size: int, *, text: bool = False) -> None:
        self.keys = Keys()
        self.text = text  # keys are text (office and role keys), not integers
        self.owner = np.zeros(0, dtype=np.int32)
        self.code = np.zeros(0, dtype=np.int32)
        self.starts = np.zeros(1, dtype=np.int32)
        self.stale = np.zeros(size, dtype=bool)
        self.overlay: dict[int, np.ndarray] = {}
        self._totals: np.ndarray | None = None  # counts over every meeting, once asked

    def load(self, owners: np.ndarray, values: np.ndarray) -> None:
        self.set_entries(owners, self.keys.add_unique(values))

    def set_entries(self, owners: np.ndarray, codes: np.ndarray) -> None:
        """Hold these (owner, code) entries, sorted by owner."""
        order = np.argsort(owners, kind="stable")
        self.owner = owners[order].astype(np.int32)
        self.code = codes[order].astype(np.int32)
        held = np.bincount(self.owner, minlength=len(self.stale))
        self.starts = np.concatenate(([0], np.cumsum(held))).astype(np.int32)
        self._totals = None

    def grow(self, size: int) -> None:
        self.stale = _grown(self.stale, size, False)

    def set(self, meeting_id: int, values: list) -> None:
        self.stale[meeting_id] = True
        self.overlay[meeting_id] = np.array([self.keys.code(v) for v in values], dtype=np.int32)
        self._totals = None

    def compact_if_needed(self) -> None:
        if len(self.overlay) <= COMPACT_ABOVE:
            return
        kept = ~self.stale[self.owner]
        owners = [self.owner[kept]]
        codes = [self.code[kept]]
        for meeting_id, values in self.overlay.items():
            owners.append(np.full(len(values), meeting_id, dtype=np.int32))
            codes.append(values)
        self.stale[:] = False
        self.overlay = {}
        self.set_entries(np.concatenate(owners), np.concatenate(codes))

    def counts(self, chosen: np.ndarray | Chosen) -> np.ndarray:
        """Meetings per code among the ``chosen`` ones."""
        chosen = chosen_of(chosen)
        if chosen.sparse:
            return self._counts_of(chosen.ids, chosen.mask)
        if chosen.complement:
            if self._totals is None:
                self._totals = self._counts_of(np.arange(len(self.stale)), None)
            outside = self._counts_of(chosen.outside, ~chosen.mask)
            return _less(self._totals, outside)
        mask = chosen.mask
        live = mask & ~self.stale if self.overlay else mask
        counts = np.bincount(self.code[live[self.owner]], minlength=len(self.keys.keys))
        return self._add_overlay(counts, mask)

    def _counts_of(self, ids: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
        """Meetings per code among the meetings ``ids`` (``mask``: the same as a mask; None:
        every meeting), read from their own entries."""
        held = ids[ids < len(self.starts) - 1]
        if self.overlay:
            held = held[~self.stale[held]]
        first, last = self.starts[held], self.starts[held + 1]
        lengths = (last - first).astype(np.int64)
        total = int(lengths.sum())
        # Each meeting's run of entries, end to end: its first entry plus 0, 1, 2 …
        runs = np.repeat(first - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        counts = np.bincount(self.code[runs], minlength=len(self.keys.keys))
        return self._add_overlay(counts, mask)

    def _add_overlay(self, counts: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
        for meeting_id, values in self.overlay.items():
            if mask is None or mask[meeting_id]:
                counts[values] += 1
        return counts

    def keys_per_meeting(self, size: int) -> np.ndarray:
        """How many keys each meeting holds."""
        owners = self.owner[~self.stale[self.owner]] if self.overlay else self.owner
        held = np.bincount(owners, minlength=size)[:size]
        for meeting_id, values in self.overlay.items():
            held[meeting_id] = len(values)
        return held

    def entries(self, codes: np.ndarray, chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(meeting ids, codes) of the entries of ``codes`` in the ``chosen`` meetings."""
        live = chosen & ~self.stale if self.overlay else chosen
        found = np.isin(self.code, codes) & live[self.owner]
        owners, found_codes = [self.owner[found]], [self.code[found]]
        for meeting_id, values in self.overlay.items():
            if chosen[meeting_id]:
                held = values[np.isin(values, codes)]
                owners.append(np.full(len(held), meeting_id, dtype=np.int32))
                found_codes.append(held)
        return np.concatenate(owners), np.concatenate(found_codes)

    def holding(self, code: int, size: int) -> np.ndarray:
        """The mask of meetings that hold the key of ``code``."""
        mask = np.zeros(size, dtype=bool)
        mask[self.owner[self.code == code]] = True
        if self.overlay:
            mask &= ~self.stale
        for meeting_id, values in self.overlay.items():
            if code in values:
                mask[meeting_id] = True
        return mask


class SingleValued:
    """A single-valued facet: one code per meeting, -1 for none."""

    def __init__(self, size: int, *, text: bool = False) -> None:
        self.keys = Keys()
        self.text = text  # keys are text (cities), not integers
        self.code = np.full(size, -1, dtype=np.int32)
        self._totals: np.ndarray | None = None  # counts over every meeting, once asked

    def grow(self, size: int) -> None:
        self.code = _grown(self.code, size, -1)

    def set(self, meeting_id: int, value) -> None:
        self.code[meeting_id] = -1 if value in (None, "") else self.keys.code(value)
        self._totals = None

    def counts(self, chosen: np.ndarray | Chosen) -> np.ndarray:
        chosen = chosen_of(chosen)
        if chosen.sparse:
            return self._counts_of(self.code[chosen.ids])
        if chosen.complement:
            if self._totals is None:
                self._totals = self._counts_of(self.code)
            outside = self._counts_of(self.code[chosen.outside])
            return _less(self._totals, outside)
        return self._counts_of(self.code[chosen.mask])

    def _counts_of(self, codes: np.ndarray) -> np.ndarray:
        return np.bincount(codes[codes >= 0], minlength=len(self.keys.keys))

    def holding_any(self, codes: list[int]) -> np.ndarray:
        return np.isin(self.code, np.array(codes, dtype=np.int32))


def _grown(array: np.ndarray, size: int, fill) -> np.ndarray:
    if len(array) >= size:
        return array
    bigger = np.full(max(size, len(array) * 3 // 2), fill, dtype=array.dtype)
    bigger[: len(array)] = array
    return bigger


@dataclass
class Snapshot:
    """Where the index's last look at the change log stood."""

    seen: str  # pg_current_snapshot() of that look
    own_xid: str | None  # the transaction it ran in, if that had written
    own_seq: int  # the last entry of that transaction applied
    tentative: set[int]  # meetings changed by that transaction, re-read once it is over
    looked_at: float = field(default_factory=time.monotonic)


class FacetIndex:
    """The facets of ``facets`` (name -> {"column", "kind"}) for every meeting."""

    def __init__(self, facets: dict[str, dict[str, str]]) -> None:
        self.facets = facets
        self.lock = threading.RLock()
        self.version = 0  # bumped on every change applied
        self.rebuilds = 0  # full loads so far
        self.snapshot: Snapshot | None = None
        self.size = 0
        self.status = np.zeros(0, dtype=np.int8)
        self.many: dict[str, ManyValued] = {}
        self.single: dict[str, SingleValued] = {}
        # A facet's "scoped_column" ("<country id>.<key>"), keyed by scoped_key(country, key).
        self.scoped: dict[str, ManyValued] = {}
        self.text_matches: OrderedDict[tuple, np.ndarray] = OrderedDict()
        self.counted: OrderedDict[tuple, tuple] = OrderedDict()
        self.kept_version = -1
        self.words: WordBitmaps | None = None
        # Bitmaps read by the background thread, with the change log's position before it
        # read them, waiting to be caught up and taken in by the next sync.
        self.words_read: tuple[WordBitmaps, str] | None = None
        self.words_thread: threading.Thread | None = None
        self.words_started = 0.0  # time.monotonic() of the last background read's start

    # --- loading and keeping up ---------------------------------------------------------

    def rebuild(self) -> None:
        """Read every meeting's status and facet keys, and the change log's position."""
        with transaction.atomic():
            snapshot = self._log_position()
            table = Meeting._meta.db_table
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}")
                size = cursor.fetchone()[0] + 1
            self.size = size
            self.status = np.full(size, -1, dtype=np.int8)
            # Each read stops below this size: a meeting committed by another connection
            # while the load reads (each statement sees what is committed when it starts)
            # comes after the change log's position, so the next sync reads it whole.
            ids, codes = id_pairs(
                table,
                "array_position(%s::text[], status::text) - 1",
                params=[list(STATUSES)],
                below=size,
            )
            self.status[ids] = codes
            self.many, self.single, self.scoped = {}, {}, {}
            for name, spec in self.facets.items():
                column = spec["column"]
                if spec["kind"] == "many":
                    self.many[name] = self._load_many(table, column, size)
                else:
                    self.single[name] = self._load_single(table, column, size)
                if spec.get("scoped_column"):
                    facet = ManyValued(size)
                    scoped = f", unnest({spec['scoped_column']}) AS k"
                    facet.load(*id_pairs(table, SCOPED_KEY_SQL, scoped, below=size))
                    self.scoped[name] = facet
            self.words, self.words_read = None, None
            if size <= WORDS_IN_BACKGROUND_ABOVE:
                self.words = WordBitmaps.load()
            self.snapshot = snapshot
            self.version += 1
            self.rebuilds += 1
        if self.words is None:
            self._read_words_in_background()

    def _read_words_in_background(self) -> None:
        """Start reading the word bitmaps in a thread of its own (its own connection)."""
        rebuilds = self.rebuilds

        def read() -> None:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_current_snapshot()::text")
                    (since,) = cursor.fetchone()
                words = WordBitmaps.load()
                with self.lock:
                    if self.rebuilds == rebuilds:
                        self.words_read = (words, since)
            except Exception:
                logger.exception("reading the word bitmaps failed; words are searched in SQL")
            finally:
                connection.close()

        self.words_started = time.monotonic()
        self.words_thread = threading.Thread(target=read, daemon=True, name="word-bitmaps")
        self.words_thread.start()

    def _words_missing(self) -> bool:
        """Whether no bitmaps are held, read, or being read, and the last read is old."""
        reading = self.words_thread is not None and self.words_thread.is_alive()
        return (
            self.words is None
            and self.words_read is None
            and not reading
            and time.monotonic() - self.words_started > WORDS_RETRY_SECONDS
        )

    def wait_for_words(self, timeout: float | None = None) -> None:
        """Wait for the background read of the word bitmaps (benchmarks and tests), and take
        them in."""
        thread = self.words_thread
        if thread is not None:
            thread.join(timeout)
        self.sync()

    def _take_in_words(self) -> None:
        """Catch the bitmaps read in the background up with every meeting changed since that
        read began (on this connection: its own uncommitted changes too), and use them."""
        words, since = self.words_read
        self.words_read = None
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT ARRAY(SELECT DISTINCT meeting_id FROM {CHANGE_LOG} "
                "WHERE xid >= pg_snapshot_xmin(%s::pg_snapshot) "
                "AND NOT pg_visible_in_snapshot(xid, %s::pg_snapshot) LIMIT %s)",
                [since, since, REBUILD_ABOVE + 1],
            )
            (changed,) = cursor.fetchone()
        if None in changed or len(changed) > REBUILD_ABOVE:
            self._read_words_in_background()
            return
        words.grow(self.size)
        words.reread(sorted(changed))
        self.words = words

    def _load_many(self, table: str, column: str, size: int) -> ManyValued:
        facet = ManyValued(size, text=_is_text(column))
        unnested = f", unnest({column}) AS k"
        if not facet.text:
            facet.load(*id_pairs(table, "k", unnested, below=size))
            return facet
        facet.set_entries(*_text_codes(facet.keys, table, "k", unnested, below=size))
        return facet

    def _load_single(self, table: str, column: str, size: int) -> SingleValued:
        facet = SingleValued(size, text=_is_text(column))
        if facet.text:
            ids, codes = _text_codes(facet.keys, table, column, where=f"{column} <> ''", below=size)
            facet.code[ids] = codes
        else:
            ids, keys = id_pairs(table, column, below=size)
            facet.code[ids] = facet.keys.add_unique(keys)
        return facet

    def sync(self) -> None:
        """Apply every change made since the last look (or build the index the first time)."""
        with self.lock:
            if self.snapshot is None:
                self.rebuild()
                return
            previous = self.snapshot
            if time.monotonic() - previous.looked_at > RELOAD_AFTER_SECONDS:
                self.rebuild()  # the change log may have dropped entries it did not see
                return
            with connection.cursor() as cursor:
                cursor.execute(
                    f"""
                    SELECT pg_current_snapshot()::text, pg_current_xact_id_if_assigned()::text,
                        ARRAY(SELECT meeting_id FROM {CHANGE_LOG}
                              WHERE xid >= pg_snapshot_xmin(%s::pg_snapshot)
                              AND NOT pg_visible_in_snapshot(xid, %s::pg_snapshot)
                              AND xid IS DISTINCT FROM pg_current_xact_id_if_assigned()
                              LIMIT %s),
                        ARRAY(SELECT meeting_id FROM {CHANGE_LOG}
                              WHERE xid = pg_current_xact_id_if_assigned() AND seq > %s
                              LIMIT %s),
                        (SELECT max(seq) FROM {CHANGE_LOG}
                         WHERE xid = pg_current_xact_id_if_assigned())
                    """,
                    [previous.seen, previous.seen, REBUILD_ABOVE + 1, previous.own_seq]
                    + [REBUILD_ABOVE + 1],
                )
                seen, own_xid, committed, own, own_seq = cursor.fetchone()
            changed = set(committed) | set(own)
            tentative = set(own)
            if own_xid is not None and own_xid == previous.own_xid:
                tentative |= previous.tentative  # the same transaction goes on
            else:
                changed |= previous.tentative  # that transaction is over: read what it left
                own_seq = own_seq or 0
            own_seq = own_seq if own_seq is not None else previous.own_seq
            if None in changed or len(changed) > REBUILD_ABOVE:
                self.rebuild()
                return
            if changed:
                self._reread(sorted(changed))
            # Only once the changes are applied: a failed re-read is retried by the next look.
            self.snapshot = Snapshot(seen, own_xid, own_seq, tentative)
            if self.words_read is not None:
                self._take_in_words()
            elif self._words_missing():
                self._read_words_in_background()

    def _log_position(self) -> Snapshot:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT pg_current_snapshot()::text, pg_current_xact_id_if_assigned()::text, "
                f"(SELECT max(seq) FROM {CHANGE_LOG} "
                f"WHERE xid = pg_current_xact_id_if_assigned()), "
                f"ARRAY(SELECT meeting_id FROM {CHANGE_LOG} "
                f"WHERE xid = pg_current_xact_id_if_assigned())"
            )
            seen, own_xid, own_seq, own = cursor.fetchone()
        # A rebuild inside a transaction that wrote reads its uncommitted meetings: re-read
        # them once it is over.
        return Snapshot(seen, own_xid, own_seq or 0, set(own))

    def _reread(self, ids: list[int]) -> None:
        """Read the current state of the meetings ``ids`` (a deleted one reads as absent)."""
        columns = [spec["column"] for spec in self.facets.values()]
        scoped_columns = [self.facets[name]["scoped_column"] for name in self.scoped]
        rows = {
            row[0]: row[1:]
            for row in Meeting.objects.filter(pk__in=ids).values_list(
                "pk", "status", *columns, *scoped_columns
            )
        }
        self._ensure_size(max(ids) + 1)
        for meeting_id in ids:
            row = rows.get(meeting_id)
            if row is None:
                self.status[meeting_id] = -1
                for facet in self.many.values():
                    facet.set(meeting_id, [])
                for facet in self.single.values():
                    facet.set(meeting_id, None)
                for facet in self.scoped.values():
                    facet.set(meeting_id, [])
                continue
            self.status[meeting_id] = STATUSES.index(row[0])
            values = row[1 : 1 + len(columns)]
            for name, value in zip(self.facets, values, strict=True):
                if name in self.many:
                    self.many[name].set(meeting_id, value or [])
                else:
                    self.single[name].set(meeting_id, value)
            scoped_values = row[1 + len(columns) :]
            for name, value in zip(self.scoped, scoped_values, strict=True):
                self.scoped[name].set(
                    meeting_id, [scoped_key(*k.split(".", 1)) for k in value or []]
                )
        for facet in (*self.many.values(), *self.scoped.values()):
            facet.compact_if_needed()
        if self.words is not None:
            self.words.reread(ids)
        self.version += 1

    def _ensure_size(self, size: int) -> None:
        if size <= self.size:
            return
        self.status = _grown(self.status, size, -1)
        self.size = len(self.status)
        for facet in (*self.many.values(), *self.scoped.values()):
            facet.grow(self.size)
        for facet in self.single.values():
            facet.grow(self.size)
        if self.words is not None:
            self.words.grow(self.size)

    @property
    def nbytes(self) -> int:
        """The memory the index's arrays take."""
        total = self.status.nbytes
        for facet in (*self.many.values(), *self.scoped.values()):
            total += facet.owner.nbytes + facet.code.nbytes + facet.stale.nbytes
        for facet in self.single.values():
            total += facet.code.nbytes
        if self.words is not None:
            total += self.words.nbytes
        return total

    # --- counting -------------------------------------------------------------------------

    def visible(self, user: Any) -> np.ndarray:
        """The mask of the meetings ``user`` may see (Meeting.objects.visible_to)."""
        if user is not None and getattr(user, "is_staff", False):
            return self.status >= 0
        return self.status == PUBLISHED

    def mask_of(self, ids: np.ndarray) -> np.ndarray:
        mask = np.zeros(self.size, dtype=bool)
        mask[ids[ids < self.size]] = True
        return mask

    def _forget_if_changed(self) -> None:
        if self.kept_version != self.version:
            self.forget_searches()
            self.kept_version = self.version

    def forget_searches(self) -> None:
        """Drop the kept id sets and counts (every change does; the benchmark does too)."""
        self.text_matches.clear()
        self.counted.clear()

    def text_match(self, meetings: QuerySet[Meeting]) -> np.ndarray:
        """The mask of ``meetings``; the ids of the last few such querysets are kept while no
        meeting changes."""
        sql, params = meetings.order_by().values("pk").query.sql_with_params()
        key = (sql, repr(params))
        self._forget_if_changed()
        limit = min(TEXT_MATCHES_KEPT, settings.SEARCH_KEPT_SEARCHES)
        ids = _kept(self.text_matches, key, limit, lambda: ids_of(meetings))
        return self.mask_of(ids)

    def word_match(self, words: str) -> np.ndarray | None:
        """The mask of the meetings matching the search ``words``, from the word bitmaps, or
        None when they cannot answer it (not read yet, a word not held, a phrase)."""
        return self.words.match(words, self.size) if self.words is not None else None

    def kept_counts(self, key: tuple, count) -> tuple:
        """``count()``'s result, kept under ``key`` while no meeting changes."""
        self._forget_if_changed()
        return _kept(self.counted, key, settings.SEARCH_KEPT_SEARCHES, count)

    def filtered(
        self, base: np.ndarray, selected: dict[str, list[str]], skip: str = ""
    ) -> np.ndarray:
        """``base`` narrowed by the chosen facet values: every chosen key of a many-valued
        facet ("all of"), any chosen key of each single-valued one ("any of"); ``skip``: a
        facet whose own choice is left out (its values are counted "any of")."""
        mask = base.copy()
        for name, keys in selected.items():
            if not keys or name == skip:
                continue
            if name in self.many:
                facet = self.many[name]
                for key in keys:
                    code = facet.keys.codes.get(key if facet.text else int(key))
                    if code is None:
                        return np.zeros(self.size, dtype=bool)
                    mask &= facet.holding(code, self.size)
            elif name in self.single:
                facet = self.single[name]
                values = keys if facet.text else [int(key) for key in keys]
                codes = [facet.keys.codes[v] for v in values if v in facet.keys.codes]
                mask &= facet.holding_any(codes)
        return mask

    def holding(self, name: str, key) -> np.ndarray:
        """The mask of meetings that hold ``key`` (an id, year or city) in facet ``name``."""
        if name in self.many:
            facet = self.many[name]
            code = facet.keys.codes.get(key)
            return np.zeros(self.size, bool) if code is None else facet.holding(code, self.size)
        code = self.single[name].keys.codes.get(key)
        return self.single[name].holding_any([] if code is None else [code])

    def holding_exactly(self, name: str, keys: list) -> np.ndarray:
        """The mask of meetings whose many-valued facet ``name`` holds every one of ``keys``
        and no other key ("only these countries")."""
        as_many_keys = self.many[name].keys_per_meeting(self.size) == len(set(keys))
        return self.filtered(as_many_keys, {name: keys})

    def latest_year_meetings(self, name: str, keys: list, chosen: np.ndarray) -> np.ndarray:
        """The ``chosen`` meetings of each of ``keys`` (facet ``name``) in that key's latest
        year, or its undated ones when it has no dated meeting: where a key's latest meeting
        is, found without reading every meeting of the key."""
        facet = self.many[name]
        codes = np.array([facet.keys.codes[k] for k in keys if k in facet.keys.codes])
        if not len(codes):
            return np.zeros(0, dtype=np.int64)
        owners, owner_codes = facet.entries(codes.astype(np.int32), chosen)
        years = self.single["year"]
        year_of_code = np.array([*years.keys.keys, -1], dtype=np.int64)  # -1: undated
        owner_years = year_of_code[years.code[owners]]
        latest = np.full(len(facet.keys.keys), -2, dtype=np.int64)
        np.maximum.at(latest, owner_codes, owner_years)
        return np.unique(owners[owner_years == latest[owner_codes]]).astype(np.int64)

    def holding_any(self, name: str, keys: list) -> np.ndarray:
        """The mask of meetings whose single-valued facet ``name`` is any of ``keys``."""
        facet = self.single[name]
        return facet.holding_any([facet.keys.codes[k] for k in keys if k in facet.keys.codes])

    def value_counts(self, name: str, chosen: np.ndarray) -> dict:
        """Meetings per key of facet ``name`` among the ``chosen`` ones (keys with none left
        out)."""
        facet = self.many.get(name) or self.single[name]
        counts = facet.counts(chosen)
        return {facet.keys.keys[code]: int(counts[code]) for code in np.flatnonzero(counts)}

    def scoped_value_counts(self, name: str, chosen: np.ndarray, countries: tuple[int, ...]):
        """Meetings per key of facet ``name`` held for any of ``countries`` (its scoped
        column) among the ``chosen`` ones: for people, the meetings at which each represented
        one of those countries."""
        counts, keys = self._scoped_counts(name, chosen, countries)
        return {key: int(n) for key, n in zip(keys, counts, strict=True) if n}

    def count(
        self,
        base: np.ndarray,
        selected: dict[str, list[str]],
        fetch: int | None,
        scopes: dict[str, tuple[int, ...]] | None = None,
    ) -> tuple[int, list[tuple[str, str, int]]]:
        """(total, rows): the meetings of ``base`` that pass the chosen facet values, and each
        facet's ``fetch`` most frequent values (None: all) over them, chosen values always
        included, ordered like the SQL statement (count descending, then key as text).
        ``scopes``: {facet: country ids} for a facet counted from its scoped column, by the
        keys held for those countries only, or (``scoped_by_key``) from its own keys, those
        that end with one of the countries."""
        narrow = Chosen(self.filtered(base, selected))
        rows: list[tuple[str, str, int]] = []
        for name in self.facets:
            countries = (scopes or {}).get(name)
            if countries and name in self.scoped:
                counts, keys = self._scoped_counts(name, narrow, countries)
                rows += _top(name, counts, keys, selected.get(name) or [], fetch)
                continue
            if countries and self.facets[name].get("scoped_by_key"):
                facet = self.many[name]
                counts = facet.counts(narrow) * _held_for(facet.keys.keys, countries)
                rows += _top(name, counts, facet.keys.keys, selected.get(name) or [], fetch)
                continue
            if name in self.single and selected.get(name):
                counts = self.single[name].counts(self.filtered(base, selected, skip=name))
            elif name in self.single:
                counts = self.single[name].counts(narrow)
            else:
                counts = self.many[name].counts(narrow)
            keys = self.many[name].keys.keys if name in self.many else self.single[name].keys.keys
            rows += _top(name, counts, keys, selected.get(name) or [], fetch)
        return narrow.count, rows

    def _scoped_counts(
        self, name: str, chosen: np.ndarray | Chosen, countries: tuple[int, ...]
    ) -> tuple[np.ndarray, list[int]]:
        """Meetings per key held for any of ``countries`` among the ``chosen`` ones, and the
        keys: a key held for two of them at one meeting counts that meeting once."""
        facet = self.scoped[name]
        chosen = chosen_of(chosen)
        counts = facet.counts(chosen)
        present = np.flatnonzero(counts)
        combined = np.array([facet.keys.keys[c] for c in present], dtype=np.int64)
        in_scope = np.isin(combined >> 32, np.array(countries, dtype=np.int64))
        codes, combined = present[in_scope], combined[in_scope]
        keys, inverse, held = np.unique(
            combined & 0xFFFFFFFF, return_inverse=True, return_counts=True
        )
        totals = np.bincount(inverse, weights=counts[codes], minlength=len(keys)).astype(np.int64)
        for position in np.flatnonzero(held > 1):
            mask = np.zeros(self.size, dtype=bool)
            for code in codes[inverse == position]:
                mask |= facet.holding(int(code), self.size)
            totals[position] = np.count_nonzero(mask & chosen.mask)
        return totals, [int(k) for k in keys]


def _held_for(keys: list[str], countries: tuple[int, ...]) -> np.ndarray:
    """1 for each key ("interior-minister.<country id>") held for one of ``countries``, else
    0 (a key without a country too)."""
    chosen = {str(pk) for pk in countries}
    return np.array([key.rpartition(".")[2] in chosen for key in keys], dtype=np.int64)


def scoped_key(country_id, key) -> int:
    """One integer for a scoped key "<country id>.<key>" (both ids below 2**32)."""
    return (int(country_id) << 32) | int(key)


# The same in SQL, for the loading of a scoped column's keys ``k``.
SCOPED_KEY_SQL = "(split_part(k, '.', 1)::bigint << 32) | split_part(k, '.', 2)::bigint"


def _kept(kept: OrderedDict, key: tuple, limit: int, make):
    """``kept[key]``, made by ``make()`` when missing; the least recently used go past
    ``limit``."""
    if key in kept:
        kept.move_to_end(key)
        return kept[key]
    value = kept[key] = make()
    while len(kept) > limit:
        kept.popitem(last=False)
    return value


def _top(name: str, counts: np.ndarray, keys: list, chosen: list[str], fetch: int | None):
    """The facet's rows: values with a count, the ``fetch`` most frequent (ties by key as
    text), and the chosen ones whatever their count (when they have one)."""
    present = np.flatnonzero(counts)
    if fetch is not None and len(present) > fetch:
        # Every value whose count reaches the fetch-th largest may be among the first fetch.
        floor = np.partition(counts[present], len(present) - fetch)[len(present) - fetch]
        candidates = present[counts[present] >= floor]
    else:
        candidates = present
    ranked = sorted(
        ((str(keys[c]), int(counts[c])) for c in candidates), key=lambda r: (-r[1], r[0])
    )
    if fetch is not None:
        ranked = ranked[:fetch]
    shown = {key for key, _ in ranked}
    for key in chosen:
        if key in shown:
            continue
        code = next((c for c in present if str(keys[c]) == key), None)
        if code is not None:
            ranked.append((key, int(counts[code])))
    return [(name, key, n) for key, n in ranked]


def _is_text(column: str) -> bool:
    field_ = next(f for f in Meeting._meta.concrete_fields if f.column == column)
    field_ = getattr(field_, "base_field", field_)  # an array's items
    return field_.get_internal_type() in {"CharField", "TextField", "SlugField"}


_index: FacetIndex | None = None
_index_lock = threading.Lock()


def indexed_meetings() -> int:
    """How many meeting ids this process's index spans (as of its last look; no query)."""
    return _index.size if _index is not None else 0


def facet_index() -> FacetIndex:
    """This process's index of the facets in FACETS, up to date with the database."""
    global _index
    from .facets import FACETS

    with _index_lock:
        if _index is None or _index.facets is not FACETS:
            _index = FacetIndex(FACETS)
    _index.sync()
    return _index
