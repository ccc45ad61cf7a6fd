"""The convening body, the session's ordinal, and the international organizations taking part."""

from __future__ import annotations

import re
from bisect import bisect_left

from . import people as P
from .context import MEETING, PART_CUE, Context, Span, sentence_cue
from .lexicon import Match
from .rx import CI

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


# Every _ORDINAL match starts with a digit or with one of these words: a window holding
# neither cannot hold one (the words' places come from the one Aho-Corasick pass).
_ORDINAL_START = sentence_cue("|".join(sorted({*_ORDINAL_WORDS, *_TENS})))
_DIGIT = re.compile(r"\d")


_JOINT = CI(r"\bjoint (?:collegium|board|meeting of the collegiums?)\b")


_BODY_NAME = (
    r"(?P<b>(?:Council|Collegium|Board|Commission|Committee|Conference|Assembly"
    r"|Coordination Council|Joint Collegium)(?:\s+(?:of|for|on|and|the|St\.|[A-Z][\w'’-]*))*)"
)
_BODY_PHRASE = re.compile(r"\b(?:meeting|session|sitting) of the " + _BODY_NAME)
# "The Collegium of the Interior Ministry of Kazakhstan held an extended meeting": a body the
# gazetteer does not know, convening at the start of a sentence.
_BODY_CONVENES = re.compile(
    r"(?:^|(?<=[.!?] ))(?:The )?" + _BODY_NAME + r"\s+(?:held|convened) (?:a|an|its) "
    r"(?:[a-z]+ ){0,2}(?:meeting|session|sitting)\b",
    re.MULTILINE,
)


_INTERIOR_MIN = sentence_cue(
    r"\b(?:interior|internal affairs) minist(?:er|ers|ries|ry)\b|"
                           r"\bminist(?:er|ers|ry|ries) of (?:internal affairs|the interior)\b"
)  # fmt: skip


_CONVENES_AFTER = re.compile(
    r"[^.;,]{0,60}?\s(?:held|convened|hosted|organi[sz]ed) (?:a |an |its |the )?"
    r"(?:\w+ ){0,2}(?:meeting|session|sitting|conference|seminar)\b"
)


_HEADS_PHRASE = re.compile(
    r"\b(?:meeting|session|sitting|conference|gathering) of (?:the )?"
    r"(?P<b>(?:heads|chiefs|ministers|commanders|directors|prosecutors|secretaries|leaders)"
    r" of [^.;:()]{5,110}?)(?=\s+(?:in|on|was|were|held|took|took place|at|from|to|and discuss)\b"
    r"|,\s+(?:which|who|where|held|chaired|bringing|with|at)\b|[.;:(])",
    re.IGNORECASE,
)


def find_body(
    ctx: Context, participating: list[str]
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
        if ctx.has(MEETING, si):
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
    for pattern in (_BODY_PHRASE, _BODY_CONVENES):
        bm = pattern.search(ctx.text)
        if bm:
            phrase = re.sub(r"\s+(?:of|for|on|and|the)$", "", bm.group("b").strip())
            phrase = re.sub(r"\s+(?:of|for|on|and|the)$", "", phrase)
            if len(phrase.split()) >= 2:
                return phrase, ctx.span(bm.start()), 0.4, None
    # "the 5th meeting of heads of capital police divisions of ...": the format is the body
    hm = _HEADS_PHRASE.search(ctx.text)
    if hm and ctx.sent_idx(hm.start()) <= 4:
        phrase = hm.group("b").strip()
        return phrase[:1].upper() + phrase[1:], ctx.span(hm.start()), 0.35, None
    # Interior ministers of several states meeting without a named body.
    for i in range(len(ctx.doc.sentences)):
        sent = ctx.sent_text(i)
        if ctx.has(_INTERIOR_MIN, i) and ctx.has(MEETING, i):
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


def find_ordinal(ctx: Context, body_match: Match | None) -> tuple[int | None, Span | None]:
    cands = []
    low = ctx.low
    seen: set[int] = set()
    matches = []
    word_starts = ctx.cue_starts(_ORDINAL_START)
    for noun in ("meeting", "session", "sitting", "collegium", "conference", "forum", "summit"):
        i = low.find(noun)
        while i != -1:
            a = max(0, i - 90)
            while a > 0 and low[a - 1].isalnum():
                a -= 1
            if word_starts is not None and _DIGIT.search(low, a, i) is None:
                k = bisect_left(word_starts, a)
                if k == len(word_starts) or word_starts[k] >= i:
                    i = low.find(noun, i + len(noun))
                    continue  # no ordinal can start in the window
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


_MEMBER_STATES_AFTER = re.compile(
    r"\)?\s*(?:\([^)]{1,12}\)\s*)?(?:member |participating )?(?:states|countries|nations)\b"
)


_ORGANISED_BY = re.compile(r"\b(?:organi[sz]ed|co-organi[sz]ed|hosted|convened) by\b")


def find_organizations(
    ctx: Context, persons: list[P.Person], body_name: str | None
) -> dict[str, Span]:
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
        for c in PART_CUE.finditer(before):
            cue = c
        if cue is None:
            organiser = _ORGANISED_BY.search(ctx.low, max(a, m.start - 120), m.start)
            if organiser and not re.search(r"[.;]", ctx.text[organiser.end() : m.start]):
                out[o.name] = ctx.span(m.start)  # "organized by the ... and the Bureau"
                continue
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
