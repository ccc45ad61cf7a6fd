"""A meeting's machine-made facts: set on a new meeting from its first report, then rebuilt
from the stored extractions of *all* its sources after each import. Fields and sets an editor
curated, and rows editors added, are left alone, so attaching a second report, or
re-extracting after the extractor improved, can never undo a correction."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from ..models import (
    Attendance,
    Meeting,
    MeetingCountry,
    MeetingOrganization,
    MeetingTopic,
    unique_slug,
)
from .lookups import Lookups
from .merging import merge_extractions, set_scalars, slug_text
from .rows import Links, RowBuilder


class MeetingRebuilder:
    """Creates meetings and rebuilds their facts, writing one meeting at a time."""

    def __init__(self, lookups: Lookups, rows: RowBuilder) -> None:
        self.lookups = lookups
        self.rows = rows

    def new_meeting(self, data: dict[str, Any], *, status: str, save: bool = True) -> Meeting:
        """A meeting with its first report's facts (set again from all its sources later);
        ``save=False`` leaves the slug and the insert to the batch path."""
        meeting = Meeting(status=status)
        set_scalars(meeting, merge_extractions([(None, data)]), self.lookups.references)
        if save:
            meeting.slug = unique_slug(Meeting, slug_text(meeting))
            meeting.save()
        return meeting

    def rebuild(self, meeting: Meeting, *, fresh: bool = False) -> list[dict[str, Any]]:
        """Set the meeting's machine-extracted facts from all its sources' extractions,
        leaving curated fields and sets, and rows editors added, as they are. Returns how
        each person was linked, for the outcome.

        ``fresh``: the meeting was just created from one report, so there is nothing to keep
        or delete — the import's fast path skips those queries.
        """
        sources = list(meeting.sources.order_by("imported_at", "pk"))
        merged = merge_extractions([(s, s.extraction) for s in sources])
        set_scalars(meeting, merged, self.lookups.references)
        source_ids = [] if fresh else [s.pk for s in sources]
        links = Links()
        if not meeting.is_curated("countries"):
            kept = self.drop_machine_rows(meeting.country_links, "country_id", source_ids)
            links.countries = MeetingCountry.objects.bulk_create(
                self.rows.country_rows(meeting, merged, kept)
            )
        if not meeting.is_curated("organizations"):
            kept = self.drop_machine_rows(meeting.organization_links, "organization_id", source_ids)
            links.organizations = MeetingOrganization.objects.bulk_create(
                self.rows.organization_rows(meeting, merged, kept)
            )
        if not meeting.is_curated("topics"):
            kept = self.drop_machine_rows(meeting.topic_links, "topic_id", source_ids)
            links.topics = MeetingTopic.objects.bulk_create(
                self.rows.topic_rows(meeting, merged, kept)
            )
        people: list[dict[str, Any]] = []
        if not meeting.is_curated("attendances"):
            first_links = self.first_links(meeting, source_ids)
            keep = self.drop_machine_attendances(meeting, source_ids)
            wanted = self.rows.wanted_people(merged, keep)
            matches = self.lookups.people.resolve_many([request for _, _, request in wanted])
            people, rows = self.rows.attendance_rows(meeting, wanted, matches, keep)
            keep_first_links(rows, first_links)
            links.attendances = Attendance.objects.bulk_create(rows)
        if fresh:
            links.set_facet_keys_of(meeting)  # everything linked was created just now
        else:
            meeting.refresh_facet_keys(save=False)
        meeting.refresh_search_document(save=False)
        meeting.save()
        return people

    @staticmethod
    def first_links(meeting: Meeting, source_ids: list[int]) -> dict[int, str]:
        """How each person the machine linked to the meeting was linked: participant id ->
        match (none for a meeting just created)."""
        if not source_ids:
            return {}
        return dict(
            meeting.attendances.filter(
                source_id__in=source_ids, participant__isnull=False
            ).values_list("participant_id", "match")
        )

    @staticmethod
    def drop_machine_rows(links, key: str, source_ids: list[int]) -> set[int]:
        """Delete the rows these sources produced; return the keys of rows editors added."""
        if not source_ids:
            return set()
        kept = set(links.filter(source=None).values_list(key, flat=True))
        links.filter(source_id__in=source_ids).delete()
        return kept

    @staticmethod
    def drop_machine_attendances(meeting: Meeting, source_ids: list[int]) -> list[Attendance]:
        """Delete machine-made attendances of these sources; return those editors touched."""
        if not source_ids:
            return []
        keep = list(
            meeting.attendances.filter(
                Q(source__isnull=True) | ~Q(curated_fields=[]) | Q(match=Attendance.Match.EDITOR)
            )
        )
        meeting.attendances.filter(source_id__in=source_ids).exclude(
            pk__in=[a.pk for a in keep]
        ).delete()
        return keep


# The links that say only how a person's name was found; a fuzzy or ambiguous link, or an
# editor's, says more and is never replaced by them.
_NAME_LINKS = frozenset({Attendance.Match.NEW, Attendance.Match.VARIANT, Attendance.Match.EXACT})


def keep_first_links(rows: list[Attendance], first_links: dict[int, str]) -> None:
    """Give each attendance the label the meeting first linked its person by: a second report
    of the meeting finds by an exact spelling the person the first linked as a variant (or
    created), since the first recorded that spelling; the attendance keeps saying how he was
    found, as an import of both reports in one batch (resolving him once) says. The report's
    own outcome still says how its names were found."""
    for row in rows:
        first = first_links.get(row.participant_id)
        if first in _NAME_LINKS and row.match in _NAME_LINKS:
            row.match = first
