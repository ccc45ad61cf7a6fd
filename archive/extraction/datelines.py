"""Wire datelines: "MINSK, 5 May (BelTA) -" opening a lead, "Baku, October 2, AZERTAC" on a
line of its own."""

from __future__ import annotations

import re

from .dates import find_dates

_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z.'’ -]{1,28}?)\s*[,.]\s*(?P<rest>[^\n]{0,60}?)"
    r"(?:\s+[-–—]{1,2}\s+|\s*[-–—]{1,2}\s+|\s*/[A-Za-z-]+/\.?\s+|\s*\)\s*[.:,-]?\s+|:\s+"
    r"|[.,]\s+[A-Z][A-Z-]{2,}[A-Za-z]*\.\s+"
    # "DUSHANBE, 14.08.2017 /NIAT “Khovar”/. ", "Baku. 24 May. REPORT.AZ/ "
    r"|\s*/[^/\n]{2,30}/\.?\s+|\.\s+[A-Z][A-Z.-]{2,}/\s+"
    # "ALMATY. KAZINFORM The ...": the agency's name in capitals, then the story
    r"|\s+[A-Z]{4,}\s+(?=[A-Z][a-z]?\b|[A-Z][a-z])"
    # "BAKU, Azerbaijan, June 8. The ...": the dateline ends with its date
    r"|(?<=\d)\.\s+(?=[A-Z\"“«]))"
)
# "BEIJING, (UrduPoint / Pakistan Point News - 22nd Aug, 2022 ) :As part of ...", "MINSK
# (UrduPoint News / Sputnik - 04th May, 2023) The ...": the agency and the day of the news in
# brackets after the city
# "YEREVAN (RFE/RL)—Azerbaijan's ...": the agency alone in brackets, a dash, the story
_BRACKETED_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’ -]{1,28}?)\s*(?:,\s*\((?P<rest>[^()\n]{2,80})\)\s*[:.,–—-]\s*"
    r"|\s\((?P<dated>[^()\n]{2,80}\d{4}\s*)\)\s*[:.,–—-]?\s*"
    r"|\s\((?P<agency>[A-Za-z/.&-]{2,20}(?:\s[A-Za-z/.&-]{2,20})?)\)\s*[–—-]{1,2}\s*(?=[A-Z]))"
)
# "DUSHANBE — The interior ministers ...": a city in capitals, a dash, the story
_DASH_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’ -]{1,28}?)(?P<rest>)\s+[–—-]{1,2}\s+(?=[A-Z\"“«])"
)
_LONE_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z.'’ -]{1,28}?)\s*[,.]\s*(?:[A-Z][a-z]+\s*,\s*)?"
    r"(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)(?:,?\s+\d{4})?"
    r"\s*(?:[,.]\s*(?P<agency>[A-Za-z][A-Za-z.-]{1,20}(?:\s[A-Za-z.-]{2,20})?))?\s*[.:]?$"
)
_AGENCY = re.compile(
    r"\((?:[A-Za-z.-]+(?:\s[A-Za-z.-]+)?)\)|/[A-Za-z-]+/|\b[A-Z][a-z]+[A-Z][a-z]+\b|\b(?:KAZINFORM|BelTA|TASS|RIA|AKIpress|"
    r"Trend|APA|Kabar|UzA|Xinhua|Interfax|Sputnik|Azertac|AZERTAC|Armenpress|ARMENPRESS|"
    r"Kazinform|24\.kz|Tengrinews|Report|Khovar|Dunyo|Moldpres|Ukrinform|TDH|MIA|KUN\.UZ)\b"
)


def find_dateline(para: str) -> tuple[str, int, int, int | None, int | None] | None:
    """(city text, end of the dateline prefix, date start, date end) for a wire-copy lead."""
    m = _BRACKETED_DATELINE.match(para) or _DATELINE.match(para) or _DASH_DATELINE.match(para)
    if not m:
        return None
    city = m.group("city").strip(" .")
    part = "dated" if m.groupdict().get("dated") is not None else "rest"
    if m.groupdict().get("agency") is not None:
        part = "agency"
    rest = m.group(part)
    prefix = para[: m.end()]
    if not (city.isupper() or _AGENCY.search(prefix) or find_dates(rest)):
        return None
    if len(city.split()) > 3:
        return None
    ds = find_dates(prefix)
    ds = [d for d in ds if d.start >= m.start(part) and not d.relative]
    if ds:
        return city, m.end(), ds[0].start, ds[0].end
    return city, m.end(), None, None


# "Baku. TurkicWorld:": a city and the agency's name, no date, the story on the next line
_LONE_AGENCY_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z'’-]{1,20})\s*[,.]\s*(?P<agency>[^\s:]{2,20}):$"
)


def lone_dateline(line: str) -> bool:
    """Whether a short line is a dateline by itself: "Baku, October 2, AZERTAC", "Baku.
    TurkicWorld:"."""
    agency = _LONE_AGENCY_DATELINE.match(line)
    if agency:
        return bool(_AGENCY.fullmatch(agency.group("agency")))
    m = _LONE_DATELINE.match(line)
    if not m or not find_dates(m.group("date")):
        return False
    return m.group("city").isupper() or bool(m.group("agency"))


def lone_dateline_city(line: str) -> str:
    """The city of a dateline on a line of its own (lone_dateline)."""
    return re.split(r"\s*[,.]", line, maxsplit=1)[0].strip()
