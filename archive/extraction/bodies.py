"""The convening body: the gazetteer's bodies scored by where they stand, international
organizations convening a meeting themselves, bodies named by description, ministers of a
few states meeting without a named body."""

from __future__ import annotations

import re
from bisect import bisect_left

from .body_kinds import kind_in, kind_words
from .body_names import (
    JOINT,
    codes_in,
    coming_meeting,
    descriptive_name,
    its_body_after,
    listed,
    named_outside_gazetteer,
    tidy_name,
)
from .context import MEETING, Context, Span, sentence_cue
from .date_cues import announcement_lead
from .lexicon import Match
from .member_meetings import MemberMeeting, member_meetings
from .ordinals import ORDINAL
from .orgnames import agency_kinds, name_words
from .rx import CI

# ------------------------------------------------------------------------ convening body
MEETING_BEFORE = re.compile(
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


def convenes_after(ctx: Context, end: int) -> bool:
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
_SUPPORTED = re.compile(
    r"-(?:supported|organi[sz]ed|sponsored|led|hosted) (?:\w+ ){0,2}(?:meeting|workshop|seminar"
    r"|conference|round ?table|training|forum)\b"
)
_PLENARY_AFTER = re.compile(r"\s+plenary\b", re.IGNORECASE)
# "Secretariat of the Council ...", "Committee of Heads of ... Units of the Council ...": a body
# of the body, not the body itself
_PART_OF = re.compile(
    r"(?:(?P<experts>[Ee]xperts?['’]?(?: [Gg]roup)? (?:[Mm]eeting )?(?:on preparations? )?for"
    r"|[Ee]xperts?['’]?(?: [Gg]roup)? [Mm]eeting of|[Pp]reparatory (?:meeting|session) (?:for|of))"
    r"|(?P<organ>"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Secretariat|Committee|Commission|Working Group|Group|Service"
    r"|Subcommittee|Sub-committee)(?:\s+(?:of|for|on|against|and|the|[A-Z][\w'’-]*))*?))"
    # "the Working Group on X within the purview of the Council ...": the council's group;
    # "the Working Group on X under the Council ...": one the council set up
    r"\s+(?:within the (?:purview|framework|structure) of\s+|of\s+|(?P<under>under)\s+)?"
    r"(?:the\s+)?$"
)

_DELEGATES_OF = re.compile(
    r"\b(?:representatives|delegations?|delegates|officials|experts|observers) (?:of|from)"
    r"(?: the)?$"
)
_OF_ENDS = (" of", " from", " the", " within")
# (each alternative opens with a letter, not a class such as "[Ee]": then the engine skips
# ahead to the letters that can start a match)
_ORGAN_WORD = re.compile(
    r"Secretariat|Committee|Commission|Group|Service|Subcommittee|Sub-committee|Expert|expert"
    r"|Preparatory|preparatory"
)


# a title ending in the body's name: the body its holder represents
_OFFICIAL_OF = re.compile(
    r"\b(?:secretary|secretary[- ]general|executive secretary|deputy chairman|director"
    r"|deputy director|head|deputy head|representative|envoy)s? of(?: the)?$"
)
_UMBRELLA = re.compile(
    r"\b(?:(?:within|in) the framework of|under the auspices of|within|on the basis of)"
    r"(?: the)?$"
)


_EXPERTS_BEFORE = re.compile(r"\b(?:experts?['’]?(?: group)?|preparatory|working group)\s+m$")
_OF_BEFORE = re.compile(r"\b(?:of|for|under)\s+(?:the\s+)?$")


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
    score = 1.0
    if ctx.in_title(start):
        score += 3
    tail = before.rstrip()
    if tail.endswith((" of", " of the", " for", " for the")) and (
        MEETING_BEFORE.search(before) or ORDINAL.search(before[-40:])
    ):
        score += 3
    sentence = ctx.sent_idx(start)
    if sentence <= 3:
        score += 2
    if ctx.has(MEETING, sentence):
        score += 1
    return score


_LIST_GAP = re.compile(r"[\s,;]*(?:and |as well as |&)?\s*(?:the\s+)?$")
_ACRONYM_LIST_GAP = re.compile(r"\s*\([^()]{1,20}\)[\s,;]*(?:and |as well as |&)?\s*(?:the\s+)?$")


# "..., the Tashkent Police Department said": the source of the report, no list
_SOURCE_SAID = re.compile(r"\s+(?:said|says|reported|reports|informed|announced|told)\b")


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
        if (
            ("," in between or " and " in between)
            and _LIST_GAP.match(between)
            and not _SOURCE_SAID.match(ctx.text, nxt.end)
        ):
            return True
    return False


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
        codes = codes_in(ctx, a, b)
        if len(codes) < 2:
            continue
        names = [lex.country_name(c) or c for c in codes]
        if len(names) == 2 and _joint_in_lead(ctx):
            for x, y in (names, names[::-1]):
                org = lex.org_by_name(f"Joint Collegium of the Interior Ministries of {x} and {y}")
                if org is not None:
                    ref = lex.org_list.index(org)
                    cand = _Candidate(org.name, ref, a, a, False)
                    cand.score = _place_score(ctx, a)
                    return cand
        name = f"Interior Ministries of {listed(names)}"
        cand = _Candidate(name, -1, a, a, True)
        cand.score = _place_score(ctx, a) - 1
        return cand
    return None


def _joint_in_lead(ctx: Context) -> bool:
    """Whether the title or the first three sentences call the meeting joint: a joint board
    named only further on ("the next meeting of the Joint Board") is another meeting."""
    sentences = ctx.doc.sentences
    end = sentences[min(3, len(sentences)) - 1][1] if sentences else 0
    return bool(JOINT.search(ctx.text, 0, end))


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
            and len(codes_in(ctx, a, b)) == 2
        ):
            told += 1
    if told == 2:
        bil.score += _place_score(ctx, ctx.doc.sentences[1][0])
        return True
    return False


_REPS_OF = sentence_cue(
    r"\b(?:representatives|heads|chiefs|delegations|officials|leaders) of (?:the )?"
)
_AGENCY_WORDS = re.compile(
    r"\b(?:agencies|bodies|services|ministries|departments|authorities|divisions|troops|forces"
    r"|units|committees|administrations)\b"
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
        between = _ATTENDED_BETWEEN.match(what)
        if between:
            # "representatives of drug control agencies attended the conference between
            # Tajikistan, Afghanistan ...": the agencies of the states it was between
            what = between.group("agencies")
        what = re.sub(r"\s+(?:of\s+)?(?:the\s+)?(?:Republic\s+of\s+)?$", "", what)
        if not _AGENCY_WORDS.search(what) or re.search(r"[,;:()]|\b\w+ed\b", what):
            continue  # "agencies attended the conference with": no name
        codes = codes_in(ctx, ctx.geo[g].start, b)
        rest = text[ctx.geo[g].start : b]
        if len(codes) < 2 or not re.search(r"\b(?:met|meet|gathered|held)\b", rest):
            continue
        names = [ctx.lex.country_name(c) or c for c in codes]
        name = f"{what[:1].upper()}{what[1:]} of {listed(names)}"
        cand = _Candidate(name, -1, m.start(), m.start(), True)
        cand.score = _place_score(ctx, m.start()) - 1
        return cand
    return None


# "Border guards of Kyrgyzstan, Uzbekistan, and Tajikistan met", "Security councils of A and B
# held a meeting": who meets, named by the kind of their agency, opening the sentence
_KIND_OPENS = re.compile(
    r"(?:[Tt]he\s+)?(?P<what>(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+of\s+(?:the\s+)?$"
)
_STATES_GAP = re.compile(r"\s*,?\s*(?:and\s+)?(?:the\s+)?")
# what the agencies did together: met, or signed or agreed something (a meeting's outcome)
_MET_VERB = (
    r"(?:have\s+|has\s+)?(?:today\s+|recently\s+|jointly\s+)?(?:met|meet|gathered|signed|sign"
    r"|agreed|(?:held|hold) (?:a |their |the )?(?:\w+ )?(?:meetings?|talks|consultations))\b"
)
_STATES_MET = re.compile(r"\s*,?\s+" + _MET_VERB)
_WHO_OF_KIND = re.compile(
    r"^(?:\s|of|guards?|officers?|officials|services?|agency|agencies|bodies|authority"
    r"|authorities|ministry|ministries"
    r"|councils?|chiefs|heads|leaders|representatives|troops|forces|units|departments"
    r"|secretaries|ministers|chairmen|committees)*$",
    re.IGNORECASE,
)
# "Georgian, Azerbaijani and Turkish customs administrations held ...", "Azerbaijan's and
# Uzbekistan's ministries of emergency situations have signed ...": the agencies after the states
_AGENCIES_AFTER_STATES = re.compile(
    r"(?:['’`]s)?\s+(?P<what>(?:[A-Za-z-]+\s+){0,2}?(?:ministries|agencies|services|committees"
    r"|administrations|authorities|bodies|departments|guards|troops|offices)"
    r"(?:\s+of\s+(?:[a-z]+\s+)?[a-z]+)?)\s*,?\s+" + _MET_VERB,
    re.IGNORECASE,
)


# "A meeting was held between the customs authorities of A and B": who met, after the verb
_HELD_BETWEEN = re.compile(
    r"\b(?:meeting|talks|consultations|negotiations)\s+(?:was\s+|were\s+)?held\s+between\s+"
)


def _agencies_of_states_met(ctx: Context) -> _Candidate | None:
    """ "Border guards of A, B and C met ...", "A meeting was held between the customs
    authorities of A and B": in the title or the first sentences, the agencies of one kind of
    two or more states meeting, named "<Kind> of A, B and C"."""
    lex = ctx.lex
    for i in range(min(len(ctx.doc.sentences), 4)):
        a, b = ctx.doc.sentences[i]
        g = bisect_left(ctx.geo_starts, a)
        if g >= len(ctx.geo) or ctx.geo[g].start >= b:
            continue
        first = ctx.geo[g]
        held = _HELD_BETWEEN.search(ctx.low, a, first.start)
        opens = _KIND_OPENS.fullmatch(ctx.text, held.end() if held else a, first.start)
        codes, last = _states_run(ctx, g, b)
        if len(codes) < 2:
            continue
        after = None if opens else _AGENCIES_AFTER_STATES.match(ctx.text, last.end, b)
        what = opens.group("what") if opens else after.group("what") if after else ""
        kind = kind_in(what)
        if kind is None or not (after or held or _STATES_MET.match(ctx.text, last.end, b)):
            continue
        names = listed(sorted(lex.country_name(c) or c for c in codes))
        if _WHO_OF_KIND.match(kind_words(what)):
            name = f"{kind.plural} of {names}"
        elif after:
            # "customs administrations": the agencies by the text's own noun
            name = f"{_title_case(what)} of {names}"
        else:
            continue
        cand = _Candidate(name, -1, first.start, last.end, True)
        cand.score = _place_score(ctx, a)
        return cand
    return None


# "the customs and border administrations of Ukraine and Moldova": two kinds of agency of the
# states named next
_CUSTOMS_AND_BORDER = re.compile(
    r"\b(?:customs and border|border and customs) (?:administrations|agencies|services"
    r"|authorities|bodies) of (?:the )?$"
)


def _customs_and_border(ctx: Context) -> _Candidate | None:
    """ "Customs and Border Agencies of Moldova and Ukraine": in the headline or the lead's
    first sentences, the customs and the border agencies of two or more states named
    together."""
    lex = ctx.lex
    for i in range(min(len(ctx.doc.sentences), 4)):
        a, b = ctx.doc.sentences[i]
        if ctx.low.find("customs", a, b) == -1:
            continue
        g = bisect_left(ctx.geo_starts, a)
        while g < len(ctx.geo) and ctx.geo[g].start < b:
            first = ctx.geo[g]
            if _CUSTOMS_AND_BORDER.search(ctx.low, max(a, first.start - 60), first.start):
                codes, last = _states_run(ctx, g, b)
                if len(codes) >= 2:
                    names = listed(sorted(lex.country_name(c) or c for c in codes))
                    cand = _Candidate(
                        f"Customs and Border Agencies of {names}", -1, first.start, last.end, True
                    )
                    cand.score = _place_score(ctx, a)
                    return cand
            g += 1
    return None


def _title_case(phrase: str) -> str:
    """ "customs administrations" as a name: "Customs Administrations"."""
    return " ".join(w if w == "of" else w[:1].upper() + w[1:] for w in phrase.split())


def _states_run(ctx: Context, g: int, end: int) -> tuple[list[str], Match]:
    """The states (codes) of a list that starts at ctx.geo[g] ("A, B and C", "Georgian,
    Azerbaijani, and Turkish", "A's and B's"), before ``end``; the list's last name."""
    codes: list[str] = []
    last = ctx.geo[g]
    for m in ctx.geo[g:]:
        if m.start >= end:
            break
        if codes:
            gap = ctx.text[last.end : m.start]
            if not _STATES_GAP.fullmatch(gap.lstrip("'’`s") if gap[:1] in "'’`" else gap):
                break
        code = ctx.country_code(m)
        if m.kind == "city" or code is None:
            break
        if code not in codes:
            codes.append(code)
        last = m
    return codes, last


# "President of the Republic of Uzbekistan X received the Interior Minister of Turkey Y", "Tajik
# President X received visiting Russia's Security Council Secretary Y": a head of state
# receiving one visitor, the meeting when no body is named
_PRESIDENT_RECEIVED = re.compile(
    r"\bPresident(?: of (?:the )?(?:Republic of )?(?P<of>[A-Z][\w-]+))?"
    r"(?: [A-Z][\w’'-]+){0,3},? (?:today |on \w+ |yesterday )?(?:received|met with|met"
    r"|held talks with|hosted) (?P<visitor>[^.;]{5,160})"
)
_DEMONYM_BEFORE = re.compile(r"(?P<who>[A-Z][\w-]+)(?:['’]s)? $")


def _president_received(ctx: Context) -> _Candidate | None:
    """ "President of Uzbekistan and Interior Ministry of Turkey": in the headline or the
    lead, a state's president receiving one visitor, from another state's agency (its kind
    and state read from the visitor's title) or from an international organization."""
    lex = ctx.lex
    for i in range(min(len(ctx.doc.sentences), 3)):
        a, b = ctx.doc.sentences[i]
        for m in _PRESIDENT_RECEIVED.finditer(ctx.text, a, b):
            home = _president_state(ctx, m, a)
            if home is None:
                continue
            v, w = m.span("visitor")
            org = next((o for o in ctx.orgs if v <= o.start < w), None)
            codes = [c for c in codes_in(ctx, v, w) if c != home]
            host = f"President of {lex.country_name(home) or home}"
            if (
                org is not None
                and lex.org_list[org.ref].kind == "international"
                and (not codes or org.start < _first_state_start(ctx, v, w, codes[0]))
            ):
                name = f"{host} and {lex.org_list[org.ref].name}"
            else:
                kind = kind_in(ctx.text[v:w])
                if kind is None or len(codes) != 1:
                    continue
                name = f"{host} and {kind.singular} of {lex.country_name(codes[0]) or codes[0]}"
            cand = _Candidate(name, -1, m.start(), m.end(), True)
            cand.score = _place_score(ctx, m.start())
            return cand
    return None


def _president_state(ctx: Context, m: re.Match[str], a: int) -> str | None:
    """The state of the president of a _PRESIDENT_RECEIVED match: "President of X", or the
    demonym before "President" ("Tajik President")."""
    lex = ctx.lex
    if m.group("of"):
        country = lex.country_by_name(m.group("of"))
        return country.code if country else None
    before = _DEMONYM_BEFORE.search(ctx.text, max(a, m.start() - 30), m.start())
    if before is None:
        return None
    codes = codes_in(ctx, before.start("who"), before.end("who"))
    return codes[0] if codes else None


def _first_state_start(ctx: Context, a: int, b: int, code: str) -> int:
    """Where the state ``code`` is first named in text[a:b]."""
    for k in range(bisect_left(ctx.geo_starts, a), len(ctx.geo)):
        g = ctx.geo[k]
        if g.start >= b:
            break
        if ctx.country_code(g) == code:
            return g.start
    return b


_ATTENDED_BETWEEN = re.compile(
    r"(?:the\s+)?(?P<agencies>[\w -]{3,60}?)\s+(?:attended|took part in|participated in)\s+"
    r"(?:the\s+|a\s+|an\s+)?[\w -]{0,60}?\b(?:meeting|conference|talks|consultations)\s+"
    r"between\s+(?:the\s+)?$"
)


_OWNER_MINISTERS = re.compile(
    r"\b(CIS|SCO|CSTO)(?: member[- ]states['’]?)? (?:interior|internal affairs)"
    r" (?:ministers|chiefs)\b",
    re.IGNORECASE,
)


def _add(
    cands: dict[str, _Candidate],
    name: str,
    ref: int,
    start: int,
    end: int,
    score: float,
    descriptive: bool,
) -> None:
    """Add ``score`` to the candidate called ``name``, made at its first mention."""
    cand = cands.get(name)
    if cand is None:
        cand = cands[name] = _Candidate(name, ref, start, end, descriptive)
    cand.score += score


def _add_organ_of(ctx: Context, cands: dict[str, _Candidate], org_match: Match) -> bool:
    """A body of a body ("Secretariat of the Council ...", an experts' meeting for a council)
    as its own, descriptive candidate; whether one was added."""
    org = ctx.lex.org_list[org_match.ref]
    before = ctx.text[max(0, org_match.start - 120) : org_match.start]
    # a body of a body ends "... of the " or "... for the " right before the name
    part = (
        _PART_OF.search(before)
        if _OF_BEFORE.search(before[-12:]) and _ORGAN_WORD.search(before)
        else None
    )
    if not (part and (part.group("experts") or org.kind == "body")):
        return False
    if part.group("experts"):
        # an experts' meeting for a council is not the council's session
        name = "Experts of the " + org.name
        score = _place_score(ctx, org_match.start)
        _add(cands, name, -1, org_match.start, org_match.end, score, True)
        return True
    organ = part.group("organ")
    start = org_match.start - len(before) + part.start("organ")
    if organ.split()[0] in ("The", "A"):
        return False
    link = "under" if part.group("under") else "of"
    full = tidy_name(ctx, f"{organ} {link} the {org.name}", start)
    score = _place_score(ctx, start)
    _add(cands, full, -1, start, org_match.end, score, True)
    return True


def _known_body_score(ctx: Context, org_match: Match, index: int) -> float:
    """A gazetteer body's points where it stands, less when it is listed with others, its
    people take part, or it is only the framework."""
    score = _place_score(ctx, org_match.start)
    tail = ctx.low[max(0, org_match.start - 40) : org_match.start].rstrip()
    if _in_org_list(ctx, org_match, index):
        score -= 4
    elif tail.endswith(_OF_ENDS) and _DELEGATES_OF.search(tail):
        score -= 3  # "representatives of the Council ... participated": it takes part
    elif tail.endswith(_OF_ENDS) and _UMBRELLA.search(tail):
        score -= 2  # "cooperation within the framework of the Council": the umbrella
    elif (
        tail.endswith(_OF_ENDS) and _OFFICIAL_OF.search(tail) and ctx.sent_idx(org_match.start) > 0
    ):
        # "Executive Secretary of the Council Leonid ..." after the first sentence: the body
        # its official serves, not the meeting's convener
        score -= 2
    return score


def _convenes_itself(ctx: Context, org_match: Match) -> bool:
    """Whether an international organization convenes the meeting: "OSCE organizes ...",
    "a meeting organized by the ...", "UNODC-supported meeting", "the EAG plenary"."""
    before = ctx.low[max(0, org_match.start - 50) : org_match.start]
    return bool(
        convenes_after(ctx, org_match.end)
        or (before.rstrip().endswith((" by", " of", " the")) and _CONVENED_BY.search(before))
        or _SUPPORTED.match(ctx.low, org_match.end)
        or _PLENARY_AFTER.match(ctx.text, org_match.end)
    )


# "as part of the preparations for the meeting of the SCO Heads of State Council", "ahead of
# the summit of the CSTO": another, coming meeting that this one prepares
_PREPARING_FOR = re.compile(
    r"\b(?:(?:preparations? for|preparing for|prepare for|ahead of|in the run-up to"
    r"|on the eve of|in advance of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"|(?:to hold|holding|hold) (?:the\s+)?next\s+)(?:meeting|summit|session|sitting)s?"
    r"\s+of\s+(?:the\s+)?$"
)


def _prepared_for(ctx: Context, org_match: Match) -> int:
    """4 when the organization's name follows "preparations for the meeting of"; 8 when it
    names the body whose meeting "will be held", outside the sentence announcing the report's
    own meeting: that meeting is another one; else 0."""
    before = ctx.low[max(0, org_match.start - 80) : org_match.start]
    if _PREPARING_FOR.search(before):
        return 4
    sentence = ctx.sent_idx(org_match.start)
    if (
        sentence > 0
        and MEETING_BEFORE.search(before)
        and _WILL_BE_HELD_AFTER.match(ctx.low, org_match.end)
        and announcement_lead(ctx) != sentence
    ):
        # "Aliyev said the general meeting of the International Association of Prosecutors
        # will be held in Azerbaijan": another body's coming meeting, never this one's body
        return 8
    return 0


_WILL_BE_HELD_AFTER = re.compile(
    r"(?:\s*\([^()]{1,12}\))?\s+(?:will|is to|is going to) (?:be held|take place|convene)\b"
)


# a body's name that is its meeting's ("joint meeting of the Council of Foreign Ministers,
# the Council of Defence Ministers and ..."): the words before a body's name that tell its
# meeting are part of this one's
_NAMES_ITS_MEETING = re.compile(r"(?:joint |extended |regular )?(?:meeting|session|sitting)s? of\b")


def _add_known_bodies(
    ctx: Context, cands: dict[str, _Candidate], meetings: list[MemberMeeting]
) -> set[int]:
    """The gazetteer's bodies and the international organizations convening a meeting
    themselves, scored; the starts of every organization's name. An organization named as the
    one whose member states' office-holders meet ("heads of border services of the SCO member
    states held their meeting") does not convene it itself."""
    org_starts: set[int] = set()
    # a body named after its organization's name ("the CSTO Coordinating Council on ..."):
    # where the whole name starts, for its place
    owned_from: dict[int, int] = {}
    for index, org_match in enumerate(ctx.orgs):
        org = ctx.lex.org_list[org_match.ref]
        org_starts.add(org_match.start)
        if _add_organ_of(ctx, cands, org_match):
            continue
        owned = its_body_after(ctx, org_match.end) if org.kind == "international" else None
        if owned is not None:
            _add_owned_body(ctx, cands, org_match, owned, owned_from)
        elif org.kind == "body":
            start = owned_from.get(org_match.start, org_match.start)
            score = _known_body_score(ctx, org_match, index) - _prepared_for(ctx, org_match)
            if _NAMES_ITS_MEETING.match(ctx.low, org_match.start):
                score += 3  # "a joint session of the Council of ...": as after "meeting of"
            if start != org_match.start:
                score = max(score, _place_score(ctx, start) - _prepared_for(ctx, org_match))
            _add(cands, org.name, org_match.ref, org_match.start, org_match.end, score, False)
        elif (
            org.kind == "international"
            and not any(m.start <= org_match.start < m.end for m in meetings)
            and _convenes_itself(ctx, org_match)
            and not _in_org_list(ctx, org_match, index)
        ):
            score = _place_score(ctx, org_match.start) - 1 - _prepared_for(ctx, org_match)
            _add(cands, org.name, org_match.ref, org_match.start, org_match.end, score, False)
    return org_starts


def _add_owned_body(
    ctx: Context,
    cands: dict[str, _Candidate],
    org_match: Match,
    owned: tuple[int, int],
    owned_from: dict[int, int],
) -> None:
    """An international organization's name going on with its body's name: a gazetteer body
    named there takes its place from where the organization's name starts; a body the
    gazetteer lacks is a descriptive candidate under the owner's acronym ("CSTO Coordinating
    Council on Biological Safety") when the organization would have convened the meeting."""
    start, end = owned
    following = next((m for m in ctx.orgs if start <= m.start < end), None)
    if following is not None:
        owned_from[following.start] = org_match.start
        return
    if not _convenes_itself(ctx, org_match):
        return
    described = descriptive_name(ctx, start)
    name_end = described[1] if described and described[2] < 0 else end
    org = ctx.lex.org_list[org_match.ref]
    phrase = ctx.text[start:name_end].strip()
    name = tidy_name(ctx, f"{org.acronym or org.name} {phrase}", org_match.start)
    # a council the text names is as much a body as one the gazetteer knows
    score = _place_score(ctx, org_match.start) - _prepared_for(ctx, org_match)
    _add(cands, name, -1, org_match.start, name_end, score, True)


def _add_described_bodies(ctx: Context, cands: dict[str, _Candidate], org_starts: set[int]) -> None:
    """Bodies named by description after "meeting of" (body_names.descriptive_name)."""
    for cue in ctx.cue_finditer(_MEETING_OF, 0, len(ctx.low)):
        pos = cue.end()
        if pos in org_starts or ctx.in_org(pos):
            continue
        described = descriptive_name(ctx, pos)
        if described:
            name, end, ref = described
            if _EXPERTS_BEFORE.search(ctx.low, max(0, cue.start() - 30), cue.start() + 1):
                # "the Expert Group Meeting of Heads of ...": the experts of that body
                name = "Experts of the " + name
                ref = -1
            if ref < 0 and coming_meeting(ctx, pos):
                # "will participate in a meeting of ...", "the forthcoming session of ...", in
                # a report of what was said at a meeting held: a coming meeting, not the
                # report's
                continue
            # a description names a body only when no known body stands as well
            score = _place_score(ctx, pos) - (3 if ref < 0 else 0)
            _add(cands, name, ref, pos, end, score, ref < 0)


def _gazetteer_body_within(ctx: Context, start: int, end: int) -> bool:
    """Whether a gazetteer body's name lies within text[start:end]."""
    i = bisect_left([m.start for m in ctx.orgs], start)
    return any(
        m.start < end and ctx.lex.org_list[m.ref].kind == "body" for m in ctx.orgs[i : i + 3]
    )


def _add_member_meetings(
    ctx: Context, cands: dict[str, _Candidate], meetings: list[MemberMeeting]
) -> None:
    """Meetings of one office across an organisation's member states (member_meetings): the
    office-holders named outweigh a neighbouring body of the same organisation that the text
    also names. A phrase the gazetteer already read as a body (with its experts' and
    preparatory meetings) or a description already named is left as it is."""
    for meeting in meetings:
        if _gazetteer_body_within(ctx, meeting.start, meeting.end):
            continue
        known = cands.get(meeting.name)
        if known is not None and meeting.start <= known.start < meeting.end:
            continue  # the description after "meeting of" has read this phrase already
        score = _place_score(ctx, meeting.start) + (1 if meeting.ref >= 0 else -2)
        # a description read inside the same phrase is this meeting under a looser name
        inside = [
            c
            for c in cands.values()
            if c.descriptive and c.ref < 0 and meeting.start <= c.start < meeting.end
        ]
        for described in inside:
            score = max(score, described.score)
            del cands[described.name]
        _add(cands, meeting.name, meeting.ref, meeting.start, meeting.end, score, meeting.ref < 0)


_MET = CI(r"\b(?:met|meet|held talks|hold talks)\b")


def _bodies_only_after_lead(ctx: Context, cands: dict[str, _Candidate]) -> bool:
    """Whether every body the text names stands after its first two sentences, out of the
    title: named there, a council is only the occasion or the context of what the lead tells."""
    return all(
        c.score <= 0 or (ctx.sent_idx(c.start) >= 2 and not ctx.in_title(c.start))
        for c in cands.values()
    )


def _lead_tells_ministers_met(ctx: Context, bil: _Candidate, cands: dict[str, _Candidate]) -> bool:
    """Whether the lead tells two states' interior ministers meeting ("the Minister of Internal
    Affairs of Russia ... and the Minister of Internal Affairs of Kazakhstan met in Moscow"):
    their ministries are then the body, above a council the text names later. The bilateral
    candidate then outranks the bodies named later."""
    if not bil.descriptive:
        return False
    i = ctx.sent_idx(bil.start)
    a, b = ctx.doc.sentences[i]
    if i > 1 or not _MET.search(ctx.sent_text(i)) or len(codes_in(ctx, a, b)) != 2:
        return False
    bil.score = max(bil.score, 1 + max(c.score for c in cands.values()))
    return True


def known_by_subject(ctx: Context, name: str, start: int) -> int | None:
    """The gazetteer body a described body at ``start`` stands for, when its owner, kind of
    body and subject (from its words and the rest of its sentence) agree with one body alone
    (NameIndex.by_subject), else None."""
    lex = ctx.lex
    index = lex.name_index
    end = ctx.doc.sentences[ctx.sent_idx(start)][1]
    return index.by_subject(
        name_words(name, index.multi),
        agency_kinds(ctx.text[start:end], index.multi),
        lambda ref: lex.org_list[ref].kind == "body",
    )


# "The 13th Paris Pact Policy Consultative Group Meeting was held", "Paris Pact Expert Working
# Groups held in Almaty": a body's own capitalised name, its meeting held (not after "of",
# where "meeting of the X" names it already)
_NAME_HELD = re.compile(
    r"(?<![Oo]f )(?<![Oo]f the )(?<![\w-])(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|on|for"
    r"|and)){1,7}?\s+(?:Group|Groups|Council|Committee|Commission|Forum|Board))"
    r"(?:\s+(?:Meeting|Session|Plenary))?\s+(?:was\s+|were\s+)?held\b"
)


def _name_before_held(ctx: Context) -> tuple[str, int, float] | None:
    """A body named by its own capitalised name right before its meeting "was held", in the
    title or the lead, that the gazetteer does not know."""
    sentences = ctx.doc.sentences
    end = sentences[min(3, len(sentences)) - 1][1]
    if ctx.low.find("held", 0, end) == -1:
        return None
    found = _NAME_HELD.search(ctx.text, 0, end)
    if found is None:
        return None
    name = found.group("name")
    if name.startswith(("The ", "This ", "A ")):
        return None
    return name, found.start("name"), 0.4


def find_body(
    ctx: Context, participating: list[str]
) -> tuple[str | None, Span | None, float, Match | None]:
    """The convening body: the gazetteer's bodies (under any wording, orgnames), international
    organizations that convene a meeting themselves, or a body named by description ("the
    meeting of heads of the border agencies of ..."), scored by where they stand."""
    cands: dict[str, _Candidate] = {}
    meetings = member_meetings(ctx)
    org_starts = _add_known_bodies(ctx, cands, meetings)
    _add_described_bodies(ctx, cands, org_starts)
    _add_member_meetings(ctx, cands, meetings)
    named = any(c.score > 0 for c in cands.values())
    # ministers of a few states meeting, no body named (or named only as the occasion)
    lead_only = named and _bodies_only_after_lead(ctx, cands)
    bilateral = (
        _bilateral(ctx) if not named or lead_only or _two_sentences_on_ministers(ctx) else None
    )
    if bilateral is None and not named:
        bilateral = (
            _customs_and_border(ctx) or _agencies_of_states_met(ctx) or _president_received(ctx)
        )
    elif bilateral is not None and not named and ctx.sent_idx(bilateral.start) > 1:
        # the ministries' cooperation told after a lead where a head of state receives one
        # of them: the reception is the meeting
        received = _president_received(ctx)
        if received is not None and received.start < bilateral.start:
            bilateral = received
    if bilateral is not None and (
        not named
        or _bilateral_story(ctx, bilateral)
        or (lead_only and _lead_tells_ministers_met(ctx, bilateral, cands))
    ):
        cands[bilateral.name] = bilateral
    if cands:
        best = max(cands.values(), key=lambda c: (c.score, not c.descriptive, -c.start))
        known = known_by_subject(ctx, best.name, best.start) if best.ref < 0 else None
        if known is not None:
            best.name, best.ref, best.descriptive = ctx.lex.org_list[known].name, known, False
        if best.score > 0:
            conf = 0.4 if best.descriptive else min(1.0, 0.5 + best.score / 10)
            match = Match(best.start, best.end, "org", best.ref)
            ctx.body_span = (best.start, best.end)
            return best.name, ctx.span(best.start), conf, match
    outside = named_outside_gazetteer(ctx, participating) or _name_before_held(ctx)
    if outside:
        name, pos, conf = outside
        known = known_by_subject(ctx, name, pos)
        if known is not None:
            org = ctx.lex.org_list[known]
            ctx.body_span = (pos, pos)
            return org.name, ctx.span(pos), conf, Match(pos, pos, "org", known)
        return name, ctx.span(pos), conf, None
    return None, None, 0.0, None
