"""Russian page furniture and wire datelines, around the shared cleaning step.

``prepare`` works on the raw text before ``cleaning.clean``: it drops the furniture lines of
Russian-language sites (share buttons, photo credits, "Читайте также" lists, a "Справка:"
background box), wiki and Markdown marks, joins a bulleted list to the sentence that
introduces it ("приняли участие делегации:" / "— Армении;" ...), and writes "государств –
участников" as the compound it is ("государств-участников"), so that names match the gazetteer.
``find_dateline`` then finds a Cyrillic wire dateline ("МИНСК, 12 августа. /БелТА/.",
"Душанбе. 9 октября. «Азия-Плюс» -") in the first paragraphs of the cleaned text and makes it a
sentence of its own.
"""

from __future__ import annotations

import datetime as dt
import re

from ..cleaning import CleanDoc, Dateline, split_sentences
from ..dates import find_dates, short_year_dates, to_date
from ..lexicon import Lexicon
from .morph import parse

# Whole lines that are site furniture.
_FURNITURE = re.compile(
    r"^(?:(?:последнее )?обновлено:?.*|последнее обновление:?.*|изменено:?.*|поделиться"
    r"|поделитесь|комментари\w*(?:\s+\w{0,3})?|shared? to \w+|share|печать|версия для печати"
    r"|распечатать|подписывайтесь.*|подпишитесь.*|читайте (?:также|нас).*|смотрите также.*"
    r"|теги:.*|метки:.*|источник:.*|фото:.*|фото .{0,40}|видео:.*|реклама|главная|новости"
    r"|все новости|лента новостей|нашли ошибку.*|если вы нашли ошибку.*"
    r"|при использовании материалов.*"
    r"|\.{3}|…|вконтакте|одноклассники|телеграм|telegram|whatsapp|twitter|facebook|vk|ok)$",
    re.IGNORECASE,
)
# Short lines that are a photo caption or credit: "Муратбек Иманалиев. Фото с сайта nsng.ru"
_CAPTION = re.compile(r"(?:^|\s)(?:фото|©)(?=[\s:]|$)|^©|фото с сайта", re.IGNORECASE)
# Lines after which the rest of the page is not the article.
_CUTOFF = re.compile(
    r"^(?:читайте также|материалы по теме|другие новости|похожие новости|еще по теме|ещё по теме"
    r"|справка\s*[:.])",
    re.IGNORECASE,
)
# a list after a colon, one item per bulleted line: joined into the sentence it belongs to
_BULLETS = re.compile(r"(?<=[:;,])[ \t]*\n[ \t]*(?=[—–•*-][ \t]*\S)")
# what every match of _BULLETS holds, starting with a literal the engine finds fast
_BULLET_LINE = re.compile(r"\n[ \t]*[—–•*-]")
# a sentence whose gloss in brackets went to the next line ("... Содружества Независимых
# Государств" / "(далее – Совет, СРПС)."): one sentence
_GLOSS_ON_NEXT_LINE = re.compile(r"(?<=[^\W\d_])[ \t]*\n[ \t]*(?=\((?:далее|далее по тексту)\b)")
_MARKS = re.compile(r"'''|''|\*\*")
_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
# "государств – участников", "стран - участниц": a compound written with a spaced dash
_SPACED_COMPOUND = re.compile(
    r"\b(государств|стран|государства)\s+[-–—]\s+(участ\w+|член\w+)", re.IGNORECASE
)


def _spaced_compounds(raw: str) -> str:
    """``_SPACED_COMPOUND.sub(r"\1-\2", raw)``, the slow case-insensitive pattern tried only
    where a match can start: every one holds a dash between spaces with у or ч after them (no
    other letter is either case-insensitively), and its first word (государства, государств,
    стран: 11, 10 or 5 letters) ends right before the spaces. The dashes are found by
    substring search, the starts tried in text order as the scan would find them."""
    n = len(raw)
    starts = set()
    for dash in "-–—":
        d = raw.find(dash)
        while d != -1:
            if d > 0 and raw[d - 1].isspace():
                e = d + 1
                while e < n and raw[e].isspace():
                    e += 1
                if e > d + 1 and e < n and raw[e] in "уУчЧ":
                    q = d - 1
                    while q > 0 and raw[q - 1].isspace():
                        q -= 1
                    starts.update((q - 11, q - 10, q - 5))
            d = raw.find(dash, d + 1)
    out: list[str] = []
    last = 0
    for p in sorted(starts):
        if p < last or p < 0:
            continue
        m = _SPACED_COMPOUND.match(raw, p)
        if m is not None:
            out += (raw[last:p], m.expand(r"\1-\2"))
            last = m.end()
    if not out:
        return raw
    out.append(raw[last:])
    return "".join(out)


# a month in the genitive after a day: where a lead's date may begin (group 1, the space; the
# digit is matched rather than looked behind for, which lets the engine skip ahead faster)
_MONTH_AFTER_DAY = re.compile(
    r"\d(\s)(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
    r"|декабря)\b"
)
_NUMERIC_DATE_END = re.compile(r"\b\d\d\.\d\d\.(?:19|20)\d\d$")


def _split_glued_lead(raw: str) -> str:
    """A page's date line or headline glued to the lead's first date when the page's blocks
    lost their line breaks ("07.09.20246 сентября делегация ...", "Щит Союзного государства7
    июля 2022 года в Москве ..."): a line break before the day. The day is one or two digits
    right after a lower-case Cyrillic letter, a closing quote, or a whole numeric date."""
    cuts = []
    for m in _MONTH_AFTER_DAY.finditer(raw):
        end = m.start(1)
        digits = 0
        while digits < 6 and end - digits > 0 and raw[end - digits - 1].isdigit():
            digits += 1
        for width in (1, 2)[: min(2, digits)]:
            day = end - width
            before = raw[day - 1] if day else " "
            if ("а" <= before <= "я" or before in 'ё»"') or _NUMERIC_DATE_END.search(
                raw, max(0, day - 10), day
            ):
                cuts.append(day)
                break
    if not cuts:
        return raw
    parts, last = [], 0
    for cut in cuts:
        parts.append(raw[last:cut])
        last = cut
    parts.append(raw[last:])
    return "\n".join(parts)


# pictographs that social-media copy glues to words as markers ("🇺🇿В Ташкенте", "🔹Генсек"):
# flags (regional indicator pairs), symbols and emoji, and the variation selector
_PICTOGRAPH = re.compile(
    r"[ \t]*[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+[ \t]*"
)
# the UTF-8 bytes that every pictograph above starts with: F0 (beyond the BMP), E2 98-9E
# (U+2600-U+27BF), EF B8 8F (U+FE0F); a text with none of them has no pictograph
_PICTOGRAPH_BYTES = (b"\xf0", *(bytes((0xE2, k)) for k in range(0x98, 0x9F)), b"\xef\xb8\x8f")


def _may_have_pictograph(raw: str) -> bool:
    """False when ``raw`` surely has no pictograph: C byte searches, cheaper than the regex."""
    b = raw.encode("utf-8", "surrogatepass")
    return any(x in b for x in _PICTOGRAPH_BYTES)


# a list item of one state or body under a flag: "🇦🇿Азербайджана", "🇺🇿Узбекистана,"
_FLAG_ITEM = re.compile(r"^[\U0001F1E6-\U0001F1FF]{2}\s*\S+(?:\s+\S+){0,3}$")


def _unglued(m: re.Match[str]) -> str:
    """A pictograph and the spaces around it: nothing at a line's start or end, else a space."""
    at_edge = (
        m.start() == 0
        or m.string[m.start() - 1] == "\n"
        or m.string[m.end() : m.end() + 1] in ("\n", "")
    )
    return "" if at_edge else " "


# a given name, another form of it in brackets, the surname: "Гелой (Гекой) Геладзе"
_NICKNAME = re.compile(r"\b([А-ЯЁ][а-яё]+) \(([А-ЯЁ][а-яё]+)\) (?=([А-ЯЁ][а-яё]+))")
# what every match of _NICKNAME holds, starting with a literal the engine finds fast
_NICKNAME_HINT = re.compile(r" \([А-ЯЁ][а-яё]+\) [А-ЯЁ]")


def _without_nickname(m: re.Match[str]) -> str:
    """The name without the other form of its given name in brackets: the two forms begin
    alike ("Гела"/"Гека") and a surname follows (a town's state in brackets does not)."""
    first, other, after = m.group(1), m.group(2), m.group(3)
    if first[:2] == other[:2] and any("Surn" in p.tag for p in parse(after.lower())):
        return first + " "
    return m.group()


def _join_flag_lists(raw: str) -> str:
    """A vertical list of flags with a state each, under a line that it completes ("В нем
    приняли участие представители" / "🇦🇿Азербайджана" / "🇧🇾Белоруссии" / ...), joined into
    that line as a list; an item ending with a comma goes on in the next paragraph ("...
    Узбекистана," / "" / "Исполком СНГ, ЕАЭС, ...")."""
    out: list[str] = []
    joined = False  # the last kept line ends with a list item
    for line in raw.split("\n"):
        item = line.strip()
        if (
            _FLAG_ITEM.match(item)
            and out
            and out[-1].strip()
            and not _ENDS_SENTENCE.search(out[-1])
        ):
            tail = out[-1].rstrip()
            out[-1] = tail + ("" if not joined or tail.endswith(",") else ",") + " " + item
            joined = True
        elif joined and out[-1].rstrip().endswith(",") and not item:
            continue  # the list goes on after a blank line
        elif joined and out[-1].rstrip().endswith(",") and item:
            out[-1] = out[-1].rstrip() + " " + item
            joined = False
        else:
            out.append(line)
            joined = False
    return "\n".join(out)


# Greek and Latin letters that look like Cyrillic ones, as spun copy puts them inside Russian
# words ("Ташκент", "Республиκи", "рοль"). Unicode's confusables data maps letters to a Latin
# skeleton, not back to Cyrillic, so the few look-alikes are listed here.
_LOOK_ALIKES = str.maketrans(
    "οκαερτχΟΚΑΕΡΤΧΜΗΒaeopcxyAEOPCXKMHTB", "окаертхОКАЕРТХМНВаеорсхуАЕОРСХКМНТВ"
)
_GREEK = re.compile(r"[\u0370-\u03ff]")
_MIXED_WORD = re.compile(r"\b(?=\w*[а-яёА-ЯЁ])(?=\w*[\u0370-\u03ffA-Za-z])[\w\u0370-\u03ff]+\b")


def _cyrillic_look_alikes(raw: str) -> str:
    """Greek or Latin look-alikes inside words written in Cyrillic put back as the Cyrillic
    letters they stand for ("Узбеκистан" -> "Узбекистан"); words wholly Latin stay."""
    return _MIXED_WORD.sub(lambda m: m.group().translate(_LOOK_ALIKES), raw)


def prepare(raw: str) -> str:
    """The raw report with Russian furniture lines and marks removed (see the module doc)."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if _GREEK.search(raw):
        raw = _cyrillic_look_alikes(raw)
    if "'" in raw or "*" in raw:
        raw = _MARKS.sub("", raw)
    raw = _spaced_compounds(raw)
    if _may_have_pictograph(raw) and _PICTOGRAPH.search(raw):
        raw = _PICTOGRAPH.sub(_unglued, _join_flag_lists(raw))
    raw = _split_glued_lead(raw)
    if "(" in raw and _NICKNAME_HINT.search(raw):
        raw = _NICKNAME.sub(_without_nickname, raw)
    kept: list[str] = []
    words = 0
    lines = raw.split("\n")
    skip_to = -1
    for i, line in enumerate(lines):
        if i <= skip_to:
            continue
        stripped = line.strip()
        if not stripped:
            kept.append(line)
            continue
        if _CUTOFF.match(stripped) and words >= 40:
            skip_to = _inline_teaser_end(lines, i)
            if skip_to < 0:
                break
            continue
        if _IMAGE_LINE.match(stripped) or _FURNITURE.match(stripped):
            continue
        n = len(stripped.split())
        if n < 12 and _CAPTION.search(stripped) and not stripped.endswith((".", "!", "?")):
            continue
        words += n
        kept.append(line)
    _mark_cut_off_end(kept)
    out = "\n".join(kept)
    if _BULLET_LINE.search(out):
        out = _BULLETS.sub(" ", out)
    if "(далее" in out:
        out = _GLOSS_ON_NEXT_LINE.sub(" ", out)
    return out


# a line that ends a sentence
_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"'”’»)]*\s*$")
_CUT_OFF_WORDS = 15


def _mark_cut_off_end(kept: list[str]) -> None:
    """A text cut off mid-sentence ("С докладами выступили ... Виктор Гринь и заместитель
    Генерального прокурора Республики Бе"): its last line, long as no headline is, ends with
    an ellipsis, so that cleaning keeps it as the sentence it is rather than drop it as a
    trailing headline."""
    filled = [i for i, line in enumerate(kept) if line.strip()]
    if len(filled) < 2 or not _ENDS_SENTENCE.search(kept[filled[-2]]):
        return  # no finished sentence before it: cleaning keeps the line as it is
    line = kept[filled[-1]].rstrip()
    if len(line.split()) >= _CUT_OFF_WORDS and not _ENDS_SENTENCE.search(line):
        kept[filled[-1]] = line + "…"


def _inline_teaser_end(lines: list[str], at: int) -> int:
    """The last line of a one-link "Читайте также" box inside an article (the box's line, one
    headline, then the article's next paragraph), or -1 when the rest of the page is not the
    article (a list of headlines, or nothing after)."""
    if not lines[at].strip().lower().startswith("читайте также"):
        return -1
    rest = [(i, line.strip()) for i, line in enumerate(lines) if i > at and line.strip()]
    box = lines[at].strip()
    if len(box.split()) >= 5 and rest and _article_paragraph(rest[0][1]):
        return at  # "Читайте также: США берут под контроль ...": the headline on the box's line
    if len(rest) < 2:
        return -1
    (head_i, head), (_, after) = rest[0], rest[1]
    headline = len(head.split()) < 15 and not head.endswith((".", "!", "?", ":"))
    return head_i if headline and _article_paragraph(after) else -1


def _article_paragraph(line: str) -> bool:
    return len(line.split()) >= 20 and line.rstrip().endswith((".", "!", "?", "»", '"'))


_CITY = r"[А-ЯЁ][А-ЯЁа-яё]+(?:[ -][А-ЯЁ][А-ЯЁа-яё]+){0,2}"
_DATELINE = re.compile(
    rf"(?P<city>{_CITY})\s*[,.]\s*"
    r"(?P<date>\d{1,2}(?:-го)?\s+[а-яё]{3,9}\.?(?:,?\s+\d{4}(?:\s*г(?:ода?|\.))?)?"
    # the day in figures: "ДУШАНБЕ, 15.01.2020 /НИАТ «Ховар»/.", "Бишкек, 19.05.18. /Кабар/."
    r"|\d{1,2}\.\d{2}\.(?:\d{4}|\d{2}(?!\d)))"
    r"(?:,?\s+\d{1,2}:\d{2})?\s*[.,]?\s*"
    r"(?P<agency>/[^/\n]{2,30}/|\([^()\n]{2,40}\)|«[^»\n]{2,30}»|\"[^\"\n]{2,30}\"|[A-ZА-ЯЁ][^\s.,«\"/]{1,20}"
    r"(?:[ .][A-ZА-ЯЁ\"«][^\s.,«/]{0,20}){0,2}[»\"]?)?\s*"
    # (a wire's double hyphen: "Пекин, 16 мая /Синьхуа/ -- ...")
    r"(?:[.,]?\s*[-–—]{1,2}\s+|\.\s+|(?<=г\.)\s+)"
    # the agency after the dash: "ЕРЕВАН, 21 сен – Sputnik.", "МОСКВА, 3 мар — РИА Новости."
    r"(?:[A-ZА-ЯЁ][\w-]+(?: [A-ZА-ЯЁ][\w-]+){0,2}\.\s+)?"
)

# the day first, then the city and the agency between slashes: "5 мая, Минск /Корр. БЕЛТА/."
_DATELINE_DAY_FIRST = re.compile(
    r"(?P<date>\d{1,2}\s+[а-яё]{3,9}\.?(?:\s+\d{4}(?:\s*г(?:ода?|\.))?)?)\s*,\s*"
    rf"(?P<city>{_CITY})\s*(?P<agency>/[^/\n]{{2,40}}/)\s*[.,]?\s*"
)


def find_dateline(doc: CleanDoc, lex: Lexicon) -> None:
    """Find a wire dateline at the start of one of the first paragraphs and record it in
    ``doc.dateline``, as a sentence of its own."""
    if doc.dateline is not None:
        return
    text = doc.text
    for ps, pe in doc.paragraphs[:3]:
        m = _DATELINE.match(text, ps, pe) or _DATELINE_DAY_FIRST.match(text, ps, pe)
        if not m:
            continue
        city = m.group("city")
        if lex.city_by_name(city) is None and not city.isupper():
            continue
        dates = [d for d in find_dates(m.group("date")) if d.month and not d.relative]
        dates = dates or short_year_dates(m.group("date"))
        if not dates:
            continue
        end = m.end()
        doc.dateline = Dateline(city, ps, end, m.start("date"), m.end("date"))
        head_end = end
        while head_end > ps and text[head_end - 1] in " -–—.":
            head_end -= 1
        rest = [(s, e) for s, e in doc.sentences if not (ps <= s < pe)]
        inside = [(ps, head_end), *split_sentences(text, end, pe)]
        doc.sentences = sorted(rest + inside)
        doc.__dict__.pop("_starts", None)
        return


# a line that is a date and nothing else: "20.11.2020", "20 ноября 2020 года", "2020-11-20 15:57"
_DATE_ONLY_LINE = re.compile(
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+[а-яё]+\s+\d{4}(?:\s*(?:года?|г\.))?)"
    r"(?:\s*\|?\s*\d{1,2}:\d{2})?\s*"
)
_STORY_MEETING = re.compile(
    r"\b(?:заседани|совещани|встреч|сесси|коллеги)\w*\s(?:[^.]*\s)?"
    r"(?:состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли))\b"
    r"|\b(?:состоял(?:ось|ся|ась|ись)|прош(?:ло|[её]л|ла|ли))\s(?:[^.]*\s)?"
    r"(?:заседани|совещани|встреч|сесси|коллеги)\w*"
)
_OTHER_ITEM_DAYS = 31


def story_after_news_items(prepared: str) -> tuple[str, dt.date] | None:
    """A page whose stored text opens with other news items: further down, the story's
    headline (a sentence telling a meeting held) over its own date line ("XXII заседание
    Совета ... состоялось в режиме видеоконференцсвязи." / "20.11.2020"), with an item before
    it dated otherwise ("30 октября 2024 года в Минске состоялась встреча ..."). The story
    from its headline on, and its date line's day, the day it was published; None when the
    page has no such shape."""
    lines = [line.strip() for line in prepared.split("\n")]
    filled = [i for i, line in enumerate(lines) if line]
    for k in range(3, len(filled)):
        line = lines[filled[k]]
        if not _DATE_ONLY_LINE.fullmatch(line):
            continue
        stamped = [to_date(d) for d in find_dates(line)]
        day = next((d for d in stamped if d), None)
        headline = lines[filled[k - 1]]
        if day is None or not _STORY_MEETING.search(headline.lower()):
            continue
        before = " ".join(lines[i] for i in filled[: k - 1])
        others = [d for m in find_dates(before) if (d := to_date(m))]
        if others and all(abs((d - day).days) > _OTHER_ITEM_DAYS for d in others):
            return "\n".join(lines[filled[k - 1] :]), day
    return None
