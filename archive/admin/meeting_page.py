"""The meeting change page's parts beyond Django's form: the extractor's confidence in words
(beside each field, and per field in the review box), and the meeting's reports beside the
form with, for each field and each row of the inlines, where its evidence is in the text.

The page's script (static/archive/meeting_editor.js) highlights the evidence of the field in
focus from those positions; the reports' own marks are those of the report's admin page
(archive.admin.reports.report_with_evidence).
"""

from __future__ import annotations

import json
from typing import Any

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from ..models import Meeting, MeetingTopic, SourceDocument
from ..search.highlighting import Evidence, evidence_spans
from .lists import confidence_text
from .reports import report_with_evidence

# The extractor's field_confidence keys: what an editor calls the field, and the form field
# that shows it (None: a set, edited in an inline).
SCORED_FIELDS = {
    "title": ("title", "title"),
    "body": ("convening body", "body"),
    "date": ("date", "date_start"),
    "city": ("city", "city"),
    "venue_country": ("venue country", "venue_country"),
    "ordinal": ("ordinal", "ordinal"),
    "countries": ("countries", None),
    "organizations": ("organizations", None),
    "participants": ("people", None),
    "topics": ("topics", None),
}

# The extraction's evidence of the meeting's own fields (one passage each), under the names
# the page's script gives the form's fields (meeting_editor.js: FIELD_KEYS).
FIELD_EVIDENCE = ("title", "body", "date", "city", "ordinal")


# --- confidence -------------------------------------------------------------------------------


def confidence_by_field(meeting: Meeting) -> SafeString:
    """The extractor's score of each field, as words and percentages, weakest marked."""
    scores = meeting.field_confidence if isinstance(meeting.field_confidence, dict) else {}
    if not scores:
        return format_html("<p>{}</p>", "No scores: an editor made this meeting.")
    rows = []
    for key, value in scores.items():
        label = SCORED_FIELDS.get(key, (key.replace("_", " "), None))[0]
        text = confidence_text(value)
        level = text.rsplit("(", 1)[-1].rstrip(")") if "(" in text else "none"
        rows.append((level, label, text))
    return format_html(
        '<ul class="field-confidence">{}</ul>',
        format_html_join("", '<li class="confidence-{}">{}: {}</li>', rows),
    )


def add_confidence_hints(form_class, meeting: Meeting | None) -> None:
    """Beside each field the extractor scored, its score ("Extraction: 35 % (low)")."""
    scores = getattr(meeting, "field_confidence", None)
    if not isinstance(scores, dict):
        return
    for key, (_, field_name) in SCORED_FIELDS.items():
        field = form_class.base_fields.get(field_name) if field_name else None
        if field is not None and key in scores:
            hint = f"Extraction: {confidence_text(scores[key])}."
            field.help_text = f"{field.help_text} {hint}".strip() if field.help_text else hint


# --- the reports beside the form --------------------------------------------------------------


def report_panel(meeting: Meeting) -> list[dict[str, Any]]:
    """Each report of the meeting: its text with the evidence marked, and the positions of
    each field's and row's evidence in it (``{"date": [[start, end]], "attendances:12": …}``,
    in UTF-16 code units as the browser counts)."""
    # Read once for all the reports, with what the marks' labels name.
    links = [
        *meeting.attendances.all(),
        *meeting.country_links.select_related("country"),
        *meeting.organization_links.select_related("organization"),
        *meeting.topic_links.select_related("topic"),
    ]
    panel = []
    for source in meeting.sources.order_by("imported_at", "pk"):
        panel.append(
            {
                "source": source,
                "text": report_with_evidence(source, links),
                # JSON in an attribute (escaped there), not a <script> block: the page holds
                # no inline script of any kind.
                "positions": json.dumps(evidence_positions(source, links)),
            }
        )
    return panel


def evidence_positions(source: SourceDocument, links: list) -> dict[str, list[list[int]]]:
    """Where the evidence of each field and link is in ``source``'s text, found as the marks
    are (a stale offset is looked up by its sentence, a sentence no longer there skipped)."""
    text = source.cleaned_text
    stored = source.extraction.get("evidence") if isinstance(source.extraction, dict) else None
    wanted: list[Evidence] = []
    for key in FIELD_EVIDENCE:
        span = stored.get(key) if isinstance(stored, dict) else None
        if isinstance(span, dict) and span.get("text"):
            wanted.append(Evidence(span.get("start"), span.get("end"), span["text"], key))
    for link in links:
        if link.source_id != source.pk:
            continue
        key = f"{_link_set(link)}:{link.pk}"
        wanted.append(Evidence(link.evidence_start, link.evidence_end, link.evidence, key))
        extras = link.extra_evidence if isinstance(link, MeetingTopic) else None
        for extra in extras or []:
            if isinstance(extra, dict) and extra.get("text"):
                wanted.append(Evidence(extra.get("start"), extra.get("end"), extra["text"], key))
    positions: dict[str, list[list[int]]] = {}
    for start, end, key in evidence_spans(text, [w for w in wanted if w.sentence]):
        positions.setdefault(key, []).append([_utf16(text, start), _utf16(text, end)])
    return positions


def _link_set(link) -> str:
    """The inline prefix of a link's row: the meeting's related name for its model."""
    return link._meta.get_field("meeting").remote_field.related_name


def _utf16(text: str, offset: int) -> int:
    """A code-point offset into ``text`` as JavaScript counts it (UTF-16 code units)."""
    if text.isascii():
        return offset
    return len(text[:offset].encode("utf-16-le")) // 2
