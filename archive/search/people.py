"""People as a user may see them: who is visible, their record and their figures.

A reader sees a person only through published meetings. Someone who appears only in drafts or
meetings under review is unknown to readers: no page, no record, no suggestion, no chip. Of a
visible person, a reader sees what published meetings say: the latest title and country of
those attendances (unless an editor curated the stored one), counts over them, and the
recorded spellings but those that only unpublished meetings' reports wrote. The stored
``title``, ``country`` and spellings may come from any report, drafts included, so they are
shown as they are to staff, who see everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from django.db.models import Count, Exists, F, OuterRef, QuerySet

from ..extraction.names import normalize_name
from ..models import Attendance, Country, Meeting, Participant, SourceDocument
from .facet_index import facet_index


def is_staff(user: Any) -> bool:
    return bool(getattr(user, "is_staff", False))


def visible_people(user: Any) -> QuerySet[Participant]:
    """Everyone for staff; for readers, the people in at least one visible meeting (an
    EXISTS probe of the attendance's participant index per person)."""
    if is_staff(user):
        return Participant.objects.all()
    return Participant.objects.filter(
        Exists(
            Attendance.objects.filter(
                participant=OuterRef("pk"), meeting__in=Meeting.objects.visible_to(user)
            )
        )
    )


def attendances_seen(participant: Participant, user: Any) -> QuerySet[Attendance]:
    """The person's attendances of the meetings ``user`` may see."""
    return Attendance.objects.filter(
        participant=participant, meeting__in=Meeting.objects.visible_to(user)
    )


def current_title(participant: Participant, user: Any) -> str:
    """The title of the latest dated meeting ``user`` may see that gave one (an undated
    meeting's only when no dated one did); an editor's curated title wins. For staff with no
    attendance giving one, the stored title."""
    if participant.is_curated("title"):
        return participant.title
    latest = (
        attendances_seen(participant, user)
        .exclude(title="")
        .order_by(F("meeting__date_start").desc(nulls_last=True), "-meeting__pk")
        .values_list("title", flat=True)
        .first()
    )
    return latest or (participant.title if is_staff(user) else "")


# --- A person's record ----------------------------------------------------------------------


@dataclass
class PersonRecord:
    """What a person's page and API record show as their title, country and spellings."""

    participant: Participant
    title: str
    country: Country | None
    spellings: list[str]


def person_record(participant: Participant, user: Any) -> PersonRecord:
    """The title of the latest dated meeting that gave one (``current_title``), and
    for staff the stored country and spellings; for readers the latest country of the visible
    attendances (the stored one where an editor curated it) and the names as written there."""
    title = current_title(participant, user)
    if is_staff(user):
        spellings = [variant.name for variant in participant.name_variants.all()]
        return PersonRecord(participant, title, participant.country, spellings)
    attended = attendances_seen(participant, user)
    latest = attended.order_by(F("meeting__date_start").desc(nulls_last=True), "-meeting__pk")
    if participant.is_curated("country"):
        country = participant.country
    else:
        latest_country = latest.exclude(country=None).values("country_id")[:1]
        country = Country.objects.filter(pk__in=latest_country).first()
    return PersonRecord(participant, title, country, _public_spellings(participant, user))


def _public_spellings(participant: Participant, user: Any) -> list[str]:
    """The person's recorded spellings but those written only in reports of meetings ``user``
    may not see: as the name of their attendance there, among the names the extractor read
    in those reports, or in reports no published meeting holds (ParticipantNameVariant.public:
    a deleted draft's, waiting unsorted). A spelling also written in a visible attendance
    stays; one of no known report (an editor's) stays. Reads the hidden meetings' reports
    only, usually none."""
    seen = {
        normalize_name(name)
        for name in attendances_seen(participant, user).values_list("name_as_written", flat=True)
    }
    # The person's meetings ``user`` may not see, from the facet index: usually none, and
    # then neither their attendances nor their reports are read (each statement would read
    # every attendance of the person: 50 ms for the busiest at a million meetings).
    index = facet_index()
    with index.lock:
        hidden_ids = np.flatnonzero(
            index.holding("participant", participant.pk) & ~index.visible(user)
        )
    unpublished = _names_in_hidden_meetings(participant, hidden_ids.tolist())
    return [
        variant.name
        for variant in participant.name_variants.all()
        if variant.normalized in seen
        or (variant.is_public and variant.normalized not in unpublished)
    ]


def _names_in_hidden_meetings(participant: Participant, meeting_ids: list[int]) -> set[str]:
    """The person's names (normalised) as their attendances and their reports' extraction
    give them in the meetings ``meeting_ids``."""
    if not meeting_ids:
        return set()
    hidden = Attendance.objects.filter(participant=participant, meeting_id__in=meeting_ids)
    names = {normalize_name(name) for name in hidden.values_list("name_as_written", flat=True)}
    reports = SourceDocument.objects.filter(meeting__in=hidden.values("meeting_id"))
    for people in reports.values_list("extraction__participants", flat=True):
        for person in people if isinstance(people, list) else []:
            if isinstance(person, dict):
                written = [person.get("name"), person.get("name_native")]
                written += person.get("name_variants") or []
                names.update(normalize_name(n) for n in written if isinstance(n, str))
    return names


# --- A person's page ------------------------------------------------------------------------


@dataclass
class PersonFigures:
    latest: list[Attendance]  # the latest attendances, oldest first
    roles: list[tuple[str, int]]  # (role label, times), most frequent first
    years: dict[int, int]  # attendances per year

    @property
    def total(self) -> int:
        return sum(n for _, n in self.roles)


def person_figures(participant: Participant, user: Any, *, shown: int) -> PersonFigures:
    """A person's record counted in the database, with only the ``shown`` latest attendances
    read: in a big archive a minister attends thousands of meetings."""
    attended = attendances_seen(participant, user)
    latest = list(
        attended.select_related("meeting", "meeting__body", "country", "organization")
        .defer("meeting__search_text", "meeting__search_names")
        .order_by(F("meeting__date_start").desc(nulls_first=True), "-meeting__pk")[:shown]
    )
    latest.reverse()
    roles = [
        (Attendance.Role(role).label, n)
        for role, n in attended.order_by()
        .values_list("role")
        .annotate(n=Count("pk"))
        .order_by("-n", "role")
    ]
    years = dict(
        attended.exclude(meeting__year=None)
        .order_by()
        .values_list("meeting__year")
        .annotate(n=Count("pk"))
        .values_list("meeting__year", "n")
    )
    return PersonFigures(latest=latest, roles=roles, years=years)
