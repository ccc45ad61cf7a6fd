"""What needs an editor's eye, derived from the records: one ``ReviewItem`` per problem, with
how sure the archive is of the record as it stands (``certainty``) and why (``reason``), both
taken from what extraction and import recorded.

Every kind is derived for a scope — some meetings, some reports, or everything — so that an
import or an edit re-derives only what it touched (archive.editorial.review_entries keeps the
derived items as ReviewEntry rows). Nothing is capped: the queue pages through all of them.

- weak date, place, body and other weak fields: a meeting's field the extractor scored below
  LOW_CONFIDENCE (or found nothing for), unless an editor owns the field (curated);
- new body: a convening body that is not in the reference list (fixtures/organizations.json)
  and that no editor has touched;
- possible same meeting: the look-alikes the importer recorded (``possible_duplicates``);
- possible same person: uncertain person matches, and new people whose names are close to
  someone else's (archive.editorial.similar_people);
- unsorted report: a report the importer kept without a meeting.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache

from django.db.models import Count, Max, Min, Q
from django.db.models.fields.json import KeyTextTransform
from django.urls import get_script_prefix, get_urlconf, reverse

from ..extraction.names import normalize_name
from ..ingest.matching import placement_problem
from ..ingest.reference_data import read_fixture
from ..models import (
    LOW_FIELD_CONFIDENCE,
    MIN_FIELD_CONFIDENCE,
    Attendance,
    Meeting,
    Organization,
    ReviewKind,
    SourceDocument,
)

# A field the extractor is less sure of than this is shown in the review queue (the partial
# index meeting_weak_fields is built for this value: see archive.models).
LOW_CONFIDENCE = LOW_FIELD_CONFIDENCE

KINDS = dict(ReviewKind.choices)

# Meeting-scoped kinds: re-derived whenever their meeting changes.
MEETING_KINDS = (
    ReviewKind.WEAK_DATE,
    ReviewKind.WEAK_PLACE,
    ReviewKind.WEAK_BODY,
    ReviewKind.WEAK_FIELDS,
    ReviewKind.UNCERTAIN_PERSON,
)


@dataclass
class ReviewItem:
    """One thing that needs an editor's eye: what it is about and how sure the archive is."""

    kind: str  # a ReviewKind value
    key: str  # identifies the item within its kind (dismissals name it)
    title: str
    certainty: float | None  # 0 to 1: how sure the record is right as it stands
    reason: str
    detail: str = ""
    meeting_id: int | None = None
    other_meeting_id: int | None = None
    source_id: int | None = None
    participant_id: int | None = None
    other_participant_id: int | None = None
    organization_id: int | None = None
    attendance_id: int | None = None
    import_batch_id: int | None = None

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]


# Where on the meeting form each field is fixed.
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

_PK_PLACEHOLDER = "pk-placeholder"
_CHANGE_URLS: dict[tuple, str] = {}


def change_url(name: str, pk: int) -> str:
    """An admin change page's URL: reverse() once per page name (and script prefix), then the
    pk filled in, since a queue page links to a hundred change pages."""
    cache_key = (name, get_script_prefix(), get_urlconf())
    if cache_key not in _CHANGE_URLS:
        _CHANGE_URLS[cache_key] = reverse(name, args=[_PK_PLACEHOLDER])
    return _CHANGE_URLS[cache_key].replace(_PK_PLACEHOLDER, str(int(pk)), 1)


def meeting_url(pk: int, anchor: str = "") -> str:
    """A meeting's change page, at ``anchor`` when given."""
    url = change_url("admin:archive_meeting_change", pk)
    return f"{url}#{anchor}" if anchor else url


def _in_scope(queryset, field: str, ids: Collection[int] | None):
    """The rows of ``queryset`` whose ``field`` is one of ``ids`` (None: every row)."""
    return queryset if ids is None else queryset.filter(**{f"{field}__in": list(ids)})


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


# --- the reference list of bodies -------------------------------------------------------------


@cache
def reference_body_names() -> frozenset[str]:
    """The normalised names, acronyms and aliases of the organizations in the reference list
    (fixtures/organizations.json): a body not among them was made by the importer."""
    names = set()
    for row in read_fixture("organizations.json"):
        for name in (row.get("name"), row.get("acronym"), *(row.get("aliases") or [])):
            if name:
                names.add(normalize_name(name))
    return frozenset(names)


@cache
def reference_city_names() -> frozenset[str]:
    """The normalised names and aliases of the cities in fixtures/cities.json."""
    names = set()
    for row in read_fixture("cities.json"):
        for name in (row.get("name"), *(row.get("aliases") or [])):
            if name:
                names.add(normalize_name(name))
    return frozenset(names)


def in_reference_list(organization: Organization) -> bool:
    return normalize_name(organization.name) in reference_body_names()


# --- meetings: weak date, place, body and other fields ----------------------------------------

# Fields a report need not have: a low score only says none was found.
OPTIONAL_FIELDS = {"ordinal", "organizations", "summary", "venue_country"}
PLACE_FIELDS = ("city",)
OTHER_FIELDS = ("title", "countries", "participants", "topics")
# The curated mark that makes an editor the owner of each field.
# (archive.admin.meetings.INLINE_SET_NAMES names the sets.)
CURATED_AS = {
    "date": ("date_start", "date_end", "date_precision"),
    "city": ("city",),
    "body": ("body",),
    "title": ("title",),
    "countries": ("countries",),
    "participants": ("attendances",),
    "topics": ("topics",),
}

DATE_FIELDS = ("title", "date_start", "date_end", "date_precision")  # what str(meeting) reads
MEETING_ITEM_FIELDS = (
    "id",
    *DATE_FIELDS,
    "city",
    "body",
    "confidence",
    "field_confidence",
    "curated_fields",
)

DATE_BASIS_REASONS = {
    "publication": "date from publication only",
    "dateline": "date from the dateline only",
    "inferred": "date inferred, not stated",
}
PRECISION_REASONS = {"month": "only the month is stated", "year": "only the year is stated"}
OTHER_FIELD_REASONS = {
    "title": "no headline",
    "countries": "countries taking part unclear",
    "participants": "no participants named clearly",
    "topics": "no topic keyword matched",
}


def weak_meetings(meeting_ids: Collection[int] | None = None):
    """Meetings with a field scored below LOW_CONFIDENCE or of unknown date (partial indexes
    meeting_weak_fields and meeting_undated), with only what an item shows."""
    meetings = _in_scope(Meeting.objects.all(), "pk", meeting_ids)
    return (
        meetings.alias(weakest_field=MIN_FIELD_CONFIDENCE)
        .filter(
            Q(weakest_field__lt=LOW_CONFIDENCE) | Q(date_precision=Meeting.DatePrecision.UNKNOWN)
        )
        .select_related("body")
        .only(*MEETING_ITEM_FIELDS, "body__name")
        .order_by("pk")
    )


def _scores(meeting: Meeting) -> dict[str, float]:
    """The meeting's numeric field scores."""
    scores = meeting.field_confidence if isinstance(meeting.field_confidence, dict) else {}
    return {
        name: float(value)
        for name, value in scores.items()
        if isinstance(value, int | float) and not isinstance(value, bool)
    }


def _owned(meeting: Meeting, name: str) -> bool:
    """An editor changed this field (or set): the extractor's score no longer applies."""
    curated = meeting.curated_fields or []
    return any(mark in curated for mark in CURATED_AS.get(name, ()))


def _newest_batches(meeting_ids: Iterable[int]) -> dict[int, int]:
    """Each meeting's newest import (the latest batch among its reports)."""
    rows = (
        SourceDocument.objects.filter(meeting_id__in=list(meeting_ids))
        .values("meeting_id")
        .annotate(batch=Max("import_batch_id"))
        .values_list("meeting_id", "batch")
    )
    return {meeting_id: batch for meeting_id, batch in rows if batch is not None}


def _date_bases(meeting_ids: Iterable[int]) -> dict[int, set[str]]:
    """The date bases the extractor gave each meeting's reports."""
    bases: dict[int, set[str]] = defaultdict(set)
    rows = SourceDocument.objects.filter(meeting_id__in=list(meeting_ids)).values_list(
        "meeting_id", KeyTextTransform("date_basis", "extraction")
    )
    for meeting_id, basis in rows:
        if basis:
            bases[meeting_id].add(basis)
    return bases


def _date_reason(meeting: Meeting, bases: set[str]) -> str:
    if meeting.date_precision == Meeting.DatePrecision.UNKNOWN:
        return "no date in the reports"
    for basis in ("explicit", "dateline", "publication", "inferred"):
        if basis in bases:
            if basis == "explicit":
                return PRECISION_REASONS.get(meeting.date_precision, "date stated without a cue")
            return DATE_BASIS_REASONS[basis]
    return "date found without a cue"


def _place_reason(meeting: Meeting) -> str:
    if not meeting.city:
        return "no city in the reports"
    if normalize_name(meeting.city) not in reference_city_names():
        return "city not in the reference list"
    return "city named without a cue"


def _body_reason(meeting: Meeting) -> str:
    if meeting.body is None:
        return "no convening body in the reports"
    if not in_reference_list(meeting.body):
        return "body not in the reference list"
    return "body named without a cue"


def meeting_items(meeting_ids: Collection[int] | None = None) -> list[ReviewItem]:
    """Weak dates, places, bodies and other fields of the meetings in scope."""
    found: list[tuple[Meeting, str, float, list[str]]] = []  # meeting, kind, certainty, fields
    for meeting in weak_meetings(meeting_ids).iterator(chunk_size=2000):
        scores = _scores(meeting)
        undated = meeting.date_precision == Meeting.DatePrecision.UNKNOWN

        def weak(name, scores=scores, meeting=meeting):
            value = scores.get(name)
            return value is not None and value < LOW_CONFIDENCE and not _owned(meeting, name)

        if (undated and not _owned(meeting, "date")) or weak("date"):
            found.append((meeting, ReviewKind.WEAK_DATE, 0.0 if undated else scores["date"], []))
        if weak("city"):
            found.append((meeting, ReviewKind.WEAK_PLACE, scores["city"], ["city"]))
        if weak("body"):
            found.append((meeting, ReviewKind.WEAK_BODY, scores["body"], ["body"]))
        others = [name for name in OTHER_FIELDS if weak(name)]
        if others:
            certainty = min(scores[name] for name in others)
            found.append((meeting, ReviewKind.WEAK_FIELDS, certainty, others))
    if not found:
        return []
    ids = {meeting.pk for meeting, *_ in found}
    batches = _newest_batches(ids)
    dated = {m.pk for m, kind, *_ in found if kind == ReviewKind.WEAK_DATE}
    bases = _date_bases(dated) if dated else {}
    items = []
    for meeting, kind, certainty, fields in found:
        if kind == ReviewKind.WEAK_DATE:
            reason, anchor = _date_reason(meeting, bases.get(meeting.pk, set())), "date"
        elif kind == ReviewKind.WEAK_PLACE:
            reason, anchor = _place_reason(meeting), "city"
        elif kind == ReviewKind.WEAK_BODY:
            reason, anchor = _body_reason(meeting), "body"
        else:
            scores = _scores(meeting)
            reason = "; ".join(
                f"{name}: {OTHER_FIELD_REASONS[name]} ({percent(scores[name])})" for name in fields
            )
            anchor = fields[0]
        items.append(
            ReviewItem(
                kind=kind,
                key=str(meeting.pk),
                title=str(meeting)[:300],
                certainty=round(certainty, 3),
                reason=reason,
                detail=anchor,
                meeting_id=meeting.pk,
                import_batch_id=batches.get(meeting.pk),
            )
        )
    return items


# --- bodies not in the reference list ---------------------------------------------------------


def new_body_items(organization_ids: Collection[int] | None = None) -> list[ReviewItem]:
    """Convening bodies the importer made (not in the reference list) that no editor has
    touched, with how many meetings they convene."""
    bodies = _in_scope(Organization.objects.all(), "pk", organization_ids)
    bodies = (
        bodies.filter(curated_fields=[])
        .annotate(convened=Count("convened_meetings"))
        .filter(convened__gt=0)
        .only("id", "name")
        .order_by("pk")  # entries are created in this order: the same import, the same ids
    )
    new = [body for body in bodies if not in_reference_list(body)]
    if not new:
        return []
    first_batches = dict(
        SourceDocument.objects.filter(meeting__body__in=[body.pk for body in new])
        .values("meeting__body")
        .annotate(batch=Min("import_batch_id"))
        .values_list("meeting__body", "batch")
    )
    return [
        ReviewItem(
            kind=ReviewKind.NEW_BODY,
            key=str(body.pk),
            title=body.name[:300],
            certainty=None,
            reason="body not in the reference list",
            detail=f"convenes {body.convened} meeting{'s' if body.convened != 1 else ''}",
            organization_id=body.pk,
            import_batch_id=first_batches.get(body.pk),
        )
        for body in new
    ]


def bodies_of(meeting_ids: Collection[int] | None) -> set[int] | None:
    """The convening bodies of these meetings (None: every body)."""
    if meeting_ids is None:
        return None
    return set(
        Meeting.objects.filter(pk__in=list(meeting_ids), body__isnull=False).values_list(
            "body_id", flat=True
        )
    )


# --- uncertain person matches -----------------------------------------------------------------


def uncertain_attendances(meeting_ids: Collection[int] | None = None):
    """Fuzzy, ambiguous and unlinked person matches (partial index attendance_uncertain:
    this filter is its condition), with only what an item shows."""
    attendances = Attendance.objects.filter(
        Q(match__in=[Attendance.Match.FUZZY, Attendance.Match.AMBIGUOUS])
        | Q(participant__isnull=True)
    ).exclude(match=Attendance.Match.EDITOR)
    return (
        _in_scope(attendances, "meeting_id", meeting_ids)
        .select_related("meeting", "participant", "source")
        .only(
            "id",
            "name_as_written",
            "match",
            "confidence",
            "meeting__title",
            "participant__name",
            "source__import_batch_id",
        )
        .order_by("confidence", "pk")  # the index's order: read without a sort
    )


def person_items(meeting_ids: Collection[int] | None = None) -> list[ReviewItem]:
    """Attendances whose person is uncertain: similar spelling, ambiguous or unresolved."""
    items = []
    for attendance in uncertain_attendances(meeting_ids).iterator(chunk_size=2000):
        if attendance.participant is None:
            reason, certainty = "not linked to any person", 0.0
        elif attendance.match == Attendance.Match.AMBIGUOUS:
            reason = f"several people fit the name; linked to {attendance.participant.name}"
            certainty = attendance.confidence or 0.0
        else:
            reason = f"spelling close to {attendance.participant.name}'s"
            certainty = attendance.confidence or 0.0
        items.append(
            ReviewItem(
                kind=ReviewKind.UNCERTAIN_PERSON,
                key=str(attendance.pk),
                title=f"{attendance.name_as_written} at {attendance.meeting.title}"[:300],
                certainty=round(min(max(certainty, 0.0), 1.0), 3),
                reason=reason,
                meeting_id=attendance.meeting_id,
                participant_id=attendance.participant_id,
                attendance_id=attendance.pk,
                import_batch_id=attendance.source.import_batch_id if attendance.source else None,
            )
        )
    return items


# --- possible duplicates ----------------------------------------------------------------------


def _look_alike_reason(first: Meeting, second: Meeting) -> str:
    """What the two meetings share and where they differ, from their records."""
    parts = []
    if first.body_id and first.body_id == second.body_id:
        parts.append("same body")
    if first.ordinal and first.ordinal == second.ordinal:
        parts.append("same session number")
    if first.city and first.city == second.city:
        parts.append("same city")
    if first.date_start and second.date_start:
        days = abs((first.date_start - second.date_start).days)
        apart = f"dates {days} day{'s' if days > 1 else ''} apart"
        parts.append("same day" if days == 0 else apart)
    elif not (first.date_start and second.date_start):
        parts.append("one of them undated")
    return ", ".join(parts) or "the importer found them alike"


def duplicate_items(meeting_ids: Collection[int] | None = None) -> list[ReviewItem]:
    """Meetings the importer thinks may describe an existing meeting (either side in scope)."""
    through = Meeting.possible_duplicates.through
    rows = through.objects.all()
    if meeting_ids is not None:
        ids = list(meeting_ids)
        rows = rows.filter(Q(from_meeting_id__in=ids) | Q(to_meeting_id__in=ids))
    fields = ("title", "date_start", "date_end", "date_precision", "body", "ordinal", "city")
    shown = [f"{side}__{name}" for side in ("from_meeting", "to_meeting") for name in fields]
    rows = list(
        rows.select_related("from_meeting", "to_meeting")
        .only("from_meeting", "to_meeting", *shown)
        .order_by("pk")
    )
    batches = _newest_batches({row.from_meeting_id for row in rows})
    return [
        ReviewItem(
            kind=ReviewKind.POSSIBLE_DUPLICATE,
            key=f"{row.from_meeting_id}-{row.to_meeting_id}",
            title=str(row.from_meeting)[:300],
            certainty=None,
            reason=_look_alike_reason(row.from_meeting, row.to_meeting),
            detail=f"may be the same meeting as: {row.to_meeting}"[:500],
            meeting_id=row.from_meeting_id,
            other_meeting_id=row.to_meeting_id,
            import_batch_id=batches.get(row.from_meeting_id),
        )
        for row in rows
    ]


# --- reports kept unsorted --------------------------------------------------------------------

# What an item reads of a report: never its texts. The extraction says why it is unsorted.
UNSORTED_ITEM_FIELDS = ("id", "title", "file_name", "url", "extraction", "import_batch")


def unsorted_reports(source_ids: Collection[int] | None = None):
    """Reports kept without a meeting (partial index source_unsorted: only they)."""
    sources = SourceDocument.objects.filter(meeting__isnull=True)
    return _in_scope(sources, "pk", source_ids).only(*UNSORTED_ITEM_FIELDS).order_by("pk")


def unsorted_reason(source: SourceDocument) -> str:
    """Why the importer could not place the report, as it would judge now."""
    return placement_problem(source.extraction or {}) or (
        "the importer could place it now: attach it, or run `manage.py reextract`"
    )


def unsorted_items(source_ids: Collection[int] | None = None) -> list[ReviewItem]:
    """Reports the importer kept unsorted, each to be attached to a meeting or made one."""
    return [
        ReviewItem(
            kind=ReviewKind.UNSORTED_REPORT,
            key=str(source.pk),
            title=str(source)[:300],
            certainty=None,
            reason=unsorted_reason(source)[:300],
            detail=(source.file_name or source.url)[:500],
            source_id=source.pk,
            import_batch_id=source.import_batch_id,
        )
        for source in unsorted_reports(source_ids).iterator(chunk_size=500)
    ]
