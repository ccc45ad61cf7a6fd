"""The convening body, the session's ordinal, and the international organizations taking part."""

from __future__ import annotations

import re
from bisect import bisect_left

from . import people
from .context import MEETING, PART_CUE, Context, Span, sentence_cue
from .lexicon import LOOSE_NAME_MIN, Match
from .orgnames import best_phrase, name_words, word_set
from .rx import CI

_FRAMEWORK = CI(
    r"\b(?:framework of|within the|channels?|through|via|member states of|cooperation with"
    r"|auspices|platform of|model of|experience of|(?<!as well as )members of|format of|line of"
    r"|as part of|in the (?:framework|format|course|context|session|meeting|sitting|work|field)"
    r"|agreements? (?:of|with|within))\b"
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
_ROMAN_IN = re.compile(r"(?<![\w])[ivxlc]{2,7}(?!\w)|(?<![\w])[vx](?!\w)")


def _roman(text: str) -> int | None:
    """The value of an upper-case Roman numeral ("XVII", "II"), else None ("I" alone is a word)."""
    if text == "I" or not text.isupper() or not _ROMAN.fullmatch(text):
        return None
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    return total or None


# Every _ORDINAL match starts with a digit or with one of these words: a window holding
# neither cannot hold one (the words' places come from the one Aho-Corasick pass).
_ORDINAL_START = sentence_cue("|".join(sorted({*_ORDINAL_WORDS, *_TENS})))
_DIGIT = re.compile(r"\d")


# ------------------------------------------------------------------------ convening body
_MEETING_BEFORE = re.compile(
    r"(?:meeting|session|sitting|collegium|board|conference|plenary|gathering|get-together"
    r"|forum)\s+(?:of|for)\s+(?:the\s+)?$"
)
# "the meeting of", "the 28th session of the": where a phrase naming the convening body starts
_MEETING_OF = sentence_cue(
    r"\b(?:meeting|session|sitting|conference|plenary|gathering|get-together|forum)\s+of\s+"
    r"(?:the\s+)?"
)
# an organization convening a meeting itself: "the Bureau held a meeting", "OSCE organizes"
_CONVENES_AFTER = re.compile(
    r"(?:['’]s)?[^.;,]{0,60}?\s(?:held|holds|convened|convenes|hosted|hosts|organi[sz]ed"
    r"|organi[sz]es) (?:a |an |its |the )?(?:\w+ ){0,3}(?:meeting|session|sitting|conference"
    r"|seminar|plenary|get-together|gathering)\b"
)
_CONVENE_WORD = re.compile(r"held|holds|conven|host|organi")


def _convenes_after(ctx: Context, end: int) -> bool:
    """_CONVENES_AFTER at ``end``, tried only when one of its verbs is near."""
    return bool(
        _CONVENE_WORD.search(ctx.low, end, end + 75) and _CONVENES_AFTER.match(ctx.low, end)
    )


_CONVENED_BY = re.compile(
    r"(?:(?:meeting|session|sitting|plenary|conference|get-together|gathering|event)"
    r"(?:,? (?:was|were|is|will be))? (?:organi[sz]ed|convened|hosted|held) by"
    r"|(?:held|organi[sz]ed|convened) under the auspices of"
    r"|(?:meeting|session|sitting|plenary) of) (?:the )?$"
)
_SUPPORTED = re.compile(r"^-(?:supported|organi[sz]ed|sponsored|led|hosted) (?:\w+ ){0,2}meeting\b")
_PLENARY_AFTER = re.compile(r"^\s+plenary\b", re.IGNORECASE)
# "Secretariat of the Council ...", "Committee of Heads of ... Units of the Council ...": a body
# of the body, not the body itself
_PART_OF = re.compile(
    r"(?:(?P<experts>[Ee]xperts?['’]?(?: [Gg]roup)? (?:[Mm]eeting )?(?:on preparations? )?for"
    r"|[Ee]xperts?['’]?(?: [Gg]roup)? [Mm]eeting of|[Pp]reparatory (?:meeting|session) (?:for|of))"
    r"|(?P<organ>"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Secretariat|Committee|Commission|Working Group|Group|Service"
    r"|Subcommittee|Sub-committee)(?:\s+(?:of|for|on|against|and|the|[A-Z][\w'’-]*))*?))"
    r"\s+(?:of\s+)?(?:the\s+)?$"
)
_PEOPLE_HEAD = re.compile(
    r"(?:(?:staff |senior |top )?heads|chiefs|leaders|ministers|deputy ministers|commanders"
    r"|directors|prosecutors(?: general)?|secretaries|senior executives|executives|chairmen"
    r"|chairpersons|representatives|rectors)\b",
    re.IGNORECASE,
)
# where a descriptive name ("heads of the border agencies of ...") stops
_DESC_STOP = word_set(
    "was were is are will would has have had held hold took take takes taking opened open "
    "started starts began kicked chaired hosted convened met meets discussed discuss which "
    "who where that today yesterday tomorrow at from under during after since as via "
    "through within also with"
)
_DESC_TOKEN = re.compile(r"[^\W_][\w'’]*(?:[-–][^\W_][\w'’]*)*|[^\w\s]")
_MONTH_WORDS = word_set(
    "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday"
)


_DELEGATES_OF = re.compile(
    r"\b(?:representatives|delegations?|delegates|officials|experts|observers) (?:of|from)"
    r"(?: the)?$"
)
_OF_ENDS = (" of", " from", " the", " within")
_ORGAN_WORD = re.compile(
    r"Secretariat|Committee|Commission|Group|Service|Subcommittee|Sub-committee|[Ee]xpert"
    r"|[Pp]reparatory"
)


_UMBRELLA = re.compile(
    r"\b(?:(?:within|in) the framework of|under the auspices of|within|on the basis of)"
    r"(?: the)?$"
)


_EXPERTS_BEFORE = re.compile(r"\b(?:experts?['’]?(?: group)?|preparatory|working group)\s+m$")
_OF_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?$")


class _Candidate:
    __slots__ = ("name", "ref", "score", "start", "end", "descriptive")

    def __init__(self, name: str, ref: int, start: int, end: int, descriptive: bool) -> None:
        self.name = name
        self.ref = ref
        self.score = 0.0
        self.start = start
        self.end = end
        self.descriptive = descriptive


def _place_score(ctx: Context, start: int) -> float:
    """Points for where a name stands: in the title, after "meeting of" or an ordinal, early,
    in a sentence about a meeting; a sentence about another, earlier meeting counts less."""
    before = ctx.low[max(0, start - 60) : start]
    s = 1.0
    if ctx.in_title(start):
        s += 3
    tail = before.rstrip()
    if tail.endswith((" of", " of the", " for", " for the")) and (
        _MEETING_BEFORE.search(before) or _ORDINAL.search(before[-40:])
    ):
        s += 3
    si = ctx.sent_idx(start)
    if si <= 3:
        s += 2
    if ctx.has(MEETING, si):
        s += 1
    return s


_LIST_GAP = re.compile(r"[\s,;]*(?:and |as well as |&)?\s*(?:the\s+)?$")
_ACRONYM_LIST_GAP = re.compile(r"\s*\([^()]{1,20}\)[\s,;]*(?:and |as well as |&)?\s*(?:the\s+)?$")


def _in_org_list(ctx: Context, m: Match, i: int) -> bool:
    """Whether an organization's name stands in a list of organizations ("the CIS Executive
    Committee, the Secretariat ..., the Coordination Council of Prosecutors General etc."):
    organizations listed together take part; none of them is the convener."""
    if i > 0:
        prev = ctx.orgs[i - 1]
        between = ctx.text[prev.end : m.start]
        if ("," in between or " and " in between) and (
            _LIST_GAP.match(between) or _ACRONYM_LIST_GAP.match(between)
        ):
            return True
    if i + 1 < len(ctx.orgs):
        nxt = ctx.orgs[i + 1]
        between = ctx.text[m.end : nxt.start]
        if ("," in between or " and " in between) and _LIST_GAP.match(between):
            return True
    return False


def _descriptive(ctx: Context, pos: int) -> tuple[str, int, int] | None:
    """A body named by description after "meeting of the": "heads of the border agencies of
    Tajikistan, Russia, Afghanistan and Pakistan", "Coordination Group of the Ministry of
    Internal Affairs of the Republic of Tajikistan and ...". (name, end, gazetteer ref or -1:
    a description may still be a known body under new words) or None."""
    text = ctx.text
    if not (text[pos : pos + 1].isupper() or _PEOPLE_HEAD.match(text, pos)):
        return None  # "meeting of the participants": no name begins here
    words: list[tuple[str, int, int]] = []
    sent_end = ctx.doc.sentences[ctx.sent_idx(pos)][1]
    limit = min(sent_end, pos + 260)
    org_end = -1
    org_ref = -1
    k = pos
    while k < limit:
        m = _DESC_TOKEN.search(text, k, limit)
        if m is None:
            break
        k = m.end()
        tok = m.group()
        if not tok[0].isalnum():
            if tok in "'’":
                continue
            if tok == "," and words and _geo_at(ctx, _skip_space(text, m.end())):
                continue  # "of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"
            if tok == "(" and words:
                close = text.find(")", m.end(), m.end() + 30)
                if close != -1 and text.startswith(" of ", close + 1):
                    k = close + 1  # "National Coordination Council (CARICC Council) of the ..."
                    continue
            break
        low = tok.lower()
        stop = low in _DESC_STOP or low in _MONTH_WORDS or tok[0].isdigit()
        if stop and (low != "with" or _WITH_STOPS.match(text, m.end())):
            break
        if tok.islower() and len(tok) > 4 and tok.endswith("ed") and words:
            break  # "the Coordination Group ... departed for Tashkent"
        if low == "in" and words and _geo_at(ctx, _skip_space(text, m.end(), article=True)):
            break  # "... in Dushanbe"
        words.append((tok, m.start(), m.end()))
        o = ctx.org_at(m.start()) if len(words) > 1 else None
        if o is not None and ctx.lex.org_list[o.ref].kind == "international":
            org_end, org_ref = o.end, o.ref  # "... of the Central Asian Regional ..."
            break
        if len(words) >= 26:
            break
    while words and words[-1][0].lower() in ("of", "the", "and", "for", "on", "in", "to", "a"):
        words.pop()
    if len(words) < 3:
        return None
    first = words[0][0]
    end = words[-1][2]
    phrase = text[words[0][1] : end]
    if not (
        _PEOPLE_HEAD.match(phrase)
        or _PEOPLE_TAIL.search(phrase)
        or (first[0].isupper() and _HEAD_NOUN.search(phrase))
    ):
        return None
    index = ctx.lex.name_index
    low_words = [(w.lower(), a, b) for w, a, b in words]
    ref, _, _, _ = best_phrase(index, low_words, [0], 0, LOOSE_NAME_MIN)
    if ref is not None and end - words[0][1] > 0:
        return ctx.lex.org_list[ref].name, end, ref
    if org_ref >= 0:
        phrase = text[words[0][1] : words[-1][1]] + ctx.lex.org_list[org_ref].name
        end = org_end
    return _tidy_name(ctx, phrase, words[0][1]), end, -1


_WITH_STOPS = re.compile(r"\s+(?:the|a|an|its|his|her|their|participation|representatives)\b")
_PEOPLE_TAIL = re.compile(r"\b(?:heads|chiefs|leaders)$")


_SPACE_ARTICLE = re.compile(r"\s*(?:the\s+)?")
_SPACE = re.compile(r"\s*")


def _skip_space(text: str, pos: int, article: bool = False) -> int:
    m = (_SPACE_ARTICLE if article else _SPACE).match(text, pos)
    return m.end() if m else pos


def _geo_at(ctx: Context, pos: int) -> bool:
    """Whether a country, demonym or city name starts at ``pos``."""
    g = bisect_left(ctx.geo_starts, pos)
    return g < len(ctx.geo) and ctx.geo[g].start == pos


_HEAD_NOUN = re.compile(
    r"\b(?:Council|Committee|Commission|Board|Group|Collegium|Conference|Assembly|Forum)\b"
)
_INTERIOR_BODIES = re.compile(
    r"\s+(?:of\s+)?(?:the\s+)?(?:Ministry|Ministries|Minister|Ministers) of (?:the )?"
    r"(?:Internal Affairs?|Interior)\b"
    r"|\s+(?:of\s+)?(?:the\s+)?(?:Internal Affairs|Interior) Ministr(?:y|ies)\b",
    re.IGNORECASE,
)


_SPACES = re.compile(r"\s+")
_COMMONWEALTH = re.compile(
    r"(?:the )?Commonwealth of Independent States(?: \(CIS\))?", re.IGNORECASE
)
_MEMBERS = re.compile(r"\bmember[- ](?:countries|nations|states)\b")


def _tidy_name(ctx: Context, phrase: str, start: int) -> str:
    """A descriptive name as the archive keeps it: "the Commonwealth of Independent States" as
    "CIS", two states' interior ministries as "Interior Ministries of A and B"."""
    phrase = _SPACES.sub(" ", phrase)
    phrase = _COMMONWEALTH.sub("CIS", phrase)
    phrase = _MEMBERS.sub("member states", phrase)
    im = _INTERIOR_BODIES.search(phrase)
    if im:
        codes = _codes_in(ctx, start, start + len(phrase))
        if len(codes) >= 2:
            head = phrase[: im.start()].strip()
            names = [ctx.lex.country_name(c) or c for c in codes]
            joined = ", ".join(names[:-1]) + " and " + names[-1]
            tail = f"Interior Ministries of {joined}"
            phrase = f"{head} of the {tail}" if head else tail
    return phrase[:1].upper() + phrase[1:]


_JOINT = CI(r"\bjoint (?:collegium|board|meeting of the collegiums?|sitting|session)\b")


_INTERIOR_MIN = sentence_cue(
    r"\b(?:interior|internal affairs?|internal affaires) minist(?:er|ers|ries|ry)\b|"
    r"\bminist(?:er|ers|ry|ries) of (?:internal affair|the interior|interior)"
)


_TALKS = CI(r"\b(?:met|meets|meet|meeting|talks|held talks|hold talks|discussed|negotiations)\b")


def _bilateral(ctx: Context) -> _Candidate | None:
    """Interior ministers of two or more states meeting without a named body: "Interior
    Ministries of A and B" (a descriptive name, for review), or their joint collegium when the
    text calls the meeting joint and the gazetteer knows it; "CIS interior ministers will meet"
    is the CIS council."""
    lex = ctx.lex
    for i in range(min(len(ctx.doc.sentences), 6)):
        sent = ctx.sent_text(i)
        if ctx.has(MEETING, i):
            agencies = _agencies_of(ctx, i)
            if agencies is not None:
                return agencies
        if not (ctx.has(_INTERIOR_MIN, i) and (ctx.has(MEETING, i) or _TALKS.search(sent))):
            continue
        a, b = ctx.doc.sentences[i]
        owner = _OWNER_MINISTERS.search(sent)
        if owner:
            bag = name_words(
                f"Council of {owner.group(1)} Interior Ministers", lex.name_index.multi
            )
            ref, _ = lex.name_index.best(bag)
            if ref is not None:
                cand = _Candidate(
                    lex.org_list[ref].name, ref, a + owner.start(), a + owner.end(), False
                )
                cand.score = _place_score(ctx, a + owner.start())
                return cand
            continue
        codes = _codes_in(ctx, a, b)
        if len(codes) < 2:
            continue
        names = [lex.country_name(c) or c for c in codes]
        if len(names) == 2 and _JOINT.search(ctx.text):
            for x, y in (names, names[::-1]):
                org = lex.org_by_name(f"Joint Collegium of the Interior Ministries of {x} and {y}")
                if org is not None:
                    ref = lex.org_list.index(org)
                    cand = _Candidate(org.name, ref, a, a, False)
                    cand.score = _place_score(ctx, a)
                    return cand
        name = "Interior Ministries of " + ", ".join(names[:-1]) + " and " + names[-1]
        cand = _Candidate(name, -1, a, a, True)
        cand.score = _place_score(ctx, a) - 1
        return cand
    return None


def _two_sentences_on_ministers(ctx: Context) -> bool:
    """Whether the headline and the lead both speak of interior ministers (a cheap test
    before _bilateral_story)."""
    return (
        bool(ctx.doc.title_span)
        and len(ctx.doc.sentences) > 1
        and ctx.has(_INTERIOR_MIN, 0)
        and ctx.has(_INTERIOR_MIN, 1)
    )


def _bilateral_story(ctx: Context, bil: _Candidate) -> bool:
    """Whether the headline and the lead both tell two states' interior ministers holding
    talks ("Uzbek, Tajik interior ministers hold talks"): a council session mentioned later
    is then only the occasion. The bilateral candidate takes both sentences' points."""
    if not bil.descriptive or not ctx.doc.title_span or len(ctx.doc.sentences) < 2:
        return False
    told = 0
    for i in (0, 1):
        a, b = ctx.doc.sentences[i]
        if (
            ctx.has(_INTERIOR_MIN, i)
            and _TALKS.search(ctx.sent_text(i))
            and len(_codes_in(ctx, a, b)) == 2
        ):
            told += 1
    if told == 2:
        bil.score += _place_score(ctx, ctx.doc.sentences[1][0])
        return True
    return False


def _codes_in(ctx: Context, a: int, b: int) -> list[str]:
    """Countries named (as states or demonyms) in text[a:b], in order, each once."""
    codes: list[str] = []
    for k in range(bisect_left(ctx.geo_starts, a), len(ctx.geo)):
        g = ctx.geo[k]
        if g.start >= b:
            break
        if g.kind in ("country", "demonym"):
            c = ctx.country_code(g)
            if c and c not in codes:
                codes.append(c)
    return codes


_REPS_OF = sentence_cue(
    r"\b(?:representatives|heads|chiefs|delegations|officials|leaders) of (?:the )?"
)
_AGENCY_WORDS = re.compile(
    r"\b(?:agencies|bodies|services|ministries|departments|authorities|divisions|troops|forces"
    r"|units|committees)\b"
)


def _agencies_of(ctx: Context, i: int) -> _Candidate | None:
    """ "Representatives of the internal affairs agencies of the border regions of Tajikistan and
    Uzbekistan met ...": the agencies of two or more states, named as the text names them."""
    if not ctx.has(_REPS_OF, i):
        return None
    a, b = ctx.doc.sentences[i]
    text = ctx.text
    for m in ctx.cue_finditer(_REPS_OF, a, b):
        g = bisect_left(ctx.geo_starts, m.end())
        if g >= len(ctx.geo) or ctx.geo[g].start >= min(b, m.end() + 100):
            continue
        what = text[m.end() : ctx.geo[g].start]
        what = re.sub(r"\s+(?:of\s+)?(?:the\s+)?(?:Republic\s+of\s+)?$", "", what)
        if not _AGENCY_WORDS.search(what) or re.search(r"[,;:()]|\b\w+ed\b", what):
            continue  # "drug control agencies attended the conference between": no name
        codes = _codes_in(ctx, ctx.geo[g].start, b)
        rest = text[ctx.geo[g].start : b]
        if len(codes) < 2 or not re.search(r"\b(?:met|meet|gathered|held)\b", rest):
            continue
        names = [ctx.lex.country_name(c) or c for c in codes]
        name = f"{what[:1].upper()}{what[1:]} of " + ", ".join(names[:-1]) + " and " + names[-1]
        cand = _Candidate(name, -1, m.start(), m.start(), True)
        cand.score = _place_score(ctx, m.start()) - 1
        return cand
    return None


_OWNER_MINISTERS = re.compile(
    r"\b(CIS|SCO|CSTO)(?: member[- ]states['’]?)? (?:interior|internal affairs)"
    r" (?:ministers|chiefs)\b",
    re.IGNORECASE,
)


def _joint_body(ctx: Context, participating: list[str]) -> tuple[str, int, float] | None:
    """A joint collegium of two ministries the gazetteer may not know."""
    jm = _JOINT.search(ctx.text)
    if not (jm and len(participating) == 2):
        return None
    a, b = participating
    for x, y in ((a, b), (b, a)):
        org = ctx.lex.org_by_name(f"Joint Collegium of the Interior Ministries of {x} and {y}")
        if org:
            return org.name, jm.start(), 0.7
    return f"Joint Collegium of the Interior Ministries of {a} and {b}", jm.start(), 0.5


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
    """The convening body: the gazetteer's bodies (under any wording, orgnames), international
    organizations that convene a meeting themselves, or a body named by description ("the
    meeting of heads of the border agencies of ..."), scored by where they stand."""
    lex = ctx.lex
    cands: dict[str, _Candidate] = {}

    def add(name: str, ref: int, start: int, end: int, score: float, descriptive: bool) -> None:
        c = cands.get(name)
        if c is None:
            c = cands[name] = _Candidate(name, ref, start, end, descriptive)
        c.score += score

    org_starts = {}
    for k, m in enumerate(ctx.orgs):
        org = lex.org_list[m.ref]
        org_starts[m.start] = m
        before = ctx.text[max(0, m.start - 120) : m.start]
        # a body of a body ends "... of the " or "... for the " right before the name
        part = (
            _PART_OF.search(before)
            if _OF_BEFORE.search(before[-12:]) and _ORGAN_WORD.search(before)
            else None
        )
        if part and (part.group("experts") or org.kind == "body"):
            if part.group("experts"):
                # an experts' meeting for a council is not the council's session
                name = "Experts of the " + org.name
                add(name, -1, m.start, m.end, _place_score(ctx, m.start), True)
                continue
            organ = part.group("organ")
            start = m.start - len(before) + part.start("organ")
            if organ.split()[0] not in ("The", "A"):
                full = _tidy_name(ctx, f"{organ} of the {org.name}", start)
                score = _place_score(ctx, start)
                add(full, -1, start, m.end, score, True)
                continue
        if org.kind == "body":
            s = _place_score(ctx, m.start)
            tail = ctx.low[max(0, m.start - 40) : m.start].rstrip()
            if _in_org_list(ctx, m, k):
                s -= 4
            elif tail.endswith(_OF_ENDS) and _DELEGATES_OF.search(tail):
                s -= 3  # "representatives of the Council ... participated": it takes part
            elif tail.endswith(_OF_ENDS) and _UMBRELLA.search(tail):
                s -= 2  # "cooperation within the framework of the Council": the umbrella
            add(org.name, m.ref, m.start, m.end, s, False)
        elif org.kind == "international":
            before40 = ctx.low[max(0, m.start - 50) : m.start]
            convening = (
                _convenes_after(ctx, m.end)
                or (
                    before40.rstrip().endswith((" by", " of", " the"))
                    and _CONVENED_BY.search(before40)
                )
                or _SUPPORTED.match(ctx.low, m.end)
                or _PLENARY_AFTER.match(ctx.text, m.end)
            )
            if convening and not _in_org_list(ctx, m, k):
                add(org.name, m.ref, m.start, m.end, _place_score(ctx, m.start) - 1, False)
    # bodies named by description after "meeting of"
    for mm in ctx.cue_finditer(_MEETING_OF, 0, len(ctx.low)):
        pos = mm.end()
        if pos in org_starts or ctx.in_org(pos):
            continue
        d = _descriptive(ctx, pos)
        if d:
            name, end, ref = d
            if _EXPERTS_BEFORE.search(ctx.low, max(0, mm.start() - 30), mm.start() + 1):
                # "the Expert Group Meeting of Heads of ...": the experts of that body
                name = "Experts of the " + name
                ref = -1
            # a description names a body only when no known body stands as well
            add(name, ref, pos, end, _place_score(ctx, pos) - (3 if ref < 0 else 0), ref < 0)
    named = any(c.score > 0 for c in cands.values())
    # ministers of a few states meeting, no body named (or named only as the occasion)
    bil = _bilateral(ctx) if not named or _two_sentences_on_ministers(ctx) else None
    if bil is not None and (not named or _bilateral_story(ctx, bil)):
        cands[bil.name] = bil
    if cands:
        best = max(cands.values(), key=lambda c: (c.score, not c.descriptive, -c.start))
        if best.score > 0:
            conf = 0.4 if best.descriptive else min(1.0, 0.5 + best.score / 10)
            match = Match(best.start, best.end, "org", best.ref)
            ctx.body_span = (best.start, best.end)
            return best.name, ctx.span(best.start), conf, match
    joint = _joint_body(ctx, participating)
    if joint:
        name, pos, conf = joint
        return name, ctx.span(pos), conf, None
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
    return None, None, 0.0, None


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
            m2 = ctx.geo[g]
            if (
                m2.kind == "city"
                and ctx.lex.city_list[m2.ref].name != venue
                and not ctx.in_org(m2.start)
                and not _REGION_AFTER.match(ctx.text, m2.end)
            ):
                return True
            g += 1
    return False


_REGION_AFTER = re.compile(r"\s+(?:region|oblast|province|district|area|krai)\b", re.IGNORECASE)


def find_ordinal(ctx: Context, body_match: Match | None) -> tuple[int | None, Span | None]:
    cands = []
    low = ctx.low
    seen: set[int] = set()
    matches = []
    word_starts = ctx.cue_starts(_ORDINAL_START)
    for noun in (
        "meeting", "session", "sitting", "collegium", "conference", "forum", "summit", "plenary"
    ):  # fmt: skip
        i = low.find(noun)
        while i != -1:
            a = max(0, i - 90)
            while a > 0 and low[a - 1].isalnum():
                a -= 1
            if (
                word_starts is not None
                and _DIGIT.search(low, a, i) is None
                and _ROMAN_IN.search(low, a, i) is None
            ):
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
            if n == 0:
                continue
        elif m.group("roman"):
            value = _roman(ctx.text[m.start("roman") : m.end("roman")])
            if value is None:
                continue
            n = value
        else:
            n = _ORDINAL_WORDS[m.group("word").lower()] + _TENS.get(
                (m.group("tens") or "").lower(), 0
            )
        si = ctx.sent_idx(m.start())
        if _NOT_THIS_ONE.search(ctx.low, max(0, m.start() - 25), m.start()):
            continue  # "the next, 56th meeting"
        if _history(ctx, m.start(), n == 1):
            continue  # an earlier meeting told as background
        score = 1
        if body_match is not None and ctx.sent_idx(body_match.start) == si:
            score += 2
            if 0 <= body_match.start - m.end() <= 12:
                score += 1  # "the 28th meeting of the Council and the 9th meeting of heads ..."
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


# where a report names its source: the organization is not taking part for that
_SOURCE_BEFORE = re.compile(
    r"\b(?:press (?:service|office|centre|center|secretary)|website|according to|learned from"
    r"|reported by|citing|with (?:a )?reference to|information (?:department|service)|told)"
    r"\s+(?:of\s+)?(?:the\s+)?$"
)
# "Specialists of the CIS ATC proposed", "the head of the CIS Anti-Terrorism Center ... will
# present a report": the organization's people speak at the meeting
_OFFICIAL_OF = re.compile(
    r"\b(?:specialists|experts|representatives?|delegations?|staff|officials?|head|director"
    r"|chairman|secretary[- ]general|deputy secretary[- ]general|executive secretary)"
    r"\s+of\s+(?:the\s+)?$"
)
# a sentence that names the organizations the one before said took part
_ANAPHORIC_LIST = re.compile(
    r"(?:The|These|Those) (?:bodies|organi[sz]ations|structures|agencies)\b|Among them\b"
    r"|They (?:were|included)\b"
)
# a post someone is appointed to is no sign that the organization took part
_APPOINTMENT = re.compile(r"\b(?:candida\w*|appoint\w*|nominat\w*|(?:position|post) of)\b")
_ORGANISED_BY = re.compile(r"\b(?:organi[sz]ed|co-organi[sz]ed|hosted|convened) by\b")


def find_organizations(
    ctx: Context, persons: list[people.Person], body_name: str | None
) -> dict[str, Span]:
    lex = ctx.lex
    out: dict[str, Span] = {}
    for m in ctx.orgs:
        o = lex.org_list[m.ref]
        if o.kind not in ("international", "body") or o.name == body_name or o.name in out:
            continue
        if ctx.body_span and ctx.body_span[0] <= m.start < ctx.body_span[1]:
            continue  # "Committee of ... of the Council of Heads of Customs Services": the body
        if o.kind == "body" and _MEETING_BEFORE.search(ctx.low, max(0, m.start - 40), m.start):
            continue  # "a meeting of the Council of Defense Ministers was held on April 27"
        if _MEMBER_STATES_AFTER.match(ctx.low, m.end) and " of " not in ctx.text[m.start : m.end]:
            # "ministers of the SCO member states": a framework, not a participant ("Assembly of
            # the CIS member states" is a name that goes on)
            continue
        si = ctx.sent_idx(m.start)
        a, b = ctx.doc.sentences[si]
        if _SOURCE_BEFORE.search(ctx.low, max(a, m.start - 45), m.start):
            continue  # "BelTA learned from the press service of the CIS Executive Committee"
        if _convenes_after(ctx, m.end):
            out[o.name] = ctx.span(m.start)  # "the SCO RATS Executive Committee hosted ..."
            continue
        if (
            _OFFICIAL_OF.search(ctx.low, max(a, m.start - 60), m.start)
            and (ctx.has(people.SPEECH, si) or ctx.has(people.PARTICIPATION, si))
            and not ctx.has(people.PRESS, si)
            and not _APPOINTMENT.search(ctx.low, a, b)
        ):
            out[o.name] = ctx.span(m.start)  # "Specialists of the CIS ATC proposed ..."
            continue
        if si > 0 and _ANAPHORIC_LIST.match(ctx.text, a) and ctx.has(people.PARTICIPATION, si - 1):
            out[o.name] = ctx.span(m.start)  # "... bodies participated. The bodies ... are X, Y"
            continue
        before = ctx.text[a : m.start]
        cue = None
        for c in PART_CUE.finditer(before):
            if not ctx.in_org(a + c.start()):  # "Council of the heads of the competent ..."
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
            if ":" in between:
                continue  # "... heads of the competent authorities in Yerevan: the CSTO is"
            if len(between) > 600:
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
