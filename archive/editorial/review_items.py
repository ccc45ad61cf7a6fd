"""The review queue's items: what an editor should look at, found by index-driven queries
that read at most QUEUE_LIMIT rows of each kind.

Each kind of item has a query (``weak_meetings``, ``undated_meetings``,
``uncertain_attendances``, the possible-duplicate links, ``unsorted_reports``; similar people
are in ``archive.editorial.similar_people``) and a function that turns its rows into
``ReviewItem``s, leaving out what editors dismissed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import CharField, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Cast
from django.urls import get_script_prefix, get_urlconf, reverse

from ..ingest.matching import placement_problem
from ..models import (
    LOW_FIELD_CONFIDENCE,
    MIN_FIELD_CONFIDENCE,
    Attendance,
    Meeting,
    ReviewDismissal,
    SourceDocument,
)

# A field the extractor is less sure of than this is shown in the review queue (the partial
# index meeting_weak_fields is built for this value: see archive.models).
LOW_CONFIDENCE = LOW_FIELD_CONFIDENCE
QUEUE_LIMIT = 200  # items per kind of problem


@dataclass
class ReviewItem:
    """One thing that needs an editor's eye, and where to fix it."""

    kind: str  # a key of KINDS
    key: str  # identifies the item for dismissal
    weight: float  # 0 = weakest, shown first
    title: str
    detail: str
    url: str  # the place to fix it
    links: list[tuple[str, str]] = field(default_factory=list)  # further (label, url)

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]


KINDS = {
    "low_confidence": "Low-confidence field",
    "unknown_date": "Unknown date",
    "uncertain_person": "Uncertain person match",
    "similar_people": "New person similar to an existing one",
    "possible_duplicate": "Possible same meeting",
    "unsorted_report": "Unsorted report",
}

# Where on the meeting form each field_confidence key is fixed.
FIELD_ANCHORS = {
    "date": "id_date_start",
    "city": "id_city",
    "body": "id_body",
    "title": "id_title",
    "summary": "id_summary",
    "ordinal": "id_ordinal",
    "venue_country": "id_venue_country",
    "countries": "country_links-group",
    "participants": "attendances-group",
    "organizations": "organization_links-group",
    "topics": "topic_links-group",
}


def dismissed_keys(kind: str) -> set[str]:
    """The keys of the items of this kind that editors set aside."""
    return set(ReviewDismissal.objects.filter(kind=kind).values_list("key", flat=True))


_PK_PLACEHOLDER = "pk-placeholder"
_CHANGE_URLS: dict[tuple, str] = {}


def change_url(name: str, pk: int) -> str:
    """An admin change page's URL: reverse() once per page name (and script prefix), then the
    pk filled in, since a queue page links to hundreds of change pages."""
    cache_key = (name, get_script_prefix(), get_urlconf())
    if cache_key not in _CHANGE_URLS:
        _CHANGE_URLS[cache_key] = reverse(name, args=[_PK_PLACEHOLDER])
    return _CHANGE_URLS[cache_key].replace(_PK_PLACEHOLDER, str(int(pk)), 1)


def meeting_url(pk: int, anchor: str = "") -> str:
    """A meeting's change page, at ``anchor`` when given."""
    url = change_url("admin:archive_meeting_change", pk)
    return f"{url}#{anchor}" if anchor else url


# --- meetings: low-confidence fields and unknown dates ----------------------------------------

# What an item shows of a meeting (its title and date, the scores): the wide columns (summary,
# search text, facet arrays) are left in the table.
DATE_FIELDS = ("title", "date_start", "date_end", "date_precision")  # what str(meeting) reads
MEETING_ITEM_FIELDS = ("id", *DATE_FIELDS, "confidence", "field_confidence")


def weak_meetings(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Meetings with a field scored below LOW_CONFIDENCE, weakest first, at most QUEUE_LIMIT.

    Read in (confidence, id) order from the partial index meeting_weak_fields, which holds only
    such meetings: QUEUE_LIMIT index entries, not every meeting's JSON unpacked and all their
    ids sent back in a huge IN list."""
    return (
        meetings.alias(weakest_field=MIN_FIELD_CONFIDENCE)
        .filter(weakest_field__lt=LOW_CONFIDENCE)
        .only(*MEETING_ITEM_FIELDS)
        .order_by("confidence", "pk")[:QUEUE_LIMIT]
    )


def undated_meetings(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Meetings of unknown date, oldest first (partial index meeting_undated: only they)."""
    undated = meetings.filter(date_precision=Meeting.DatePrecision.UNKNOWN)
    return undated.only(*MEETING_ITEM_FIELDS).order_by("pk")[:QUEUE_LIMIT]


# Fields a report need not have: confidence 0 only says none was found.
OPTIONAL_FIELDS = {"ordinal", "organizations", "summary", "venue_country"}


def _nothing_to_check(meeting: Meeting, name: str, value: float) -> bool:
    """A low score that is no problem for an editor: an optional field the report lacks, or
    a date the "unknown date" item covers already."""
    if name == "date" and meeting.date_precision == Meeting.DatePrecision.UNKNOWN:
        return True
    return name in OPTIONAL_FIELDS and value == 0


def _low_confidence_items(meetings: QuerySet[Meeting]) -> list[ReviewItem]:
    """One item per weak meeting, naming its weak fields, linked to the weakest."""
    items: list[ReviewItem] = []
    dismissed = dismissed_keys("low_confidence")
    for meeting in weak_meetings(meetings):
        fields = sorted(
            (float(value), name)
            for name, value in meeting.field_confidence.items()
            if isinstance(value, int | float)
            and value < LOW_CONFIDENCE
            and not _nothing_to_check(meeting, name, value)
        )
        if not fields:
            continue
        key = f"{meeting.pk}:{','.join(sorted(name for _, name in fields))}"
        if key in dismissed:
            continue
        weakest_value, weakest = fields[0]
        items.append(
            ReviewItem(
                kind="low_confidence",
                key=key,
                weight=weakest_value,
                title=str(meeting),
                detail="; ".join(f"{name}: confidence {value:.2f}" for value, name in fields),
                url=meeting_url(meeting.pk, FIELD_ANCHORS.get(weakest, "")),
                links=[
                    (name, meeting_url(meeting.pk, FIELD_ANCHORS.get(name, "")))
                    for _, name in fields[1:]
                ],
            )
        )
    return items


def _undated_items(meetings: QuerySet[Meeting]) -> list[ReviewItem]:
    """One item per meeting of unknown date."""
    items: list[ReviewItem] = []
    dismissed = dismissed_keys("unknown_date")
    for meeting in undated_meetings(meetings):
        if str(meeting.pk) in dismissed:
            continue
        items.append(
            ReviewItem(
                kind="unknown_date",
                key=str(meeting.pk),
                weight=0.0,
                title=str(meeting),
                detail="no date found in the reports",
                url=meeting_url(meeting.pk, "id_date_start"),
            )
        )
    return items


def meeting_items(meetings: QuerySet[Meeting] | None = None) -> list[ReviewItem]:
    """Low-confidence fields and unknown dates."""
    meetings = Meeting.objects.all() if meetings is None else meetings
    return _low_confidence_items(meetings) + _undated_items(meetings)


# --- uncertain person matches -----------------------------------------------------------------

ATTENDANCE_ITEM_FIELDS = (
    "id",
    "name_as_written",
    "match",
    "confidence",
    "meeting__title",
    "participant__name",
)


def uncertain_attendances() -> QuerySet[Attendance]:
    """Fuzzy, ambiguous and unlinked person matches, weakest first, at most QUEUE_LIMIT: read
    in order from the partial index attendance_uncertain (this filter is its condition), with
    only what an item shows of the meeting and the person."""
    return (
        Attendance.objects.filter(
            Q(match__in=[Attendance.Match.FUZZY, Attendance.Match.AMBIGUOUS])
            | Q(participant__isnull=True)
        )
        .exclude(match=Attendance.Match.EDITOR)
        .select_related("meeting", "participant")
        .only(*ATTENDANCE_ITEM_FIELDS)
        .order_by("confidence", "pk")[:QUEUE_LIMIT]
    )


def person_items() -> list[ReviewItem]:
    """Attendances whose person is uncertain: similar spelling, ambiguous or unresolved."""
    dismissed = dismissed_keys("uncertain_person")
    items = []
    for attendance in uncertain_attendances():
        if str(attendance.pk) in dismissed:
            continue
        if attendance.participant is None:
            detail, weight = "not linked to any person", 0.0
        elif attendance.match == Attendance.Match.AMBIGUOUS:
            detail, weight = f"ambiguous: linked to {attendance.participant.name}", 0.1
        else:
            detail = f"similar spelling of {attendance.participant.name}"
            weight = min(attendance.confidence, 0.5) if attendance.confidence else 0.4
        items.append(
            ReviewItem(
                kind="uncertain_person",
                key=str(attendance.pk),
                weight=weight,
                title=f"{attendance.name_as_written} at {attendance.meeting.title}",
                detail=detail,
                url=change_url("admin:archive_attendance_change", attendance.pk) + "?next=review",
                links=[("meeting", meeting_url(attendance.meeting_id, "attendances-group"))],
            )
        )
    return items


# --- possible duplicates ----------------------------------------------------------------------


def duplicate_items() -> list[ReviewItem]:
    """Meetings the importer thinks may describe an existing meeting."""
    through = Meeting.possible_duplicates.through
    dismissed = dismissed_keys("possible_duplicate")
    shown = [f"{side}__{name}" for side in ("from_meeting", "to_meeting") for name in DATE_FIELDS]
    rows = (
        through.objects.select_related("from_meeting", "to_meeting")
        .only("from_meeting", "to_meeting", *shown)
        .order_by("pk")[:QUEUE_LIMIT]
    )
    items = []
    for row in rows:
        key = f"{row.from_meeting_id}-{row.to_meeting_id}"
        if key in dismissed:
            continue
        items.append(
            ReviewItem(
                kind="possible_duplicate",
                key=key,
                weight=0.3,
                title=str(row.from_meeting),
                detail=f"may be the same meeting as: {row.to_meeting}",
                url=meeting_url(row.from_meeting_id),
                links=[("the other meeting", meeting_url(row.to_meeting_id))],
            )
        )
    return items


# --- reports kept unsorted --------------------------------------------------------------------

# What an item shows of a report: never its texts. The extraction says why it is unsorted.
UNSORTED_ITEM_FIELDS = ("id", "title", "file_name", "url", "extraction", "imported_at")
# Shown near the top: a report nobody placed is missing from the archive until someone does.
UNSORTED_WEIGHT = 0.05


def unsorted_reports() -> QuerySet[SourceDocument]:
    """Reports kept without a meeting and not dismissed, oldest first, at most QUEUE_LIMIT
    (partial index source_unsorted: only they), in one query."""
    dismissed = ReviewDismissal.objects.filter(
        kind="unsorted_report", key=Cast(OuterRef("pk"), CharField())
    )
    return (
        SourceDocument.objects.filter(meeting__isnull=True)
        .exclude(Exists(dismissed))
        .only(*UNSORTED_ITEM_FIELDS)
        .order_by("imported_at", "pk")[:QUEUE_LIMIT]
    )


def unsorted_reason(source: SourceDocument) -> str:
    """Why the importer could not place the report, as it would judge now."""
    return placement_problem(source.extraction or {}) or (
        "the importer could place it now: attach it, or import it again with --update"
    )


def unsorted_items() -> list[ReviewItem]:
    """Reports the importer kept unsorted, each linked to the page that attaches it to a
    meeting or makes a meeting of it."""
    items = []
    for source in unsorted_reports():
        items.append(
            ReviewItem(
                kind="unsorted_report",
                key=str(source.pk),
                weight=UNSORTED_WEIGHT,
                title=str(source)[:200],
                detail=unsorted_reason(source),
                url=change_url("admin:archive_sourcedocument_place", source.pk),
                links=[
                    ("the report", change_url("admin:archive_sourcedocument_change", source.pk))
                ],
            )
        )
    return items
