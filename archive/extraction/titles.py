"""Titles of people in a report: the apposition before or after a name, and the country or
international organization a title names."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import people
from .context import Context
from .rx import CI

_CLAUSE_CUT = CI(
    r"(?:[“\"«(:;]|\s[–—-]\s|\b(?:by|said|says|told|and|with|from|that|when|as|to|whom|while|between"
    r"|than|where|welcomed|met|received|greeted|noted|stated|added|included|including"
    r"|(?:chairmanship|leadership|presidency|participation|presence) of)\s)"
)
# a clause ending in a title word: "... State Councilor" before "and Minister ..."
_HONORIFIC_ONLY = re.compile(r"^\s*(?:Mr|Mrs|Ms|Dr|Sir|Madam|Mme|Mister)\.?\s*$")
# "Head of the State Migration Service Mr. A": the courtesy word before a name ends its title
_HONORIFIC_LAST = re.compile(r"\s+(?:Mr|Mrs|Ms|Dr|Sir|Madam|Mme|Mister)\.?\s*$")
# what a text _HONORIFIC_LAST finds in ends with, its trailing spaces stripped: tested first, as
# the search itself is tried at every position of the text
_HONORIFIC_ENDINGS = tuple(
    word + dot
    for word in ("Mr", "Mrs", "Ms", "Dr", "Sir", "Madam", "Mme", "Mister")
    for dot in ("", ".")
)


def next_to_name(between: str) -> bool:
    """Whether the words between a title and a name leave them side by side: nothing, a
    comma, or a courtesy word ("Head of the Service Mr. A")."""
    between = between.strip(" ,")
    return not between or _HONORIFIC_ONLY.match(between) is not None


_TITLE_END = CI(
    r"\b(?:minister|councill?or|counsell?or|secretary|director|chairman|head|chief|commander"
    r"|president|deputy|prosecutor|general|colonel)s?\s*$"
)


# the verbs that end a title written after a name: "A, Minister of X, said"
_VERB_AFTER_TITLE = (
    r"\s(?:said|says|noted|stated|told|added|emphasi[sz]ed|stressed|also"
    r"|assured|will|would|invited|called|believes|thanked|expressed|made"
    r"|has|had|was|is|are|were|who|which|attended|represented|informed|reported|spoke|delivered"
    r"|addressed|chaired|opened|welcomed|presented|announced|explained|pointed|highlighted"
    r"|underlined|mentioned|praised|promised|signed|took|led|headed|recalled|urged|warned)\b"
)
# used as _RIGHT_TITLE.match(text, name_end, sent_end): anchored there without a copy; an
# acronym in brackets ("the Drug Control Agency (DCA) under the President") does not end it
_RIGHT_TITLE = re.compile(
    r"\s*(?:,|\()\s*(?:who is |who was |currently )?(?:the |a |an )?"
    r"(?P<t>(?:[^,;:()“”\"]|\([^(),;:]{1,30}\)){3,160}?)"
    r"(?=\s*(?:,|\.|;|\)|\((?![A-Z]{2,8}\))|$|" + _VERB_AFTER_TITLE + ")"
    # "A, Head of X and Mr B, Rector of Y": the title ends where the next name's list item
    # begins (matched up to that name)
    r"|\s+and\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$)",
)


# what may stand between a title and the next name when the title is that name's
_BEFORE_NEXT_NAME = re.compile(r"\s*(?:,\s*)?(?:(?:[A-Z][\w.'’-]*|of|the|for|on|in|under|at)\s*)*$")


_LEADING_ARTICLES = re.compile(r"^(?:(?:the|a|an|his|her|their|its)\s+)+", re.IGNORECASE)
# "In Daugavpils Chairman of ... A met": the place that opens the sentence is no part of it
_LEADING_PLACE = re.compile(r"^In [A-Z][\w'’-]+,?\s+(?=[A-Z])")


_COLLEAGUE = re.compile(r"\s*\b(?:colleague|counterpart)s?\b,?\s*", re.IGNORECASE)


def clean_title(t: str) -> str:
    t = _LEADING_ARTICLES.sub("", _LEADING_PLACE.sub("", t.strip(" ,.;:–—-")))
    low = t.lower()
    if "colleague" in low or "counterpart" in low:  # the only words _COLLEAGUE can match
        t = _COLLEAGUE.sub(" ", t)
    t = t.strip(" ,")
    return t[:1].upper() + t[1:] if t else t


_TO_AFTER = CI(
    r"\b(?:assistant|adviser|advisor|aide|envoy|ambassador|representative|attach[eé])s?\s*$"
    # "Ambassador of the Kyrgyz Republic to Turkmenistan", "Ambassador Extraordinary and
    # Plenipotentiary of the Republic of Azerbaijan to Georgia": the sending state between
    r"|\bambassadors?(?: extraordinary and plenipotentiary)? of (?:the )?[\w'’-]+(?: [\w'’-]+){0,3}"
    r"\s*$"
    # "Head of the EU Delegation to Georgia", "Head of the ... Mission to Moldova and Ukraine"
    r"|\bhead of (?:the )?(?:[\w-]+ ){0,8}?(?:delegation|mission|embassy|office)\s*$"
    # "Deputy Chief of Mission at the US Embassy to Tajikistan": the state it is accredited to
    r"|\b(?:chief|head|counsell?or|secretary|attach[eé]) (?:[\w'’-]+ ){0,6}?(?:embassy|mission)\s*$"
)
_TITLE_START = CI(r"\s*(?:the\s+)?(?:first\s+)?" + people.TITLE_HEADS.pattern[2:])
_HONORIFIC_NEXT = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s")
_CAPITALISED_AROUND = re.compile(r"[A-Z][\w’'-]*\s+and\s+[A-Z]")


def _inside_title(left: str, low_left: str, m: re.Match[str]) -> bool:
    """Whether the clause cue ``m`` in the text before a name ends a title or is inside one:
    "State Councilor and Minister", "Office on Drugs and Crime", "Centre (ATC)",
    "Prosecutor General - Chairman of the Council", "Assistant to the President"."""
    word = m.group(0).strip()
    a, b = m.start(), m.end()
    if word == "and":
        if _HONORIFIC_NEXT.match(left, b):
            return False  # "..., Ambassador of A to B and Mr. X": the next person's name
        if _TITLE_END.rx.search(low_left, 0, a):
            return True
        return (
            _CAPITALISED_AROUND.match(left, max(0, left.rfind(" ", 0, a - 1) + 1), b + 1)
            is not None
        )
    if word == "(":
        return ")" in low_left[b:]
    if word == "to":
        return _TO_AFTER.rx.search(low_left, 0, a) is not None
    if word in "–—-":
        before = low_left[max(0, low_left.rfind(",", 0, a) + 1) : a]
        return bool(people.TITLE_HEADS.rx.search(before)) and bool(
            _TITLE_START.rx.match(low_left, b)
        )
    return False


Title = tuple[str, int, int]  # the title's words, and the span of the text it is read from


def left_title(ctx: Context, sent_start: int, name_start: int) -> Title | None:
    """The title written before a name: "Interior Minister of Kazakhstan Yerlan Turgumbayev"."""
    # a title never reaches back over another person's name
    i = bisect_left(ctx.name_ends, name_start) - 1
    own_start = sent_start
    if i >= 0 and ctx.name_ends[i] > sent_start:
        own_start = ctx.name_ends[i]
    dl = ctx.doc.dateline
    if dl is not None and own_start < dl.end <= name_start:
        own_start = dl.end  # "YEREVAN -- Azerbaijani Interior Minister A": no title's words
    left = ctx.text[own_start:name_start]
    low_left = ctx.low[own_start:name_start]  # the lower-cased text, sliced: no lowering
    cut = 0
    cut_word = ""
    for m in _CLAUSE_CUT.rx.finditer(low_left):
        if not _inside_title(left, low_left, m):
            cut = m.end()
            cut_word = m.group(0).strip()
    seg = left[cut:]
    courtesy = None
    if seg.rstrip().endswith(_HONORIFIC_ENDINGS):
        courtesy = _HONORIFIC_LAST.search(seg)
    if courtesy is not None:
        seg = seg[: courtesy.start()]
    if not seg.strip():
        return None
    if cut_word == "and" and own_start > sent_start and _OF_PLACE.match(seg):
        return _shared_title(ctx, sent_start, own_start, seg, own_start + cut)
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
        if (
            not people.TITLE_HEADS.rx.search(low_chunks[k - 1])
            or size + 1 + len(chunks[k - 1]) > 200
        ):
            break
        size += 1 + len(chunks[k - 1])
        k -= 1
    if k == n:
        return None
    title = ",".join(chunks[k:n]).strip()
    start = name_start - len(left) + left.rfind(title) if title in left else own_start
    return title, start, start + len(title)


_OF_PLACE = re.compile(r"\s*[Oo]f\s+(?:the\s+)?[A-Z]")
_HEAD_OF = re.compile(
    r"((?:[A-Z][\w-]*\s+)?(?:[Mm]inister|[Hh]ead|[Cc]hairm[ae]n|[Dd]irector|[Ss]ecretar(?:y|ie)"
    r"|[Cc]ommander|[Cc]hief|[Pp]rosecutors? [Gg]eneral)s?)\s+of\b"
)


def _shared_title(ctx: Context, sent_start: int, before: int, seg: str, at: int) -> Title | None:
    """In "Interior Ministers of Kazakhstan Kalmukhanbet Kassymov and of Russia Vladimir
    Kolokoltsev" the second name shares the plural title given before the first."""
    heads = _HEAD_OF.findall(ctx.text, sent_start, before)
    if not heads:
        return None
    head = heads[-1]  # in the singular: one person holds it
    if head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith("men"):
        head = head[:-3] + "man"
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    place = seg.strip()
    return f"{head} {place}", at, at + len(seg.rstrip())


def right_title(ctx: Context, name_end: int, sent_end: int) -> Title | None:
    """The title written after a name: "Yerlan Turgumbayev, Minister of Internal Affairs",
    "Nurlan Asanov from the Ministry of Internal Affairs of Kyrgyzstan"."""
    # "Ivan Kubrakov, Kyrgyz Interior Minister Ulan Niyazbekov": the title belongs to the next
    # name, so a right-hand title stops short of any following name
    i = bisect_right(ctx.name_starts, name_end)
    next_name = ctx.name_starts[i] if i < len(ctx.name_starts) else None
    bound = next_name if next_name is not None and next_name < sent_end else sent_end
    agency = _FROM_AGENCY.match(ctx.text, name_end, bound)
    if agency:
        end = _title_goes_on(ctx, agency.end("t"), bound, sent_end)
        return ctx.text[agency.start("t") : end], agency.start("t"), end
    m = _RIGHT_TITLE.match(ctx.text, name_end, bound)
    if not m:
        return None
    t = m.group("t")
    if (
        next_name is not None
        and _BEFORE_NEXT_NAME.match(ctx.text, m.end("t"), next_name)
        and not _next_has_own_title(ctx, m.end("t"), next_name, sent_end)
    ):
        # "A, Minister of X, Army General B": the words run on into the next name, whose
        # title they are
        return None
    head = people.TITLE_HEADS.search(t)
    if not head or head.start() > 45:
        return None
    if head.group(0).endswith("s") and not head.group(0).endswith("ss"):
        return None  # "X, members of the collegium and heads of ...": other people, not X
    end = _title_goes_on(ctx, m.end("t"), bound, sent_end)
    return ctx.text[m.start("t") : end], m.start("t"), end


def _next_has_own_title(ctx: Context, title_end: int, next_name: int, sent_end: int) -> bool:
    """Whether, in "A, Head of X, B, Deputy Director of Y", the title between the names is
    A's: only a comma stands before B, and B has a title of its own after the name."""
    if ctx.text[title_end:next_name].strip() != ",":
        return False
    i = bisect_right(ctx.name_ends, next_name)
    if i == len(ctx.name_ends):
        return False
    own = _RIGHT_TITLE.match(ctx.text, ctx.name_ends[i], sent_end)
    head = people.TITLE_HEADS.search(own.group("t")) if own else None
    return head is not None and head.start() <= 45


_AGENCY_WORD = (
    r"(?:Ministry|Agency|Committee|Service|Bureau|Department|Directorate|Office|Cent(?:re|er)"
    r"|Council|Commission|Administration|Inspectorate|Guard|Police|Procuracy|Secretariat)"
)
# "Nurlan Asanov from the Ministry of Internal Affairs of Kyrgyzstan": the agency a delegate
# comes from is their title; the agency's name starts with a capital and names its kind
_FROM_AGENCY = re.compile(
    r"\s+(?:from|of)\s+(?:the\s+)?(?P<t>(?:[A-Z][\w’'-]*\s+){0,5}"
    + _AGENCY_WORD
    + r"\b[^,;:()“”\"]{0,100}?)(?=\s*(?:[,;.)]|$)|\s+and\s*$|"
    + _VERB_AFTER_TITLE
    + ")"
)
# a further part of a title after a comma: another office ("First Deputy Minister of ..."),
# the agency or state the office belongs to ("Ministry of Public Security of China", "India"),
# or what the agency answers to ("subordinated to the President of Tajikistan")
_TITLE_PART = re.compile(
    r",\s*(?P<p>(?:(?:subordinated|subordinate|attached|reporting|accountable) to\s|under\s)?"
    r"(?:the\s+)?[A-Z][^,;:()“”\"]{1,110}?)(?=\s*(?:[,;.]|$)|" + _VERB_AFTER_TITLE + ")"
)
_PART_STARTS = re.compile(
    r"(?:(?:subordinated|subordinate|attached|reporting|accountable) to|under)\s"
    r"|(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,5}" + _AGENCY_WORD + r"\b"
)


def _title_goes_on(ctx: Context, end: int, bound: int, sent_end: int) -> int:
    """Where a right-hand title ending at ``end`` really ends: further comma-separated parts
    that belong to the same office are taken in ("..., Deputy Director-General of the Bureau,
    Ministry of Public Security of China;"). A part that runs on into the next name without a
    comma is that name's title and stops the title."""
    text = ctx.text
    while True:
        m = _TITLE_PART.match(text, end, bound)
        if not m:
            return end
        if bound != sent_end and not text[m.end() : bound].strip():
            return end  # "..., Army General B": the next name's title
        part = m.group("p")
        if not (_PART_STARTS.match(part) or _single_office(part) or ctx.lex.country_by_name(part)):
            return end
        end = m.end()


def _single_office(part: str) -> bool:
    """Whether a title part names one office ("First Deputy Minister of ..."), not several."""
    head = people.TITLE_HEADS.search(part)
    return (
        head is not None
        and head.start() <= 30
        and not (head.group(0).endswith("s") and not head.group(0).endswith("ss"))
    )


# "Executive Secretary of the Coordination Council ...": an official of a body of several
# states serves the body (its chairman, a state's minister in turn, represents the state)
_SERVES_BODY = re.compile(
    r"\b(?:executive secretary|secretary[- ]general|secretariat|deputy secretary|head of the"
    r" secretariat|permanent representative)\b"
)


# the words before the state or town an international body's office serves or sits in
_OFFICE_PLACE_BEFORE = (" in ", " to ", " in the ", " to the ", " for ", " for the ")


def country_in(ctx: Context, a: int, b: int) -> tuple[str | None, str | None]:
    """(country code, international organization name) named within text[a:b]. An
    international body's office in a country ("the OSCE Centre in Astana", "UNODC Office in
    Kyrgyzstan", "the EU Delegation to Georgia") does not make its official that country's."""
    code = None
    org_name = None
    org_at = org_end = -1
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
            if org_name is None and (
                o.kind == "international"
                or (o.kind == "body" and not o.country and _SERVES_BODY.search(ctx.low, a, m.start))
            ):
                org_name = o.name
                org_at, org_end = m.start, m.end
            elif o.country and code is None:
                code = o.country
        elif m.kind in ("country", "demonym", "city") and code is None:
            if m.end <= org_end:
                continue  # a place in the international body's name: "Shanghai Cooperation ..."
            if (
                0 <= org_at < m.start
                and (
                    ctx.low.endswith(_OFFICE_PLACE_BEFORE, 0, m.start)
                    # "the OSCE Baku Office", "IOM Moscow Chief of Mission": the office's seat
                    or (m.kind == "city" and not ctx.text[org_end : m.start].strip())
                )
                # "the National Central Bureau of INTERPOL in the Republic of X": the state's
                and "national" not in ctx.low[a:org_at]
            ):
                # "the OSCE Centre in Astana", "the EU Delegation to Georgia", "UNODC
                # Representative for Afghanistan"
                continue
            code = ctx.country_code(m)
    if code is None and org_name is None:
        code = _acronym_country(ctx, a, b)
    return code, org_name


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _acronym_country(ctx: Context, a: int, b: int) -> str | None:
    """The country of "the head of SBS" where the report wrote "the Azerbaijani State Border
    Service (SBS)": the country named in the words the acronym stands for."""
    for acr in _ACRONYM.finditer(ctx.text, a, b):
        defined = ctx.text.find(f"({acr.group(0)})")
        if defined == -1:
            continue
        start = max(0, defined - 90)
        cut = max(ctx.text.rfind(c, start, defined) for c in ",;.:(\n")
        code, org = country_in(ctx, max(start, cut + 1), defined)
        if code or org:
            return code
    return None
