"""Many new meetings at once: the meetings a batch of reports starts are worked out in memory
(facts, rows, people, search documents, slugs), then each table gets one COPY for the whole
batch instead of some twenty queries a report. The rows come from the same builders as the
one-report path, and a test checks both paths make the same records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import BooleanField, ExpressionWrapper

from ..extraction.name_scripts import written_spellings
from ..extraction.names import normalize_name
from ..models import (
    Attendance,
    Meeting,
    MeetingCountry,
    MeetingOrganization,
    MeetingTopic,
    ParticipantNameVariant,
    SourceDocument,
    unique_slugs,
)
from ..models.meetings import spellings_in
from .bulk import copy_insert
from .lookups import Lookups
from .matching import look_alike_flags, needs_review
from .merging import merge_extractions, set_scalars, slug_text
from .outcomes import Outcome
from .reading import Report
from .rows import Links, RowBuilder


@dataclass
class NewMeeting:
    """A meeting created in the current batch and the reports that describe it."""

    meeting: Meeting
    look_alikes: list[Meeting]
    # (place in the batch, report, its unsaved source document)
    sources: list[tuple[int, Report, SourceDocument]] = field(default_factory=list)
    duplicates: list[tuple[int, Report]] = field(default_factory=list)  # same text again
    merged: dict[str, Any] = field(default_factory=dict)
    links: Links | None = None
    wanted: list[tuple] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)

    def outcome_for(self, report: Report, action: str) -> Outcome:
        outcome = Outcome(name=report.name, action=action)
        outcome.describe_meeting(self.meeting, self.people)
        outcome.flags.extend(look_alike_flags(self.look_alikes))
        return outcome


class BatchWriter:
    """Writes the meetings a batch created: everything about them is worked out first, then
    each table gets one insert."""

    def __init__(self, lookups: Lookups, rows: RowBuilder) -> None:
        self.lookups = lookups
        self.rows = rows

    def write(self, groups: list[NewMeeting]) -> None:
        self._build_links(groups)
        self._link_people(groups)
        self._finish_meetings(groups)
        self._insert(groups)

    def _build_links(self, groups: list[NewMeeting]) -> None:
        """Each meeting's facts from its reports, and its country, organization and topic
        rows; the people it names, to be resolved together."""
        for group in groups:
            meeting = group.meeting
            group.merged = merge_extractions([(s, s.extraction) for _, _, s in group.sources])
            set_scalars(meeting, group.merged, self.lookups.references)
            group.links = Links(
                countries=self.rows.country_rows(meeting, group.merged, set()),
                organizations=self.rows.organization_rows(meeting, group.merged, set()),
                topics=self.rows.topic_rows(meeting, group.merged, set()),
            )
            group.wanted = self.rows.wanted_people(group.merged, [])

    def _link_people(self, groups: list[NewMeeting]) -> None:
        """The people of the whole batch resolved in one go, then each meeting's attendances."""
        all_wanted = [wanted for group in groups for wanted in group.wanted]
        matches = iter(self.lookups.people.resolve_many([request for *_, request in all_wanted]))
        for group in groups:
            mine = [next(matches) for _ in group.wanted]
            group.people, group.links.attendances = self.rows.attendance_rows(
                group.meeting, group.wanted, mine, []
            )

    def _finish_meetings(self, groups: list[NewMeeting]) -> None:
        """Facet keys, search document, review status and slug of each new meeting."""
        for group in groups:
            if needs_review(group.meeting, group.look_alikes, group.merged):
                group.meeting.status = Meeting.Status.NEEDS_REVIEW
        variants = self._variants(
            {a.participant_id for g in groups for a in g.links.attendances if a.participant_id}
        )
        hidden = self._written_unpublished(groups)
        for group in groups:
            meeting = group.meeting
            group.links.set_facet_keys_of(meeting)
            own = spellings_in(
                (source.extraction or {}).get("participants") for _, _, source in group.sources
            )
            shown = {
                pk: [
                    name
                    for name, normalized, public in spellings
                    if normalized in own or (public and (pk, normalized) not in hidden)
                ]
                for pk, spellings in variants.items()
            }
            meeting.search_names, meeting.search_text = Meeting.compose_search_document(
                self._search_names(meeting, group.links, shown),
                [source.cleaned_text for _, _, source in group.sources],
            )
        slugs = unique_slugs(Meeting, [slug_text(group.meeting) for group in groups])
        for group, slug in zip(groups, slugs, strict=True):
            group.meeting.slug = slug

    @staticmethod
    def _insert(groups: list[NewMeeting]) -> None:
        """The inserts. Rows built against unsaved meetings and sources pick up their ids."""
        copy_insert(Meeting, [group.meeting for group in groups], ids=True)
        copy_insert(SourceDocument, [s for g in groups for _, _, s in g.sources], ids=True)
        copy_insert(MeetingCountry, [r for g in groups for r in g.links.countries])
        copy_insert(MeetingOrganization, [r for g in groups for r in g.links.organizations])
        copy_insert(MeetingTopic, [r for g in groups for r in g.links.topics])
        copy_insert(Attendance, [r for g in groups for r in g.links.attendances])
        Meeting.possible_duplicates.through.objects.bulk_create(
            [
                Meeting.possible_duplicates.through(from_meeting=g.meeting, to_meeting=other)
                for g in groups
                for other in g.look_alikes
            ]
        )

    @staticmethod
    def _variants(participant_ids: set[int]) -> dict[int, list[tuple[str, str, bool]]]:
        """(spelling, normalised, whether readers may see it) of each person's variants."""
        found: dict[int, list[tuple[str, str, bool]]] = {}
        for pk, name, normalized, public in (
            ParticipantNameVariant.objects.filter(participant_id__in=participant_ids)
            .annotate(public=ExpressionWrapper(ParticipantNameVariant.public(), BooleanField()))
            .order_by("pk")
            .values_list("participant_id", "name", "normalized", "public")
        ):
            found.setdefault(pk, []).append((name, normalized, public))
        return found

    @staticmethod
    def _written_unpublished(groups: list[NewMeeting]) -> set[tuple[int, str]]:
        """(person, normalised spelling) the batch's reports of unpublished meetings wrote:
        not counted yet when the search documents are written, these spellings are hidden
        from readers once they are (archive.ingest.spellings), so no other meeting's search
        document takes them."""
        hidden: set[tuple[int, str]] = set()
        for group in groups:
            if group.meeting.status == Meeting.Status.PUBLISHED:
                continue
            written = {
                normalize_name(spelling)
                for _, _, source in group.sources
                for _, spelling in written_spellings(source.extraction or {}, source.language)
            }
            people = {a.participant_id for a in group.links.attendances if a.participant_id}
            hidden |= {(pk, normalized) for pk in people for normalized in written}
        return hidden

    @staticmethod
    def _search_names(meeting: Meeting, links: Links, variants: dict) -> list[str]:
        """The search document's names from the rows in memory."""
        participating = MeetingCountry.Kind.PARTICIPATING
        return Meeting.search_names_of(
            people=[
                (a.name_as_written, variants.get(a.participant_id, [])) for a in links.attendances
            ],
            organizations=[meeting.body, *(o.organization for o in links.organizations)],
            countries=[c.country.name for c in links.countries if c.kind == participating],
            topics=[t.topic.name for t in links.topics],
            city=meeting.city,
        )
