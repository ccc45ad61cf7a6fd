"""The meeting's year from the report's own reporting periods, when nothing else gives it: a
meeting sums up the work of the year before (or of the period now ending) and adopts next
year's plan; or a year stated alone for the meeting ("In 2009, the Council met in
Chisinau")."""

from __future__ import annotations

import re

from .context import Context, Span
from .date_cues import (
    FUTURE,
    MEETING,
    OTHER_EVENT,
    announcement_lead,
    first_meeting,
    next_meeting,
)
from .russian.years import content_year_ru

_Y = r"((?:19|20)\d\d)"
_RESULTS_OF = re.compile(
    r"\b(?:results?|outcomes?|summ(?:ed|ing|arized|arised)?\s+up|review(?:ed|ing)?)\s+(?:of\s+)?"
    r"(?:the\s+)?(?:[\w'’`]+\s+){0,4}?(?:activit(?:y|ies)|work|implementation)\s+(?:of\s+)?"
    r"(?:the\s+)?(?:[\w'’`-]+\s+){0,3}?(?:in|for|during)\s+"
    rf"{_Y}(?:\s*[-–]\s*{_Y})?"
)
_PLAN_FOR = re.compile(
    r"(?<!draft )\b(?:plan|schedule)\s+(?:of\s+)?(?:[\w'’`-]+\s+){0,12}?for\s+"
    rf"{_Y}(?:\s*[-–]\s*{_Y})?\b(?!\s*[-–])"
)


def content_year(ctx: Context, *, results_only: bool = False) -> int | None:
    """The meeting's year from the periods the report speaks of, when they all agree: the
    results of the activities in 2016 -> 2017; of the work in 2023-2024 -> 2024; a plan for
    2020 -> 2019; a plan for 2024-2025 gives none. ``results_only`` leaves out the weaker clues
    (plans, the next sitting), whose year lies further from the meeting's."""
    years = set()
    for m in _RESULTS_OF.finditer(ctx.low):
        years.add(int(m.group(2)) if m.group(2) else int(m.group(1)) + 1)
    for m in () if results_only else _PLAN_FOR.finditer(ctx.low):
        if not m.group(2):
            years.add(int(m.group(1)) - 1)
        # a plan for two or more years ("the action plan for 2018-2019") may be adopted in
        # the year before its first or in that first year: no clue to the meeting's year
    if not years:
        found = content_year_ru(ctx, results_only=results_only)  # the Russian wordings
        if found is None:
            found = _next_sitting_year(ctx)
        return found
    return years.pop() if len(years) == 1 else None


# "the joint exercise 'Pabbi-Antiterror-2021'", "учения «Гром-2013»", "операции под условным
# наименованием "Нелегал-2023"": an exercise or operation named with its year
_EXERCISE_WORD = re.compile(
    r"\b(?:exercises?|drills?|operations?|учени[еяй]\w*|операци\w*|тренировк\w*)\b"
)
_NAMED_YEAR = re.compile(
    r"[«\"“‘']\s*[A-ZА-ЯЁ][\w]*(?:[ -][\w]+){0,3}?\s?[-–—]\s?((?:19|20)\d\d)\s*[»\"”’']"
)
_NAME_AFTER = 80


def exercise_year(ctx: Context) -> int | None:
    """The year of the exercises and operations the report names with their year, told as
    held or under way, not to come ("the results of the exercise 'Grom-2013' were discussed"),
    when they agree: the report's year (a weaker clue than its periods: it dates the meeting
    the report opens with, not every day the report names)."""
    text = ctx.text
    years = set()
    for m in _NAMED_YEAR.finditer(text):
        i = ctx.sent_idx(m.start())
        if ctx.has(FUTURE, i):
            continue
        if _EXERCISE_WORD.search(ctx.low, max(0, m.start() - _NAME_AFTER), m.start()):
            years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None


# "The next meeting will be held in 2014 in Russia": a yearly body's next sitting, the year
# after this one's (a month, a season, a half or a quarter may put it in the same year)
_NEXT_IN_YEAR = re.compile(rf"\bin {_Y}\b")
_REGULAR = re.compile(r"\bregular\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)\b")
_YEAR_REGULAR = re.compile(rf"\b{_Y}\s+regular\s+(?:meeting|session|sitting)\b")
_PART_OF_YEAR = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|spring|summer|autumn|fall|winter|half|quarter|q[1-4]|end|beginning|early|late)\b"
)


def _next_sitting_year(ctx: Context) -> int | None:
    """The year before the one the report gives its body's next sitting ("the next meeting",
    "the regular meeting will be held", "to hold the 2018 regular meeting"), when it gives
    one."""
    low = ctx.low
    if low.find("next", 0) == -1 and low.find("regular", 0) == -1:
        return None
    years = set()
    for i, (a, b) in enumerate(ctx.doc.sentences):
        regular = ctx.has(FUTURE, i) and _REGULAR.search(low, a, b)
        if not regular and (low.find("next", a, b) == -1 or not next_meeting(low, a, b)):
            continue
        if _PART_OF_YEAR.search(low, a, b):
            continue
        years |= {int(m.group(1)) - 1 for m in _NEXT_IN_YEAR.finditer(low, a, b)}
        years |= {int(m.group(1)) - 1 for m in _YEAR_REGULAR.finditer(low, a, b)}
    return years.pop() if len(years) == 1 else None


_IN_YEAR = re.compile(r"\b(?:in|during|в) (?P<y>(?:19|20)\d\d)\b(?!\s*[-–—/]\s*\d)", re.IGNORECASE)
_SEVERAL_YEARS = re.compile(r"\b(?:19|20)\d\d\b.{0,40}\b(?:19|20)\d\d\b|\brespectively\b")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "It was noted at the meeting that the country scored best in 2020", "он отметил, что в 2020
# году": a year in what was said at the meeting is the speech's subject, not the meeting's date
_SAID_THAT = re.compile(
    r"\b(?:said|noted|stressed|emphasi[sz]ed|underlined|pointed out|stated|reported|informed"
    r"|recalled|added|announced|highlighted|mentioned|observed)\s+(?:[\w'’-]+\s+){0,6}?that\b"
    r"|\b(?:отмечено|отметил|подчеркнул|заявил|сообщил|напомнил|указал|говорил)\w*"
    r"(?:\s+[^\s.;]+){0,6}?,\s+что\b"
)


# "принятой в 2022 году", "принятого в 2014 году": the year a document was adopted, before
_ADOPTED_BEFORE = re.compile(r"\bпринят(?:ой|ого|ых|ую|ому|ым|ыми|ый|ая|ое|ые)\s+(?:в\s+)?$")


def _not_the_meetings_year(ctx: Context, a: int, b: int, at: int) -> bool:
    """Whether the sentence (a, b) tells a history or a speech rather than the meeting's year
    at ``at``: it gives several years ("In 1995 the service proposed ..., in 1997 it became
    a council", "in 2019 and 2020 respectively"), or the year stands in what was said
    ("noted that ... in 2020")."""
    if _SEVERAL_YEARS.search(ctx.low, a, b) or len(set(_ANY_YEAR.findall(ctx.low, a, b))) > 1:
        return True
    if _ADOPTED_BEFORE.search(ctx.low, max(a, at - 20), at):
        return True  # "программы сотрудничества, принятой в 2022 году": a document's year
    return _SAID_THAT.search(ctx.low, a, at) is not None


# "в 2026 году": Russian states the year of a meeting this way; in an announcement's lead the
# coming meeting is the report's own
_IN_YEAR_RU = re.compile(r"\bв (?P<y>(?:19|20)\d\d) году\b")


def year_only(ctx: Context) -> tuple[str, None, str, str, Span | None] | None:
    """'In 2009, the Council met in Chisinau': the year alone, from a sentence about the meeting
    (not one listing the years of several meetings)."""
    lead = ctx.doc.sentences[min(3, len(ctx.doc.sentences) - 1)][1]
    for m in _IN_YEAR_RU.finditer(ctx.text, 0, lead):
        sentence = ctx.sent_idx(m.start())
        first = [i for i in range(len(ctx.doc.sentences)) if ctx.has(MEETING, i)][:2]
        if sentence in first and not ctx.has(OTHER_EVENT, sentence):
            a, b = ctx.doc.sentences[sentence]
            # "Следующее заседание, в 2029 году, пройдет ...": the next sitting's year
            if not _not_the_meetings_year(ctx, a, b, m.start()) and not _to_come(ctx.low, a, b):
                return m.group("y"), None, "year", "explicit", ctx.span(m.start())
    announced = _announced_year(ctx)
    if announced is not None:
        return announced
    for m in _IN_YEAR.finditer(ctx.text):
        sentence = ctx.sent_idx(m.start())
        if (
            ctx.has(MEETING, sentence)
            and not ctx.has(OTHER_EVENT, sentence)
            and not ctx.has(FUTURE, sentence)
        ):
            a, b = ctx.doc.sentences[sentence]
            if _not_the_meetings_year(ctx, a, b, m.start()) or first_meeting(ctx.low, a, b):
                continue
            if _to_come(ctx.low, a, b):
                continue  # "agreed to hold the third meeting in 2026 in Turkey"
            return m.group("y"), None, "year", "explicit", ctx.span(m.start())
    return None


# "agreed to hold", "decided to hold", "договорились провести": a meeting the sides plan
_AGREED_TO_HOLD = re.compile(
    r"\b(?:agreed|decided|resolved)\s+to\s+(?:hold|convene)\b"
    r"|\b(?:договорились|решили|условились|решено|договорённость|договоренность)\s+(?:о\s+)?"
    r"(?:провести|проведении)\b"
)


def _to_come(low: str, a: int, b: int) -> bool:
    """Whether ``low[a:b]`` speaks of a meeting to come: the next one, or one the sides agreed
    to hold."""
    return next_meeting(low, a, b) or _AGREED_TO_HOLD.search(low, a, b) is not None


def _reported_held_elsewhere(ctx: Context, i: int) -> bool:
    """Whether a sentence of the report other than ``i`` tells of a meeting held, with no
    year of its own (the news: "the heads met in Cholpon-Ata on 3-4 September"; not a past
    year's session: "The 2026 session took place in Minsk")."""
    low = ctx.low
    for j, (a, b) in enumerate(ctx.doc.sentences):
        if j == i or not ctx.has(MEETING, j) or ctx.has(FUTURE, j):
            continue
        if _ANY_YEAR.search(low, a, b) is None:
            return True
    return False


def _announced_year(ctx: Context) -> tuple[str, None, str, str, Span | None] | None:
    """An announcement: the report's first sentence about a meeting says it "will be held in
    2026": that year is the meeting's."""
    i = announcement_lead(ctx)
    if i is None:
        return None
    a, b = ctx.doc.sentences[i]
    years = list(_IN_YEAR.finditer(ctx.text, a, b))
    if next_meeting(ctx.low, a, b) and _reported_held_elsewhere(ctx, i):
        return None  # "The next meeting will be held in 2026", then the one held is told
    if len(years) != 1 or _SEVERAL_YEARS.search(ctx.low, a, b):
        return None
    return years[0].group("y"), None, "year", "explicit", ctx.span(years[0].start())
