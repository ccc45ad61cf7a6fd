"""The facet index counts a facet the same way whatever share of the archive a search holds:
from the chosen meetings' own entries (a few), as every meeting's counts less those left out
(most), or in one pass over every entry (in between) — with changed meetings in the overlay."""

from __future__ import annotations

import numpy as np
import pytest

from archive.search import facet_index
from archive.search.facet_index import FEW_OF, Chosen, ManyValued, SingleValued

SIZE = 2_000
KEYS = 40
# A few, in between and most: each takes a different way of counting (class Chosen).
SHARES = [0.0, 0.5 / FEW_OF, 0.5, 1 - 0.5 / FEW_OF, 1.0]


def naive_many(held: dict[int, list[int]], mask: np.ndarray) -> np.ndarray:
    counts = np.zeros(KEYS, dtype=np.int64)
    for meeting_id, keys in held.items():
        if mask[meeting_id]:
            for key in set(keys):
                counts[key] += 1
    return counts


def naive_single(held: dict[int, int | None], mask: np.ndarray) -> np.ndarray:
    counts = np.zeros(KEYS, dtype=np.int64)
    for meeting_id, key in held.items():
        if mask[meeting_id] and key is not None:
            counts[key] += 1
    return counts


def in_code_order(facet, counts_by_key: np.ndarray) -> np.ndarray:
    """Counts by key, rearranged into the facet's code order."""
    return np.array([counts_by_key[key] for key in facet.keys.keys], dtype=np.int64)


@pytest.fixture
def meetings():
    """A random archive's facet keys, loaded in shuffled order, then some meetings changed
    (the overlay), one deleted, and two added past the loaded ids."""
    rng = np.random.default_rng(20)
    many = {m: list(rng.choice(KEYS, size=rng.integers(0, 6), replace=False)) for m in range(SIZE)}
    single = {m: (int(rng.integers(KEYS)) if rng.random() < 0.9 else None) for m in range(SIZE)}
    owners = np.array([m for m, keys in many.items() for _ in keys], dtype=np.int64)
    values = np.array([k for keys in many.values() for k in keys], dtype=np.int64)
    order = rng.permutation(len(owners))
    many_facet = ManyValued(SIZE)
    many_facet.load(owners[order], values[order])
    single_facet = SingleValued(SIZE)
    for meeting_id, key in single.items():
        single_facet.set(meeting_id, key)
    return rng, many, single, many_facet, single_facet


@pytest.mark.parametrize("share", SHARES)
def test_every_way_of_counting_gives_the_naive_counts(meetings, share):
    """A few, in between, most: the counts are those of counting each meeting's keys."""
    rng, many, single, many_facet, single_facet = meetings
    mask = rng.random(SIZE) < share
    assert np.array_equal(
        many_facet.counts(Chosen(mask)), in_code_order(many_facet, naive_many(many, mask))
    )
    assert np.array_equal(
        single_facet.counts(Chosen(mask)), in_code_order(single_facet, naive_single(single, mask))
    )


@pytest.mark.parametrize("compacted", [False, True])
@pytest.mark.parametrize("share", SHARES)
def test_changed_and_added_meetings_are_counted_after_the_totals_were_kept(
    meetings, share, compacted, monkeypatch
):
    """The counts over every meeting (kept for the "most" way) follow each change, in the
    overlay and once the entries are rewritten with it."""
    rng, many, single, many_facet, single_facet = meetings
    everything = np.ones(SIZE, dtype=bool)
    many_facet.counts(Chosen(everything))  # keeps the totals
    single_facet.counts(Chosen(everything))
    many_facet.grow(SIZE + 2)
    single_facet.grow(SIZE + 2)
    size = len(many_facet.stale)  # grown with room to spare, as the index's masks are
    assert len(single_facet.code) == size
    changes = {5: [1, 2, 3], 17: [], 400: [39], SIZE: [0, 7], SIZE + 1: [7]}
    for meeting_id, keys in changes.items():
        many_facet.set(meeting_id, keys)
        many[meeting_id] = keys
        single_facet.set(meeting_id, keys[0] if keys else None)
        single[meeting_id] = keys[0] if keys else None
    if compacted:
        monkeypatch.setattr(facet_index, "COMPACT_ABOVE", 0)
        many_facet.compact_if_needed()
        assert not many_facet.overlay
    mask = rng.random(size) < share
    mask[list(changes)] = True
    assert np.array_equal(
        many_facet.counts(Chosen(mask)), in_code_order(many_facet, naive_many(many, mask))
    )
    assert np.array_equal(
        single_facet.counts(Chosen(mask)), in_code_order(single_facet, naive_single(single, mask))
    )
