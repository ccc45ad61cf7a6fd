"""Which meeting a report describes: one already in the archive, one the current batch is
making, or a new one — and the look-alikes an editor should compare it with.

The rules, from the surest (``MeetingMatcher.find_meeting``): the same body on overlapping days
in the same city; the same body and ordinal on agreeing dates; the same body in the same month
or year (a day within a meeting known to the month or year too), in the same city when one of
the two has no date, or with one of the same people when the report tells no town (only ever a
look-alike); the same people on the same day. Every rule that attaches a report needs dates that
agree: a session number or a body alone never does, since bodies
number their sessions again and again over the decades. Uncertain matches are never merged:
they are recorded in ``Meeting.possible_duplicates`` for an editor ("possible same meeting").

A report that describes no meeting at all (``placement_problem``) is kept unsorted by the
importer, for an editor to place.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.db.models.functions import Coalesce

from ..models import Meeting, Organization
from .lookups import Lookups
from .merging import parse_partial_date
from .outcomes import ImportFailed
from .reading import EXTRACTOR_FAILED
from .resolver import PersonRequest

# What matching a report to a meeting reads: never the search document (up to 400 KB a row).
# Its queries order by date_start, never by pk alone: "ORDER BY id LIMIT 5" tempts PostgreSQL
# to walk the primary key past every row instead of using the (body, date_start) index.
MATCH_FIELDS = (
    "title",
    "slug",
    "body",
    "date_start",
    "date_end",
    "date_precision",
    "city",
    "ordinal",
    "participant_ids",
)
MATCH_COLUMNS = ("id", *(f"{name}_id" if name == "body" else name for name in MATCH_FIELDS))
# No meeting of these bodies lasts longer; bounds the date range the matching query scans.
MAX_MEETING_DAYS = datetime.timedelta(days=31)
# Below this overall confidence a new meeting is flagged for review whatever --status says.
REVIEW_CONFIDENCE = 0.5
# The most look-alikes one rule lists for an editor.
LOOK_ALIKES = 5
# An undated report tells of a meeting held this long before it was published, or announces
# one this long after.
NEWS_BEFORE = datetime.timedelta(days=60)
NEWS_AFTER = datetime.timedelta(days=60)
# How far apart a report's days and a meeting's may be and still count as overlapping.
DAY_SLACK = datetime.timedelta(days=1)


UNRECOGNISABLE = (
    "no recognisable meeting: the text names no convening body, no participants with a "
    "date, place or countries, and no two states meeting at a date or place"
)
# Two states taking part, with a date or a place, tell a meeting between them even when the
# report names neither a body nor anyone ("the border services of the two countries met in
# Osh on Friday"); such a meeting always goes to an editor (``needs_review``).
STATES_OF_A_MEETING = 2


def placement_problem(data: dict[str, Any]) -> str | None:
    """Why the extraction cannot be placed at a meeting, or None when it can: it must name a
    convening body, or participants with a date, place or countries, or two states taking
    part with a date or place; and its dates must be dates."""
    if data.get(EXTRACTOR_FAILED):
        return (
            f"the extractor failed on this report ({data[EXTRACTOR_FAILED]}); "
            "an editor can place it by hand"
        )
    countries = data.get("countries") or []
    dated_or_placed = bool(data.get("date_start") or data.get("city"))
    has_setting = dated_or_placed or bool(countries)
    between_states = dated_or_placed and len(countries) >= STATES_OF_A_MEETING
    if not (data.get("body") or (data.get("participants") and has_setting) or between_states):
        return UNRECOGNISABLE
    try:
        parse_partial_date(data.get("date_start"))
        parse_partial_date(data.get("date_end"))
    except ImportFailed as exc:
        return str(exc)
    return None


def needs_review(meeting: Meeting, look_alikes: list[Meeting], facts: dict[str, Any]) -> bool:
    """A new meeting an editor should see before it is published, whatever --status said:
    one like another, one the extractor is unsure of, and one known only by the states that
    met (``facts``: the meeting's merged extraction)."""
    known_only_by_states = not (facts.get("body") or facts.get("participants"))
    # a look-alike of no known date is the record in doubt, not a dated new meeting: the pair
    # is in the review queue either way
    doubtful = [m for m in look_alikes if m.date_start is not None or meeting.date_start is None]
    return bool(doubtful) or meeting.confidence < REVIEW_CONFIDENCE or known_only_by_states


def look_alike_flags(look_alikes: list[Meeting]) -> list[str]:
    if not look_alikes:
        return []
    names = "; ".join(f"{m.title} (#{m.pk})" for m in look_alikes)
    return [f"may describe the same meeting as: {names}"]


def _by_key(keys: list[tuple], found) -> dict[tuple, list]:
    """Each key's meetings from a lateral query numbering its keys from 1 (``key_number``)."""
    candidates: dict[tuple, list] = {key: [] for key in keys}
    for meeting in found:
        candidates[keys[meeting.key_number - 1]].append(meeting)
    return candidates


def _candidates_by_key(
    keys: list[tuple], value_type: str, condition: str, order: str
) -> dict[tuple, list]:
    """For each key (kind, body id, value) the body's first LOOK_ALIKES meetings meeting
    ``condition`` on its value (``q.value``, of SQL type ``value_type``), in one lateral query."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return {}
    found = Meeting.objects.raw(
        f"""
        SELECT q.n AS key_number, m.* FROM unnest(%s::bigint[], %s::{value_type}[])
            WITH ORDINALITY AS q(body_id, value, n)
        CROSS JOIN LATERAL (
            SELECT {", ".join(MATCH_COLUMNS)} FROM archive_meeting
            WHERE body_id = q.body_id AND {condition}
            ORDER BY date_start, id LIMIT {LOOK_ALIKES}
        ) m
        ORDER BY q.n, {order}
        """,
        [[key[1] for key in keys], [key[2] for key in keys]],
    )
    return _by_key(keys, found)


# The precisions of a meeting known only to the month or the year.
COARSER = ("month", "year")


def _coarser_key(body_id: int, year: int) -> tuple:
    """The key of a body's meetings known to the month or year, in one year, among a batch's
    prefetched candidates."""
    return ("coarser", body_id, year)


def _coarser_candidates(day_keys: list[tuple]) -> dict[tuple, list]:
    """The archive's meetings known only to the month or year, for each (body, year) of the
    batch's reports dated to the day (their ``_day_range_key``), in one query
    (``_coarser_dates``)."""
    return _candidates_by_key(
        [_coarser_key(body_id, first.year) for body_id, first, _ in day_keys],
        "int",
        "date_precision IN ('month', 'year') AND date_start >= make_date(q.value, 1, 1)"
        " AND date_start <= make_date(q.value, 12, 31)",
        order="m.date_start, m.id",
    )


def _undated_key(body_id: int, city: str) -> tuple:
    """The key of a body's undated meetings in a city among a batch's prefetched candidates."""
    return ("undated", body_id, city.lower())


def dates_agree(meeting: Meeting, sought: SoughtMeeting) -> bool:
    """The report and the meeting are dated alike as far as both know: the same year, the same
    month when both know the month, overlapping days when both know the days. A date unknown
    on either side agrees with nothing."""
    start = sought.start
    rank = Meeting.DatePrecision.rank_of
    common = min(rank(sought.precision), rank(meeting.date_precision))
    if start is None or meeting.date_start is None or common == 0:
        return False
    if meeting.date_start.year != start.year:
        return False
    if common >= rank(Meeting.DatePrecision.MONTH) and meeting.date_start.month != start.month:
        return False
    if common >= rank(Meeting.DatePrecision.DAY):
        end = sought.end or start
        last = meeting.date_end or meeting.date_start
        return meeting.date_start <= end + DAY_SLACK and last >= start - DAY_SLACK
    return True


@dataclass(frozen=True)
class SoughtMeeting:
    """What matching reads from a report's extraction."""

    body: Organization | None
    precision: str
    start: datetime.date | None
    end: datetime.date | None
    city: str
    ordinal: Any

    def same_place(self, meeting: Meeting) -> bool:
        """Compatible city and ordinal: "the 60th" and "the 61st" are two meetings."""
        if self.ordinal and meeting.ordinal and self.ordinal != meeting.ordinal:
            return False
        return not self.city or not meeting.city or meeting.city.casefold() == self.city.casefold()


class MeetingMatcher:
    """Finds the meeting a report describes, by the rules in the module docstring."""

    def __init__(self, lookups: Lookups) -> None:
        self.lookups = lookups

    def find_meeting(
        self,
        data: dict[str, Any],
        pending: Sequence[Meeting] = (),
        archived: dict[tuple, list[Meeting]] | None = None,
    ) -> tuple[Meeting | None, list[Meeting]]:
        """The meeting this report describes, or None; plus look-alikes to flag.

        Looks in the archive and in ``pending``: meetings the current batch has made but not
        yet written, matched by the same rules in Python. ``archived``: the archive's
        candidates by body and dates, already read for the batch (``archived_candidates``).
        """
        sought = self._sought(data)
        body, start = sought.body, sought.start
        same_body = [m for m in pending if body and m.body_id == body.pk]
        if body and sought.precision == "day" and start:
            found, look_alikes = self._same_days(sought, same_body, archived)
            if found is None and not look_alikes:
                look_alikes = self._same_place_undated(sought, same_body, archived)
            if found is None and not look_alikes:
                look_alikes = self._coarser_dates(sought, same_body, archived)
            if found is None and not look_alikes and not sought.city:
                look_alikes = self._same_people_undated(data, sought)
            return found, look_alikes
        if body and sought.ordinal:
            found = self._same_ordinal(sought, same_body)
            if found is not None:
                return found
        if body and start and sought.precision in {"month", "year"}:
            return None, self._same_month_or_year(sought, same_body)
        if body and start is None:
            published = parse_partial_date(data.get("publication_date"))
            if sought.city:
                return None, self._same_place_near(sought, same_body, published, archived)
            return None, self._same_people_undated(data, sought, published)
        if sought.precision == "day" and start:
            return self._same_people_same_day(data, sought)
        return None, []

    def _sought(self, data: dict[str, Any]) -> SoughtMeeting:
        body = self.lookups.references.organization(data.get("body"), create=False)
        start = parse_partial_date(data.get("date_start"))
        return SoughtMeeting(
            body=body,
            precision=data.get("date_precision") or "unknown",
            start=start,
            end=parse_partial_date(data.get("date_end")) or start,
            city=(data.get("city") or "").strip(),
            ordinal=data.get("ordinal"),
        )

    @staticmethod
    def _same_days(
        sought: SoughtMeeting, same_body: list[Meeting], archived: dict[tuple, list[Meeting]] | None
    ) -> tuple[Meeting | None, list[Meeting]]:
        """The same body on overlapping days: the meeting if exactly one is in the same
        place, else look-alikes."""
        body, start, end = sought.body, sought.start, sought.end
        in_archive = (archived or {}).get((body.pk, start, end))
        candidates = [
            m
            for m in same_body
            if m.date_precision == "day"
            and m.date_start
            and m.date_start <= end + DAY_SLACK
            and (m.date_end or m.date_start) >= start - DAY_SLACK
        ] + list(
            in_archive
            if in_archive is not None
            else Meeting.objects.only(*MATCH_FIELDS)
            .annotate(last_day=Coalesce("date_end", "date_start"))
            .filter(
                body=body,
                date_precision="day",
                # The lower bound keeps the (body, date_start) index scan short; without
                # it every earlier meeting of the body is read and filtered out.
                date_start__gte=start - MAX_MEETING_DAYS,
                date_start__lte=end + DAY_SLACK,
                last_day__gte=start - DAY_SLACK,
            )
            .order_by("date_start", "pk")[:5]
        )
        sure = [m for m in candidates if sought.same_place(m)]
        if len(sure) == 1:
            return sure[0], []
        if sure:
            return None, sure
        # Same body on the same days but another city: ask an editor. Another ordinal
        # is a different session, not a doubt.
        ordinal = sought.ordinal
        return None, [m for m in candidates if not (ordinal and m.ordinal and m.ordinal != ordinal)]

    @staticmethod
    def _same_ordinal(
        sought: SoughtMeeting, same_body: list[Meeting]
    ) -> tuple[Meeting | None, list[Meeting]] | None:
        """The same body and ordinal: the meeting if exactly one agrees on place and dates
        (``dates_agree``), else look-alikes; None when the body has no meeting of that
        ordinal."""
        by_ordinal = [m for m in same_body if m.ordinal == sought.ordinal] + list(
            Meeting.objects.only(*MATCH_FIELDS)
            .filter(body=sought.body, ordinal=sought.ordinal)
            .order_by("date_start", "pk")[:5]
        )
        agreeing = [m for m in by_ordinal if sought.same_place(m) and dates_agree(m, sought)]
        if len(agreeing) == 1:
            return agreeing[0], []
        if by_ordinal:
            return None, by_ordinal
        return None

    @staticmethod
    def _coarser_dates(
        sought: SoughtMeeting, same_body: list[Meeting], archived: dict[tuple, list] | None
    ) -> list[Meeting]:
        """A report dated to the day beside its body's meetings known only to the month or the
        year that agree with it ("September 2024" beside "6 September 2024"): look-alikes."""
        start = sought.start
        in_archive = (archived or {}).get(_coarser_key(sought.body.pk, start.year))
        if in_archive is None:
            in_archive = (
                Meeting.objects.only(*MATCH_FIELDS)
                .filter(
                    body=sought.body,
                    date_precision__in=COARSER,
                    date_start__gte=datetime.date(start.year, 1, 1),
                    date_start__lte=datetime.date(start.year, 12, 31),
                )
                .order_by("date_start", "pk")[:LOOK_ALIKES]
            )
        candidates = [m for m in same_body if m.date_precision in COARSER] + list(in_archive)
        return [m for m in candidates if dates_agree(m, sought) and sought.same_place(m)]

    @staticmethod
    def _same_month_or_year(sought: SoughtMeeting, same_body: list[Meeting]) -> list[Meeting]:
        """Same body, same month or year: plausible, not certain — look-alikes only."""
        start = sought.start
        if sought.precision == "year":
            span = Q(year=start.year)
            in_span = [m for m in same_body if m.date_start and m.date_start.year == start.year]
        else:
            span = Q(date_start__year=start.year, date_start__month=start.month)
            in_span = [
                m
                for m in same_body
                if m.date_start
                and (m.date_start.year, m.date_start.month) == (start.year, start.month)
            ]
        candidates = in_span + list(
            Meeting.objects.only(*MATCH_FIELDS)
            .filter(span, body=sought.body)
            .order_by("date_start", "pk")[:5]
        )
        return [m for m in candidates if sought.same_place(m)]

    @staticmethod
    def _same_place_undated(
        sought: SoughtMeeting, same_body: list[Meeting], archived: dict[tuple, list] | None
    ) -> list[Meeting]:
        """A report's look-alikes among its body's meetings of no known date in its city:
        any of them may be this one."""
        if not sought.city:
            return []
        city = sought.city.casefold()
        pending = [
            m for m in same_body if m.date_start is None and (m.city or "").casefold() == city
        ]
        in_archive = (archived or {}).get(_undated_key(sought.body.pk, sought.city))
        if in_archive is None:
            in_archive = (
                Meeting.objects.only(*MATCH_FIELDS)
                .filter(body=sought.body, date_start__isnull=True, city__iexact=sought.city)
                .order_by("date_start", "pk")[:LOOK_ALIKES]
            )
        return pending + list(in_archive)

    @classmethod
    def _same_place_near(
        cls,
        sought: SoughtMeeting,
        same_body: list[Meeting],
        published: datetime.date | None,
        archived: dict[tuple, list] | None,
    ) -> list[Meeting]:
        """An undated report's look-alikes (it cannot be attached, having no date to agree):
        its body's meetings in its city held shortly before the report was published (or
        announced in it), or, with no publication date either, those of no known date."""
        if not sought.city:
            return []
        if published is None:
            return cls._same_place_undated(sought, same_body, archived)
        city = sought.city.casefold()
        first, last = published - NEWS_BEFORE, published + NEWS_AFTER
        pending = [
            m
            for m in same_body
            if (m.city or "").casefold() == city
            and m.date_start is not None
            and first <= m.date_start <= last
        ]
        return pending + list(
            Meeting.objects.only(*MATCH_FIELDS)
            .filter(
                body=sought.body,
                city__iexact=sought.city,
                date_start__gte=first,
                date_start__lte=last,
            )
            .order_by("date_start", "pk")[:LOOK_ALIKES]
        )

    def _known_people(self, data: dict[str, Any]) -> set[int]:
        """The report's participants the archive already knows by that name or a variant."""
        requests = [
            PersonRequest(person["name"], self.lookups.references.country(person.get("country")))
            for person in data.get("participants") or []
        ]
        if not requests:
            return set()
        return {
            match.participant.pk
            for match in self.lookups.people.resolve_many(requests, create=False)
            if match.participant and match.match in {"exact", "variant"}
        }

    def _same_people_undated(
        self,
        data: dict[str, Any],
        sought: SoughtMeeting,
        published: datetime.date | None = None,
    ) -> list[Meeting]:
        """A report that tells no town, beside its body's meetings that one of its people
        attended and whose dates it cannot contradict: for a dated report, those of no known
        date; for an undated one, those held shortly before it was published (or announced in
        it), or with no publication date those of no known date either. The same talks told by
        another report, or another round of them: an editor decides. Like the same people on
        the same day, it reads the meetings already written, whose people are known."""
        people = self._known_people(data)
        if not people:
            return []
        found = Meeting.objects.only(*MATCH_FIELDS).filter(
            body=sought.body, participant_ids__overlap=sorted(people)
        )
        if sought.start is None and published is not None:
            found = found.filter(
                date_start__gte=published - NEWS_BEFORE, date_start__lte=published + NEWS_AFTER
            )
        else:
            found = found.filter(date_start__isnull=True)
        return list(found.order_by("date_start", "pk")[:LOOK_ALIKES])

    def _same_people_same_day(
        self, data: dict[str, Any], sought: SoughtMeeting
    ) -> tuple[Meeting | None, list[Meeting]]:
        """At least two of the report's people, already known, at a meeting that day."""
        people = self._known_people(data)
        if len(people) < 2:
            return None, []
        same_day = (
            Meeting.objects.only(*MATCH_FIELDS)
            .filter(date_start=sought.start, participant_ids__overlap=sorted(people))
            .order_by("date_start", "pk")[:10]
        )
        shared = [m for m in same_day if len(people & set(m.participant_ids)) >= 2]
        sure = [m for m in shared if sought.same_place(m)]
        if len(sure) == 1:
            return sure[0], []
        return None, shared

    # --- a whole batch at once ------------------------------------------------------------

    def archived_candidates(self, extractions: list[dict[str, Any] | None]) -> dict[tuple, list]:
        """The archive's meetings each report could match by body and dates, for the whole
        batch in one query instead of one each (``find_meeting``'s first rule; the archive
        does not change until the batch writes). ``None``: a report nothing was extracted
        from."""
        # Reports nothing was extracted from fail, and unplaceable ones are kept unsorted:
        # neither is matched.
        importable = [data for data in extractions if data and not placement_problem(data)]
        # The batch's new bodies exist before its reports are matched, so a meeting of a new
        # body is found by its body like any other, and they cost a few queries in all.
        self.lookups.references.create_organizations(
            [data.get("body") for data in importable], kind=Organization.Kind.BODY
        )
        keys = [self._day_range_key(data) for data in importable]
        keys = list(dict.fromkeys(key for key in keys if key is not None))
        candidates = self._undated_candidates(importable)
        candidates.update(_coarser_candidates(keys))
        if not keys:
            return candidates
        body_ids, first_days, last_days = zip(*keys, strict=True)
        # The same conditions and order as find_meeting's query, for every key at once.
        found = Meeting.objects.raw(
            f"""
            SELECT q.n AS key_number, m.* FROM unnest(%s::bigint[], %s::date[], %s::date[])
                WITH ORDINALITY AS q(body_id, first_day, last_day, n)
            CROSS JOIN LATERAL (
                SELECT {", ".join(MATCH_COLUMNS)} FROM archive_meeting
                WHERE body_id = q.body_id AND date_precision = 'day'
                    AND date_start >= q.first_day - %s AND date_start <= q.last_day + %s
                    AND COALESCE(date_end, date_start) >= q.first_day - %s
                ORDER BY date_start, id LIMIT 5
            ) m
            ORDER BY q.n, m.date_start, m.id
            """,
            [
                list(body_ids),
                list(first_days),
                list(last_days),
                MAX_MEETING_DAYS.days,
                DAY_SLACK.days,
                DAY_SLACK.days,
            ],
        )
        candidates.update(_by_key(keys, found))
        return candidates

    def _undated_candidates(self, importable: list[dict[str, Any]]) -> dict[tuple, list]:
        """The archive's meetings of no known date for each (body, city) of the batch, in one
        query (``_same_place_undated``)."""
        keys = []
        for data in importable:
            body = self.lookups.references.organization(data.get("body"), create=False)
            city = (data.get("city") or "").strip()
            if body and city:
                keys.append(_undated_key(body.pk, city))
        return _candidates_by_key(
            keys, "text", "date_start IS NULL AND lower(city) = q.value", order="m.id"
        )

    def _day_range_key(self, data: dict[str, Any]) -> tuple | None:
        """(body id, first day, last day) of a report dated to the day, else None."""
        body = self.lookups.references.organization(data.get("body"), create=False)
        start = parse_partial_date(data.get("date_start"))
        if not (body and start and (data.get("date_precision") or "unknown") == "day"):
            return None
        return body.pk, start, parse_partial_date(data.get("date_end")) or start
