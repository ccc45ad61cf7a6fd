"""Reports → archive records. One report, one transaction; the same code for the command and the
admin upload.

The flow for one report (``ReportImporter.import_report``):

1. read: size limit, encoding detection, HTML/Markdown to text (``archive.extraction``);
2. SHA-256 of the normalised text: a report seen before is "unchanged" (or, with ``update``,
   re-extracted);
3. extract the facts (pure Python, no database);
4. find the meeting the report describes — the same body on overlapping dates in the same city,
   the same body and ordinal, or the same people on the same day — or create one; uncertain
   look-alikes are recorded in ``Meeting.possible_duplicates`` for an editor, never merged;
5. store the SourceDocument, then rebuild the meeting's machine-extracted facts from the stored
   extractions of *all* its sources (``rebuild_meeting``). Fields and sets an editor curated are
   left alone, so attaching a second report, or re-extracting after the extractor improved, can
   never undo a correction.

Everything happens inside ``transaction.atomic()``: a failure anywhere leaves no trace of that
report, and a dry run is the same code rolled back at the end.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.db.models.functions import Coalesce

from .extraction import (
    EXTRACTOR_VERSION,
    ExtractionError,
    Lexicon,
    decode_report,
    extract,
    html_to_text,
)
from .models import (
    Attendance,
    Meeting,
    MeetingCountry,
    MeetingOrganization,
    MeetingTopic,
    Organization,
    Participant,
    SourceDocument,
    Topic,
    date_for_precision,
    normalize_name,
    unique_slug,
)
from .reference import read_fixture
from .resolver import PeopleResolver, ReferenceResolver

SUPPORTED_SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ".markdown"}
PRECISION_RANK = {"unknown": 0, "year": 1, "month": 2, "day": 3}
ROLE_RANK = {"attendee": 0, "speaker": 1, "host": 2, "co-chair": 3, "chair": 4}
# Below this overall confidence a new meeting is flagged for review whatever --status says.
REVIEW_CONFIDENCE = 0.5


class ImportFailed(Exception):
    """A report that cannot be imported; the message says why, for the person importing."""


@dataclass
class Report:
    """One report to import: raw bytes from a file or an upload, or text pasted by an editor."""

    name: str
    data: bytes | None = None
    text: str | None = None
    url: str = ""

    @classmethod
    def from_path(cls, path: Path) -> Report:
        return cls(name=str(path), data=path.read_bytes())


@dataclass
class Outcome:
    """What importing one report did (or, in a dry run, would do)."""

    name: str
    action: str  # created | attached | updated | unchanged | failed
    reason: str = ""
    meeting_id: int | None = None
    meeting_slug: str = ""
    meeting_title: str = ""
    dry_run: bool = False
    people: list[dict[str, Any]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    extraction: dict[str, Any] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return self.action == "failed"

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


class _Rollback(Exception):
    def __init__(self, outcome: Outcome) -> None:
        self.outcome = outcome


def normalised_text(text: str) -> str:
    """The text whose digest identifies a report: Unicode NFC, Unix line ends, no trailing
    blanks — so a re-saved copy of the same article is recognised."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def text_sha256(text: str) -> str:
    return hashlib.sha256(normalised_text(text).encode("utf-8")).hexdigest()


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+)|[*_`]{1,3}", re.MULTILINE)


def markdown_to_text(text: str) -> str:
    return _MD_MARKS.sub(
        lambda m: "- " if m.group(0).strip() in "-*+" else "", _MD_LINK.sub(r"\1", text)
    )


def parse_partial_date(value: str | None) -> datetime.date | None:
    """ "2024-10-04", "2024-10" or "2024" → a date (first day of the month or year)."""
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not match:
        raise ImportFailed(f"the extractor returned a malformed date: {value!r}")
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError as exc:
        raise ImportFailed(f"the extractor returned an impossible date {value!r}") from exc


def iter_report_paths(arguments: Iterable[str]) -> Iterable[Path | str]:
    """Files, directories (recursively: supported types only) and globs, each once, in order.

    Yields a string (the argument itself) for an argument that matches nothing, so the caller
    can report it as a failure.
    """
    seen: set[Path] = set()
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            candidates = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        elif path.exists():
            candidates = [path]
        elif any(ch in argument for ch in "*?["):
            base = Path(argument).anchor or "."
            pattern = argument[len(base) :] if Path(argument).is_absolute() else argument
            candidates = sorted(p for p in Path(base).glob(pattern) if p.is_file())
            if not candidates:
                yield argument
        else:
            yield argument
            continue
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield candidate


class ReportImporter:
    """Imports reports one at a time; keep one instance for a whole run (it caches the
    reference tables and the compiled lexicon)."""

    def __init__(
        self,
        *,
        update: bool = False,
        dry_run: bool = False,
        status: str | None = None,
        max_bytes: int | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        if status is not None and status not in Meeting.Status.values:
            raise ValueError(f"unknown status {status!r}; choose from {Meeting.Status.values}")
        self.update = update
        self.dry_run = dry_run
        self.status = status
        self.max_bytes = max_bytes if max_bytes is not None else settings.REPORT_MAX_BYTES
        self._lexicon = lexicon
        self._references: ReferenceResolver | None = None
        self.people = PeopleResolver()

    # --- public ---------------------------------------------------------------------------

    @property
    def lexicon(self) -> Lexicon:
        """The fixtures' gazetteers with the topics as editors keep them in the database."""
        if self._lexicon is None:
            topics = [
                {
                    "slug": t.slug,
                    "name": t.name,
                    "description": t.description,
                    "patterns": list(t.patterns),
                }
                for t in Topic.objects.all()
            ] or read_fixture("topics.json")
            self._lexicon = Lexicon(
                countries=read_fixture("countries.json"),
                topics=topics,
                organizations=read_fixture("organizations.json"),
                cities=read_fixture("cities.json"),
            )
        return self._lexicon

    @property
    def references(self) -> ReferenceResolver:
        if self._references is None:
            self._references = ReferenceResolver()
        return self._references

    def import_report(self, report: Report) -> Outcome:
        try:
            text = self.read(report)
            with transaction.atomic():
                outcome = self._import(report, text)
                if self.dry_run:
                    raise _Rollback(outcome)
            return outcome
        except _Rollback as rollback:
            self._references = None  # it may hold rows that were rolled back
            rollback.outcome.dry_run = True
            return rollback.outcome
        except (ImportFailed, ExtractionError) as exc:
            self._references = None
            return Outcome(name=report.name, action="failed", reason=str(exc))
        except DatabaseError as exc:
            self._references = None
            return Outcome(
                name=report.name, action="failed", reason=f"database error: {exc}".strip()
            )

    def read(self, report: Report) -> str:
        """The report's text, or ImportFailed/ExtractionError saying why it cannot be read."""
        if report.text is not None:
            text = report.text
            size = len(text.encode("utf-8"))
        else:
            data = report.data or b""
            size = len(data)
            if size > self.max_bytes:
                raise ImportFailed(
                    f"the file is {size / 1_048_576:.1f} MB, over the "
                    f"{self.max_bytes / 1_048_576:.1f} MB limit (REPORT_MAX_BYTES)"
                )
            text = decode_report(data)
        if size > self.max_bytes:
            raise ImportFailed(f"the text is over the {self.max_bytes} byte limit")
        suffix = Path(report.name).suffix.lower()
        if suffix in {".html", ".htm"} or (
            report.text is None and re.match(r"\s*(<!doctype html|<html)", text[:200], re.I)
        ):
            text = html_to_text(text)
        elif suffix in {".md", ".markdown"}:
            text = markdown_to_text(text)
        if not text.strip():
            raise ImportFailed("the report is empty")
        return text

    # --- one report -------------------------------------------------------------------------

    def _import(self, report: Report, text: str) -> Outcome:
        sha = text_sha256(text)
        known = SourceDocument.objects.filter(sha256=sha).select_related("meeting").first()
        if known and not self.update:
            return self._outcome(report, "unchanged", known.meeting)

        extraction = extract(text, file=report.name, lexicon=self.lexicon)
        data = extraction.to_dict()
        data.pop("cleaned_text", None)

        if known:
            if known.extraction == data and known.extractor_version == EXTRACTOR_VERSION:
                return self._outcome(report, "unchanged", known.meeting)
            known.extraction = data
            known.cleaned_text = extraction.cleaned_text
            known.extractor_version = EXTRACTOR_VERSION
            known.title = (data.get("title") or "")[:500]
            known.publication_date = parse_partial_date(data.get("publication_date"))
            known.save()
            outcome = self._outcome(report, "updated", known.meeting)
            self.rebuild_meeting(known.meeting, outcome)
            return outcome

        self._check_recognisable(data)
        flags: list[str] = []
        meeting, look_alikes = self.find_meeting(data)
        if meeting is None:
            meeting = self._new_meeting(data)
            action = "created"
        else:
            action = "attached"
        SourceDocument.objects.create(
            meeting=meeting,
            file_name=report.name[:500],
            sha256=sha,
            title=(data.get("title") or "")[:500],
            url=report.url[:1000],
            language=data.get("language") or "en",
            publication_date=parse_partial_date(data.get("publication_date")),
            raw_text=text,
            cleaned_text=extraction.cleaned_text,
            extraction=data,
            extractor_version=EXTRACTOR_VERSION,
        )
        outcome = self._outcome(report, action, meeting)
        outcome.extraction = data
        if look_alikes:
            meeting.possible_duplicates.add(*look_alikes)
            flags.append(
                "may describe the same meeting as: "
                + "; ".join(f"{m.title} (#{m.pk})" for m in look_alikes)
            )
        self.rebuild_meeting(meeting, outcome)
        doubtful = look_alikes or meeting.confidence < REVIEW_CONFIDENCE
        if action == "created" and doubtful and not meeting.is_curated("status"):
            meeting.status = Meeting.Status.NEEDS_REVIEW
            meeting.save(update_fields=["status"])
        outcome.flags.extend(flags)
        return outcome

    def _outcome(self, report: Report, action: str, meeting: Meeting) -> Outcome:
        return Outcome(
            name=report.name,
            action=action,
            meeting_id=meeting.pk,
            meeting_slug=meeting.slug,
            meeting_title=meeting.title,
        )

    @staticmethod
    def _check_recognisable(data: dict[str, Any]) -> None:
        has_setting = bool(data.get("date_start") or data.get("city") or data.get("countries"))
        if data.get("body") or (data.get("participants") and has_setting):
            return
        raise ImportFailed(
            "no recognisable meeting: the text names no convening body, and no participants "
            "with a date, place or countries"
        )

    # --- which meeting ----------------------------------------------------------------------

    def find_meeting(self, data: dict[str, Any]) -> tuple[Meeting | None, list[Meeting]]:
        """The existing meeting this report describes, or None; plus look-alikes to flag."""
        body = self.references.organization(data.get("body"), create=False)
        precision = data.get("date_precision") or "unknown"
        start = parse_partial_date(data.get("date_start"))
        end = parse_partial_date(data.get("date_end")) or start
        city = (data.get("city") or "").strip()
        ordinal = data.get("ordinal")

        def same_place(meeting: Meeting) -> bool:
            """Compatible city and ordinal: "the 60th" and "the 61st" are two meetings."""
            if ordinal and meeting.ordinal and ordinal != meeting.ordinal:
                return False
            return not city or not meeting.city or meeting.city.casefold() == city.casefold()

        candidates: list[Meeting] = []
        if body and precision == "day" and start:
            slack = datetime.timedelta(days=1)
            candidates = list(
                Meeting.objects.annotate(last_day=Coalesce("date_end", "date_start"))
                .filter(
                    body=body,
                    date_precision="day",
                    date_start__lte=end + slack,
                    last_day__gte=start - slack,
                )
                .order_by("pk")[:5]
            )
            sure = [m for m in candidates if same_place(m)]
            if len(sure) == 1:
                return sure[0], []
            if sure:
                return None, sure
            # Same body on the same days but another city: ask an editor. Another ordinal
            # is a different session, not a doubt.
            return None, [
                m for m in candidates if not (ordinal and m.ordinal and m.ordinal != ordinal)
            ]
        if body and ordinal:
            by_ordinal = list(Meeting.objects.filter(body=body, ordinal=ordinal).order_by("pk")[:5])
            agreeing = [m for m in by_ordinal if same_place(m) and _dates_agree(m, start)]
            if len(agreeing) == 1:
                return agreeing[0], []
            if by_ordinal:
                return None, by_ordinal
        if body and start and precision in {"month", "year"}:
            # Same body, same month or year: plausible, not certain.
            span = (
                Q(year=start.year)
                if precision == "year"
                else Q(date_start__year=start.year, date_start__month=start.month)
            )
            look_alikes = [
                m
                for m in Meeting.objects.filter(span, body=body).order_by("pk")[:5]
                if same_place(m)
            ]
            return None, look_alikes
        if precision == "day" and start:
            return self._same_people_same_day(data, start, same_place)
        return None, []

    def _same_people_same_day(self, data, start, same_place) -> tuple[Meeting | None, list]:
        people: set[int] = set()
        for person in data.get("participants") or []:
            country = self.references.country(person.get("country"))
            match = self.people.resolve(person["name"], country=country, create=False)
            if match.participant and match.match in {"exact", "variant"}:
                people.add(match.participant.pk)
        if len(people) < 2:
            return None, []
        same_day = Meeting.objects.filter(
            date_start=start, participant_ids__overlap=sorted(people)
        ).order_by("pk")[:10]
        shared = [m for m in same_day if len(people & set(m.participant_ids)) >= 2]
        sure = [m for m in shared if same_place(m)]
        if len(sure) == 1:
            return sure[0], []
        return None, shared

    def _new_meeting(self, data: dict[str, Any]) -> Meeting:
        body = self.references.organization(data.get("body"), kind=Organization.Kind.BODY)
        title = _meeting_title(data, body)
        date_part = data.get("date_start") or "undated"
        label = body.acronym if body and body.acronym else (body.name if body else title)
        slug_text = " ".join(filter(None, [date_part, label[:80], data.get("city") or ""]))
        return Meeting.objects.create(
            title=title,
            slug=unique_slug(Meeting, slug_text),
            status=self.status or Meeting.Status.NEEDS_REVIEW,
        )

    # --- facts from all sources -------------------------------------------------------------

    def rebuild_meeting(self, meeting: Meeting, outcome: Outcome | None = None) -> None:
        """Set the meeting's machine-extracted facts from all its sources' extractions,
        leaving curated fields and sets, and rows editors added, as they are."""
        sources = list(meeting.sources.order_by("imported_at", "pk"))
        merged = merge_extractions([(s, s.extraction) for s in sources])
        self._set_scalars(meeting, merged)
        source_ids = [s.pk for s in sources]
        if not meeting.is_curated("countries"):
            self._rebuild_countries(meeting, merged, source_ids)
        if not meeting.is_curated("organizations"):
            self._rebuild_organizations(meeting, merged, source_ids)
        if not meeting.is_curated("topics"):
            self._rebuild_topics(meeting, merged, source_ids)
        people = self._rebuild_attendances(meeting, merged, source_ids)
        meeting.refresh_facet_keys()
        meeting.refresh_search_document()
        if outcome is not None:
            outcome.people = people
            outcome.meeting_title = meeting.title
            for person in people:
                if person["match"] in {"fuzzy", "ambiguous"}:
                    outcome.flags.append(
                        f"check the person {person['name_as_written']!r}: {person['match']}"
                        + (f" ({person['note']})" if person.get("note") else "")
                    )

    def _set_scalars(self, meeting: Meeting, merged: dict[str, Any]) -> None:
        precision = merged["date_precision"]
        start = parse_partial_date(merged["date_start"])
        end = parse_partial_date(merged["date_end"])
        body = self.references.organization(merged["body"], kind=Organization.Kind.BODY)
        values: dict[str, Any] = {
            "title": _meeting_title(merged, body)[:500],
            "body": body,
            "date_precision": precision,
            "date_start": date_for_precision(start, precision),
            "date_end": date_for_precision(end, precision) if start else None,
            "city": (merged["city"] or "")[:120],
            "venue_country": self.references.country(merged["venue_country"]),
            "ordinal": merged["ordinal"] if isinstance(merged["ordinal"], int) else None,
            "summary": merged["summary"] or "",
            "field_confidence": merged["confidence"],
            "confidence": _overall_confidence(merged["confidence"]),
        }
        if (
            values["date_end"]
            and values["date_start"]
            and values["date_end"] < values["date_start"]
        ):
            values["date_end"] = None
        date_fields = {"date_start", "date_end", "date_precision"}
        curated_date = any(meeting.is_curated(name) for name in date_fields | {"date"})
        for name, value in values.items():
            if meeting.is_curated(name) or (name in date_fields and curated_date):
                continue
            setattr(meeting, name, value)
        meeting.save()

    def _rebuild_countries(self, meeting: Meeting, merged: dict, source_ids: list[int]) -> None:
        kept = set(
            meeting.country_links.filter(source__isnull=True).values_list("country_id", flat=True)
        )
        MeetingCountry.objects.filter(meeting=meeting, source_id__in=source_ids).delete()
        host = self.references.country(merged["venue_country"])
        rows: dict[int, MeetingCountry] = {}
        for kind, items in (
            (MeetingCountry.Kind.PARTICIPATING, merged["countries"]),
            (MeetingCountry.Kind.MENTIONED, merged["countries_mentioned"]),
        ):
            for name, (source, span) in items.items():
                country = self.references.country(name)
                if country is None or country.pk in kept or country.pk in rows:
                    continue
                rows[country.pk] = MeetingCountry(
                    meeting=meeting,
                    country=country,
                    kind=kind,
                    is_host=kind == MeetingCountry.Kind.PARTICIPATING and country == host,
                    **_evidence(source, span),
                )
        MeetingCountry.objects.bulk_create(rows.values())

    def _rebuild_organizations(self, meeting: Meeting, merged: dict, source_ids) -> None:
        kept = set(
            meeting.organization_links.filter(source__isnull=True).values_list(
                "organization_id", flat=True
            )
        )
        MeetingOrganization.objects.filter(meeting=meeting, source_id__in=source_ids).delete()
        rows: dict[int, MeetingOrganization] = {}
        for name, (source, span) in merged["organizations"].items():
            organization = self.references.organization(name)
            if organization is None or organization.pk in kept or organization.pk in rows:
                continue
            rows[organization.pk] = MeetingOrganization(
                meeting=meeting, organization=organization, **_evidence(source, span)
            )
        MeetingOrganization.objects.bulk_create(rows.values())

    def _rebuild_topics(self, meeting: Meeting, merged: dict, source_ids: list[int]) -> None:
        kept = set(
            meeting.topic_links.filter(source__isnull=True).values_list("topic_id", flat=True)
        )
        MeetingTopic.objects.filter(meeting=meeting, source_id__in=source_ids).delete()
        topics = {t.slug: t for t in Topic.objects.filter(slug__in=list(merged["topics"]))}
        rows = []
        for slug, (source, spans) in merged["topics"].items():
            topic = topics.get(slug)
            if topic is None or topic.pk in kept:
                continue
            first, *more = spans or [None]
            rows.append(
                MeetingTopic(
                    meeting=meeting,
                    topic=topic,
                    score=float(len(spans or [])),
                    extra_evidence=[_span_dict(s) for s in more if s],
                    **_evidence(source, first),
                )
            )
        MeetingTopic.objects.bulk_create(rows)

    def _rebuild_attendances(self, meeting: Meeting, merged: dict, source_ids) -> list[dict]:
        """Resolve every extracted person and store one attendance per person."""
        report: list[dict[str, Any]] = []
        if meeting.is_curated("attendances"):
            return report
        keep = meeting.attendances.filter(
            Q(source__isnull=True) | ~Q(curated_fields=[]) | Q(match=Attendance.Match.EDITOR)
        )
        kept_people = {a.participant_id for a in keep if a.participant_id}
        kept_names = {normalize_name(a.name_as_written) for a in keep}
        meeting.attendances.filter(source_id__in=source_ids).exclude(
            pk__in=[a.pk for a in keep]
        ).delete()
        rows: dict[Any, Attendance] = {}
        for person, (source, span) in merged["participants"]:
            name = (person.get("name") or "").strip()
            if not name or normalize_name(name) in kept_names:
                continue
            country = self.references.country(person.get("country"))
            organization = self.references.organization(person.get("organization"))
            title = (person.get("title") or "")[:300]
            match = self.people.resolve(name, country=country, title=title)
            for variant in person.get("name_variants") or []:
                if match.participant and variant:
                    match.participant.add_variant(variant)
            participant = match.participant
            if participant is not None:
                self._update_person(participant, country=country, title=title)
                if participant.pk in kept_people:
                    continue
            key = participant.pk if participant else ("name", normalize_name(name))
            role = person.get("role") or Attendance.Role.ATTENDEE
            if role not in Attendance.Role.values:
                role = Attendance.Role.ATTENDEE
            if key in rows:
                # One person under two spellings (or two reports): keep the stronger role.
                existing = rows[key]
                if ROLE_RANK[role] > ROLE_RANK[existing.role]:
                    existing.role = role
                existing.title = existing.title or title
                continue
            rows[key] = Attendance(
                meeting=meeting,
                participant=participant,
                name_as_written=name[:200],
                role=role,
                title=title,
                country=country,
                organization=organization,
                match=match.match,
                confidence=float(person.get("confidence") or 0.0),
                **_evidence(source, span),
            )
            report.append(
                {
                    "name_as_written": name,
                    "participant_id": participant.pk if participant else None,
                    "participant": participant.name if participant else None,
                    "match": match.match,
                    "note": match.note,
                    "role": role,
                }
            )
        Attendance.objects.bulk_create(rows.values())
        return report

    @staticmethod
    def _update_person(participant: Participant, *, country, title: str) -> None:
        changed = []
        if country and participant.country_id is None and not participant.is_curated("country"):
            participant.country = country
            changed.append("country")
        if title and not participant.title and not participant.is_curated("title"):
            participant.title = title
            changed.append("title")
        if changed:
            participant.save(update_fields=[*changed, "updated_at"])


# --- merging the extractions of several reports -------------------------------------------


def merge_extractions(items: list[tuple[SourceDocument, dict[str, Any]]]) -> dict[str, Any]:
    """One set of facts from several reports of one meeting, each fact with its source.

    Scalars: the first report that has a value wins, except dates, where the most precise
    wins. Sets: the union, each item with the first report and sentence that gave it.
    Participants: one per normalised name, with the strongest role seen.
    """
    merged: dict[str, Any] = {
        "title": None,
        "body": None,
        "city": None,
        "venue_country": None,
        "ordinal": None,
        "summary": None,
        "date_start": None,
        "date_end": None,
        "date_precision": "unknown",
        "countries": {},
        "countries_mentioned": {},
        "organizations": {},
        "topics": {},
        "participants": [],
        "confidence": {},
    }
    people_index: dict[str, int] = {}
    for source, data in items:
        evidence = data.get("evidence") or {}
        for key in ("title", "body", "city", "venue_country", "ordinal", "summary"):
            if merged[key] in (None, "") and data.get(key) not in (None, ""):
                merged[key] = data[key]
        precision = data.get("date_precision") or "unknown"
        if PRECISION_RANK.get(precision, 0) > PRECISION_RANK[merged["date_precision"]]:
            merged.update(
                date_precision=precision,
                date_start=data.get("date_start"),
                date_end=data.get("date_end"),
            )
        for key in ("countries", "countries_mentioned", "organizations"):
            spans = evidence.get(key) or {}
            for name in data.get(key) or []:
                merged[key].setdefault(name, (source, spans.get(name)))
        topic_spans = evidence.get("topics") or {}
        for slug in data.get("topics") or []:
            merged["topics"].setdefault(slug, (source, topic_spans.get(slug) or []))
        person_spans = evidence.get("participants") or []
        for i, person in enumerate(data.get("participants") or []):
            key = normalize_name(person.get("name") or "")
            if not key:
                continue
            span = person_spans[i] if i < len(person_spans) else None
            if key in people_index:
                earlier, _ = merged["participants"][people_index[key]]
                new_role = person.get("role") or "attendee"
                if ROLE_RANK.get(new_role, 0) > ROLE_RANK.get(earlier.get("role") or "", 0):
                    earlier["role"] = new_role
                for field_name in ("title", "country", "organization"):
                    earlier[field_name] = earlier.get(field_name) or person.get(field_name)
                continue
            people_index[key] = len(merged["participants"])
            merged["participants"].append((dict(person), (source, span)))
        for name, value in (data.get("confidence") or {}).items():
            if isinstance(value, int | float):
                merged["confidence"][name] = max(value, merged["confidence"].get(name, 0.0))
    if merged["countries_mentioned"]:
        for name in list(merged["countries_mentioned"]):
            if name in merged["countries"]:
                del merged["countries_mentioned"][name]
    return merged


def _meeting_title(data: dict[str, Any], body: Organization | None) -> str:
    if data.get("title"):
        return str(data["title"]).strip()
    parts = []
    if data.get("ordinal"):
        parts.append(f"{_ordinal(int(data['ordinal']))} meeting of the")
    parts.append(body.name if body else (data.get("body") or "Meeting"))
    if data.get("city"):
        parts.append(f"in {data['city']}")
    return " ".join(parts)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _overall_confidence(confidence: dict[str, float]) -> float:
    keys = ("date", "city", "body", "countries", "participants")
    values = [float(confidence[k]) for k in keys if isinstance(confidence.get(k), int | float)]
    if not values:
        return 0.0
    return max(0.0, min(1.0, sum(values) / len(values)))


def _span_dict(span: Any) -> dict[str, Any]:
    if isinstance(span, dict):
        return {"start": span.get("start"), "end": span.get("end"), "text": span.get("text", "")}
    return {}


def _evidence(source: SourceDocument | None, span: Any) -> dict[str, Any]:
    if not isinstance(span, dict):
        return {"source": source, "evidence": ""}
    return {
        "source": source,
        "evidence": str(span.get("text") or ""),
        "evidence_start": span.get("start"),
        "evidence_end": span.get("end"),
    }


def _dates_agree(meeting: Meeting, start: datetime.date | None) -> bool:
    return start is None or meeting.date_start is None or meeting.year == start.year
