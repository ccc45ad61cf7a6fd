"""Which meeting or event a sentence speaks of, in English and Russian: the meeting, a
future one, another event; the next meeting, the first one, a later-numbered one."""

from __future__ import annotations

import re

from .context import FUTURE as FUTURE_EN
from .context import MEETING as MEETING_EN
from .context import OTHER_EVENT as OTHER_EVENT_EN
from .context import Context, sentence_cue
from .russian.cues import FUTURE_RU, LAST_YEAR_RU, MEETING_RU, OTHER_EVENT_RU
from .rx import skip_ahead

# The sentence cues of the choice, in English and Russian (a Cyrillic word never matches
# English text, nor a Latin one Russian text: one pattern serves both languages).
MEETING = sentence_cue(MEETING_EN.pattern + "|" + MEETING_RU)
FUTURE = sentence_cue(FUTURE_EN.pattern + "|" + FUTURE_RU)
OTHER_EVENT = sentence_cue(OTHER_EVENT_EN.pattern + "|" + OTHER_EVENT_RU + "|" + LAST_YEAR_RU)

# "the next session", "the following meeting": another, coming meeting
_NEXT_MEETING = re.compile(
    r"\b(?:next|following|upcoming|forthcoming|oncoming)\s+(?:\w+\s+){0,2}?"
    r"(?:meeting|session|sitting|summit)\b"
    r"|\bследующ\w+\s+(?:\w+\s+){0,2}?(?:заседани|совещани|встреч|сесси|саммит)"
)
# "the first meeting ... was held in February 1992": the body's history, when this meeting
# has a later number
_FIRST_MEETING = re.compile(
    r"\b(?:first|1st)\s+(?:\w+\s+){0,3}?(?:meeting|session|sitting)\b"
    r"|\bfirst\s+(?:met|convened|gathered)\b"
    r"|\bперв\w+\s+(?:\w+\s+){0,3}?(?:заседани|совещани|сесси)"
)
LATER_ORDINAL = re.compile(
    r"\b(?:[2-9]|[1-9]\d{1,2})-?(?:st|nd|rd|th)\b|\b(?:second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|[a-z]+ty-[a-z]+(?:st|nd|rd|th))"
    r"\s+(?:\w+\s+){0,3}?(?:meeting|session|sitting)\b"
    r"|\b(?:[2-9]|[1-9]\d{1,2})-?(?:е|ое|й|го|м)\s+(?:\w+\s+){0,3}?(?:заседани|совещани|сесси)"
)


# what a meeting does ("met on 10 September and adopted the plan until 2020"): after the
# date, not a sign that the date is another event's
_ACTS = re.compile(r"adopted|until|by the end of|signed (?:on|in)|in force")


# "signed on Thursday a document ... at the end of the government meeting", "adopted in Baku
# July 19 at the first trilateral meeting": the act, and its date, at the meeting
_AT_THE_MEETING = re.compile(
    r"\b(?:at|during|in the course of)\s+(?:the\s+)?(?:end\s+of\s+the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:meeting|session|sitting|talks|negotiations)\b"
)


def other_event(low: str, a: int, b: int, start: int) -> bool:
    """Whether sentence ``low[a:b]`` dates another event at the mention starting at ``start``:
    a cue of history ("founded", "last year's session") anywhere, or of an act that the date
    belongs to ("the agreement signed on 4 June 1999"), but not an act that the meeting
    performed ("adopted the plan at its meeting on 10 September", "met on 10 September and
    adopted the plan")."""
    for m in OTHER_EVENT.rx.finditer(low, a, b):
        if not _ACTS.fullmatch(m.group()):
            return True
        if (
            m.start() < start
            and not MEETING.rx.search(low, m.end(), start)
            and not _AT_THE_MEETING.search(low, start, min(b, start + 120))
        ):
            return True
    return False


def next_meeting(low: str, a: int, b: int) -> bool:
    """Whether ``low[a:b]`` speaks of the next, coming meeting."""
    words = ("next", "following", "upcoming", "forthcoming", "oncoming", "следующ")
    return any(low.find(w, a, b) != -1 for w in words) and bool(_NEXT_MEETING.search(low, a, b))


def first_meeting(low: str, a: int, b: int) -> bool:
    """Whether ``low[a:b]`` speaks of the body's first meeting."""
    words = ("first", "1st", "перв")
    return any(low.find(w, a, b) != -1 for w in words) and bool(_FIRST_MEETING.search(low, a, b))


# a meeting told as held
HELD = re.compile(
    r"\b(?:was held|were held|took place|met|convened|gathered|chaired|held (?:a|an|the|its)\b"
    r"|(?:has|have) held|(?:was|were) attended)"
    r"|\b(?:прош(?:ло|[её]л|ла|ли)|состоял(?:ось|ся|ась|ись))\b"
)
# "A and B have discussed", "has today signed": an act just done, told as the news of the day
DONE = re.compile(
    skip_ahead(
        r"\b(?:has|have)\s+(?:today\s+|now\s+)?(?:discussed|signed|agreed|exchanged|reviewed"
        r"|considered|held\s+talks)\b"
    )
)
# "During the bilateral meeting, Kamran Aliyev emphasized": what was said at a meeting held
SAID_DURING = re.compile(
    r"\bduring the (?:[\w-]+\s+){0,2}?(?:meeting|talks|negotiations|conversation)\s*,\s*"
    r"(?:[\w'’.-]+\s+){1,12}?(?:emphasi[sz]ed|noted|stressed|said|discussed|expressed"
    r"|underlined|highlighted|informed|briefed|agreed|exchanged|pointed out)\b"
)


def said_during(ctx: Context) -> int | None:
    """The first sentence telling, in the past tense, what was said at the report's meeting
    ("During the bilateral meeting, X emphasized ..."): a meeting that has taken place."""
    low = ctx.low
    for i, (a, b) in enumerate(ctx.doc.sentences):
        if low.find("during", a, b) == -1 or ctx.has(FUTURE, i):
            continue
        if SAID_DURING.search(low, a, b):
            return i
    return None


_WILL_BE_HELD = re.compile(
    r"\b(?:will|is to|are to|is scheduled to|is due to)\s+(?:be\s+held|take\s+place|meet|convene"
    r"|gather)\b|\bto\s+be\s+held\b"
    r"|\b(?:состоится|состоятся|пройд[её]т|пройдут|запланирован[аоы]?|намечен[аоы]?"
    r"|встретятся|соберутся)\b"
)


def announcement_lead(ctx: Context) -> int | None:
    """The sentence that makes the report an announcement: its first sentence about a meeting,
    early in the text, says the meeting "will be held" (none before it reports one held)."""
    for i in range(min(4, len(ctx.doc.sentences))):
        a, b = ctx.doc.sentences[i]
        if not ctx.has(FUTURE, i) and DONE.search(ctx.low, a, b):
            return None  # "A and B have discussed ...": the lead tells talks done
        if ctx.has(MEETING, i):
            if (
                ctx.has(FUTURE, i)
                and _WILL_BE_HELD.search(ctx.low, a, b)
                and not HELD.search(ctx.low, a, b)
            ):
                return None if headline_over_held(ctx, i) else i
            return None
    return None


def headline_over_held(ctx: Context, i: int) -> bool:
    """Whether sentence ``i`` is the headline and the lead under it tells a meeting held
    ("В Баку в 2026 году пройдет ..." over "В Азербайджане состоялось заседание ..."): the
    headline names a coming event, the report is of the meeting held."""
    title = ctx.doc.title_span
    if title is None or ctx.doc.sentences[i][0] >= title[1] or i + 1 >= len(ctx.doc.sentences):
        return False
    a, b = ctx.doc.sentences[i + 1]
    return (
        a >= title[1]
        and ctx.has(MEETING, i + 1)
        and not ctx.has(FUTURE, i + 1)
        and not ctx.has(OTHER_EVENT, i + 1)
        and HELD.search(ctx.low, a, b) is not None
    )


# "was due to be jointly held in China in June 2020", "had been scheduled for", "was postponed":
# a plan the meeting did not keep
PLAN_NOT_HELD = re.compile(
    r"\b(?:was|were|had been) (?:originally )?(?:due|scheduled|planned|supposed|expected)"
    r" (?:to|for)\b|\b(?:was|were) to (?:be held|take place)\b|\b(?:postponed|cancell?ed"
    r"|called off)\b"
)
# every match holds one of these words, so a window with none of them needs no regex search
_PLAN_NOT_HELD_WORDS = (
    "due ", "scheduled ", "planned ", "supposed ", "expected ", "to be held", "to take place",
    "postponed", "cancel", "called off",
)  # fmt: skip


def plan_not_held(low: str, start: int, end: int) -> bool:
    """Whether ``PLAN_NOT_HELD`` matches within ``low[start:end]`` (lower-cased text)."""
    window = low[start:end]
    if "e" not in window:  # every word has one: a Russian sentence is done with one test
        return False
    for word in _PLAN_NOT_HELD_WORDS:
        if word in window:
            return PLAN_NOT_HELD.search(low, start, end) is not None
    return False
