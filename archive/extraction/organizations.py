"""The international organizations and bodies taking part in the meeting (not the convening
body, not a report's source, not a framework the meeting stands in)."""

from __future__ import annotations

import re
from bisect import bisect_left

from . import people
from .bodies import MEETING_BEFORE, convenes_after
from .context import (
    MEETING,
    OTHER_EVENT,
    PART_CUE,
    Context,
    Span,
    bullet_of_participants,
    sentence_cue,
)
from .lexicon import Match
from .orgnames import name_words
from .rx import CI

_FRAMEWORK = CI(
    r"\b(?:framework of|within the|channels?|through|via|member states of|cooperation with"
    r"|auspices|platform of|model of|experience of|(?<!as well as )members of|format of|line of"
    r"|as part of|in the (?:framework|format|course|context|session|meeting|sitting|work|field)"
    r"|agreements? (?:of|with|within))\b"
)


_MEMBER_STATES_AFTER = re.compile(
    r"(?:['’]s)?\)?\s*(?:\([^)]{1,12}\)\s*)?(?:member |participating )?"
    r"(?:states|countries|nations)\b"
    # "Heads of CSTO member state", "delegations from SCO and CIS countries"
    r"|\s+member[- ](?:state|country)\b|\s+and\s+[a-z]{2,5}\s+(?:member\s+)?(?:states|countries)\b"
)


# where a report names its source: the organization is not taking part for that
_SOURCE_BEFORE = re.compile(
    r"\b(?:press (?:service|office|centre|center|secretary)|website|according to|learned from"
    r"|reported by|citing|with (?:a )?reference to|information (?:department|service)|told)"
    r"\s+(?:of\s+)?(?:the\s+)?$"
)
_AGAINST_BEFORE = re.compile(r"\bagainst\s+(?:the\s+)?$")
# where a meeting is held, at an organization's office: the place, not who took part
_ITS_PREMISES_BEFORE = re.compile(
    r"\bat the (?:[\w()-]+ ){0,12}?(?:office|headquarters|premises|building)\b[^.;,]{0,60}"
    r"\bof\s+(?:the\s+)?$"
)
# "Specialists of the CIS ATC proposed", "the head of the CIS Anti-Terrorism Center ... will
# present a report": the organization's people speak at the meeting
_OFFICIAL_OF = re.compile(
    r"\b(?:specialists|experts|representatives?|delegations?|staff|officials?|head|director"
    r"|chairman|secretary[- ]general|deputy secretary[- ]general|executive secretary"
    r"|leadership|management)"
    r"\s+of\s+(?:the\s+)?$"
)
# "Commissioner X represented the European Commission at the meeting", "heard a presentation
# by the European Commission": the organisation's people act at the meeting
_ACTS_AT_THE_MEETING = re.compile(
    r"\b(?:represented|(?:presentation|report|briefing|address|speech|statement)s?\s+"
    r"(?:(?:was|were)\s+)?(?:(?:made|given|delivered)\s+)?by)\s+(?:the\s+)?$"
)
# the organisation's people named after its name: "the EU delegation", "UNODC experts"
_ITS_PEOPLE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:delegation|delegates|representatives|experts|specialists|officials"
    r"|staff|team|mission)\b"
)
# a sentence that names the organizations the one before said took part
_ANAPHORIC_LIST = re.compile(
    r"(?:The|These|Those) (?:bodies|organi[sz]ations|structures|agencies)\b|Among them\b"
    r"|They (?:were|included)\b"
)
# a post someone is appointed to is no sign that the organization took part
_APPOINTMENT = re.compile(r"\b(?:candida\w*|appoint\w*|nominat\w*|(?:position|post) of)\b")
_ORGANISED_BY = re.compile(
    r"\b(?:organi[sz]ed|co-organi[sz]ed|hosted|convened) by\b"
    # "the forum was organized ... with the support of the OSCE Programme Office": the event's
    # sponsor takes part (not a project's funder)
    r"|\b(?:organi[sz]ed|arranged|held|conducted|hosted)\b[^.;]{0,120}?"
    r"\bwith the (?:technical |expert )?support of\b"
)


# an organ of the United Nations the reference data does not know, named with the UN's name
# before it: "the UN Security Council", "the Monitoring Group of the UN Security Council's
# Committees", "the UN Subcommittee on Prevention of Torture" - that organ, not the UN
_UN_ORGAN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:Security Council|Monitoring Group|Sub-?[Cc]ommittee|Committee|Commission"
    r"|General Assembly|Human Rights Council)\b"
)


# a sentence that opens on an earlier event: "Earlier in February, ...", "Previously, ...",
# "In February, talks ... were held" (a month alone, without its day)
_EARLIER_OPENING = re.compile(
    r"(?:Earlier|Previously|Before that)\b|In (?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December),"
)


# an organization's organ or programme named with the possessive: "the SCO's Council of the
# Regional Anti-Terrorist Structure", "the European Union's Central Asia Drug Action
# Programme" - the organ or the programme's people take part
_ITS_ORGAN_AFTER = re.compile(
    r"['’]s(?:\s+[A-Z][\w-]*){0,5}?\s+(?:Programme|Program|Council|Committee|Commission|Mission"
    r"|Cent(?:re|er)|Structure|Bureau)\b"
)


# between a body's name and its owner's: "... Structure of the Shanghai Cooperation ...",
# "... Structure (RATS) of the Shanghai ..." (the body's acronym in brackets between)
_OWNER_OF = re.compile(r"(?:\s*\([^()]{1,15}\)|\))?\s+of\s+(?:the\s+)?")
# "the member countries of the Shanghai Cooperation Organization": the states of a framework
_MEMBER_STATES_BEFORE = re.compile(
    r"\b(?:member|participating) (?:states|countries|nations)\s+of\s+(?:the\s+)?$"
)


# one body of an organisation, named by what it does: "the regional counter-terror body of"
_A_BODY_OF = re.compile(r"\b(?:the|a|its) (?:[\w-]+ ){1,4}body of (?:the )?$")
_ACRONYM_BETWEEN = re.compile(r"\)?\s*(?:\([^()]{1,15}\)\s*)?")


def _owner_right_after(ctx: Context, body: Match, org_match: Match) -> bool:
    """Whether ``org_match`` names the organisation that owns the body named right before it,
    nothing but an acronym in brackets between ("Structure (RATS) SCO")."""
    if not _ACRONYM_BETWEEN.fullmatch(ctx.text, body.end, org_match.start):
        return False
    index = ctx.lex.name_index
    owners = index.owner_of.get(body.ref, frozenset())
    return bool(owners) and bool(
        name_words(ctx.lex.org_list[org_match.ref].name, index.multi) & owners
    )


def _not_a_participant(ctx: Context, org_match: Match, kind: str) -> bool:
    """Whether a name stands where it cannot name a participant: inside the convening body's
    name, as the body a meeting is "of", as a framework of member states."""
    start, end = org_match.start, org_match.end
    if ctx.body_span and ctx.body_span[0] <= start < ctx.body_span[1]:
        return True  # "Committee of ... of the Council of Heads of Customs Services": the body
    if kind == "body" and MEETING_BEFORE.search(ctx.low, max(0, start - 40), start):
        return True  # "a meeting of the Council of Defense Ministers was held on April 27"
    i = bisect_left(ctx.orgs, start, key=lambda o: o.start)
    if start > 1 and ctx.text[start - 1] == "(" and i > 0:
        named = ctx.orgs[i - 1]
        if named.ref == org_match.ref and not ctx.text[named.end : start - 1].strip():
            return _not_a_participant(ctx, named, kind)  # "(SCO)" glosses the name before it
    if i > 0 and _OWNER_OF.fullmatch(ctx.text, ctx.orgs[i - 1].end, start):
        return True  # "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization"
    if "body of" in ctx.low[max(0, start - 20) : start] and _A_BODY_OF.search(
        ctx.low, max(0, start - 60), start
    ):
        return True  # "the regional counter-terror body of the Shanghai Cooperation Organization"
    if i > 0 and _owner_right_after(ctx, ctx.orgs[i - 1], org_match):
        return True  # "the Executive Committee of the Regional Anti-Terrorism Structure (RATS) SCO"
    if "ember" in ctx.low[max(0, start - 30) : start] and _MEMBER_STATES_BEFORE.search(
        ctx.low, max(0, start - 45), start
    ):
        return True  # "a meeting of prosecutors of the member countries of the SCO"
    if ctx.text[end : end + 1] in (" ", "’", "'") and _UN_ORGAN_AFTER.match(ctx.text, end):
        return ctx.lex.org_list[org_match.ref].name == "United Nations"
    if ctx.text[end : end + 1] in ("’", "'") and _ITS_ORGAN_AFTER.match(ctx.text, end):
        return True  # "the SCO's Council of the Regional Anti-Terrorist Structure": its organ
    # "ministers of the SCO member states": a framework, not a participant ("Assembly of the
    # CIS member states" is a name that goes on)
    return bool(_MEMBER_STATES_AFTER.match(ctx.low, end) and " of " not in ctx.text[start:end])


def _told_taking_part(ctx: Context, org_match: Match) -> bool:
    """Whether the sentence tells the organization taking part: it convenes, its people speak
    or take part, a list after "bodies participated" names it, or a participation cue stands
    before it (not across a framework, a colon or 600 characters) or after it."""
    start = org_match.start
    sentence = ctx.sent_idx(start)
    a, b = ctx.doc.sentences[sentence]
    if _EARLIER_OPENING.match(ctx.text, a):
        return False  # "Earlier in February, the officials held talks with ... the OSCE"
    if _SOURCE_BEFORE.search(ctx.low, max(a, start - 45), start):
        return False  # "BelTA learned from the press service of the CIS Executive Committee"
    if _AGAINST_BEFORE.search(ctx.low, max(a, start - 12), start):
        return False  # "the West's activities against the Union State": the object of acts
    named = _name_before_acronym(ctx, org_match)
    if _ITS_PREMISES_BEFORE.search(ctx.low, max(a, named - 120), named):
        return False  # "in Baku at the Regional Office ... of the World Customs Organization"
    if convenes_after(ctx, org_match.end):
        return True  # "the SCO RATS Executive Committee hosted ..."
    if "ecretar" in ctx.text[max(a, start - 40) : org_match.end + 30] and _its_leadership(
        ctx, org_match, a, b
    ):
        return True  # "the CSTO Deputy Secretary General ... took the floor"
    if (
        _ITS_PEOPLE_AFTER.match(ctx.low, org_match.end)
        and (ctx.has(MEETING, sentence) or ctx.has(people.PARTICIPATION, sentence))
        and not ctx.has(people.PRESS, sentence)
        and not _APPOINTMENT.search(ctx.low, a, b)
    ):
        return True  # "A meeting with the EU delegation was held", "UNODC experts took part"
    if (
        _OFFICIAL_OF.search(ctx.low, max(a, start - 60), start)
        and (ctx.has(people.SPEECH, sentence) or ctx.has(people.PARTICIPATION, sentence))
        and not ctx.has(people.PRESS, sentence)
        and not _APPOINTMENT.search(ctx.low, a, b)
    ):
        return True  # "Specialists of the CIS ATC proposed ..."
    if _ACTS_AT_THE_MEETING.search(ctx.low, max(a, start - 50), start) and not ctx.has(
        OTHER_EVENT, sentence
    ):
        return True  # "X represented the European Commission at the meeting"
    if (
        sentence > 0
        and _ANAPHORIC_LIST.match(ctx.text, a)
        and ctx.has(people.PARTICIPATION, sentence - 1)
    ):
        return True  # "... bodies participated. The bodies ... are X, Y"
    if bullet_of_participants(ctx, sentence):
        return True  # "The event was attended by representatives of:\n- 3 international ..."
    before = ctx.text[a:start]
    cue = None
    for c in PART_CUE.finditer(before):
        if ctx.in_org(a + c.start()):
            continue  # "Council of the heads of the competent ..."
        if _THE_MEETINGS_PARTICIPANTS.match(before, c.start()):
            continue  # "The participants of the meeting discussed ... the CSTO's regions"
        cue = c
    if cue is None:
        return _cue_after(ctx, org_match, a, b, before)
    between = before[cue.end() :]
    if _FRAMEWORK.search(between) and not re.search(r"representatives?", between, re.I):
        return False
    if (
        ":" in between
        and not _LIST_AFTER_VERB.match(cue.group(0) + between)
        and not _FOLLOWING_LIST.search(between)
    ):
        return False  # "... heads of the competent authorities in Yerevan: the CSTO is"
    return len(between) <= 600


_LEADERSHIP_BEFORE = re.compile(
    r"\b(?:Secretariat|(?:Deputy )?Secretary[- ]General)\s+of\s+(?:the\s+)?$"
)
_LEADERSHIP_AFTER = re.compile(r"(?:['’]s)?\s+(?:Secretariat|(?:Deputy )?Secretary[- ]General)\b")


# the secretary-general's own audience or talks, another meeting than the one reported
_OWN_TALKS = re.compile(r"\b(?:reported to|met with|meets with|receiv(?:es|ed))\b")


def _its_leadership(ctx: Context, org_match: Match, a: int, b: int) -> bool:
    """Whether the organization's secretariat or secretary-general is named (not as the
    report's source, not appointed): its people are at the meeting."""
    start = org_match.start
    before = _LEADERSHIP_BEFORE.search(ctx.text, max(a, start - 40), start)
    if before is None and not _LEADERSHIP_AFTER.match(ctx.text, org_match.end):
        return False
    at = before.start() if before else start
    if _SOURCE_BEFORE.search(ctx.low, max(a, at - 45), at) or _APPOINTMENT.search(ctx.low, a, b):
        return False
    if _OWN_TALKS.search(ctx.low, a, b):
        return False  # "the CSTO Secretary General reported to the President": his own talks
    return not ctx.has(people.PRESS, ctx.sent_idx(start))


def _name_before_acronym(ctx: Context, org_match: Match) -> int:
    """Where the name starts that an acronym in brackets right after it glosses ("World Customs
    Organisation (WCO)"), else where the match starts."""
    start = org_match.start
    if start < 2 or ctx.text[start - 1] != "(":
        return start
    i = bisect_left(ctx.orgs, start, key=lambda o: o.start)
    if i > 0 and ctx.text[ctx.orgs[i - 1].end : start - 1].strip() == "":
        return ctx.orgs[i - 1].start
    return start


def _cue_after(ctx: Context, org_match: Match, a: int, b: int, before: str) -> bool:
    """No participation cue before the name: organized by it, or "X attended" after it (and
    no framework just before)."""
    start = org_match.start
    organiser = _ORGANISED_BY.search(ctx.low, max(a, start - 120), start)
    if organiser and not re.search(r"[.;]", ctx.text[organiser.end() : start]):
        return True  # "organized by the ... and the Bureau"
    if _ORGANISERS_HINT.search(ctx.low, a, start) and _in_organisers_list(ctx, a, start):
        return True  # "co-organized by the A, the B (B), ..., the C": each of the organisers
    if _STAGES_AN_EVENT_HINT.search(ctx.low, org_match.end, min(b, org_match.end + 90)) and (
        _STAGES_AN_EVENT.match(ctx.low, org_match.end)
    ):
        return True  # "the UNODC conducted a 3-day seminar", "..., together with the UNODC, hosted"
    cue = _TOOK_PART.search(ctx.text[org_match.end : b])
    if cue is None:
        return False
    return not _FRAMEWORK.search(before[-40:])


# who stages or backs the event, with the list of them after it: "co-organized by the A, the
# B, ... and the C", "organised by the A in co-operation with the B, the C and the D", "with
# the support of the A and the B"
_ORGANISERS_HINT = re.compile(r"organi[sz]ed\b")
# the event organised (not a project funded, not an event to come): "organized by", or
# "organized" before the partners ("organised by the A in co-operation with the B")
_ORGANISERS = re.compile(
    r"\b(?:co-)?organi[sz]ed\b(?:[^.;]{0,200}?\b(?:with the (?:technical |expert |financial )?"
    r"support of|under (?:the )?support of|in co-?operation with|in partnership with)|"
    r" (?:jointly )?by)\s"
)
# the words of a list of names: words, their acronyms in brackets, commas, dashes; a verb, a
# clause or a date ends it
_NAMES_LIST = re.compile(r"(?:[\s,]+|\([^()]{1,40}\)|[\w’'&./-]+|–)*")
_NOT_A_NAME = re.compile(
    r"\b(?:was|were|is|are|be|been|being|has|have|had|will|would|held|took|takes|which|who|that"
    r"|where|when|while|discussed|said|noted|aimed|focused|launched|attended|during|after|before"
    r"|since|on \d|in \d)\b"
)


def _in_organisers_list(ctx: Context, a: int, start: int) -> bool:
    """Whether the name at ``start`` stands in the list of names after an organiser cue of its
    sentence: nothing but names, brackets and connectors between the cue and it."""
    for cue in _ORGANISERS.finditer(ctx.low, a, start):
        if start - cue.end() > 400:
            continue
        between = _NAMES_LIST.match(ctx.text, cue.end(), start)
        if between.end() == start and not _NOT_A_NAME.search(ctx.low, cue.end(), start):
            return True
    return False


# the organization as one who stages the event, right after its name (its acronym in brackets,
# a closing comma or "last month" between): "the UNODC conducted a 3-day seminar", "... and
# the UNODC last month jointly organised the country's first forum", "the Committee, together
# with the UNODC, hosted the annual meeting"
_STAGES_AN_EVENT_HINT = re.compile(r"\b(?:hosted|organi[sz]ed|conducted|convened)\b")
_STAGES_AN_EVENT = re.compile(
    r"(?:\s*\([^()]{1,15}\))?,?\s+(?:(?:last|this|next)\s+\w+\s+|today\s+|yesterday\s+)?"
    r"(?:jointly\s+|also\s+)?(?:hosted|organi[sz]ed|conducted|convened)\s+(?:a|an|the|its)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:meeting|session|seminar|workshop|round ?table|forum|conference"
    r"|training|course)\b"
)


# "the following observers took part: ..., CIS ATC, OSCE": a list right after the verb
_LIST_AFTER_VERB = re.compile(
    r"(?:took part|participated|attended|were present|joined by)\b[^:.;]{0,30}:[^:.;]*$"
)
# "... as well as the following observers and invited delegations: Armenia, ..., CIS ATC"
_FOLLOWING_LIST = re.compile(
    r"\bthe following (?:[\w-]+ ){0,4}?(?:observers|delegations|organi[sz]ations|bodies|agencies"
    r"|participants|representatives|guests)\b[^:.;]{0,40}:[^:.;]*$",
    re.IGNORECASE,
)
# "the participants of the meeting": the meeting's people as a subject, no list of who came
_THE_MEETINGS_PARTICIPANTS = re.compile(
    r"participants (?:of|from) (?:the |this |today's |today’s )?(?:\w+ )?"
    r"(?:meeting|session|sitting|conference|event|forum|talks|consultations)\b",
    re.IGNORECASE,
)
_TOOK_PART = re.compile(r"\b(?:attended|took part|participated|were present)\b")


def find_organizations(
    ctx: Context, persons: list[people.Person], body_name: str | None
) -> dict[str, Span]:
    """The international organizations and bodies taking part, other than the convening body,
    with where each is first told taking part; then the organizations of people taking part."""
    out: dict[str, Span] = {}
    for org_match in ctx.orgs:
        org = ctx.lex.org_list[org_match.ref]
        if org.kind not in ("international", "body") or org.name == body_name or org.name in out:
            continue
        if _not_a_participant(ctx, org_match, org.kind):
            continue
        if _told_taking_part(ctx, org_match):
            out[org.name] = ctx.span(org_match.start)
    for name, span in _owners_bodies_listed(ctx):
        if name != body_name and name not in out:
            out[name] = span
    if body_name and "-" in body_name:
        party = _party_in_body_name(ctx, body_name)
        if party is not None and party not in out:
            out[party] = ctx.span(ctx.body_span[0] if ctx.body_span else 0)
    for p in persons:
        if (
            p.participant
            and p.organization
            and p.organization != body_name
            and p.organization not in out
            and p.evidence
        ):
            out[p.organization] = ctx.span(p.evidence[0])
        elif p.participant and p.organization is None and p.country is None and p.evidence:
            named = _organisation_meant(ctx, p.title, p.evidence[0])
            if named is not None and named != body_name and named not in out:
                out[named] = ctx.span(p.evidence[0])
    return out


# "the Secretary General of the organization", "the organisation's secretary-general": an
# officer of the organisation the report has named, by a word standing for its name
_ITS_OFFICER = CI(
    r"\b(?:(?:deputy )?secretary[- ]general of the organi[sz]ation\b"
    r"|organi[sz]ation['’]s (?:deputy )?secretary[- ]general)"
)


_ORGANISATION_WORD = re.compile(r"Organi[sz]ation\b")


def _organisation_meant(ctx: Context, title: str | None, at: int) -> str | None:
    """The international organisation an officer's title names by "the organization": the
    nearest one named before the officer whose name is an organisation's ("Shanghai Cooperation
    Organization", "CSTO")."""
    if not title or "rgani" not in title or not _ITS_OFFICER.search(title):
        return None
    for m in reversed(ctx.orgs):
        if m.start >= at:
            continue
        org = ctx.lex.org_list[m.ref]
        if org.kind == "international" and _ORGANISATION_WORD.search(org.name):
            return org.name
    return None


# "EU-Russia Permanent Partnership Council", "Ukraine-EU Subcommittee": an organization and a
# state joined by a hyphen at the start of a body's name, the body's two parties
_PARTY_PAIR = re.compile(r"(?P<a>[A-Z][\w.]*)\s*[-–]\s*(?P<b>[A-Z][\w.]*)\b")


def _party_in_body_name(ctx: Context, body_name: str) -> str | None:
    """The international organization a body's name pairs with a state ("EU-Russia ..."): one
    of the body's two parties, so it takes part in the body's meeting."""
    pair = _PARTY_PAIR.match(body_name)
    if pair is None:
        return None
    lex = ctx.lex
    for org_word, state_word in (pair.group("a", "b"), pair.group("b", "a")):
        org = lex.org_by_name(org_word)
        if org is not None and org.kind == "international" and lex.country_by_name(state_word):
            return org.name
    return None


# "representatives of the CIS bodies (Executive Committee, ..., Interparliamentary Assembly)",
# "working structures of 13 CIS bodies – Executive Committee, Council of ...;": a list of one
# organization's bodies, each named without its owner
_OWNERS_BODIES = re.compile(
    r"\b(?:(?P<owner>CIS|SCO|CSTO)(?:\s+(?:sectoral|cooperation|statutory|branch|interacting"
    r"|working))*\s+(?:bodies|structures|organs|institutions|agencies)"
    # "interacting bodies of the CIS - the Executive Committee, ..."
    r"|(?:bodies|structures|organs|institutions|agencies)\s+of\s+the\s+(?P<owner_after>CIS|SCO|CSTO))"
    # "CIS statutory bodies and bodies of branch cooperation (Executive Committee, ..."
    r"[^().;:\n]{0,60}?\s*(?:\(|[–—:-]\s)\s*"
)
# the sentences where such a list may stand, found in the one pass over the text (context.py)
_BODIES_NOUN = sentence_cue(r"\b(?:bodies|structures|organs|institutions|agencies)\b")
# an item named with an owner of its own: "CSTO Secretariat", "SCO RATS Executive Committee"
_OTHER_OWNER = re.compile(r"\b(?:CIS|SCO|CSTO|RATS|EAG|Commonwealth|Shanghai|Collective)\b")
# the list ends at its bracket, a full stop or a closing dash ("- the X and the Y - were")
_LIST_ITEMS_END = re.compile(r"[);\n]|\.\s|\s[–—-]\s")
_LIST_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[A-Z])")


def _owners_bodies_listed(ctx: Context) -> list[tuple[str, Span]]:
    """The bodies a list of one organization's bodies names, in a sentence (or after one)
    telling who took part: each item read as the owner's body of those words."""
    sentences = [i for i in range(len(ctx.doc.sentences)) if ctx.has(_BODIES_NOUN, i)]
    if not sentences:
        return []
    from .lexicon import LOOSE_NAME_MIN
    from .orgnames import name_words

    lex = ctx.lex
    index = lex.name_index
    found = []
    matches = (
        m for i in sentences for m in _OWNERS_BODIES.finditer(ctx.text, *ctx.doc.sentences[i])
    )
    for m in matches:
        owner = m.group("owner") or m.group("owner_after")
        sentence = ctx.sent_idx(m.start())
        if not (
            ctx.has(PART_CUE, sentence)
            or (sentence and ctx.has(PART_CUE, sentence - 1))
            or bullet_of_participants(ctx, sentence)
        ):
            continue
        stop = _LIST_ITEMS_END.search(ctx.text, m.end())
        end = stop.start() if stop else len(ctx.text)
        pos = m.end()
        for item in _LIST_ITEM_SPLIT.split(ctx.text[m.end() : end]):
            start = ctx.text.find(item, pos)
            pos = start + len(item)
            words = item.strip()
            if words.startswith("the "):
                words = words[4:]
            if not words[:1].isupper() or _OTHER_OWNER.search(words):
                continue
            bag = name_words(f"{words} of the {owner}", index.multi)
            ref, sim = index.best(bag)
            if ref is not None and sim >= LOOSE_NAME_MIN:
                org = lex.org_list[ref]
                if org.kind in ("international", "body"):
                    found.append((org.name, ctx.span(start)))
    return found
