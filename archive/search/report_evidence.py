"""The evidence each of a meeting's reports gives for the meeting's facts.

A link (an attendance, a country, a topic) keeps the sentence of the one report it was taken
from; a meeting reported in English and in Russian has each fact from one of them. So that
every report shows where it states the meeting's facts, each report's own extraction is read
too: its sentences naming the meeting's people (in either script), countries and topics.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..extraction.names import normalize_name
from ..models import Attendance, MeetingCountry, MeetingTopic, SourceDocument
from .highlighting import Evidence


def _evidence(span: Any, label: str) -> Evidence | None:
    if not isinstance(span, dict) or not span.get("text"):
        return None
    return Evidence(span.get("start"), span.get("end"), str(span["text"]), label)


def own_evidence(
    source: SourceDocument,
    attendances: Iterable[Attendance],
    countries: Iterable[MeetingCountry],
    topics: Iterable[MeetingTopic],
) -> list[Evidence]:
    """The sentences of ``source``'s own extraction that state the meeting's people, taking
    part countries and topics (the links, prefetched: no query)."""
    extraction = source.extraction if isinstance(source.extraction, dict) else {}
    evidence = extraction.get("evidence") if isinstance(extraction.get("evidence"), dict) else {}
    people: dict[str, str] = {}
    for attendance in attendances:
        names = [attendance.name_as_written]
        if attendance.participant is not None:
            names += [attendance.participant.name, attendance.participant.name_cyrillic]
        for name in filter(None, names):
            people[normalize_name(name)] = attendance.name_as_written
    found: list[Evidence | None] = []
    spans = evidence.get("participants") or []
    for person, span in zip(extraction.get("participants") or [], spans, strict=False):
        if not isinstance(person, dict):
            continue
        for name in (person.get("name"), person.get("name_native")):
            if isinstance(name, str) and normalize_name(name) in people:
                found.append(_evidence(span, f"person: {people[normalize_name(name)]}"))
                break
    country_spans = evidence.get("countries") if isinstance(evidence.get("countries"), dict) else {}
    for link in countries:
        if link.kind == MeetingCountry.Kind.PARTICIPATING:
            found.append(_evidence(country_spans.get(link.country.name), link.country.name))
    topic_spans = evidence.get("topics") if isinstance(evidence.get("topics"), dict) else {}
    for link in topics:
        for span in topic_spans.get(link.topic.slug) or []:
            found.append(_evidence(span, f"topic: {link.topic}"))
    return [item for item in found if item is not None]
