"""The session's ordinal: "the 28th meeting", "XVII session", "the twenty-first sitting";
earlier meetings told as background are not this one's number."""

from __future__ import annotations

import re
from bisect import bisect_left

from .body_names import coming_meeting
from .context import Context, Span, sentence_cue
from .lexicon import Match
from .rx import CI

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip


ORDINAL = CI(
    r"(?<![\w.])(?:(?P<num>\d{1,3})(?:-?(?:st|nd|rd|th)\b|\.(?=\s))|(?P<roman>[ivxlc]{1,7})"
    r"|(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?"
    r"(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth"
    r"|ninetieth|hundredth))\s+"
    # up to three words between the ordinal and the noun: "second regional anti-drug
    # conference", "6th EAG Plenary", "50th jubilee council meeting"
    r"(?:(?!(?:of|the|a|an|and|or|in|on|at|for|to|with|by|from|day|days|time|times|year|years"
    r"|century|round|stage|part|half|quarter|week|month|deputy|vice|place|term|phase|which"
    r"|that|is|was|were|will|has|had|be)\b)[a-z][\w'’-]*\s+){0,3}?"
    r"(?P<noun>meeting|session|sitting|collegium|conference|forum|council meeting|summit"
    r"|plenary)\b"
)
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# a lower-case Roman numeral standing alone: two to seven letters, or "v" or "x" (the first
# letter is matched before the look-behind, so that the regex engine skips ahead to it)
_ROMAN_IN = re.compile(r"[ivxlc](?<!\w.)(?:[ivxlc]{1,6}(?!\w)|(?<=[vx])(?!\w))")


def roman_value(numeral: str) -> int:
    """What the letters of an upper-case Roman numeral add up to, a letter before a greater one
    subtracted ("XIV" is 14); whether the numeral is well formed is not checked."""
    total = 0
    for a, b in zip(numeral, numeral[1:] + " ", strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    return total


def _roman(text: str) -> int | None:
    """The value of an upper-case Roman numeral ("XVII", "II"), else None ("I" alone is a word)."""
    if text == "I" or not text.isupper() or not _ROMAN.fullmatch(text):
        return None
    return roman_value(text) or None


# Every ORDINAL match starts with a digit or with one of these words: a window holding
# neither cannot hold one (the words' places come from the one Aho-Corasick pass).
_ORDINAL_START = sentence_cue("|".join(sorted({*ORDINAL_WORDS, *_TENS})))
_DIGIT = re.compile(r"\d")


_NOT_THIS_ONE = re.compile(r"\b(?:previous|last|next|upcoming|future|preceding)\b")


_HISTORY_CLAUSE = re.compile(
    r"\b(?:was|were) (?:held|conducted|organi[sz]ed|convened)\b|\btook place\b|\bbegan\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DAY_BEFORE = re.compile(
    r"\d\s*(?:st|nd|rd|th)?,?\s*$|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]+,?\s*$"
)
_CLAUSE_END = re.compile(r",\s+(?:and|while|but|whereas)\s|;|\.\s")


def _history(ctx: Context, start: int, first: bool) -> bool:
    """Whether the clause an ordinal opens tells an earlier meeting: "the first meeting ... was
    held in February 1992 in Minsk", "the first meeting ... was held in Almaty" (another city
    than this meeting's)."""
    sent_end = ctx.doc.sentences[ctx.sent_idx(start)][1]
    m = _CLAUSE_END.search(ctx.text, start, sent_end)
    end = m.start() if m else sent_end
    if not _HISTORY_CLAUSE.search(ctx.low, start, end):
        return False
    year = _YEAR.search(ctx.text, start, end)
    if year and not _DAY_BEFORE.search(ctx.text, max(start, year.start() - 16), year.start()):
        return True  # "in February 1992", "in 2001"; "on May 24, 2024" is this meeting's day
    venue = ctx.venue_city
    if venue and first:  # "the first meeting ... was held in Almaty", this one in Astana
        g = bisect_left(ctx.geo_starts, start)
        while g < len(ctx.geo) and ctx.geo[g].start < end:
            place = ctx.geo[g]
            if (
                place.kind == "city"
                and ctx.lex.city_list[place.ref].name != venue
                and not ctx.in_org(place.start)
                and not _REGION_AFTER.match(ctx.text, place.end)
            ):
                return True
            g += 1
    return False


_REGION_AFTER = re.compile(r"\s+(?:region|oblast|province|district|area|krai)\b", re.IGNORECASE)


def _ordinal_matches(ctx: Context) -> list[re.Match[str]]:
    """Every ORDINAL match that ends with a meeting noun, in the nouns' order, each once; a
    window before a noun holding no digit, Roman numeral or ordinal word is skipped."""
    low = ctx.low
    seen: set[int] = set()
    matches = []
    word_starts = ctx.cue_starts(_ORDINAL_START)
    for noun in (
        "meeting", "session", "sitting", "collegium", "conference", "forum", "summit", "plenary"
    ):  # fmt: skip
        at = low.find(noun)
        while at != -1:
            window = max(0, at - 90)
            while window > 0 and low[window - 1].isalnum():
                window -= 1
            if (
                word_starts is not None
                and _DIGIT.search(low, window, at) is None
                and _ROMAN_IN.search(low, window, at) is None
            ):
                k = bisect_left(word_starts, window)
                if k == len(word_starts) or word_starts[k] >= at:
                    at = low.find(noun, at + len(noun))
                    continue  # no ordinal can start in the window
            for m in ORDINAL.rx.finditer(low, window, at + len(noun)):
                if m.end() == at + len(noun) and m.start() not in seen:
                    seen.add(m.start())
                    matches.append(m)
            at = low.find(noun, at + len(noun))
    return matches


def _ordinal_value(ctx: Context, m: re.Match[str]) -> int | None:
    """The number an ORDINAL match says ("28th", "XVII", "twenty-first"); None for "0th" or a
    Roman-looking word that is no numeral."""
    if m.group("num"):
        return int(m.group("num")) or None
    if m.group("roman"):
        return _roman(ctx.text[m.start("roman") : m.end("roman")])
    return ORDINAL_WORDS[m.group("word").lower()] + _TENS.get((m.group("tens") or "").lower(), 0)


# "meeting of experts", "experts' group meeting", "meeting of the working group"
_EXPERTS_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:experts?|working group)\b")


# a convening body that is itself a group of experts numbers its own meetings
_GROUP_BODY = re.compile(r"\b(?:Working Group|Experts?)\b")


def _of_experts(ctx: Context, m: re.Match[str]) -> bool:
    """Whether the ordinal numbers a meeting of experts or of a working group."""
    return "expert" in m.group().lower() or bool(_EXPERTS_AFTER.match(ctx.low, m.end()))


def find_ordinal(ctx: Context, body_match: Match | None) -> tuple[int | None, Span | None]:
    """The session's number: the ordinal nearest the convening body's name and early in the
    report, not "the next, 56th meeting" nor an earlier meeting told as background."""
    cands = []
    for m in _ordinal_matches(ctx):
        n = _ordinal_value(ctx, m)
        if n is None:
            continue
        sentence = ctx.sent_idx(m.start())
        if _NOT_THIS_ONE.search(ctx.low, max(0, m.start() - 25), m.start()):
            continue  # "the next, 56th meeting"
        if _history(ctx, m.start(), n == 1):
            continue  # an earlier meeting told as background
        if coming_meeting(ctx, m.start()):
            continue  # "the 29th conference ... will be held", told beside a meeting held
        if (
            body_match is not None
            and body_match.ref >= 0
            and _of_experts(ctx, m)
            and not _GROUP_BODY.search(ctx.lex.org_list[body_match.ref].name)
        ):
            continue  # "the third meeting of experts": a preparatory meeting's number
        score = 1
        if body_match is not None and ctx.sent_idx(body_match.start) == sentence:
            score += 2
            if 0 <= body_match.start - m.end() <= 12:
                score += 1  # "the 28th meeting of the Council and the 9th meeting of heads ..."
        if sentence <= 3:
            score += 1
        cands.append((score, -m.start(), n, m.start()))
    if not cands:
        return None, None
    score, _, n, pos = max(cands)
    return n, ctx.span(pos)
