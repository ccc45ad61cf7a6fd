"""The meeting's date: choosing among the dates a report mentions, and its publication date."""

from __future__ import annotations

import datetime as dt
import re

from .cleaning import CleanDoc
from .context import FUTURE, MEETING, OTHER_EVENT, Context, Span
from .dates import WEEKDAYS as WEEKDAY_NAMES
from .dates import find_dates, resolve, to_date


def find_meeting_date(
    ctx: Context, pub: dt.date | None
) -> tuple[str | None, str | None, str, Span | None]:
    doc = ctx.doc
    dl = doc.dateline
    best = None
    best_score = 0
    for d in find_dates(ctx.text, ctx.lowered):
        if dl and dl.start <= d.start < dl.end:
            continue
        if d.year and d.year < 1990:
            continue
        if d.month is None and not d.relative:
            continue
        si = ctx.sent_idx(d.start)
        score = 0
        if ctx.has(MEETING, si):
            score += 3
        before = ctx.text[max(0, d.start - 4) : d.start].lower()
        if before.endswith("on ") or before.endswith("in "):
            score += 1
        if ctx.has(OTHER_EVENT, si):
            score -= 3
        if d.relative in WEEKDAY_NAMES:
            score += 1  # "on Thursday"
        if d.relative == "tomorrow":
            score -= 2
        if score > best_score:
            best, best_score = d, score
    if best is None or best_score < 3:
        return _year_only(ctx)
    future = ctx.has(FUTURE, ctx.sent_idx(best.start))
    start, end, precision = resolve(best, pub, future=future)
    if precision == "unknown":
        return None, None, "unknown", None
    return start, end, precision, ctx.span(best.start)


_IN_YEAR = re.compile(r"\b(?:in|during) (?P<y>(?:19|20)\d\d)\b(?!\s*[-–—/]\s*\d)", re.IGNORECASE)


def _year_only(ctx: Context) -> tuple[str | None, str | None, str, Span | None]:
    """'In 2009, the Council met in Chisinau': the year alone, from a sentence about the meeting."""
    for m in _IN_YEAR.finditer(ctx.text):
        si = ctx.sent_idx(m.start())
        if ctx.has(MEETING, si) and not ctx.has(OTHER_EVENT, si) and not ctx.has(FUTURE, si):
            return m.group("y"), None, "year", ctx.span(m.start())
    return None, None, "unknown", None


def publication_date_of(doc: CleanDoc, passed: dt.date | None) -> dt.date | None:
    if passed:
        return passed
    pub = doc.publication_date
    dl = doc.dateline
    if dl and dl.date_start is not None:
        ds = find_dates(doc.text[dl.date_start : dl.date_end])
        if ds:
            full = to_date(ds[0])
            if full:
                return full
            if pub and ds[0].month and ds[0].day:
                try:
                    cand = dt.date(pub.year, ds[0].month, ds[0].day)
                except ValueError:
                    cand = None
                if cand and abs((cand - pub).days) <= 3:
                    return cand
    return pub
