"""A small date grammar for English news copy (faster and more predictable than dateparser).

Forms recognised: "13 August 2025", "13-14 August 2025", "13 and 14 August", "August 23 and
24, 2010", "Oct. 4", "30 September - 1 October 2025", "August 2025", "13.08.2025",
"2025-08-13", unambiguous "8/23/2010", and the relative words today / yesterday / the day
before yesterday / tomorrow / on <weekday>.

Rule: never invent a year. A date without a year gets one only from a publication date (page
header, dateline, or passed in by the caller); otherwise it stays unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from .rx import CI

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}  # fmt: skip

_MONTH_WORDS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
                "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]  # fmt: skip
# Russian month names: genitive ("18 сентября"), nominative and prepositional ("в сентябре
# 2023 года"), and the abbreviations of wire datelines ("МИНСК, 18 сен — Sputnik").
_RU_MONTHS = (
    ("января", "январь", "январе", "янв"), ("февраля", "февраль", "феврале", "фев"),
    ("марта", "март", "марте"), ("апреля", "апрель", "апреле", "апр"), ("мая", "май", "мае"),
    ("июня", "июнь", "июне", "июн"), ("июля", "июль", "июле", "июл"),
    ("августа", "август", "августе", "авг"), ("сентября", "сентябрь", "сентябре", "сен", "сент"),
    ("октября", "октябрь", "октябре", "окт"), ("ноября", "ноябрь", "ноябре", "ноя", "нояб"),
    ("декабря", "декабрь", "декабре", "дек"),
)  # fmt: skip
for _i, _forms in enumerate(_RU_MONTHS, 1):
    MONTHS.update(dict.fromkeys(_forms, _i))
_RU_MONTH_WORDS = [w for forms in _RU_MONTHS for w in forms]
# English: Title case as in running text, ALL CAPS as in some page headers, never lower case
# ("may"); Russian writes month names in lower case, Title case in some page stamps.
_EN_FORMS = tuple(dict.fromkeys(_MONTH_WORDS + [w.upper() for w in _MONTH_WORDS]))
_RU_FORMS = tuple(
    dict.fromkeys(
        _RU_MONTH_WORDS
        + [w.title() for w in _RU_MONTH_WORDS]
        + [w.upper() for w in _RU_MONTH_WORDS]
    )
)
# a day number, with an English or a Russian ordinal ending ("7th", "7-го")
_D = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th|-го)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_SEP = r"\s*(?:-|–|—|and|to|through|till|и|по)\s*"


def _word_patterns(forms: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    """The forms with month names, for one script's names (longest first in the alternation,
    so that it takes "Sept" over "Sep" and "сентября" over "сен")."""
    mu = "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\.?"
    return [
        # 30 September - 1 October 2025
        (
            "dmdmy",
            re.compile(
                rf"\b(?P<d1>{_D})\s+(?P<m1>{mu}){_SEP}(?P<d2>{_D})\s+(?P<m2>{mu})"
                rf"(?:,?\s+(?P<y>{_Y}))?\b"
            ),
        ),
        # September 30 - October 1, 2025
        (
            "mdmdy",
            re.compile(
                rf"\b(?P<m1>{mu})\s+(?P<d1>{_D}){_SEP}(?P<m2>{mu})\s+(?P<d2>{_D})"
                rf"(?:,?\s+(?P<y>{_Y}))?\b"
            ),
        ),
        # 13 August 2025, 13-14 August, 13 and 14 of August, 21-May-2013
        (
            "dmy",
            re.compile(
                rf"\b(?P<d1>{_D})(?:{_SEP}(?P<d2>{_D}))?(?:\s+(?:of\s+)?|-)(?P<m1>{mu})"
                rf"(?:(?:,?\s+|-)(?P<y>{_Y}))?\b"
            ),
        ),
        # August 23 and 24, 2010 / Oct. 4 / Apr.8
        (
            "mdy",
            re.compile(
                rf"\b(?P<m1>{mu})(?:\s+|(?<=\.))(?P<d1>{_D})(?:{_SEP}(?P<d2>{_D}))?\b(?!\s*%)"
                rf"(?:,?\s+(?P<y>{_Y})\b)?"
            ),
        ),
        # August 2025 / in August of 2025
        ("my", re.compile(rf"\b(?P<m1>{mu})\s+(?:of\s+)?(?P<y>{_Y})\b")),
    ]


_PATTERNS = [
    *_word_patterns(_EN_FORMS),
    ("iso", re.compile(rf"\b(?P<y>{_Y})-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)\b")),
    ("dotted", re.compile(rf"\b(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\.(?P<y>{_Y})\b")),
    ("slash", re.compile(rf"\b(?P<a>[0-3]?\d) ?/ ?(?P<b>[0-3]?\d) ?/ ?(?P<y>{_Y})\b")),
]


def _cyrillic(text: str) -> bool:
    """Whether the text has Cyrillic words (their commonest vowels: a few substring searches,
    far cheaper than a regex scan of a character range); only then are the Cyrillic forms
    looked for."""
    return any(ch in text for ch in "оаеиОАЕИ")


_RELATIVE_KEYS = (
    "the day before yesterday", "yesterday", "today", "tomorrow", "this morning", "tonight",
    "earlier in the day", "on monday", "on tuesday", "on wednesday", "on thursday", "on friday",
    "on saturday", "on sunday",
)  # fmt: skip
_RU_RELATIVE_KEYS = (
    "позавчера", "вчера", "сегодня", "завтра", "в понедельник", "во вторник", "в среду",
    "в четверг", "в пятницу", "в субботу", "в воскресенье", "в минувш", "в прошл", "накануне",
)  # fmt: skip


def _automaton(words: tuple[str, ...]) -> ahocorasick.Automaton:
    ac = ahocorasick.Automaton()
    for w in words:
        ac.add_word(w, len(w))
    ac.make_automaton()
    return ac


_RELATIVE_AC = _automaton(_RELATIVE_KEYS)
# with the Russian keys (the two share none): one pass over a Cyrillic text, not two
_BOTH_RELATIVE_AC = _automaton(_RELATIVE_KEYS + _RU_RELATIVE_KEYS)
_RELATIVE = CI(
    r"\b(?P<rel>the day before yesterday|yesterday|today|tomorrow|this morning|tonight"
    r"|earlier in the day)\b"
    r"|\bon\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<rel_ru>позавчера|вчера|сегодня|завтра)\b"
    # "в ходе сегодняшнего заседания": the meeting is the day of the news
    r"|\b(?P<today_ru>сегодняшн\w+)(?=\s+(?:заседани|встреч|совещани|переговор|сесси|коллеги))"
    # "Накануне в Минске прошло ...": the day before the news ("накануне заседания" is not)
    r"|\b(?P<eve>накануне)(?=\s+(?:в|во|на)\s|\s*,)"
    r"|\bв(?:о)?\s+(?:(?P<past>минувш|прошл)(?:ий|ый|ой|ую|ее|ое)\s+)?"
    r"(?P<wd_ru>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
)
_RU_RELATIVE = {"позавчера": "the day before yesterday", "вчера": "yesterday", "сегодня": "today",
                "завтра": "tomorrow", "понедельник": "monday", "вторник": "tuesday",
                "среду": "wednesday", "четверг": "thursday", "пятницу": "friday",
                "субботу": "saturday", "воскресенье": "sunday"}  # fmt: skip


@dataclass(slots=True)
class DateMention:
    """A date as written: any part may be unknown (None)."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    relative: str | None = None  # today / yesterday / weekday name
    past: bool = False  # "в минувший вторник": the weekday before the day of the news

    @property
    def text_len(self) -> int:
        return self.end - self.start


def _month(tok: str) -> int | None:
    return MONTHS.get(tok.lower().rstrip("."))


_NON_DIGIT = re.compile(r"\D")


def _day(tok: str | None) -> int | None:
    if not tok:
        return None
    d = int(_NON_DIGIT.sub("", tok))
    return d if 1 <= d <= 31 else None


_NUMERIC_HINT = re.compile(r"\d ?[./-] ?\d")
_WORD_KINDS = ("dmdmy", "mdmdy", "dmy", "mdy", "my")


_MONTH_AC = _automaton(_EN_FORMS)
# with the Russian forms (the two share none): one pass over a Cyrillic text, not two
_BOTH_MONTH_AC = _automaton(_EN_FORMS + _RU_FORMS)


def _month_positions(text: str, cyrillic: bool = False) -> list[tuple[int, int]]:
    """(start, end) of whole-word month names, found in one Aho-Corasick pass per script."""
    out = []
    n = len(text)
    last_start = -1
    hits = _MONTH_AC.iter(text) if not cyrillic else sorted(_BOTH_MONTH_AC.iter(text))
    for end_idx, length in hits:
        i, e = end_idx - length + 1, end_idx + 1
        if (i == 0 or not text[i - 1].isalpha()) and (e >= n or not text[e].isalpha()):
            if out and out[-1][0] == i:  # "Sep" inside "Sept": keep the longer
                out[-1] = (i, max(e, out[-1][1]))
            elif i > last_start:
                out.append((i, e))
                last_start = i
    out.sort()
    return out


_MONTH_FIRST = ("mdmdy", "mdy", "my")
_WORD_PATTERNS = [(kind, rx) for kind, rx in _PATTERNS if kind in _WORD_KINDS]  # in order
_RU_WORD_PATTERNS = _word_patterns(_RU_FORMS)
_FIRST_DIGIT = re.compile(r"\d")  # every day-first form starts with one (see _D)


def _iter_matches(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Regex matches of every date form, anchored at month names (speed: no full-text scans
    of the month alternation), plus the numeric forms when the text has digit groups."""
    n = len(text)
    cyrillic = _cyrillic(text)
    months = _month_positions(text, cyrillic)
    for idx, (ms, me) in enumerate(months):
        a, b = max(0, ms - 30), min(n, me + 40)
        while a > 0 and text[a - 1].isalnum():
            a -= 1
        while b < n and text[b].isalnum():
            b += 1
        if not any(map(str.isdigit, text[a:b])):
            continue
        two_months = idx + 1 < len(months) and months[idx + 1][0] - me < 25
        # day-first forms start with a digit: scanning the window from its first one finds
        # the same matches
        first_digit = None
        patterns = _RU_WORD_PATTERNS if cyrillic and text[ms] >= "\u0400" else _WORD_PATTERNS
        for kind, rx in patterns:
            if not two_months and kind in ("dmdmy", "mdmdy"):
                continue
            if kind in _MONTH_FIRST:
                m = rx.match(text, ms)
                if m:
                    yield kind, m
            else:
                if first_digit is None:
                    d = _FIRST_DIGIT.search(text, a, b)
                    first_digit = b if d is None else d.start()
                for m in rx.finditer(text, first_digit, b):
                    if m.start("m1") == ms:
                        yield kind, m
    done = -1
    for h in _NUMERIC_HINT.finditer(text):
        if h.start() < done:
            continue
        a, b = max(0, h.start() - 6), min(n, h.end() + 10)
        while a > 0 and text[a - 1].isalnum():
            a -= 1
        while b < n and text[b].isalnum():
            b += 1
        done = b
        for kind, rx in _PATTERNS:
            if kind not in _WORD_KINDS:
                yield from ((kind, m) for m in rx.finditer(text, a, b))


def find_dates(text: str, lowered: str | None = None) -> list[DateMention]:
    """Every date mention in ``text``, non-overlapping, longest first at each position.
    ``lowered``: ``text.lower()`` when the caller has it already."""
    found: list[DateMention] = []
    for kind, m in _iter_matches(text):
        g = m.groupdict()
        y = int(g["y"]) if g.get("y") else None
        if kind in ("dmdmy", "mdmdy", "dmy", "mdy", "my"):
            m1 = _month(g["m1"])
            d1 = _day(g.get("d1"))
            if kind != "my" and d1 is None:
                continue
            d2 = _day(g.get("d2"))
            m2 = _month(g["m2"]) if g.get("m2") else (m1 if d2 else None)
            if d2 is not None and m2 == m1 and d1 is not None and d2 <= d1:
                d2 = m2 = None  # "4 and 2 May" is not a range
            found.append(DateMention(m.start(), m.end(), y, m1, d1, y if d2 else None, m2, d2))
        elif kind in ("iso", "dotted"):
            mo, d = int(g["m1"]), int(g["d1"])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                found.append(DateMention(m.start(), m.end(), y, mo, d))
        elif kind == "slash":
            a, b = int(g["a"]), int(g["b"])
            if a > 12 and 1 <= b <= 12:
                found.append(DateMention(m.start(), m.end(), y, b, a))
            elif b > 12 and 1 <= a <= 12 or a == b and 1 <= a <= 12:
                found.append(DateMention(m.start(), m.end(), y, a, b))
            # both parts <= 12 and different: US or European order? refuse to guess.
    # Relative dates start where one of the keys occurs: all of them found in one pass (13
    # substring searches of the whole text cost several times more). No key can overlap
    # another occurrence of itself at a word start, so these are the same starts as those
    # of a key-by-key search.
    low = text.lower() if lowered is None else lowered
    cyrillic = _cyrillic(low)
    # with both key sets the hits come in text order, not English first: the same mentions
    # (only _dedupe's order, by start and length, tells them apart)
    hits = _BOTH_RELATIVE_AC.iter(low) if cyrillic else _RELATIVE_AC.iter(low)
    for end_idx, length in hits:
        m = _RELATIVE.rx.match(low, end_idx - length + 1)
        if m:
            rel = m.group("rel") or m.group("wd")
            if rel and cyrillic and _amid_cyrillic(low, m.start(), m.end()):
                continue  # "Kazakhstan Today" in Russian copy: an agency's name, not a day
            if rel is None:
                rel = (
                    "yesterday"
                    if m.group("eve")
                    else "today"
                    if m.group("today_ru")
                    else _RU_RELATIVE[m.group("rel_ru") or m.group("wd_ru")]
                )
            past = bool(m.group("past"))
            found.append(DateMention(m.start(), m.end(), None, None, None, relative=rel, past=past))
    if _cyrillic(text):
        found.extend(_ru_months_alone(text))
    return _dedupe(found)


def _amid_cyrillic(low: str, start: int, end: int) -> bool:
    """Whether the words around ``low[start:end]`` are mostly Cyrillic: an English word there
    is part of a name, not English running text."""
    around = low[max(0, start - 60) : start] + low[end : end + 60]
    cyr = sum("а" <= ch <= "я" or ch == "ё" for ch in around)
    lat = sum("a" <= ch <= "z" for ch in around)
    return cyr > lat


# "в мае", "в середине мая", "в начале октября": a month without a day or a year
_RU_MONTH_ALONE = re.compile(
    r"\b(?:[Вв]\s+(?:(?:середине|начале|конце)\s+(?P<g>[а-я]+я|марта|августа)|(?P<p>[а-я]+е))"
    r"|(?:[Вв]\s+)?(?:середине|начале|конце)\s+(?P<g2>[а-я]+я|марта|августа))\b"
    r"(?!\s+(?:19|20)\d\d)"
)


def _ru_month_alone_matches(text: str) -> list[re.Match[str]]:
    """``list(_RU_MONTH_ALONE.finditer(text))``, the pattern tried only where a match can
    start (it opens with "в"/"В" and a space, or with "середине", "начале", "конце"): those
    places found by substring search, tried in text order as the scan would find them."""
    starts = []
    for letter in "вВ":
        p = text.find(letter)
        while p != -1:
            if text[p + 1 : p + 2].isspace():
                starts.append(p)
            p = text.find(letter, p + 1)
    for word in ("середине", "начале", "конце"):
        p = text.find(word)
        while p != -1:
            starts.append(p)
            p = text.find(word, p + 1)
    starts.sort()
    out = []
    last = 0
    for p in starts:
        if p < last:
            continue
        m = _RU_MONTH_ALONE.match(text, p)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def _ru_months_alone(text: str) -> list[DateMention]:
    out = []
    for m in _ru_month_alone_matches(text):
        key = next(k for k in ("g", "p", "g2") if m.group(k))
        month = MONTHS.get(m.group(key))
        if month is not None:
            out.append(DateMention(m.start(key), m.end(key), None, month, None))
    return out


def _dedupe(found: list[DateMention]) -> list[DateMention]:
    found.sort(key=lambda d: (d.start, -d.text_len))
    out: list[DateMention] = []
    last_end = -1
    for d in found:
        if d.start >= last_end:
            out.append(d)
            last_end = d.end
    return out


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def resolve(
    mention: DateMention, publication: dt.date | None, *, future: bool = False
) -> tuple[str | None, str | None, str]:
    """(date_start, date_end, precision) for a mention; never invents a year.

    ``future`` says the sentence speaks of a coming event, so a date after the publication
    date stays in the publication year instead of moving to the year before.
    """
    if mention.relative:
        if publication is None:
            return None, None, "unknown"
        rel = mention.relative
        if rel in WEEKDAYS:
            delta = (publication.weekday() - WEEKDAYS[rel]) % 7
            if mention.past:
                day = publication - dt.timedelta(days=delta or 7)
            else:
                day = publication + dt.timedelta(days=-delta if not future else (7 - delta) % 7)
        else:
            offset = {"the day before yesterday": -2, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
            day = publication + dt.timedelta(days=offset)
        return day.isoformat(), None, "day"
    year = mention.year
    if year is None:
        if publication is None or mention.month is None:
            return None, None, "unknown"
        year = publication.year
        if mention.day:
            cand = _safe_date(year, mention.month, mention.day)
            if cand and not future and cand > publication + dt.timedelta(days=2):
                year -= 1  # "on 28 December" in a report published on 5 January
    if mention.month is None:
        return str(year), None, "year"
    if mention.day is None:
        return f"{year:04d}-{mention.month:02d}", None, "month"
    start = _safe_date(year, mention.month, mention.day)
    if start is None:
        return None, None, "unknown"
    end = None
    if mention.end_day:
        end_month = mention.end_month or mention.month
        end_year = year + 1 if end_month < mention.month else year
        end_d = _safe_date(end_year, end_month, mention.end_day)
        if end_d and end_d > start:
            end = end_d.isoformat()
    return start.isoformat(), end, "day"


def to_date(mention: DateMention) -> dt.date | None:
    """A full calendar date when the mention has year, month and day."""
    if mention.year and mention.month and mention.day:
        return _safe_date(mention.year, mention.month, mention.day)
    return None


# --------------------------------------------------------------------------- page stamps
# A page's own date stamp is written in more ways than running text: lower-case month names
# ("10 july 2018"), numeric dates in either order ("Thu, 06/04/2009" is US order, as its
# weekday shows; "08 / 06 / 2016" on a site outside the US is day first).
_LOWER_MONTH = re.compile(
    r"(?<![A-Za-z])(january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z])"
)
_NUMERIC_STAMP = re.compile(rf"\b([0-3]?\d) ?([./-]) ?([0-3]?\d) ?\2 ?({_Y})\b")
# "2016.03.10 / 17:38", "2018/8/4 15:39:12": year first, then month and day (no site writes
# the day before the month after a leading year)
_YEAR_FIRST_STAMP = re.compile(rf"\b({_Y})([./])([01]?\d)\2([0-3]?\d)\b(?![./]\d)")
# "21.09.07": a stamp with a two-digit year, day first (as Russian-language sites write it)
_SHORT_STAMP = re.compile(r"(?<![\d.])([0-3]?\d)\.([01]\d)\.(\d\d)(?![\d.])")
_WEEKDAY_ABBR = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)
_WEEKDAY_INDEX = {w[:3]: i for w, i in WEEKDAYS.items()}


def stamp_dates(
    line: str, mentions: list[DateMention] | None = None
) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of every full calendar date in a page stamp line, in line order.
    ``mentions``: ``find_dates(line)`` when the caller has it already."""
    if any(c.islower() for c in line):
        titled = _LOWER_MONTH.sub(lambda m: m.group(1).title(), line)
        if titled != line:
            line, mentions = titled, None
    out = []
    numeric = [(m.start(), m.end(), m) for m in _NUMERIC_STAMP.finditer(line)]
    for d in find_dates(line) if mentions is None else mentions:
        if to_date(d) and not any(a <= d.start < b for a, b, _ in numeric):
            out.append((d.start, d.end, to_date(d)))
    for a, b, m in numeric:
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        day_first = _safe_date(year, second, first)
        month_first = _safe_date(year, first, second) if m.group(2) == "/" else None
        choice = day_first or month_first
        if day_first and month_first and day_first != month_first:
            weekday = _WEEKDAY_ABBR.search(line)
            wanted = _WEEKDAY_INDEX[weekday.group(1).lower()] if weekday else None
            if month_first.weekday() == wanted and day_first.weekday() != wanted:
                choice = month_first
        if choice:
            out.append((a, b, choice))
    for m in _YEAR_FIRST_STAMP.finditer(line):
        day = _safe_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if day and not any(a <= m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), day))
    for m in _SHORT_STAMP.finditer(line):
        if any(a <= m.start() < b for a, b, _ in out):
            continue
        short = int(m.group(3))
        # a two-digit year up to the next one is this century's, else the last one's
        century = 2000 if short <= dt.date.today().year % 100 + 1 else 1900
        day = _safe_date(century + short, int(m.group(2)), int(m.group(1)))
        if day:
            out.append((m.start(), m.end(), day))
    out.sort(key=lambda t: t[0])
    return out


def short_year_dates(text: str) -> list[DateMention]:
    """The dates written with a two-digit year, day first ("19.05.18"), in ``text``: a wire
    dateline's form on Russian-language agencies' pages ("Бишкек, 19.05.18. /Кабар/.")."""
    out = []
    for start, end, day in stamp_dates(text):
        if _SHORT_STAMP.fullmatch(text, start, end):
            out.append(DateMention(start, end, day.year, day.month, day.day))
    return out


# /2013/09/..., /20170629/..., /2019/10/29/..., /2018/05-16/...
# "..._date_2019_05_15_19_02_19": a date written with underscores in a page's name
_URL_DATE_UNDERSCORED = re.compile(
    r"[_-]((?:19|20)\d\d)([_-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[_./-]|$)"
)
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])(?:[/-]?(0[1-9]|[12]\d|3[01]))?(?=[/._-]|$)"
)
# ".../sng1-20080915-41948196/", ".../news/20100528034615519-<slug>": eight digits of a
# date between a name's separators, or a time stamp's date with its time of day after it
_URL_DATE_PACKED = re.compile(
    r"[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
    r"(?:(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d*)?(?=[/._-]|$)"
)


# ".../view/<slug>-175877-2026": an item's number and then its year ending the path (the
# Belarusian state sites' CMS): the year alone
_URL_YEAR_LAST = re.compile(r"-\d{3,}-((?:19|20)\d\d)/?$")


def url_date(url: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month or None, day or None) of a date written in a URL's path, if any."""
    if not url:
        return None
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    path = path.split("?", 1)[0].split("#", 1)[0]
    m = _URL_DATE.search(path)
    if not m:
        # "..._2019_05_03_...", ".../news-2024-05-21-1-2", ".../<slug>-2023-03-29-32078": a
        # date inside a name, its parts joined by one separator
        named = _URL_DATE_UNDERSCORED.search(path)
        if named:
            return _url_ymd(int(named.group(1)), int(named.group(3)), int(named.group(4)))
        m = _URL_DATE_PACKED.search(path)
    if not m:
        last = _URL_YEAR_LAST.search(path)
        if last is None or int(last.group(1)) > dt.date.today().year + 1:
            return None
        return int(last.group(1)), None, None
    return _url_ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)


def _url_ymd(year: int, month: int, day: int | None) -> tuple[int, int, int | None] | None:
    """A URL's date, the day dropped when there is no such day, none from the future."""
    if day is not None and _safe_date(year, month, day) is None:
        day = None
    if year > dt.date.today().year + 1:
        return None
    return year, month, day


# --------------------------------------------------------------------------- loose stamps
# A stamp line whose parts stand in an order or with separators the forms above do not read:
# "2021-5-14 13:22", "3 февр. 2016", "Апрель 27/ 2009", "24 03 2021, 08:23", "25/04/18",
# "9 September 201919:24" (a time glued to the year). The line must hold nothing but a day, a
# month (a number or a name), a year and times; a weekday makes it a site's clock ("Monday,
# 25, November, 2024": the day the page was shown), which dates no news.
_LOOSE_TIME = re.compile(r"(?<!\d)\d{1,2}:\d\d(?::\d\d)?(?!\d)")
_GLUED_TIME = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}:\d\d)")
_LOOSE_SPLIT = re.compile(r"[\s,./|–—-]+")


def _loose_month(word: str) -> int | None:
    """A month name, full or cut short ("февр", "sept"), in either language."""
    month = MONTHS.get(word)
    if month is None and len(word) >= 3:
        month = next(
            (m for name, m in MONTHS.items() if len(name) > 4 and name.startswith(word)), None
        )
    return month


LOOSE_STAMP_CHARS = 48  # the longest line loose_stamp reads


def loose_stamp(line: str) -> dt.date | None:
    """The date of a short line that is nothing but a stamp's parts in any order, else None."""
    if len(line) > LOOSE_STAMP_CHARS:
        return None
    line = _LOOSE_TIME.sub(" ", _GLUED_TIME.sub(r"\1 ", line.lower()))
    numbers: list[str] = []
    months: list[int] = []
    for tok in _LOOSE_SPLIT.split(line):
        if not tok:
            continue
        if tok.isdigit():
            numbers.append(tok)
        elif (month := _loose_month(tok)) is not None:
            months.append(month)
        else:
            return None
    years = [int(n) for n in numbers if len(n) == 4]
    if len(months) == 1 and len(numbers) == 2 and len(years) == 1:
        day = next(int(n) for n in numbers if len(n) <= 2)
        return _safe_date(years[0], months[0], day)
    if months or len(numbers) != 3 or any(len(n) > 4 or len(n) == 3 for n in numbers):
        return None
    first, second, third = numbers
    if len(first) == 4 and len(second) <= 2 and len(third) <= 2:
        return _safe_date(int(first), int(second), int(third))
    if len(first) <= 2 and len(second) <= 2 and len(third) in (2, 4):
        year = int(third) if len(third) == 4 else 2000 + int(third)
        if len(third) == 2 and int(third) > dt.date.today().year % 100 + 1:
            year -= 100
        return _safe_date(year, int(second), int(first))
    return None
