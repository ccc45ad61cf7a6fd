"""The meeting's date: choosing among the dates a report mentions, what year-less and relative
dates are resolved against, and how the answer was reached (its basis).

The publication date is worked out in ``publication``; the year from the report's reporting
periods, or stated alone, in ``years``; which meeting or event a sentence speaks of in
``date_cues``.

Bases: "explicit" (the text states the date; a missing year comes from the page's own date),
"publication" (a relative word or an under-way verb resolved against the page's date),
"dateline" (the wire dateline's day is the only date of the meeting), "inferred" (the year or
the day comes from the URL, from the report's own reporting periods, or the meeting is only
known to have taken place around the publication date), "unknown" (no date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .context import VISIT, Context, Span
from .date_cues import (
    DONE,
    FUTURE,
    HELD,
    LATER_ORDINAL,
    MEETING,
    OTHER_EVENT,
    announcement_lead,
    first_meeting,
    next_meeting,
    other_event,
    plan_not_held,
    said_during,
)
from .dates import WEEKDAYS as WEEKDAY_NAMES
from .dates import DateMention, find_dates, resolve
from .ordinals import ORDINAL_WORDS, roman_value
from .publication import Publication, safe_date
from .rx import folds_to_another, skip_ahead
from .years import content_year, exercise_year, year_only

UNKNOWN = (None, None, "unknown", "unknown", None)


# --------------------------------------------------------------------------- cue patterns
_OPENING = re.compile(r"\s*(?:on\s+)?")
# Verbs that put the meeting on the day of the report: "is being held", "has started",
# "are now taking place", "hosts" (present tense in the body, not in a headline).
_UNDER_WAY = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:being\s+held|taking\s+place|under\s?way|in\s+progress"
    r"|in\s+session|hosting)\b|\bnow\s+taking\s+place\b"
    r"|\b(?:has|have)\s+(?:today\s+|officially\s+|formally\s+)?(?:started|begun|opened"
    r"|kicked\s+off|got\s+under\s?way"
    r"|commenced|come\s+together|gathered|convened)\b"
    r"|\b(?:kicks\s+off|opens|starts|begins|hosts|gets\s+under\s?way)\b"
    r"|\b(?:проходит|проходят|проходящ\w+|началось|начался|началась|начали работу|начал работу"
    r"|открылось|открылся|открылась|стартовал\w*"
    # the sides at work as the report is written: "обсуждают в Минске на конференции", "Минск
    # принимает конференцию", "принимают участие"
    r"|обсуждают|принимает|принимают)\b"
)
# "завершилось заседание", "завершил работу": the meeting ends on the day of the report
_ENDED = re.compile(
    r"\b(?:завершил(?:ось|ся|ась|ись)|завершил[аи]?\s+(?:свою\s+)?работу|закончил(?:ось|ся|ась))\b"
)
# "Trend reports Oct. 30": the date of the news item
# ("Как сообщается, 17 июля ... состоялось": after the comma the date opens the clause told)
_REPORTS = re.compile(
    r"\b(?:reports|reported|informs|informed)\s+$"
    r"|\b(?:сообщени|сообщил|сообщает|сообщают|заявил|говорится)(?![а-яё]*,\s*$)[а-яё]*[^.]{0,12}$"
)
# a headline announcing a meeting: "CIS interior chiefs to meet in Kazakhstan this fall"
_TO_MEET = re.compile(
    r"\bto\s+(?:meet|convene|gather|host|hold|be\s+held|take\s+place)\b"
    r"|\b(?:соберутся|собер[её]тся|пройд[её]т|пройдут|состоится|состоятся|обсудят)\b"
)
# "earlier this week", "last week": no day, and the month only when the week lies within it
_WEEK = re.compile(
    r"\b(?:earlier\s+this|this|last|past)\s+week\b|\ba\s+week\s+ago\b"
    r"|\b(?:на\s+этой|на\s+прошлой|на\s+минувшей)\s+неделе\b"
)
# the meeting lies before the day of the news: "the recent meeting", "earlier this week"
_EARLIER = re.compile(
    r"\brecent(?:ly)?\b|\bearlier\b|\blast\s+week\b|\bago\b"
    r"|\b(?:недавно|накануне|ранее|на\s+прошлой\s+неделе|на\s+минувшей\s+неделе)\b"
)
_SEASON = re.compile(
    r"\bthis\s+(?:year|fall|autumn|spring|summer|winter)\b"
    r"|\b(?:в\s+этом\s+году|этой\s+(?:осенью|весной|зимой)|этим\s+летом|осенью|весной)\b"
)
# "was held in Tashkent, according to the SCO Secretariat here on Monday": the day of the
# statement, not of the meeting
_ACCORDING_ON = re.compile(r"\baccording to [^,.;:]{0,80}?(?:\s+here)?\s+(?:on\s+)?$")
_WILL_BE_HELD = re.compile(
    r"\b(?:to be held|will be held|will take place|is scheduled|are scheduled|is planned"
    r"|are planned|is slated|are slated|will (?:meet|convene|gather))\b"
    # "the parties agreed to hold the first meeting of the working group on December 20"
    r"|\b(?:agreed|decided|agree|decide)\s+to\s+(?:hold|convene)\b"
)
# "A and B held talks in Moscow": talks held, as the lead tells them
_HELD_TALKS = re.compile(r"\b(?:held|had)\s+(?:\w+\s+)?talks\b")
# "a three-day meeting": the end date from the start
_N_DAYS = re.compile(
    r"\b(two|three|four|five|2|3|4|5)[- ]day\b|\b(двух|тр[её]х|четыр[её]х|пяти)дневн"
)
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5,
         "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5}  # fmt: skip
# "the meeting that will run through September 6": the end date of a meeting that has started
_RUNS_UNTIL = re.compile(r"\b(?:run|runs|last|lasts|continue|continues|held)\s+(?:\w+\s+)?"
                         r"(?:through|until|till|to)\s+$")  # fmt: skip


# "the experts' meeting, followed by the Council's session": two events in succession
_SEQUENCE = re.compile(r"\b(?:followed by|preceded by|and then|after which)\b")
# "the second meeting of experts": the number of a preparatory meeting, not of the body's
_OF_EXPERTS = re.compile(r"\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:experts?|working group)\b")


# a numbered meeting: "the 34th Regional Conference", "the Sixth CICA Summit", "XVIII
# заседания", "29-й ежегодной конференции" (a Roman numeral in capitals, a digit with its
# ending: "15 meetings" counts them)
_NUMBERED = re.compile(
    r"(?<![\w.])(?:(?P<num>\d{1,3})(?:-?(?:st|nd|rd|th)\b|-?(?:й|го|е|ое|ой|ом|м|я|ая|ей|ий)\b)"
    r"|(?P<roman>[IVXLC]{1,7})(?!\w)"
    r"|(?i:(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth)))\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?i:meeting|session|sitting|conference|summit|forum|plenary|collegium|заседани|совещани"
    r"|сесси|конференци|саммит|форум|встреч)"
)


def _number_of(m: re.Match[str]) -> int | None:
    """The number a _NUMBERED match gives its meeting."""
    if m.group("num"):
        return int(m.group("num"))
    if m.group("word"):
        return ORDINAL_WORDS[m.group("word").lower()]
    roman = m.group("roman")
    if roman == "I":
        return None  # the pronoun
    total = roman_value(roman)
    return total if total > 0 else None


# Every _NUMBERED match ends in one of its meeting words, whatever their case: a sentence
# whose lower-cased text holds none of them holds no match, unless it has a small letter that
# re.IGNORECASE lets stand for one of theirs (rx.folds_to_another).
_NUMBERED_WORDS = (
    "meeting", "session", "sitting", "conference", "summit", "forum", "plenary", "collegium",
    "заседани", "совещани", "сесси", "конференци", "саммит", "форум", "встреч",
)  # fmt: skip


def _numbered_in(ctx: Context, a: int, b: int) -> Iterator[re.Match[str]]:
    """``_NUMBERED.finditer(ctx.text, a, b)``, not searched where no match can end."""
    window = ctx.low[a:b]
    for word in _NUMBERED_WORDS:
        if word in window:
            return _NUMBERED.finditer(ctx.text, a, b)
    if folds_to_another(window):
        return _NUMBERED.finditer(ctx.text, a, b)
    return iter(())


def _numbers_in(ctx: Context, a: int, b: int) -> set[int]:
    """The numbers of the numbered meetings ``ctx.text[a:b]`` names."""
    out = set()
    for m in _numbered_in(ctx, a, b):
        n = _number_of(m)
        if n is not None:
            out.add(n)
    return out


# what the sides do at a meeting, next to the news day it is told on ("signed on Thursday",
# "в среду прибыл")
_ACTS_RX = (
    r"(?:signed|approved|adopted|arrived|met|held|discussed|agreed|visited|received|made"
    r"|подписал\w*|прибыл\w*|провел\w*|провёл\w*|обсудил\w*|принял\w*|встретил\w*"
    r"|состоял\w*|прош(?:ло|ел|ёл|ла|ли)|утвердил\w*|договорил\w*)"
)
_ACTED_BEFORE = re.compile(r"\b" + _ACTS_RX + r"(?:\s+[\w-]+){0,2}?\s+(?:on\s+|в\s+|во\s+)?$")
_ACTED_AFTER = re.compile(r"\s*,?\s*(?:[\w-]+\s+){0,2}?" + _ACTS_RX + r"\b")


# "the first meeting of the ", "the session of ": the body's own meeting follows
_MEETING_OF = re.compile(r"\b(?:meeting|session|sitting)\s+of\s+(?:the\s+)?$")


# "the incident happened on August 9", "the attack committed Oct. 31": the day of an incident
# the meeting discusses, not of the meeting (a meeting "took place", it does not "happen")
_INCIDENT_ON = re.compile(
    r"\b(?P<subject>(?:[\w'’-]+\s+){1,3}?)(?:that\s+|which\s+|was\s+)?"
    r"(?:happened|occurred|committed|perpetrated)\s+(?:on\s+|in\s+)?$"
)
_INCIDENT_VERBS = ("happened", "occurred", "committed", "perpetrated")
_MEETING_WORD = re.compile(r"\b(?:meeting|session|sitting|talks|conference|summit|forum)\b")


def _tells_held(ctx: Context, i: int) -> bool:
    """Whether sentence ``i`` tells, not in the future, of talks done ("A and B have
    discussed") or of a meeting held ("was held", "held talks")."""
    if ctx.has(FUTURE, i):
        return False
    a, b = ctx.doc.sentences[i]
    if DONE.search(ctx.low, a, b):
        return True
    return ctx.has(MEETING, i) and bool(
        HELD.search(ctx.low, a, b) or _HELD_TALKS.search(ctx.low, a, b)
    )


def _incident_day(low: str, start: int) -> bool:
    """Whether the date mention at ``start`` follows an incident's verb ("the fatal incident
    happened on", "the attack committed") whose subject is no meeting."""
    a = max(0, start - 60)
    if not any(low.find(verb, a, start) != -1 for verb in _INCIDENT_VERBS):
        return False  # the regex needs one of the verbs: most windows have none
    m = _INCIDENT_ON.search(low, a, start)
    return m is not None and not _MEETING_WORD.search(m.group("subject"))


# a signing the lead tells is the act the report is about
_SIGNED = re.compile(r"\bsigned\b")
# a sentence turning to another item of the news: "Meanwhile, ...", "Тем временем ..."
_MEANWHILE = re.compile(r"(?:meanwhile|in the meantime|тем временем|между тем)\b")
# an invitation to another event: its date follows
_INVITED_TO = re.compile(
    skip_ahead(
        r"\b(?:invit(?:ed|es|ing)\b[^.;]{0,80}?\bto (?:visit|attend|take part|participate|join)"
        r"|пригла(?:сил|шает|шают|сили)\w*[^.;]{0,80}?(?:посетить|принять участие|участвовать))\b"
    )
)
# a statement's day: "said on Tuesday", "announced Wednesday", "told reporters on Monday"
_SAID_ON = re.compile(
    r"\b(?:said|announced|stated|told(?: [\w ]{1,30}?)?)\s+(?:[\w'’]+\s+){0,4}?(?:on\s+)?$"
    r"|\b(?:заявил|сообщил|сказал|объявил)\w*(?:\s+[^\s.,;]+){0,3}?\s+(?:(?:в|во)\s+)?$"
)
# "At a press conference in Beijing on Monday, X said ...": the briefing's day
_AT_BRIEFING = re.compile(
    skip_ahead(r"\bat an? (?:press|news) (?:conference|briefing)\b[^.,;]{0,40}?(?:\s+on)?\s+$")
)
_AT_THE = re.compile(r"\s+(?:at|during|in the course of|на|в ходе)\s")
# "Об этом в среду сообщила ...": the news of it, given on that day
_ABOUT_THIS = re.compile(r"\bоб этом,?\s+$")
# how a stamp is set off from the lead it is glued to
_STAMP_END = re.compile(r"[ \t]*(?:[|–—-]|\(|,?[ \t]*\d{1,2}:\d\d)")
# what follows a stamp before the lead's words: a time of day, bars, an agency in brackets
_AFTER_STAMP = re.compile(
    r"[\s|,.:;–—-]*(?:\d{1,2}:\d\d[\s|,.:;–—-]*)?(?:\([^)]{0,40}\)[\s.,:;–—-]*)?"
)
# how many sentences after the lead's first a full date still dates the report's news
_LEAD_SPAN = 2
# "the results of the meeting", "decisions reached during the session", "итогами переговоров"
_RESULTS_OF_MEETING = re.compile(
    skip_ahead(
        r"\b(?:results?|outcomes?|decisions?|итог(?:и|ам|ами|ов|ах)|решени(?:я|й|ям|ями|ях))\s+"
        r"(?:[\w-]+\s+){0,3}?(?:meetings?|sessions?|sittings?|talks|summit|conference|переговор\w*|"
        r"заседани\w*|встреч\w*|совещани\w*|саммит\w*)\b"
    )
)
_RESULTS_REACH = 200
# "поручения ..., озвученного на саммите", "the invitation extended by the minister during"
_VOICED = re.compile(
    skip_ahead(
        r"\b(?:поручени\w*|приглашени\w*|инициатив\w*|предложени\w*|instructions?|invitations?|"
        r"initiatives?|proposals?)\b[^.;:]{0,80}?\b(?:озвучен\w*|сделанн\w*|высказанн\w*|"
        r"выдвинут\w*|extended|voiced|made|given|put forward)\b"
    )
)
_VOICED_REACH = 200
# "in 2017", "в 2023 году": a year stated for what the sentence tells
_ANY_YEAR = re.compile(r"(?<![\d./-])((?:19|20)\d\d)(?![\d./-]\d)")
_IN_THE_YEAR = re.compile(r"\b(?:in|в)\s+((?:19|20)\d\d)(?:\s+году)?\b(?![./-]\d)")
# how many days after the page's date a day without a year is not read as the year before's
_DAYS_AHEAD = 20
_NEWS_DAY_WORD = re.compile(r"\b(?:today|yesterday|сегодня|вчера)\b")
# how many months from the page's month a stated date lies in another time than the news's
_OTHER_TIMES = 12
# a date opening its sentence or clause, or right after a verb of holding
_CLAUSE_OPENS = re.compile(
    r"(?:^\W*|[,;:–—-]\s*|\b(?:conducted|held|taking place|took place|takes place|organi[sz]ed"
    r"|hosted|проходит|проходил[аио]?|прош(?:ло|[её]л|ла|ли)|состоял(?:ось|ся|ась|ись))\s+)"
    r"(?:(?:on|in)\s+|(?P<since>from|since|с|со)\s+)?(?:the\s+)?\W*$"
)
_TIME_AFTER = re.compile(r"[\s,]*\d{1,2}:\d\d")
_WORDS_AFTER = 3
# the lead's own days: what the first sentence tells happened on them
_LEAD_DAYS = frozenset({"today", "yesterday"})
# relative days that fall in the week of the news, so in the year of its page
_NEWS_DAYS = frozenset({"today", "yesterday", *WEEKDAY_NAMES})


# --------------------------------------------------------------------------- the choice
Found = tuple[str | None, str | None, str, str, Span | None]


@dataclass
class _Year:
    """A year to complete a date with, and whether the page or the text states it."""

    year: int
    stated: bool
    reference: dt.date  # the day "on 28 December" in a January report is resolved against


def _inside_parentheses(text: str, start: int, end: int) -> bool:
    """An aside: "(June 2016, Astana, Kazakhstan)", "the agreement (November 30, 2000)"."""
    opening = text.rfind("(", max(0, start - 40), start)
    if opening == -1 or ")" in text[opening:start]:
        return False
    closing = text.find(")", end, end + 40)
    return closing != -1 and "(" not in text[end:closing]


def _reports(low: str, start: int) -> bool:
    """ "Trend reports Oct. 30", "говорится в сообщении в субботу": the mention at ``start``
    follows a reporting verb."""
    a = max(0, start - 12)
    if low.find("report", a, start) == -1 and low.find("inform", a, start) == -1:
        a = max(0, start - 30)
        if not any(low.find(w, a, start) != -1 for w in ("сообщ", "заяв", "говорит")):
            return False
    return _REPORTS.search(low, a, start) is not None


_OPEN_QUOTES = "«“„"
_CLOSE_QUOTES = "»”"


def _quoted(text: str, start: int, pos: int) -> bool:
    """Whether offset ``pos`` is inside a quotation that opens in the same sentence."""
    part = text[start:pos]
    opened = sum(part.count(c) for c in _OPEN_QUOTES) - sum(part.count(c) for c in _CLOSE_QUOTES)
    return opened > 0 or part.count('"') % 2 == 1


class _Dating:
    """One report's dates, the publication date and what they give for the meeting."""

    def __init__(self, ctx: Context, pub: Publication) -> None:
        self.ctx = ctx
        self.pub = pub
        self.mentions = find_dates(ctx.text, ctx.lowered)
        self._content: list[int | None] = []  # the content year, worked out when first needed
        self._exercise: list[int | None] = []  # the exercises' year, when first needed
        self._later_ordinal: bool | None = None  # a "5th meeting" in the text, when first needed
        self._own_number: tuple[int | None, int] | None = None  # the report's meeting's number
        self.statement_sentences: set[int] = set()  # sentences dated by a statement's day
        self._held: bool | None = None  # the report tells of a meeting held, when first needed
        self._body_sentences: tuple[int, ...] | None = None
        self._announced: list[int | None] = []  # the announcement's lead, when first needed
        self._said: list[int | None] = []  # a sentence of what was said during the meeting
        # a page's numeric stamp opening a sentence that states the day further on, by sentence
        self.opening_stamps: dict[int, DateMention] = {}
        # full dates (day, month, year) in the lead's first sentences that no cue ties to the
        # meeting nor to another event
        self.lead_dates: list[DateMention] = []

    def content_year(self) -> int | None:
        if not self._content:
            self._content.append(content_year(self.ctx))
        return self._content[0]

    def year(self, at: int | None = None) -> _Year | None:
        """The year a date without one (at offset ``at``, when a stated day) belongs to: the
        page's (or the URL's), else the one the report's own reporting periods point to, else
        for the headline and lead (not for a day told further on, perhaps of another event)
        the year of the exercises the report names."""
        pub = self.pub
        if pub.year is not None:
            return _Year(pub.year, pub.trusted, pub.date or dt.date(pub.year, 12, 31))
        found = self.content_year()
        if found is None and at is not None:
            found = self._sentence_year(at)
        if found is None and (at is None or self.ctx.sent_idx(at) <= self._lead_index() + 1):
            found = self.exercise_year()
        return None if found is None else _Year(found, False, dt.date(found, 12, 31))

    def _sentence_year(self, at: int) -> int | None:
        """The one year the sentence of a day stated without one gives its meeting ("The 1st
        Secretariat Meeting in 2017 took place 24-26 January", "Первое в 2023 году заседание
        ... состоялось 16 мая"), in a sentence telling a meeting held, no other event and
        nothing to come."""
        ctx = self.ctx
        i = ctx.sent_idx(at)
        if not ctx.has(MEETING, i) or ctx.has(FUTURE, i) or ctx.has(OTHER_EVENT, i):
            return None
        a, b = ctx.doc.sentences[i]
        years = {m.group(1) for m in _ANY_YEAR.finditer(ctx.low, a, b)}
        if len(years) != 1:
            return None
        m = _IN_THE_YEAR.search(ctx.low, a, b)
        return int(m.group(1)) if m else None

    def exercise_year(self) -> int | None:
        if not self._exercise:
            self._exercise.append(exercise_year(self.ctx))
        return self._exercise[0]

    def today(self) -> tuple[dt.date, str] | None:
        """The day the report calls "today", and the basis of a date resolved against it."""
        pub = self.pub
        if pub.date and pub.trusted:
            return pub.date, "dateline" if pub.source == "dateline" else "publication"
        dl = pub.dateline
        if dl is not None and dl.day:
            y = self.year()
            day = safe_date(y.year, dl.month, dl.day) if y else None
            if y and day:
                return day, "dateline" if y.stated else "inferred"
        if pub.date:
            return pub.date, "inferred"
        return None

    # ----------------------------------------------------------------------- stated dates
    def candidates(self) -> list[tuple[int, DateMention]]:
        """(score, mention) of the date mentions that may be the meeting's, best first."""
        ctx = self.ctx
        doc = ctx.doc
        dl = doc.dateline
        # the first sentence of the article, from after its dateline
        lead = ctx.sent_idx(doc.paragraphs[0][0]) if doc.paragraphs else -1
        lead_from = dl.end if dl else (doc.sentences[lead][0] if lead >= 0 else 0)
        scored = []
        for d in self.mentions:
            if dl and dl.start <= d.start < dl.end:
                continue
            if self._opening_stamp(d):
                # "28.11.2024 | 16:05 |On 25 November, ...", "Душанбе, 30.06.2014 (Agency).-
                # ... состоялось с 25 по 26 июня": the page's or the desk's stamp glued to the
                # lead; the day the sentence states is the meeting's, in the stamp's year
                self.opening_stamps[ctx.sent_idx(d.start)] = d
                if ctx.sent_idx(d.start) == lead:
                    lead_from = _AFTER_STAMP.match(ctx.text, d.end).end()
                continue
            if d.year and d.year < 1990:
                continue
            if d.month is None and not d.relative:
                continue
            cyrillic = "\u0400" <= ctx.text[d.start] <= "\u04ff"
            if (not d.relative or cyrillic) and _reports(ctx.low, d.start):
                continue  # "Trend reports Oct. 30", "сообщила во вторник": the day of the news
            if d.relative and _ABOUT_THIS.search(ctx.low, max(0, d.start - 12), d.start):
                continue  # "Об этом в среду сообщила пресс-служба": the day of the news
            if d.relative and _ACCORDING_ON.search(ctx.low, max(0, d.start - 120), d.start):
                # "..., according to the Secretariat here on Monday": the statement's day; the
                # meeting came before it, on a day the report does not give
                self.statement_sentences.add(ctx.sent_idx(d.start))
                continue
            if ctx.sent_idx(d.start) > lead and self._results_of_earlier(d):
                continue  # "the results of the meeting of the group held on 7 December"
            if self._voiced_on(d):
                continue  # "the instructions the President gave on 19 August"
            score = self._mention_score(d, lead, lead_from, cyrillic)
            if score >= 3:
                score -= self._another_meeting(d)
            if score >= 3:
                scored.append((score, d))
            elif score >= 0 and d.day and not d.relative and self._lead_date(d, lead):
                self.lead_dates.append(d)
        scored.sort(key=lambda t: (-t[0], t[1].start))  # the first of equals
        return scored

    def _lead_date(self, d: DateMention, lead: int) -> bool:
        """Whether the full date ``d`` stands in the lead's first sentences, opening its
        clause, in a sentence that tells of no other event ("was founded", "signed")."""
        ctx = self.ctx
        sentence = ctx.sent_idx(d.start)
        if d.year is None or lead < 0 or not lead <= sentence <= lead + _LEAD_SPAN:
            return False
        return not ctx.has(OTHER_EVENT, sentence) and self._opens_clause(d)

    def _opens_clause(self, d: DateMention) -> bool:
        """Whether the full date ``d`` opens its clause ("On 2-3 February 2023, in Astana,
        ...", "..., from November 24 to 26, 2021, a group ...") or follows a verb of holding
        ("was conducted on 18 to 19 December 2018"), and the sentence goes on past it (not a
        page's stamp: "26 октября 2025.", "13 августа, 2013, 10:39 — ИА Регнум.")."""
        ctx = self.ctx
        a, b = ctx.doc.sentences[ctx.sent_idx(d.start)]
        opening = _CLAUSE_OPENS.search(ctx.low[a : d.start])
        if opening is None or _TIME_AFTER.match(ctx.text, d.end):
            return False
        if ctx.text[a : d.start].rstrip(" ,").isupper():
            return False  # "DUSHANBE, 28 September 2016 – A workshop ...": a wire's dateline
        if opening.group("since") and not d.end_day:
            return False  # "From 1 January 2015 the rules apply": a state that begins
        return len(ctx.text[d.end : b].split()) >= _WORDS_AFTER

    def _opening_stamp(self, d: DateMention) -> bool:
        """Whether ``d`` is a date with its year among its sentence's first words, set off from
        the rest like a stamp (a bar, a dash, a time, an agency in brackets), and followed in
        the sentence by a day and month written without a year."""
        ctx = self.ctx
        if not d.day or d.end_day or not _STAMP_END.match(ctx.text, d.end):
            return False
        a, b = ctx.doc.sentences[ctx.sent_idx(d.start)]
        if len(ctx.text[a : d.start].split()) > 2:
            return False
        # a stamp with its year, then a day without one ("28.11.2024 | 16:05 |On 25
        # November"); a desk's day without a year, then the day stated in full ("Душанбе, 30
        # ноября (Agency) 29 ноября 2010 года состоялась встреча")
        return any(
            d.end <= m.start < b
            and m.day
            and m.month
            and not m.relative
            and (not m.year if d.year else m.year is not None)
            for m in self.mentions
        )

    def reported_as_held(self) -> bool:
        """Whether the report's first sentences tell of a meeting held (past tense), not of
        one announced, or the report tells what was said during its meeting."""
        if self._held is None:
            ctx = self.ctx
            self._held = (
                announcement_lead(ctx) is None
                and any(_tells_held(ctx, i) for i in range(min(4, len(ctx.doc.sentences))))
            ) or self.said_during() is not None
        return self._held

    def said_during(self) -> int | None:
        """The first sentence telling what was said during the report's meeting, when first
        needed (date_cues.said_during)."""
        if not self._said:
            self._said.append(said_during(self.ctx))
        return self._said[0]

    def announced_in(self) -> int | None:
        """The sentence announcing the report's meeting ("will be held", "запланирована"), when
        the report is an announcement; else None."""
        if not self._announced:
            self._announced.append(announcement_lead(self.ctx))
        return self._announced[0]

    def body_sentences(self) -> tuple[int, ...]:
        """The sentence naming the convening body, and the one after it when it is a headline
        (no closing punctuation)."""
        if self._body_sentences is None:
            ctx = self.ctx
            body = ctx.body_span
            if body is None:
                self._body_sentences = ()
            else:
                i = ctx.sent_idx(body[0])
                a, b = ctx.doc.sentences[i]
                closed = ctx.text[a:b].rstrip().endswith((".", "!", "?", "»", "”", '"', ":", ";"))
                self._body_sentences = (i,) if closed else (i, i + 1)
                self._body_sentences += self._meetings_of_the_body(body[0])
        return self._body_sentences

    def _meetings_of_the_body(self, pos: int) -> tuple[int, ...]:
        """The sentences telling of "the meeting of" the known body named at ``pos``: "On 26
        February the first meeting of the Council was held" after "... for consideration of
        the Council" (the body's first mention)."""
        ctx = self.ctx
        named = ctx.org_at(pos)
        if named is None:
            return ()
        out = []
        for m in ctx.orgs:
            if m.ref == named.ref and m.start != pos:
                before = ctx.low[max(0, m.start - 30) : m.start]
                if _MEETING_OF.search(before):
                    out.append(ctx.sent_idx(m.start))
        return tuple(out)

    def _mention_score(self, d: DateMention, lead: int, lead_from: int, cyrillic: bool) -> int:
        """Points for a date mention from its sentence: about the meeting, the date the lead
        opens with, "on"/"in" before it, news copy's "on Thursday"; fewer for another event's
        date, a speaker's "today" or a dated aside."""
        ctx = self.ctx
        sentence = ctx.sent_idx(d.start)
        a, b = ctx.doc.sentences[sentence]
        score = 0
        if (
            ctx.has(MEETING, sentence)
            or ((d.year or d.relative or self.pub.date) and ctx.has(VISIT, sentence))
            or (sentence == lead and _SIGNED.search(ctx.low, a, b) is not None)
        ):
            # "On 5 October 2027, the minister visited the Agency in Dushanbe", "yesterday
            # visited": a visit's stated day; a visit's day with no year in the text nor a
            # page date is left alone, for a year taken from elsewhere may be another's; the
            # day of a signing the lead tells ("signed a memorandum ... on Dec. 4")
            score += 3
        elif sentence == lead and _OPENING.fullmatch(ctx.low, lead_from, d.start):
            # the date the lead opens with ("On 5 May, the heads of ... discussed")
            score += 0 if ctx.has(OTHER_EVENT, sentence) else 3
        elif sentence == lead and d.relative in _LEAD_DAYS:
            # the lead's "today" or "yesterday" dates what the lead tells, whatever its verb
            # ("An agreement ... was signed today in Dushanbe", "have today signed")
            score += 0 if ctx.has(OTHER_EVENT, sentence) else 3
        before = ctx.text[max(0, d.start - 4) : d.start].lower()
        if before.endswith("on ") or before.endswith("in "):
            score += 1
        if ctx.has(OTHER_EVENT, sentence) and other_event(ctx.low, a, b, d.start):
            # "the agreement signed on 4 June 1999", "last year's session, held on ...",
            # "on 5 March 1996 the Council was founded"
            score -= 3
        if self._numbered_otherwise(sentence):
            # "At the 34th Conference in May 2005, ..." in a report of the 35th: the date of
            # a meeting with another number
            score -= 3
        if _INVITED_TO.search(ctx.low, max(a, d.start - 200), d.start):
            # "invited him to visit the forum in September 2024": the event invited to
            score -= 3
        if (
            d.relative in WEEKDAY_NAMES
            and ctx.has(FUTURE, sentence)
            and _SAID_ON.search(ctx.low, max(a, d.start - 50), d.start)
            and not _AT_THE.match(ctx.low, d.end)
        ):
            # "... will be held from May 23 to 25, the Secretary said on Tuesday": the day of
            # the announcement, not of the meeting it announces (unless said at it)
            score -= 3
        if _AT_BRIEFING.search(ctx.low, max(a, d.start - 90), d.start):
            score -= 3  # the day of the briefing that announces or tells of the meeting
        if _MEANWHILE.match(ctx.low, a):
            score -= 3  # "Meanwhile, during the summit held on May 21": another item's news
        if not d.relative and _incident_day(ctx.low, d.start):
            score -= 3  # "the incident happened on August 9": the incident's day
        if sentence in self.body_sentences():
            score += 1  # the sentence names the convening body, or is the lead under its headline
            body = ctx.body_span
            if body is not None and a <= body[0] < b and self._sequenced_apart(d, body):
                # "the experts met on 2-3 October, followed by the Council's session on 4
                # October": the date on the other side of "followed by" is the other event's
                score -= 1
        if (
            not d.relative
            and self.reported_as_held()
            and ctx.has(FUTURE, sentence)
            and _WILL_BE_HELD.search(ctx.low, a, b)
        ):
            score -= 3  # a meeting "to be held in November" in a report of one already held
        if plan_not_held(ctx.low, a, d.start):
            score -= 3  # "was due to be held in China in June": a plan that did not happen
        announced = self.announced_in()
        if (
            announced is not None
            and sentence > announced
            and HELD.search(ctx.low, max(a, d.start - 40), d.start)
        ):
            # in an announcement, "which was held on 21 May" dates another, past meeting
            score -= 3
        if d.relative in WEEKDAY_NAMES or d.relative in ("today", "earlier in the day"):
            score += 1  # "on Thursday", "today": how news copy dates what it reports
        if d.relative == "tomorrow" and not (cyrillic and ctx.has(FUTURE, sentence)):
            score -= 2  # ("завтра" in an announcement is the meeting's day)
        if d.relative and _quoted(ctx.text, a, d.start):
            score -= 2  # «... law and order today»: a speaker's today, not the report's
        if not d.relative and sentence and _inside_parentheses(ctx.text, d.start, d.end):
            score -= 2  # a dated aside, unless in the first sentence (a headline's date)
        return score

    def _results_of_earlier(self, d: DateMention) -> bool:
        """Whether the mention, after the lead, dates a meeting whose results or decisions
        its sentence speaks of ("briefed on the results of the 15th meeting ... held October
        30", "the decisions reached at the session in December 2014", "в соответствии с
        итогами переговоров ... в июне 2015 года"): an earlier meeting, not the one reported."""
        ctx = self.ctx
        low = ctx.low
        a = ctx.doc.sentences[ctx.sent_idx(d.start)][0]
        start = max(a, d.start - _RESULTS_REACH)
        m = _RESULTS_OF_MEETING.search(low, start, d.start)
        # "по итогам совещания, прошедшего сегодня, 28 апреля": the news day's meeting
        return m is not None and _NEWS_DAY_WORD.search(low, m.end(), d.end) is None

    def _voiced_on(self, d: DateMention) -> bool:
        """Whether the mention dates an instruction, invitation or initiative that its sentence
        says was given, made or voiced ("в рамках поручения главы государства, озвученного на
        саммите 3 ноября", "at the invitation extended during his visit on 30 May"): the
        day of the words the meeting follows up, not the meeting's."""
        ctx = self.ctx
        low = ctx.low
        a = ctx.doc.sentences[ctx.sent_idx(d.start)][0]
        return _VOICED.search(low, max(a, d.start - _VOICED_REACH), d.start) is not None

    def _numbered_otherwise(self, sentence: int) -> bool:
        """Whether sentence ``sentence`` names numbered meetings, none with the number of the
        first one the headline or lead names (the report's meeting; an experts' preparatory
        meeting's number is not the body's)."""
        ctx = self.ctx
        if self._own_number is None:
            self._own_number = self._first_number()
        own, at = self._own_number
        if own is None or sentence == at:
            return False
        a, b = ctx.doc.sentences[sentence]
        told = _numbers_in(ctx, a, b)
        return bool(told) and own not in told

    def _first_number(self) -> tuple[int | None, int]:
        """The number of the first numbered meeting in the headline and lead, and its sentence."""
        ctx = self.ctx
        sentences = ctx.doc.sentences
        last = min(len(sentences), self._lead_index() + 2)
        for i in range(last):
            a, b = sentences[i]
            for m in _numbered_in(ctx, a, b):
                if "expert" in m.group().lower() or _OF_EXPERTS.match(ctx.low, m.end()):
                    return None, -1  # "the second meeting of experts": not the body's number
                n = _number_of(m)
                if n is not None:
                    return n, i
        return None, -1

    def _lead_index(self) -> int:
        ctx = self.ctx
        return ctx.sent_idx(ctx.doc.paragraphs[0][0]) if ctx.doc.paragraphs else 0

    def _sequenced_apart(self, d: DateMention, body: tuple[int, int]) -> bool:
        """Whether a connective of succession ("followed by", "preceded by") stands between
        the mention and the body's name in their sentence."""
        a, b = (d.end, body[0]) if d.end <= body[0] else (body[1], d.start)
        return _SEQUENCE.search(self.ctx.low, a, b) is not None

    def _another_meeting(self, d: DateMention) -> int:
        """3 when the mention's sentence dates another meeting of the body: the next one, after
        the lead, or the first one when this one has a later number; else 0."""
        ctx = self.ctx
        doc = ctx.doc
        a, b = doc.sentences[ctx.sent_idx(d.start)]
        lead_end = doc.paragraphs[0][1] if doc.paragraphs else len(ctx.text)
        if (a >= lead_end or self.reported_as_held()) and next_meeting(ctx.low, a, b):
            # "the next session will take place in October", after the lead or in a report
            # of a meeting held
            return 3
        if first_meeting(ctx.low, a, b):
            if self._later_ordinal is None:
                self._later_ordinal = any(
                    not _OF_EXPERTS.match(ctx.low, m.end()) for m in LATER_ORDINAL.finditer(ctx.low)
                )
            if self._later_ordinal:
                return 3  # "the first meeting was held in 1992", this one the 50th
        return 0

    def resolve(self, d: DateMention) -> Found | None:
        """The mention as a date, with its basis; None when there is no year for it."""
        ctx = self.ctx
        future = ctx.has(FUTURE, ctx.sent_idx(d.start))
        if d.relative:
            today = self.today()
            if today is None:
                return self._in_page_year(d)
            start, end, precision = resolve(d, today[0], future=future)
            basis = today[1]
        elif d.year:
            start, end, precision = resolve(d, None, future=future)
            basis = "explicit"
        else:
            y = self.year(d.start)
            stamp = self.opening_stamps.get(ctx.sent_idx(d.start))
            if stamp is not None and stamp.year and stamp.start < d.start:
                # the year of the stamp opening the sentence
                y = _Year(stamp.year, True, dt.date(stamp.year, stamp.month, stamp.day))
            if y is None:
                return None
            start, end, precision = resolve(d, y.reference, future=future)
            basis = "explicit" if y.stated else "inferred"
            if (
                start
                and start < y.reference.isoformat()
                and self._days_after_the_page(d, y.reference)
            ):
                return None
            if future and start and self.pub.date and start < _months_before(self.pub.date):
                # "пройдет 15 января", "will meet in January" on a page of 20 December: the
                # coming January is next year's
                start, end, precision = resolve(
                    d, y.reference.replace(year=y.reference.year + 1), future=True
                )
        if start is None:
            return None
        if precision == "day" and end is None:
            end = self.end_date(dt.date.fromisoformat(start), d.start)
        return start, end, precision, basis, ctx.span(d.start)

    def _days_after_the_page(self, d: DateMention, reference: dt.date) -> bool:
        """Whether a day written without a year falls within days after the page's date
        ("20 декабря" on a page of 11 December): read as the year before, it would be news a
        year old; it is a coming event's day or another item's, not the meeting's."""
        if d.day is None or d.month is None:
            return False
        same_year = safe_date(reference.year, d.month, d.day)
        return same_year is not None and 0 < (same_year - reference).days <= _DAYS_AHEAD

    def _in_page_year(self, d: DateMention) -> Found | None:
        """A relative day ("today", "on Tuesday") on a page that states only its year (a
        CMS's "2020-01-01" placeholder): the year, against the publication."""
        pub = self.pub
        if pub.year is None or not pub.trusted or d.relative not in _NEWS_DAYS:
            return None
        return str(pub.year), None, "year", "publication", self.ctx.span(d.start)

    def end_date(self, first: dt.date, pos: int) -> str | None:
        """The last day of a meeting whose first day is known: "the meeting that will run
        through September 6", "a three-day meeting"."""
        ctx = self.ctx
        for d in self.mentions:
            if d.start <= pos or d.relative or d.day is None or d.end_day:
                continue
            if not _RUNS_UNTIL.search(ctx.low, max(0, d.start - 40), d.start):
                continue
            last = safe_date(d.year or first.year, d.month, d.day)
            if last and 0 < (last - first).days <= 14:
                return last.isoformat()
        sentence = ctx.sent_idx(pos)
        for i in (sentence - 1, sentence, sentence + 1):
            if 0 <= i < len(ctx.doc.sentences) and ctx.has(MEETING, i):
                a, b = ctx.doc.sentences[i]
                has_days = ctx.low.find("day", a, b) != -1 or ctx.low.find("дневн", a, b) != -1
                m = _N_DAYS.search(ctx.low, a, b) if has_days else None
                if m:
                    days = _DAYS[m.group(1) or m.group(2)]
                    return (first + dt.timedelta(days=days - 1)).isoformat()
        return None

    # ----------------------------------------------------------------------- no stated date
    def meeting_sentences(self, end: int, *, with_title: bool) -> list[int]:
        """Sentences before offset ``end`` that report the meeting (a meeting word, not in
        the future, not a headline's "to meet")."""
        ctx = self.ctx
        title = ctx.doc.title_span
        out = []
        for i, (a, b) in enumerate(ctx.doc.sentences):
            if a >= end:
                break
            if title and a < title[1] and not with_title:
                continue
            if (
                ctx.has(MEETING, i)
                and not ctx.has(FUTURE, i)
                and not _TO_MEET.search(ctx.low, a, b)
            ):
                out.append(i)
        return out

    def in_guillemets(self, i: int) -> bool:
        """Whether sentence ``i`` lies inside a «quotation» opened in its paragraph."""
        ctx = self.ctx
        a = ctx.doc.sentences[i][0]
        para = next((s for s, e in ctx.doc.paragraphs if s <= a < e), a)
        part = ctx.text[para : a + 1]
        return part.count("«") > part.count("»")

    def undated(self) -> Found:
        """No sentence dates the meeting: what the report's wording and page still tell."""
        ctx, pub = self.ctx, self.pub
        doc = ctx.doc
        paras = doc.paragraphs
        lead_end = paras[min(1, len(paras) - 1)][1] if paras else len(ctx.text)
        reported = self.meeting_sentences(lead_end, with_title=True)
        if not reported and self.said_during() is not None:
            # a visit's lead, then "During the bilateral meeting, X emphasized": held
            reported = [self.said_during()]
        if not reported:
            reported = self._told_done(lead_end)
        under_way = self._under_way(lead_end)
        if under_way is not None:
            return under_way
        found = self._by_dateline(reported)
        if found is not None:
            return found
        found = year_only(ctx)
        if found is not None and not self._after_the_page(found[0]):
            return found
        if pub.year is None:
            # no page date: the year the report's own periods point to ("adopted the plan
            # for 2019"), for a meeting it reports as held
            found_year = (self.content_year() or self.exercise_year()) if reported else None
            if found_year is None:
                return UNKNOWN
            span = ctx.span(doc.sentences[reported[0]][0])
            return str(found_year), None, "year", "inferred", span
        # "will meet in Kazakhstan this fall": the year of publication
        for i, (a, b) in enumerate(doc.sentences):
            if a >= lead_end:
                break
            if ctx.has(MEETING, i) and _SEASON.search(ctx.low, a, b):
                return str(pub.year), None, "year", "inferred", ctx.span(a)
        acted = self._acted_on_news_day()
        if acted is not None:
            return acted
        if not reported:
            return self._page_month()
        return self._around_publication(reported)

    def _acted_on_news_day(self) -> Found | None:
        """ "signed on Thursday in London", "on Friday approved joint measures", "прибыл в
        Грузию сегодня": a news day (today, yesterday, a weekday) tied to what the sides did
        dates the undated meeting against the page's date; a day of a statement ("said on
        Monday", "сообщили в среду") is not tied to an act."""
        ctx = self.ctx
        for d in self.mentions:
            if d.relative not in _NEWS_DAYS:
                continue
            i = ctx.sent_idx(d.start)
            a, b = ctx.doc.sentences[i]
            if ctx.has(FUTURE, i) or _quoted(ctx.text, a, d.start):
                continue
            before = ctx.low[max(a, d.start - 30) : d.start]
            after = ctx.low[d.end : min(b, d.end + 30)]
            if not (_ACTED_BEFORE.search(before) or _ACTED_AFTER.match(after)):
                continue
            today = self.today()
            if today is None:
                return None
            start, end, precision = resolve(d, today[0])
            if start is None:
                return None
            return start, end, precision, today[1], ctx.span(d.start)
        return None

    def _to_come(self, i: int) -> bool:
        """Whether sentence ``i`` tells of a meeting to come ("will meet", "to meet")."""
        a, b = self.ctx.doc.sentences[i]
        return self.ctx.has(FUTURE, i) or _TO_MEET.search(self.ctx.low, a, b) is not None

    def _page_month(self) -> Found:
        """A dated page whose meeting the text neither dates nor tells in a form the other
        readings know ("received the delegation", "has been signed"): the news of the page's
        month, inferred; unless the text states a day or month outside that month, which
        may be the meeting's (another reading's to resolve, else no date), or announces a
        meeting to come."""
        ctx, pub = self.ctx, self.pub
        if pub.date is None:
            return UNKNOWN
        first = range(min(2, len(ctx.doc.sentences)))
        if all(self._to_come(i) for i in first) and not self.reported_as_held():
            return UNKNOWN  # headline and lead tell of a meeting to come, its day not yet given
        dl = ctx.doc.dateline
        for d in self.mentions:
            if d.relative or d.month is None or (dl and dl.start <= d.start < dl.end):
                continue
            if d.year and abs((d.year - pub.year) * 12 + d.month - pub.month) > _OTHER_TIMES:
                continue  # "the agreement of 11 June 2007": a time long before or after the news
            if ((d.year or pub.year), d.month) != (pub.year, pub.month):
                return UNKNOWN
        lead = ctx.doc.paragraphs[0][0] if ctx.doc.paragraphs else 0
        return f"{pub.year:04d}-{pub.month:02d}", None, "month", "inferred", ctx.span(lead)

    def _told_done(self, lead_end: int) -> list[int]:
        """The lead's sentence telling in the present perfect what the two sides did ("A and
        B have discussed ...", "have signed"), with no meeting word: the news of that day."""
        ctx = self.ctx
        for i, (a, b) in enumerate(ctx.doc.sentences):
            if a >= lead_end:
                break
            if DONE.search(ctx.low, a, b):
                return [] if ctx.has(FUTURE, i) or ctx.has(OTHER_EVENT, i) else [i]
        return []

    def _under_way(self, lead_end: int) -> Found | None:
        """ "is being held", "has started", "hosts": the meeting is under way as the report is
        written, on the day the report calls today; "завершилось двухдневное заседание": it
        ends that day, and began as many days before as it lasted."""
        ctx = self.ctx
        for i in self.meeting_sentences(lead_end, with_title=False):
            a, b = ctx.doc.sentences[i]
            if ctx.has(OTHER_EVENT, i):
                continue
            if _UNDER_WAY.search(ctx.low, a, b):
                today = self.today()
                if today is None:
                    return None
                end = self.end_date(today[0], a)
                return today[0].isoformat(), end, "day", today[1], ctx.span(a)
            if _ENDED.search(ctx.low, a, b):
                today = self.today()
                if today is None:
                    return None
                days = _N_DAYS.search(ctx.low, a, b)
                length = _DAYS[days.group(1) or days.group(2)] if days else 1
                if length == 1:
                    return today[0].isoformat(), None, "day", today[1], ctx.span(a)
                first = today[0] - dt.timedelta(days=length - 1)
                return first.isoformat(), today[0].isoformat(), "day", today[1], ctx.span(a)
        return None

    def _by_dateline(self, reported: list[int]) -> Found | None:
        """A wire's dateline is the day of the news: with no other date it dates a meeting
        reported as held (to the day when the page states the year, else the year alone)."""
        ctx = self.ctx
        doc = ctx.doc
        dl = self.pub.dateline
        earlier = any(_EARLIER.search(ctx.low, *doc.sentences[i]) for i in reported)
        # a meeting known only from a quoted statement («... состоялось ...») happened before
        # the statement, on a day the news does not give
        quoted = bool(reported) and all(self.in_guillemets(i) for i in reported)
        quoted = quoted or any(i in self.statement_sentences for i in reported)
        if (
            reported
            and dl is not None
            and dl.day
            and not dl.year
            and not earlier
            and not quoted
            and not self._announced_only()
        ):
            y = self.year()
            day = safe_date(y.year, dl.month, dl.day) if y else None
            if y and y.stated and day and self._desk_elsewhere(reported):
                # "ТАШКЕНТ, 4 мая — ... В Алматы прошло заседание": the desk's day is the day of
                # the news of a meeting held elsewhere, around that day (inferred)
                return day.isoformat(), None, "day", "inferred", _dateline_span(ctx)
            if y and y.stated and day:
                return day.isoformat(), None, "day", "dateline", _dateline_span(ctx)
            if y and day and self._weekday_agrees(day):
                # "ЕРЕВАН, 14 окт ... сообщил в пятницу": the year the report's figures point
                # to makes the dateline's day the Friday the news names
                return day.isoformat(), None, "day", "inferred", _dateline_span(ctx)
            if y and day and self.pub.year is not None:
                # "MINSK, 11 December (BelTA)" on a page whose address gives the year: the
                # dateline's day in that year, the year not stated by the page (inferred)
                return day.isoformat(), None, "day", "inferred", _dateline_span(ctx)
            if y:
                return str(y.year), None, "year", "inferred", _dateline_span(ctx)
        return None

    def _desk_elsewhere(self, reported: list[int]) -> bool:
        """Whether a sentence reporting the meeting names its venue, a city other than the
        dateline's (the news desk's)."""
        ctx = self.ctx
        venue, dl = ctx.venue_city, ctx.doc.dateline
        if venue is None or dl is None:
            return False
        cities = ctx.lex.cities
        desk, told = set(), False
        for g in ctx.geo:
            if g.kind != "city":
                continue
            if dl.start <= g.start < dl.end:
                desk.add(cities[g.ref]["name"])
            elif cities[g.ref]["name"] == venue and ctx.sent_idx(g.start) in reported:
                a = ctx.doc.sentences[ctx.sent_idx(g.start)][0]
                told = told or not _quoted(ctx.text, a, g.start)  # not a speaker's "in Minsk"
        return told and bool(desk) and venue not in desk

    def _after_the_page(self, year: str) -> bool:
        """Whether ``year`` comes after the year of a dated page reporting its meeting held
        ("состоялось заседание ... решение о проведении пленарного заседания в 2026 году" on a
        page of 2025): the year of a coming event, not of the meeting."""
        pub = self.pub
        return (
            pub.trusted
            and pub.year is not None
            and int(year) > pub.year
            and self.announced_in() is None
            and self.reported_as_held()
        )

    def _announced_only(self) -> bool:
        """Whether the report announces its meeting and tells none held ("During the
        bilateral meeting, A said"): an announcement's dateline is the day of the news of a
        meeting still to come."""
        return self.announced_in() is not None and not self.reported_as_held()

    def _weekday_agrees(self, day: dt.date) -> bool:
        """Whether the report names a weekday and every one it names is ``day``'s."""
        named = {WEEKDAY_NAMES[d.relative] for d in self.mentions if d.relative in WEEKDAY_NAMES}
        return named == {day.weekday()}

    def _around_publication(self, reported: list[int]) -> Found:
        """Reported as having taken place ("was held", "the recent meeting", "earlier this
        week") with no date: the month of publication, or the year when the week may lie in
        the month before."""
        ctx, pub = self.ctx, self.pub
        doc = ctx.doc
        span = ctx.span(doc.sentences[reported[0]][0])
        month = pub.month
        for i in reported:
            week = _WEEK.search(ctx.low, *doc.sentences[i])
            if week and pub.date:
                if week.group().startswith(("last", "past", "a", "на прошлой", "на минувшей")):
                    first = pub.date - dt.timedelta(days=13)
                else:
                    first = pub.date - dt.timedelta(days=pub.date.weekday())
                if first.month != pub.date.month:
                    month = None
                break
        if month is None:
            return str(pub.year), None, "year", "inferred", span
        return f"{pub.year:04d}-{month:02d}", None, "month", "inferred", span


def find_meeting_date(ctx: Context, pub: Publication) -> Found:
    """(date_start, date_end, precision, basis, evidence span) of the meeting."""
    dating = _Dating(ctx, pub)
    ctx.date_mentions = dating.mentions
    scored = dating.candidates()
    if not scored:
        if len(dating.lead_dates) == 1:
            # "On 2-3 February 2023, in Astana, UNODC conducted a round table", "The seminar was
            # conducted on 18 to 19 December 2018": the one full date the lead states is the
            # day of what the report tells, whatever it calls the event
            found = dating.resolve(dating.lead_dates[0])
            if found is not None:
                return found
        return dating.undated()
    # the best mention; when it cannot be resolved ("Today, on May 15, 2012" and no page
    # date) another in the same sentence can, while one elsewhere may date another event
    sentence = ctx.sent_idx(scored[0][1].start)
    same = [d for _, d in scored if ctx.sent_idx(d.start) == sentence]
    for d in same:
        found = dating.resolve(d)
        if found is not None:
            if d.relative:
                # "Today, on October 1, 2019", "В среду, 10 марта": the date the text states (its
                # year, if missing, from the page), when they agree; the one written with the
                # relative day first, even when no cue scores it ("(October 4, 2010) On Monday,
                # September 27, 2010, a delegation spent the day with ...")
                after = [m for m in dating.mentions if m.start > d.start and m not in same]
                stated_here = same + [m for m in after if ctx.sent_idx(m.start) == sentence]
                for other in sorted(stated_here, key=lambda o: abs(o.start - d.start)):
                    if not other.relative and other.month and other.day:
                        stated = dating.resolve(other)
                        if stated is not None and (stated[0] == found[0] or _close(d, other)):
                            # "on Tuesday, March 4" on a page a month later, "YEREVAN,
                            # NOVEMBER 28, ...: ... received today" on a repost dated by its
                            # URL: the day the text states, not the page's week
                            return stated
            return found
    # a headline's "3 июля" with no year and no page date: the same day stated with its year
    # in another sentence ("3 июля 2019 года в Нур-Султане состоится ...")
    for d in (d for _, d in scored if d.year and ctx.sent_idx(d.start) != sentence):
        if any((d.month, d.day) == (s.month, s.day) for s in same if not s.relative):
            found = dating.resolve(d)
            if found is not None:
                return found
    # no date of the best sentence has a year to resolve against ("накануне" on a page with
    # no date): the year of the periods the meeting sums up, when the report states them
    if pub.year is None and content_year(ctx, results_only=True) is not None:
        return dating.undated()
    return UNKNOWN


# how near a relative day and a stated date stand to name one day ("on Tuesday, March 4")
_CLOSE_CHARS = 80


def _close(a: DateMention, b: DateMention) -> bool:
    """Whether two mentions of one sentence stand close enough to name the same day."""
    gap = b.start - a.end if a.start < b.start else a.start - b.end
    return gap <= _CLOSE_CHARS


def date_in_sentence(ctx: Context, pub: Publication, sentence: int) -> Found | None:
    """The date a sentence states (resolved as :func:`find_meeting_date` resolves the
    meeting's), for a caller that knows which sentence reports the meeting."""
    dating = _Dating(ctx, pub)
    a, b = ctx.doc.sentences[sentence]
    for d in dating.mentions:
        if a <= d.start < b and (d.month is not None or d.relative):
            found = dating.resolve(d)
            if found is not None:
                return found
    return None


def _months_before(day: dt.date) -> str:
    """The ISO day (or month) three months before ``day``: a coming event's date is later."""
    earlier = day - dt.timedelta(days=90)
    return earlier.isoformat()[:7]


def _dateline_span(ctx: Context) -> Span | None:
    dl = ctx.doc.dateline
    return ctx.span(dl.start) if dl else None
