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

Many reports (``ReportImporter.import_batch``, what the command uses): the same steps, but the
reports that start new meetings — most of them — are matched to each other in memory (and
to the archive with one query for the whole batch) and written with one COPY per table for the
whole batch, instead of some twenty queries each.
The row builders are shared with the one-report path, and a test checks both paths make the
same records. A batch that fails is rolled back and retried one report at a time.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection, transaction
from django.db.models import Model, Q
from django.db.models.functions import Coalesce

from ..extraction import (
    EXTRACTOR_VERSION,
    ExtractionError,
    Lexicon,
    decode_report,
    extract,
    html_to_text,
)
from ..models import (
    Attendance,
    Meeting,
    MeetingCountry,
    MeetingOrganization,
    MeetingTopic,
    Organization,
    Participant,
    ParticipantNameVariant,
    SourceDocument,
    Topic,
    date_for_precision,
    normalize_name,
    unique_slug,
    unique_slugs,
)
from ..resolver import PeopleResolver, PersonRequest, ReferenceResolver
from .reference_data import read_fixture

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ".markdown"}
PRECISION_RANK = {"unknown": 0, "year": 1, "month": 2, "day": 3}
ROLE_RANK = {"attendee": 0, "speaker": 1, "host": 2, "co-chair": 3, "chair": 4}
# What matching a report to a meeting reads: never the search document (up to 400 KB a row).
# Its queries order by date_start, never by pk alone: "ORDER BY id LIMIT 5" tempts PostgreSQL
# to walk the primary key past every row instead of using the (body, date_start) index.
MATCH_FIELDS = (
    "title",
    "slug",
    "body",
    "date_start",
    "date_end",
    "date_precision",
    "city",
    "ordinal",
    "participant_ids",
)
_MATCH_COLUMNS = ("id", *(f"{name}_id" if name == "body" else name for name in MATCH_FIELDS))
# No meeting of these bodies lasts longer; bounds the date range the matching query scans.
MAX_MEETING_DAYS = datetime.timedelta(days=31)
# Below this overall confidence a new meeting is flagged for review whatever --status says.
REVIEW_CONFIDENCE = 0.5


class ImportFailed(Exception):
    """A report that cannot be imported; the message says why, for the person importing."""


class DatabaseUnavailable(Exception):
    """The database went away: no report can be imported until it is back."""


def raise_if_connection_lost(exc: DatabaseError) -> None:
    """Turn a lost connection into DatabaseUnavailable; other database errors are one
    report's problem (a constraint, a deadlock) and the caller reports them as such."""
    if isinstance(exc, OperationalError | InterfaceError) and not connection.is_usable():
        raise DatabaseUnavailable(str(exc).strip() or exc.__class__.__name__) from exc


@dataclass
class Prepared:
    """What the importer works out from a report without the database: its text, digest and
    extraction, or the error reading or extracting it raised. The command computes it in a
    worker process ahead of the writer (``ReportImporter.prepare``); the importer uses it in
    place of doing that work itself, raising the error where it would have met it."""

    text: str = ""
    sha256: str = ""
    data: dict[str, Any] | None = None
    cleaned_text: str = ""
    read_error: Exception | None = None  # the report cannot be read
    extraction_error: Exception | None = None  # readable, but nothing can be extracted


@dataclass
class Report:
    """One report to import: raw bytes from a file or an upload, or text pasted by an editor."""

    name: str
    data: bytes | None = None
    text: str | None = None
    url: str = ""
    prepared: Prepared | None = field(default=None, repr=False)

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
    """Imports reports, alone (``import_report``) or in batches (``import_batch``); keep one
    instance for a whole run: it caches the reference tables and the compiled lexicon."""

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
        self._topics: dict[str, Topic] | None = None
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
    def topics(self) -> dict[str, Topic]:
        if self._topics is None:
            self._topics = {t.slug: t for t in Topic.objects.all()}
        return self._topics

    @property
    def references(self) -> ReferenceResolver:
        if self._references is None:
            self._references = ReferenceResolver()
        return self._references

    def import_report(self, report: Report) -> Outcome:
        try:
            text = self._read(report)
            with transaction.atomic():
                outcome = self._import(report, text)
                if self.dry_run:
                    raise _Rollback(outcome)
            return outcome
        except _Rollback as rollback:
            self.forget_cached_rows()
            rollback.outcome.dry_run = True
            return rollback.outcome
        except (ImportFailed, ExtractionError) as exc:
            self.forget_cached_rows()
            return Outcome(name=report.name, action="failed", reason=str(exc))
        except DatabaseError as exc:
            self.forget_cached_rows()
            raise_if_connection_lost(exc)
            return Outcome(
                name=report.name, action="failed", reason=f"database error: {exc}".strip()
            )
        except Exception as exc:
            # A bug, met on some unusual report: that report fails (its transaction rolled
            # back, the traceback logged for us), and the run goes on with the others.
            logger.exception("importing %s failed unexpectedly", report.name)
            self.forget_cached_rows()
            return Outcome(
                name=report.name,
                action="failed",
                reason=f"internal error ({exc.__class__.__name__}); the log has the details",
            )

    def forget_cached_rows(self) -> None:
        """Drop cached organizations: after a rollback they may name rows that are gone."""
        self._references = None

    def prepare(self, report: Report) -> Report:
        """Read and extract ``report`` ahead of importing it (no database needed), so a worker
        process can do it while this one writes. Unexpected errors are left for the import to
        meet again, in-process, where they are logged and the report fails on its own."""
        prepared = Prepared()
        try:
            prepared.text = self.read(report)
        except (ImportFailed, ExtractionError) as exc:
            prepared.read_error = exc
        else:
            prepared.sha256 = text_sha256(prepared.text)
            try:
                prepared.data, prepared.cleaned_text = self._extract(report, prepared.text)
            except (ImportFailed, ExtractionError) as exc:
                prepared.extraction_error = exc
        report.prepared = prepared
        report.data = None  # the text is all the import needs now; don't ship the bytes back
        return report

    def _read(self, report: Report) -> str:
        if report.prepared is None:
            return self.read(report)
        if report.prepared.read_error is not None:
            raise report.prepared.read_error
        return report.prepared.text

    @staticmethod
    def _digest(report: Report, text: str) -> str:
        if report.prepared is not None and report.prepared.text == text:
            return report.prepared.sha256
        return text_sha256(text)

    def _extract(self, report: Report, text: str) -> tuple[dict[str, Any], str]:
        """(extraction as stored, cleaned text) of the report's ``text``."""
        prepared = report.prepared
        if prepared is not None and prepared.text == text and prepared.sha256:
            if prepared.extraction_error is not None:
                raise prepared.extraction_error
            if prepared.data is not None:
                return prepared.data, prepared.cleaned_text
        extraction = extract(text, file=report.name, lexicon=self.lexicon)
        data = extraction.to_dict()
        data.pop("cleaned_text", None)
        return data, extraction.cleaned_text

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

    # --- many reports -----------------------------------------------------------------------

    def import_batch(self, reports: list[Report]) -> list[Outcome]:
        """Import several reports with a few bulk writes instead of dozens of queries each.

        Reports that start new meetings (the common case) are written together: one insert
        each for the meetings' sources, countries, organizations, topics, people and
        attendances of the whole batch. Reports of meetings already in the archive go through
        the one-report path. If anything in the batch fails, the batch is rolled back and its
        reports are imported one by one, so a bad report still leaves no trace and the others
        are kept. Dry runs and --update always go one by one.
        """
        if self.dry_run or self.update or len(reports) < 2:
            return [self.import_report(report) for report in reports]
        try:
            with transaction.atomic():
                return self._import_batch(reports)
        except DatabaseError as exc:
            raise_if_connection_lost(exc)
            return self._one_by_one(reports, exc)
        except Exception as exc:  # any other failure: retry the reports one by one
            return self._one_by_one(reports, exc)

    def _one_by_one(self, reports: list[Report], exc: Exception) -> list[Outcome]:
        logger.info("batch of %d reports failed (%s); importing one by one", len(reports), exc)
        self.forget_cached_rows()
        return [self.import_report(report) for report in reports]

    def _import_batch(self, reports: list[Report]) -> list[Outcome]:
        outcomes: list[Outcome | None] = [None] * len(reports)
        readable = []
        for i, report in enumerate(reports):
            try:
                text = self._read(report)
            except (ImportFailed, ExtractionError) as exc:
                outcomes[i] = Outcome(name=report.name, action="failed", reason=str(exc))
                continue
            readable.append((i, report, text, self._digest(report, text)))
        known = {
            sha: (meeting_id, slug, title)
            for sha, meeting_id, slug, title in SourceDocument.objects.filter(
                sha256__in=[sha for *_, sha in readable]
            ).values_list("sha256", "meeting_id", "meeting__slug", "meeting__title")
        }
        archived = self._archived_candidates(
            [(report, text, sha) for _, report, text, sha in readable if sha not in known]
        )
        groups: dict[int, _NewMeeting] = {}  # id() of an unsaved meeting → its reports
        later: list[tuple[int, Report, str]] = []  # reports of meetings already in the archive
        seen: dict[str, _NewMeeting] = {}
        for i, report, text, sha in readable:
            if sha in known:
                meeting_id, slug, title = known[sha]
                outcomes[i] = Outcome(
                    report.name,
                    "unchanged",
                    meeting_id=meeting_id,
                    meeting_slug=slug,
                    meeting_title=title,
                )
                continue
            if sha in seen:  # the same text twice in one batch
                seen[sha].duplicates.append((i, report))
                continue
            try:
                data, cleaned_text = self._extract(report, text)
                self._check_recognisable(data)
                pending = [group.meeting for group in groups.values()]
                meeting, look_alikes = self.find_meeting(data, pending, archived)
            except (ImportFailed, ExtractionError) as exc:
                outcomes[i] = Outcome(name=report.name, action="failed", reason=str(exc))
                continue
            if meeting is not None and meeting.pk is not None:
                later.append((i, report, text))
                continue
            if meeting is None:
                meeting = self._new_meeting(data, save=False)
                groups[id(meeting)] = _NewMeeting(meeting, look_alikes)
            group = seen[sha] = groups[id(meeting)]
            source = self._source(meeting, report, text, sha, cleaned_text, data)
            group.sources.append((i, report, source))
        if groups:
            self._write_new_meetings(list(groups.values()), outcomes)
        for i, report, text in later:
            outcomes[i] = self.import_report(
                Report(report.name, text=text, url=report.url, prepared=report.prepared)
            )
        return [outcome for outcome in outcomes if outcome is not None]

    def _archived_candidates(self, reports: list[tuple[Report, str, str]]) -> dict[tuple, list]:
        """The archive's meetings each report could match by body and dates, for the whole
        batch in one query instead of one each (``find_meeting``'s first rule; the archive
        does not change until the batch writes). Extracts the reports it has not yet."""
        importable = []
        for report, text, sha in reports:
            if report.prepared is None or report.prepared.text != text:
                report.prepared = Prepared(text=text, sha256=sha)
                try:
                    report.prepared.data, report.prepared.cleaned_text = self._extract(report, text)
                except (ImportFailed, ExtractionError) as exc:
                    report.prepared.extraction_error = exc
            data = report.prepared.data
            if data is not None:
                try:
                    self._check_recognisable(data)
                    parse_partial_date(data.get("date_start"))
                    parse_partial_date(data.get("date_end"))
                except ImportFailed:
                    continue  # find_meeting reports it
                importable.append(data)
        # The batch's new bodies exist before its reports are matched, so a meeting of a new
        # body is found by its body like any other, and they cost a few queries in all.
        self.references.create_organizations(
            [data.get("body") for data in importable], kind=Organization.Kind.BODY
        )
        keys = [self._day_range_key(data) for data in importable]
        keys = list(dict.fromkeys(key for key in keys if key is not None))
        if not keys:
            return {}
        body_ids, first_days, last_days = zip(*keys, strict=True)
        slack = datetime.timedelta(days=1)
        # The same conditions and order as find_meeting's query, for every key at once.
        found = Meeting.objects.raw(
            f"""
            SELECT q.n AS key_number, m.* FROM unnest(%s::bigint[], %s::date[], %s::date[])
                WITH ORDINALITY AS q(body_id, first_day, last_day, n)
            CROSS JOIN LATERAL (
                SELECT {", ".join(_MATCH_COLUMNS)} FROM archive_meeting
                WHERE body_id = q.body_id AND date_precision = 'day'
                    AND date_start >= q.first_day - %s AND date_start <= q.last_day + %s
                    AND COALESCE(date_end, date_start) >= q.first_day - %s
                ORDER BY date_start, id LIMIT 5
            ) m
            ORDER BY q.n, m.date_start, m.id
            """,
            [
                list(body_ids),
                list(first_days),
                list(last_days),
                MAX_MEETING_DAYS.days,
                slack.days,
                slack.days,
            ],
        )
        candidates: dict[tuple, list] = {key: [] for key in keys}
        for meeting in found:
            candidates[keys[meeting.key_number - 1]].append(meeting)
        return candidates

    def _day_range_key(self, data: dict[str, Any]) -> tuple | None:
        """(body id, first day, last day) of a report dated to the day, else None."""
        body = self.references.organization(data.get("body"), create=False)
        start = parse_partial_date(data.get("date_start"))
        if not (body and start and (data.get("date_precision") or "unknown") == "day"):
            return None
        return body.pk, start, parse_partial_date(data.get("date_end")) or start

    def _write_new_meetings(self, groups: list[_NewMeeting], outcomes: list) -> None:
        """The bulk writes for meetings created in this batch: everything about them is
        worked out first, then each table gets one insert."""
        all_wanted = []
        for group in groups:
            meeting = group.meeting
            group.merged = merge_extractions([(s, s.extraction) for _, _, s in group.sources])
            self._set_scalars(meeting, group.merged)
            group.links = _Links(
                countries=self._country_rows(meeting, group.merged, set()),
                organizations=self._organization_rows(meeting, group.merged, set()),
                topics=self._topic_rows(meeting, group.merged, set()),
            )
            group.wanted = self._wanted_people(group.merged, [])
            all_wanted.extend(group.wanted)
        matches = iter(self.people.resolve_many([request for *_, request in all_wanted]))
        for group in groups:
            mine = [next(matches) for _ in group.wanted]
            group.people, group.links.attendances = self._attendance_rows(
                group.meeting, group.wanted, mine, []
            )
        variants = self._variant_names(
            {a.participant_id for g in groups for a in g.links.attendances if a.participant_id}
        )
        for group in groups:
            meeting = group.meeting
            group.links.set_facet_keys(meeting)
            meeting.search_names, meeting.search_text = Meeting.compose_search_document(
                self._search_names(meeting, group.links, variants),
                [source.cleaned_text for _, _, source in group.sources],
            )
            if needs_review(meeting, group.look_alikes):
                meeting.status = Meeting.Status.NEEDS_REVIEW
        slugs = unique_slugs(Meeting, [self._slug_text(group.meeting) for group in groups])
        for group, slug in zip(groups, slugs, strict=True):
            group.meeting.slug = slug

        # The inserts. Rows built against unsaved meetings and sources pick up their ids.
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
        for group in groups:
            for n, (i, report, _) in enumerate(group.sources):
                outcomes[i] = group.outcome_for(report, "created" if n == 0 else "attached")
            for i, report in group.duplicates:
                outcomes[i] = group.outcome_for(report, "unchanged")

    @staticmethod
    def _variant_names(participant_ids: set[int]) -> dict[int, list[str]]:
        names: dict[int, list[str]] = {}
        for pk, name in ParticipantNameVariant.objects.filter(
            participant_id__in=participant_ids
        ).values_list("participant_id", "name"):
            names.setdefault(pk, []).append(name)
        return names

    def _search_names(self, meeting: Meeting, links: _Links, variants: dict) -> list[str]:
        """The same names Meeting.refresh_search_document reads from the database."""
        names: list[str] = []
        for attendance in links.attendances:
            names += [attendance.name_as_written, *variants.get(attendance.participant_id, [])]
        for organization in [meeting.body, *(o.organization for o in links.organizations)]:
            if organization is not None:
                names += [organization.name, organization.acronym, *organization.aliases]
        names += [
            c.country.name for c in links.countries if c.kind == MeetingCountry.Kind.PARTICIPATING
        ]
        names += [t.topic.name for t in links.topics]
        names.append(meeting.city)
        return names

    @staticmethod
    def _source(meeting, report: Report, text: str, sha: str, cleaned: str, data) -> SourceDocument:
        return SourceDocument(
            meeting=meeting,
            file_name=report.name[:500],
            sha256=sha,
            title=(data.get("title") or "")[:500],
            url=report.url[:1000],
            language=data.get("language") or "en",
            publication_date=parse_partial_date(data.get("publication_date")),
            raw_text=text,
            cleaned_text=cleaned,
            extraction=data,
            extractor_version=EXTRACTOR_VERSION,
        )

    # --- one report -------------------------------------------------------------------------

    def _import(self, report: Report, text: str) -> Outcome:
        sha = self._digest(report, text)
        known = (
            SourceDocument.objects.filter(sha256=sha)
            .select_related("meeting")
            .defer("meeting__search_text", "meeting__search_vector")
            .first()
        )
        if known and not self.update:
            return self._outcome(report, "unchanged", known.meeting)

        data, cleaned_text = self._extract(report, text)

        if known:
            if known.extraction == data and known.extractor_version == EXTRACTOR_VERSION:
                return self._outcome(report, "unchanged", known.meeting)
            known.extraction = data
            known.cleaned_text = cleaned_text
            known.extractor_version = EXTRACTOR_VERSION
            known.title = (data.get("title") or "")[:500]
            known.publication_date = parse_partial_date(data.get("publication_date"))
            known.save()
            outcome = self._outcome(report, "updated", known.meeting)
            self.rebuild_meeting(known.meeting, outcome)
            return outcome

        self._check_recognisable(data)
        meeting, look_alikes = self.find_meeting(data)
        if meeting is None:
            meeting = self._new_meeting(data)
            action = "created"
        else:
            action = "attached"
        self._source(meeting, report, text, sha, cleaned_text, data).save()
        outcome = self._outcome(report, action, meeting)
        outcome.extraction = data
        if look_alikes:
            meeting.possible_duplicates.add(*look_alikes)
        self.rebuild_meeting(meeting, outcome, fresh=action == "created")
        outcome.flags.extend(look_alike_flags(look_alikes))
        if action == "created" and needs_review(meeting, look_alikes):
            meeting.status = Meeting.Status.NEEDS_REVIEW
            meeting.save(update_fields=["status"])
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

    def find_meeting(
        self,
        data: dict[str, Any],
        pending: Sequence[Meeting] = (),
        archived: dict[tuple, list[Meeting]] | None = None,
    ) -> tuple[Meeting | None, list[Meeting]]:
        """The meeting this report describes, or None; plus look-alikes to flag.

        Looks in the archive and in ``pending``: meetings the current batch has made but not
        yet written, matched by the same rules in Python. ``archived``: the archive's
        candidates by body and dates, already read for the batch (``_archived_candidates``).
        """
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

        same_body = [m for m in pending if body and m.body_id == body.pk]
        if body and precision == "day" and start:
            slack = datetime.timedelta(days=1)
            in_archive = (archived or {}).get((body.pk, start, end))
            candidates = [
                m
                for m in same_body
                if m.date_precision == "day"
                and m.date_start
                and m.date_start <= end + slack
                and (m.date_end or m.date_start) >= start - slack
            ] + list(
                in_archive
                if in_archive is not None
                else Meeting.objects.only(*MATCH_FIELDS)
                .annotate(last_day=Coalesce("date_end", "date_start"))
                .filter(
                    body=body,
                    date_precision="day",
                    # The lower bound keeps the (body, date_start) index scan short; without
                    # it every earlier meeting of the body is read and filtered out.
                    date_start__gte=start - MAX_MEETING_DAYS,
                    date_start__lte=end + slack,
                    last_day__gte=start - slack,
                )
                .order_by("date_start", "pk")[:5]
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
            by_ordinal = [m for m in same_body if m.ordinal == ordinal] + list(
                Meeting.objects.only(*MATCH_FIELDS)
                .filter(body=body, ordinal=ordinal)
                .order_by("date_start", "pk")[:5]
            )
            agreeing = [m for m in by_ordinal if same_place(m) and _dates_agree(m, start)]
            if len(agreeing) == 1:
                return agreeing[0], []
            if by_ordinal:
                return None, by_ordinal
        if body and start and precision in {"month", "year"}:
            # Same body, same month or year: plausible, not certain.
            if precision == "year":
                span = Q(year=start.year)
                in_span = [m for m in same_body if m.date_start and m.date_start.year == start.year]
            else:
                span = Q(date_start__year=start.year, date_start__month=start.month)
                in_span = [
                    m
                    for m in same_body
                    if m.date_start
                    and (m.date_start.year, m.date_start.month) == (start.year, start.month)
                ]
            candidates = in_span + list(
                Meeting.objects.only(*MATCH_FIELDS)
                .filter(span, body=body)
                .order_by("date_start", "pk")[:5]
            )
            return None, [m for m in candidates if same_place(m)]
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
        same_day = (
            Meeting.objects.only(*MATCH_FIELDS)
            .filter(date_start=start, participant_ids__overlap=sorted(people))
            .order_by("date_start", "pk")[:10]
        )
        shared = [m for m in same_day if len(people & set(m.participant_ids)) >= 2]
        sure = [m for m in shared if same_place(m)]
        if len(sure) == 1:
            return sure[0], []
        return None, shared

    def _new_meeting(self, data: dict[str, Any], *, save: bool = True) -> Meeting:
        """A meeting with its first report's facts (set again from all its sources later);
        ``save=False`` leaves the slug and the insert to the batch path."""
        meeting = Meeting(status=self.status or Meeting.Status.NEEDS_REVIEW)
        self._set_scalars(meeting, merge_extractions([(None, data)]))
        if save:
            meeting.slug = unique_slug(Meeting, self._slug_text(meeting))
            meeting.save()
        return meeting

    @staticmethod
    def _slug_text(meeting: Meeting) -> str:
        body = meeting.body
        label = body.acronym if body and body.acronym else (body.name if body else meeting.title)
        date_part = meeting.date_start.isoformat() if meeting.date_start else "undated"
        if meeting.date_precision == Meeting.DatePrecision.MONTH:
            date_part = date_part[:7]
        elif meeting.date_precision == Meeting.DatePrecision.YEAR:
            date_part = date_part[:4]
        return " ".join(filter(None, [date_part, label[:80], meeting.city]))

    # --- facts from all sources -------------------------------------------------------------
    #
    # The row builders (``_*_rows``) only build objects; the single-report path and the batch
    # path both use them and differ only in how they write: per meeting, or once per batch.

    def rebuild_meeting(
        self, meeting: Meeting, outcome: Outcome | None = None, *, fresh: bool = False
    ) -> None:
        """Set the meeting's machine-extracted facts from all its sources' extractions,
        leaving curated fields and sets, and rows editors added, as they are.

        ``fresh``: the meeting was just created from one report, so there is nothing to keep
        or delete — the import's fast path skips those queries.
        """
        sources = list(meeting.sources.order_by("imported_at", "pk"))
        merged = merge_extractions([(s, s.extraction) for s in sources])
        self._set_scalars(meeting, merged)
        source_ids = [] if fresh else [s.pk for s in sources]
        links = _Links()
        if not meeting.is_curated("countries"):
            kept = self._drop_machine_rows(meeting.country_links, "country_id", source_ids)
            links.countries = MeetingCountry.objects.bulk_create(
                self._country_rows(meeting, merged, kept)
            )
        if not meeting.is_curated("organizations"):
            kept = self._drop_machine_rows(
                meeting.organization_links, "organization_id", source_ids
            )
            links.organizations = MeetingOrganization.objects.bulk_create(
                self._organization_rows(meeting, merged, kept)
            )
        if not meeting.is_curated("topics"):
            kept = self._drop_machine_rows(meeting.topic_links, "topic_id", source_ids)
            links.topics = MeetingTopic.objects.bulk_create(self._topic_rows(meeting, merged, kept))
        people: list[dict[str, Any]] = []
        if not meeting.is_curated("attendances"):
            keep = self._drop_machine_attendances(meeting, source_ids)
            wanted = self._wanted_people(merged, keep)
            matches = self.people.resolve_many([request for _, _, request in wanted])
            people, rows = self._attendance_rows(meeting, wanted, matches, keep)
            links.attendances = Attendance.objects.bulk_create(rows)
        if fresh:
            links.set_facet_keys(meeting)  # everything linked was created just now
        else:
            meeting.refresh_facet_keys(save=False)
        meeting.refresh_search_document(save=False)
        meeting.save()
        if outcome is not None:
            self._describe(outcome, meeting, people)

    @staticmethod
    def _describe(outcome: Outcome, meeting: Meeting, people: list[dict[str, Any]]) -> None:
        outcome.meeting_id, outcome.meeting_slug = meeting.pk, meeting.slug
        outcome.meeting_title = meeting.title
        outcome.people = people
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

    @staticmethod
    def _drop_machine_rows(links, key: str, source_ids: list[int]) -> set[int]:
        """Delete the rows these sources produced; return the keys of rows editors added."""
        if not source_ids:
            return set()
        kept = set(links.filter(source=None).values_list(key, flat=True))
        links.filter(source_id__in=source_ids).delete()
        return kept

    def _country_rows(self, meeting: Meeting, merged: dict, kept: set[int]) -> list:
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
        return list(rows.values())

    def _organization_rows(self, meeting: Meeting, merged: dict, kept: set[int]) -> list:
        rows: dict[int, MeetingOrganization] = {}
        for name, (source, span) in merged["organizations"].items():
            organization = self.references.organization(name)
            if organization is None or organization.pk in kept or organization.pk in rows:
                continue
            rows[organization.pk] = MeetingOrganization(
                meeting=meeting, organization=organization, **_evidence(source, span)
            )
        return list(rows.values())

    def _topic_rows(self, meeting: Meeting, merged: dict, kept: set[int]) -> list:
        rows = []
        for slug, (source, spans) in merged["topics"].items():
            topic = self.topics.get(slug)
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
        return rows

    @staticmethod
    def _drop_machine_attendances(meeting: Meeting, source_ids: list[int]) -> list[Attendance]:
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

    def _wanted_people(self, merged: dict, keep: list[Attendance]) -> list[tuple]:
        """(person, evidence, PersonRequest) for each extracted person not already kept."""
        kept_names = {normalize_name(a.name_as_written) for a in keep}
        wanted = []
        for person, evidence in merged["participants"]:
            name = (person.get("name") or "").strip()
            if not name or normalize_name(name) in kept_names:
                continue
            request = PersonRequest(
                name,
                country=self.references.country(person.get("country")),
                title=(person.get("title") or "")[:300],
                variants=[v for v in person.get("name_variants") or [] if isinstance(v, str)],
            )
            wanted.append((person, evidence, request))
        return wanted

    def _attendance_rows(
        self, meeting: Meeting, wanted: list[tuple], matches: list, keep: list[Attendance]
    ) -> tuple[list[dict[str, Any]], list[Attendance]]:
        """One attendance per person (two spellings of one person make one row)."""
        kept_people = {a.participant_id for a in keep if a.participant_id}
        report: list[dict[str, Any]] = []
        rows: dict[Any, Attendance] = {}
        for (person, (source, span), request), match in zip(wanted, matches, strict=True):
            name, country, title = request.name, request.country, request.title
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
                organization=self.references.organization(person.get("organization")),
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
        return report, list(rows.values())

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


def needs_review(meeting: Meeting, look_alikes: list[Meeting]) -> bool:
    """A new meeting an editor should see before it is published, whatever --status said."""
    return bool(look_alikes) or meeting.confidence < REVIEW_CONFIDENCE


def look_alike_flags(look_alikes: list[Meeting]) -> list[str]:
    if not look_alikes:
        return []
    names = "; ".join(f"{m.title} (#{m.pk})" for m in look_alikes)
    return [f"may describe the same meeting as: {names}"]


@dataclass
class _NewMeeting:
    """A meeting created in the current batch and the reports that describe it."""

    meeting: Meeting
    look_alikes: list[Meeting]
    sources: list[tuple[int, Report, SourceDocument]] = field(default_factory=list)
    duplicates: list[tuple[int, Report]] = field(default_factory=list)  # same text again
    merged: dict[str, Any] = field(default_factory=dict)
    links: _Links | None = None
    wanted: list[tuple] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)

    def outcome_for(self, report: Report, action: str) -> Outcome:
        outcome = Outcome(name=report.name, action=action)
        ReportImporter._describe(outcome, self.meeting, self.people)
        outcome.flags.extend(look_alike_flags(self.look_alikes))
        return outcome


@dataclass
class _Links:
    """The rows linked to a meeting in one rebuild, for its facet keys."""

    countries: list[MeetingCountry] = field(default_factory=list)
    organizations: list[MeetingOrganization] = field(default_factory=list)
    topics: list[MeetingTopic] = field(default_factory=list)
    attendances: list[Attendance] = field(default_factory=list)

    def set_facet_keys(self, meeting: Meeting) -> None:
        participating = MeetingCountry.Kind.PARTICIPATING
        meeting.country_ids = sorted(
            {c.country_id for c in self.countries if c.kind == participating}
        )
        meeting.organization_ids = sorted({o.organization_id for o in self.organizations})
        meeting.topic_ids = sorted({t.topic_id for t in self.topics})
        meeting.participant_ids = sorted(
            {a.participant_id for a in self.attendances if a.participant_id}
        )


# --- writing many rows ----------------------------------------------------------------------


def copy_insert(model: type[Model], objects: list[Model], *, ids: bool = False) -> None:
    """Insert unsaved model instances with one COPY, as ``bulk_create`` would (same defaults,
    timestamps and constraints), at a fraction of its cost: bulk_create sends the batch as
    arrays psycopg escapes in Python, value by value, and PostgreSQL parses back; COPY rows
    are formatted in C. ``ids``: take the primary keys from the table's sequence first, so
    rows pointing at these objects can be written next (COPY returns nothing).
    """
    if not objects:
        return
    meta = model._meta
    if ids:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [meta.db_table, meta.pk.column, len(objects)],
            )
            for obj, (pk,) in zip(objects, cursor.fetchall(), strict=True):
                obj.pk = pk
    fields = [f for f in meta.concrete_fields if not f.generated and (ids or not f.primary_key)]
    # Rows built against a meeting or source not saved then: take its id now (what
    # bulk_create's _prepare_related_fields_for_save does).
    relations = [f for f in fields if f.is_relation]
    # Django's value preparation (three calls a value) only matters for JSON, arrays and
    # timestamps set on save; other values go to psycopg as they are.
    prepared_by_django = [None if _sent_as_is(f) else f for f in fields]
    quote = connection.ops.quote_name
    statement = (
        f"COPY {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) FROM STDIN"
    )
    # COPY goes around Django's cursor wrapper: wrap its errors as Django's, as execute does.
    with (
        connection.wrap_database_errors,
        connection.cursor() as cursor,
        cursor.copy(statement) as copy,
    ):
        for obj in objects:
            for f in relations:
                if getattr(obj, f.attname) is None and f.is_cached(obj):
                    related = f.get_cached_value(obj)
                    if related is not None:
                        setattr(obj, f.name, related)
            copy.write_row(
                [
                    getattr(obj, f.attname)
                    if django_field is None
                    else f.get_db_prep_save(f.pre_save(obj, True), connection)
                    for f, django_field in zip(fields, prepared_by_django, strict=True)
                ]
            )
    if ids:
        for obj in objects:
            obj._state.adding = False
            obj._state.db = connection.alias


_PLAIN_FIELD_TYPES = {
    "AutoField",
    "BigAutoField",
    "BigIntegerField",
    "BooleanField",
    "CharField",
    "DateField",
    "FloatField",
    "ForeignKey",
    "IntegerField",
    "PositiveIntegerField",
    "SlugField",
    "TextField",
}


def _sent_as_is(field) -> bool:
    """A field whose Python value psycopg writes as Django would have prepared it."""
    return field.get_internal_type() in _PLAIN_FIELD_TYPES and not (
        getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    )


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
    return start is None or meeting.date_start is None or meeting.date_start.year == start.year
