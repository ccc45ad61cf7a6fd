"""The publication date a report's year-less and relative dates are resolved against: from
the caller, the page's stamps, the wire dateline or the URL."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .cleaning import CleanDoc
from .dates import DateMention, find_dates, short_year_dates, stamp_dates, to_date, url_date

# how many days a page's stamp may follow the date in its address and still be the news's
_STORED_LATER = 7


@dataclass
class Publication:
    """What a report's year-less and relative dates are resolved against."""

    date: dt.date | None = None  # the publication day, when known to the day
    year: int | None = None  # the publication year, when known
    month: int | None = None
    trusted: bool = False  # stated by the page or the caller, not read from the URL
    source: str | None = None  # passed / meta / header / dateline / url
    # the dateline's own date as written (a wire dateline often has no year)
    dateline: DateMention | None = None


def publication_of(doc: CleanDoc, passed: dt.date | None, url: str | None = None) -> Publication:
    """The publication date from the caller, the page's stamps, the dateline or the URL."""
    pub = Publication()
    opening = None if passed or doc.publication_date else _opening_stamp(doc)
    if passed:
        pub.date, pub.trusted, pub.source = passed, True, "passed"
    elif opening is not None:
        pub.date, pub.trusted, pub.source = opening, True, "header"
    elif doc.publication_date:
        head = doc.publication_date
        pub.trusted, pub.source = True, doc.publication_source or "header"
        if pub.source == "meta" and (head.month, head.day) == (1, 1):
            pub.year = head.year  # a CMS's year-only placeholder ("2020-01-01"): the year alone
        else:
            pub.date = head
    dateline = doc.dateline
    dateline_text = None
    if dateline and dateline.date_start is not None:
        dateline_text = doc.text[dateline.date_start : dateline.date_end]
    elif dateline is None and doc.header_dateline:
        dateline_text = doc.header_dateline
    if dateline_text:
        stated = [d for d in find_dates(dateline_text) if not d.relative]
        stated = stated or short_year_dates(dateline_text)
        if stated and stated[0].month:
            pub.dateline = stated[0]
            full = to_date(stated[0])
            if not passed:
                if full:
                    pub.date, pub.trusted, pub.source = full, True, "dateline"
                elif pub.date and stated[0].day:
                    cand = safe_date(pub.date.year, stated[0].month, stated[0].day)
                    if cand and abs((cand - pub.date).days) <= 3:
                        pub.date = cand
    if pub.date and not passed and pub.source != "dateline":
        found = url_date(url)
        stored = safe_date(*found) if found and found[2] else None
        if stored and (pub.date - stored).days > _STORED_LATER:
            # a page's stamp weeks or years after the day its address carries: the day the
            # page was stored or re-indexed; the address dates the news
            pub.date, pub.trusted, pub.source = stored, False, "url"
            dl_date = pub.dateline
            if dl_date and (dl_date.month, dl_date.day) == (stored.month, stored.day):
                pub.trusted, pub.source = True, "dateline"  # the dateline's day agrees
    if pub.date:
        pub.year, pub.month = pub.date.year, pub.date.month
    elif pub.year is None:
        found = url_date(url)
        if found:
            pub.year, pub.month = found[0], found[1]
            pub.date = safe_date(*found) if found[2] else None
            pub.source = "url"
            dl_date = pub.dateline
            if pub.date and dl_date and (dl_date.month, dl_date.day) == (found[1], found[2]):
                # the dateline's day and month, and the URL's date agrees: the dateline dates
                # the news, the URL only gives its year
                pub.trusted, pub.source = True, "dateline"
    return pub


# after an opening stamp's date: a time, a year's "г.", a dash, an agency in slashes or brackets,
# or a full stop and the next word ("Сухум. 28 ноября 2025 г. Абхазия-Информ.", "Весь мир, 13
# августа, 2013, 10:39 — ИА Регнум.")
_AFTER_OPENING = re.compile(r"[ \t]*(?:,?\s*\d{1,2}:\d\d|г\.|года\b|[–—-]\s|/|\(|\.\s+\S)")
# how many words may stand before the date, and what they are: the desk's town or the rubric
# (capitalised words, or words of three letters or more; not "С 16 сентября", "since")
_OPENING_WORDS = 3
_PLACE_WORD = re.compile(r"[A-ZА-ЯЁ][\w-]+[.,]?$|[a-zа-яё]{3,}[.,]?$")


def _opening_stamp(doc: CleanDoc) -> dt.date | None:
    """The full date (day, month, year) among the first words of the article's first
    paragraph, set off like the desk's stamp of a wire, on a page with no other date: the
    day of the news."""
    if not doc.paragraphs:
        return None
    a, b = doc.paragraphs[0]
    head = doc.text[a : min(b, a + 80)]
    for start, end, day in stamp_dates(head):
        before = head[:start].split()
        if len(before) > _OPENING_WORDS or not all(_PLACE_WORD.match(w) for w in before):
            return None  # "С 16 сентября 2019 года ...": a date the sentence tells of
        return day if _AFTER_OPENING.match(head, end) else None
    return None


def safe_date(year: int, month: int, day: int | None) -> dt.date | None:
    """The date, the month's first day without a day; None when there is no such day."""
    try:
        return dt.date(year, month, day or 1)
    except ValueError:
        return None
