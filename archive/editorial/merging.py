"""Merging people (and undoing it) and merging meetings ("same meeting": the reports move).

Merging people is the one destructive editorial operation, so the ``MergeLog`` keeps a full
snapshot of every row it touches, from which ``undo_merge`` puts them back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import NamedTuple

from django.contrib.admin.models import ADDITION, CHANGE, DELETION
from django.core import serializers
from django.db import transaction
from django.db.models import Count, F, Model, Q
from django.utils import timezone

from ..ingest.importer import ReportImporter
from ..ingest.spellings import count_published_spellings
from ..models import (
    Attendance,
    Meeting,
    MergeLog,
    Participant,
    ParticipantNameVariant,
    SlugRedirect,
    normalize_name,
)
from .errors import EditorialError
from .history import log
from .refresh import refresh_meeting
from .review_entries import sync_review_entries

# --- merging meetings -------------------------------------------------------------------------


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
    moving = list(from_meeting.sources.values_list("pk", flat=True))
    moved = from_meeting.sources.update(meeting=to_meeting)
    description = f"{from_meeting} (#{from_meeting.pk})"
    # The emptied meeting's addresses, old and current, lead to the meeting that took over.
    SlugRedirect.objects.move_to(from_meeting, to_meeting)
    SlugRedirect.objects.remember(from_meeting.slug, to_meeting)
    log(user, [from_meeting], DELETION, f"Same meeting as #{to_meeting.pk}: reports moved there.")
    from_meeting.delete()
    ReportImporter().rebuild_meeting(to_meeting)
    if to_meeting.status == Meeting.Status.PUBLISHED:
        # An unpublished meeting's reports (move_reports takes no other) now tell readers.
        count_published_spellings([to_meeting.pk], sign=1, only_reports=moving)
    refresh_meeting(to_meeting)
    log(user, [to_meeting], CHANGE, f"Took over {moved} report(s) of {description}.")
    return moved


# --- merging people ---------------------------------------------------------------------------


def _dump(objects: Iterable[Model]) -> list[dict]:
    return json.loads(serializers.serialize("json", list(objects)))


def _restore(rows: list[dict]) -> None:
    for obj in serializers.deserialize("json", json.dumps(rows)):
        obj.save()


def _snapshot(keep: Participant, ids: list[int]) -> dict:
    """Every row a merge of these people may change, as it is before the merge."""
    merged = Participant.objects.filter(pk__in=ids[1:]).order_by("pk")
    old_addresses = SlugRedirect.objects.filter(kind=SlugRedirect.Kind.PARTICIPANT).filter(
        Q(participant_id__in=ids[1:]) | Q(old_slug__in=merged.values("slug"))
    )
    return {
        "kept": _dump([keep]),
        "merged": _dump(merged),
        "variants": _dump(ParticipantNameVariant.objects.filter(participant_id__in=ids)),
        "attendances": _dump(Attendance.objects.filter(participant_id__in=ids).order_by("pk")),
        "redirects": _dump(old_addresses.order_by("pk")),
        "created_variants": [],
        "created_redirects": [],
    }


def _combine(target: Attendance, other: Attendance) -> None:
    """One attendance from two records of one person at one meeting: nothing is lost."""
    if Attendance.Role.rank_of(other.role) > Attendance.Role.rank_of(target.role):
        target.role = other.role
    target.title = target.title or other.title
    if target.office == Attendance._meta.get_field("office").default:
        target.office = other.office
    target.country_id = target.country_id or other.country_id
    target.organization_id = target.organization_id or other.organization_id
    if not target.evidence and other.evidence:
        target.source_id = other.source_id
        target.evidence = other.evidence
        target.evidence_start = other.evidence_start
        target.evidence_end = other.evidence_end
    target.confidence = max(target.confidence, other.confidence)
    target.mark_curated(*other.curated_fields)


def _move_attendances(
    other: Participant, keep: Participant, by_meeting: dict[int, Attendance]
) -> set[int]:
    """Give ``other``'s attendances to ``keep``; where both attended one meeting, the two
    records become one. ``by_meeting`` (the keeper's attendance per meeting) is kept up to
    date. Returns the meetings whose attendances changed."""
    affected = set()
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
    return affected


def _move_variants(other: Participant, keep: Participant, known: set[str]) -> None:
    """Give ``other``'s name variants to ``keep``, dropping those it knows already (``known``:
    the keeper's normalised spellings, kept up to date)."""
    for variant in other.name_variants.all():
        if variant.normalized in known:
            # One spelling of both: the keeper's counts the reports of both.
            keep.name_variants.filter(normalized=variant.normalized).update(
                reports=F("reports") + variant.reports,
                published_reports=F("published_reports") + variant.published_reports,
            )
            flags = {flag: True for flag in ("editor_added", "written") if getattr(variant, flag)}
            if flags:
                keep.name_variants.filter(normalized=variant.normalized).update(**flags)
            variant.delete()
        else:
            variant.participant = keep
            variant.save()
            known.add(variant.normalized)


def _add_spellings(keep: Participant, names: Iterable[str], known: set[str]) -> list[int]:
    """Make each of ``names`` the keeper has no variant for yet one of its variants; returns
    the ids of the variants created (an undo deletes them)."""
    created_ids = []
    for name in names:
        if normalize_name(name) and normalize_name(name) not in known:
            created = ParticipantNameVariant.objects.create(participant=keep, name=name)
            created_ids.append(created.pk)
            known.add(created.normalized)
    return created_ids


def _fill_in_details(keep: Participant, other: Participant) -> None:
    """The keeper takes the other's title and country where it has none."""
    if not keep.title and other.title:
        keep.title = other.title
    if keep.country_id is None and other.country_id is not None:
        keep.country_id = other.country_id


class KeeperChoice(NamedTuple):
    """The record a merge keeps by default, and why, in a sentence for the editor."""

    person: Participant
    reason: str


def suggest_keeper(people: Iterable[Participant]) -> KeeperChoice:
    """The record to keep when merging ``people`` (two or more): the one with the most
    meetings; among equals, the one with the most fields an editor curated; then the oldest
    record. Its links and an editor's work are then what stays in place."""
    people = list(people)
    meetings = dict(
        Attendance.objects.filter(participant__in=people)
        .order_by()
        .values_list("participant")
        .annotate(n=Count("*"))
    )
    ranked = sorted(people, key=lambda p: (-meetings.get(p.pk, 0), -len(p.curated_fields), p.pk))
    best, runner_up = ranked[0], ranked[1]
    best_meetings, other_meetings = meetings.get(best.pk, 0), meetings.get(runner_up.pk, 0)
    if best_meetings > other_meetings:
        reason = f"has the most meetings: {best_meetings}, against {other_meetings}."
    elif len(best.curated_fields) > len(runner_up.curated_fields):
        reason = (
            f"has as many meetings ({best_meetings}) and the most fields an editor curated: "
            f"{len(best.curated_fields)}, against {len(runner_up.curated_fields)}."
        )
    else:
        reason = (
            f"has as many meetings ({best_meetings}) and curated fields "
            f"({len(best.curated_fields)}) as the others: kept as the oldest record."
        )
    return KeeperChoice(best, f"{best.name} {reason}")


@transaction.atomic
def merge_participants(keep: Participant, others: Iterable[Participant], *, user=None) -> MergeLog:
    """Merge ``others`` into ``keep``: their attendances move over (one per meeting: where both
    attended, the two records become one with the stronger role and every filled-in detail),
    their names become ``keep``'s variants, and they are deleted. The MergeLog keeps a
    snapshot of every row before the merge, for ``undo_merge``."""
    others = [person for person in others if person.pk != keep.pk]
    if not others:
        raise EditorialError("Choose at least two people: the one to keep and one to merge.")
    ids = [keep.pk, *(person.pk for person in others)]
    merged = [(person.pk, person.name) for person in others]  # deleting a record forgets its pk
    # Lock the people so a concurrent import cannot attach new attendances mid-merge.
    list(Participant.objects.select_for_update().filter(pk__in=ids))
    keep.refresh_from_db()
    snapshot = _snapshot(keep, ids)
    affected: set[int] = set()
    by_meeting = {attendance.meeting_id: attendance for attendance in keep.attendances.all()}
    known = set(keep.name_variants.values_list("normalized", flat=True))
    for other in others:
        written = list(other.attendances.values_list("name_as_written", flat=True))
        affected |= _move_attendances(other, keep, by_meeting)
        _move_variants(other, keep, known)
        snapshot["created_variants"] += _add_spellings(keep, (other.name, *written), known)
        _fill_in_details(keep, other)
        # The merged person's addresses, old and current, lead to the kept one.
        SlugRedirect.objects.move_to(other, keep)
        created = SlugRedirect.objects.remember(other.slug, keep)
        snapshot["created_redirects"] += [created.pk] if created else []
        log(user, [other], DELETION, f"Merged into {keep.name} (#{keep.pk}).")
        other.delete()
    # The keeper attended these already: their rows may have been combined.
    affected |= set(by_meeting)
    keep.save()
    Participant.refresh_display_names([keep.pk])
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
        refresh_meeting(meeting, review=False)
    # The merged-away people's similar-people items resolve as orphans; the pairs are
    # recomputed whole (seconds on a big archive) only by imports.
    sync_review_entries(meetings=affected)
    return merge_log


def _check_undoable(merge_log: MergeLog) -> None:
    """Refuse an undo that would lose or clash with what happened since the merge."""
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
            + ", ".join(f"merge #{later_merge.pk} ({later_merge})" for later_merge in later)
            + " first."
        )
    merged_slugs = [row["fields"]["slug"] for row in snapshot["merged"]]
    if Participant.objects.filter(slug__in=merged_slugs).exists():
        raise EditorialError("A person with a merged person's slug exists now; rename it first.")


def _restore_redirects(rows: list[dict]) -> None:
    """The old addresses as the snapshot has them, replacing any row for the same slug."""
    for row in rows:
        fields = row["fields"]
        SlugRedirect.objects.filter(kind=fields["kind"], old_slug=fields["old_slug"]).exclude(
            pk=row["pk"]
        ).delete()
    _restore(rows)


@transaction.atomic
def undo_merge(merge_log: MergeLog, *, user=None) -> list[Participant]:
    """Put back the people, name variants and attendances exactly as the snapshot has them.

    Later edits to the rows the merge touched are overwritten by the snapshot (the history
    shows them); attendances added to the kept person since the merge stay where they are.
    """
    merge_log = MergeLog.objects.select_for_update().get(pk=merge_log.pk)
    _check_undoable(merge_log)
    snapshot = merge_log.snapshot
    ParticipantNameVariant.objects.filter(pk__in=snapshot["created_variants"]).delete()
    SlugRedirect.objects.filter(pk__in=snapshot.get("created_redirects", [])).delete()
    # People first, then their names, attendances and old addresses (foreign keys).
    _restore(snapshot["merged"])
    _restore(snapshot["kept"])
    _restore(snapshot["variants"])
    _restore(snapshot["attendances"])
    _restore_redirects(snapshot.get("redirects", []))
    merge_log.undone_at = timezone.now()
    merge_log.undone_by = user if getattr(user, "pk", None) else None
    merge_log.save(update_fields=["undone_at", "undone_by"])
    restored = list(Participant.objects.filter(pk__in=merge_log.merged_ids))
    kept = Participant.objects.filter(pk=snapshot["kept"][0]["pk"])
    log(user, restored, ADDITION, f"Restored by undoing merge log #{merge_log.pk}.")
    log(user, kept, CHANGE, f"Undid merge log #{merge_log.pk}.")
    meetings = {row["fields"]["meeting"] for row in snapshot["attendances"]}
    for meeting in Meeting.objects.filter(pk__in=meetings):
        refresh_meeting(meeting, review=False)
    sync_review_entries(meetings=meetings, people=True)
    return restored
