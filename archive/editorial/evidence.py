"""Evidence in a report: where in its cleaned text each extracted fact came from, and the
text with those places marked for the admin's report view."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..models import Attendance, SourceDocument

# (start, end, sentence, label) of one fact, as stored: the offsets may be missing or stale.
StoredFact = tuple[int | None, int | None, str, str]


def _stored_facts(source: SourceDocument) -> list[StoredFact]:
    """Every fact extracted from this report, with its stored evidence and a label."""
    facts: list[StoredFact] = []
    for attendance in Attendance.objects.filter(source=source):
        facts.append(
            (
                attendance.evidence_start,
                attendance.evidence_end,
                attendance.evidence,
                f"person: {attendance.name_as_written}",
            )
        )
    for link in source.meeting.country_links.filter(source=source).select_related("country"):
        facts.append((link.evidence_start, link.evidence_end, link.evidence, str(link.country)))
    for link in source.meeting.organization_links.filter(source=source).select_related(
        "organization"
    ):
        label = f"organization: {link.organization}"
        facts.append((link.evidence_start, link.evidence_end, link.evidence, label))
    for link in source.meeting.topic_links.filter(source=source).select_related("topic"):
        label = f"topic: {link.topic}"
        facts.append((link.evidence_start, link.evidence_end, link.evidence, label))
        for extra in link.extra_evidence or []:
            if isinstance(extra, dict):
                facts.append((extra.get("start"), extra.get("end"), extra.get("text") or "", label))
    return facts


def evidence_spans(source: SourceDocument) -> list[tuple[int, int, str]]:
    """(start, end, label) of every fact extracted from this report, in its cleaned text.

    Stored offsets are trusted only when they still point at the stored sentence; otherwise
    the sentence is looked up in the text (the text may have been re-cleaned since).
    """
    text = source.cleaned_text
    spans = []
    for start, end, sentence, label in _stored_facts(source):
        valid = (
            isinstance(start, int)
            and isinstance(end, int)
            and 0 <= start < end <= len(text)
            and (not sentence or text[start:end] == sentence)
        )
        if not valid:
            start = text.find(sentence) if sentence else -1
            if start < 0:
                continue
            end = start + len(sentence)
        spans.append((start, end, label))
    return spans


def highlight(text: str, spans: Iterable[tuple[int, int, str]]) -> SafeString:
    """The report text, escaped, with each evidence span wrapped in <mark title="what">.

    Report text is untrusted: every piece of it is escaped before it is joined with markup,
    and overlapping spans are merged into one mark listing every fact.
    """
    merged: list[list] = []
    for start, end, label in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            if label not in merged[-1][2]:
                merged[-1][2].append(label)
        else:
            merged.append([start, end, [label]])
    pieces, position = [], 0
    for start, end, labels in merged:
        pieces.append(escape(text[position:start]))
        pieces.append(f'<mark title="{escape("; ".join(labels))}">{escape(text[start:end])}</mark>')
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text escaped above
