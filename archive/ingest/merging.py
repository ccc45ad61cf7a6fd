"""Several reports of one meeting → one set of facts, and those facts onto the meeting's own
fields (title, body, dates, place, confidence), leaving what an editor curated alone."""

from __future__ import annotations

import datetime
import re
from typing import Any

from ..models import (
    Attendance,
    Meeting,
    Organization,
    SourceDocument,
    date_for_precision,
    normalize_name,
)
from .outcomes import ImportFailed
from .resolver import ReferenceResolver
from .titles import meeting_title, session_number

# Scalars where the first report that has a value wins.
FIRST_VALUE_WINS = ("title", "body", "city", "venue_country", "ordinal", "summary")
# Countries taking part, countries mentioned, organizations: unions, each item with the first
# report that named it.
NAMED_SETS = ("countries", "countries_mentioned", "organizations")


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
    people_index: dict[str, int] = {}  # normalised name → its place in merged["participants"]
    for source, data in items:
        evidence = data.get("evidence") or {}
        _merge_scalars(merged, data)
        _merge_sets(merged, source, data, evidence)
        _merge_participants(merged, people_index, source, data, evidence)
        for name, value in (data.get("confidence") or {}).items():
            if isinstance(value, int | float):
                merged["confidence"][name] = max(value, merged["confidence"].get(name, 0.0))
    if merged["countries_mentioned"]:
        for name in list(merged["countries_mentioned"]):
            if name in merged["countries"]:
                del merged["countries_mentioned"][name]
    return merged


def _merge_scalars(merged: dict[str, Any], data: dict[str, Any]) -> None:
    for key in FIRST_VALUE_WINS:
        if merged[key] in (None, "") and data.get(key) not in (None, ""):
            merged[key] = data[key]
    precision = data.get("date_precision") or "unknown"
    rank = Meeting.DatePrecision.rank_of
    if rank(precision) > rank(merged["date_precision"]):
        merged.update(
            date_precision=precision,
            date_start=data.get("date_start"),
            date_end=data.get("date_end"),
        )


def _merge_sets(merged: dict[str, Any], source, data: dict[str, Any], evidence: dict) -> None:
    for key in NAMED_SETS:
        spans = evidence.get(key) or {}
        for name in data.get(key) or []:
            merged[key].setdefault(name, (source, spans.get(name)))
    topic_spans = evidence.get("topics") or {}
    for slug in data.get("topics") or []:
        merged["topics"].setdefault(slug, (source, topic_spans.get(slug) or []))


def _merge_participants(
    merged: dict[str, Any], people_index: dict[str, int], source, data: dict, evidence: dict
) -> None:
    """One entry per normalised name: the first report's, with the strongest role seen, the
    title, country, organization and native-script name of whichever report gave them first,
    and the other spellings of all of them."""
    person_spans = evidence.get("participants") or []
    for i, person in enumerate(data.get("participants") or []):
        key = normalize_name(person.get("name") or "")
        if not key:
            continue
        span = person_spans[i] if i < len(person_spans) else None
        if key in people_index:
            earlier, _ = merged["participants"][people_index[key]]
            new_role = person.get("role") or "attendee"
            if Attendance.Role.rank_of(new_role) > Attendance.Role.rank_of(earlier.get("role")):
                earlier["role"] = new_role
            for field_name in ("title", "country", "organization", "name_native"):
                earlier[field_name] = earlier.get(field_name) or person.get(field_name)
            # Every spelling either report gave is kept (rows._spellings records them).
            spellings = [
                *(earlier.get("name_variants") or []),
                *(person.get("name_variants") or []),
            ]
            earlier["name_variants"] = list(dict.fromkeys(spellings))
            continue
        people_index[key] = len(merged["participants"])
        merged["participants"].append((dict(person), (source, span)))


def set_scalars(meeting: Meeting, merged: dict[str, Any], references: ReferenceResolver) -> None:
    """The merged facts onto the meeting's own fields, except those an editor curated (the
    dates count as one: a curated date keeps start, end and precision together)."""
    precision = merged["date_precision"]
    start = parse_partial_date(merged["date_start"])
    end = parse_partial_date(merged["date_end"])
    body = references.organization(merged["body"], kind=Organization.Kind.BODY)
    values: dict[str, Any] = {
        "title": meeting_title(
            merged, body.name if body else None, references.organization_names()
        )[:500],
        "body": body,
        "date_precision": precision,
        "date_start": date_for_precision(start, precision),
        "date_end": date_for_precision(end, precision) if start else None,
        "city": (merged["city"] or "")[:120],
        "venue_country": references.country(merged["venue_country"]),
        "ordinal": session_number(merged["ordinal"]),
        "summary": merged["summary"] or "",
        "field_confidence": merged["confidence"],
        "confidence": overall_confidence(merged["confidence"]),
    }
    if values["date_end"] and values["date_start"] and values["date_end"] < values["date_start"]:
        values["date_end"] = None
    date_fields = {"date_start", "date_end", "date_precision"}
    curated_date = any(meeting.is_curated(name) for name in date_fields | {"date"})
    for name, value in values.items():
        if meeting.is_curated(name) or (name in date_fields and curated_date):
            continue
        setattr(meeting, name, value)


SLUG_LABEL_CHARS = 80  # of the body's or title's words in a meeting's address


def slug_text(meeting: Meeting) -> str:
    """What a meeting's slug is made from: its date (as precise as known), body and city (once:
    a body-less meeting's title may end "in Minsk" already)."""
    body = meeting.body
    label = body.acronym if body and body.acronym else (body.name if body else meeting.title)
    if len(label) > SLUG_LABEL_CHARS:  # cut between words
        label = label[: SLUG_LABEL_CHARS + 1].rsplit(" ", 1)[0]
    city = meeting.city
    if city and not body and label.endswith(f" in {city}"):
        city = ""
    date_part = meeting.date_start.isoformat() if meeting.date_start else "undated"
    if meeting.date_precision == Meeting.DatePrecision.MONTH:
        date_part = date_part[:7]
    elif meeting.date_precision == Meeting.DatePrecision.YEAR:
        date_part = date_part[:4]
    return " ".join(filter(None, [date_part, label, city]))


def overall_confidence(confidence: dict[str, float]) -> float:
    """The mean of the extractor's confidence in the date, city, body, countries and people."""
    keys = ("date", "city", "body", "countries", "participants")
    values = [float(confidence[k]) for k in keys if isinstance(confidence.get(k), int | float)]
    if not values:
        return 0.0
    return max(0.0, min(1.0, sum(values) / len(values)))
