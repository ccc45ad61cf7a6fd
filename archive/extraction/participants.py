"""Participants: titles from appositions, country and organization represented, role at the
meeting, and the people who are only mentioned."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import attrgetter

from . import people as P
from .context import CHAIR_HINT, HOST_HINT, SPOKES_NEAR_HINT, Context, sentence_cue
from .rx import CI, lower_same_len

_START = attrgetter("start")  # sort key of mentions (C speed, stable like the lambda it replaces)
_PAREN_COUNTRY = re.compile(r"^\s*\((?P<c>[A-Z][\w ]+)\)")


_CLAUSE_CUT = CI(
    r"(?:[“\"«(:;]|\s[–—-]\s|\b(?:by|said|says|told|and|with|from|that|when|as|to|whom|while"
    r"|than|where|welcomed|met|received|greeted|noted|stated|added"
    r"|(?:chairmanship|leadership|presidency|participation|presence) of)\s)"
)
# a clause ending in a title word: "... State Councilor" before "and Minister ..."
_HONORIFIC_ONLY = re.compile(r"^\s*(?:Mr|Mrs|Ms|Dr|Sir|Madam|Mme|Mister)\.?\s*$")
_TITLE_END = CI(
    r"\b(?:minister|councill?or|counsell?or|secretary|director|chairman|head|chief|commander"
    r"|president|deputy|prosecutor|general|colonel)s?\s*$"
)


# used as _RIGHT_TITLE.match(text, name_end, sent_end): anchored there without a copy
_RIGHT_TITLE = re.compile(
    r"\s*(?:,|\()\s*(?:who is |who was |currently )?(?:the |a |an )?(?P<t>[^,;:()“”\"]{3,160}?)"
    r"(?=\s*(?:,|\.|;|\)|$|\s(?:said|says|noted|stated|told|added|emphasi[sz]ed|stressed|also"
    r"|has|had|was|is|who|which|attended|represented|informed|reported|spoke|delivered"
    r"|addressed|chaired|opened|welcomed|presented|announced|explained|pointed|highlighted"
    r"|underlined|mentioned|praised|promised|signed|took|led|headed|recalled|urged|warned)\b))",
)


_LEADING_ARTICLES = re.compile(r"^(?:(?:the|a|an|his|her|their|its)\s+)+", re.IGNORECASE)


_COLLEAGUE = re.compile(r"\s*\b(?:colleague|counterpart)s?\b,?\s*", re.IGNORECASE)


def _clean_title(t: str) -> str:
    t = _LEADING_ARTICLES.sub("", t.strip(" ,.;:–—-"))
    low = t.lower()
    if "colleague" in low or "counterpart" in low:  # the only words _COLLEAGUE can match
        t = _COLLEAGUE.sub(" ", t)
    t = t.strip(" ,")
    return t[:1].upper() + t[1:] if t else t


def _left_title(ctx: Context, sent_start: int, name_start: int) -> tuple[str, int] | None:
    # a title never reaches back over another person's name
    i = bisect_left(ctx.name_ends, name_start) - 1
    if i >= 0 and ctx.name_ends[i] > sent_start:
        sent_start = ctx.name_ends[i]
    left = ctx.text[sent_start:name_start]
    low_left = ctx.low[sent_start:name_start]  # the lower-cased text, sliced: no lowering
    cut = 0
    for m in _CLAUSE_CUT.rx.finditer(low_left):
        if m.group(0).strip() == "and" and _TITLE_END.rx.search(low_left, 0, m.start()):
            continue  # "State Councilor and Minister of Public Security": one person's titles
        cut = m.end()
    seg = left[cut:]
    if not seg.strip():
        return None
    chunks = seg.split(",")
    low_chunks = low_left[cut:].split(",")  # the same chunks, lower-cased
    n = len(chunks)
    if n and not chunks[n - 1].strip():
        n -= 1
    while n and _HONORIFIC_ONLY.match(chunks[n - 1]):
        n -= 1  # "..., Ms. Armenuhi Harutyunyan": the honorific is not a title
    # keep chunks[k:n]: title-like chunks from the right, at most 200 characters joined
    k = n
    size = -1  # len(",".join(chunks[k:n])), -1 while empty
    while k > 0:
        if not P.TITLE_HEADS.rx.search(low_chunks[k - 1]) or size + 1 + len(chunks[k - 1]) > 200:
            break
        size += 1 + len(chunks[k - 1])
        k -= 1
    if k == n:
        return None
    title = ",".join(chunks[k:n]).strip()
    start = name_start - len(left) + left.rfind(title) if title in left else sent_start
    return title, start


def _right_title(ctx: Context, name_end: int, sent_end: int) -> tuple[str, int] | None:
    # "Ivan Kubrakov, Kyrgyz Interior Minister Ulan Niyazbekov": the title belongs to the next
    # name, so a right-hand title stops short of any following name
    i = bisect_right(ctx.name_starts, name_end)
    next_name = ctx.name_starts[i] if i < len(ctx.name_starts) else None
    if next_name is not None and next_name < sent_end:
        sent_end = next_name
    m = _RIGHT_TITLE.match(ctx.text, name_end, sent_end)
    if not m:
        return None
    t = m.group("t")
    if next_name is not None and m.end("t") + 2 >= next_name:
        return None
    head = P.TITLE_HEADS.search(t)
    if not head or head.start() > 45:
        return None
    return t, m.start("t")


def _country_in(ctx: Context, a: int, b: int) -> tuple[str | None, str | None]:
    """(country code, international organization name) named within text[a:b]."""
    code = None
    org_name = None
    # gazetteer hits are in start order: visit only those starting in [a, b)
    matches = ctx.matches
    for k in range(bisect_left(ctx.match_starts, a), len(matches)):
        m = matches[k]
        if m.start >= b:
            break
        if m.end > b:
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


def find_people(ctx: Context, given: frozenset[str]) -> list[P.Person]:
    blocked = ctx.lex.name_tokens
    mentions = P.find_names(ctx.text, given, blocked)
    titled = P.find_titled_surnames(
        ctx.text, ctx.low, given, blocked, mentions, ctx.cue_starts(P.TITLE_WORD)
    )
    if titled:
        mentions = sorted(mentions + titled, key=_START)
    # Titles are bounded by neighbouring names, so the names that count must be settled first:
    # a weak name ("Other Dangerous") stays only with a title beside it.
    strong = [m for m in mentions if not m.weak]
    ctx.name_starts = [m.start for m in strong]
    ctx.name_ends = sorted(m.end for m in strong)
    accepted: list[P.NameMention] = []
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
        accepted.append(nm)
    if len(accepted) != len(strong):
        ctx.name_starts = [m.start for m in accepted]
        ctx.name_ends = sorted(m.end for m in accepted)
    byline_keys = list(ctx.doc.bylines)
    persons: list[P.Person] = []
    by_surname: dict[str, list[P.Person]] = {}
    for nm in accepted:
        # same_person needs equal surname keys: compare only within a surname bucket
        bucket = by_surname.setdefault(P.surname_key(nm.name), [])
        for p in bucket:
            if P.same_person(p.name, nm.name):
                p.mentions.append(nm)
                if nm.name != p.name and nm.name not in p.variants:
                    p.variants.append(nm.name)
                break
        else:
            person = P.Person(name=nm.name, mentions=[nm])
            persons.append(person)
            bucket.append(person)
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
                p.mentions.append(P.NameMention(pos, end, surname, ref=True))
            pos = ctx.text.find(surname, end)
        p.mentions.sort(key=_START)

    all_mentions = sorted(m.end for p in persons for m in p.mentions)
    for p in persons:
        _analyse_person(ctx, p, byline_keys, all_mentions)
    return [p for p in persons if p.reason != "weak name"]


def _weak_name_is_phrase(ctx: Context, nm: P.NameMention) -> bool:
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


_ABSENT_HINT = sentence_cue(r"sent|convey|forward|message|greeting|letter|telegram|address")
_LABEL_GAP = re.compile(r"\s*[:–—]\s*$")


def _label_country(ctx: Context, name_start: int) -> str | None:
    """Country of a list line "Belarus: Ivan Kubrakov, Minister ..."."""
    # hits ending after name_start are neither near nor far enough to stop: start before them
    geo = ctx.geo
    for k in range(bisect_right(ctx.geo_ends, name_start) - 1, -1, -1):
        g = geo[k]
        near = g.end <= name_start and name_start - g.end <= 4
        if (
            near
            and g.kind in ("country", "demonym")
            and _LABEL_GAP.match(ctx.text, g.end, name_start)
        ):
            return ctx.country_code(g)
        if g.end < name_start - 4:
            break
    return None


def _side_country(ctx: Context, a: int, b: int) -> str | None:
    """Country of "the Turkmen side/delegation was represented by ..." between a and b."""
    code = None
    geo = ctx.geo
    for k in range(bisect_left(ctx.geo_starts, a), len(geo)):
        g = geo[k]
        if g.start >= b:
            break
        if g.kind not in ("country", "demonym"):
            continue
        if _SIDE_AFTER.match(ctx.low, g.end) or (
            ctx.low.endswith("delegation of ", 0, g.start) and _LED_BY.match(ctx.low, g.end)
        ):
            code = ctx.country_code(g)
    return code


_LED_BY = re.compile(r"\s+(?:was|is|were)\s+(?:headed|led|represented)\s+by\b")
_SIDE_AFTER = re.compile(r"\s+(?:side|delegation|party)\b|\s+(?:was|were|is) represented by\b")


def _analyse_person(ctx: Context, p: P.Person, bylines: list[str], all_mentions: list[int]) -> None:
    roles: set[str] = set()
    head_of_state = False
    absent = False
    excluded = ""
    sents: list[int] = []
    full_mentions = [m for m in p.mentions if not m.ref]
    seen_sents: set[int] = set()
    title_low = ""
    has = ctx.has
    for m in p.mentions:
        si = ctx.sent_idx(m.start)
        full = not m.ref
        if si in seen_sents and not (full and p.title is None):
            continue  # one look per sentence is enough for a person's cues
        seen_sents.add(si)
        a, b = ctx.doc.sentences[si]
        sent = ctx.sent_text(si)
        if p.title is None and full:
            lt = _left_title(ctx, a, m.start)
            rt = _right_title(ctx, m.end, b)
            parts = [x for x in (lt, rt) if x]
            if parts:
                titles = [_clean_title(x[0]) for x in parts]
                p.title = "; ".join([t for t in titles if t])
                ts = min([x[1] for x in parts])
                te = max([x[1] + len(x[0]) for x in parts])
                p.title_span = (ts, te)
                code, org = _country_in(ctx, ts, te)
                p.country = p.country or code
                p.organization = p.organization or org
                title_low = lower_same_len(p.title)  # lowered once for the four title checks
                if P.SPOKES.found_in(title_low):
                    excluded = "spokesperson"
                if P.HEAD_OF_STATE.found_in(title_low):
                    head_of_state = True
        if full and p.country is None and ctx.text[m.end : m.end + 3].lstrip().startswith("("):
            paren = _PAREN_COUNTRY.match(ctx.text[m.end : b])
            if paren:
                c = ctx.lex.country_by_name(paren.group("c"))
                if c:
                    p.country = c.code
        # The text before and after the mention within its sentence, cut to what each check
        # looks at: the cue patterns are lower-case and run on slices of the lower-cased text
        # (low[max(a, s - n) : s] is the last n characters before s, low[e : min(b, e + n)]
        # the first n after e), made only when the sentence has the cue at all.
        low = ctx.low
        s, e = m.start, m.end
        if (
            not absent
            and ctx.has(_ABSENT_HINT, si)
            and (
                P.ABSENT_AFTER.rx.match(low[e : min(b, e + 120)])
                or P.ABSENT_BEFORE.rx.search(low[max(a, s - 120) : s])
            )
        ):
            absent = True
        if p.country is None and full:
            i = bisect_left(ctx.name_ends, m.start) - 1
            left_bound = max(a, ctx.name_ends[i]) if i >= 0 else a
            p.country = _side_country(ctx, left_bound, m.start) or _label_country(ctx, m.start)
        sents.append(si)
        # sentence-wide cue checks first (memoised per sentence), exact local ones after
        if "co-chair" not in roles and has(P.COCHAIR, si):
            roles.add("co-chair")
        want_chair = "chair" not in roles and has(CHAIR_HINT, si)
        want_host = "host" not in roles and has(HOST_HINT, si)
        if want_chair or want_host:
            # the left context starts after the previous person mentioned in the sentence
            j = bisect_left(all_mentions, m.start) - 1
            prev_name = max(a, all_mentions[j]) if j >= 0 else a
            own_left = ctx.low[prev_name : m.start][-220:]
            if want_chair and (
                P.CHAIR.rx.search(own_left) or P.CHAIR_AFTER.rx.search(low[e : min(b, e + 80)])
            ):
                roles.add("chair")
            if want_host and (
                P.HOST.rx.search(own_left) or P.HOST_AFTER.rx.search(low[e : min(b, e + 100)])
            ):
                roles.add("host")
        if (
            "speaker" not in roles
            and ('"' in sent or "”" in sent or has(P.SPEECH, si))
            and (
                P.SPEECH.rx.search(low[max(a, s - 60) : s] + " " + low[e : min(b, e + 80)])
                or ctx.text[a:s].rstrip(" ,").endswith(("”", '"'))
                or _SAID_AFTER.match(ctx.text[e:b])
            )
        ):
            roles.add("speaker")
        if (
            not excluded
            and has(P.EXCLUDE_CONTEXT, si)
            and P.EXCLUDE_CONTEXT.rx.search(low[max(a, s - 50) : s] + " " + low[e : min(b, e + 50)])
        ):
            excluded = "context"
        if (
            excluded != "spokesperson"
            and has(SPOKES_NEAR_HINT, si)
            and _SPOKES_NEAR.rx.search(low[max(a, s - 50) : s])
        ):
            excluded = "spokesperson"
    # sentence-level cues, evaluated only now and only once per sentence
    uniq = dict.fromkeys(sents)
    participation = any(has(P.PARTICIPATION, si) for si in uniq)
    press = not participation and any(has(P.PRESS, si) for si in uniq)
    if sents and all(has(P.BACKGROUND, si) for si in uniq):
        excluded = "background (an earlier meeting)"
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
        P.EXCLUDE_CONTEXT.found_in(title_low)
        or (P.OUTSIDER.found_in(title_low) and not participation)
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
    p.confidence = _rounded_confidence(conf)


_SAID_AFTER = re.compile(r"^\s*(?:,\s*)?(?:who\s+)?(?:said|noted|stated|added)")


_SPOKES_NEAR = CI(
    r"\b(?:spokes(?:person|man|woman)|press secretary|official representative)\b[^,.;]{0,60}$"
)


@lru_cache(maxsize=64)
def _rounded_confidence(conf: float) -> float:
    # a handful of sums of fixed increments: memoised, round() with digits is not cheap
    return round(min(conf, 0.95), 2)
