"""Marking report text for display: search headlines and evidence sentences.

Report text is untrusted. Both highlighters escape every piece of it before joining it with
their own ``<mark>`` tags, so their output may be marked safe and nothing else may.

- ``highlight``: a ts_headline computed with private-use sentinels instead of tags, escaped,
  then the balanced sentinel pairs swapped for ``<mark>``.
- ``evidence_spans`` and ``mark_evidence``: the sentences facts were extracted from, marked
  in the report's cleaned text. A stored offset is trusted only while it still points at its
  stored sentence (the text may have been cleaned again since); otherwise the sentence is
  looked up in the text, and a sentence no longer there is skipped — never a wrong highlight.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..models import Attendance, MeetingCountry, MeetingOrganization, MeetingTopic

# Sentinels for ts_headline's start_sel and stop_sel (private-use characters).
MARK_START, MARK_STOP = "\ue000", "\ue001"
_MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_STOP}]*){MARK_STOP}")


def highlight(text: str | None) -> SafeString:
    """Escape a headline, then turn its sentinels into <mark> tags."""
    escaped = escape(text or "")
    marked = _MARKED.sub(r"<mark>\1</mark>", escaped)
    # Only balanced pairs become tags; a stray sentinel from the report text is dropped.
    marked = marked.replace(MARK_START, "").replace(MARK_STOP, "")
    return mark_safe(marked)  # noqa: S308 - escaped above; only our own tags are added


# --- Evidence -----------------------------------------------------------------------------


class Evidence(NamedTuple):
    """A fact's evidence as stored: offsets into its report's text (possibly stale or missing),
    the sentence itself, and what the fact is ("person: Ivan Ivanov")."""

    start: Any
    end: Any
    sentence: str
    label: str


class Span(NamedTuple):
    start: int
    end: int
    label: str


EvidenceLink = Attendance | MeetingCountry | MeetingOrganization | MeetingTopic


def _label(link: EvidenceLink) -> str:
    """What a link states, for an editor: "person: …", the country, "organization: …"."""
    if isinstance(link, Attendance):
        return f"person: {link.name_as_written}"
    if isinstance(link, MeetingCountry):
        return str(link.country)
    if isinstance(link, MeetingOrganization):
        return f"organization: {link.organization}"
    return f"topic: {link.topic}"


def evidence_of(source_id: int, links: Iterable[EvidenceLink]) -> list[Evidence]:
    """The evidence in report ``source_id`` of each link (Attendance, MeetingCountry,
    MeetingOrganization, MeetingTopic with its extra sentences). Links from other reports, or
    added by an editor, are left out."""
    found: list[Evidence] = []
    for link in links:
        if link.source_id != source_id:
            continue
        label = _label(link)
        found.append(Evidence(link.evidence_start, link.evidence_end, link.evidence, label))
        extras = link.extra_evidence if isinstance(link, MeetingTopic) else None
        for extra in extras or []:
            if isinstance(extra, dict):
                sentence = extra.get("text") or ""
                found.append(Evidence(extra.get("start"), extra.get("end"), sentence, label))
    return found


def evidence_spans(text: str, evidence: Iterable[Evidence]) -> list[Span]:
    """Where each piece of evidence is in ``text`` now.

    Stored offsets are trusted only when they lie in the text and still point at the stored
    sentence (or no sentence was stored); otherwise the sentence is looked up in the text,
    and skipped when it is no longer there.
    """
    spans = []
    for start, end, sentence, label in evidence:
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
        spans.append(Span(start, end, label))
    return spans


def mark_evidence(text: str, spans: Iterable[Span], *, titles: bool = True) -> SafeString:
    """The text, escaped, with each span in a <mark>; overlapping spans become one mark. With
    ``titles`` the mark's title lists what every fact in it is."""
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
        title = f' title="{escape("; ".join(labels))}"' if titles else ""
        pieces.append(escape(text[position:start]))
        pieces.append(f"<mark{title}>{escape(text[start:end])}</mark>")
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text escaped above


def paragraphs(html: SafeString) -> SafeString:
    """Marked-up text as paragraphs: blank lines part them, single newlines break lines."""
    parts = [part.strip() for part in html.split("\n\n") if part.strip()]
    return mark_safe(  # noqa: S308 - splits safe HTML at newlines, which are never inside tags
        "".join("<p>" + part.replace("\n", "<br>") + "</p>" for part in parts)
    )
