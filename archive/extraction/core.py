"""The extractor: one report's text in, the meeting's facts (with evidence) out."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Collection
from typing import Any

from .bodies import find_body
from .body_kinds import (
    agency_and_organization,
    between_officials,
    border_delegates,
    canonical_body_name,
    counter_terrorism_consultations,
    envoys_state,
    government_delegations,
    group_meeting,
    president_and_agency,
    president_and_one_official,
    president_in_lead,
    state_and_office,
)
from .body_names import codes_in
from .cleaning import clean
from .context import Context, Span
from .countries import find_countries, the_other_side
from .elsewhere import set_aside_named_elsewhere, set_aside_other_meetings, set_aside_other_times
from .home_state import (
    owner_states,
    owners_officials,
    site_officials,
    site_state,
    stateless_officials,
)
from .lexicon import Lexicon, Match, default_lexicon
from .ordinals import find_ordinal
from .organizations import find_organizations
from .participants import find_people
from .people import Person, same_person, surname_like
from .places import find_venue, held_remotely, one_states_meeting
from .publication import publication_of
from .represents import pair_order, state_mentions
from .result import Extraction, assemble, evidence_span
from .roles import head_of_state_meets_one, settle_roles
from .russian.pipeline import extract_russian
from .textio import ExtractionError, check_text, html_to_text, looks_like_html
from .topics import find_topics
from .when import find_meeting_date
from .world_cities import world_city

EXTRACTOR_VERSION = "1.5.0"


# titles of officials of international bodies, who represent no state
_INTERNATIONAL_TITLE = re.compile(
    r"\b(?:Bureau|Secretariat|Secretary[- ]General|Executive Committee|Centre|Center"
    r"|Organi[sz]ation|Structure|Interpol|Europol|CIS|CSTO|SCO|UN|OSCE|Commonwealth)\b"
)


_ANAPHOR = re.compile(
    r"\bof the (Bureau|Centre|Center|Committee|Secretariat|Structure|Organi[sz]ation)\b"
)


def _anaphoric_org(ctx: Context, title: str, body: str | None) -> str | None:
    """'Director of the Bureau' when the report has named exactly one international body
    (or convening body) with that word: that body."""
    m = _ANAPHOR.search(title)
    if not m:
        return None
    noun = m.group(1).lower()
    names = {
        ctx.lex.org_list[o.ref].name
        for o in ctx.orgs
        if ctx.lex.org_list[o.ref].kind == "international"
        and noun in ctx.lex.org_list[o.ref].name.lower()
    }
    if body and noun in body.lower():
        org = ctx.lex.org_by_name(body)
        if org is not None and org.kind == "international":
            names.add(body)
    return next(iter(names)) if len(names) == 1 else None


def _has_cyrillic(text: str) -> bool:
    """Whether ``text`` has a letter of name_scripts.CYRILLIC (U+0400-U+04FF): exactly the
    characters whose UTF-8 form starts with a byte D0-D3 (C byte searches, not a regex scan)."""
    if text.isascii():
        return False
    b = text.encode("utf-8", "surrogatepass")
    return b"\xd0" in b or b"\xd1" in b or b"\xd2" in b or b"\xd3" in b


def _count_cyrillic(text: str) -> int:
    """How many letters of name_scripts.CYRILLIC ``text`` has: its UTF-8 lead bytes D0-D3."""
    b = text.encode("utf-8", "surrogatepass")
    return b.count(b"\xd0") + b.count(b"\xd1") + b.count(b"\xd2") + b.count(b"\xd3")


def detect_language(text: str) -> str:
    """ "ru" when most letters of the report are Cyrillic, else "en" (a Russian paragraph in
    an English article, or an English agency name in a Russian one, does not change it)."""
    if not _has_cyrillic(text[:20000]):
        return "en"
    sample = text[:3000]
    letters = sum(map(str.isalpha, sample))
    return "ru" if letters and _count_cyrillic(sample) >= 0.5 * letters else "en"


# --------------------------------------------------------------------------- entry point
def _states_in_body_name(
    ctx: Context, body_match: Match, part: dict[str, Span], mentioned: dict[str, Span]
) -> None:
    """States named in a bilateral body's name take part ("Joint Collegium of ... of the
    Russian Federation and the Republic of Kazakhstan"), not the state a body works on ("the
    Working Group on Afghanistan"): that one is its subject."""
    for m in ctx.geo:
        code = ctx.country_code(m)
        if m.kind != "city" and body_match.start <= m.start < body_match.end and code:
            if ctx.low[max(body_match.start, m.start - 3) : m.start] == "on ":
                continue
            if code not in part:
                part[code] = ctx.span(m.start)
            mentioned.pop(code, None)


# "Chairman of the CHFIU Yury Chikhanchin", not "Deputy Chairman of ..."
_CHAIRMAN = re.compile(
    r"(?<!deputy )(?<!vice )(?<!vice-)(?<!first deputy )\b(?:chairman|chairwoman|chairperson"
    r"|chair)\b(?! of the (?:board|committee|state|national))"
)


# "Chairman of the Coordination Service of the Council ...": chairman of an organ of the body
_ORGAN_BETWEEN = re.compile(
    r"\b(?:service|secretariat|committee|group|commission|bureau|department|staff|centre|center)\b"
)


# "Chairman of the Council, First Deputy Minister ...": the body named by its kind alone
_OF_THE_KIND = re.compile(
    r"\s+of\s+the\s+(?:coordinati(?:ng|on)\s+|interstate\s+)?"
    r"(?P<kind>council|commission|conference|assembly|group|board|committee|collegium)\b"
    r"(?!\s+(?:of|for|on|in)\b|’|')"
)


def _chair_of_the_body(ctx: Context, parts: list[Person], body_match: Match) -> None:
    """When nobody is said to chair the meeting, the one participant (the host among them) whose
    title makes them the convening body's chairman ("Chairman of the CHFIU Yury Chikhanchin",
    or "Chairman of the Council" when the body is a council) chairs it."""
    if body_match.ref < 0 or any(p.role in ("chair", "co-chair") for p in parts):
        return
    body_words = ctx.lex.org_list[body_match.ref].name.lower().split()
    chairs = []
    for p in parts:
        if p.title_span is None or p.role not in ("attendee", "speaker", "host"):
            continue
        a, b = p.title_span
        for m in _CHAIRMAN.finditer(ctx.low, a, b):
            kind = _OF_THE_KIND.match(ctx.low, m.end(), b)
            if (kind and kind.group("kind") in body_words) or any(
                o.ref == body_match.ref
                and m.end() < o.start < b
                and not _ORGAN_BETWEEN.search(ctx.low, m.end(), o.start)
                for o in ctx.orgs
            ):
                chairs.append(p)
                break
    if len(chairs) == 1:
        chairs[0].role = "chair"


# a title of a state's own office: "Minister of Internal Affairs", "Head of the ... Department
# of the Ministry of Internal Affairs"
_NATIONAL_TITLE = re.compile(
    r"\b(?:minist\w*|interior|internal affairs|police|prosecutor\w*|national|state)\b", re.I
)


# the heads of both sides, in the plural, before a pair of names: "the heads of the
# supervisory agencies of the two countries, A and B", "The heads of the respective
# departments, A and B", "The co-chairs of the government delegations ..., A and B"
_PLURAL_HEADS_BEFORE = re.compile(
    r"\b(?:heads|chiefs|ministers|co-?chairs|co-?chairmen|chairmen|directors|leaders"
    r"|commanders|prosecutors[- ]general|secretaries)\b[^.;:!?()]{0,140}?,?\s*$"
)
_PAIR_AND = re.compile(r"\s*,?\s+and\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?")


def _pair_of_sides(ctx: Context, parts: list[Person], states: list[str]) -> None:
    """Two states' heads named as a pair with no state of their own ("signed by the heads of
    the agencies of the two countries, A and B") stand in the order the report first names
    the two states (when the last sentence naming both before the pair agrees)."""
    if len(states) != 2:
        return
    stateless = [p for p in parts if p.country is None and p.organization is None]
    if len(stateless) < 2:
        return
    starts = {m.start: p for p in stateless for m in p.mentions}
    for first in stateless:
        for m in first.mentions:
            gap = _PAIR_AND.match(ctx.text, m.end)
            second = starts.get(gap.end()) if gap else None
            if second is None or second is first or first.country or second.country:
                continue
            if ctx.sent_idx(m.start) != ctx.sent_idx(gap.end()):
                continue
            s = ctx.doc.sentences[ctx.sent_idx(m.start)][0]
            if _PLURAL_HEADS_BEFORE.search(ctx.low, max(s, m.start - 160), m.start) is None:
                continue
            order = pair_order(ctx, state_mentions(ctx, states), m.start)
            if order is not None:
                first.country, second.country = order


def _the_other_side(parts: list[Person], states: list[str]) -> None:
    """At a meeting of two states where every participant but one is of the same state, the
    one of no stated country (nor international body) is of the other: "In Jurmala Serhii
    Deineko met with the Head of the State Border Guard of the Republic of Latvia ..."."""
    if len(states) != 2:
        return
    unknown = [p for p in parts if p.country is None]
    known = {p.country for p in parts if p.country is not None}
    if len(unknown) != 1 or len(known) != 1:
        return
    person = unknown[0]
    if person.organization or (person.title and _INTERNATIONAL_TITLE.search(person.title)):
        return
    person.country = next(c for c in states if c not in known)


def _the_other_mentioned_side(
    ctx: Context, parts: list[Person], part: dict[str, Span], mentioned: dict[str, Span]
) -> None:
    """At a meeting where one state takes part and the report names one other state besides,
    the one participant of no stated country (nor international body), beside others all of
    the first state, is of that other state, which takes part, whatever his title and however
    the two are joined: in "the Tajik agency's head A signed the memorandum with DEA Regional
    Director B, the Embassy of the United States said" B is American. The other state must be
    named as an owner (of an office, an embassy), not only as a place. ``_the_mentioned_side``
    reads the narrower case of two officials meeting, with the host state it implies."""
    if len(part) != 1 or len(mentioned) != 1:
        return
    unknown = [p for p in parts if p.country is None]
    known = {p.country for p in parts if p.country is not None}
    if len(unknown) != 1 or known != set(part):
        return
    person = unknown[0]
    if person.organization or (person.title and _INTERNATIONAL_TITLE.search(person.title)):
        return
    code = next(iter(mentioned))
    if code not in owner_states(ctx):
        return  # "drugs smuggled from Afghanistan": a place, no side
    person.country = code
    part[code] = mentioned.pop(code)


def _the_sites_own(
    ctx: Context, parts: list[Person], site: str | None, part: dict[str, Span]
) -> None:
    """A state's own site names the foreign side's state and leaves its own officials' unsaid:
    at a meeting its state takes part in, whether with other states or with international
    bodies alone, a national office holder of no stated state (no envoy), or the one person
    named with no title, in a sentence that names no state but the site's, is of the site's
    state. Read after the roles and the body,
    which weigh only the countries the text gives."""
    if site is None or site not in part:
        return
    officials = stateless_officials(parts)
    # one named with no title at all ("Igor Dodon had a working meeting with the director
    # ...") is the site's own as well, unless two are, who could be either side
    untitled = [p for p in parts if p.country is None and p.organization is None and not p.title]
    for p in officials + (untitled if len(untitled) == 1 else []):
        if _ENVOY_TITLE.search(p.title or "") or p.evidence is None:
            continue
        a, b = p.evidence
        if "respective" in ctx.low[a:b]:
            continue  # "the heads of the respective agencies, A and B": one of each side
        k = bisect_left(ctx.geo_starts, a)
        others = False
        while k < len(ctx.geo) and ctx.geo[k].start < b:
            g = ctx.geo[k]
            if g.kind in ("country", "demonym") and ctx.country_code(g) != site:
                others = True
                break
            k += 1
        if not others:
            p.country = site


# between two names of one list of a delegation's people: separators and the next one's title,
# no clause of its own ("met with", "and his counterpart", "said")
_LIST_STEP = re.compile(
    r"\s*(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+)[^.;:!?()\"“”]*"
)
_NOT_ONE_SIDE = re.compile(
    r"\b(?:met|meet|meets|received|receives|with|between|counterparts?|colleagues?|said|told"
    r"|noted|spoke|did|respectively)\b",
    re.I,
)
# an office that serves another state or a body at a state's meeting
_ENVOY_TITLE = re.compile(r"\b(?:ambassador|embassy|envoy|consul\w*|attach[eé]|charg[eé])", re.I)


def _one_sides_list(ctx: Context, parts: list[Person]) -> None:
    """In one list of names ("The meeting included Minister of Foreign Affairs A, State Border
    Committee Minister of Belarus B and State Customs Committee Minister C"), those of no
    stated country whose national office names no state are of the one state the others of
    the list are of."""
    firsts = []
    for p in parts:
        full = next((m for m in p.mentions if not m.ref), None)
        if full is not None:
            firsts.append((full.start, full.end, p))
    firsts.sort(key=lambda x: x[0])
    runs: list[tuple[list[Person], bool]] = []
    prev_end, run, joined_by_and = -1, [], False
    for start, end, p in firsts:
        gap_ok = (
            run
            and ctx.sent_idx(prev_end) == ctx.sent_idx(start)
            and _LIST_STEP.fullmatch(ctx.text, prev_end, start) is not None
            and _NOT_ONE_SIDE.search(ctx.text, prev_end, start) is None
            # no other name between: someone not taking part may be of another side
            and bisect_left(ctx.name_starts, prev_end) == bisect_left(ctx.name_starts, start)
        )
        if not gap_ok:
            runs.append((run, joined_by_and))
            run = []
        elif len(run) == 1:
            joined_by_and = "," not in ctx.text[prev_end:start]
        run.append(p)
        prev_end = end
    runs.append((run, joined_by_and))
    for run, joined_by_and in runs:
        if len(run) < 2 or (len(run) == 2 and joined_by_and):
            continue  # "A and B held a meeting": a pair joined by "and" is as often two sides
        known = {p.country for p in run if p.country is not None}
        if len(known) != 1 or any(
            p.organization or (p.title and _INTERNATIONAL_TITLE.search(p.title)) for p in run
        ):
            continue  # a list with a body's official in it may be of several states
        code = next(iter(known))
        for p in run:
            if (
                p.country is None
                and p.title
                and _NATIONAL_TITLE.search(p.title)
                and not _INTERNATIONAL_TITLE.search(p.title)
                and not _ENVOY_TITLE.search(p.title)
            ):
                p.country = code


# "X spoke with his Ukrainian counterpart", "During a meeting with his Russian counterpart, X
# emphasized": X is of the other side
_HIS_COUNTERPART = re.compile(r"\b(?:his|her) ([A-Z][\w-]+) (?:counterparts?|colleagues?)\b")
# between "his Belorussian colleague" and the name of that colleague: an honorific or a title
_NAME_FOLLOWS = re.compile(r",?\s*(?:(?:[A-Z][\w.’'-]*|of|the|for)\s+){0,6}")


def _counterparts_other_side(ctx: Context, parts: list[Person]) -> None:
    """Someone whose counterpart the sentence names by a state ("his Russian counterpart") is
    not of that state: of the one other state the report names, if there is one."""
    named = {ctx.country_code(g) for g in ctx.geo if g.kind in ("country", "demonym")}
    for p in parts:
        if p.organization:
            continue
        for m in p.mentions:
            a, b = ctx.doc.sentences[ctx.sent_idx(m.start)]
            if ctx.low.find("counterpart", a, b) == -1 and ctx.low.find("colleague", a, b) == -1:
                continue
            cp = _HIS_COUNTERPART.search(ctx.text, a, b)
            if cp is None or _NAME_FOLLOWS.fullmatch(ctx.text, cp.end(), m.start):
                continue  # "his Kyrgyz counterpart Ulan Niyazbekov": the counterpart himself
            k = bisect_left(ctx.geo_starts, cp.start(1))
            if k == len(ctx.geo) or ctx.geo[k].start != cp.start(1):
                continue
            theirs = ctx.country_code(ctx.geo[k])
            if theirs is None or (p.country is not None and p.country != theirs):
                continue
            others = named - {theirs, None}
            p.country = next(iter(others)) if len(others) == 1 else None
            break


def _the_envoys_host(ctx: Context, parts: list[Person], envoy: str, states: list[str]) -> str:
    """The host state's name when an ambassador of ``envoy`` calls on its agency; its officials
    host when nobody else chairs or hosts."""
    home = next(c for c in states if c != envoy)
    if not any(p.role in ("chair", "co-chair", "host") for p in parts):
        for p in parts:
            if p.country == home and p.role in ("attendee", "speaker"):
                p.role = "host"
    return ctx.lex.country_name(home) or home


# two people of two sides meeting in one sentence
_MEET_VERB = re.compile(
    r"\b(?:met|meets|received|receives|hosted|hosts|(?:talks|meeting|meetings) (?:with|between))\b"
)


_OUR_COUNTRY = re.compile(r"\b(?:visit|visits|trip) to our (?:country|republic)\b")


def _the_mentioned_side(
    ctx: Context, parts: list[Person], part: dict[str, Span], mentioned: dict[str, Span]
) -> str | None:
    """One state's official meets someone whose national office names no state, and the text
    names one other state only: "Minister of Internal Affairs X received the delegation headed
    by Chief of the General Directorate of Security of Turkey Y ... Azerbaijani-Turkish
    relations" (a ministry's own site): X is of that other state, which takes part. Returns
    that state's code, or None."""
    if len(part) != 1 or len(mentioned) != 1:
        return None
    only = next(iter(part))
    unknown = [p for p in parts if p.country is None and p.organization is None]
    if len(unknown) != 1 or not unknown[0].title or not _NATIONAL_TITLE.search(unknown[0].title):
        return None
    person = unknown[0]
    sentences = {ctx.sent_idx(m.start) for m in person.mentions}
    others = {ctx.sent_idx(m.start) for p in parts if p.country == only for m in p.mentions}
    if not any(_MEET_VERB.search(ctx.low, *ctx.doc.sentences[i]) for i in sentences & others):
        return None
    code = next(iter(mentioned))
    person.country = code
    part[code] = mentioned.pop(code)
    return code


def _fill_host_country(
    ctx: Context, parts: list[Person], venue_code: str | None, states: Collection[str] = ()
) -> None:
    """Who chairs or hosts without a stated country, an international body or a title naming
    one represents the host state; at a meeting of one state (with international bodies), a
    national office's holder without a stated country represents that state."""
    only = next(iter(states)) if len(states) == 1 else None
    for p in parts:
        if p.country is not None or p.organization is not None:
            continue
        if p.title and _INTERNATIONAL_TITLE.search(p.title):
            continue
        if p.role in ("chair", "host"):
            p.country = venue_code
        elif only and p.title and _NATIONAL_TITLE.search(p.title):
            p.country = only


# a body named only as the occasion of the meeting told: "on the sidelines of the 66th session
# of the Commission, A met B", "arrived in China to attend the meeting of the prosecutors
# general of the SCO member states", "took place within the framework of the 22nd meeting of"
_OCCASION = re.compile(
    r"\b(?:on the (?:sidelines|margins) of|(?:within|in) the framework of|to attend"
    r"|to take part in|to participate in)\b[^.;]*$"
)


def _named_in_a_title(ctx: Context, parts: list[Person], body_match: Match) -> bool:
    """Whether the body found is a known international organization named where one of the
    participants' titles stands ("Secretary General of the Organization of Turkic States X")."""
    if body_match.ref < 0 or ctx.lex.org_list[body_match.ref].kind != "international":
        return False
    for p in parts:
        if p.title_span and p.title_span[0] <= body_match.start < p.title_span[1]:
            return True
        if any(0 <= m.start - body_match.end <= 2 for m in p.mentions):
            return True  # the name follows the organization's: "... of the OTS Baghdad Amreyev"
    return False


def _only_the_occasion(ctx: Context) -> bool:
    """Whether the convening body found is named as the occasion of another meeting: a body
    whose name names two states ("the Coordination Group of the Ministries ... of A and B") is
    the meeting of those states' officials itself."""
    if ctx.body_span is None:
        return False
    start, end = ctx.body_span
    a = ctx.doc.sentences[ctx.sent_idx(start)][0]
    return bool(_OCCASION.search(ctx.low, a, start)) and len(codes_in(ctx, start, end)) < 2


def _participant_rows(
    ctx: Context,
    parts: list[Person],
    body: str | None,
    venue_code: str | None,
    states: Collection[str] = (),
) -> list[dict[str, Any]]:
    """The participants as the result lists them; a title's "the Bureau" resolved to the one
    body it can mean, and who chairs or hosts without a stated country given the host's."""
    lex = ctx.lex
    participants = []
    for p in parts:
        if p.organization is None and p.country is None and p.title:
            p.organization = _anaphoric_org(ctx, p.title, body)
    _fill_host_country(ctx, parts, venue_code, states)
    given = lex.given_names or frozenset()
    names: dict[int, str] = {}
    for p in parts:
        given_first = _given_name_first(p.name, given)
        if given_first != p.name:
            # the surname-first spelling of someone the report also names the usual way is
            # that person, listed once
            same = next((q for q in parts if q is not p and same_person(q.name, given_first)), None)
            if same is not None:
                same.variants.extend(n for n in (given_first, p.name) if n not in same.variants)
                continue
            if p.name not in p.variants:
                p.variants.append(p.name)
        names[id(p)] = given_first
    # in place: the evidence spans the result lists follow the same people
    parts[:] = [p for p in parts if id(p) in names]
    for p in parts:
        participants.append(
            {
                "name": names[id(p)],
                "role": p.role,
                "title": p.title or None,
                "country": lex.country_name(p.country),
                "organization": p.organization,
                "name_variants": list(p.variants),
                "confidence": p.confidence,
            }
        )
    return participants


# a Russian patronymic: "Pavlovich", "Grigoryevich", "Perneshovich", "Ivanovna"
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna)$")


def _given_name_first(name: str, given: frozenset[str]) -> str:
    """ "Vakulchik Valery Pavlovich" -> "Valery Pavlovich Vakulchik", "Rakhimzoda Ramazon" ->
    "Ramazon Rakhimzoda": a name written surname first, as Russian-style official lists write
    it, given name (and patronymic) after it, put in the order the report's other names follow
    (the surname last)."""
    words = name.split()
    if (
        len(words) == 3
        and _PATRONYMIC.match(words[2])
        and words[1] in given
        and words[0] not in given
    ):
        return f"{words[1]} {words[2]} {words[0]}"
    if (
        len(words) == 2
        and words[1] in given
        and words[0] not in given
        and len(words[0]) > 4
        and surname_like(words[0])
        and not surname_like(words[1])
    ):
        # "Rakhimzoda Ramazon", "Muhametkaliev Askar": a surname, then a known given name
        return f"{words[1]} {words[0]}"
    return name


def _names_a_person(body: str, persons: list[Person]) -> bool:
    """Whether a descriptive body name holds the surname of a person the text names."""
    words = set(re.findall(r"[^\W\d_]+", body))
    return any(
        len(surname) > 2 and surname in words
        for surname in (p.name.split()[-1] for p in persons if " " in p.name)
    )


def _a_place(lex: Lexicon, name: str) -> bool:
    """Whether a dateline's town is one: written in capitals as wires write it, or a city,
    state or town the gazetteer or GeoNames knows."""
    return (
        name.isupper()
        or lex.city_by_name(name) is not None
        or lex.country_by_name(name) is not None
        or world_city(name, set(), 0) is not None
    )


def _hosts_state(lex: Lexicon, parts: list) -> str | None:
    """No place named, the meeting not held by video: the state of the one side that hosts
    ("the minister received his counterpart", "hosted the delegation"), where its guests came
    to meet it."""
    hosts = {p.country for p in parts if p.participant and p.role == "host" and p.country}
    return lex.country_name(next(iter(hosts))) if len(hosts) == 1 else None


def extract(
    text: str,
    *,
    file: str | None = None,
    lexicon: Lexicon | None = None,
    publication_date: dt.date | None = None,
    url: str | None = None,
) -> Extraction:
    """Extract the meeting's facts from one report's text (see DESIGN.md, extraction contract).

    ``publication_date`` and ``url`` (the report's address, when known) help date the meeting:
    a date in the URL's path is used, with the least trust, when the page states none.
    """
    check_text(text)
    if looks_like_html(text):
        text = html_to_text(text)
    lex = lexicon or default_lexicon()
    if detect_language(text) == "ru":
        return extract_russian(text, file=file, lex=lex, publication_date=publication_date, url=url)
    doc = clean(text)
    if not doc.text.strip() or not doc.sentences:
        raise ExtractionError("nothing is left of the report once page furniture is removed")
    if doc.dateline is not None and not _a_place(lex, doc.dateline.city_text):
        # "Today, on June 22, 2018, the Round Table:", "Sherkhon Salimzoda, Director of the
        # Drug Control Agency (DCA) ...": a lead read as a dateline, whose "town" is none
        doc.dateline = None
    ctx = Context(doc, lex)
    pub = publication_of(doc, publication_date, url)

    persons = find_people(ctx, lex.given_names or frozenset())
    set_aside_named_elsewhere(ctx, persons)
    head_of_state = head_of_state_meets_one(ctx, persons)
    parts = [p for p in persons if p.participant]
    chair_country = next((p.country for p in parts if p.role in ("chair", "host")), None)
    city, venue_country, city_span, city_conf = find_venue(ctx, chair_country)
    if venue_country is None and head_of_state is not None and head_of_state.country:
        # a head of state receiving an official, no place named: at home
        venue_country = lex.country_name(head_of_state.country)

    _counterparts_other_side(ctx, parts)
    part, mentioned, countries_conf = find_countries(ctx, parts, venue_country, None)
    own = site_officials(ctx, parts, site_state(lex, url), part, mentioned) or owners_officials(
        ctx, parts, part, mentioned
    )
    if own is not None and venue_country is None:
        # one state's officials meeting among themselves meet at home
        venue_country = lex.country_name(own)
    _pair_of_sides(ctx, parts, list(part))
    _the_other_side(parts, list(part))
    home = _the_mentioned_side(ctx, parts, part, mentioned)
    if home is not None and venue_country is None and _OUR_COUNTRY.search(ctx.low):
        # "on an official visit to our country": the home side's state hosts
        venue_country = lex.country_name(home)
    _the_other_mentioned_side(ctx, parts, part, mentioned)
    the_other_side(ctx, part, mentioned)
    venue_code = lex.country_by_name(venue_country).code if venue_country else None
    settle_roles(ctx, parts, venue_code, part)
    body, body_span, body_conf, body_match = find_body(
        ctx, [lex.country_name(c) or c for c in part]
    )
    if body is not None and lex.org_by_name(body) is None and _names_a_person(body, persons):
        # "the first trilateral meeting of Chairman of ... Committee Aydin Aliyev, ...": a
        # phrase that runs into a person's name is no body's name
        body, body_span, body_conf, body_match = None, None, 0.0, None
        ctx.body_span = None
    on_occasion = False
    if body is not None and _only_the_occasion(ctx):
        # "on the sidelines of the 66th session of ..., A met B": the officials' meeting
        _fill_host_country(ctx, parts, venue_code)
        sides = list(dict.fromkeys(p.country for p in parts if p.country and p.country in part))
        pair = None
        if 2 <= len(sides) < len(part):
            # the occasion's own host state, or another named beside it, is no side of the
            # officials' talks: "met on the sidelines of the session ... held in Dushanbe"
            pair = between_officials(ctx, parts, sides)
            if pair is not None:
                for code in [c for c in part if c not in sides]:
                    mentioned[code] = part.pop(code)
        pair = pair or between_officials(ctx, parts, list(part))
        if pair is not None:
            body, body_span, body_conf, body_match = pair, None, 0.3, None
            ctx.body_span = None
            on_occasion = True
    if body_match is not None:
        _states_in_body_name(ctx, body_match, part, mentioned)
        _chair_of_the_body(ctx, parts, body_match)
    # after the body: a sentence naming the convening body is the likelier to date its meeting
    date_start, date_end, precision, date_basis, date_span = find_meeting_date(ctx, pub)
    set_aside_other_meetings(ctx, parts, date_start, date_end)
    set_aside_other_times(ctx, parts, date_start, date_end)
    parts = [p for p in parts if p.participant]
    if on_occasion:
        body = between_officials(ctx, parts, list(part)) or body
    elif body is not None and lex.org_by_name(body) is None:
        body = canonical_body_name(ctx, body, parts, list(part))
        # a described body whose name the reference data lists is that entry, by its own name
        known = lex.org_by_name(body)
        body = known.name if known is not None else body
    elif body_match is not None and _named_in_a_title(ctx, parts, body_match):
        # "Secretary General of the OTS X held a meeting with the Chairman of ...": the
        # organization named only in its official's title meets a state's agency
        body = agency_and_organization(ctx, parts, list(part)) or body
    elif body is None:
        # No body named: two or three states' officials meeting are their agencies' meeting.
        _fill_host_country(ctx, parts, venue_code, list(part))
        body = (
            government_delegations(ctx, list(part), parts)
            or between_officials(ctx, parts, list(part))
            or state_and_office(ctx, parts, list(part))
            or agency_and_organization(ctx, parts, list(part))
            or president_and_agency(ctx, parts)
            or president_in_lead(ctx, list(part))
            or president_and_one_official(ctx, parts)
            or group_meeting(ctx)
        )
        body_conf = 0.3 if body else body_conf
    delegates = (
        border_delegates(ctx, list(part))
        if body is None or (lex.org_by_name(body) is None and not on_occasion)
        else None
    )
    if delegates is not None:
        # the two states' border representatives meet: named so rather than by their services
        body, body_conf = delegates, max(body_conf, 0.3)
    elif body is not None:
        body = counter_terrorism_consultations(ctx, body)
    envoy = envoys_state(parts, list(part))
    if envoy is not None:
        # an ambassador calls on the agency of the state he is accredited to: it hosts, there
        venue_country = venue_country or _the_envoys_host(ctx, parts, envoy, list(part))
    if venue_country is None and city is None:
        # one state's officials alone, no place named: at home
        home = one_states_meeting(ctx, [(p.country, p.title) for p in parts], part)
        venue_country = lex.country_name(home) if home else None
    if venue_country is None and city is None and not held_remotely(ctx):
        venue_country = _hosts_state(lex, parts)
    # the number of the session on whose sidelines the officials met is not their meeting's
    ordinal, ordinal_span = (None, None) if on_occasion else find_ordinal(ctx, body_match)
    # after the roles and the body, which weigh the countries the text itself gives
    _one_sides_list(ctx, parts)
    _the_sites_own(ctx, parts, site_state(lex, url), part)
    orgs = find_organizations(ctx, parts, body)
    topics = find_topics(ctx, persons, (body, body_span) if body and body_span else None)
    participants = _participant_rows(ctx, parts, body, venue_code, list(part))

    return assemble(
        ctx,
        file,
        pub.date,
        language="en",
        body=(body, body_span, body_conf),
        date=(date_start, date_end, precision, date_basis, date_span),
        place=(city, venue_country, city_span, city_conf),
        ordinal=(ordinal, ordinal_span),
        countries=(part, mentioned, countries_conf),
        organizations=orgs,
        participants=participants,
        participant_spans=[evidence_span(ctx, p.evidence) for p in parts],
        topics=topics,
        mentioned_people=[p.name for p in persons if not p.participant],
    )
