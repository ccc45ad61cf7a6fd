"""People named only where the report tells of another meeting: "A meeting of the Council of
Defence Ministers was held on April 27, attended by X" in a report of a meeting on April 29,
"three days after receiving X"; or named only as the victim of a crime the meeting discussed
("the case of the murder of the bank's former head X"). They were not at the report's
meeting."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from operator import attrgetter

from .context import MEETING, Context
from .date_cues import announcement_lead
from .people import PARTICIPATION, Person
from .publication import safe_date

_START = attrgetter("start")


def set_aside_other_meetings(
    ctx: Context, persons: list[Person], date_start: str | None, date_end: str | None
) -> None:
    """Mark as only mentioned the participants every one of whose full-name mentions lies in a
    sentence about a meeting dated to another day than the report's ``date_start``
    (to ``date_end``), known to the day. Reads the dates find_meeting_date found."""
    if date_start is None or len(date_start) != 10:
        return
    first = dt.date.fromisoformat(date_start)
    last = dt.date.fromisoformat(date_end) if date_end and len(date_end) == 10 else first
    verdicts: dict[int, bool] = {}
    for p in persons:
        if not p.participant:
            continue
        # where they only tell a news agency about it, a sentence places them nowhere
        full = [m for m in p.mentions if not m.ref]
        sentences = {ctx.sent_idx(m.start) for m in full if not _an_agencys_source(ctx, m.end)}
        if not sentences:
            continue
        for i in sentences:
            if i not in verdicts:
                verdicts[i] = _dates_another_meeting(ctx, i, first, last)
        if all(verdicts[i] for i in sentences):
            p.participant = False
            p.reason = "another meeting"


def set_aside_other_times(
    ctx: Context, persons: list[Person], date_start: str | None, date_end: str | None
) -> None:
    """Mark as only mentioned the participants every one of whose full-name mentions lies in a
    later sentence that opens on another time than the meeting's ("In May, the chief of staff
    travelled to ...", "On 18 February, X told a press conference"): such a sentence tells
    the report's background, whatever its verb. The meeting's date must be known to the month
    at least, and the opener as precise as needed to fall outside it."""
    if date_start is None or len(date_start) < 7:
        return
    verdicts: dict[int, bool] = {}
    for p in persons:
        if not p.participant:
            continue
        full = [m for m in p.mentions if not m.ref]
        if not full:
            continue
        sentences = {ctx.sent_idx(m.start) for m in full}
        for i in sentences:
            if i not in verdicts:
                verdicts[i] = _opens_on_another_time(ctx, i, date_start, date_end)
        if all(verdicts[i] for i in sentences):
            p.participant = False
            p.reason = "another time"


_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_RX = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# a sentence's opening time: "In May,", "In early March 2019,", "On 4 May,", "On February 18,",
# "Back in 2019,", "In April of this year,"
_TIME_OPENER = re.compile(
    r"(?:(?:Back|Earlier|Later)\s+)?(?:In|On|in|on)\s+(?:(?:early|mid|late)[- ])?"
    r"(?:(?P<d1>\d{1,2})\s+(?P<m1>" + _MONTH_RX + r")|(?P<m2>" + _MONTH_RX + r")"
    r"(?:\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?)(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    r"(?:\s+of\s+(?:this|last)\s+year)?\s*,"
    r"|(?:Back\s+)?[Ii]n\s+(?P<y2>(?:19|20)\d\d)\s*,"
)


def _opens_on_another_time(ctx: Context, i: int, date_start: str, date_end: str | None) -> bool:
    """Whether sentence ``i`` (past the report's first two) opens on a time outside the
    meeting's dates."""
    if i <= 1:
        return False
    a = ctx.doc.sentences[i][0]
    head = ctx.text[a : a + 4]
    if head[:2] not in ("In", "On") and head[:4] not in ("Back", "Earl", "Late"):
        return False
    m = _TIME_OPENER.match(ctx.text, a)
    if m is None:
        return False
    first_y, first_m = int(date_start[:4]), int(date_start[5:7])
    end = date_end if date_end and len(date_end) >= 7 else date_start
    last_y, last_m = int(end[:4]), int(end[5:7])
    year = m["y1"] or m["y2"]
    if year is not None and not first_y <= int(year) <= last_y:
        return True
    month_name = m["m1"] or m["m2"]
    if month_name is None:
        return False
    month = _MONTHS.index(month_name.lower()) + 1
    y = int(year) if year else first_y
    if not (first_y, first_m) <= (y, month) <= (last_y, last_m):
        return True
    day = m["d1"] or m["d2"]
    if day is None or len(date_start) != 10:
        return False
    when = safe_date(y, month, int(day))
    last = end if len(end) == 10 else date_start
    return when is not None and not (
        dt.date.fromisoformat(date_start) <= when <= dt.date.fromisoformat(last)
    )


def _dates_another_meeting(ctx: Context, i: int, first: dt.date, last: dt.date) -> bool:
    """Whether sentence ``i`` is about a meeting and dates it to a day outside first..last
    (and to none inside)."""
    if not ctx.has(MEETING, i):
        return False
    a, b = ctx.doc.sentences[i]
    spans = []
    mentions = ctx.date_mentions
    # the dateline's date is the day of the news, not of a meeting ("MINSK, June 4 - X met
    # yesterday with ..." tells the meeting of June 3)
    dl = ctx.doc.dateline
    news_day = (dl.start, dl.end) if dl is not None else (-1, -1)
    for k in range(bisect_left(mentions, a, key=_START), len(mentions)):
        d = mentions[k]
        if d.start >= b:
            break
        if d.relative or d.day is None or d.month is None:
            continue
        if news_day[0] <= d.start < news_day[1]:
            continue
        start = safe_date(d.year or first.year, d.month, d.day)
        if start is None:
            continue
        end = None
        if d.end_day:
            end = safe_date(d.end_year or start.year, d.end_month or d.month, d.end_day)
        spans.append((start, end or start))
    return bool(spans) and not any(s <= last and first <= e for s, e in spans)


# what comes right before a name that places its bearer elsewhere: the victim or the accused
# of a crime ("the murder of the former head of the bank X", "a criminal case against the
# former secretary general, X"), the guest of a meeting held days apart ("three
# days after receiving X", "a week before his talks with X"), the guest of a further meeting,
# someone invited to a coming event
_ELSEWHERE_BEFORE = re.compile(
    r"(?:\b(?:murder|killing|assassination|kidnapping|abduction|disappearance|arrest|detention"
    r"|extradition|trial)\s+of|\b(?:criminal\s+)?(?:case|cases|charges|proceedings)\s+against)"
    r"\s+(?:[\w\"“”'’.,-]+\s+){0,12}$"
    r"|\b(?:days?|weeks?|months?)\s+(?:after|before)\s+(?:receiving|hosting|meeting(?:\s+with)?"
    r"|(?:his|her|their)\s+(?:talks|meeting)\s+with|talks\s+with)\s+(?:[\w'’.-]+\s+){0,6}$"
    # the guest of a further meeting ("During her visit, X also met with Senator Y"), someone
    # invited to a coming event ("an invitation has been sent to his colleague Y")
    r"|\balso\s+met\s+(?:with\s+)?(?:[\w'’.-]+\s+){0,6}$"
    r"|\b[Ii]nvitations?\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:sent|extended|addressed)"
    r"\s+to\s+(?:[\w'’.-]+\s+){0,6}$"
)
# one of these is in every match of _ELSEWHERE_BEFORE (a substring test before the regex)
_ELSEWHERE_WORDS = (
    "murder",
    "killing",
    "assassination",
    "kidnapping",
    "abduction",
    "disappearance",
    "arrest",
    "detention",
    "extradition",
    "trial",
    "against",
    "day",
    "week",
    "month",
    "also",
    "nvitation",
)


def set_aside_named_elsewhere(ctx: Context, persons: list[Person]) -> None:
    """Mark as only mentioned the participants every one of whose full-name mentions follows
    words that place them elsewhere: a crime's victim or accused, another meeting's guest, the
    guest of a further meeting still to come in a report of one held; or names them telling a
    news agency (the report's source), unless they lead the meeting."""
    coming: bool | None = None
    for p in persons:
        if not p.participant:
            continue
        full = [m for m in p.mentions if not m.ref]
        if (
            full
            and p.role not in _LEADS
            and all(
                _WILL_MEET_CHEAP in ctx.low[ctx.doc.sentences[ctx.sent_idx(m.start)][0] : m.start]
                for m in full
            )
        ):
            if coming is None:
                coming = announcement_lead(ctx) is None
            if coming and all(_will_meet(ctx, m.start) for m in full):
                p.participant = False
                p.reason = "a coming meeting"
                continue
        if full and all(_placed_elsewhere(ctx, m.start) for m in full):
            p.participant = False
            p.reason = "named elsewhere"
        elif full and p.role not in _LEADS and all(_an_agencys_source(ctx, m.end) for m in full):
            p.participant = False
            p.reason = "source"
        elif full and p.role not in _LEADS and all(_told_the_public(ctx, m.start) for m in full):
            p.participant = False
            p.reason = "press comment"


_LEADS = frozenset({"chair", "co-chair", "host"})
# in a report of a meeting held, someone named after "will meet" or "will have a meeting with"
# is the guest of a further meeting still to come: "X today will have a bilateral meeting with
# his counterpart Y", "the delegation will meet with ..., including Minister Z"
_WILL_MEET_CHEAP = "will "
_WILL_MEET = re.compile(
    r"\bwill\s+(?:also\s+)?(?:meet\b|have\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|talks)\b)"
)


def _will_meet(ctx: Context, start: int) -> bool:
    a = ctx.doc.sentences[ctx.sent_idx(start)][0]
    return _WILL_MEET.search(ctx.low, a, start) is not None


# right after a name: its bearer telling a news agency ("X, head of the department, told
# Asia-Plus that", "X told BELTA news agency correspondent")
_TOLD_AN_AGENCY = re.compile(
    r"(?:,[^,.;:\"“”]{1,120},)?\s+told\s+(?:the\s+)?(?:BelTA|BELTA|TASS|RIA Novosti|Interfax"
    r"|Trend|APA|Armenpress|ARMENPRESS|Kazinform|KAZINFORM|Asia-Plus|AKIpress|Kabar|Sputnik"
    r"|Azertac|AZERTAC|Xinhua|[A-Z][\w-]+ news agency|(?:our|a|the) correspondent)\b"
)


def _an_agencys_source(ctx: Context, end: int) -> bool:
    """Whether the name ending at ``end`` is its bearer's telling a news agency."""
    return "told" in ctx.text[end : end + 140] and _TOLD_AN_AGENCY.match(ctx.text, end) is not None


# a sentence telling words said to the public, not at the meeting: at a news conference or on
# a social network page ("X said at a press conference that", "X wrote on his Facebook page")
_PUBLIC_CHEAP = ("conference", "briefing", "facebook", "telegram", "twitter", "instagram")
_TOLD_THE_PUBLIC = re.compile(
    r"\bat\s+an?\s+(?:news|press)\s+(?:conference|briefing)\b|\b(?:wrote|posted)\s+on\s+"
    r"(?:his|her|its|their|the)\s+(?:official\s+)?(?:facebook|telegram|twitter|instagram)\b"
)


def _told_the_public(ctx: Context, start: int) -> bool:
    """Whether the sentence naming someone at ``start`` tells words said to the public and
    no meeting attended."""
    i = ctx.sent_idx(start)
    a, b = ctx.doc.sentences[i]
    low = ctx.low[a:b]
    if not any(w in low for w in _PUBLIC_CHEAP) or _TOLD_THE_PUBLIC.search(low) is None:
        return False
    return not ctx.has(PARTICIPATION, i)


# a further meeting of the visit or an earlier one, told after the report's own: "Besides, A held an
# introductory meeting with the Ambassador of B", "In conclusion, A had official meeting with
# X", "The Minister also held an introductory meeting with Y", "On the same day, the
# delegation held talks with Z"
_FURTHER_MEETING = re.compile(
    r"(?:(?:Besides|In addition|Moreover|In conclusion|Afterwards|Later|Then|Also"
    r"|(?:On )?the same day),\s+[^.;:]{0,80}?|[^.;:]{0,80}?\balso\s+)"
    r"(?:held|had)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:meeting|talks|conversation)\s+with\b[^.;:]{0,160}$"
    # an earlier meeting of the visit or the week: "He has already met with X, Y", "announced
    # by A following talks with B in Sochi"
    r"|[^.;:]{0,80}?\b(?:(?:has|had)\s+already\s+met\s+with|following\s+(?:the\s+|his\s+|her\s+"
    r"|their\s+)?(?:talks|meeting|negotiations)\s+with)\b[^.;:]{0,240}$",
    re.IGNORECASE,
)
_FURTHER_WORDS = ("meeting", "talks", "conversation", "negotiations", "met")

# another visit told after the report's own meeting: "Earlier this year, X visited India and
# held talks with Y", "As was reported, ... during X's visit to Uzbekistan on March 11-12";
# or recalled by its outcomes: "the outcomes of the state visit of the President, X, to
# Tajikistan in early 2025", "touched upon the visit of General X ... in March 2020"
_EARLIER_VISIT = re.compile(
    r"(?:Earlier(?:\s+(?:this|that|last)\s+(?:year|month|week))?|Last\s+(?:year|month|week)"
    r"|As\s+(?:was\s+|has\s+been\s+)?reported|Previously),\s+[^.;:]{0,160}?"
    r"\b(?:visited|travell?ed\s+to|paid\s+an?\s+(?:\w+\s+)?visit\s+to|visit\s+to)\b"
)
_VISIT_RECALLED = re.compile(
    r"\b(?:(?:outcomes?|results?)\s+of|touched\s+upon|recalled)\s+the\s+(?:\w+\s+)?visit\s+of"
    r"\b[^.;:]{0,120}$",
    re.IGNORECASE,
)


# a later sentence opening on another thread of the news: "Meanwhile, the defence ministry
# reported ...", "At the same time, the deputy prime ministers met at the checkpoint",
# "Separately, ..."
_ANOTHER_THREAD = ("Meanwhile", "At the same time", "Separately", "In another development")
_ANOTHER_THREAD_RX = re.compile(
    r"(?:Meanwhile|At the same time|Separately|In another development),?\s"
)


# a meeting the report looks back on: its agreements carried out ("to carry out the agreements
# reached following the meeting of President X with Y"), or a sentence telling it as past
# ("Earlier, a telephone conversation took place between X and Y", "He recalled that during
# the meeting with X, ...", "Recall that X met Y"). Its sides are not the report's.
_RECALLED_MEETING = re.compile(
    r"(?:\b(?:agreements?|arrangements?|understandings?|decisions?)\s+(?:which\s+were\s+|that\s+were\s+)?"
    r"(?:reached|achieved|adopted|made)\s+(?:at|during|following|after|in\s+the\s+course\s+of)"
    r"\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|talks|conversation|negotiations|summit)\s+(?:of|between)\s"
    r"|(?:^|\.\s+|\b)(?:Earlier|Previously|Recall|It\s+should\s+be\s+recalled|As\s+(?:was\s+)?"
    r"reported|He\s+recalled|She\s+recalled|recalled)(?:,|\s+that\b)"
    r"[^.;:]{0,160}?\b(?:meeting|talks|conversation|negotiations|met|call)\b)[^.;:]{0,200}$",
)
# one of these is in every match of _RECALLED_MEETING, and one of _MEETING_WORDS
_RECALLED_WORDS = (
    "agreement",
    "arrangement",
    "understanding",
    "decision",
    "earlier",
    "previously",
    "recall",
    "reported",
)
_MEETING_WORDS = ("meeting", "talks", "conversation", "negotiations", "summit", "met", "call")


def _placed_elsewhere(ctx: Context, start: int) -> bool:
    i = ctx.sent_idx(start)
    a = ctx.doc.sentences[i][0]
    lo = max(a, start - 90)
    low = ctx.low[lo:start]
    if any(word in low for word in _ELSEWHERE_WORDS) and _ELSEWHERE_BEFORE.search(
        ctx.text, lo, start
    ):
        return True
    lo = max(a, start - 360)
    low = ctx.low[lo:start]
    if (
        any(w in low for w in _RECALLED_WORDS)
        and any(w in low for w in _MEETING_WORDS)
        and _RECALLED_MEETING.search(ctx.text, lo, start)
    ):
        return True
    # the report's first sentences tell its own meeting, whatever their words
    if i <= 1:
        return False
    if ctx.text.startswith(_ANOTHER_THREAD, a) and _ANOTHER_THREAD_RX.match(ctx.text, a):
        return True
    if "visit" in ctx.low[a : ctx.doc.sentences[i][1]] and (
        _EARLIER_VISIT.match(ctx.text, a) or _VISIT_RECALLED.search(ctx.text, a, start)
    ):
        return True
    if start - a >= 330:
        return False
    # every further or earlier meeting says "with" and one of these words: a substring test
    # spares most mentions the pattern's backtracking
    low = ctx.low[a:start]
    if "with" not in low or not any(word in low for word in _FURTHER_WORDS):
        return False
    return _FURTHER_MEETING.match(ctx.text, a, start) is not None
