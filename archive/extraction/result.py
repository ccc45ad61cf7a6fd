"""The extraction's result: the contract's object, and its assembly from the facts one
language's pipeline found (archive.extraction.core for English, .russian for Russian).

``assemble`` is the one place that turns found facts into the contract: country codes into
short names, the summary, the publication date, every fact's evidence and the confidences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .body_kinds import states_in_order
from .context import Context, Span


@dataclass
class Extraction:
    """Facts of one report; every evidence span points into ``cleaned_text``."""

    file: str | None
    cleaned_text: str
    title: str | None = None
    body: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str = "unknown"
    date_basis: str = "unknown"
    city: str | None = None
    venue_country: str | None = None
    ordinal: int | None = None
    countries: list[str] = field(default_factory=list)
    countries_mentioned: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    summary: str | None = None
    publication_date: str | None = None
    language: str = "en"
    evidence: dict[str, Any] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    mentioned_people: list[str] = field(default_factory=list)

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "language": self.language,
            "title": self.title,
            "body": self.body,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "date_precision": self.date_precision,
            "date_basis": self.date_basis,
            "city": self.city,
            "venue_country": self.venue_country,
            "ordinal": self.ordinal,
            "countries": list(self.countries),
            "countries_mentioned": list(self.countries_mentioned),
            "organizations": list(self.organizations),
            "participants": [dict(p) for p in self.participants],
            "topics": list(self.topics),
            "summary": self.summary,
            "publication_date": self.publication_date,
            "evidence": self.evidence,
            "confidence": self.confidence,
        }
        if include_text:
            out["cleaned_text"] = self.cleaned_text
        return out


def summary_of(ctx: Context) -> str | None:
    doc = ctx.doc
    if not doc.paragraphs:
        return None
    s, e = doc.paragraphs[0]
    if doc.dateline:
        s = max(s, doc.dateline.end)
    sents = [x for x in doc.sentences if x[0] >= s and x[1] <= e] or [(s, e)]
    out = ctx.text[s : sents[0][1]]
    if len(out) < 160 and len(sents) > 1:
        out = ctx.text[s : sents[1][1]]
    out = out.strip(" -–—")
    if len(out) > 600:
        out = out[:600].rsplit(" ", 1)[0] + "…"
    return out or None


def evidence_span(ctx: Context, evidence: tuple[int, int] | None) -> dict[str, Any]:
    """A participant's evidence as the result gives it: offsets and the text they hold."""
    e = evidence or (0, 0)
    return {"start": e[0], "end": e[1], "text": ctx.text[e[0] : e[1]]}


def _record_provenance(
    ex: Extraction,
    ctx: Context,
    *,
    body: tuple[Span | None, float],
    date_span: Span | None,
    city: tuple[Span | None, float],
    ordinal_span: Span | None,
    countries: tuple[dict[str, Span], dict[str, Span], float],
    orgs: dict[str, Span],
    participant_spans: list[dict[str, Any]],
    topics: dict[str, list[Span]],
) -> None:
    """The result's evidence (where each fact stands in the cleaned text) and confidence;
    ``body`` and ``city`` are (span, confidence), ``countries`` (taking part, mentioned,
    confidence), codes by span."""
    lex, doc = ctx.lex, ctx.doc
    body_span, body_conf = body
    city_span, city_conf = city
    part, mentioned, countries_conf = countries
    title_span = None
    if doc.title_span:
        a, b = doc.title_span
        title_span = {"start": a, "end": b, "text": doc.title}
    ex.evidence = {
        "title": title_span,
        "body": body_span,
        "date": date_span,
        "city": city_span,
        "ordinal": ordinal_span,
        "countries": {lex.country_name(c) or c: s for c, s in part.items()},
        "countries_mentioned": {lex.country_name(c) or c: s for c, s in mentioned.items()},
        "organizations": orgs,
        "participants": participant_spans,
        "topics": topics,
    }
    participants = ex.participants
    ex.confidence = {
        "title": 0.9 if doc.title else 0.0,
        "body": round(body_conf, 2),
        "date": (0.9 if ex.date_precision == "day" else 0.6) if date_span else 0.0,
        "city": round(city_conf, 2),
        "venue_country": round(city_conf if ex.city else (0.4 if ex.venue_country else 0.0), 2),
        "ordinal": 0.9 if ex.ordinal else 0.0,
        "countries": countries_conf,
        "organizations": 0.8 if orgs else 0.5,
        "participants": round(sum(p["confidence"] for p in participants) / len(participants), 2)
        if participants
        else 0.5,
        "topics": 0.7 if topics else 0.3,
    }


def assemble(
    ctx: Context,
    file: str | None,
    publication: dt.date | None,
    *,
    language: str,
    body: tuple[str | None, Span | None, float],
    date: tuple[str | None, str | None, str, str, Span | None],
    place: tuple[str | None, str | None, Span | None, float],
    ordinal: tuple[int | None, Span | None],
    countries: tuple[dict[str, Span], dict[str, Span], float],
    organizations: dict[str, Span],
    participants: list[dict[str, Any]],
    participant_spans: list[dict[str, Any]],
    topics: dict[str, list[Span]],
    mentioned_people: list[str],
) -> Extraction:
    """The result of one report from what its pipeline found: ``body`` is (name, span,
    confidence), ``date`` (start, end, precision, basis, span), ``place`` (city, venue country,
    span, confidence), ``ordinal`` (number, span), ``countries`` (taking part, mentioned,
    confidence) as codes by span."""
    lex = ctx.lex
    body_name, body_span, body_conf = body
    if body_name is not None and lex.org_by_name(body_name) is None:
        body_name = states_in_order(lex, body_name)  # one name whatever the report's language
    date_start, date_end, precision, basis, date_span = date
    city, venue_country, city_span, city_conf = place
    number, ordinal_span = ordinal
    part, mentioned, _ = countries
    ex = Extraction(
        file=file,
        cleaned_text=ctx.doc.text,
        title=ctx.doc.title,
        body=body_name,
        date_start=date_start,
        date_end=date_end,
        date_precision=precision,
        date_basis=basis,
        city=city,
        venue_country=venue_country,
        ordinal=number,
        countries=[lex.country_name(c) or c for c in part],
        countries_mentioned=[lex.country_name(c) or c for c in mentioned],
        organizations=list(organizations),
        participants=participants,
        topics=list(topics),
        summary=summary_of(ctx),
        publication_date=publication.isoformat() if publication else None,
        language=language,
        mentioned_people=mentioned_people,
    )
    _record_provenance(
        ex,
        ctx,
        body=(body_span, body_conf),
        date_span=date_span,
        city=(city_span, city_conf),
        ordinal_span=ordinal_span,
        countries=countries,
        orgs=organizations,
        participant_spans=participant_spans,
        topics=topics,
    )
    return ex
