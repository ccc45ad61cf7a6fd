"""What importing one report did, and the ways an import stops short: one report that
cannot be imported (ImportFailed), an archive without its reference data (MissingReferenceData),
or a database that went away (DatabaseUnavailable)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import DatabaseError, InterfaceError, OperationalError, connection

if TYPE_CHECKING:
    from ..models import Meeting


class ImportFailed(Exception):
    """A report that cannot be imported; the message says why, for the person importing."""


class MissingReferenceData(Exception):
    """The archive has no countries, topics or bodies to link reports to: nothing is imported
    until they are loaded (``manage.py load_reference_data``)."""


class DatabaseUnavailable(Exception):
    """The database went away: no report can be imported until it is back."""


def raise_if_connection_lost(exc: DatabaseError) -> None:
    """Turn a lost connection into DatabaseUnavailable; other database errors are one
    report's problem (a constraint, a deadlock) and the caller reports them as such."""
    if isinstance(exc, OperationalError | InterfaceError) and not connection.is_usable():
        raise DatabaseUnavailable(str(exc).strip() or exc.__class__.__name__) from exc


@dataclass
class Outcome:
    """What importing one report did (or, in a dry run, would do)."""

    name: str
    action: str  # created | attached | updated | unchanged | unsorted | failed
    reason: str = ""  # why it failed, or why it was kept unsorted
    meeting_id: int | None = None
    meeting_slug: str = ""
    meeting_title: str = ""
    dry_run: bool = False
    people: list[dict[str, Any]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    extraction: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of_meeting(cls, name: str, action: str, meeting: Meeting | None) -> Outcome:
        """The outcome of a report that ``action`` linked to ``meeting`` (None: a report kept
        unsorted)."""
        if meeting is None:
            return cls(name=name, action=action)
        return cls(
            name=name,
            action=action,
            meeting_id=meeting.pk,
            meeting_slug=meeting.slug,
            meeting_title=meeting.title,
        )

    @classmethod
    def kept_unsorted(cls, name: str, reason: str, extraction: dict[str, Any]) -> Outcome:
        """A report stored without a meeting, for an editor to place; ``reason`` says why."""
        return cls(name=name, action="unsorted", reason=reason, extraction=extraction)

    @property
    def failed(self) -> bool:
        return self.action == "failed"

    @property
    def unsorted(self) -> bool:
        return self.action == "unsorted"

    def describe_meeting(self, meeting: Meeting, people: list[dict[str, Any]]) -> None:
        """Name the meeting the report went to and the people it linked, flagging the
        uncertain links for an editor."""
        self.meeting_id, self.meeting_slug = meeting.pk, meeting.slug
        self.meeting_title = meeting.title
        self.people = people
        for person in people:
            if person["match"] in {"fuzzy", "ambiguous"}:
                self.flags.append(
                    f"check the person {person['name_as_written']!r}: {person['match']}"
                    + (f" ({person['note']})" if person.get("note") else "")
                )

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.name,
            "action": self.action,
            "dry_run": self.dry_run,
            "reason": self.reason or None,
            "meeting": (
                {"id": self.meeting_id, "slug": self.meeting_slug, "title": self.meeting_title}
                if self.meeting_title
                else None
            ),
            "people": self.people,
            "flags": self.flags,
        }
