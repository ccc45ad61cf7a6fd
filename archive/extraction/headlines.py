"""A report's headline among the lines above the article: the line that tells the article,
never the page's furniture (a site's or agency's own name, a rubric, a widget, a tag list).

Three steps, each a general rule of how news pages are laid out:

- :func:`headline_text` takes the furniture off a line's ends (a breadcrumb before ``//`` or
  ``»``, a site's name after `` - ``, `` : `` or `` | ``) or rejects the line whole (language
  switchers, print buttons, weather, "Read more", photo captions, sidebar items, a name
  standing alone).
- :func:`choose_headline` prefers, among what is left, the line sharing the most content words
  with the article's first paragraphs: a headline retells the lead, a site's name or a tag list
  does not. A photo credit ending the chosen line goes last.
- Nothing left means no headline: the archive names the meeting from its facts.

Words are compared by stem: Cyrillic words through pymorphy3's lemma (the morphology the Russian
reader already loads), then every word cut to its first letters, which joins a noun and its verb
("встреча", "встретились"; "meeting", "meets") without a stemmer for each language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .dates import stamp_dates
from .name_scripts import CYRILLIC, LATIN
from .russian import morph
from .rx import folds_to_another, lower_same_len

_STEM_LEN = 5
# a content word: four letters and more
_WORD = re.compile(r"[^\W\d_]{4,}")
# frequent words of four letters and more that tell nothing of an article
_FUNCTION_WORDS = frozenset({
    "with", "from", "that", "this", "will", "have", "were", "been", "their", "which", "about",
    "into", "over", "after", "also", "than", "they", "them", "when", "where", "while", "these",
    "those", "such", "there", "here", "этот", "этом", "этой", "этого", "также", "было", "были",
    "будет", "будут", "который", "которые", "которых", "более", "после", "через", "между",
    "года", "году", "годы",
})  # fmt: skip

# lines that are furniture whole: print and PDF buttons, weather widgets, "Read more" teasers,
# photo captions (one with a photographer's "©"), a sidebar's items ("• ... Detail>>>"), a
# font-size widget
_FURNITURE_LINE = re.compile(
    r"версия для печати|print version|\bpdf\b|\bread more\b|читать (?:далее|полностью)"
    r"|подробнее\s*>|detail\s*>>|>>>|\bforecast\b|\bпогода\b|°\s*[cf]?\b|\bovercast\b"
    r"|^[•·▪►■◦]|^(?:photo|фото)\b|©|размер текста|font size|for the visually impaired"
    r"|версия для слабовидящих|skip to content|войти в почту|\(menafn\b"
    # sharing, subscription and font widgets, a link's hint, empty author and date labels, an
    # image's inline data
    r"|\btell a friend\b|^share(?: this| on\b|\s*:|$)|^поделиться\b|opens in a new window"
    r"|\bsubscribe\b|подпишитесь|будьте в курсе|^(?:автор|author)\s*:|дата создания"
    r"|выберите шрифт|кернинг|^шрифт\s*:|<image>|data:image",
    re.IGNORECASE,
)
# The same pattern without the flag, searched in the lower-cased line: the same answer, unless
# the line holds a small letter the flag lets stand for another one (rx.folds_to_another)
_FURNITURE_LINE_CASED = re.compile(_FURNITURE_LINE.pattern)


def _is_furniture(line: str) -> bool:
    """Whether ``_FURNITURE_LINE`` matches in ``line``."""
    low = lower_same_len(line)
    if folds_to_another(low):
        return _FURNITURE_LINE.search(line) is not None
    return _FURNITURE_LINE_CASED.search(low) is not None


# navigation before a headline: a time of day, a "Back" link glued to it, a link to the
# previous item ("< ...")
_NAV_START = re.compile(r"^(?:\d{1,2}:\d{2}\s+|(?:Back|Назад)(?=[A-ZА-ЯЁ])|<\s+)")
# a menu item's or breadcrumb's end: "Post|", "News |", "Main Page >", a headline's " | |"
_MENU_END = re.compile(r"(?:\s*[|>])+\s*$")
_BAR_END = re.compile(r"(?:\s*\|)+\s*$")
# a cable's subject line ("SUBJECT: ...") and its numbered, classified paragraphs ("2. (SBU)")
_SUBJECT = re.compile(r"^SUBJECT:\s*(?=\S)")
_CABLE_PARAGRAPH = re.compile(r"^\d{1,2}\.\s+\((?:SBU|C|S|U|S/NF|C/NF)\)")
# a site's name followed by its acronym: "Steppe News Agency (SNA)"
_NAME_AND_ACRONYM = re.compile(r"^(.+?)\s*\(([^\W\d_]{2,8})\)$")
# a photo credit with no brackets ending a headline: "... Photo: t.me/news"
_BARE_PHOTO_CREDIT = re.compile(r"\s+(?:photo|фото)\s*:\s*\S+(?:\s+\S+){0,2}\s*$", re.I)
# a breadcrumb before the headline: "Версия // Общество // <headline>", "Home » News » ..."
_BREADCRUMB = re.compile(r"^(?:[^/»]{1,40}?\s*(?://|»)\s*)+")
# what separates a headline from a site's name after it: " - ", " – ", " — ", " | ", " : ",
# or the ellipsis of a teaser cut short ("... сообщили журналистам в... РИА Новости")
_TAIL_SEP = re.compile(r"\s+[-–—|:]\s+|(?:\.\.\.|…)\s+")
# a photo credit ending a headline: "(фото: «МВД МЕДИА»)", "(Photo: ...)"
_PHOTO_CREDIT = re.compile(r"\s*\((?:фото|photo)\b[^()]*\)\s*$", re.IGNORECASE)
# the end of a teaser cut short
_CUT_SHORT = ("...", "…")
# a row of short labels: "СОСЕДИ | Центральная Азия", "TODAY.AZ / Politics"
_LABEL_SEP = re.compile(r"\s*[|/]\s*")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|ru|by|kz|kg|uz|tj|az|am|ge|md|ua|info|net|org|news)\b")
# the head noun of a site's, agency's or rubric's own name ("Federal Customs Service",
# "Press Release by ...", "Генеральная прокуратура ...", "Информационный портал ...")
_NAME_HEADS = frozenset({
    "service", "services", "committee", "ministry", "agency", "department", "office",
    "commonwealth", "center", "centre", "secretariat", "portal", "website", "site", "newspaper",
    "information", "release", "press", "news", "states", "republic", "служба", "комитет",
    "министерство", "агентство", "прокуратура", "управление", "секретариат", "центр", "портал",
    "сайт", "газета", "сми", "пресс-служба", "информация", "новости", "ведомство", "республика",
    "издание", "содружество",
})  # fmt: skip
_EVENT_WORDS = re.compile(
    r"meet|session|talk|visit|summit|forum|conference|greeting"
    r"|заседан|встреч|совещан|переговор|визит|саммит|форум|конференц",
    re.IGNORECASE,
)
# the words a name in capitals writes in lower case
_LOWER_FUNCTION = frozenset({
    "of", "the", "and", "for", "by", "at", "in", "on", "to", "a", "an", "under", "with",
})  # fmt: skip
_VERB_TAGS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


def _stem(word: str) -> str:
    low = word.lower()
    if CYRILLIC.search(low):
        low = morph.lemma(low)
    return low[:_STEM_LEN]


def content_stems(text: str) -> set[str]:
    """The stems of a text's content words (four letters and more, not function words)."""
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in _FUNCTION_WORDS}


def _site_tail(tail: str, head: str) -> bool:
    """Whether what follows a headline's last separator is a site's or agency's name: a web
    address, a date (a site's stamp), or Latin letters after a Cyrillic headline ("Sputnik
    Беларусь", "Kazakhstan Today")."""
    words = tail.split()
    if not words or len(words) > 6:
        return False
    if _DOMAIN.search(tail.lower()):
        return True
    if len(words) > 4:
        return False
    if stamp_dates(tail):
        return True
    if _byline_in_capitals(words):
        return True
    return bool(CYRILLIC.search(head) and LATIN.search(tail) and not CYRILLIC.search(tail[:1]))


def sentence_rest(line: str) -> bool:
    """The wrapped rest of a sentence: opening in lower case, with capitals further on (a
    headline written all in lower case has none)."""
    return line[:1].islower() and not line.islower()


def _byline_in_capitals(words: list[str]) -> bool:
    """Two or three words in capitals, one of them five letters or more: an author's name
    after a headline ("| ИВАН ПЕТРОВ")."""
    return (
        2 <= len(words) <= 3
        and all(w.isalpha() and w.isupper() for w in words)
        and any(len(w) >= 5 for w in words)
    )


def _name_with_acronym(line: str) -> bool:
    """A name followed by its own acronym, the initials of its words in capitals: a site's
    or an organisation's name ("Steppe News Agency (SNA)")."""
    found = _NAME_AND_ACRONYM.match(line)
    if not found:
        return False
    words = [w for w in found.group(1).split() if w.lower() not in _LOWER_FUNCTION]
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(initials) == len(words) and initials.lower() == found.group(2).lower()


def _is_name_alone(line: str) -> bool:
    """A site's, agency's or rubric's own name standing alone: a noun phrase with no verb and
    no event whose head is an organisation ("Federal Customs Service", "The Commonwealth of
    Independent States", "Генеральная прокуратура Российской Федерации")."""
    words = [w.strip("\"'«»“”()‘’,.:;") for w in line.split()]
    words = [w for w in words if w]
    if not words or len(words) > 14 or _EVENT_WORDS.search(line):
        return False
    if CYRILLIC.search(line):
        head = None
        for w in words:
            parses = morph.parse(w.lower())
            if parses and parses[0].tag.POS in _VERB_TAGS:
                return False
            if head is None and parses and parses[0].tag.POS == "NOUN":
                head = parses[0].normal_form
        return head in _NAME_HEADS
    # English: a name is written in capitals throughout (function words aside), with no verb
    # a headline in capitals shows ("... To Share ...", "... Appointed", "... Joining ..."); its
    # head is the last of at most four words before the first "of" or "by" ("Press Release by")
    if any(w[:1].islower() and w.lower() not in _LOWER_FUNCTION for w in words):
        return False
    if any(w.lower() == "to" or w.lower().endswith(("ed", "ing")) for w in words):
        return False
    head_words = []
    for w in words:
        if w.lower() in ("of", "by"):
            break
        head_words.append(w)
    return 0 < len(head_words) <= 4 and head_words[-1].lower() in _NAME_HEADS


def _is_switcher(line: str) -> bool:
    """A row of short labels: a language switcher ("Rus Eng Az Lz"), a calendar's weekdays."""
    words = line.split()
    return len(words) >= 3 and all(len(w) <= 3 and w.isalpha() for w in words)


def _is_label_row(line: str) -> bool:
    """Short labels separated by bars or slashes: a rubric, a menu ("СОСЕДИ | Центральная
    Азия", "TODAY.AZ / Politics")."""
    if "|" not in line and "/" not in line:
        return False
    labels = [part for part in _LABEL_SEP.split(line) if part]
    return len(labels) > 1 and all(len(label.split()) <= 3 for label in labels)


def headline_text(line: str) -> str | None:
    """A header line with the furniture around a headline taken off, or None when the line
    is furniture whole."""
    if _is_furniture(line) or _CABLE_PARAGRAPH.match(line):
        return None
    line = _NAV_START.sub("", line.strip())
    markup = "<" in line  # a ">" closing a tag ends no menu item
    unended = (_BAR_END if markup else _MENU_END).sub("", line)
    if unended != line:
        if len(unended.split()) <= 4 or (">" in unended and not markup):
            return None  # a menu item or a breadcrumb
        line = unended
    if _is_switcher(line) or _is_label_row(line):
        return None
    items = line.split(" | ")
    if len(items) >= 3:  # a menu, or a breadcrumb of short labels ending in the headline
        if any(len(item.split()) > 3 for item in items[:-1]):
            return None
        line = items[-1]
    if "//" in line or "»" in line:
        crumbs = _BREADCRUMB.match(line)
        if crumbs and len(line[crumbs.end() :].split()) >= 3:
            line = line[crumbs.end() :]
    parts = _TAIL_SEP.split(line)
    if len(parts) > 1:
        tail = line[line.rfind(parts[-1]) :]
        head = line[: len(line) - len(tail)].rstrip(" -–—|:")
        if _site_tail(tail, head):
            line = head
            if len(line.split()) < 3:
                return None
    line = line.strip()
    if len(line.split()) < 3 or sentence_rest(line) or _is_name_alone(line):
        return None
    if _name_with_acronym(line):
        return None
    return line


def _capitalised_phrase(line: str) -> bool:
    """A short Latin phrase in capitals throughout with no event and no action in it
    ("National and Cultural Autonomy", not "Sharing of Knowledge and Skills"): a name, unless
    the article speaks of it."""
    words = line.split()
    return (
        len(words) <= 6
        and not CYRILLIC.search(line)
        and not _EVENT_WORDS.search(line)
        and not any(len(w) > 5 and w.lower().endswith("ing") for w in words)
        and all(w[:1].isupper() or w.lower() in _LOWER_FUNCTION for w in words)
    )


def choose_headline(lines: Sequence[str], lead: str, longer: Callable[[str], int]) -> str | None:
    """The header line that tells the article: a cable's subject; else, furniture taken off or
    rejected, a line held whole in another dropped for the bare one, the line the page shows
    twice, then the line sharing the most content words with the lead (a name in capitals
    sharing none is no headline; a teaser cut short, "...", comes after whole lines), and among
    equals the one ``longer`` ranks first (the first such line on ties); a photo credit at its
    end taken off last. None when no line is left."""
    subject = _cable_subject(lines)
    if subject:
        return subject
    texts = [text for text in map(headline_text, lines) if text]
    # a line the page shows twice (its title and its heading, a breadcrumb ending in it)
    repeated = {t for t in texts if sum(t in line for line in lines) > 1}
    candidates = _bare_repeats(texts)
    if len(candidates) == 1 and not _capitalised_phrase(candidates[0]):
        return _without_credit(candidates[0])  # nothing to compare it with
    lead_stems = content_stems(lead) if candidates else set()
    best: tuple[bool, int, int] | None = None
    chosen = None
    for text in candidates:
        shared = len(content_stems(text) & lead_stems)
        if not shared and _capitalised_phrase(text):
            continue
        rank = (not text.endswith(_CUT_SHORT), text in repeated, shared, longer(text))
        if best is None or rank > best:
            best, chosen = rank, text
    # a photo credit goes once the line is chosen: a sentence with a credit after it is ranked
    # as the line it was on the page
    return _without_credit(chosen) if chosen else None


def _cable_subject(lines: Sequence[str]) -> str | None:
    """A cable's subject line, in capitals, with the line it runs on to ("SUBJECT: STEPPELAND:
    MINISTER ASKS FOR" + "HELP AGAINST SMUGGLING")."""
    for i, line in enumerate(lines):
        found = _SUBJECT.match(line)
        if not found:
            continue
        subject = line[found.end() :].strip()
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        last = subject.split()[-1].lower() if subject else ""
        if last in _LOWER_FUNCTION and following.isupper() and "/" not in following:
            subject = f"{subject} {following}"
        return subject if len(subject.split()) >= 3 else None
    return None


def _bare_repeats(texts: Iterable[str]) -> list[str]:
    """The candidates less those holding another whole (of four words and more): a page
    repeats its headline in a breadcrumb, a link to the previous item or an image's text,
    and the bare one is the headline."""
    texts = list(dict.fromkeys(texts))
    bare = [t for t in texts if len(t.split()) >= 4]
    return [t for t in texts if not any(b != t and b in t for b in bare)]


def _without_credit(text: str) -> str:
    return _BARE_PHOTO_CREDIT.sub("", _PHOTO_CREDIT.sub("", text))
