"""Keeping a meeting's denormalised copies (facet-key arrays, search document) in step with
what an editor changed."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Model, QuerySet

from ..models import Country, Meeting, Organization, Participant, Topic
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
