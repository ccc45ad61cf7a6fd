"""Keeping a meeting's denormalised copies (facet-key arrays, search document) in step with
what an editor changed, and people's stored latest titles with what an import brought."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection
from django.db.models import Model, QuerySet

from ..models import Country, Meeting, Organization, Participant, ParticipantNameVariant, Topic
from .review_entries import sync_review_entries


def refresh_meeting(meeting: Meeting, *, review: bool = True) -> None:
    """Bring a meeting's denormalised copies (facet keys, search document) up to date after an
    edit changed what it shows, and (unless the caller does it for many meetings at once) its
    review queue entries."""
    meeting.refresh_facet_keys()
    meeting.refresh_search_document()
    if review:
        sync_review_entries(meetings=[meeting.pk])


def meetings_showing(obj: Model) -> QuerySet[Meeting]:
    """The meetings whose pages and search documents show this person, body, country or
    topic (through the facet-key arrays, GIN-indexed)."""
    if isinstance(obj, Participant):
        return Meeting.objects.with_participant(obj)
    if isinstance(obj, Organization):
        return Meeting.objects.involving_organization(obj)
    if isinstance(obj, Country):
        return Meeting.objects.with_country(obj, including_venue=True)
    if isinstance(obj, Topic):
        return Meeting.objects.with_topic(obj)
    return Meeting.objects.none()


def refresh_search_documents(meetings: Iterable[Meeting]) -> int:
    """After a name, alias or acronym changed: the search documents that hold it."""
    count = 0
    for meeting in meetings:
        meeting.refresh_search_document()
        count += 1
    return count


def refresh_search_documents_of(people: Iterable[int]) -> int:
    """After spellings of ``people`` became hidden from readers (a meeting unpublished or
    deleted): the search documents of their meetings that still hold one of them."""
    hidden = (
        ParticipantNameVariant.objects.filter(participant_id__in=list(people))
        .exclude(ParticipantNameVariant.public())
        .values_list("participant_id", "name")
    )
    stale: set[int] = set()
    for participant_id, name in hidden:
        holding = Meeting.objects.with_participant(participant_id).filter(
            search_names__contains=name
        )
        stale.update(holding.values_list("pk", flat=True))
    return refresh_search_documents(Meeting.objects.filter(pk__in=stale).lean())


# Each person's stored title becomes the title of their latest dated meeting that gave one
# (an undated meeting's only when no dated one did), unless an editor curated it.
_LATEST_TITLES = """
UPDATE archive_participant p SET title = latest.title
FROM (
    SELECT DISTINCT ON (a.participant_id) a.participant_id, a.title
    FROM archive_attendance a JOIN archive_meeting m ON m.id = a.meeting_id
    WHERE a.title <> '' AND a.participant_id {people}
    ORDER BY a.participant_id, m.date_start DESC NULLS LAST, m.id DESC
) latest
WHERE p.id = latest.participant_id AND p.title <> latest.title
  AND NOT ('title' = ANY(p.curated_fields))
"""


def refresh_latest_titles(people: Iterable[int] | None = None) -> int:
    """Set the stored "latest known title" of ``people`` (ids; everyone when None) from
    their dated meetings: the importer fills it from the first report it reads, and the
    import's end calls this. Not called on an editor's changes: a merge and its undo keep the
    stored titles exactly as they were. Returns how many changed."""
    with connection.cursor() as cursor:
        if people is None:
            cursor.execute(_LATEST_TITLES.format(people="IS NOT NULL"))
        else:
            ids = list(people)
            if not ids:
                return 0
            cursor.execute(_LATEST_TITLES.format(people="= ANY(%s)"), [ids])
        return cursor.rowcount


def people_of(meetings: Iterable[int]) -> set[int]:
    """The ids of the people who attended the meetings with these ids."""
    people: set[int] = set()
    for ids in Meeting.objects.filter(pk__in=list(meetings)).values_list(
        "participant_ids", flat=True
    ):
        people.update(ids)
    return people
