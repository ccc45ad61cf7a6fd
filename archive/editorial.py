"""Editorial operations behind the admin (issue 6): publishing, re-extraction, merging people
and undoing merges, the review queue, and evidence highlighting. The admin stays thin: it
collects choices from editors and calls these functions.

History. Every operation here writes Django's ``LogEntry`` (who, when, what), like the admin's
own add/change/delete, so one history page tells the whole story of a record. We chose not to
add a field-level history library (django-simple-history, django-reversion): the admin's
change messages already name the changed fields, the curated marks say which fields an editor
owns, and the one destructive operation — merging people — keeps a full snapshot in
``MergeLog`` from which it is undone. One less dependency to keep in step with Django.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.core import serializers
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db import connection, transaction
from django.db.models import Model, Q, QuerySet
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .importer import ROLE_RANK, Report, ReportImporter
from .models import (
    LOW_FIELD_CONFIDENCE,
    MIN_FIELD_CONFIDENCE,
    Attendance,
    Country,
    Meeting,
    MergeLog,
    Organization,
    Participant,
    ParticipantNameVariant,
    ReviewDismissal,
    SourceDocument,
    Topic,
    normalize_name,
)

# A field the extractor is less sure of than this is shown in the review queue (the partial
# index meeting_weak_fields is built for this value: see archive.models).
LOW_CONFIDENCE = LOW_FIELD_CONFIDENCE
# Two people whose names are at least this similar (pg_trgm similarity) may be one person.
SIMILAR_NAMES = 0.5
QUEUE_LIMIT = 200  # items per kind of problem


class EditorialError(Exception):
    """An operation an editor asked for that cannot be done; the message says why."""


# --- history ----------------------------------------------------------------------------------


def log(user, objects: Iterable[Model], flag: int, message: str) -> None:
    """Record an operation in Django's admin history (LogEntry), one row per object."""
    if user is None or not getattr(user, "pk", None):
        return
    for obj in objects:
        LogEntry.objects.log_actions(
            user_id=user.pk,
            queryset=[obj],
            action_flag=flag,
            change_message=message,
            single_object=True,
        )


# --- meetings ---------------------------------------------------------------------------------


def refresh_meeting(meeting: Meeting) -> None:
    """Bring a meeting's denormalised copies (facet keys, search document) up to date after an
    edit changed what it shows."""
    meeting.refresh_facet_keys()
    refresh_search = getattr(meeting, "refresh_search_document", None)
    if refresh_search is not None:  # issue 5 adds it
        refresh_search()


def meetings_showing(obj: Model) -> QuerySet[Meeting]:
    """The meetings whose pages and search documents show this person, body, country or
    topic (through the facet-key arrays, GIN-indexed)."""
    if isinstance(obj, Participant):
        return Meeting.objects.filter(participant_ids__contains=[obj.pk])
    if isinstance(obj, Organization):
        return Meeting.objects.filter(Q(body=obj) | Q(organization_ids__contains=[obj.pk]))
    if isinstance(obj, Country):
        return Meeting.objects.filter(Q(venue_country=obj) | Q(country_ids__contains=[obj.pk]))
    if isinstance(obj, Topic):
        return Meeting.objects.filter(topic_ids__contains=[obj.pk])
    return Meeting.objects.none()


def refresh_search_documents(meetings: Iterable[Meeting]) -> int:
    """After a name, alias or acronym changed: the search documents that hold it."""
    count = 0
    for meeting in meetings:
        refresh_search = getattr(meeting, "refresh_search_document", None)
        if refresh_search is not None:
            refresh_search()
        count += 1
    return count


def set_status(meetings: QuerySet[Meeting], status: str, *, user=None) -> int:
    """Publish, unpublish or hold meetings; the status becomes curated (re-import keeps it)."""
    changed = 0
    for meeting in meetings.exclude(status=status):
        before = meeting.get_status_display()
        meeting.status = status
        meeting.mark_curated("status")
        meeting.save(update_fields=["status", "curated_fields", "updated_at"])
        log(user, [meeting], CHANGE, f"Status: {before} → {meeting.get_status_display()}.")
        changed += 1
    return changed


def mark_reviewed(meetings: QuerySet[Meeting], *, user=None) -> int:
    """An editor checked these meetings: their meeting-level review items (low-confidence
    fields, unknown date) leave the queue, and "needs review" becomes "draft" (ready to
    publish)."""
    count = 0
    for meeting in meetings:
        for item in meeting_items(Meeting.objects.filter(pk=meeting.pk)):
            dismiss(item.kind, item.key, user=user, note="meeting marked reviewed")
        if meeting.status == Meeting.Status.NEEDS_REVIEW:
            meeting.status = Meeting.Status.DRAFT
            meeting.mark_curated("status")
            meeting.save(update_fields=["status", "curated_fields", "updated_at"])
        log(user, [meeting], CHANGE, "Marked reviewed.")
        count += 1
    return count


def clear_curated(objects: Iterable, *, user=None) -> int:
    """Remove the curated marks, so re-extraction may set those fields (and sets) again."""
    count = 0
    for obj in objects:
        if not obj.curated_fields:
            continue
        before = ", ".join(obj.curated_fields)
        obj.curated_fields = []
        obj.save(update_fields=["curated_fields"])
        log(user, [obj], CHANGE, f"Cleared curated marks: {before}.")
        count += 1
    return count


@dataclass
class ExtractionRun:
    meetings: int = 0
    reports: int = 0
    failures: list[str] = field(default_factory=list)


def rerun_extraction(meetings: Iterable[Meeting], *, user=None) -> ExtractionRun:
    """Extract every report of these meetings again — with the extractor and the topics as
    they are now — and rebuild the meetings' machine facts. Curated fields and sets are kept
    (``ReportImporter.rebuild_meeting`` leaves them alone)."""
    run = ExtractionRun()
    importer = ReportImporter(update=True)  # one instance: one lexicon built from the DB topics
    for meeting in meetings:
        if not meeting.sources.exists():
            # An editor's own meeting: nothing to extract, and rebuilding from no reports
            # would blank its machine fields.
            run.failures.append(f"{meeting}: no reports to extract from")
            continue
        with transaction.atomic():
            for source in meeting.sources.order_by("pk"):
                # No file suffix in the name: raw_text is already plain text.
                outcome = importer.import_report(
                    Report(name=f"report #{source.pk}", text=source.raw_text)
                )
                run.reports += 1
                if outcome.failed:
                    run.failures.append(f"{meeting}: {outcome.reason}")
            meeting.refresh_from_db()
            importer.rebuild_meeting(meeting)
            refresh_meeting(meeting)
        log(user, [meeting], CHANGE, "Re-ran extraction (curated fields kept).")
        run.meetings += 1
    return run


def reapply_topics(*, user=None) -> ExtractionRun:
    """After topic patterns changed: re-extract the meetings whose topics are machine-made."""
    meetings = (
        Meeting.objects.filter(sources__isnull=False)
        .exclude(curated_fields__contains=["topics"])
        .distinct()
        .order_by("pk")
    )
    return rerun_extraction(meetings, user=user)


@transaction.atomic
def move_reports(from_meeting: Meeting, to_meeting: Meeting, *, user=None) -> int:
    """ "Same meeting": attach ``from_meeting``'s reports to ``to_meeting``, rebuild it from all
    its reports, and delete the emptied meeting.

    Only a meeting with nothing an editor did is emptied this way — everything on it is then
    machine-made from its reports and is rebuilt on the other meeting, so nothing is lost.
    Otherwise the editor is asked to reconcile the two by hand.
    """
    if from_meeting.pk == to_meeting.pk:
        raise EditorialError("A meeting cannot be merged into itself.")
    if from_meeting.curated_fields or from_meeting.status == Meeting.Status.PUBLISHED:
        raise EditorialError(
            f"{from_meeting} was edited or published by an editor: move its facts by hand."
        )
    edited = (
        from_meeting.attendances.filter(
            Q(source__isnull=True) | ~Q(curated_fields=[]) | Q(match=Attendance.Match.EDITOR)
        ).exists()
        or from_meeting.country_links.filter(source__isnull=True).exists()
        or from_meeting.organization_links.filter(source__isnull=True).exists()
        or from_meeting.topic_links.filter(source__isnull=True).exists()
    )
    if edited:
        raise EditorialError(f"{from_meeting} has rows an editor added or changed: move by hand.")
    moved = from_meeting.sources.update(meeting=to_meeting)
    description = f"{from_meeting} (#{from_meeting.pk})"
    log(user, [from_meeting], DELETION, f"Same meeting as #{to_meeting.pk}: reports moved there.")
    from_meeting.delete()
    ReportImporter().rebuild_meeting(to_meeting)
    refresh_meeting(to_meeting)
    log(user, [to_meeting], CHANGE, f"Took over {moved} report(s) of {description}.")
    return moved


# --- merging people ---------------------------------------------------------------------------


def _dump(objects: Iterable[Model]) -> list[dict]:
    return json.loads(serializers.serialize("json", list(objects)))


def _restore(rows: list[dict]) -> None:
    for obj in serializers.deserialize("json", json.dumps(rows)):
        obj.save()


def _combine(target: Attendance, other: Attendance) -> None:
    """One attendance from two records of one person at one meeting: nothing is lost."""
    if ROLE_RANK.get(other.role, 0) > ROLE_RANK.get(target.role, 0):
        target.role = other.role
    target.title = target.title or other.title
    target.country_id = target.country_id or other.country_id
    target.organization_id = target.organization_id or other.organization_id
    if not target.evidence and other.evidence:
        target.source_id = other.source_id
        target.evidence = other.evidence
        target.evidence_start = other.evidence_start
        target.evidence_end = other.evidence_end
    target.confidence = max(target.confidence, other.confidence)
    target.mark_curated(*other.curated_fields)


@transaction.atomic
def merge_participants(keep: Participant, others: Iterable[Participant], *, user=None) -> MergeLog:
    """Merge ``others`` into ``keep``: their attendances move over (one per meeting: where both
    attended, the two records become one with the stronger role and every filled-in detail),
    their names become ``keep``'s variants, and they are deleted. The MergeLog keeps a
    snapshot of every row before the merge, for ``undo_merge``."""
    others = [p for p in others if p.pk != keep.pk]
    if not others:
        raise EditorialError("Choose at least two people: the one to keep and one to merge.")
    ids = [keep.pk, *(p.pk for p in others)]
    merged = [(p.pk, p.name) for p in others]  # deleting a record forgets its pk
    # Lock the people so a concurrent import cannot attach new attendances mid-merge.
    list(Participant.objects.select_for_update().filter(pk__in=ids))
    keep.refresh_from_db()
    snapshot = {
        "kept": _dump([keep]),
        "merged": _dump(Participant.objects.filter(pk__in=ids[1:]).order_by("pk")),
        "variants": _dump(ParticipantNameVariant.objects.filter(participant_id__in=ids)),
        "attendances": _dump(Attendance.objects.filter(participant_id__in=ids).order_by("pk")),
        "created_variants": [],
    }
    affected: set[int] = set()
    by_meeting = {a.meeting_id: a for a in keep.attendances.all()}
    known = set(keep.name_variants.values_list("normalized", flat=True))
    for other in others:
        written = list(other.attendances.values_list("name_as_written", flat=True))
        for attendance in other.attendances.order_by("pk"):
            affected.add(attendance.meeting_id)
            target = by_meeting.get(attendance.meeting_id)
            if target is None:
                attendance.participant = keep
                attendance.match = Attendance.Match.EDITOR
                attendance.save()
                by_meeting[attendance.meeting_id] = attendance
            else:
                _combine(target, attendance)
                target.match = Attendance.Match.EDITOR
                attendance.delete()
                target.save()
        for variant in other.name_variants.all():
            if variant.normalized in known:
                variant.delete()
            else:
                variant.participant = keep
                variant.save()
                known.add(variant.normalized)
        for name in (other.name, *written):
            if normalize_name(name) and normalize_name(name) not in known:
                created = ParticipantNameVariant.objects.create(participant=keep, name=name)
                snapshot["created_variants"].append(created.pk)
                known.add(created.normalized)
        if not keep.title and other.title:
            keep.title = other.title
        if keep.country_id is None and other.country_id is not None:
            keep.country_id = other.country_id
        log(user, [other], DELETION, f"Merged into {keep.name} (#{keep.pk}).")
        other.delete()
    # The keeper attended these already: their rows may have been combined.
    affected |= set(by_meeting)
    keep.save()
    merge_log = MergeLog.objects.create(
        kept=keep,
        kept_name=keep.name,
        merged_names=[name for _, name in merged],
        merged_ids=[pk for pk, _ in merged],
        snapshot=snapshot,
        created_by=user if getattr(user, "pk", None) else None,
    )
    names = ", ".join(f"{name} (#{pk})" for pk, name in merged)
    log(user, [keep], CHANGE, f"Merged {names} into this person (merge log #{merge_log.pk}).")
    for meeting in Meeting.objects.filter(pk__in=affected):
        refresh_meeting(meeting)
    return merge_log


@transaction.atomic
def undo_merge(merge_log: MergeLog, *, user=None) -> list[Participant]:
    """Put back the people, name variants and attendances exactly as the snapshot has them.

    Later edits to the rows the merge touched are overwritten by the snapshot (the history
    shows them); attendances added to the kept person since the merge stay where they are.
    """
    merge_log = MergeLog.objects.select_for_update().get(pk=merge_log.pk)
    if merge_log.undone_at is not None:
        raise EditorialError("This merge was undone already.")
    snapshot = merge_log.snapshot
    people = [snapshot["kept"][0]["pk"], *merge_log.merged_ids]
    later = MergeLog.objects.filter(pk__gt=merge_log.pk, undone_at__isnull=True).filter(
        Q(kept_id__in=people) | Q(merged_ids__overlap=people)
    )
    if later.exists():
        raise EditorialError(
            "A later merge involves the same people: undo "
            + ", ".join(f"merge #{m.pk} ({m})" for m in later)
            + " first."
        )
    merged_slugs = [row["fields"]["slug"] for row in snapshot["merged"]]
    if Participant.objects.filter(slug__in=merged_slugs).exists():
        raise EditorialError("A person with a merged person's slug exists now; rename it first.")
    ParticipantNameVariant.objects.filter(pk__in=snapshot["created_variants"]).delete()
    # People first, then their names and attendances (foreign keys).
    _restore(snapshot["merged"])
    _restore(snapshot["kept"])
    _restore(snapshot["variants"])
    _restore(snapshot["attendances"])
    merge_log.undone_at = timezone.now()
    merge_log.undone_by = user if getattr(user, "pk", None) else None
    merge_log.save(update_fields=["undone_at", "undone_by"])
    restored = list(Participant.objects.filter(pk__in=merge_log.merged_ids))
    kept = Participant.objects.filter(pk=snapshot["kept"][0]["pk"])
    log(user, restored, ADDITION, f"Restored by undoing merge log #{merge_log.pk}.")
    log(user, kept, CHANGE, f"Undid merge log #{merge_log.pk}.")
    meetings = {row["fields"]["meeting"] for row in snapshot["attendances"]}
    for meeting in Meeting.objects.filter(pk__in=meetings):
        refresh_meeting(meeting)
    return restored


# --- evidence in a report ---------------------------------------------------------------------


def evidence_spans(source: SourceDocument) -> list[tuple[int, int, str]]:
    """(start, end, label) of every fact extracted from this report, in its cleaned text.

    Stored offsets are trusted only when they still point at the stored sentence; otherwise
    the sentence is looked up in the text (the text may have been re-cleaned since).
    """
    text = source.cleaned_text
    facts: list[tuple[int | None, int | None, str, str]] = []
    for a in Attendance.objects.filter(source=source):
        facts.append((a.evidence_start, a.evidence_end, a.evidence, f"person: {a.name_as_written}"))
    for link in source.meeting.country_links.filter(source=source).select_related("country"):
        facts.append((link.evidence_start, link.evidence_end, link.evidence, str(link.country)))
    for link in source.meeting.organization_links.filter(source=source).select_related(
        "organization"
    ):
        label = f"organization: {link.organization}"
        facts.append((link.evidence_start, link.evidence_end, link.evidence, label))
    for link in source.meeting.topic_links.filter(source=source).select_related("topic"):
        label = f"topic: {link.topic}"
        facts.append((link.evidence_start, link.evidence_end, link.evidence, label))
        for extra in link.extra_evidence or []:
            if isinstance(extra, dict):
                facts.append((extra.get("start"), extra.get("end"), extra.get("text") or "", label))
    spans = []
    for start, end, sentence, label in facts:
        valid = (
            isinstance(start, int)
            and isinstance(end, int)
            and 0 <= start < end <= len(text)
            and (not sentence or text[start:end] == sentence)
        )
        if not valid:
            start = text.find(sentence) if sentence else -1
            if start < 0:
                continue
            end = start + len(sentence)
        spans.append((start, end, label))
    return spans


def highlight(text: str, spans: Iterable[tuple[int, int, str]]) -> SafeString:
    """The report text, escaped, with each evidence span wrapped in <mark title="what">.

    Report text is untrusted: every piece of it is escaped before it is joined with markup,
    and overlapping spans are merged into one mark listing every fact.
    """
    merged: list[list] = []
    for start, end, label in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            if label not in merged[-1][2]:
                merged[-1][2].append(label)
        else:
            merged.append([start, end, [label]])
    pieces, position = [], 0
    for start, end, labels in merged:
        pieces.append(escape(text[position:start]))
        pieces.append(f'<mark title="{escape("; ".join(labels))}">{escape(text[start:end])}</mark>')
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text escaped above


# --- the review queue -------------------------------------------------------------------------


@dataclass
class ReviewItem:
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
    "possible_duplicate": "Report may belong to an existing meeting",
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


def _dismissed(kind: str) -> set[str]:
    return set(ReviewDismissal.objects.filter(kind=kind).values_list("key", flat=True))


_PK = "pk-placeholder"
_CHANGE_URLS: dict[tuple, str] = {}


def _change_url(name: str, pk: int) -> str:
    """An admin change page's URL: reverse() once per page name (and script prefix), then the
    pk filled in (some 1,600 reverse() calls took a fifth of the queue page's time)."""
    key = (name, get_script_prefix(), get_urlconf())
    if key not in _CHANGE_URLS:
        _CHANGE_URLS[key] = reverse(name, args=[_PK])
    return _CHANGE_URLS[key].replace(_PK, str(int(pk)), 1)


def _meeting_url(pk: int, anchor: str = "") -> str:
    url = _change_url("admin:archive_meeting_change", pk)
    return f"{url}#{anchor}" if anchor else url


# What an item shows of a meeting (its title and date, the scores): the wide columns (summary,
# search text, facet arrays) are left in the table.
DATE_FIELDS = ("title", "date_start", "date_end", "date_precision")  # what str(meeting) reads
MEETING_ITEM_FIELDS = ("id", *DATE_FIELDS, "confidence", "field_confidence")


def weak_meetings(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Meetings with a field scored below LOW_CONFIDENCE, weakest first, at most QUEUE_LIMIT.

    Read in (confidence, id) order from the partial index meeting_weak_fields, which holds only
    such meetings: QUEUE_LIMIT index entries, not every meeting's JSON unpacked (7 s at 290,000
    meetings) and all their ids sent back in a huge IN list (3 s)."""
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


def meeting_items(meetings: QuerySet[Meeting] | None = None) -> list[ReviewItem]:
    """Low-confidence fields and unknown dates."""
    meetings = Meeting.objects.all() if meetings is None else meetings
    items: list[ReviewItem] = []
    dismissed = _dismissed("low_confidence")
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
                url=_meeting_url(meeting.pk, FIELD_ANCHORS.get(weakest, "")),
                links=[
                    (name, _meeting_url(meeting.pk, FIELD_ANCHORS.get(name, "")))
                    for _, name in fields[1:]
                ],
            )
        )
    dismissed = _dismissed("unknown_date")
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
                url=_meeting_url(meeting.pk, "id_date_start"),
            )
        )
    return items


# Fields a report need not have: confidence 0 only says none was found.
OPTIONAL_FIELDS = {"ordinal", "organizations", "summary", "venue_country"}


def _nothing_to_check(meeting: Meeting, name: str, value: float) -> bool:
    """A low score that is no problem for an editor: an optional field the report lacks, or
    a date the "unknown date" item covers already."""
    if name == "date" and meeting.date_precision == Meeting.DatePrecision.UNKNOWN:
        return True
    return name in OPTIONAL_FIELDS and value == 0


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
    dismissed = _dismissed("uncertain_person")
    items = []
    for a in uncertain_attendances():
        if str(a.pk) in dismissed:
            continue
        if a.participant is None:
            detail, weight = "not linked to any person", 0.0
        elif a.match == Attendance.Match.AMBIGUOUS:
            detail, weight = f"ambiguous: linked to {a.participant.name}", 0.1
        else:
            detail = f"similar spelling of {a.participant.name}"
            weight = min(a.confidence, 0.5) if a.confidence else 0.4
        items.append(
            ReviewItem(
                kind="uncertain_person",
                key=str(a.pk),
                weight=weight,
                title=f"{a.name_as_written} at {a.meeting.title}",
                detail=detail,
                url=_change_url("admin:archive_attendance_change", a.pk) + "?next=review",
                links=[("meeting", _meeting_url(a.meeting_id, "attendances-group"))],
            )
        )
    return items


# pg_trgm's default similarity_threshold: what "%" meant in the original one-statement query,
# and still decides which spellings of a pair count towards its similarity.
TRIGRAM_MATCH = 0.3

# Candidate pairs come from two index-driven joins instead of one join on "% OR short_key =",
# which no index can serve (every variant against every variant: 10 s at 290,000 meetings):
# each newcomer's variants probe the trigram index with the threshold raised to SIMILAR_NAMES
# (only those pairs can pass on similarity), and the short_key b-tree. Each candidate pair's
# similarity is then taken over all its spellings exactly as before, so the pairs, their
# scores and their order are the old query's (ties now broken by the ids).
SIMILAR_PEOPLE_SQL = """
WITH newcomers AS (
    SELECT DISTINCT participant_id FROM archive_attendance
    WHERE match = 'new' AND participant_id IS NOT NULL
), candidates AS (
    SELECT va.participant_id AS a, vb.participant_id AS b
    FROM archive_participantnamevariant va
    JOIN archive_participantnamevariant vb
      ON vb.normalized %% va.normalized AND vb.participant_id <> va.participant_id
    WHERE va.participant_id IN (SELECT participant_id FROM newcomers)
    UNION
    SELECT va.participant_id, vb.participant_id
    FROM archive_participantnamevariant va
    JOIN archive_participantnamevariant vb
      ON vb.short_key = va.short_key AND vb.participant_id <> va.participant_id
    WHERE va.short_key <> '' AND va.participant_id IN (SELECT participant_id FROM newcomers)
)
SELECT LEAST(c.a, c.b), GREATEST(c.a, c.b), MAX(similarity(xa.normalized, xb.normalized))
FROM candidates c
JOIN archive_participantnamevariant xa ON xa.participant_id = c.a
JOIN archive_participantnamevariant xb ON xb.participant_id = c.b
WHERE similarity(xa.normalized, xb.normalized) >= %(match)s OR xa.short_key = xb.short_key
GROUP BY 1, 2
HAVING MAX(similarity(xa.normalized, xb.normalized)) >= %(similar)s
    OR BOOL_OR(xa.short_key = xb.short_key AND xa.short_key <> '')
ORDER BY 3 DESC, 1, 2
LIMIT %(limit)s
"""

# Everything the pairs depend on: every name variant (id, person, spelling, key) and who came
# in as new. Reading it costs one pass over the variants, not the pairs' trigram probes.
SIMILAR_PEOPLE_INPUTS_SQL = """
SELECT (SELECT md5(string_agg(concat_ws(':', id, participant_id, normalized, short_key),
                              '|' ORDER BY id))
        FROM archive_participantnamevariant),
       (SELECT md5(string_agg(DISTINCT participant_id::text, '|'))
        FROM archive_attendance WHERE match = 'new' AND participant_id IS NOT NULL)
"""
SIMILAR_PEOPLE_CACHE_SECONDS = 24 * 3600


def _similar_pairs() -> list[tuple[int, int, float]]:
    """The most similar pairs of people (one of them new), most similar first.

    Kept in the cache under a digest of their inputs: the page is reopened far more often than
    people or spellings change, and any change to them changes the digest, so a stale list is
    never shown (dismissals are applied afterwards, on every view)."""
    with connection.cursor() as cursor:
        cursor.execute(SIMILAR_PEOPLE_INPUTS_SQL)
        digest = ":".join(part or "-" for part in cursor.fetchone())
    cache_key = f"review:similar-people:{SIMILAR_NAMES}:{QUEUE_LIMIT}:{digest}"
    pairs = cache.get(cache_key)
    if pairs is not None:
        return pairs
    with transaction.atomic(), connection.cursor() as cursor:
        # Raised for this statement only (the resolver's "%" relies on the default).
        # (Unknown to a session that has not used pg_trgm yet: then it is the default.)
        cursor.execute("SELECT current_setting('pg_trgm.similarity_threshold', true)")
        before = cursor.fetchone()[0] or str(TRIGRAM_MATCH)
        cursor.execute(
            "SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(SIMILAR_NAMES)]
        )
        params = {"match": TRIGRAM_MATCH, "similar": SIMILAR_NAMES, "limit": QUEUE_LIMIT}
        cursor.execute(SIMILAR_PEOPLE_SQL, params)
        pairs = [(a, b, float(similarity)) for a, b, similarity in cursor.fetchall()]
        cursor.execute("SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [before])
    cache.set(cache_key, pairs, SIMILAR_PEOPLE_CACHE_SECONDS)
    return pairs


def similar_people_items() -> list[ReviewItem]:
    """People first seen as new whose names are close to someone else's (pg_trgm, GIN index
    on the variants' normalised names; or the same transliteration key)."""
    dismissed = _dismissed("similar_people")
    pairs = _similar_pairs()
    people = Participant.objects.in_bulk({pk for a, b, _ in pairs for pk in (a, b)})
    items = []
    merge_url = reverse("admin:archive_participant_merge")
    for a, b, similarity in pairs:
        key = f"{a}-{b}"
        if key in dismissed or a not in people or b not in people:
            continue
        first, second = people[a], people[b]
        items.append(
            ReviewItem(
                kind="similar_people",
                key=key,
                weight=round(1.0 - float(similarity), 3),
                title=f"{first.name} / {second.name}",
                detail=f"name similarity {float(similarity):.2f}",
                url=f"{merge_url}?ids={a},{b}",
                links=[
                    (first.name, _change_url("admin:archive_participant_change", a)),
                    (second.name, _change_url("admin:archive_participant_change", b)),
                ],
            )
        )
    return items


def duplicate_items() -> list[ReviewItem]:
    """Meetings the importer thinks may describe an existing meeting."""
    through = Meeting.possible_duplicates.through
    dismissed = _dismissed("possible_duplicate")
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
                url=_meeting_url(row.from_meeting_id),
                links=[("the other meeting", _meeting_url(row.to_meeting_id))],
            )
        )
    return items


def review_queue() -> list[ReviewItem]:
    """Everything that needs a person's eye, weakest first."""
    items = meeting_items() + person_items() + similar_people_items() + duplicate_items()
    order = list(KINDS)
    return sorted(items, key=lambda item: (item.weight, order.index(item.kind), item.key))


# Items on one page of the queue: up to QUEUE_LIMIT of each kind make some 800 rows (870 KB,
# a second of template rendering at 100,000 meetings); editors work from the top.
REVIEW_PAGE_SIZE = 100


def review_page(items: list[ReviewItem], number) -> Page:
    """One page of the queue (any bad number: the first or the last page)."""
    return Paginator(items, REVIEW_PAGE_SIZE).get_page(number)


def dismiss(kind: str, key: str, *, user=None, note: str = "") -> ReviewDismissal:
    """Set a review item aside. A possible duplicate dismissed is "not the same meeting": the
    link goes too."""
    if kind not in KINDS:
        raise EditorialError(f"Unknown kind of review item: {kind!r}")
    dismissal, _ = ReviewDismissal.objects.get_or_create(
        kind=kind,
        key=key,
        defaults={"note": note[:300], "created_by": user if getattr(user, "pk", None) else None},
    )
    if kind == "possible_duplicate":
        first, _, second = key.partition("-")
        if first.isdigit() and second.isdigit():
            Meeting.possible_duplicates.through.objects.filter(
                from_meeting_id=int(first), to_meeting_id=int(second)
            ).delete()
    log(user, [dismissal], ADDITION, f"Dismissed from the review queue: {KINDS[kind]} {key}.")
    return dismissal
