"""How often reports wrote each spelling of a person's name, and the names shown from it.

A Russian report writes «Владимир Колокольцев», an English one "Vladimir Kolokoltsev". Each
report placed at a meeting adds one to the count (``ParticipantNameVariant.reports``) of every
spelling it wrote — the Cyrillic one for a Russian report, the name as written for an English
one — and, while its meeting is published, to ``published_reports``. Readers are shown names
derived from the published counts only (``Participant.refresh_display_names``): the most common
spelling ("as in the reports") and the most common Cyrillic one, so a spelling only a draft's
report wrote reaches no public page. Whatever changes which reports count changes the counts:
a re-extracted report takes back what its old extraction counted and counts its new one, a
deleted meeting's reports are taken back, and publishing or unpublishing a meeting adds or
takes back its reports' published counts (``count_published_spellings``).

Counting reads only the reports' extractions and the variants of the people at their meetings:
a few statements for a whole batch. ``recount_spellings`` counts every report again from
scratch (after an upgrade: migration 0024).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from django.db import connection

from ..extraction.name_scripts import written_spellings
from ..extraction.names import normalize_name
from ..models import Meeting, Participant, ParticipantNameVariant, SourceDocument

PUBLISHED = Meeting.Status.PUBLISHED
RECOUNT_CHUNK = 5_000  # meetings whose reports recount_spellings reads at a time
# (person id, normalised spelling) -> (reports, published reports) to add.
Deltas = dict[tuple[int, str], list[int]]
# What counting reads of a report: (its participants as extracted, language, meeting id).
Placed = tuple[Any, str, int]


def count_spellings(sources: Iterable[Any], *, sign: int = 1) -> set[int]:
    """Add ``sign`` to the count of every spelling the ``sources`` (saved, with a meeting)
    wrote for a person at their meeting, and to its published count when the meeting is
    published now; returns the people whose counts changed."""
    return _apply(_deltas(_placed(sources), sign, everything=True))


def count_published_spellings(
    meeting_ids: Iterable[int], *, sign: int, only_reports: Iterable[int] | None = None
) -> set[int]:
    """Meetings were published (``sign`` 1) or unpublished (-1): add or take back their
    reports' published counts (``only_reports``: of these reports only); returns the people
    whose counts changed."""
    ids = list(meeting_ids)
    if not ids:
        return set()
    reports = SourceDocument.objects.filter(meeting_id__in=ids)
    if only_reports is not None:
        reports = reports.filter(pk__in=list(only_reports))
    placed = _stored(reports)
    return _apply(_deltas(placed, sign, everything=False, published=set(ids)))


def recount_spellings(chunk: int = RECOUNT_CHUNK) -> int:
    """Count every placed report again from scratch, ``chunk`` meetings at a time, and derive
    everyone's shown names again; returns the number of spellings counted."""
    totals: Counter[tuple[int, str]] = Counter()
    published: Counter[tuple[int, str]] = Counter()
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(id), 0) FROM archive_meeting")
        last = cursor.fetchone()[0]
    for start in range(0, last + 1, chunk):
        reports = SourceDocument.objects.filter(meeting_id__gte=start, meeting_id__lt=start + chunk)
        for key, (n, n_published) in _deltas(_stored(reports), 1, everything=True).items():
            totals[key] += n
            published[key] += n_published
    table = ParticipantNameVariant._meta.db_table
    keys = list(totals)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET reports = 0, published_reports = 0"  # noqa: S608
            " WHERE reports <> 0 OR published_reports <> 0"
        )
        for begin in range(0, len(keys), 50_000):
            part = keys[begin : begin + 50_000]
            cursor.execute(
                f"UPDATE {table} v SET reports = d.n, published_reports = d.published,"  # noqa: S608
                " written = true"
                " FROM unnest(%s::bigint[], %s::text[], %s::int[], %s::int[])"
                " AS d(pid, normalized, n, published)"
                " WHERE v.participant_id = d.pid AND v.normalized = d.normalized",
                [[k[0] for k in part], [k[1] for k in part]]
                + [[totals[k] for k in part], [published[k] for k in part]],
            )
    Participant.refresh_display_names(Participant.objects.values_list("pk", flat=True))
    return len(keys)


def _placed(sources: Iterable[Any]) -> list[Placed]:
    """What counting reads of report records (saved; unplaced ones left out)."""
    placed = []
    for source in sources:
        meeting_id = source.meeting_id or getattr(source.meeting, "pk", None)
        if meeting_id is not None:
            placed.append((source.extraction or {}, source.language, meeting_id))
    return placed


def _stored(sources) -> list[Placed]:
    """What counting reads of stored reports: only the participants of each extraction."""
    return [
        ({"participants": people}, language, meeting_id)
        for people, language, meeting_id in sources.values_list(
            "extraction__participants", "language", "meeting_id"
        )
    ]


def _deltas(
    placed: list[Placed],
    sign: int,
    *,
    everything: bool,
    published: set[int] | None = None,
) -> Deltas:
    """What the reports ``placed`` (report, meeting id) add: to every count (``everything``)
    or to the published ones only; ``published``: the meetings to count as published (None:
    those published now)."""
    if not placed:
        return {}
    meetings = {meeting_id for *_, meeting_id in placed}
    if published is None:
        published = set(
            Meeting.objects.filter(pk__in=meetings, status=PUBLISHED).values_list("pk", flat=True)
        )
    at_meeting: dict[int, dict[str, int]] = {}  # meeting -> normalized spelling -> person
    for meeting_id, participant_id, normalized in (
        ParticipantNameVariant.objects.filter(participant__attendances__meeting_id__in=meetings)
        .values_list("participant__attendances__meeting_id", "participant_id", "normalized")
        .order_by()
    ):
        at_meeting.setdefault(meeting_id, {})[normalized] = participant_id
    deltas: Deltas = {}
    for extraction, language, meeting_id in placed:
        known = at_meeting.get(meeting_id, {})
        for person, written in _written_by(extraction, language, known):
            counts = deltas.setdefault((person, written), [0, 0])
            counts[0] += sign if everything else 0
            counts[1] += sign if meeting_id in published else 0
    return deltas


def _written_by(extraction: Any, language: str, known: dict[str, int]) -> list[tuple[int, str]]:
    """(person, normalised spelling) for each person of ``known`` (normalised spelling ->
    person) the report wrote a name of."""
    found = []
    if not isinstance(extraction, dict):
        return found
    for identifying, written in written_spellings(extraction, language):
        person = next((known[n] for n in map(normalize_name, identifying) if n in known), None)
        if person is not None:
            found.append((person, normalize_name(written)))
    return found


def _apply(deltas: Deltas) -> set[int]:
    """Add the deltas to the stored counts (never below 0) and derive the shown names again."""
    rows = [(pid, normalized, n) for (pid, normalized), n in deltas.items() if any(n)]
    if not rows:
        return set()
    table = ParticipantNameVariant._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} v SET reports = greatest(v.reports + d.n, 0),"  # noqa: S608
            " published_reports = greatest(v.published_reports + d.published, 0),"
            " written = v.written OR d.n > 0"
            " FROM unnest(%s::bigint[], %s::text[], %s::int[], %s::int[])"
            " AS d(pid, normalized, n, published)"
            " WHERE v.participant_id = d.pid AND v.normalized = d.normalized",
            [[r[0] for r in rows], [r[1] for r in rows]]
            + [[r[2][0] for r in rows], [r[2][1] for r in rows]],
        )
    people = {pid for pid, _, _ in rows}
    Participant.refresh_display_names(people)
    return people
