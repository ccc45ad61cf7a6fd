"""How often reports wrote each spelling of a person's name, and the names shown from it.

A Russian report writes «Владимир Колокольцев», an English one "Vladimir Kolokoltsev". Each new
report adds one to the count (``ParticipantNameVariant.reports``) of every spelling it wrote —
the Cyrillic one for a Russian report, the name as written for an English one — and the
person's shown names are derived from the counts (``Participant.refresh_display_names``): the
most common spelling ("as in the reports") and the most common Cyrillic one. A re-extracted
report takes back what its old extraction counted and counts its new one.

Counting reads only the new reports' extractions and the variants of the people at their
meetings: three statements for a whole batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from django.db import connection

from ..extraction.name_scripts import written_spellings
from ..extraction.names import normalize_name
from ..models import Participant, ParticipantNameVariant


def count_spellings(sources: Iterable[Any], *, sign: int = 1) -> set[int]:
    """Add ``sign`` to the count of every spelling the ``sources`` (saved, with a meeting)
    wrote for a person at their meeting; returns the people whose counts changed."""
    placed = [(s, s.meeting_id or getattr(s.meeting, "pk", None)) for s in sources]
    placed = [(s, meeting_id) for s, meeting_id in placed if meeting_id is not None]
    if not placed:
        return set()
    at_meeting: dict[int, dict[str, int]] = {}  # meeting -> normalized spelling -> person
    for meeting_id, participant_id, normalized in (
        ParticipantNameVariant.objects.filter(
            participant__attendances__meeting_id__in={meeting_id for _, meeting_id in placed}
        )
        .values_list("participant__attendances__meeting_id", "participant_id", "normalized")
        .order_by()
    ):
        at_meeting.setdefault(meeting_id, {})[normalized] = participant_id
    counts: Counter[tuple[int, str]] = Counter()
    for source, meeting_id in placed:
        known = at_meeting.get(meeting_id, {})
        for identifying, written in written_spellings(source.extraction or {}, source.language):
            person = next((known[n] for n in map(normalize_name, identifying) if n in known), None)
            if person is not None:
                counts[(person, normalize_name(written))] += sign
    if not counts:
        return set()
    rows = [(pid, normalized, n) for (pid, normalized), n in counts.items()]
    table = ParticipantNameVariant._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} v SET reports = greatest(v.reports + d.n, 0)"  # noqa: S608
            " FROM unnest(%s::bigint[], %s::text[], %s::int[]) AS d(pid, normalized, n)"
            " WHERE v.participant_id = d.pid AND v.normalized = d.normalized",
            [[r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]],
        )
    people = {pid for pid, _, _ in rows}
    Participant.refresh_display_names(people)
    return people
