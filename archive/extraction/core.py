"""The extractor: one report's text in, the meeting's facts (with evidence) out."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from . import people as P
from .cleaning import CleanDoc, clean
from .dates import WEEKDAYS as WEEKDAY_NAMES
from .dates import find_dates, resolve, to_date
from .lexicon import Lexicon, Match, default_lexicon, fold
from .rx import CI, lower_same_len
from .textio import ExtractionError, check_text, html_to_text, looks_like_html

EXTRACTOR_VERSION = "1.1.0"

Span = dict[str, Any]

_MEETING = CI(
    r"\b(?:meeting|meetings|session|sitting|collegium|convened?|convenes|met|meet|gathered"
    r"|took place|takes place|was held|were held|held|hosted|summit|talks|conference|forum"
    r"|assembled|gathering|council)\b"
)
_FUTURE = CI(
    r"\b(?:will|to be held|is scheduled|are scheduled|is planned|are planned|upcoming|next"
    r"|scheduled for|shall)\b"
)
_OTHER_EVENT = CI(
    r"\b(?:decree|law of|adopted|signed (?:on|in)|since|until|founded|established|anniversary of"
    r"|born|by the end of|earlier|previous|last (?:meeting|session)|ago|in force|ratified"
    r"|the beginning of|last year|last year's|the year before|a year earlier|preceding)\b"
)
_PART_CUE = CI(
    r"\b(?:representatives?|delegations?|delegates|heads|ministers|chiefs|leaders|officials"
    r"|commanders|prosecutors|participants) (?:of|from)\b|\b(?:attended by|participation of"
    r"|brought together|bringing together|gathered|assembled|took part|participated|joined by"
    r"|with representatives|heads of delegations of|involving)\b"
)
_PART_AFTER = CI(
    r"^\s*(?:also\s+)?(?:took part|participated|attended|were present|were represented"
    r"|was represented|is represented"
    r"|sent (?:their )?delegations|joined)\b"
)
_LIST_GAP = CI(r"^\s*(?:,|;)?\s*(?:and|as well as|&|/)?\s*(?:the\s+)?$")
_DEMONYM_ROLE = re.compile(
    r"^\s*(?:(?:and|,)\s+[A-Z]\w+\s+)*(?:interior |internal affairs |security |border |customs "
    r"|police |law enforcement |foreign |defence |defense )?(?:minister|ministers|delegation"
    r"|delegations|side|sides|colleague|colleagues|counterpart|counterparts|police chiefs"
    r"|heads?|officials|law enforcement|special services|security services|border guards"
    r"|customs officers|interior ministry|ministry|ministries|agencies|partners)\b",
)
_FRAMEWORK = CI(
    r"\b(?:framework of|within the|channels?|through|via|member states of|cooperation with"
    r"|auspices|platform of|model of|experience of|members of|format of|line of|as part of"
    r"|in the|agreements? (?:of|with|within))\b"
)
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_ORDINAL = CI(
    r"\b(?:(?P<num>\d{1,3})(?:st|nd|rd|th|-?th)|(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)[- ])?(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth"
    r"|ninetieth|hundredth))\s+(?:(?:regular|extraordinary|plenary|joint|expanded|enlarged"
    r"|annual|jubilee|international|ordinary|anniversary|next|offsite|off-site|visiting)\s+)*"
    r"(?P<noun>meeting|session|sitting|collegium|conference|forum|council meeting|summit)\b"
)
_CAPITAL = re.compile(
    r"\b(?:in|at|to) the (?:(?P<dem>[A-Z][a-z]+) )?capital(?: city)?"
    r"(?: of (?:the )?(?P<country>[A-Z][\w ]{2,40}?))?\b|\bin (?P<poss>[A-Z][a-z]+)['’]s capital\b"
)
_HERE = CI(r"\b(?:held here|here today|took place here|met here|gathered here)\b")
_AGENDA = CI(
    r"\b(?:discuss\w*|agenda|focus\w*|address\w*|consider\w*|issues?|topics?|topical|exchang\w*"
    r"|dealt with|priorit\w*|emphasi[sz]\w*|highlight\w*|measures|cooperation in|combat\w*"
    r"|counter\w*|fight(?:ing)? against|problems?|threats?|challenges|trends|devoted|dedicated"
    r"|concerns?|reviewed|examined|approved|adopted|signed|plans?|attention|summed up|results"
    r"|agreed|proposed|stressed|noted|need|step(?:ped)? up|prevent\w*|protect\w*)\b"
)
_JOINT = CI(r"\bjoint (?:collegium|board|meeting of the collegiums?)\b")
_BODY_PHRASE = re.compile(
    r"\b(?:meeting|session|sitting) of the (?P<b>(?:Council|Collegium|Board|Commission|Committee"
    r"|Conference|Assembly|Coordination Council|Joint Collegium)(?:\s+(?:of|for|on|and|the"
    r"|[A-Z][\w'’-]*))*)"
)
_INTERIOR_MIN = CI(
    r"\b(?:interior|internal affairs) minist(?:er|ers|ries|ry)\b|"
                           r"\bminist(?:er|ers|ry|ries) of (?:internal affairs|the interior)\b"
)  # fmt: skip


_PAREN_COUNTRY = re.compile(r"^\s*\((?P<c>[A-Z][\w ]+)\)")
_IN_BEFORE = re.compile(r"\b(?:in|at|to|of)\s+(?:the\s+)?(?:(?:city|town|resort|village) of\s+)?$")
_REGION_AFTER = re.compile(r"\s+(?:region|oblast|province|district|area|krai)\b")


@dataclass
class Extraction:
    """Facts of one report; every evidence span points into ``cleaned_text``."""

    file: str | None
    cleaned_text: str
    title: str | None = None
    body: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str = "unknown"
    city: str | None = None
    venue_country: str | None = None
    ordinal: int | None = None
    countries: list[str] = field(default_factory=list)
    countries_mentioned: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    summary: str | None = None
    publication_date: str | None = None
    language: str = "en"
    evidence: dict[str, Any] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    mentioned_people: list[str] = field(default_factory=list)

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "language": self.language,
            "title": self.title,
            "body": self.body,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "date_precision": self.date_precision,
            "city": self.city,
            "venue_country": self.venue_country,
            "ordinal": self.ordinal,
            "countries": list(self.countries),
            "countries_mentioned": list(self.countries_mentioned),
            "organizations": list(self.organizations),
            "participants": [dict(p) for p in self.participants],
            "topics": list(self.topics),
            "summary": self.summary,
            "publication_date": self.publication_date,
            "evidence": self.evidence,
            "confidence": self.confidence,
        }
        if include_text:
            out["cleaned_text"] = self.cleaned_text
        return out


class _SentFlags:
    """Lazy per-sentence cue flags (each a memoised regex search on the lower-cased text)."""

    __slots__ = ("ctx", "idx")

    def __init__(self, ctx: _Ctx, idx: int) -> None:
        self.ctx = ctx
        self.idx = idx

    @property
    def cochair(self) -> bool:
        return self.ctx.has(P._COCHAIR, self.idx)

    @property
    def chair(self) -> bool:
        return self.ctx.has(_CHAIR_HINT, self.idx)

    @property
    def host(self) -> bool:
        return self.ctx.has(_HOST_HINT, self.idx)

    @property
    def speech(self) -> bool:
        sent = self.ctx.sent_text(self.idx)
        return '"' in sent or "”" in sent or self.ctx.has(P._SPEECH, self.idx)

    @property
    def exclude(self) -> bool:
        return self.ctx.has(P._EXCLUDE_CONTEXT, self.idx)

    @property
    def spokes(self) -> bool:
        return self.ctx.has(_SPOKES_NEAR_HINT, self.idx)


# Cheap whole-sentence pre-checks before the exact, position-dependent ones.
_CHAIR_HINT = CI(r"chair|presid|opened|leadership")
_HOST_HINT = CI(r"recei|welcom|greet|host|met with")
_SPOKES_NEAR_HINT = CI(r"spokes|press secretary|official representative")


class _Ctx:
    """Per-report working state shared by the field extractors."""

    def __init__(self, doc: CleanDoc, lex: Lexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.matches = lex.scan(doc.text, fold(doc.text))
        self.geo = [m for m in self.matches if m.kind in ("country", "demonym", "city")]
        self.orgs = [m for m in self.matches if m.kind == "org"]
        self.topics = [m for m in self.matches if m.kind == "topic"]
        self.low = lower_same_len(doc.text)
        self.name_starts: list[int] = []  # full-name mentions, set by _people
        self.name_ends: list[int] = []
        self._sent_cache: dict[int, str] = {}
        self._flag_cache: dict[int, _SentFlags] = {}
        self._has_cache: dict[tuple[int, int], bool] = {}

    def sent_flags(self, idx: int) -> _SentFlags:
        """Cue words present in a sentence, each computed on first use."""
        f = self._flag_cache.get(idx)
        if f is None:
            f = self._flag_cache[idx] = _SentFlags(self, idx)
        return f

    def has(self, rx: CI, idx: int) -> bool:
        """Whether sentence ``idx`` matches ``rx`` (memoised; searches the lower-cased text)."""
        key = (id(rx), idx)
        v = self._has_cache.get(key)
        if v is None:
            a, b = self.doc.sentences[idx]
            v = self._has_cache[key] = rx.rx.search(self.low, a, b) is not None
        return v

    def sent_idx(self, pos: int) -> int:
        return self.doc.sentence_index(pos)

    def sent_text(self, idx: int) -> str:
        s = self._sent_cache.get(idx)
        if s is None:
            a, b = self.doc.sentences[idx]
            s = self._sent_cache[idx] = self.text[a:b]
        return s

    def span(self, pos: int) -> Span:
        i = self.sent_idx(pos)
        a, b = self.doc.sentences[i]
        return {"start": a, "end": b, "text": self.text[a:b]}

    def country_code(self, m: Match) -> str | None:
        if m.kind in ("country", "demonym"):
            return self.lex.country_list[m.ref].code
        if m.kind == "city":
            return self.lex.city_list[m.ref].country
        if m.kind == "org":
            return self.lex.org_list[m.ref].country
        return None

    def in_title(self, pos: int) -> bool:
        ts = self.doc.title_span
        return bool(ts and ts[0] <= pos < ts[1])


# --------------------------------------------------------------------------- dates
def _dates(ctx: _Ctx, pub: dt.date | None) -> tuple[str | None, str | None, str, Span | None]:
    doc = ctx.doc
    dl = doc.dateline
    best = None
    best_score = 0
    for d in find_dates(ctx.text):
        if dl and dl.start <= d.start < dl.end:
            continue
        if d.year and d.year < 1990:
            continue
        if d.month is None and not d.relative:
            continue
        si = ctx.sent_idx(d.start)
        score = 0
        if ctx.has(_MEETING, si):
            score += 3
        before = ctx.text[max(0, d.start - 4) : d.start].lower()
        if before.endswith("on ") or before.endswith("in "):
            score += 1
        if ctx.has(_OTHER_EVENT, si):
            score -= 3
        if d.relative in WEEKDAY_NAMES:
            score += 1  # "on Thursday"
        if d.relative == "tomorrow":
            score -= 2
        if score > best_score:
            best, best_score = d, score
    if best is None or best_score < 3:
        return None, None, "unknown", None
    future = ctx.has(_FUTURE, ctx.sent_idx(best.start))
    start, end, precision = resolve(best, pub, future=future)
    if precision == "unknown":
        return None, None, "unknown", None
    return start, end, precision, ctx.span(best.start)


def _publication(doc: CleanDoc, passed: dt.date | None) -> dt.date | None:
    if passed:
        return passed
    pub = doc.publication_date
    dl = doc.dateline
    if dl and dl.date_start is not None:
        ds = find_dates(doc.text[dl.date_start : dl.date_end])
        if ds:
            full = to_date(ds[0])
            if full:
                return full
            if pub and ds[0].month and ds[0].day:
                try:
                    cand = dt.date(pub.year, ds[0].month, ds[0].day)
                except ValueError:
                    cand = None
                if cand and abs((cand - pub).days) <= 3:
                    return cand
    return pub


# --------------------------------------------------------------------------- venue
_HELD_IN = re.compile(
    r"\b(?:held|hosted|took place|convened?|met|gathered|meeting|session|sitting)\s+in\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _capital_country(ctx: _Ctx, m: re.Match[str]) -> str | None:
    """The country whose capital a "the capital" phrase names, if it names one."""
    for key in ("country", "dem", "poss"):
        if m.group(key):
            c = ctx.lex.country_by_name(m.group(key).strip())
            if c is None:
                for g in ctx.geo:
                    if g.start == m.start(key) and g.kind in ("country", "demonym"):
                        c = ctx.lex.country_list[g.ref]
            if c:
                return c.code
    return None


def _venue(
    ctx: _Ctx, chair_country: str | None
) -> tuple[str | None, str | None, Span | None, float]:
    lex = ctx.lex
    dl = ctx.doc.dateline
    org_spans = [(o.start, o.end) for o in ctx.orgs]
    best = None
    best_score = 0
    for m in ctx.geo:
        if m.kind != "city":
            continue
        if dl and dl.start <= m.start < dl.end:
            continue
        if any(a <= m.start and m.end <= b for a, b in org_spans):
            continue
        if ctx.text.startswith("-based", m.end):
            continue  # "a Moscow-based analyst"
        si = ctx.sent_idx(m.start)
        score = 0
        before = ctx.text[max(0, m.start - 30) : m.start].lower()
        if _IN_BEFORE.search(before):
            score += 2
        if _REGION_AFTER.match(ctx.low, m.end, m.end + 14):
            score -= 4
        if ctx.has(_MEETING, si):
            score += 2
        if _HELD_IN.search(before):
            score += 2
        if ctx.in_title(m.start) or si <= 2:
            score += 1
        if ctx.has(_OTHER_EVENT, si):
            score -= 3  # an earlier meeting told as background
        elif ctx.has(_FUTURE, si):
            score -= 1
        if score > best_score:
            best, best_score = m, score
    # "in the Belarusian capital", "in the capital of Kazakhstan" name a city as well
    for m in _CAPITAL.finditer(ctx.text):
        code = _capital_country(ctx, m)
        if code is None or code not in lex.capital_of:
            continue
        si = ctx.sent_idx(m.start())
        score = 2 + (2 if ctx.has(_MEETING, si) else 0) + (1 if si <= 2 else 0)
        if _HELD_IN.search(ctx.low[max(0, m.start() - 30) : m.start() + 3]):
            score += 2
        if score > best_score:
            city = lex.capital_of[code]
            best_score = score
            best = Match(m.start(), m.end(), "city", lex.city_list.index(city))
    if best is not None and best_score >= 4:
        city = lex.city_list[best.ref]
        return (
            city.name,
            lex.country_name(city.country),
            ctx.span(best.start),
            min(1.0, 0.5 + 0.1 * best_score),
        )
    # "in the capital": only when the text says which capital.
    for m in _CAPITAL.finditer(ctx.text):
        if not ctx.has(_MEETING, ctx.sent_idx(m.start())):
            continue
        code = _capital_country(ctx, m)
        if code is None:
            capitals = {
                lex.city_list[g.ref].name
                for g in ctx.geo
                if g.kind == "city" and lex.city_list[g.ref].capital
            }
            if len(capitals) == 1:
                city = lex.city_by_name(next(iter(capitals)))
                return city.name, lex.country_name(city.country), ctx.span(m.start()), 0.6
            code = chair_country
        if code and code in lex.capital_of:
            city = lex.capital_of[code]
            return city.name, lex.country_name(code), ctx.span(m.start()), 0.5
    if dl:
        city = lex.city_by_name(dl.city_text)
        if city and _HERE.search(ctx.text):
            return city.name, lex.country_name(city.country), ctx.span(dl.start), 0.5
    # a country without a city: "held in Kazakhstan"
    for m in ctx.geo:
        if m.kind == "country":
            before = ctx.text[max(0, m.start - 30) : m.start]
            if _HELD_IN.search(before):
                return None, lex.country_list[m.ref].name, ctx.span(m.start), 0.4
    return None, None, None, 0.0


# --------------------------------------------------------------------------- body
_CONVENES_AFTER = re.compile(
    r"[^.;,]{0,60}?\s(?:held|convened|hosted|organi[sz]ed) (?:a |an |its |the )?"
    r"(?:\w+ ){0,2}(?:meeting|session|sitting|conference|seminar)\b"
)


def _body(
    ctx: _Ctx, participating: list[str]
) -> tuple[str | None, Span | None, float, Match | None]:
    lex = ctx.lex
    scores: dict[int, float] = {}
    first: dict[int, Match] = {}
    for m in ctx.orgs:
        org = lex.org_list[m.ref]
        if org.kind != "body":
            continue
        before = ctx.text[max(0, m.start - 60) : m.start].lower()
        s = 1.0
        if ctx.in_title(m.start):
            s += 3
        if re.search(r"(?:meeting|session|sitting|collegium|board|conference)\s+of\s+(?:the\s+)?$",
                     before) or _ORDINAL.search(before[-40:]):  # fmt: skip
            s += 3
        si = ctx.sent_idx(m.start)
        if si <= 3:
            s += 2
        if ctx.has(_MEETING, si):
            s += 1
        scores[m.ref] = scores.get(m.ref, 0) + s
        first.setdefault(m.ref, m)
    if not scores:
        # an international body convening a meeting itself: "the Bureau ... held a meeting"
        for m in ctx.orgs:
            org = lex.org_list[m.ref]
            if org.kind != "international":
                continue
            before = ctx.low[max(0, m.start - 40) : m.start]
            if _CONVENES_AFTER.match(ctx.low, m.end) or re.search(
                r"(?:meeting|session|sitting) (?:of|organi[sz]ed by|convened by) (?:the )?$", before
            ):
                scores[m.ref] = scores.get(m.ref, 0) + 2.0
                first.setdefault(m.ref, m)
    if scores:
        ref = max(scores, key=lambda r: (scores[r], -first[r].start))
        m = first[ref]
        return lex.org_list[ref].name, ctx.span(m.start), min(1.0, 0.5 + scores[ref] / 10), m
    # A joint collegium of two ministries not in the gazetteer.
    jm = _JOINT.search(ctx.text)
    if jm and len(participating) == 2:
        a, b = participating
        for x, y in ((a, b), (b, a)):
            name = f"Joint Collegium of the Interior Ministries of {x} and {y}"
            org = lex.org_by_name(name)
            if org:
                return org.name, ctx.span(jm.start()), 0.7, None
        return (
            f"Joint Collegium of the Interior Ministries of {a} and {b}",
            ctx.span(jm.start()),
            0.5,
            None,
        )
    bm = _BODY_PHRASE.search(ctx.text)
    if bm:
        phrase = re.sub(r"\s+(?:of|for|on|and|the)$", "", bm.group("b").strip())
        phrase = re.sub(r"\s+(?:of|for|on|and|the)$", "", phrase)
        if len(phrase.split()) >= 2:
            return phrase, ctx.span(bm.start()), 0.4, None
    # Interior ministers of several states meeting without a named body.
    for i in range(len(ctx.doc.sentences)):
        sent = ctx.sent_text(i)
        if ctx.has(_INTERIOR_MIN, i) and ctx.has(_MEETING, i):
            a, _ = ctx.doc.sentences[i]
            codes: list[str] = []
            for g in ctx.geo:
                if g.kind in ("country", "demonym") and a <= g.start < a + len(sent):
                    c = ctx.country_code(g)
                    if c and c not in codes:
                        codes.append(c)
            if len(codes) >= 3:  # bilateral talks are not a body
                names = [lex.country_name(c) for c in codes]
                joined = ", ".join(names[:-1]) + " and " + names[-1]
                return f"Interior Ministries of {joined}", ctx.span(a), 0.4, None
    return None, None, 0.0, None


_NOT_THIS_ONE = re.compile(r"\b(?:previous|last|next|upcoming|future|preceding)\b")


def _ordinal(ctx: _Ctx, body_match: Match | None) -> tuple[int | None, Span | None]:
    cands = []
    low = ctx.low
    seen: set[int] = set()
    matches = []
    for noun in ("meeting", "session", "sitting", "collegium", "conference", "forum", "summit"):
        i = low.find(noun)
        while i != -1:
            a = max(0, i - 90)
            while a > 0 and low[a - 1].isalnum():
                a -= 1
            for m in _ORDINAL.rx.finditer(low, a, i + len(noun)):
                if m.end() == i + len(noun) and m.start() not in seen:
                    seen.add(m.start())
                    matches.append(m)
            i = low.find(noun, i + len(noun))
    for m in matches:
        if m.group("num"):
            n = int(m.group("num"))
        else:
            n = _ORDINAL_WORDS[m.group("word").lower()] + _TENS.get(
                (m.group("tens") or "").lower(), 0
            )
        si = ctx.sent_idx(m.start())
        if _NOT_THIS_ONE.search(ctx.low, max(0, m.start() - 25), m.start()):
            continue  # "the next, 56th meeting"
        score = 1
        if body_match is not None and ctx.sent_idx(body_match.start) == si:
            score += 2
        if si <= 3:
            score += 1
        cands.append((score, -m.start(), n, m.start()))
    if not cands:
        return None, None
    score, _, n, pos = max(cands)
    return n, ctx.span(pos)


# --------------------------------------------------------------------------- people
_CLAUSE_CUT = CI(
    r"(?:[“\"«(:;]|\s[–—-]\s|\b(?:by|said|says|told|and|with|from|that|when|as|to|whom|while"
    r"|than|where|welcomed|met|received|greeted|noted|stated|added)\s)"
)
_RIGHT_TITLE = re.compile(
    r"^\s*(?:,|\()\s*(?:who is |who was |currently )?(?:the |a |an )?(?P<t>[^,;:()“”\"]{3,160}?)"
    r"(?=\s*(?:,|\.|;|\)|$|\s(?:said|says|noted|stated|told|added|emphasi[sz]ed|stressed|also"
    r"|has|had|was|is|who|which|attended|represented|informed|reported|spoke|delivered"
    r"|addressed|chaired|opened|welcomed|presented|announced|explained|pointed|highlighted"
    r"|underlined|mentioned|praised|promised|signed|took|led|headed|recalled|urged|warned)\b))",
)


_LEADING_ARTICLES = re.compile(r"^(?:(?:the|a|an|his|her|their|its)\s+)+", re.IGNORECASE)
_COLLEAGUE = re.compile(r"\s*\b(?:colleague|counterpart)s?\b,?\s*", re.IGNORECASE)


def _clean_title(t: str) -> str:
    t = _LEADING_ARTICLES.sub("", t.strip(" ,.;:–—-"))
    t = _COLLEAGUE.sub(" ", t).strip(" ,")
    return t[:1].upper() + t[1:] if t else t


def _left_title(ctx: _Ctx, sent_start: int, name_start: int) -> tuple[str, int] | None:
    # a title never reaches back over another person's name
    i = bisect_left(ctx.name_ends, name_start) - 1
    if i >= 0 and ctx.name_ends[i] > sent_start:
        sent_start = ctx.name_ends[i]
    left = ctx.text[sent_start:name_start]
    cut = 0
    for m in _CLAUSE_CUT.finditer(left):
        cut = m.end()
    seg = left[cut:]
    if not seg.strip():
        return None
    chunks = seg.split(",")
    if chunks and not chunks[-1].strip():
        chunks = chunks[:-1]
    keep: list[str] = []
    for ch in reversed(chunks):
        if P.TITLE_HEADS.search(ch):
            keep.insert(0, ch)
        else:
            break
    if not keep:
        return None
    title = ",".join(keep).strip()
    if len(title) > 200:
        return None
    start = name_start - len(left) + left.rfind(title) if title in left else sent_start
    return title, start


def _right_title(ctx: _Ctx, name_end: int, sent_end: int) -> tuple[str, int] | None:
    # "Ivan Kubrakov, Kyrgyz Interior Minister Ulan Niyazbekov": the title belongs to the next
    # name, so a right-hand title stops short of any following name
    i = bisect_right(ctx.name_starts, name_end)
    next_name = ctx.name_starts[i] if i < len(ctx.name_starts) else None
    if next_name is not None and next_name < sent_end:
        sent_end = next_name
    right = ctx.text[name_end:sent_end]
    m = _RIGHT_TITLE.match(right)
    if not m:
        return None
    t = m.group("t")
    if next_name is not None and name_end + m.end("t") + 2 >= next_name:
        return None
    head = P.TITLE_HEADS.search(t)
    if not head or head.start() > 45:
        return None
    return t, name_end + m.start("t")


def _country_in(ctx: _Ctx, a: int, b: int) -> tuple[str | None, str | None]:
    """(country code, international organization name) named within text[a:b]."""
    code = None
    org_name = None
    for m in ctx.matches:
        if m.start < a or m.end > b:
            continue
        if m.kind == "org":
            o = ctx.lex.org_list[m.ref]
            if o.kind == "international" and org_name is None:
                org_name = o.name
            elif o.country and code is None:
                code = o.country
        elif m.kind in ("country", "demonym", "city") and code is None:
            code = ctx.country_code(m)
    return code, org_name


def _people(ctx: _Ctx, given: frozenset[str]) -> list[P.Person]:
    blocked = ctx.lex.name_tokens
    mentions = P.find_names(ctx.text, given, blocked)
    ctx.name_starts = [m.start for m in mentions]
    ctx.name_ends = sorted(m.end for m in mentions)
    byline_keys = list(ctx.doc.bylines)
    persons: list[P.Person] = []
    for nm in mentions:
        if nm.weak:
            if _weak_name_is_phrase(ctx, nm):
                continue
            a, b = ctx.doc.sentences[ctx.sent_idx(nm.start)]
            lt = _left_title(ctx, a, nm.start)
            if not (lt and ctx.text[lt[1] + len(lt[0]) : nm.start].strip(" ,") == "") and not (
                _right_title(ctx, nm.end, b)
            ):
                continue
        for p in persons:
            if P.same_person(p.name, nm.name):
                p.mentions.append(nm)
                if nm.name != p.name and nm.name not in p.variants:
                    p.variants.append(nm.name)
                break
        else:
            persons.append(P.Person(name=nm.name, mentions=[nm]))
    # Surname-only references ("Nurgaliev promised ...") count as mentions of a known person.
    for p in persons:
        surname = p.name.split()[-1]
        if len(surname) < 4:
            continue
        pos = ctx.text.find(surname)
        while pos != -1:
            end = pos + len(surname)
            ok = (pos == 0 or not ctx.text[pos - 1].isalnum()) and (
                end >= len(ctx.text) or not ctx.text[end].isalnum()
            )
            if ok and not any(x.start <= pos < x.end for x in p.mentions):
                p.mentions.append(P.NameMention(pos, end, surname))
            pos = ctx.text.find(surname, end)
        for m in ():
            if not any(x.start <= m.start() < x.end for x in p.mentions):
                p.mentions.append(P.NameMention(m.start(), m.end(), surname))
        p.mentions.sort(key=lambda x: x.start)

    all_mentions = sorted((m for p in persons for m in p.mentions), key=lambda x: x.start)
    for p in persons:
        _analyse_person(ctx, p, byline_keys, all_mentions)
    return [p for p in persons if p.reason != "weak name"]


def _weak_name_is_phrase(ctx: _Ctx, nm: P.NameMention) -> bool:
    """A capitalised phrase, not a name: it overlaps a gazetteer hit ("Money Laundering") or
    one of its words also occurs in lower case in the report."""
    if any(m.start < nm.end and nm.start < m.end for m in ctx.matches):
        return True
    for tok in nm.name.split():
        low = tok.lower()
        i = ctx.text.find(low)
        while i != -1:
            j = i + len(low)
            if (i == 0 or not ctx.text[i - 1].isalpha()) and (
                j >= len(ctx.text) or not ctx.text[j].isalpha()
            ):
                return True
            i = ctx.text.find(low, j)
    return False


def _side_country(ctx: _Ctx, a: int, b: int) -> str | None:
    """Country of "the Turkmen side/delegation was represented by ..." between a and b."""
    code = None
    for g in ctx.geo:
        if (
            a <= g.start < b
            and g.kind in ("country", "demonym")
            and _SIDE_AFTER.match(ctx.low, g.end)
        ):
            code = ctx.country_code(g)
    return code


_SIDE_AFTER = re.compile(r"\s+(?:side|delegation|party)\b|\s+(?:was|were|is) represented by\b")


def _analyse_person(
    ctx: _Ctx, p: P.Person, bylines: list[str], all_mentions: list[P.NameMention]
) -> None:
    roles: set[str] = set()
    head_of_state = False
    absent = False
    excluded = ""
    sents: list[int] = []
    full_mentions = [m for m in p.mentions if " " in m.name]
    for m in p.mentions:
        si = ctx.sent_idx(m.start)
        a, b = ctx.doc.sentences[si]
        sent = ctx.text[a:b]
        rel = m.start - a
        if p.title is None and " " in m.name:
            lt = _left_title(ctx, a, m.start)
            rt = _right_title(ctx, m.end, b)
            parts = [x for x in (lt, rt) if x]
            if parts:
                p.title = "; ".join(t for t in (_clean_title(x[0]) for x in parts) if t)
                ts = min(x[1] for x in parts)
                te = max(x[1] + len(x[0]) for x in parts)
                p.title_span = (ts, te)
                code, org = _country_in(ctx, ts, te)
                p.country = p.country or code
                p.organization = p.organization or org
                if P._SPOKES.search(p.title):
                    excluded = "spokesperson"
                if P._HEAD_OF_STATE.search(p.title):
                    head_of_state = True
        if " " in m.name and ctx.text[m.end : m.end + 3].lstrip().startswith("("):
            paren = _PAREN_COUNTRY.match(ctx.text[m.end : b])
            if paren and p.country is None:
                c = ctx.lex.country_by_name(paren.group("c"))
                if c:
                    p.country = c.code
        before = sent[:rel]
        after = sent[rel + (m.end - m.start) :]
        if P._ABSENT_AFTER.match(after[:120]):
            absent = True
        if p.country is None and " " in m.name:
            i = bisect_left(ctx.name_ends, m.start) - 1
            left_bound = max(a, ctx.name_ends[i]) if i >= 0 else a
            p.country = _side_country(ctx, left_bound, m.start)
        f = ctx.sent_flags(si)
        sents.append(si)
        if f.cochair:
            roles.add("co-chair")
        if f.chair or f.host:
            prev_name = max((x.end for x in all_mentions if a <= x.end <= m.start - 1), default=a)
            own_left = ctx.text[prev_name : m.start][-220:]
            if f.chair and (P._CHAIR.search(own_left) or P._CHAIR_AFTER.search(after[:80])):
                roles.add("chair")
            if f.host and (P._HOST.search(own_left) or P._HOST_AFTER.search(after[:100])):
                roles.add("host")
        if f.speech and (
            P._SPEECH.search(before[-60:] + " " + after[:80])
            or _QUOTE_END.search(before)
            or _SAID_AFTER.match(after)
        ):
            roles.add("speaker")
        if (
            f.exclude
            and not excluded
            and P._EXCLUDE_CONTEXT.search(before[-50:] + " " + after[:50])
        ):
            excluded = "context"
        if f.spokes and _SPOKES_NEAR.search(before[-50:]):
            excluded = "spokesperson"
    # sentence-level cues, evaluated only now and only once per sentence
    participation = any(ctx.has(P._PARTICIPATION, si) for si in dict.fromkeys(sents))
    press = not participation and any(ctx.has(P._PRESS, si) for si in dict.fromkeys(sents))
    if any(P.same_person(p.name, b) for b in bylines):
        excluded = "byline"
    if head_of_state and not ({"host", "chair", "co-chair"} & roles):
        # a president is a participant only when the text puts them at the meeting
        excluded = excluded or "head of state mentioned"
    if absent and not ({"host", "chair", "co-chair"} & roles):
        excluded = excluded or "absent (sent a message)"
    if press and not participation and not ({"chair", "co-chair", "host"} & roles):
        excluded = excluded or "press comment"
    if not p.title and not roles and not participation:
        excluded = excluded or "no role"
    if not full_mentions:
        excluded = "no full name"
    if p.title and (
        P._EXCLUDE_CONTEXT.search(p.title) or (P._OUTSIDER.search(p.title) and not participation)
    ):
        excluded = excluded or "outsider"
    if excluded == "context" and ({"chair", "co-chair", "host"} & roles):
        excluded = ""
    if excluded:
        p.participant = False
        p.reason = excluded
    for r in ("co-chair", "chair", "host", "speaker"):
        if r in roles:
            p.role = r
            break
    first = full_mentions[0] if full_mentions else p.mentions[0]
    p.evidence = ctx.doc.sentences[ctx.sent_idx(first.start)]
    conf = 0.5
    if p.title:
        conf += 0.2
    if roles:
        conf += 0.15
    if first.name.split()[0] in (ctx.lex.given_names or ()):
        conf += 0.1
    p.confidence = round(min(conf, 0.95), 2)


_QUOTE_END = re.compile(r"[”\"]\s*,?\s*$")
_SAID_AFTER = re.compile(r"^\s*(?:,\s*)?(?:who\s+)?(?:said|noted|stated|added)")
_SPOKES_NEAR = CI(
    r"\b(?:spokes(?:person|man|woman)|press secretary|official representative)\b[^,.;]{0,60}$"
)


# --------------------------------------------------------------------------- countries
def _countries(
    ctx: _Ctx, persons: list[P.Person], venue_country: str | None, body_match: Match | None
) -> tuple[dict[str, Span], dict[str, Span], float]:
    lex = ctx.lex
    part: dict[str, Span] = {}

    def add(code: str | None, pos: int) -> None:
        if code and code not in part:
            part[code] = ctx.span(pos)

    geo_c = [m for m in ctx.geo if m.kind in ("country", "demonym")]
    by_sent: dict[int, list[Match]] = {}
    for m in ctx.geo:
        by_sent.setdefault(ctx.sent_idx(m.start), []).append(m)
    for si, ms in by_sent.items():
        a, b = ctx.doc.sentences[si]
        sent = ctx.text[a:b]
        # lists after "representatives of", "delegations from" ...
        for cue in _PART_CUE.finditer(sent):
            prev_end = a + cue.end()
            first = True
            for m in ms:
                if m.start < prev_end:
                    continue
                gap = ctx.text[prev_end : m.start]
                if first:
                    ok = (
                        len(gap) <= 60
                        and not re.search(r"[.;:]", gap)
                        and not re.search(
                            r"\b(?:against|from abroad|threat\w*|drugs?|territory|discuss\w*"
                            r"|situation|about|over|via|through|agreed|said|met|meet"
                            r"|border(?!\s+(?:troops|guards?|services?|police|forces|agenc)))\b",
                            gap,
                            re.I,
                        )
                    )
                else:
                    ok = bool(_LIST_GAP.match(gap)) or _org_gap(ctx, prev_end, m.start)
                if not ok:
                    break
                add(ctx.country_code(m), m.start)
                prev_end = m.end
                first = False
        ms = [m for m in ms if m.kind != "city"]
        # lists before "took part", "were present"
        run: list[Match] = []
        for m in ms:
            if run and not _LIST_GAP.match(ctx.text[run[-1].end : m.start]):
                run = []
            run.append(m)
            if _PART_AFTER.match(ctx.text[m.end : b]) or (ctx.in_title(m.start) and len(run) >= 2):
                for r in run:
                    add(ctx.country_code(r), r.start)
        # demonyms naming a delegation: "the Kazakhstani, Russian and Belorussian ministers"
        if ctx.has(_MEETING, si) or ctx.has(P._SPEECH, si):
            for m in ms:
                if m.kind == "demonym" and _DEMONYM_ROLE.match(ctx.text[m.end : b]):
                    j = ms.index(m)
                    add(ctx.country_code(m), m.start)
                    while j > 0 and _LIST_GAP.match(ctx.text[ms[j - 1].end : ms[j].start]):
                        j -= 1
                        if ms[j].kind == "demonym":
                            add(ctx.country_code(ms[j]), ms[j].start)
    # the title naming two or more states
    title_codes = [ctx.country_code(m) for m in geo_c if ctx.in_title(m.start)]
    if len(set(title_codes)) >= 2:
        for m in geo_c:
            if ctx.in_title(m.start):
                add(ctx.country_code(m), m.start)
    # national agencies taking part
    for m in ctx.orgs:
        o = lex.org_list[m.ref]
        if o.country and o.kind in ("agency", "body"):
            pre = ctx.text[max(0, m.start - 200) : m.start]
            if ctx.has(_PART_CUE, ctx.sent_idx(m.start)) and _PART_CUE.search(pre):
                add(o.country, m.start)
    # countries named inside a bilateral body's name
    if body_match is not None:
        for m in geo_c:
            if body_match.start <= m.start < body_match.end:
                add(ctx.country_code(m), m.start)
    for p in persons:
        if p.participant and p.country:
            add(p.country, p.evidence[0] if p.evidence else 0)
    if venue_country:
        c = lex.country_by_name(venue_country)
        if c and c.code not in part:
            for m in ctx.geo:
                if ctx.country_code(m) == c.code:
                    add(c.code, m.start)
                    break
    mentioned: dict[str, Span] = {}
    dl = ctx.doc.dateline
    for m in ctx.geo:
        if m.kind == "city" and (
            (dl and dl.start <= m.start < dl.end)
            or ctx.text.startswith("-based", m.end)
            or any(o.start <= m.start < o.end for o in ctx.orgs)
        ):
            continue  # where the wire was filed, "a Moscow-based analyst", "Shanghai Cooperation"
        code = ctx.country_code(m)
        if code and code not in part and code not in mentioned:
            mentioned[code] = ctx.span(m.start)
    conf = 0.9 if len(part) >= 2 else 0.7 if part else 0.3
    return part, mentioned, conf


def _org_gap(ctx: _Ctx, a: int, b: int) -> bool:
    """A list gap that only holds organization names and connectors."""
    gap = ctx.text[a:b]
    if len(gap) > 250 or re.search(r"[.;:]", gap):
        return False
    for o in ctx.orgs:
        if a <= o.start and o.end <= b:
            gap = gap.replace(ctx.text[o.start : o.end], ",")
    return bool(re.fullmatch(r"[\s,]*(?:(?:the|and|as well as|,)\s*)*", gap, re.IGNORECASE))


# --------------------------------------------------------------------------- organizations
_MEMBER_STATES_AFTER = re.compile(
    r"\)?\s*(?:\([^)]{1,12}\)\s*)?(?:member |participating )?(?:states|countries|nations)\b"
)


def _organizations(ctx: _Ctx, persons: list[P.Person], body_name: str | None) -> dict[str, Span]:
    lex = ctx.lex
    out: dict[str, Span] = {}
    for m in ctx.orgs:
        o = lex.org_list[m.ref]
        if o.kind != "international" or o.name == body_name or o.name in out:
            continue
        if _MEMBER_STATES_AFTER.match(ctx.low, m.end):
            continue  # "ministers of the SCO member states": a framework, not a participant
        si = ctx.sent_idx(m.start)
        a, _ = ctx.doc.sentences[si]
        before = ctx.text[a : m.start]
        cue = None
        for c in _PART_CUE.finditer(before):
            cue = c
        if cue is None:
            for c in re.finditer(r"\b(?:attended|took part|participated|were present)\b",
                                 ctx.text[m.end : ctx.doc.sentences[si][1]]):  # fmt: skip
                cue = c
                break
            if cue is None:
                continue
            if _FRAMEWORK.search(before[-40:]):
                continue
        else:
            between = before[cue.end() :]
            if _FRAMEWORK.search(between) and not re.search(r"representatives?", between, re.I):
                continue
            if len(between) > 400:
                continue
        out[o.name] = ctx.span(m.start)
    for p in persons:
        if (
            p.participant
            and p.organization
            and p.organization != body_name
            and p.organization not in out
            and p.evidence
        ):
            out[p.organization] = ctx.span(p.evidence[0])
    return out


# --------------------------------------------------------------------------- topics
def _topics(ctx: _Ctx) -> dict[str, list[Span]]:
    lex = ctx.lex
    hits: dict[int, list[Match]] = {}
    for m in ctx.topics:
        hits.setdefault(m.ref, []).append(m)
    lead_end = 2
    if ctx.doc.title_span:
        lead_end += 1
    out: dict[str, list[Span]] = {}
    for ref, ms in hits.items():
        sents = sorted({ctx.sent_idx(m.start) for m in ms})
        strong = any(m.strong for m in ms)
        lead = any(si < lead_end for si in sents)
        agenda = False
        for m in ms:
            si = ctx.sent_idx(m.start)
            if ctx.has(_AGENDA, si) or ctx.has(_MEETING, si) or ctx.has(P._SPEECH, si):
                agenda = True
                break
        if strong or lead or agenda or len(sents) >= 2:
            out[lex.topic_list[ref].slug] = [ctx.span(ctx.doc.sentences[si][0]) for si in sents]
    order = {t.slug: i for i, t in enumerate(lex.topic_list)}
    return dict(sorted(out.items(), key=lambda kv: order[kv[0]]))


# --------------------------------------------------------------------------- summary
def _summary(ctx: _Ctx) -> str | None:
    doc = ctx.doc
    if not doc.paragraphs:
        return None
    s, e = doc.paragraphs[0]
    if doc.dateline:
        s = max(s, doc.dateline.end)
    sents = [x for x in doc.sentences if x[0] >= s and x[1] <= e] or [(s, e)]
    out = ctx.text[s : sents[0][1]]
    if len(out) < 160 and len(sents) > 1:
        out = ctx.text[s : sents[1][1]]
    out = out.strip(" -–—")
    if len(out) > 600:
        out = out[:600].rsplit(" ", 1)[0] + "…"
    return out or None


# --------------------------------------------------------------------------- entry point
def extract(
    text: str,
    *,
    file: str | None = None,
    lexicon: Lexicon | None = None,
    publication_date: dt.date | None = None,
) -> Extraction:
    """Extract the meeting's facts from one report's text (see DESIGN.md, extraction contract)."""
    check_text(text)
    if looks_like_html(text):
        text = html_to_text(text)
    lex = lexicon or default_lexicon()
    doc = clean(text)
    if not doc.text.strip() or not doc.sentences:
        raise ExtractionError("nothing is left of the report once page furniture is removed")
    ctx = _Ctx(doc, lex)
    pub = _publication(doc, publication_date)

    persons = _people(ctx, lex.given_names or frozenset())
    parts = [p for p in persons if p.participant]
    chair_country = next((p.country for p in parts if p.role in ("chair", "host")), None)
    city, venue_country, city_span, city_conf = _venue(ctx, chair_country)
    date_start, date_end, precision, date_span = _dates(ctx, pub)

    # first pass on countries without the body, to name joint collegiums
    part, mentioned, countries_conf = _countries(ctx, parts, venue_country, None)
    body, body_span, body_conf, body_match = _body(ctx, [lex.country_name(c) or c for c in part])
    if body_match is not None:
        # states named in a bilateral body's name take part ("Joint Collegium of ... of the
        # Russian Federation and the Republic of Kazakhstan")
        for m in ctx.geo:
            code = ctx.country_code(m)
            if m.kind != "city" and body_match.start <= m.start < body_match.end and code:
                if code not in part:
                    part[code] = ctx.span(m.start)
                mentioned.pop(code, None)
    ordinal, ordinal_span = _ordinal(ctx, body_match)
    orgs = _organizations(ctx, parts, body)
    topics = _topics(ctx)

    participants = []
    participant_spans = []
    for p in parts:
        e = p.evidence or (0, 0)
        participants.append(
            {
                "name": p.name,
                "role": p.role,
                "title": p.title or None,
                "country": lex.country_name(p.country),
                "organization": p.organization,
                "name_variants": list(p.variants),
                "confidence": p.confidence,
            }
        )
        participant_spans.append({"start": e[0], "end": e[1], "text": ctx.text[e[0] : e[1]]})

    title_span = None
    if doc.title_span:
        a, b = doc.title_span
        title_span = {"start": a, "end": b, "text": doc.title}
    ex = Extraction(
        file=file,
        cleaned_text=doc.text,
        title=doc.title,
        body=body,
        date_start=date_start,
        date_end=date_end,
        date_precision=precision,
        city=city,
        venue_country=venue_country,
        ordinal=ordinal,
        countries=[lex.country_name(c) or c for c in part],
        countries_mentioned=[lex.country_name(c) or c for c in mentioned],
        organizations=list(orgs),
        participants=participants,
        topics=list(topics),
        summary=_summary(ctx),
        publication_date=pub.isoformat() if pub else None,
        mentioned_people=[p.name for p in persons if not p.participant],
    )
    ex.evidence = {
        "title": title_span,
        "body": body_span,
        "date": date_span,
        "city": city_span,
        "ordinal": ordinal_span,
        "countries": {lex.country_name(c) or c: s for c, s in part.items()},
        "countries_mentioned": {lex.country_name(c) or c: s for c, s in mentioned.items()},
        "organizations": orgs,
        "participants": participant_spans,
        "topics": topics,
    }
    ex.confidence = {
        "title": 0.9 if doc.title else 0.0,
        "body": round(body_conf, 2),
        "date": (0.9 if date_span and precision == "day" else 0.6) if date_span else 0.0,
        "city": round(city_conf, 2),
        "venue_country": round(city_conf if city else (0.4 if venue_country else 0.0), 2),
        "ordinal": 0.9 if ordinal else 0.0,
        "countries": countries_conf,
        "organizations": 0.8 if orgs else 0.5,
        "participants": round(sum(p["confidence"] for p in participants) / len(participants), 2)
        if participants
        else 0.5,
        "topics": 0.7 if topics else 0.3,
    }
    return ex
