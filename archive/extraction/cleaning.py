"""Boilerplate removal, headline and publication-date detection, datelines (found by
``datelines``), sentence splitting.

The cleaned text is ``title + "\\n\\n" + paragraphs joined by blank lines``; every offset the
extractor reports points into it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .datelines import find_dateline, lone_dateline
from .dates import LOOSE_STAMP_CHARS, MONTHS, find_dates, loose_stamp, stamp_dates, to_date
from .headlines import choose_headline, sentence_rest
from .rx import CI, lower_same_len
from .unwrap import unwrap

_WS = re.compile(
    r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*| {2,}"
)
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ODD_SPACES = (
    "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# Control characters (C0 but newline, DEL, C1): a headline is shown, syndicated and serialised
# as XML, which cannot carry them.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")

# Whole lines that are site furniture.
_FURNITURE = CI(
    r"^(?:read\s+\d[\d,. ]*\s+times?|\d[\d,. ]*\s+(?:views?|reads?|comments?)|views?:?\s*\d+"
    r"|share(?: this| on \w+| article)?:?|follow us(?: on)?:?.*|tweet|print(?: version)?|e-?mail"
    r"|subscribe.*|sign up.*|newsletter.*|all news|latest news|news feed|related(?: \w+)?:?"
    r"|recent news.*|read (?:also|more)(?::.*)?|see also:?.*|tags?:.*|photo(?: by)?:.*"
    r"|source:.*|advertisement|copyright.*|©.*|\(c\)\s*\d{4}.*|all rights reserved.*"
    r"|published in .*|posted in .*|filed under .*|comments?|add (?:a )?comment|leave a comment"
    r"|back to top|home|main|menu|search|log ?in|sign in|register|x|facebook|telegram|vk"
    r"|vkontakte|whatsapp|twitter|youtube|instagram|odnoklassniki|ok|linkedin|rss|version for"
    r" the visually impaired.*|the official website of .*|official website of .*|en|ru|kz|eng"
    r"|рус|қаз|print this page|font size.*|listen(?: to (?:the )?(?:article|news))?"
    r"|\d+\s*min(?:ute)?s? read|reading time.*|previous(?: article| news)?|next(?: article| news)?"
    r"|top news|most read|popular|more from .*|more news.*|click here.*|if you find a mistake.*"
    r"|found a typo.*|use of materials.*|when using materials.*|hyperlink.*|we use cookies.*"
    r"|.*cookie policy.*|.*cookies to improve.*|accept(?: all)?(?: cookies)?|subscribe to our .*"
    r"|join us on .*|follow us on .*|download our app.*|lead:?"
    # tag and rubric lines, share and feedback widgets, language switchers, view counters
    r"|more about:.*|other materials on (?:the|this) topic.*|connect with us.*"
    r"|recommend (?:news|this|the article).*|(?:your|friend['’]s) (?:name|e-?mail):?.*"
    r"|this (?:information|material|article) (?:may|must|can) not be reproduced.*"
    r"|found (?:an error|a mistake)[^.]*\??|select the (?:error|text|mistake).*"
    r"|.*ctrl\s*\+\s*enter.*"
    r"|this (?:text|article|news) (?:is )?(?:also )?available in .*|(?:region|theme|rubric"
    r"|category|section|tags?|keywords?):.*|url:.*|views?:?\s*\d[\d,. ]*|read:?\s*\d[\d,. ]*"
    r"|news line|latest|last minute|breaking news|relevant news|most viewed|top read"
    r"|(?:[\w\u0400-\u04ff\u0530-\u058f'’ʻ]+\s*[|/•]\s*){1,6}(?:english|eng|en)"
    r"|\+?\s*[↺↻]?\s*[−-]?\s*\d{1,2}\s*px)$",
)
# Lines after which the rest of the page is furniture (related lists, sidebars, footers).
_CUTOFF = CI(
    r"^(?:visit also|related (?:articles|news|posts|stories|materials)|read also|more news"
    r"|recent news|other news|see also|you may also like|you might also like|staff publications"
    r"|most read|popular news|latest news|news feed|also read|more on this topic|more stories"
    r"|recommended|similar news|top stories)\b",
)
_BYLINE = re.compile(
    r"^(?i:by|author:?|text:?|written by|reporting by|story by)\s+"
    r"(?P<name>(?:[A-Z]\.\s*)*[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][a-z'’-]+){0,3})\b"
)
_DIGIT = re.compile(r"\d")
_LEAD_LABEL = re.compile(r"^(?:lead|summary|abstract|in brief)\s*:\s+", re.IGNORECASE)
_TIME = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b(?:\s*[ap]\.?m\.?)?|\((?:utc|gmt)[^)]{0,12}\)|\b(?:utc|gmt)\b",
    re.IGNORECASE,
)
# a time of day ending a line ("... Thursday, June 3, 2021 12:00:25 PM"), and how far back
# from the end its date is looked for
_CLOCK_END = re.compile(r"\d:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*$", re.IGNORECASE)
_LATE_STAMP_CHARS = 60
# a weekday before a stamp's date ("Thursday, June 3, 2021 12:00")
_WEEKDAY_END = re.compile(
    r"[\s,]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|понедельник|вторник|среда|четверг"
    r"|пятница|суббота|воскресенье)[\s,]*$",
    re.IGNORECASE,
)
# A page's metadata line at the very top: "date 2017-05-25" (as stored copies of pages begin).
_META_DATE = re.compile(r"^\s*date\s+(\d{4}-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?)?\b[ \t]*")
# A labelled stamp: "Published: 26.10.2018", "posted 2 Apr 2012, 01:14 by ...", "Updated ...".
_STAMP_LABEL = re.compile(
    r"^(?:(?P<upd>(?:last )?updated?|modified|последнее обновление|обновлено)"
    r"|published|posted|date|created|publication date|опубликовано|дата публикации)"
    r"(?:\s+(?:on|at))?\s*:?\s*",
    re.IGNORECASE,
)
_STAMP_HINT = re.compile(r"\d ?[./] ?\d|\d\s+[a-z]{3}", re.IGNORECASE)
# A monitoring digest's source lines above the article: "Interfax news agency, Moscow, in
# Russian 0704 gmt 27 Jul 07" (source, city, language, time and the day it was broadcast),
# one or several to a line (hard-wrapped copy joins them).
_MONITORING_SOURCE = re.compile(
    r"[^,\n]{3,80}?,\s+[A-Z][\w'.-]*(?:\s+[\w'.-]+){0,3},\s+in\s+[A-Z][a-z]+"
    r"(?:\s+\d{3,4}\s+gmt)?\s+(?P<day>[0-3]?\d)\s+(?P<month>[A-Z][a-z]{2,8})\.?"
    r"\s+(?P<year>\d{4}|\d{2})\b\s*"
)
# Trust of a header date: the page's metadata, a plain or labelled stamp, an update stamp.
META, STAMP, UPDATE = 3, 2, 1
_SENT_END = re.compile(r"[.!?…][\"'”’»)]*$")

_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "st", "no", "nos", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "jr", "sr",
    "kh", "sh", "zh", "ch", "yu", "ya", "ts", "ye",  # transliterated initials: "Kh. Sharifzoda"
    "дж",  # a Cyrillic two-letter initial: "К.Дж. Джунушалиев"
    "vs", "etc", "prof", "rep", "sen", "gov", "adm", "cmdr", "insp", "supt", "approx", "e.g", "i.e",
    "u.s", "u.k", "vol", "art", "para", "fig", "ft", "pol", "brig", "ltd", "inc", "co", "corp",
}  # fmt: skip
_LAST_WORD = re.compile(r"([\w.]+)$")
_DOTTED_ABBR = re.compile(r"(?:[a-z]\.)+[a-z]|(?:[а-яё]{1,2}\.)+[а-яё]{1,2}")
_SENT_BREAK = re.compile(r"[.!?…][\"'”’»)]*\s+(?=[\"'“‘«(\[]?[A-Z0-9\u0400-\u042f])")


@dataclass
class Dateline:
    city_text: str
    start: int  # offsets in cleaned text
    end: int
    date_start: int | None = None
    date_end: int | None = None


@dataclass
class CleanDoc:
    text: str
    title: str | None
    title_span: tuple[int, int] | None
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    publication_date: dt.date | None
    header_dates: list[dt.date] = field(default_factory=list)
    # where the publication date comes from: "meta" (the page's metadata line), "header" or
    # "footer" (a labelled stamp under the article)
    publication_source: str | None = None
    # a dateline on a line of its own before the article ("Baku, October 2, AZERTAC")
    header_dateline: str | None = None
    bylines: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    body_start: int = 0

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence containing offset ``pos`` (the last one starting at or before
        it; offsets before the first sentence belong to it)."""
        starts = self.__dict__.get("_starts")
        if starts is None:
            starts = self.__dict__["_starts"] = [s for s, _ in self.sentences]
        return max(0, bisect_right(starts, pos) - 1)


# a widget's own day above the article ("Currency rates from 26/02/2026", "Погода 5 мая"): the
# day the page was stored, not the day it was published
_WIDGET_DATE = re.compile(
    r"\b(?:currency|exchange|rates?|weather|forecast|курсы?|валют\w*|погода)\b", re.IGNORECASE
)
# A site's clock above the article ("TODAY IS MONDAY, DECEMBER 17, 2018, 9:33:47 AM", "...,
# 24-октябрь, 2017 Бишкек убактысы 12:11" - Bishkek time): the moment the page was stored, not
# the day it was published
_SITE_CLOCK = re.compile(r"\btoday is\b|\bубактысы\b", re.IGNORECASE)


def _is_date_line(line: str) -> list[dt.date] | None:
    """Dates of a line that is only a date (page date, time stamp), else None: in the forms
    of running text and stamps, or a stamp's parts in any order ("Monday, 27, June, 2022")."""
    found = _stamp_line(line)
    # (a line longer than loose_stamp reads is not searched for digits)
    if not found and len(line) <= LOOSE_STAMP_CHARS and _DIGIT.search(line) is not None:
        loose = loose_stamp(line)
        found = found if loose is None else [loose]
    return found


def _stamp_line(line: str) -> list[dt.date] | None:
    # more than nine words: splitting off ten is enough to know
    if len(line.split(None, 9)) > 9 or _DIGIT.search(line) is None:
        return None
    if _WIDGET_DATE.search(line) or _SITE_CLOCK.search(line):
        return None
    mentions = find_dates(line)
    if not mentions and not _STAMP_HINT.search(line):
        return None  # neither a date of running text nor a stamp's numeric or lower-case one
    spans = [(d.start, d.end) for d in mentions]
    stamps = stamp_dates(line, mentions)
    if not spans and not stamps:
        return None
    spans += [(a, b) for a, b, _ in stamps if not any(a <= x < b for x, _ in spans)]
    covered = sum(b - a for a, b in spans)
    rest = _TIME.sub("", line)
    for a, b in spans:
        rest = rest.replace(line[a:b], "")
    rest_words = [w for w in re.split(r"[\s,|/•·()\[\]-]+", rest) if w and not w.isdigit()]
    if covered < 6 or len(rest_words) > 3:
        return None
    return [d for _, _, d in stamps]


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _header_stamp(line: str) -> tuple[dt.date, int, str | None] | None:
    """A page stamp in a line before the article: (date, trust, what is left of the line as a
    header line, or None when nothing is). Labelled stamps ("Posted 2 Apr 2012, 01:14 by
    ...") and dates among a line's first three words ("Uzbekistan 01/07/2009 <headline>",
    "10 july 2018 <headline>", "Politics 9 February 2006 20:05") count, and so does a date with a
    time of day ending the line ("<headline> 28 April 2011, 19:28", however long the headline,
    a weekday before the date going with it); a date later in a headline does not."""
    late = len(line) > 80 and _CLOCK_END.search(line, len(line) - 16)
    if _DIGIT.search(line[:60]) is None and not late:
        return None
    label = _STAMP_LABEL.match(line)
    stamps = stamp_dates(line[:80])
    if not stamps and late:
        # a long headline with the stamp at its end: look for the date there only
        at = len(line) - _LATE_STAMP_CHARS
        stamps = [(a + at, b + at, d) for a, b, d in stamp_dates(line[at:])]
    if not stamps:
        return None
    a, b, date = stamps[0]
    if _WIDGET_DATE.search(line[:a]) or _SITE_CLOCK.search(line):
        return None  # "Погода 12.03.2026 +4": a widget's day; a site's clock
    if label:
        if _TIME.sub("", line[label.end() : a]).strip(" ,.;|-–—"):
            return None  # only a time of day may stand between the label and the date
        return date, UPDATE if label.group("upd") else STAMP, None
    if len(line[:a].split()) > 2:
        # "<headline> 28 April 2011, 19:28": a date and a time of day end the line
        tail = line[b:]
        if _TIME.search(tail) and not _TIME.sub("", tail).strip(" ,.;|-–—"):
            return date, STAMP, _WEEKDAY_END.sub("", line[:a]).strip(" ,.;|-–—")
        return None
    rest = _TIME.sub("", line[b:]).strip(" ,.:;|-–—•·/[]()")
    words = [w for w in rest.split() if any(c.isalpha() for c in w)]
    return date, STAMP, rest if len(words) >= 3 else None


# a page's closing list of other stories: this many blank lines before it, this many lines in it
_FOOTER_GAP = 4
_FOOTER_MIN_LINES = 5


def _looks_like_headline(line: str) -> bool:
    """A headline-sized line after a sidebar list (8-20 words, no final full stop)."""
    n = len(line.split())
    return 7 <= n <= 25 and not _SENT_END.search(line)


def _is_body_line(line: str) -> bool:
    n = len(line.split())
    return (n >= 8 and bool(_SENT_END.search(line))) or n >= 25


_ADDRESS_START = re.compile(r"\S*\.\w")
_LATIN_WORD = re.compile(r"\b[a-zA-Z]{3,}")
_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]{3,}")


def _runs_on_a_sentence(line: str) -> bool:
    """A line of six words and more opening in lower case with capitals further on, and no
    menu, breadcrumb or figures (a "posted 3 Nov 2016 by ..." stamp): it carries on a sentence
    or a list the article began ("the Republic of Armenia headed by ...;"), so the article has
    started."""
    return (
        sentence_rest(line)
        and len(line.split()) >= 6
        and not _ADDRESS_START.match(line)  # a site's address opening a breadcrumb
        and not any(c.isdigit() or c in "|/»>" for c in line)
        and not (_LATIN_WORD.search(line) and _CYRILLIC_WORD.search(line))  # a row of links
    )


def _cut_off_sentence(line: str) -> bool:
    """A page's last line that is a sentence cut off mid-list, not a headline: it stops at a
    comma, or runs on for ten words and more with commas in it ("... delegations of Armenia,
    Belarus, Kaz")."""
    line = line.rstrip()
    return line.endswith(",") or (len(line.split()) >= 10 and line.count(",") >= 2)


def _drop_trailing_headlines(kept: list[str]) -> list[str]:
    """The lines after the article's last sentence that are not sentences themselves: other
    stories' headlines, tag lists ("CIS Uzbekistan Samarkand meeting"), a source name."""
    end = len(kept)
    while end > 1:
        line = kept[end - 1]
        if _SENT_END.search(line) or len(line.split()) > 20 or line.endswith(":"):
            break
        if end == len(kept) and _cut_off_sentence(line):
            break
        end -= 1
    # only when a finished sentence stands before them: a text cut off mid-sentence keeps its
    # last line
    if end < len(kept) and _SENT_END.search(kept[end - 1]):
        return kept[:end]
    return kept


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (one paragraph)."""
    out: list[tuple[int, int]] = []
    s = start
    # pos/endpos instead of a copy of the paragraph: the pattern looks neither behind its
    # start nor past ``end``, so the matches are the same
    for m in _SENT_BREAK.finditer(text, start, end):
        cut = m.start()
        word = _LAST_WORD.search(text, max(s, cut - 20), cut)
        prev = word.group(1).lower() if word else ""
        if text[cut] == "." and (
            prev in _ABBREV or (len(prev) == 1 and prev.isalpha()) or _DOTTED_ABBR.fullmatch(prev)
        ):
            continue
        e = m.end()
        sent_end = e
        while sent_end > s and text[sent_end - 1].isspace():
            sent_end -= 1
        if sent_end > s:
            out.append((s, sent_end))
        s = e
    if s < end and text[s:end].strip():
        out.append((s, end))
    return out


# a tag left in a page's copy: "<font color=red>", "</b>"
_MARKUP = re.compile(r"</?[A-Za-z][^<>]{0,200}>")


def _plain_headline(line: str) -> str:
    """A headline without control characters or stray tags (each becomes a space) or a final
    full stop."""
    if _CONTROL.search(line):
        line = " ".join(_CONTROL.sub(" ", line).split())
    if "<" in line and _MARKUP.search(line):
        line = " ".join(_MARKUP.sub(" ", line).split())
    return line.rstrip(" .")


def _normalise(raw: str) -> tuple[str, dt.date | None]:
    """Line breaks, invisible characters and odd spaces made plain; the page's metadata date
    line taken off the top."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    # str.__contains__ checks are far cheaper than a regex pass over text that is usually clean
    if any(ch in raw for ch in _INVISIBLE_CHARS):
        raw = _INVISIBLE.sub("", raw)
    if "  " in raw or any(ch in raw for ch in _ODD_SPACES):
        raw = _WS.sub(" ", raw)
    raw = _unwrap_hard_breaks(raw)
    meta = _META_DATE.match(raw)
    meta_date = None
    if meta:
        meta_date = _iso_date(meta.group(1))
        raw = raw[meta.end() :]
    return raw, meta_date


# a line broken before a lower-case word, Latin or Cyrillic ("the 77th\nmeeting of the
# Council", "Совета министров\nвнутренних дел"); it breaks a sentence unless the line before
# ends with closing punctuation
_BREAK_BEFORE_LOWER = re.compile(r"\n[ \t]*[a-zа-яё]")
_CLOSING = frozenset('.!?:;"»”')
_SOFT_BREAK = re.compile(r"(?<=[^\s.!?:;\"»”])[ \t]*\n(?=[ \t]*\S)")


def _unwrap_hard_breaks(raw: str) -> str:
    """Text hard-wrapped at a fixed width (news copy passed through e-mail or an aggregator)
    made one line per paragraph again: when many lines break mid-sentence, every break after
    a line without closing punctuation joins the next line to it."""
    lines = raw.count("\n")
    if lines < 6:
        return raw
    mid = 0
    for m in _BREAK_BEFORE_LOWER.finditer(raw):
        before = raw[max(0, m.start() - 3) : m.start()].rstrip(" \t")
        if before and before[-1] not in _CLOSING and not before[-1].isspace():
            mid += 1
    if mid < 3 or mid < 0.25 * (lines - raw.count("\n\n")):
        return raw
    return _SOFT_BREAK.sub(" ", raw)


@dataclass
class _Page:
    """A page's non-empty lines sorted: the header's stamps and lines, the article's
    paragraphs, bylines, a dateline on its own line, dates under the article."""

    stamps: list[tuple[dt.date, int]] = field(default_factory=list)  # with trust, page order
    header_dateline: str | None = None
    footer: list[dt.date] = field(default_factory=list)
    # dates alone on a line under the article, with no label
    bare_footer: list[dt.date] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)


def _monitoring_source_dates(line: str) -> list[dt.date] | None:
    """The days of a line made only of monitoring digests' source lines, else None."""
    found = []
    pos = 0
    # each source line must start where the last one ends: matched there, not searched for
    while (m := _MONITORING_SOURCE.match(line, pos)) is not None:
        month = MONTHS.get(m.group("month").lower())
        if not month:
            return None
        pos = m.end()
        year = int(m.group("year"))
        if year < 100:
            # a two-digit year up to the next one is this century's, else the last one's
            year += 2000 if year <= dt.date.today().year % 100 + 1 else 1900
        try:
            found.append(dt.date(year, month, int(m.group("day"))))
        except ValueError:
            return None
    return found if found and pos == len(line) else None


def _take_stamp_or_byline(page: _Page, line: str, body_started: bool) -> bool:
    """A line of dates (a stamp in the header, "Posted 16.11.2020" under the article), a
    monitoring digest's source line or a byline, kept as such; whether the line was one."""
    if not body_started:
        broadcast = _monitoring_source_dates(line)
        if broadcast:
            page.stamps.extend((day, STAMP) for day in broadcast)
            return True
    dates = _is_date_line(line)
    if dates is not None:
        label = _STAMP_LABEL.match(line)
        if not body_started:
            trust = UPDATE if label and label.group("upd") else STAMP
            page.stamps.extend((d, trust) for d in dates)
        elif not page.stamps and len(page.kept) <= 2 and _TIME.search(line):
            # "August 18, 2022 11:30" under a headline glued to the lead: the page's stamp
            page.stamps.extend((d, UPDATE) for d in dates)
        elif label and not label.group("upd"):
            page.footer.extend(dates)  # "Posted 16.11.2020" under the article
        elif not label:
            page.bare_footer.extend(dates)  # "4th February 2021" alone under the article
        return True
    by = _BYLINE.match(line)
    if by and len(line) < 120 and not _is_body_line(line[by.end() :] or "x"):
        page.bylines.append(by.group("name"))
        for d in find_dates(line):
            if to_date(d) and not body_started:
                page.stamps.append((to_date(d), STAMP))
        return True
    return False


def _take_header_line(page: _Page, line: str) -> None:
    """A line above the article: a stamp (with the rest of the line, if any, as a header
    line), or a header line when it is mostly letters and three words or more."""
    stamp = _header_stamp(line)
    if stamp is not None:
        page.stamps.append(stamp[:2])
        if stamp[2] is None:
            return
        line = stamp[2]
    if len(line.split()) >= 3 and sum(c.isalpha() for c in line) > 0.6 * len(line):
        page.header.append(line)


def _footer_list_start(lines: list[str]) -> int:
    """Where a page's closing list of other stories begins: after a run of blank lines, a
    block of short lines of which hardly any ends with a full stop (other stories' headlines);
    the number of lines when there is none."""
    blank = 0
    text_before = False
    for i, line in enumerate(lines):
        if not line:
            blank += 1
            continue
        if blank >= _FOOTER_GAP and text_before:
            block = [ln for ln in lines[i:] if ln]
            stops = sum(1 for ln in block if ln.endswith("."))
            short = all(len(ln.split()) <= 25 for ln in block)
            if len(block) >= _FOOTER_MIN_LINES and short and stops * 4 <= len(block):
                return i
        blank = 0
        text_before = True
    return len(lines)


def _sort_lines(raw: str) -> _Page:
    """Each line of the page to where it belongs; furniture, sidebars, stray menu items and
    repeated paragraphs dropped."""
    lines = [ln.strip() for ln in raw.split("\n")]
    lines = lines[: _footer_list_start(lines)]
    # the same lines lower-cased in one go, for the case-insensitive furniture patterns
    # (lowering keeps line breaks and whitespace as they are, so the lines correspond)
    low_lines = [ln.strip() for ln in lower_same_len(raw).split("\n")][: len(lines)]
    low_lines = [low for ln, low in zip(lines, low_lines, strict=True) if ln]
    lines = [ln for ln in lines if ln]
    page = _Page()
    header_dateline = None
    body_started = False
    seen: set[str] = set()
    body_words = 0
    in_sidebar = False
    for idx, line in enumerate(lines):
        low_line = low_lines[idx]
        if _CUTOFF.rx.match(low_line) and len(line.split()) <= 6:
            if body_words >= 60:
                break  # related lists, sidebars and footers after the article
            in_sidebar = True  # a list before the article: drop its short lines
            continue
        if in_sidebar:
            short = len(line.split()) < 8 or not _SENT_END.search(line)
            if short and _is_date_line(line) is None and not _looks_like_headline(line):
                continue
            in_sidebar = False
        if len(line) < 240 and _FURNITURE.rx.match(low_line):  # furniture lines are short
            continue
        if ":" in line[:12]:
            line = _LEAD_LABEL.sub("", line)
        if not body_started and header_dateline is None and lone_dateline(line):
            header_dateline = line
            continue
        if _take_stamp_or_byline(page, line, body_started):
            continue
        n_words = len(line.split())
        if not body_started:
            if idx > 0 and _runs_on_a_sentence(line):
                body_started = True
                previous = lines[idx - 1]
                if (
                    len(page.header) > 1  # the first header line is the headline
                    and page.header[-1] == previous
                    and previous[-1:] not in _CLOSING
                ):
                    line = f"{page.header.pop()} {line}"  # the sentence began a line above
            elif _is_body_line(line) and (idx > 0 or bool(_SENT_END.search(line))):
                body_started = True
            else:
                _take_header_line(page, line)
                continue
        elif n_words <= 3 and not _SENT_END.search(line):
            continue  # stray menu items and buttons in the body
        body_words += n_words
        key = line.lower()
        if key in seen:
            continue
        seen.add(key)
        page.kept.append(line)
    page.header_dateline = header_dateline
    return page


# how much of the article's first paragraphs a headline is compared with
_LEAD_CHARS = 600


def _headline_rank(line: str) -> int:
    """A header line's rank as a headline among lines alike: its length in words, a sentence
    last."""
    return len(line.split()) if not _SENT_END.search(line) else 0


def _headline_and_paragraphs(page: _Page) -> tuple[str | None, list[str]]:
    """The headline (``headlines.choose_headline``: the header line that tells the article,
    the longest that is no sentence among those alike) and the article's paragraphs, a
    standfirst repeated at the start of the next paragraph dropped."""
    kept = _drop_trailing_headlines(page.kept)
    # A standfirst repeated as the first sentence of the next paragraph is dropped.
    deduped: list[str] = []
    for i, para in enumerate(kept):
        nxt = kept[i + 1] if i + 1 < len(kept) else ""
        if nxt.startswith(para) and len(nxt) > len(para):
            continue
        deduped.append(para)
    title: str | None = None
    if page.header:
        lead = " ".join(deduped[:2])[:_LEAD_CHARS]
        title = choose_headline(page.header, lead, _headline_rank)
        title = _plain_headline(title) if title else None
    return title, deduped


# a headline left as the first paragraph: one short line ending in a full stop, no dateline
_HEADLINE_PARAGRAPH = 160


def _dateline_of(text: str, paragraphs: list[tuple[int, int]]) -> Dateline | None:
    """The wire dateline opening the first paragraph ("MINSK, 5 May (BelTA) -"), or the second
    when the first is a one-line headline ending in a full stop ("CSTO anti-drug agencies to
    examine ...", then "YEREVAN, July 6 (Itar-Tass) — The ..."), if any."""
    if not paragraphs:
        return None
    first, first_end = paragraphs[0]
    found = find_dateline(text[first:first_end])
    if (
        not found
        and len(paragraphs) > 1
        and first_end - first <= _HEADLINE_PARAGRAPH
        and text.count(". ", first, first_end) == 0
    ):
        first, first_end = paragraphs[1]
        found = find_dateline(text[first:first_end])
    if not found:
        return None
    city, end, date_start, date_end = found
    return Dateline(
        city,
        first,
        first + end,
        None if date_start is None else first + date_start,
        None if date_end is None else first + date_end,
    )


def _publication(meta_date: dt.date | None, page: _Page) -> tuple[dt.date | None, str | None]:
    """The page's metadata first; else the most trusted stamp, the one nearest the article
    when several are (a site's current date or exchange-rate date comes first, the page's
    last); else a date under the article. (date, source)."""
    stamps = page.stamps
    publication, source = meta_date, "meta" if meta_date else None
    if publication is None and stamps:
        best = max(trust for _, trust in stamps)
        publication = next(d for d, trust in reversed(stamps) if trust == best)
        source = "header"
    if publication is None and page.footer:
        publication, source = page.footer[0], "footer"
    if publication is None and len(set(page.bare_footer)) == 1:
        # the one date standing alone under an undated article is the page's own stamp
        publication, source = page.bare_footer[0], "footer"
    return publication, source


def clean(raw: str) -> CleanDoc:
    """Remove furniture, find the headline, publication date, byline and dateline."""
    raw, meta_date = _normalise(raw)
    page = _sort_lines(unwrap(raw))
    title, deduped = _headline_and_paragraphs(page)

    parts: list[str] = []
    pos = 0
    title_span = None
    if title:
        parts.append(title)
        title_span = (0, len(title))
        pos = len(title) + 2
    paragraphs: list[tuple[int, int]] = []
    for para in deduped:
        paragraphs.append((pos, pos + len(para)))
        parts.append(para)
        pos += len(para) + 2
    text = "\n\n".join(parts)
    body_start = paragraphs[0][0] if paragraphs else 0

    sentences: list[tuple[int, int]] = []
    if title_span:
        sentences.append(title_span)
    for start, end in paragraphs:
        sentences.extend(split_sentences(text, start, end))

    publication, source = _publication(meta_date, page)
    return CleanDoc(
        text=text,
        title=title,
        title_span=title_span,
        paragraphs=paragraphs,
        sentences=sentences,
        publication_date=publication,
        header_dates=[d for d, _ in page.stamps],
        publication_source=source,
        header_dateline=page.header_dateline,
        bylines=page.bylines,
        dateline=_dateline_of(text, paragraphs),
        body_start=body_start,
    )
