"""WordBitmaps: the meetings holding each of the archive's most frequent words, in memory.

PostgreSQL's GIN index gives a word's matches as row addresses; their ids cost a heap visit
per matching meeting, so a word held by most meetings costs about as much as reading the whole
table (docs/PERFORMANCE.md). The facet index (archive.search.facet_index) therefore keeps one
bitmap of meeting ids per lexeme held by at least ``FREQUENT_SHARE`` of the meetings — the
words whose heap visits cost most — and answers a search made only of such lexemes joined by
AND, OR and AND NOT from them. Any other search (a rarer word, a phrase, a prefix) is answered
by PostgreSQL as before; a rarer word's matches are few, so its heap visits are few too.

The lexemes are chosen on a sample (``ts_stat`` over about ``SAMPLE_ROWS`` meetings); their
bitmaps are exact: read in one pass over every stored vector, and kept in step by re-reading
each meeting the facet index re-reads (``reread``).
"""

from __future__ import annotations

import numpy as np
from django.db import connection

from ..models import Meeting
from .phrases import Node, Not, Operator, Term, parse_tsquery
from .words import tsquery_text

# A lexeme in at least this share of the meetings is held as a bitmap: a word in 4 % of a
# million meetings already has a match on half of the table's pages.
FREQUENT_SHARE = 0.04
SAMPLE_ROWS = 5_000  # meetings sampled to find the frequent lexemes
LOAD_CHUNK = 50_000  # meeting ids per statement of the loading pass

TABLE = Meeting._meta.db_table
# The held lexemes of the meetings a condition picks, as one id string per lexeme.
_HELD_IDS = (
    "SELECT lexeme, string_agg(int8send(id), ''::bytea) FROM ("
    f"  SELECT id, unnest(tsvector_to_array(search_vector)) AS lexeme FROM {TABLE} WHERE {{}}"
    ") AS words JOIN unnest(%s::text[]) AS held(lexeme) USING (lexeme) GROUP BY lexeme"
)


def frequent_lexemes() -> list[str]:
    """The lexemes held by at least FREQUENT_SHARE of a sample of the meetings' vectors."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {TABLE}")
        meetings = cursor.fetchone()[0]
        if not meetings:
            return []
        percent = min(100.0, 100.0 * SAMPLE_ROWS / meetings)
        sample = (
            f"SELECT search_vector FROM {TABLE} TABLESAMPLE SYSTEM ({percent:.6f}) REPEATABLE (1)"
        )
        cursor.execute(f"SELECT count(*) FROM ({sample}) AS sampled")
        sampled = cursor.fetchone()[0]
        cursor.execute(
            "SELECT word FROM ts_stat(%s) WHERE ndoc >= %s ORDER BY word",
            [sample, max(1, FREQUENT_SHARE * sampled)],
        )
        return [row[0] for row in cursor.fetchall()]


class WordBitmaps:
    """One bitmap of meeting ids per held lexeme (bit ``id`` of a little-endian bit array)."""

    def __init__(self, size: int, lexemes: list[str]) -> None:
        self.size = size
        self.bits = {lexeme: np.zeros(_bytes_for(size), dtype=np.uint8) for lexeme in lexemes}

    @classmethod
    def load(cls) -> WordBitmaps:
        """Choose the frequent lexemes and read every meeting's, in chunks of ids."""
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {TABLE}")
            (size,) = cursor.fetchone()
        bitmaps = cls(size, frequent_lexemes())
        if not bitmaps.bits:
            return bitmaps
        held = list(bitmaps.bits)
        with connection.cursor() as cursor:
            for start in range(0, size, LOAD_CHUNK):
                cursor.execute(
                    _HELD_IDS.format("id >= %s AND id < %s"), [start, start + LOAD_CHUNK, held]
                )
                for lexeme, ids in cursor.fetchall():
                    bitmaps._set(lexeme, _ids(ids))
        return bitmaps

    @property
    def nbytes(self) -> int:
        return sum(bits.nbytes for bits in self.bits.values())

    def grow(self, size: int) -> None:
        if size <= self.size:
            return
        extra = _bytes_for(size) - _bytes_for(self.size)
        self.size = size
        if extra > 0:
            for lexeme, bits in self.bits.items():
                self.bits[lexeme] = np.concatenate([bits, np.zeros(extra, dtype=np.uint8)])

    def reread(self, ids: list[int]) -> None:
        """Read the held lexemes of the meetings ``ids`` again (a deleted one holds none)."""
        if not self.bits or not ids:
            return
        self.grow(max(ids) + 1)
        with connection.cursor() as cursor:
            cursor.execute(_HELD_IDS.format("id = ANY(%s)"), [ids, list(self.bits)])
            holding = {lexeme: _ids(found) for lexeme, found in cursor.fetchall()}
        positions, masks = _positions(np.array(ids, dtype=np.int64))
        for lexeme, bits in self.bits.items():
            np.bitwise_and.at(bits, positions, ~masks)
            if lexeme in holding:
                self._set(lexeme, holding[lexeme])

    def _set(self, lexeme: str, ids: np.ndarray) -> None:
        positions, masks = _positions(ids)
        np.bitwise_or.at(self.bits[lexeme], positions, masks)

    def holding(self, lexeme: str, size: int) -> np.ndarray:
        """The mask (``size`` long) of the meetings whose vector holds ``lexeme``."""
        mask = np.unpackbits(self.bits[lexeme], bitorder="little").view(bool)
        if len(mask) < size:
            mask = np.concatenate([mask, np.zeros(size - len(mask), dtype=bool)])
        return mask[:size]

    def match(self, words: str, size: int) -> np.ndarray | None:
        """The mask of the meetings matching the search ``words`` (web-search syntax), or
        None when the bitmaps cannot answer it exactly."""
        if not self.bits:
            return None
        try:
            tree = parse_tsquery(tsquery_text(words))
        except ValueError:
            return None
        return self._evaluate(tree, size) if tree is not None else None

    def _evaluate(self, node: Node, size: int) -> np.ndarray | None:
        """A held lexeme, an AND, an OR, or an AND NOT (a NOT on its own also matches the
        meetings without a vector, which the bitmaps do not know)."""
        if isinstance(node, Term):
            return self.holding(node.lexeme, size) if self._held(node) else None
        if not isinstance(node, Operator) or node.kind not in ("&", "|"):
            return None
        if node.kind == "&" and isinstance(node.right, Not):
            kept = self._evaluate(node.left, size)
            dropped = self._evaluate(node.right.operand, size)
            return None if kept is None or dropped is None else kept & ~dropped
        if node.kind == "&" and isinstance(node.left, Not):
            return self._evaluate(Operator("&", node.right, node.left), size)
        left, right = self._evaluate(node.left, size), self._evaluate(node.right, size)
        if left is None or right is None:
            return None
        return left & right if node.kind == "&" else left | right

    def _held(self, term: Term) -> bool:
        return not term.suffix and term.lexeme in self.bits


def _bytes_for(size: int) -> int:
    return (size + 7) // 8


def _ids(found: bytes | memoryview | None) -> np.ndarray:
    return np.frombuffer(bytes(found or b""), dtype=">i8").astype(np.int64)


def _positions(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each id's byte in a bitmap and its bit there."""
    return ids >> 3, (1 << (ids & 7)).astype(np.uint8)
