"""Getting report text in: byte decoding, HTML to text, and refusing input that is not a report.

Encoding detection: BOMs first (UTF-8, UTF-16/32), UTF-16 without a BOM (recognised by its
NUL or U+04xx high bytes and checked to give clean text), then strict UTF-8 (most reports), then
charset-normalizer (a maintained detector, already a project dependency) for the legacy code
pages: Windows-1251, KOI8-R, ISO-8859-5, CP866 for Russian, Windows-1252/Latin-1 for Western
text. Short Cyrillic texts, where a statistical detector may wander off to a far-away code page,
are settled by letter case (the right Cyrillic code page gives mostly lower-case letters). A file
no code page decodes cleanly is refused with a clear error rather than stored as mojibake.
"""

from __future__ import annotations

import codecs
import re
import string
from html.parser import HTMLParser

MAX_CHARS = 2_000_000  # a meeting report is a few KB; 2 M characters is not a report


class ExtractionError(ValueError):
    """The input cannot be treated as a report; the message says why, for humans."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")
_TWO_WORDS = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")


# the same characters as bytes of UTF-8, where each is one byte (U+FFFD: EF BF BD)
_CONTROL_BYTES = bytes(range(0x09)) + b"\x0b" + bytes(range(0x0E, 0x20))


def _has_control(text: str) -> bool:
    """``_CONTROL.search(text) is not None``, by deleting the bytes from its UTF-8 form (a C
    pass, where the regex takes a Python-level step per position)."""
    b = text.encode("utf-8", "surrogatepass")
    return b"\xef\xbf\xbd" in b or len(b.translate(None, _CONTROL_BYTES)) != len(b)


def _control_ratio(text: str) -> float:
    if not text or not _has_control(text):
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def _count_letters(s: str) -> int:
    """``sum(map(str.isalpha, s))``; for ASCII text (the letters are then exactly A-Z, a-z)
    counted by deleting them from its bytes, without a Python-level step per character."""
    if s.isascii():
        b = s.encode("ascii")
        return len(b) - len(b.translate(None, _ASCII_LETTERS))
    return sum(map(str.isalpha, s))


def check_text(text: str) -> None:
    """Raise :class:`ExtractionError` unless ``text`` plausibly is a written report."""
    if text is None or not isinstance(text, str):
        raise ExtractionError("input is not text")
    if not text or text.isspace():
        raise ExtractionError(
            "the report is empty" if not text else "the report is only whitespace"
        )
    if "\x00" in text:
        raise ExtractionError("the report contains NUL bytes: it looks like a binary file")
    if len(text) > MAX_CHARS:
        raise ExtractionError(
            f"the report is {len(text):,} characters long; more than {MAX_CHARS:,} is not a report"
        )
    sample = text[:1200]
    if _control_ratio(sample) > 0.02:
        raise ExtractionError(
            "the report is mostly control characters: it looks like a binary file"
        )
    letters = _count_letters(sample)
    if letters < 20 or letters < 0.3 * len(sample.strip()):
        raise ExtractionError("the report has almost no words: nothing to extract")
    if not _TWO_WORDS.search(sample):
        raise ExtractionError("the report has no sentences: nothing to extract")


def decode_report(data: bytes) -> str:
    """Decode the bytes of a report, detecting the encoding; raise ExtractionError if unsure."""
    if not data:
        raise ExtractionError("the file is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise ExtractionError(f"the file starts with a {enc} BOM but is not {enc}") from exc
    text = _utf16_without_bom(data)
    if text is not None:
        return text
    if b"\x00" in data:
        raise ExtractionError("the file contains NUL bytes: it looks like a binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _legacy_decode(data)
    if _control_ratio(text[:20000]) > 0.02:
        raise ExtractionError("the file is mostly control characters: it looks like a binary file")
    return text


_PLAIN_SCRIPT = re.compile(r"[\s\w\u0020-\u00ff\u0400-\u04ff\u2010-\u2044\u2116]")


def _clean_text(text: str) -> bool:
    """Text of Latin or Cyrillic letters, digits and punctuation, with no control characters."""
    if not text or _control_ratio(text[:20000]) > 0.001:
        return False
    sample = text[:20000]
    return len(_PLAIN_SCRIPT.findall(sample)) >= 0.97 * len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: every other byte is the high byte of a Latin (0x00) or
    Cyrillic (0x04) character, so one of the two byte orders gives clean text."""
    if len(data) % 2 or len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    for high, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if high.count(0) + high.count(4) < 0.7 * len(high):
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _clean_text(text):
            return text
    return None


def _cyrillic_score(text: str) -> float:
    """Share of Cyrillic letters that are lower case: high for the right code page."""
    cyr = [c for c in text if "\u0400" <= c <= "\u04ff"]
    if not cyr:
        return 0.0
    return sum(c.islower() for c in cyr) / len(cyr)


_CYRILLIC_PAGES = ("cp1251", "koi8_r", "iso8859_5", "cp866")
_DETECTED_OK = {"cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "cp1125", "mac_cyrillic",
                "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"}  # fmt: skip
_WESTERN = ("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2")


def _by_letter_case(data: bytes) -> str | None:
    """The Cyrillic code page under which the high bytes are Cyrillic letters, mostly lower
    case (as running text is), when one clearly is."""
    high = sum(1 for b in data if b >= 0x80)
    best, best_score = None, 0.0
    for enc in _CYRILLIC_PAGES:
        try:
            cand = data.decode(enc)
        except UnicodeDecodeError:
            continue
        cyr = sum(1 for c in cand if "\u0400" <= c <= "\u04ff")
        letters = sum(1 for c in cand if c.isalpha())
        if high and cyr >= 0.8 * high and cyr >= 0.3 * letters:
            score = _cyrillic_score(cand)
            if score > best_score:
                best, best_score = cand, score
    return best if best is not None and best_score >= 0.6 else None


def _legacy_decode(data: bytes) -> str:
    """A legacy code page: charset-normalizer's answer when it is a Cyrillic code page,
    else the Cyrillic code page that letter case points to, else a Western code page; a
    file none of them decodes cleanly is an error."""
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    if guess is not None and guess.encoding in _DETECTED_OK and guess.chaos < 0.2:
        return str(guess)
    cyrillic = _by_letter_case(data)
    if cyrillic is not None:
        return cyrillic
    # Western text: detectors confuse the Western code pages with each other (an accented
    # letter or two decides), and Windows-1252 is the one such reports are written in
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if _clean_text(text) and _mostly_ascii_letters(text):
        return text
    if guess is not None and guess.encoding not in _WESTERN and guess.chaos < 0.2:
        return str(guess)
    raise ExtractionError(
        "the file's encoding could not be recognised (not UTF-8, UTF-16, Windows-1251, KOI8-R,"
        " ISO-8859-5 or a Western code page): save it as UTF-8"
    )


def _mostly_ascii_letters(text: str) -> bool:
    """Western text: most of its letters are unaccented (random bytes give accented ones)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) >= 0.8 * len(letters)


class _HTMLText(HTMLParser):
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg",
            "iframe", "button", "select", "template", "head", "menu"}  # fmt: skip
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
             "table", "section", "article", "blockquote", "pre", "dd", "dt", "figcaption",
             "title"}  # fmt: skip
    VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "area", "col"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in self.SKIP and tag not in self.VOID:
            self.skip_depth += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Text of an HTML page: markup, scripts, styles and nav/header/footer furniture removed.

    Block elements become line breaks, so paragraphs survive as lines. When the page has no
    ``<h1>``-like first line, the ``<title>`` is put first as the headline candidate.
    """
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    body = "\n".join(ln for ln in lines if ln)
    title = re.sub(r"\s+", " ", "".join(parser.title)).strip()
    if title and not body.startswith(title[:40]):
        body = title + "\n" + body
    return body


_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_MARKS = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+)|[*_`]{1,3}", re.MULTILINE)


def markdown_to_text(text: str) -> str:
    """Text of a Markdown report: links and images become their text; headings, quotes and
    emphasis marks go; list bullets become "- "."""
    return _MARKDOWN_MARKS.sub(
        lambda mark: "- " if mark.group(0).strip() in "-*+" else "",
        _MARKDOWN_LINK.sub(r"\1", text),
    )


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<p>" in head and "</p>" in head)
