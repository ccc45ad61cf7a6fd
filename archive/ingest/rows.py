"""The rows of a meeting, built from merged facts but not written: its source document, and
its links to countries, organizations, topics and people (attendances), each with the sentence
that gave it. The one-report path and the batch path use the same builders and differ only in
how they write: per meeting, or once per batch."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..extraction import EXTRACTOR_VERSION
from ..extraction.offices import OTHER, office_of_title
from ..models import (
    Attendance,
    Meeting,
    MeetingCountry,
    MeetingOrganization,
    MeetingTopic,
    Participant,
    SourceDocument,
    normalize_name,
)
from .lookups import Lookups
from .merging import parse_partial_date
from .outcomes import ImportFailed
from .reading import Report
from .resolver import PersonRequest


@dataclass
class Links:
    """The rows linked to a meeting in one rebuild, for its facet keys."""

    countries: list[MeetingCountry] = field(default_factory=list)
    organizations: list[MeetingOrganization] = field(default_factory=list)
    topics: list[MeetingTopic] = field(default_factory=list)
    attendances: list[Attendance] = field(default_factory=list)

    def set_facet_keys_of(self, meeting: Meeting) -> None:
        meeting.set_facet_keys(
            countries=self.countries,
            organizations=self.organizations,
            topics=self.topics,
            attendances=self.attendances,
        )


def source_document(
    meeting: Meeting | None, report: Report, text: str, sha: str, cleaned_text: str, data: dict
) -> SourceDocument:
    """The report as stored: its text, digest, extraction and where it came from; without a
    meeting, a report kept unsorted."""
    source = SourceDocument(
        meeting=meeting,
        file_name=report.name[:500],
        sha256=sha,
        url=report.url[:1000],
        raw_text=text,
    )
    set_extraction(source, data, cleaned_text)
    return source


def set_extraction(source: SourceDocument, data: dict, cleaned_text: str) -> None:
    """What the extractor made of the report, onto its stored document."""
    source.extraction = data
    source.cleaned_text = cleaned_text
    source.extractor_version = EXTRACTOR_VERSION
    source.title = (data.get("title") or "")[:500]
    source.language = data.get("language") or "en"
    try:
        source.publication_date = parse_partial_date(data.get("publication_date"))
    except ImportFailed:
        source.publication_date = None  # a malformed date is no reason to lose the report


def span_dict(span: Any) -> dict[str, Any]:
    if isinstance(span, dict):
        return {"start": span.get("start"), "end": span.get("end"), "text": span.get("text", "")}
    return {}


def evidence(source: SourceDocument | None, span: Any) -> dict[str, Any]:
    """A link row's provenance: the source and the sentence (with its offsets) that gave it."""
    if not isinstance(span, dict):
        return {"source": source, "evidence": ""}
    return {
        "source": source,
        "evidence": str(span.get("text") or ""),
        "evidence_start": span.get("start"),
        "evidence_end": span.get("end"),
    }


class RowBuilder:
    """Builds a meeting's link rows from merged facts (``merge_extractions``), skipping what
    is ``kept``: the countries, organizations, topics and attendances editors added."""

    def __init__(self, lookups: Lookups) -> None:
        self.lookups = lookups

    def country_rows(self, meeting: Meeting, merged: dict, kept: set[int]) -> list:
        references = self.lookups.references
        host = references.country(merged["venue_country"])
        rows: dict[int, MeetingCountry] = {}
        for kind, items in (
            (MeetingCountry.Kind.PARTICIPATING, merged["countries"]),
            (MeetingCountry.Kind.MENTIONED, merged["countries_mentioned"]),
        ):
            for name, (source, span) in items.items():
                country = references.country(name)
                if country is None or country.pk in kept or country.pk in rows:
                    continue
                rows[country.pk] = MeetingCountry(
                    meeting=meeting,
                    country=country,
                    kind=kind,
                    is_host=kind == MeetingCountry.Kind.PARTICIPATING and country == host,
                    **evidence(source, span),
                )
        return list(rows.values())

    def organization_rows(self, meeting: Meeting, merged: dict, kept: set[int]) -> list:
        rows: dict[int, MeetingOrganization] = {}
        for name, (source, span) in merged["organizations"].items():
            organization = self.lookups.references.organization(name)
            if organization is None or organization.pk in kept or organization.pk in rows:
                continue
            rows[organization.pk] = MeetingOrganization(
                meeting=meeting, organization=organization, **evidence(source, span)
            )
        return list(rows.values())

    def topic_rows(self, meeting: Meeting, merged: dict, kept: set[int]) -> list:
        rows = []
        for slug, (source, spans) in merged["topics"].items():
            topic = self.lookups.topics.get(slug)
            if topic is None or topic.pk in kept:
                continue
            first, *more = spans or [None]
            rows.append(
                MeetingTopic(
                    meeting=meeting,
                    topic=topic,
                    score=float(len(spans or [])),
                    extra_evidence=[span_dict(s) for s in more if s],
                    **evidence(source, first),
                )
            )
        return rows

    def wanted_people(self, merged: dict, keep: list[Attendance]) -> list[tuple]:
        """(person, evidence, PersonRequest) for each extracted person not already kept, with
        the meeting's date when it is known to the day or month (whose offices they held)."""
        kept_names = {normalize_name(a.name_as_written) for a in keep}
        date = None
        if merged["date_precision"] in {Meeting.DatePrecision.DAY, Meeting.DatePrecision.MONTH}:
            date = parse_partial_date(merged["date_start"])
        wanted = []
        for person, person_evidence in merged["participants"]:
            name = (person.get("name") or "").strip()
            if not name:
                continue
            written = written_name(person, person_evidence[0])
            if kept_names & {normalize_name(name), normalize_name(written)}:
                continue
            request = PersonRequest(
                name,
                country=self.lookups.references.country(person.get("country")),
                title=(person.get("title") or "")[:300],
                variants=_spellings(person),
                date=date,
            )
            wanted.append((person, person_evidence, request))
        return wanted

    def attendance_rows(
        self, meeting: Meeting, wanted: list[tuple], matches: list, keep: list[Attendance]
    ) -> tuple[list[dict[str, Any]], list[Attendance]]:
        """One attendance per person (two spellings of one person make one row), and how each
        name was linked, for the outcome."""
        kept_people = {a.participant_id for a in keep if a.participant_id}
        report: list[dict[str, Any]] = []
        rows: dict[Any, Attendance] = {}
        for (person, (source, span), request), match in zip(wanted, matches, strict=True):
            name, country, title = request.name, request.country, request.title
            participant = match.participant
            if participant is not None and match.match != Attendance.Match.FUZZY:
                self.update_person(participant, country=country, title=title)
            if participant is not None and participant.pk in kept_people:
                continue
            key = participant.pk if participant else ("name", normalize_name(name))
            role = person.get("role") or Attendance.Role.ATTENDEE
            if role not in Attendance.Role.values:
                role = Attendance.Role.ATTENDEE
            if key in rows:
                existing = rows[key]
                if Attendance.Role.rank_of(role) > Attendance.Role.rank_of(existing.role):
                    existing.role = role
                if not existing.title and title:
                    existing.title, existing.office = title, office_of_title(title)
                continue
            rows[key] = Attendance(
                meeting=meeting,
                participant=participant,
                name_as_written=written_name(person, source)[:200],
                role=role,
                title=title,
                office=office_of_title(title) if title else OTHER,
                country=country,
                organization=self.lookups.references.organization(person.get("organization")),
                match=match.match,
                confidence=float(person.get("confidence") or 0.0),
                **evidence(source, span),
            )
            report.append(
                {
                    "name_as_written": written_name(person, source),
                    "participant_id": participant.pk if participant else None,
                    "participant": participant.name if participant else None,
                    "match": match.match,
                    "note": match.note,
                    "role": role,
                }
            )
        return report, list(rows.values())

    @staticmethod
    def update_person(participant: Participant, *, country, title: str) -> None:
        """Fill a known person's missing country and title, unless an editor curated them."""
        changed = []
        if country and participant.country_id is None and not participant.is_curated("country"):
            participant.country = country
            changed.append("country")
        if title and not participant.title and not participant.is_curated("title"):
            participant.title = title
            changed.append("title")
        if changed:
            participant.save(update_fields=[*changed, "updated_at"])


def written_name(person: dict[str, Any], source: Any) -> str:
    """The person's name as the report ``source`` wrote it: a Russian report's in Cyrillic
    (the extraction's ``name_native``), any other's its ``name``."""
    native = person.get("name_native")
    if getattr(source, "language", None) == "ru" and isinstance(native, str) and native.strip():
        return native.strip()
    return (person.get("name") or "").strip()


def _spellings(person: dict[str, Any]) -> list[str]:
    """The other spellings a report gives a person: its variants and, for a report in another
    script, the name as written there (Колокольцев beside Kolokoltsev), so that one Participant
    keeps every spelling seen and is found by any of them."""
    spellings = [v for v in person.get("name_variants") or [] if isinstance(v, str)]
    native = person.get("name_native")
    if isinstance(native, str) and native.strip():
        spellings.append(native.strip())
    return spellings
