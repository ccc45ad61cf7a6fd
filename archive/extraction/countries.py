"""Countries taking part (lists, demonyms, delegations, the host) and countries only mentioned."""

from __future__ import annotations

import re

from . import people
from .context import (
    MEETING,
    MEMBERSHIP,
    PART_CUE,
    Context,
    Span,
    bullet_of_participants,
    sentence_cue,
)
from .lexicon import Match
from .rx import CI, skip_ahead

_PART_AFTER = CI(
    r"^\s*(?:also\s+)?(?:took part|participated|attended|were present|were represented"
    r"|was represented|is represented|will attend|will take part|will participate"
    r"|(?:are|were|have been|will be) invited|attend"
    r"|sent (?:their )?delegations|joined)\b"
)


# "Azerbaijan and Iran have discussed ...": two states as the subject of their talks
_SIDES_TALKED = CI(r"^\s*(?:have\s+|had\s+)?(?:discussed|agreed|signed|held talks|met|reached)\b")


_LIST_GAP = CI(r"^\s*(?:,|;)?\s*(?:and|as well as|&|/)?\s*(?:the\s+)?$")


_STOP_PUNCT = re.compile(r"[.;:]")
# words between "representatives of" and a country that show the country is not in the list
_NOT_A_LIST = re.compile(
    skip_ahead(
        r"\b(?:against|from abroad|threat\w*|drugs?|territory|discuss\w*"
        r"|situation|about|over|via|through|agreed|said|met|meet"
        r"|border(?!\s+(?:troops|guards?|services?|police|forces|agenc)))\b"
    )
)
_DELEGATION = re.compile(r"\s+(?:delegations?|sides?)\b")
# "will discuss with Uzbek counterparts": the side met, whatever the verb
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?$")
_DEMONYM_ROLE = re.compile(
    r"^\s*(?:(?:and|,)\s+[A-Z]\w+\s+)*(?:interior |internal affairs |security |border |customs "
    r"|police |law enforcement |foreign |defence |defense )?(?:minister|ministers|delegation"
    r"|delegations|side|sides|colleague|colleagues|counterpart|counterparts|police chiefs"
    r"|heads?|officials|law enforcement|special services|security services|border guards"
    r"|customs officers|interior ministry|ministry|ministries|agencies|partners|ambassador"
    r"|ambassadors|envoy|observers?)\b",
)


def _add(ctx: Context, part: dict[str, Span], code: str | None, pos: int) -> None:
    """A state taking part, with where the text first tells it."""
    if code and code not in part:
        part[code] = ctx.span(pos)


def _geo_by_sentence(ctx: Context) -> dict[int, list[Match]]:
    """The places named in each sentence, in order (not a city inside an organization's
    name: "Shanghai Cooperation Organization" names no city)."""
    by_sentence: dict[int, list[Match]] = {}
    sent_idx = ctx.sent_idx
    for m in ctx.geo:
        if m.kind == "city" and ctx.in_org(m.start):
            continue
        sentence = sent_idx(m.start)
        group = by_sentence.get(sentence)
        if group is None:
            by_sentence[sentence] = [m]
        else:
            group.append(m)
    return by_sentence


def _lists_after_cues(
    ctx: Context, part: dict[str, Span], sentence: int, places: list[Match]
) -> None:
    """Lists after "representatives of", "delegations from" ..."""
    a, b = ctx.doc.sentences[sentence]
    cues = ctx.cue_finditer(PART_CUE, a, b) if ctx.has(PART_CUE, sentence) else ()
    for cue in cues:
        if ctx.in_org(cue.start()):
            continue  # "Council of the Heads of Security ... in Dushanbe": a name, no list
        if _NEGATED.search(ctx.low, max(a, cue.start() - 30), cue.start()):
            continue  # "did not confirm participation of Ukraine"
        prev_end = cue.end()
        if ";" in ctx.text[prev_end:b]:
            # "attended by D. Azatyan, Head of ... of Armenia's Central Bank; V. Reut, ...
            # of Belarusian State Control Committee; ...": every entry's state
            for m in places:
                if m.start >= prev_end and m.kind != "city":
                    _add(ctx, part, ctx.country_code(m), m.start)
            continue
        first = True
        for m in places:
            if m.start < prev_end:
                continue
            if (m.kind == "city" or (m.kind == "demonym" and not first)) and _IN_A_NAME.match(
                ctx.text, m.end
            ):
                # "the Mogilev Institute of the MIA", "..., Turkish Cypriot State, ...": a
                # town or people in an item's name
                continue
            if first:
                ok = _first_item(ctx, prev_end, m.start)
            else:
                ok = (
                    bool(_LIST_GAP.match_at(ctx.low, prev_end, m.start))
                    or _org_gap(ctx, prev_end, m.start)
                    or bool(_NAME_GAP.fullmatch(ctx.text, prev_end, m.start))
                    or bool(_AGENCY_ITEM_GAP.fullmatch(ctx.text, prev_end, m.start))
                    or _items_between(ctx.text[prev_end : m.start])
                )
            if not ok:
                break
            _add(ctx, part, ctx.country_code(m), m.start)
            prev_end = m.end
            first = False


def _lists_before_verbs(
    ctx: Context, part: dict[str, Span], sentence: int, states: list[Match]
) -> None:
    """Lists before "took part", "were present" (or two or more states in the title), and a
    long list of officials before "will attend": "Secretary of the Security Council of
    Kazakhstan Nurlan Yermekbayev, ..., Russia's Security Council Secretary Nikolai
    Patrushev, ... will attend the meeting"."""
    a, b = ctx.doc.sentences[sentence]
    run: list[Match] = []
    for m in states:
        if run and not _LIST_GAP.match_at(ctx.low, run[-1].end, m.start):
            run = []
        run.append(m)
        if (
            _PART_AFTER.match_at(ctx.low, m.end, b)
            or (ctx.in_title(m.start) and len(run) >= 2)
            or (len(run) >= 2 and _SIDES_TALKED.match_at(ctx.low, m.end, b))
        ):
            for r in run:
                _add(ctx, part, ctx.country_code(r), r.start)
    if len(states) >= 3:
        verb = _PART_VERB.search(ctx.low, a, b)
        if verb:
            subject = [m for m in states if m.end <= verb.start()]
            if len(subject) >= 3 and ctx.text.count(",", a, verb.start()) >= 3:
                for r in subject:
                    _add(ctx, part, ctx.country_code(r), r.start)


def _delegations_by_demonym(
    ctx: Context, part: dict[str, Span], sentence: int, states: list[Match]
) -> None:
    """Demonyms naming a delegation: "the Kazakhstani, Russian and Belorussian ministers"."""
    b = ctx.doc.sentences[sentence][1]
    for m in states:
        if m.kind != "demonym":
            continue
        role = _DEMONYM_ROLE.match(ctx.text[m.end : b])
        # "the Tajik delegation" takes part by itself; "Kazakh ministers" need a meeting cue
        if role and (
            ctx.has(MEETING, sentence)
            or ctx.has(people.SPEECH, sentence)
            or _DELEGATION.match(ctx.text, m.end)
            or _WITH_BEFORE.search(ctx.low, max(0, m.start - 20), m.start)
        ):
            j = states.index(m)
            _add(ctx, part, ctx.country_code(m), m.start)
            while j > 0 and _LIST_GAP.match_at(ctx.low, states[j - 1].end, states[j].start):
                j -= 1
                if states[j].kind == "demonym":
                    _add(ctx, part, ctx.country_code(states[j]), states[j].start)


def _host_takes_part(ctx: Context, part: dict[str, Span], venue_country: str) -> None:
    """The host state at home takes part when the report names it in its own right, not only
    by its city ("India chaired the meeting in New Delhi"); a state outside the CIS named only
    to locate the town ("in Vienna, Austria") is no participant by that alone."""
    c = ctx.lex.country_by_name(venue_country)
    if c and c.code not in part:
        for m in ctx.geo:
            if m.kind != "city" and ctx.country_code(m) == c.code:
                if not c.cis and _LOCATES_TOWN.search(ctx.text, max(0, m.start - 40), m.start):
                    continue
                _add(ctx, part, c.code, m.start)
                break


# "in Vienna, Austria", "in Tehran (Iran)": the state only locating the town
_LOCATES_TOWN = re.compile(r"[A-Z][\w'’.-]+\s*(?:,|\()\s*(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,3}$")


# a meeting held or its participants told: "took place", "was held", "will include"
_HELD = sentence_cue(
    r"\b(?:took place|takes place|will take place|was held|were held|will be held|is held"
    r"|gathered|convened|participants will include|will bring together|brought together)\b"
)
_OF_BEFORE = re.compile(r"\b(?:of|from)\s+(?:the\s+)?$")


def _lists_after_of(ctx: Context, part: dict[str, Span], states: list[Match]) -> None:
    """A list of two or more states after "of" or "from" in a sentence telling the meeting
    held: "the session of the Joint Council of Rescue Agencies of A, B, C and D took place",
    "participants will include heads of the bodies ... from A, B, C and D" - the states whose
    bodies meet; not a list of what the talks were about ("the situation in ...")."""
    low = ctx.low
    run: list[Match] = []
    for m in [*states, None]:
        if (
            m is not None
            and m.kind == "country"
            and (not run or _LIST_GAP.match_at(low, run[-1].end, m.start))
        ):
            run.append(m)
            continue
        if (
            len(run) >= 2
            and _OF_BEFORE.search(low, max(0, run[0].start - 12), run[0].start)
            and not _SUBJECT_BEFORE.search(low, max(0, run[0].start - 80), run[0].start)
        ):
            for r in run:
                _add(ctx, part, ctx.country_code(r), r.start)
        run = [m] if m is not None and m.kind == "country" else []


# "the two sides", "both countries": a meeting of two sides
_TWO_SIDES = re.compile(
    r"\b(?:the (?:two )?sides|both sides|(?:the|both) (?:two )?countries|two countries)\b"
)


def the_other_side(
    ctx: Context,
    part: dict[str, Span],
    mentioned: dict[str, Span],
    two_sides: re.Pattern[str] = _TWO_SIDES,
) -> None:
    """In a meeting of two sides ("the sides discussed", "both countries"; ``two_sides`` is
    the report's language's pattern) where one state takes part and one other state alone is
    named, that state is the other side; not when an international organization (or a body of
    several states) is named, which may be the partner instead. Read once the people's own
    states have been settled, as those may name the other side more surely."""
    if len(part) != 1 or len(mentioned) != 1 or not two_sides.search(ctx.low):
        return
    org_list = ctx.lex.org_list
    if any(org_list[m.ref].country is None for m in ctx.orgs):
        return
    code, span = next(iter(mentioned.items()))
    part[code] = span
    del mentioned[code]


def _mentioned(ctx: Context, part: dict[str, Span]) -> dict[str, Span]:
    """The states named and not taking part."""
    mentioned: dict[str, Span] = {}
    dl = ctx.doc.dateline
    venue = ctx.venue_city
    for m in ctx.geo:
        if dl and dl.start <= m.start < dl.end:
            continue  # where the wire was filed ("BAKU, Azerbaijan, October 3."), no mention
        if m.kind == "city" and (
            ctx.text.startswith("-based", m.end)
            or ctx.in_org(m.start)
            or ctx.lex.city_list[m.ref].name == venue
        ):
            # "a Moscow-based analyst", "Shanghai Cooperation"; the
            # venue's state is named only through its city: the host, not a mention
            continue
        code = ctx.country_code(m)
        if code and code not in part and code not in mentioned:
            mentioned[code] = ctx.span(m.start)
    return mentioned


def find_countries(
    ctx: Context, persons: list[people.Person], venue_country: str | None, body_match: Match | None
) -> tuple[dict[str, Span], dict[str, Span], float]:
    """The states taking part (lists, demonyms, delegations, the title, national agencies,
    the body's name, people taking part, the host) and those only mentioned, with a
    confidence."""
    part: dict[str, Span] = {}
    states_anywhere = [m for m in ctx.geo if m.kind in ("country", "demonym")]
    background = _background_sentences(ctx)
    for sentence, places in _geo_by_sentence(ctx).items():
        if sentence in background:
            # who belongs to the body, its history: not who came; unless the members listed
            # are the subject of the meeting held ("the group comprising A, B and C was held")
            _members_who_met(ctx, part, sentence, places)
            continue
        _lists_after_cues(ctx, part, sentence, places)
        if bullet_of_participants(ctx, sentence):
            # "The event was attended by representatives of:\n- competent authorities of A, B"
            for m in places:
                if m.kind != "city":
                    _add(ctx, part, ctx.country_code(m), m.start)
        states = [m for m in places if m.kind != "city"]
        if len(states) >= 2 and ctx.has(_GROUP_LIST, sentence):
            _lists_after_group_noun(ctx, part, sentence, states)
        _lists_before_verbs(ctx, part, sentence, states)
        _delegations_by_demonym(ctx, part, sentence, states)
        if len(states) >= 2 and ctx.has(_HELD, sentence):
            _lists_after_of(ctx, part, states)
    # the title naming two or more states
    title_codes = [ctx.country_code(m) for m in states_anywhere if ctx.in_title(m.start)]
    if len(set(title_codes)) >= 2:
        for m in states_anywhere:
            if ctx.in_title(m.start):
                _add(ctx, part, ctx.country_code(m), m.start)
    # national agencies taking part
    for m in ctx.orgs:
        o = ctx.lex.org_list[m.ref]
        if o.country and o.kind in ("agency", "body"):
            pre = ctx.text[max(0, m.start - 200) : m.start]
            if ctx.has(PART_CUE, ctx.sent_idx(m.start)) and PART_CUE.search(pre):
                _add(ctx, part, o.country, m.start)
    # countries named inside a bilateral body's name
    if body_match is not None:
        for m in states_anywhere:
            if body_match.start <= m.start < body_match.end:
                _add(ctx, part, ctx.country_code(m), m.start)
    for p in persons:
        if p.participant and p.country:
            _add(ctx, part, p.country, p.evidence[0] if p.evidence else 0)
    if venue_country:
        _host_takes_part(ctx, part, venue_country)
    mentioned = _mentioned(ctx, part)
    conf = 0.9 if len(part) >= 2 else 0.7 if part else 0.3
    return part, mentioned, conf


# "representatives of the CIS states - Azerbaijan, Armenia, ...", "from 47 countries
# (Tajikistan, China, ...)", "Delegations are from six countries: Russia, China, ...": a plural
# of states announcing, by a bracket, colon, dash or "such as", the list that follows it
_GROUP_LIST = sentence_cue(
    r"\b(?:countries|states|nations)(?: and (?:international )?organi[sz]ations)?"
    r"\s*(?:\(|:|-{1,2}\s|[–—]|,\s*(?:namely|such as|including)\s)"
)
# what makes such a list the people who came: a meeting, a participation or a training told
_GATHERING = sentence_cue(r"\b(?:workshop|seminar|training|course|delegations|participants)\b")
# one item of the list that is no state: "Arab League", "OIC", "Organization for Security and
# Cooperation in Europe (OSCE)", "Turkish Cypriot State"
_OTHER_ITEM = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:of|for|and|in|on|the|[A-Z][\w'’.-]*)){0,7}"
    r"(?:\s*\([A-Z]{2,8}\))?"
)


def _lists_after_group_noun(
    ctx: Context, part: dict[str, Span], sentence: int, states: list[Match]
) -> None:
    """The states listed right after a plural of states that announces them, in a sentence
    telling a gathering; the list may mix in organizations' names."""
    if not (
        ctx.has(PART_CUE, sentence) or ctx.has(MEETING, sentence) or ctx.has(_GATHERING, sentence)
    ):
        return
    a, b = ctx.doc.sentences[sentence]
    text = ctx.text
    for cue in ctx.cue_finditer(_GROUP_LIST, a, b):
        if _SUBJECT_BEFORE.search(ctx.low, max(a, cue.start() - 80), cue.start()):
            continue  # "discussed the drug situation in the neighbouring countries (A, B)"
        run: list[Match] = []
        prev_end = cue.end()
        for m in states:
            if m.start < prev_end:
                continue
            if m.kind != "country":
                continue  # "Turkish Cypriot State": another item, no state's name
            gap = text[prev_end : m.start]
            if not (_ARTICLE_ONLY.fullmatch(gap) if not run else _items_between(gap)):
                break
            run.append(m)
            prev_end = m.end
        if len(run) >= 2:
            for m in run:
                _add(ctx, part, ctx.country_code(m), m.start)


# words before a plural of states that make its list what the talks were about
_SUBJECT_BEFORE = re.compile(
    r"\b(?:against|threat\w*|drugs?|territory|discuss\w*|situation|about|over|via|through)\b"
)
_ARTICLE_ONLY = re.compile(r"\s*(?:the\s+)?")


def _items_between(gap: str) -> bool:
    """Whether the gap between two states of a list holds only separators and other items."""
    if "," not in gap and not gap.strip().startswith("and"):
        return False
    if _CLAUSE_MARK.search(gap):
        return False
    pieces = [_CONNECTORS.sub("", p) for p in gap.split(",")]
    if pieces[-1]:
        return False  # "the Turkish Republic of Northern Cyprus": the state ends an item's name
    return all(not p or _OTHER_ITEM.fullmatch(p) for p in pieces)


_CLAUSE_MARK = re.compile(r"[.;:]\s")


_CONNECTORS = re.compile(r"^\s*(?:(?:and|as well as|the)\s+)*|\s*(?:\s(?:and|as well as|the))*\s*$")


# "The 4th Session of the Working Group comprising of A, B and C was held this week", "the
# working group, which comprises A, B and C, held the meeting": its members met
_MEMBERS_MET = re.compile(
    r"\b(?:comprising(?: of)?|which comprises|consisting of)\s+(?P<list>[^.;:]{3,200}?)\s*,?\s+"
    r"(?:was held|were held|held (?:the|its|a|their) (?:[\w-]+ )?(?:meeting|session)|met)\b"
)


def _members_who_met(
    ctx: Context, part: dict[str, Span], sentence: int, places: list[Match]
) -> None:
    """The states listed as a body's members in a sentence telling that body's meeting held."""
    a, b = ctx.doc.sentences[sentence]
    low = ctx.low
    if low.find("compris", a, b) == -1 and low.find("consisting", a, b) == -1:
        return
    found = _MEMBERS_MET.search(low, a, b)
    if found is None:
        return
    for m in places:
        if m.kind != "city" and found.start("list") <= m.start < found.end("list"):
            _add(ctx, part, ctx.country_code(m), m.start)


def _background_sentences(ctx: Context) -> set[int]:
    """Sentences about who belongs to a body or how it came about ("The Council members
    include ...", "It consists of ..."), and every sentence of a paragraph opening "For
    reference" or telling when the body was founded."""
    out = {i for i in range(len(ctx.doc.sentences)) if ctx.has(MEMBERSHIP, i)}
    # "The organization was initially formed in 1992 by ... A, B, which were joined by C"
    out.update(i for i in range(len(ctx.doc.sentences)) if ctx.has(_FOUNDED_IN_YEAR, i))
    if not out:
        return out
    for s, e in ctx.doc.paragraphs:
        i = ctx.sent_idx(s)
        if _REFERENCE.match(ctx.text, s) or (i in out and _FOUNDED.search(ctx.low, s, e)):
            j = i
            while j < len(ctx.doc.sentences) and ctx.doc.sentences[j][0] < e:
                out.add(j)
                j += 1
    return out


_REFERENCE = re.compile(r"(?:For reference|Reference|Background|Note|For the record)\b\s*[:.-]")
_FOUNDED_IN_YEAR = sentence_cue(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:founded|established|formed) in (?:19|20)\d\d\b"
)
_FOUNDED = re.compile(r"\b(?:was|were) (?:founded|established|created|set up)\b|\bestablished on\b")
_NEGATED = re.compile(skip_ahead(r"\b(?:not|no|without|never)\b[^.;,]{0,25}$"))
# "with the participation of Arthur Baghdasarian (Armenia), Nikolay Patrushev (Russia), ..."
# "... of Azerbaijan (Ramil Usubov), Belarus (Igor Shunevich) and Uzbekistan (Abdusalom Azizov)"
_NAME_GAP = re.compile(
    r"\)\s*(?:,|and|, and)\s+(?:[A-Z][\w.'’-]*\s+){1,4}\(\s*"
    r"|\s*\([^()]{2,60}\)\s*(?:,\s*(?:and\s+)?|and\s+)",
    re.DOTALL,
)
# a capitalised word right after a town: the town names an institution ("Mogilev Institute")
_IN_A_NAME = re.compile(r" [A-Z]")
# "attended by the heads of the Academy of the MIA of the Republic of Belarus, the Mogilev
# Institute of the MIA of the Republic of Belarus, the Academy of ... of the Republic of
# Tajikistan": each item an agency of the next state
_AGENCY_ITEM_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w'’-]*|[\"“][^\"“”]{1,40}[\"”])"
    r"(?:,?\s+(?:[A-Z][\w'’-]*|[\"“][^\"“”]{1,40}[\"”]|of|the|and|for|on|in|under))*?"
    r"\s+of\s+(?:the\s+)?"
)
_PART_VERB = re.compile(
    skip_ahead(
        r"\b(?:will attend|will take part|will participate|attended|took part|participated)\b"
    )
)
_COLON_LIST = re.compile(
    r"(?:countries|states|nations|members|following|delegations)\b[^:.;]{0,60}:\s*(?:the\s+)?$"
)


_OF_STATE_END = re.compile(r"\b(?:of|from)\s+(?:the\s+)?$")


def _first_item(ctx: Context, cue_end: int, start: int) -> bool:
    """Whether the first state after a participation cue opens its list: close to the cue,
    after a colon that introduces it ("of 10 countries of the Commonwealth: the Azerbaijan
    Republic, ..."), or after names of organizations ("observer states and organizations
    (CIS Executive Committee, FATF, ..., Afghanistan")."""
    gap = ctx.low[cue_end:start]
    if start - cue_end <= 160 and ":" in gap and _COLON_LIST.search(gap):
        return True
    if start - cue_end > 60:
        return start - cue_end <= 200 and (
            _org_gap(ctx, cue_end, start, loose=True)
            # "representatives of the customs services, as well as other competent departments
            # of the Republic of A, ...": the people's agencies, then the first state
            or (
                _OF_STATE_END.search(gap) is not None
                and not _STOP_PUNCT.search(ctx.text, cue_end, start)
                and not _NOT_A_LIST.search(ctx.low, cue_end, start)
            )
        )
    return not _STOP_PUNCT.search(ctx.text, cue_end, start) and not _NOT_A_LIST.search(
        ctx.low, cue_end, start
    )


def _org_gap(ctx: Context, a: int, b: int, loose: bool = False) -> bool:
    """A list gap that only holds organization names and connectors."""
    gap = ctx.text[a:b]
    if len(gap) > 250 or re.search(r"[.;:]", gap):
        return False
    for o in ctx.orgs:
        if a <= o.start and o.end <= b:
            gap = gap.replace(ctx.text[o.start : o.end], ",")
    if loose:  # "observer states and organizations (CIS Executive Committee, FATF, IMF, ..."
        gap = re.sub(r"^[^(]{0,50}\(", "", gap, count=1)
    return bool(re.fullmatch(r"[\s,]*(?:(?:the|and|as well as|,)\s*)*", gap, re.IGNORECASE))
