"""One descriptive name for one kind of meeting, whatever the report's wording.

A body the gazetteer lacks gets a name built from the text ("Heads of the Competent
Authorities of the Shanghai Cooperation Organization", "Senior Officials of the SCO Member
States' Counternarcotics Agencies", "Interior Ministries of Uzbekistan and Russia"). Editors
would see each wording as another body, so the name is rebuilt from what it stands for:

- the states of a meeting between a few states' agencies, in alphabetical order, each with the
  kind of agency its officials come from ("Border Service of Azerbaijan and Interior Ministry
  of Georgia"; "Interior Ministries of Russia and Uzbekistan" when both are alike; "Heads of
  Drug Control Agencies of A, B and C"; the joint collegium for "the Joint Board of the two
  agencies");
- a meeting of an organization's member states' agencies of one kind, named only generically
  ("competent authorities", "agencies", "senior officials"), as "Heads of <kind> of <SCO>
  Member States", the kind read from the name, from what follows "competent authorities" in
  the text ("..., empowered to combat drug trafficking"), or from the officials' titles.

Names that say something more specific ("Heads of Operational Departments of CIS Interior
Ministries") keep their words; only a closing list of states is put in order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from .body_names import codes_in, full_agency_name, joint_collegium, listed
from .context import Context
from .lexicon import Lexicon, Organization
from .people import Person


@dataclass(frozen=True)
class AgencyKind:
    key: str
    singular: str  # "Interior Ministry of Georgia"
    plural: str  # "Interior Ministries of Russia and Uzbekistan"
    members: str  # "Heads of <members> of SCO Member States"
    words: re.Pattern[str]
    unless: re.Pattern[str] | None = None  # words that make it another kind
    family: str | None = None  # the kind it is one of ("security-service"), by its key
    peer: str | None = None  # the kind of its counterpart in another state, by its key


def _kind(
    key: str,
    singular: str,
    plural: str,
    members: str,
    words: str,
    unless: str | None = None,
    family: str | None = None,
    peer: str | None = None,
) -> AgencyKind:
    return AgencyKind(
        key,
        singular,
        plural,
        members,
        re.compile(words, re.IGNORECASE),
        re.compile(unless, re.IGNORECASE) if unless else None,
        family,
        peer,
    )


# Most specific first: a drug-control department of an interior ministry is drug control.
KINDS = (
    _kind(
        "drug-control",
        "Drug Control Agency",
        "Drug Control Agencies",
        "Competent Authorities for Combating Illicit Drug Trafficking",
        r"\b(?:drugs?|narcotics?|counter-?narcotics?|anti-?drugs?)(?: control)?\b"
        # the acronyms English copy keeps for Russia's drug-control service
        r"|\b(?:fskn|fdcs)\b",
    ),
    _kind(
        "border",
        "Border Service",
        "Border Services",
        "Border Services",
        r"\b(?:border|frontier)\b",
    ),
    _kind(
        "prosecutor",
        "Prosecutor General's Office",
        "Prosecutor General's Offices",
        "Prosecutors General",
        r"\b(?:prosecutors?|procurators?|prosecutor's)\b",
    ),
    _kind(
        "investigative-committee",
        "Investigative Committee",
        "Investigative Committees",
        "Investigative Committees",
        r"\binvestigat\w* committees?\b",
    ),
    _kind(
        "financial-intelligence",
        "Financial Intelligence Unit",
        "Financial Intelligence Units",
        "Financial Intelligence Units",
        r"\bfinancial (?:intelligence|monitoring)\b",
    ),
    _kind(
        "customs",
        "Customs Service",
        "Customs Services",
        "Customs Services",
        r"\bcustoms\b",
    ),
    # a prison service, whatever its ministry: "Committee of Correctional System of the
    # Ministry of Justice", "Central Administration of the Penitentiary Service"
    _kind(
        "penitentiary",
        "Penitentiary Service",
        "Penitentiary Services",
        "Penitentiary Services",
        r"\b(?:penitentiary|correctional|prisons?|penal (?:enforcement|correction))\b",
    ),
    # a gendarmerie of its own, beside its ministry: "Commander of the Gendarmerie"
    _kind(
        "gendarmerie",
        "Gendarmerie",
        "Gendarmeries",
        "Gendarmeries",
        r"\bgendarmer(?:ie|y)\b",
    ),
    # a court is no agency of law enforcement, but its chairmen meet as one: "Supreme Courts
    # of Kazakhstan and Kyrgyzstan"
    _kind(
        "supreme-court",
        "Supreme Court",
        "Supreme Courts",
        "Supreme Courts",
        r"\bsupreme courts?\b",
    ),
    _kind(
        "interpol",
        "National Central Bureau of Interpol",
        "National Central Bureaus of Interpol",
        "National Central Bureaus of Interpol",
        r"\binterpol\b",
    ),
    _kind(
        "security-council",
        "Security Council",
        "Security Councils",
        "Security Councils",
        r"\bsecurity councils?\b",
    ),
    _kind(
        "emergencies",
        "Emergencies Ministry",
        "Emergencies Ministries",
        # member states' emergencies agencies are ministries, committees and services alike
        "Emergency Agencies",
        r"\bemergenc(?:y|ies)(?: situations?)?\b",
    ),
    _kind(
        "national-guard",
        "National Guard",
        "National Guards",
        "National Guards",
        r"\bnational guards?\b",
    ),
    # defence ministries meet as well ("a trilateral meeting of the defense ministers of A, B
    # and C"), a civil defence service being an emergencies agency
    _kind(
        "defence",
        "Defence Ministry",
        "Defence Ministries",
        "Defence Ministries",
        r"\bdefen[cs]e(?= minist)|\bminist(?:ry|er|ers|ries) of (?:national )?defen[cs]e\b",
    ),
    # a foreign intelligence service is an agency of its own beside a state's security service
    _kind(
        "foreign-intelligence",
        "Foreign Intelligence Service",
        "Foreign Intelligence Services",
        "Foreign Intelligence Services",
        r"\bforeign intelligence\b|\bsvr\b",
    ),
    # the state committees for national security of Kyrgyzstan and Tajikistan, named as such;
    # beside another state's security service, both are security services
    _kind(
        "national-security-committee",
        "State Committee for National Security",
        "State Committees for National Security",
        "Security Services",
        r"\bstate (?:committee (?:for|of|on) (?:the )?national security|national security "
        r"committee)\b|\b(?:gknb|scns)\b",
        family="security-service",
    ),
    _kind(
        "security-service",
        "Security Service",
        "Security Services",
        "Security Services",
        r"\b(?:state|national) security (?:service|committee)|\bsecurity service\b"
        r"|\bcommittee (?:for|of) (?:the )?(?:state|national) security\b|\bintelligence service"
        # the acronyms English copy keeps for them: "Chairman of the KGB of Belarus"
        r"|\b(?:kgb|fsb|gknb|knb|sgb|sbu)\b",
    ),
    # a ministry of public security (China's, Mongolia's) is named as such, not as an interior
    # ministry: "Interior Ministry of Belarus and Ministry of Public Security of China"
    _kind(
        "public-security",
        "Ministry of Public Security",
        "Ministries of Public Security",
        "Public Security Ministries",
        r"\bminist(?:er|ers|ry|ries) of public security\b|\bpublic security minist",
        unless=r"\b(?:interior|internal affairs)\b",
        # another state's counterpart of a ministry of public security is its interior ministry
        peer="interior",
    ),
    # a police service of its own ("Chief of Police of Armenia"), not a ministry's police
    # department nor a police rank ("Police Colonel-General")
    _kind(
        "police",
        "Police",
        "Police",
        "Police Services",
        r"\bpolice\b(?!\s+(?:colonel|general|major|lieutenant|captain|col|gen|lt)\b)",
        unless=r"\b(?:interior|internal affairs|minist\w*|mia|moi|mvd)\b",
    ),
    # the ministry a foreign minister heads, when he is one side of the talks
    _kind(
        "foreign",
        "Foreign Ministry",
        "Foreign Ministries",
        "Foreign Ministries",
        r"\bforeign (?:affairs )?minist|\bminist(?:er|ers|ry|ries) (?:of|for) foreign affairs\b",
    ),
    _kind(
        "interior",
        "Interior Ministry",
        "Interior Ministries",
        "Interior Ministries",
        r"\b(?:interior|internal affairs|public security|police|mia)\b",
    ),
    # the ministry a justice minister heads, when he is one side of the talks (a court's
    # chief justice is the court's)
    _kind(
        "justice",
        "Justice Ministry",
        "Justice Ministries",
        "Justice Ministries",
        r"\bjustice\b",
        unless=r"\bchief justice\b|\bcourts?\b|\bjustice of the peace\b"
        # a rank, not the ministry: "Major-General of Justice"
        r"|\b(?:general|colonel|major|lieutenant|captain|counsellor)\s+of\s+justice\b",
    ),
)
_BY_KEY = {k.key: k for k in KINDS}


def kind_in(text: str) -> AgencyKind | None:
    """The kind of agency ``text`` (a title, a body's name) names first in ``KINDS``' order."""
    for kind in KINDS:
        if kind.words.search(text) and not (kind.unless and kind.unless.search(text)):
            return kind
    return None


def _states_kind(ctx: Context, parts: list[Person], code: str) -> AgencyKind | None:
    """The kind of agency one state's officials at the meeting come from: the one most of
    their titles name (the first-listed official's on a tie); for a state none of whose
    officials is titled, the kind of the agency the text names with the state."""
    kinds = [k for p in parts if p.country == code and p.title and (k := kind_in(p.title))]
    if not kinds:
        kinds = _agencies_named_with(ctx, code)
    if not kinds:
        return None
    counts = Counter(k.key for k in kinds)
    best = max(counts.values())
    return next(k for k in kinds if counts[k.key] == best)


_AGENCY_NOUN = (
    r"(?:agency|agencies|service|services|ministry|ministries|committee|council|office|guard"
    r"|guards|police|procuratorate|bureau|department|minister|ministers|prosecutors? general"
    r"|chief|head|mia|moi)"
)
# "Head of the State Border Guard Service of Ukraine", "the Prosecutors General of Kyrgyzstan
# and": an agency (or its head) of the state named next, maybe the last of a list of states
_AGENCY_BEFORE = re.compile(
    r"(?:^|\s)(?P<phrase>(?:[\w’'-]+\s+){0,4}?" + _AGENCY_NOUN + r")\s+of\s+(?:the\s+)?"
    r"(?:republic\s+of\s+)?(?:[\w’'-]+(?:,\s*|,?\s+and\s+)){0,3}$"
)
# "Tajikistan counter-narcotics agency", "Kyrgyzstan’s Interior Ministry", "Kyrgyz interior
# minister"
_AGENCY_AFTER = re.compile(r"(?:['’]s)?\s+(?P<phrase>(?:[\w-]+\s+){0,2}?" + _AGENCY_NOUN + r")\b")


def _agencies_named_with(ctx: Context, code: str) -> list[AgencyKind]:
    """The kinds of the agencies the text names together with a state, in text order."""
    kinds = []
    low = ctx.low
    for m in ctx.geo:
        if m.kind == "city" or ctx.country_code(m) != code:
            continue
        before = _AGENCY_BEFORE.search(low, max(0, m.start - 80), m.start)
        after = _AGENCY_AFTER.match(low, m.end, m.end + 50)
        for found in (before, after):
            kind = kind_in(found.group("phrase")) if found else None
            if kind is not None:
                kinds.append(kind)
                break
    return kinds


_TWO_STATES_INTERIOR = re.compile(r"^Interior Ministries of (?P<a>[\w .'-]+) and (?P<b>[\w .'-]+)$")


def _between_states(ctx: Context, name: str, parts: list[Person]) -> str | None:
    """ "Interior Ministries of A and B" (the name given when two states' officials meet) with
    each state's agency as its officials' titles give it, the states in alphabetical order."""
    m = _TWO_STATES_INTERIOR.match(name)
    if not m:
        return None
    lex = ctx.lex
    states = [lex.country_by_name(m.group("a")), lex.country_by_name(m.group("b"))]
    if states[0] is None or states[1] is None:
        return None
    interior = _BY_KEY["interior"]
    codes = [states[0].code, states[1].code]
    envoy = envoys_state(parts, codes)
    embassy = (
        _agency_and_embassy_of(ctx, parts, codes, envoy, interior) if envoy is not None else None
    ) or _named_embassy(ctx, parts, codes)
    if embassy is not None:
        return embassy
    kinds = [_states_kind(ctx, parts, c.code) or interior for c in states]
    met = [i for i, c in enumerate(states) if _introduced_as_counterpart(ctx, parts, c.code)]
    if len(met) == 1:
        # "met his Georgian counterpart": the other side's counterpart
        kinds[met[0]] = counterpart(kinds[1 - met[0]])
    return agencies_name([(c.name, kind) for c, kind in zip(states, kinds, strict=True)], ctx)


# "the US Embassy", "Embassy of the United States": a state's embassy, after or before it
_EMBASSY_AFTER = re.compile(r"(?:['’]s)?\s+embassy\b")
_EMBASSY_BEFORE = re.compile(r"\bembassy\s+of\s+(?:the\s+)?$")


def _named_embassy(ctx: Context, parts: list[Person], states: list[str]) -> str | None:
    """ "Interior Ministry of Uzbekistan and Embassy of the United States in Uzbekistan": of two
    states, the one with none of its people named whose embassy the text names ("a US security
    official ... the US Embassy in Tashkent"), and the other's agency as its officials' titles
    or the text name it."""
    envoys = [
        c
        for c in states
        if not any(p.country == c for p in parts)
        and any(
            m.kind != "city"
            and ctx.country_code(m) == c
            and (
                _EMBASSY_AFTER.match(ctx.low, m.end, m.end + 12)
                or _EMBASSY_BEFORE.search(ctx.low, max(0, m.start - 20), m.start)
            )
            for m in ctx.geo
        )
    ]
    return _agency_and_embassy_of(ctx, parts, states, envoys[0]) if len(envoys) == 1 else None


_AMBASSADOR = re.compile(r"\bambassador\b|\bembassy\b", re.IGNORECASE)


def envoys_state(parts: list[Person], states: list[str]) -> str | None:
    """Of two states taking part, the one whose ambassador leads its side (its first
    official, his people beside him): an envoy calling on the other state's agency, which
    hosts; none when the other side is led by a diplomat too."""
    if len(states) != 2:
        return None
    envoys, diplomats = [], 0
    for code in states:
        titles = [p.title for p in parts if p.country == code and p.title]
        if titles and _AMBASSADOR.search(titles[0]):
            envoys.append(code)
        if titles and _DIPLOMAT.search(titles[0]):
            diplomats += 1
    return envoys[0] if len(envoys) == 1 and diplomats == 1 else None


# a diplomat's title: an ambassador's, or his mission's or consulate's staff's
_DIPLOMAT = re.compile(
    r"\bambassador\b|\bembassy\b|\bmission\b|\bconsul|\bcharg[eé] d['’]affaires\b",
    re.IGNORECASE,
)


def agency_and_embassy(ctx: Context, parts: list[Person], states: list[str]) -> str | None:
    """ "Interior Ministry of Azerbaijan and Embassy of Belarus in Azerbaijan": one state's
    agency receiving another state's ambassador, named by its officials' titles."""
    envoy = envoys_state(parts, states)
    return None if envoy is None else _agency_and_embassy_of(ctx, parts, states, envoy)


def _agency_and_embassy_of(
    ctx: Context,
    parts: list[Person],
    states: list[str],
    envoy: str,
    default: AgencyKind | None = None,
) -> str | None:
    """ "<agency of the other state> and Embassy of <envoy> in <the other state>", the agency
    named by its officials' titles or the text (None when neither names it)."""
    home = next(c for c in states if c != envoy)
    kind = _states_kind(ctx, parts, home)
    lex = ctx.lex
    host = lex.country_name(home) or home
    if kind is None:
        # an office of no kind we know, as its head's title names it ("Chairman of the State
        # Committee of Forensic Examinations"), or the kind the meeting's name gives the host
        office = _agency_in_titles(ctx, parts, home)
        if office is None and default is None:
            return None
        agency = office or f"{default.singular} of {host}"  # type: ignore[union-attr]
    else:
        titles = [p.title for p in parts if p.country == home and p.title]
        agency = f"{_own_name(titles, kind)} of {host}"
    return f"{agency} and Embassy of {lex.country_name(envoy) or envoy} in {host}"


# agencies whose names give them another noun or rank than their kind's name: "Azerbaijan's
# State Customs Committee", "the Committee for Emergency Situations"
_OWN_NAME = re.compile(
    r"\b(?:(?:State|Federal)\s+Customs\s+(?:Committee|Service)"
    r"|Committee\s+(?:for|of|on)\s+Emergency\s+Situations)\b"
)


def _own_name(titles: list[str], kind: AgencyKind) -> str:
    """The agency's own name when its officials' titles give it one of another noun or rank
    than the kind's ("Head of Azerbaijan's State Customs Committee Academy": State Customs
    Committee), one name for all; else the kind's."""
    names = {
        m.group()
        for t in titles
        for m in _OWN_NAME.finditer(t)
        if (own := kind_in(m.group())) is not None and own.key == kind.key
    }
    return names.pop() if len(names) == 1 else kind.singular


def between_officials(ctx: Context, parts: list[Person], states: list[str]) -> str | None:
    """ "Border Services of Latvia and Ukraine", "Drug Control Agency of Tajikistan and
    Interior Ministry of Russia": a meeting of two or three states' officials that names no
    body, named by the agencies its officials' titles name, when every state's do or all but
    one state's name one kind (an ambassador's side is the embassy)."""
    if not 2 <= len(states) <= 3:
        return None
    sides = [code for code in states if any(p.country == code and p.title for p in parts)]
    if len(states) == 3 and len(sides) == 2:
        # the third state none of whose officials is titled is no side of two states' talks
        states = sides
    embassy = agency_and_embassy(ctx, parts, states)
    if embassy is not None:
        return embassy
    if len(parts) == 2 and any(p.title and _a_head(ctx, p) for p in parts):
        return None  # a head of state meeting one official is no meeting of two agencies
    kinds = [
        None
        if _introduced_as_counterpart(ctx, parts, code)
        else _states_kind(ctx, parts, code) or _office_kind(ctx, parts, code)
        for code in states
    ]
    unknown = [i for i, kind in enumerate(kinds) if kind is None]
    if unknown:
        # the one side whose agency is unsaid is the others' counterpart, of their one kind
        shared = {kind.key: kind for kind in kinds if kind is not None}
        if len(unknown) != 1 or len(shared) != 1 or not _counterparts_meet(ctx, parts):
            return None
        kinds[unknown[0]] = counterpart(shared.popitem()[1])
    names = [ctx.lex.country_name(code) or code for code in states]
    return agencies_name(
        [(name, kind) for name, kind in zip(names, kinds, strict=True) if kind], ctx
    )


# "his Russian counterpart Vladimir ...", "with his Tajik colleague ...": right before a name
_COUNTERPART_BEFORE = re.compile(r"\b(?:counterparts?|colleagues?)[\s,]+$")


def _introduced_as_counterpart(ctx: Context, parts: list[Person], code: str) -> bool:
    """Whether one of a state's officials, his title naming no kind of agency, is introduced
    as another official's counterpart ("X, Cuban minister of the interior, and his Russian
    counterpart Y"; "met his Georgian counterpart Y, Interior Minister Z, ..."): his agency,
    the state's side of the talks, is then the other's counterpart, whatever other agency the
    text or his compatriots' titles name with his state."""
    return any(
        _COUNTERPART_BEFORE.search(ctx.low, max(0, m.start - 30), m.start)
        and _other_side_before(ctx, parts, code, m.start)
        for p in parts
        if p.country == code and not (p.title and kind_in(p.title))
        for m in p.mentions
    )


def _other_side_before(ctx: Context, parts: list[Person], code: str, pos: int) -> bool:
    """Whether an official of another state taking part is named earlier in the sentence at
    ``pos``: the one whose counterpart is named there (not a head of state who is no side)."""
    start = ctx.doc.sentences[ctx.sent_idx(pos)][0]
    return any(
        start <= m.start < pos
        for q in parts
        if q.country and q.country != code and q.title and kind_in(q.title)
        for m in q.mentions
    )


def counterpart(kind: AgencyKind) -> AgencyKind:
    """The kind of a side's agency that is the counterpart of ``kind``'s: its peer (a ministry
    of public security's is an interior ministry) or the kind it is one of (a state committee
    for national security's is a security service)."""
    return _BY_KEY.get(kind.peer or kind.family or "", kind)


def _counterparts_meet(ctx: Context, parts: list[Person]) -> bool:
    """Whether a side whose agency neither its officials' titles nor the text name may be the
    others' counterpart: no head of state takes part (a president receiving an agency's head
    is no meeting of two agencies), as a title or the lead's first sentences tell."""
    if any(p.title and _HEAD_OF_STATE_TITLE.search(p.title) for p in parts):
        return False
    sentences = ctx.doc.sentences
    lead_end = sentences[min(2, len(sentences) - 1)][1]
    return not _PRESIDENT.search(ctx.low, sentences[0][0], lead_end)


_PRESIDENT = re.compile(r"\bpresident\b")


_NEVER = re.compile(r"(?!)")


def _office_kind(ctx: Context, parts: list[Person], code: str) -> AgencyKind | None:
    """The office a state's official heads, as a kind of its own, for an agency of no kind we
    know: "Chief of the General Directorate of Security of the Republic of Turkey"."""
    office = _agency_in_titles(ctx, parts, code)
    if office is None or _NO_OFFICE.search(office):
        return None
    state = ctx.lex.country_name(code) or code
    name = re.sub(rf"\s+of\s+{re.escape(state)}$", "", office)
    # "Federal Bureau of Investigation (FBI)", "... Bureau in Ukraine": the name alone
    name = _OFFICE_TAIL.sub("", _ACRONYM_GLOSS.sub("", name))
    return AgencyKind(f"office:{name}", name, name, name, _NEVER)


# a title's remnant that is no office's name: a courtesy word, a second title, an embassy
_NO_OFFICE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Embassy)\b|;")
_ACRONYM_GLOSS = re.compile(r"\s*\([^()]{1,12}\)")
_OFFICE_TAIL = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")


# the post before the name of an office its holder heads: "Deputy Head of the ", "Director of"
_POST_OF = re.compile(
    r"^(?:(?:first|deputy|acting|senior)\s+)*(?:head|director|chief|representative|coordinator"
    r"|chairman|chairperson)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def state_and_office(ctx: Context, parts: list[Person], states: list[str]) -> str | None:
    """ "Interior Ministry of Kyrgyzstan and OSCE Program Office in Bishkek": one state's
    officials meeting an international organization's office, which the title of one of its
    people names ("Deputy Head of the OSCE Program Office in Bishkek")."""
    if len(states) != 1:
        return None
    kind = _states_kind(ctx, parts, states[0])
    if kind is None:
        return None
    for p in parts:
        if p.organization is None or p.country is not None or not p.title:
            continue
        post = _POST_OF.match(p.title)
        office = p.title[post.end() :].split(",")[0].strip() if post else ""
        org = ctx.lex.org_by_name(p.organization)
        short = org.acronym if org and org.acronym else p.organization
        if office and (short in office or p.organization in office):
            state = ctx.lex.country_name(states[0]) or states[0]
            return f"{kind.singular} of {state} and {office}"
    return None


def agencies_name(sides: list[tuple[str, AgencyKind]], ctx: Context | None = None) -> str:
    """The name of a meeting between states' agencies, ``sides`` being (state, kind) pairs
    (the Russian pipeline reads the kinds in its own language): the states in alphabetical
    order, each with its agency, "Interior Ministries of A and B" when all are of one kind,
    else "Border Service of A and Interior Ministry of B"; two states' agencies the text
    names by their reference names, by those ("State Border Committee of Belarus and Border
    Service of the FSB of Russia")."""
    sides = sorted(sides, key=lambda side: side[0])
    if ctx is not None and len(sides) == 2:
        named = _named_pair(ctx, sides)
        if named is not None:
            return " and ".join(sorted(named))
    if ctx is not None and len(sides) == 2:
        own = _own_agencies(ctx, sides)
        if own is not None:
            return " and ".join(own)
    if len({kind.key for _, kind in sides}) == 1:
        return f"{sides[0][1].plural} of {listed([name for name, _ in sides])}"
    families = {kind.family or kind.key for _, kind in sides}
    if len(families) == 1 and (family := _BY_KEY.get(families.pop())) is not None:
        # "State Committee for National Security" beside a "Security Service": security services
        return f"{family.plural} of {listed([name for name, _ in sides])}"
    return " and ".join(f"{kind.singular} of {name}" for name, kind in sides)


# kinds whose agencies golds name by the kind whatever each state calls them ("Interior
# Ministries of A and B", "Prosecutor General's Offices of A and B")
_NAMED_BY_KIND = frozenset(("interior", "prosecutor"))


def _own_agencies(ctx: Context, sides: list[tuple[str, AgencyKind]]) -> list[str] | None:
    """Two states' agencies of one kind (or family) when the text names one side's own agency
    of that kind ("the FSB", "the State Border Committee of Belarus") and not the other's: the
    one by the agency's reference name, the other by the kind, as golds write them ("State
    Border Committee of Belarus and Border Service of Latvia", "Federal Customs Service of
    Russia and Customs Service of Uzbekistan" rather than "Customs Services of Russia and
    Uzbekistan"). None (the kind's plural names both) when the text names both sides' own
    agencies or neither's, or for interior ministries and prosecutor's offices, which golds
    name by the kind whatever the text calls them."""
    kinds = {kind.family or kind.key for _, kind in sides}
    if len(kinds) != 1 or any(kind.key in _NAMED_BY_KIND for _, kind in sides):
        return None
    lex = ctx.lex
    codes = {}
    for state, kind in sides:
        country = lex.country_by_name(state)
        if country is None:
            return None
        codes[country.code] = (state, kind)
    found: dict[str, str] = {}
    for m in ctx.orgs:
        org = lex.org_list[m.ref]
        side = codes.get(org.country or "")
        if (
            side is not None
            and org.kind == "agency"
            and org.country not in found
            and _of_kind(org.name, side[1])
            # a name the kind gives anyway ("State Committee for National Security") is no
            # name of the side's own
            and org.name != f"{side[1].singular} of {side[0]}"
        ):
            found[org.country or ""] = org.name
    if not found or len(found) == len(sides):
        return None
    sides_named = [
        (found.get(code, f"{kind.singular} of {state}"), state)
        for code, (state, kind) in codes.items()
    ]
    # "Drug Control Agency of A" beside "Drug Control Agency of B": "Drug Control Agencies"
    agencies = {name.removesuffix(f" of {state}") for name, state in sides_named}
    if len(agencies) == 1 and all(name.endswith(f" of {state}") for name, state in sides_named):
        return None
    return [name for name, _ in sides_named]


# the gap between two agencies' names named together: "X and the Y", "X и Y"
_PAIR_GAP = re.compile(r"\s+(?:and|и)\s+(?:the\s+)?")
# a meeting between the two told right before their names: "a working meeting of the
# leadership of", "between the", "встреча руководства" (not "a plan of cooperation of")
_MEETING_BETWEEN = re.compile(
    r"\b(?:meeting|talks|between|встреч\w*|совещани\w*|переговор\w*|заседани\w*)"
    r"(?:\s+(?:of|the|руководств\w*|leadership|between|между)){0,4}\s*$"
)


def _named_pair(ctx: Context, sides: list[tuple[str, AgencyKind]]) -> list[str] | None:
    """The reference names of two states' agencies of the sides' kinds (or their families),
    when the text names the two together ("a working meeting of the leadership of the State
    Border Committee of Belarus and the Border Service of the FSB of Russia"), an interior
    ministry aside (golds name it "Interior Ministry of A" whatever the text's words)."""
    lex = ctx.lex
    wanted = {}
    for state, kind in sides:
        country = lex.country_by_name(state)
        if country is None or kind.key == "interior":
            return None
        wanted[country.code] = kind
    orgs = ctx.orgs
    for first, second in zip(orgs, orgs[1:], strict=False):
        if not _PAIR_GAP.fullmatch(ctx.low, first.end, second.start):
            continue
        if not _MEETING_BETWEEN.search(ctx.low, max(0, first.start - 60), first.start):
            continue
        pair = [lex.org_list[first.ref], lex.org_list[second.ref]]
        if any(org.kind != "agency" or org.country not in wanted for org in pair):
            continue
        if pair[0].country == pair[1].country:
            continue
        if all(_of_kind(org.name, wanted[org.country or ""]) for org in pair):
            return [org.name for org in pair]
    return None


def _of_kind(name: str, kind: AgencyKind) -> bool:
    """Whether an agency's reference name is of ``kind``, or of its family."""
    own = kind_in(name)
    return own is not None and (
        own.key == kind.key or own.family == kind.key or own.key == kind.family
    )


# an organization whose member states' agencies meet, as the name writes it
_MEMBERS_OF = (
    ("SCO", re.compile(r"\b(?:SCO|Shanghai Cooperation Organi[sz]ation)\b")),
    ("CSTO", re.compile(r"\b(?:CSTO|Collective Security Treaty Organi[sz]ation)\b")),
    ("CIS", re.compile(r"\bCIS\b|\bCommonwealth of Independent States\b")),
)
# the words of a generic name: who meets, and agencies of no stated kind
_GENERIC = re.compile(
    r"\b(?:the|of|and|meeting|member|states|countries|heads|chiefs|leaders|senior|officials"
    r"|competent|authorities|agencies|bodies|services|organi[sz]ation|shanghai|cooperation"
    r"|collective|security|treaty|commonwealth|independent|sco|csto|cis|vested|with|authority"
    r"|to|combat|combating|countering|illegal|illicit|trafficking|control|for|on|in)\b"
    r"|[’'`]s?",
    re.IGNORECASE,
)
_COMPETENT = re.compile(r"\bcompetent (?:authorities|bodies|agencies)\b")


def _members_meeting(ctx: Context, name: str, parts: list[Person]) -> str | None:
    """ "Heads of <kind> of <SCO> Member States" for a meeting of an organization's member
    states' agencies that the name calls only generically."""
    owner = next((acr for acr, rx in _MEMBERS_OF if rx.search(name)), None)
    if owner is None or _GENERIC.sub(" ", kind_words(name)).strip():
        return None
    kind = kind_in(name) or _kind_after_competent(ctx) or _majority_kind(parts)
    if kind is None:
        return None
    return f"Heads of {kind.members} of {owner} Member States"


def kind_words(name: str) -> str:
    """``name`` without the words that name a kind of agency."""
    for kind in KINDS:
        name = kind.words.sub(" ", name)
    return name


def _kind_after_competent(ctx: Context) -> AgencyKind | None:
    """The kind the text gives "competent authorities" within their sentence: "the Competent
    Authorities of the SCO member states, empowered to combat drug trafficking"."""
    # the pattern's word, looked for first: most texts have none, and a pattern that opens
    # with \b is tried at every position
    for m in _COMPETENT.finditer(ctx.low) if "competent " in ctx.low else ():
        end = ctx.doc.sentences[ctx.sent_idx(m.start())][1]
        kind = kind_in(ctx.low[m.end() : min(end, m.end() + 160)])
        if kind is not None:
            return kind
    return None


def _majority_kind(parts: list[Person]) -> AgencyKind | None:
    """The kind most of the national officials' titles name, when more than half do."""
    kinds = Counter(k.key for p in parts if p.country and p.title and (k := kind_in(p.title)))
    if not kinds:
        return None
    key, n = kinds.most_common(1)[0]
    return _BY_KEY[key] if n * 2 > sum(kinds.values()) else None


# a closing list of states: "... of Tajikistan, Russia, Afghanistan and Pakistan"
_STATES_TAIL = re.compile(
    r"(?P<head>.*?\bof (?:the )?)(?P<list>[A-Z][\w .'-]*?(?:, [A-Z][\w .'-]*?)*,? and "
    r"[A-Z][\w .'-]*?)(?P<tail>\s*\([^()]*\))?$"
)


def states_in_order(lex: Lexicon, name: str) -> str:
    """A closing list of states in alphabetical order, by their short names: the descriptive
    names of both languages' pipelines ("Interior Ministries of Russia and Belarus" from a
    Russian report, "... of Belarus and Russia" from an English one) agree."""
    m = _STATES_TAIL.match(name)
    if not m:
        return name
    items = re.split(r",? and |, ", m.group("list"))
    states = [lex.country_by_name(item) for item in items]
    if len(states) < 2 or any(s is None for s in states):
        return name
    names = sorted(s.name for s in states if s)
    return f"{m.group('head')}{listed(names)}{m.group('tail') or ''}"


# "the Joint Board of the two agencies": a joint body named by reference to its members
_JOINT_OF_THE_TWO = re.compile(
    r"^Joint (?:Board|Collegium|Sitting|Session)\b.*\bof the (?:two|both) [a-z]+$", re.IGNORECASE
)


def _joint_of_two(ctx: Context, name: str, parts: list[Person], states: list[str]) -> str | None:
    """The joint collegium of the two states' agencies of the kind their officials' titles
    name, for "the Joint Board of the two agencies"."""
    if len(states) != 2 or not _JOINT_OF_THE_TWO.match(name):
        return None
    kinds = [_states_kind(ctx, parts, code) for code in states]
    if kinds[0] is None or kinds[0] is not kinds[1]:
        return None
    a, b = sorted(ctx.lex.country_name(code) or code for code in states)
    return joint_collegium(ctx, kinds[0].plural, a, b)[0]


# "Heads of Anti-drug agencies of A, B and C", "Boards of the investigative committees of A, B
# and C": agencies of one kind, named generically
_KIND_OF_STATES = re.compile(
    r"^(?:(?:heads|chiefs|leaders|boards|collegiums) of )?(?:the )?(?P<what>[\w -]+?) of "
    r"(?:the )?(?P<states>.+)$",
    re.IGNORECASE,
)
_GENERIC_AGENCIES = re.compile(
    r"^\s*(?:(?:agencies|services|bodies|authorities|troops|guards|forces)\s*)?$", re.IGNORECASE
)


def _agencies_of_states(ctx: Context, name: str) -> str | None:
    """ "Heads of <kind> of A, B and C" for the agencies of one kind of three states or more
    ("Drug control agencies of ...", "Heads of anti-drug agencies of ...", the joint meeting
    of the "boards of the investigative committees of ...")."""
    m = _KIND_OF_STATES.match(name)
    if not m:
        return None
    what = m.group("what")
    kind = kind_in(what)
    if kind is None or not _GENERIC_AGENCIES.match(kind_words(what).replace("-", " ")):
        return None
    items = re.split(r",? and |, ", m.group("states"))
    states = [ctx.lex.country_by_name(item) for item in items]
    if len(states) < 3 or any(s is None for s in states):
        return None
    names = sorted(s.name for s in states if s)
    return f"Heads of {kind.plural} of {listed(names)}"


# one verb for the fight against a crime: "Countering", "Counteracting" and "Combating
# Corruption" name one council
_FIGHT = re.compile(r"\b(?:Countering|Counteracting|Combatting|Fighting)(?= [A-Z])")
# "CIS Interstate Council for ...": the owner after the name, as the gazetteer writes it
_OWNER_FIRST = re.compile(
    r"^(?P<owner>CIS|SCO|CSTO) (?P<rest>(?:Interstate |Coordinat\w+ )?"
    r"(?:Council|Committee|Commission|Conference|Board)\b.*)$"
)
_OWNER_IN = re.compile(r" in the (?P<owner>CIS|SCO|CSTO)$")


def _words_in_order(name: str) -> str:
    """One verb for the fight against a crime, and the owner after the name ("CIS Interstate
    Council for Counteracting Corruption" is "Interstate Council for Combating Corruption of
    the CIS")."""
    name = _FIGHT.sub("Combating", name)
    owner = _OWNER_FIRST.match(name)
    if owner and f" of the {owner.group('owner')}" not in name:
        name = f"{owner.group('rest')} of the {owner.group('owner')}"
    return _OWNER_IN.sub(r" of the \g<owner>", name)


_OF_THE_COUNTRY = " of the country"


# the words of a name that says only who met: "Representatives of the two structures",
# "Heads of the border authorities" (the kind of agency aside)
_WHO_MET = re.compile(
    r"\b(?:representatives|delegations?|delegates|officials|heads|chiefs|leaders|two|both|three"
    r"|sides|parties|structures|departments|agencies|authorities|bodies|services|the|of|from)\b",
    re.IGNORECASE,
)


def _says_only_who_met(name: str, parts: list[Person]) -> bool:
    """Whether a descriptive name names no body: it is a phrase naming the officials who met
    ("Chairman of the Investigative Committee with X", a participant's name in it) or only
    their number and kind ("Heads of the border authorities")."""
    words = set(re.findall(r"[\w’'-]+", name))
    if any(p.name.split()[-1] in words for p in parts):
        return True
    return not _WHO_MET.sub(" ", kind_words(name)).strip()


def canonical_body_name(ctx: Context, name: str, parts: list[Person], states: list[str]) -> str:
    """The one descriptive name of a body the gazetteer lacks (see the module's docstring);
    ``states`` are the ISO codes of the states taking part."""
    if _says_only_who_met(name, parts):
        # two or three states' officials meeting are their agencies' meeting
        pair = between_officials(ctx, parts, states)
        if pair is not None:
            return pair
    if name.endswith(_OF_THE_COUNTRY) and len(states) == 1:
        # "the State Security Council of the country": the one state taking part
        state = ctx.lex.country_name(states[0]) or states[0]
        name = f"{name[: -len(_OF_THE_COUNTRY)]} of {state}"
    return (
        _between_states(ctx, name, parts)
        or _joint_of_two(ctx, name, parts, states)
        or _members_meeting(ctx, name, parts)
        or _agencies_of_states(ctx, name)
        or states_in_order(ctx.lex, _words_in_order(name))
    )


# the words that make an office an agency: "State Customs Committee", "Financial Monitoring
# Agency", "Border Police"
_AGENCY_OFFICE = re.compile(
    r"\b(?:Committee|Agency|Service|Ministry|Office|Police|Guard|Department|Directorate|Bureau)\b"
)


def agency_and_organization(ctx: Context, parts: list[Person], states: list[str]) -> str | None:
    """ "Financial Monitoring Agency of Kazakhstan and United Nations Office on Drugs and
    Crime": one state's agency meeting an international organization, each side known by its
    officials (the organization's people represent it; the state's agency is a known one named
    in the text, or the office its official's title names), the two names in alphabetical
    order."""
    if len(states) != 1:
        return None
    lex = ctx.lex
    orgs = set()
    for p in parts:
        org = lex.org_by_name(p.organization) if p.organization else None
        if org is not None and org.kind == "international" and p.country is None:
            orgs.add(
                _organization_side(
                    org, [q.title for q in parts if q.organization == p.organization]
                )
            )
    if len(orgs) != 1:
        return None
    agency = (
        _known_agency(ctx, states[0])
        or _agency_in_titles(ctx, parts, states[0])
        or _kind_of_officials(ctx, parts, states[0])
    )
    if agency is None:
        return None
    return " and ".join(sorted([agency, orgs.pop()]))


# the organization's own office its officials come from: "director of the Executive Committee
# of the RATS", "Adviser at the OSCE Centre in Bishkek" (its secretary general stands for the
# organization itself)
_ORG_OFFICE = re.compile(
    r"\b(?P<office>general secretariat|secretariat|executive committee"
    r"|(?:programme |program )?(?:office|centre|center) in [A-Z][\w-]+)\b",
    re.IGNORECASE,
)


def _organization_side(org: Organization, titles: list[str | None]) -> str:
    """The organization as the golds name a side of talks: by the office its officials' titles
    name, the organization by its short name ("SCO RATS Executive Committee", "OSCE Centre in
    Bishkek"); by its name when no title names an office."""
    offices = set()
    for title in titles:
        m = _ORG_OFFICE.search(title or "")
        if m is not None:
            offices.add(_title_case(m.group("office")))
    if len(offices) != 1:
        return org.name
    short = org.name if " " not in org.name or not org.acronym else org.acronym
    first = org.name.split()[0]
    if short == org.acronym and first.isupper() and first != short:
        short = f"{first} {short}"  # "SCO RATS"
    return f"{short} {offices.pop()}"


def _title_case(office: str) -> str:
    """ "centre in Bishkek" -> "Centre in Bishkek"."""
    return " ".join(w if w in ("in",) else w[0].upper() + w[1:] for w in office.split())


def _kind_of_officials(ctx: Context, parts: list[Person], state: str) -> str | None:
    """ "Interior Ministry of Turkmenistan": the state's agency as the kind its officials'
    titles (or the text beside the state's name) give it, when no title names the office."""
    kind = _states_kind(ctx, parts, state)
    if kind is None:
        return None
    titles = [p.title for p in parts if p.country == state and p.title]
    return f"{_own_name(titles, kind)} of {ctx.lex.country_name(state) or state}"


def _known_agency(ctx: Context, state: str) -> str | None:
    """The one gazetteer agency of ``state`` the text names, if only one."""
    names = set()
    for m in ctx.orgs:
        org = ctx.lex.org_list[m.ref]
        if org.kind == "agency" and org.country == state:
            names.add(org.name)
    return names.pop() if len(names) == 1 else None


# "Chairman of the ", "Head of ": the post before the office its holder heads, anywhere in a
# title ("At the invitation of the Chairman of the State Customs Committee")
_HEADS_OF = re.compile(
    r"\b(?:head|director|chief|chairman|chairperson)\s+of\s+(?:the\s+)?", re.IGNORECASE
)


def _agency_in_titles(ctx: Context, parts: list[Person], state: str) -> str | None:
    """ "Chairman of State Customs Committee of Uzbekistan": the office the state's official
    heads, with the state's name."""
    name = ctx.lex.country_name(state) or state
    for p in parts:
        if p.country != state or not p.title:
            continue
        post = _HEADS_OF.search(p.title)
        office = p.title[post.end() :].split(",")[0].strip() if post else ""
        office = _spelt_out(ctx, _RANK_AFTER.sub("", office))
        if office in _BARE_NOUNS:
            # "Chairman of the Committee": the committee by the full name the text gives it
            office = full_agency_name(ctx, office) or ""
        if not office or not _AGENCY_OFFICE.search(office) or not office[0].isupper():
            continue
        # "... of the Republic of Turkey": the state by its short name
        office = _OF_THE_STATE.sub(f" of {name}", office)
        if " of " not in office:
            office = f"{office} of {name}"
        return office
    return None


# "Chairman of the Committee and Colonel-General of the Police": a rank after the office
_RANK_AFTER = re.compile(
    r"\s+and\s+(?:[\w-]+\s+)?(?:Colonel|General|Major|Lieutenant|Admiral|Captain)\b.*$"
)
_BARE_NOUNS = frozenset(("Service", "Agency", "Committee", "Bureau"))
_OF_THE_STATE = re.compile(r"\s+of\s+the\s+(?:Republic|Kingdom|State)\s+of\s+[A-Z][\w ]+$")
_ACRONYM = re.compile(r"[A-Z]{2,6}\b")
# the capitalised name the text glosses with an acronym: "the Anti-Corruption Agency (ACA)"
_GLOSSED = r"(?:[A-Z][\w’'-]*)(?:\s+(?:of|for|on|the|and|[A-Z][\w’'-]*))*"


def _spelt_out(ctx: Context, office: str) -> str:
    """An office named by an acronym ("ACA", "MDEP of the Ministry of Justice") by the name
    the text glosses with it ("the Anti-Corruption Agency (ACA)"): a name, not letters."""
    acronym = _ACRONYM.match(office)
    if acronym is None or f"({acronym.group()})" not in ctx.text:
        return office
    gloss = re.search(rf"({_GLOSSED})\s*\({acronym.group()}\)", ctx.text)
    if gloss is None:
        return office
    name = gloss.group(1).removeprefix("The ")
    # the name that says whose it is stands for the whole office
    return name if " of " in name else name + office[acronym.end() :]


# a head of state's title alone: "President", "Belarusian President", "President of Kazakhstan"
_HEAD_OF_STATE_TITLE = re.compile(
    r"(?:[A-Z][a-z]+\s+)?President(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?[A-Z][\w-]+)?"
)


# "the government delegations of A and B on the delimitation ...", "A's governmental
# delegation led by X started talks with the B counterparts", "inter-governmental meeting"
_GOVERNMENT_DELEGATION = re.compile(r"\b(?:inter-?)?government(?:al)? (?:delegations?|meeting)\b")
# what the delegations do where the text names them: meet and talk, on the border; not a
# visit that only brings the delegation along
_DELEGATIONS_TALK = re.compile(r"\b(?:talks|negotiations|meeting|delimitation|demarcation)\b")
_BORDER = re.compile(r"\bborders?\b")
# a government's head or his deputy heading a delegation: "Deputy Prime Minister",
# "First Vice Prime Minister"
_PRIME_MINISTER = re.compile(r"\b(?:prime minister|premier)\b", re.IGNORECASE)
# "talks on the delimitation", "negotiate on border", "border talks": what a delegation a prime
# minister heads is there for
_TALKS_ON_BORDER = re.compile(
    r"\b(?:talks|negotiat\w*)\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:border|delimitation)"
    r"|\bborder\s+(?:talks|negotiations)\b"
)


def government_delegations(
    ctx: Context, states: list[str], parts: list[Person] | None = None
) -> str | None:
    """ "Government Delegations of Kyrgyzstan and Tajikistan on Border Delimitation and
    Demarcation": two states' government delegations that meet over their common border, named
    by the delegations and by what they settle (delimitation and demarcation, customs). A
    delegation a (deputy) prime minister heads is his government's; a third state none of
    whose officials is titled is no side of the two states' talks."""
    parts = parts or []
    if len(states) == 3:
        sides = [code for code in states if any(p.country == code and p.title for p in parts)]
        states = sides if len(sides) == 2 else states
    if len(states) != 2:
        return None
    low = ctx.low
    if not _BORDER.search(low):
        return None
    premier = any(p.title and _PRIME_MINISTER.search(p.title) for p in parts)
    if low.find("government") == -1 and not premier:
        return None
    sentences = ctx.doc.sentences
    cues = [m.start() for m in _GOVERNMENT_DELEGATION.finditer(low)]
    if premier:
        cues += [m.start() for m in _TALKS_ON_BORDER.finditer(low)]
    for start in sorted(cues):
        # the sentence naming the delegation, or the next one, tells what it talks about
        i = ctx.sent_idx(start)
        a, b = sentences[i][0], sentences[min(i + 1, len(sentences) - 1)][1]
        if _DELEGATIONS_TALK.search(low, a, b) and low.find("visit", a, b) == -1:
            break
    else:
        return None
    if "delimitation" in low:
        subject = "Delimitation and Demarcation" if "demarcation" in low else "Delimitation"
    else:
        subject = "and Customs Issues" if "customs" in low else "Issues"
    first, second = sorted(ctx.lex.country_name(code) or code for code in states)
    return f"Government Delegations of {first} and {second} on Border {subject}"


def president_and_agency(ctx: Context, parts: list[Person]) -> str | None:
    """ "President of Kazakhstan and Anti-Corruption Agency of Kazakhstan": a head of state
    who meets one official, of his state or another's, named by nothing else (whatever role
    the text gives him); the official's agency as his title names the office he heads."""
    if len(parts) != 2:
        return None
    heads = [p for p in parts if p.country and _a_head(ctx, p)]
    if len(heads) != 1:
        return None
    head = heads[0]
    official = parts[1] if parts[0] is head else parts[0]
    if official.country is None:
        return None
    agency = _agency_in_titles(ctx, [official], official.country)
    if agency is None:
        kind = kind_in(official.title or "")
        if kind is None:
            return None
        agency = f"{kind.singular} of {ctx.lex.country_name(official.country) or official.country}"
    else:
        agency = _demonym_to_state(ctx.lex, agency, official.country)
    return f"President of {ctx.lex.country_name(head.country) or head.country} and {agency}"


# "Belarus President Aleksandr Lukashenko said as he met with Vietnam Minister of Public
# Security To Lam", "said Kyrgyz President Sooronbay Jeenbekov on May 14 when meeting with
# visiting ... Minister of Public Security Zhao Kezhi": a head of state (his state named right
# before) meeting a visitor, the visitor's office next
_PRESIDENT_MEETS = re.compile(
    r"\bPresident (?:[A-Z][\w.’'-]+ ){1,3}[^.;]{0,40}?\b(?:met|meeting|meets|received|receiving)"
    r"(?: with)? (?:the )?(?:visiting )?(?P<visitor>[^.;]{5,120})"
)


def president_in_lead(ctx: Context, states: list[str]) -> str | None:
    """ "President of Belarus and Ministry of Public Security of Vietnam": with nobody's title to
    go by, the lead's first sentences tell a head of state meeting a visitor whose office names
    a kind of agency; the visitor's state is the one his words name, else the other of the two
    states taking part."""
    sentences = ctx.doc.sentences
    end = sentences[min(2, len(sentences) - 1)][1]
    if ctx.text.find("President ", sentences[0][0], end) == -1:
        return None
    for m in _PRESIDENT_MEETS.finditer(ctx.text, sentences[0][0], end):
        g = bisect_left(ctx.geo_starts, m.start()) - 1
        state = ctx.geo[g] if g >= 0 else None
        named = state is not None and state.end == m.start() - 1 and state.kind != "city"
        home = ctx.country_code(state) if state is not None and named else None
        v, w = m.span("visitor")
        kind = kind_in(ctx.text[v:w])
        if home is None or kind is None:
            continue
        guests = [c for c in codes_in(ctx, v, w) if c != home]
        if not guests:
            guests = [c for c in states if c != home]
        if len(guests) != 1:
            continue
        lex = ctx.lex
        head, guest = lex.country_name(home), lex.country_name(guests[0])
        return f"President of {head} and {kind.singular} of {guest}"
    return None


# a head of state in the lead, met or reported to: "Kazakh President receives ...", "Belarus
# President X heard out a report of ...", "reported to the Head of the State", "President of X"
_PRESIDENT_CUE = re.compile(
    r"\b(?:(?P<dem>[A-Z][\w-]+)(?:['’]s?)?\s+)?President\b"
    r"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<of>[A-Z][\w-]+))?"
    r"|\b[Hh]ead of (?:the )?[Ss]tate\b"
)
_MET_OR_REPORTED = re.compile(
    r"\b(?:met|meets|meeting|received|receives|receiving|reception|talks|reported|reports"
    r"|report|briefed|briefs|heard)\b",
    re.IGNORECASE,
)


def president_and_one_official(ctx: Context, parts: list[Person]) -> str | None:
    """ "President of Kazakhstan and Interior Ministry of Kazakhstan": the lead tells a head of
    state receiving, meeting or hearing the report of the officials of one agency, who are the
    only officials the text titles (the president himself may stand untitled or unnamed: "the
    Head of State"). The president's state is the one named with him, else the officials'
    own state when it is the only one taking part."""
    titled = [p for p in parts if p.title and not _a_head(ctx, p)]
    if not titled or any(p.country is None or _of_an_organization(ctx, p) for p in titled):
        return None
    state = titled[0].country
    if any(p.country != state for p in titled):
        return None
    agencies = {_agency_of(ctx, p, state) for p in titled}
    if len(agencies) != 1 or None in agencies:
        return None
    sentences = ctx.doc.sentences
    lex = ctx.lex
    home = None
    for i in range(min(3, len(sentences))):
        a, b = sentences[i]
        if "resident" not in ctx.text[a:b] and "tate" not in ctx.text[a:b]:
            continue
        cue = next(
            (
                c
                for c in _PRESIDENT_CUE.finditer(ctx.text, a, b)
                if not _UNDER_BEFORE.search(ctx.text, max(a, c.start() - 12), c.start())
            ),
            None,
        )
        if cue is None or not _MET_OR_REPORTED.search(ctx.text, a, b):
            continue
        named = cue.group("of") or cue.group("dem")
        codes = codes_in(ctx, cue.start(), cue.end()) if named else []
        home = codes[0] if codes else None
        if (
            home is None
            and named
            and lex.country_by_name(named) is None
            and named not in ("The", "the", "A")
        ):
            return None  # "Vice President", "Union President": not a state's head
        if home is None and any(p.country not in (None, state) for p in parts):
            return None
        home = home or state
        break
    if home is None:
        return None
    return f"President of {lex.country_name(home) or home} and {agencies.pop()}"


# "the Agency under the President": the president names whose agency it is, not who meets
_UNDER_BEFORE = re.compile(r"\bunder\s+(?:the\s+)?$")


def _of_an_organization(ctx: Context, person: Person) -> bool:
    """Whether an official is an international organization's."""
    org = ctx.lex.org_by_name(person.organization) if person.organization else None
    return org is not None and org.kind == "international"


def _agency_of(ctx: Context, person: Person, state: str) -> str | None:
    """The agency an official's title names: the office he heads, else its kind, with his
    state."""
    agency = _agency_in_titles(ctx, [person], state)
    if agency is not None:
        return _demonym_to_state(ctx.lex, agency, state)
    kind = kind_in(person.title or "")
    if kind is None:
        return None
    return f"{kind.singular} of {ctx.lex.country_name(state) or state}"


def _a_head(ctx: Context, person: Person) -> bool:
    """Whether ``person`` is a head of state: his title is one ("President of Kazakhstan", or
    its last part: "Leader of the Nation, President of Tajikistan"), or, untitled, the text
    names him with it ("Alexander Lukashenko, President of Belarus", "President A")."""
    if person.title:
        return _HEAD_OF_STATE_TITLE.fullmatch(person.title.rsplit(", ", 1)[-1]) is not None
    return f"President {person.name}" in ctx.text or f"{person.name}, President" in ctx.text


def _demonym_to_state(lex: Lexicon, agency: str, state: str) -> str:
    """ "Russian Investigative Committee of Russia" -> "Investigative Committee of Russia": the
    demonym an office's name opens with, folded into its closing state."""
    first, _, rest = agency.partition(" ")
    country = lex.country_by_name(first)
    entry = next((c for c in lex.countries if first in c.get("demonyms", [])), None)
    if rest and country is None and entry is not None and entry["code"] == state:
        name = lex.country_name(state) or state
        return rest if rest.endswith(f" of {name}") else f"{rest} of {name}"
    return agency


# "a meeting of the border representatives of ...", "talks of border commissioners": the two
# states' border representatives (or commissioners, plenipotentiaries) meet
_BORDER_DELEGATES = re.compile(
    r"\b(?:meeting|talks|consultations|negotiations)\s+of\s+(?:the\s+)?"
    r"(?P<deputy>deputy\s+chief\s+)?border\s+(?P<who>representatives|commissioners"
    r"|plenipotentiaries)\b"
)


def border_delegates(ctx: Context, states: list[str]) -> str | None:
    """ "Border Representatives of Kyrgyzstan and Tajikistan": in the headline or the lead's
    first sentences, a meeting of the border representatives (or commissioners) of the two
    states taking part."""
    if len(states) != 2:
        return None
    sentences = ctx.doc.sentences
    end = sentences[min(4, len(sentences)) - 1][1]
    if ctx.low.find("border ", 0, end) == -1:
        return None
    m = _BORDER_DELEGATES.search(ctx.low, 0, end)
    if m is None:
        return None
    who = "Representatives" if m.group("who") == "representatives" else "Commissioners"
    deputy = "Deputy Chief " if m.group("deputy") else ""
    names = sorted(ctx.lex.country_name(c) or c for c in states)
    return f"{deputy}Border {who} of {names[0]} and {names[1]}"


_FOREIGN_MINISTRIES = "Foreign Ministries of "
# the subject of two foreign ministries' talks in the lead: terrorism
_TERROR = re.compile(r"\bterror")


def counter_terrorism_consultations(ctx: Context, body: str) -> str:
    """ "Counter-Terrorism Consultations of the Foreign Ministries of India and Russia": two
    states' foreign ministries meeting on terrorism, as the headline or the lead's first
    sentences tell; the body named so, else unchanged."""
    if not body.startswith(_FOREIGN_MINISTRIES):
        return body
    sentences = ctx.doc.sentences
    end = sentences[min(3, len(sentences)) - 1][1]
    if not _TERROR.search(ctx.low, 0, end):
        return body
    return f"Counter-Terrorism Consultations of the {body}"


# A group of states whose agencies of one kind meet: an organization's member states ("the
# SCO member states", "of the Shanghai Cooperation Organization (SCO)") or a region's states
# ("Central Asian countries", "the countries of Central Asia")
_GROUP = re.compile(
    r"(?P<org>SCO|CSTO|CIS|BRICS|OTS|Shanghai Cooperation Organi[sz]ation"
    r"|Collective Security Treaty Organi[sz]ation|Commonwealth of Independent States"
    r"|Organi[sz]ation of Turkic States)(?:\s*\([A-Z]{2,5}\))?"
    r"(?P<members>\s+(?:member\s+)?(?:states|countries|nations))?\b"
    r"|(?P<region>Central Asian (?:countries|states|nations)"
    r"|(?:countries|states) of Central Asia)\b"
)
_GROUP_ACRONYM = {
    "Shanghai": "SCO",
    "Collective": "CSTO",
    "Commonwealth": "CIS",
    "Organization": "OTS",
    "Organisation": "OTS",
}
# the officials of the kind right before the group: "Heads of emergency agencies from ",
# "Chief prosecutor ", "meeting of General Prosecutors of the "
_BEFORE_GROUP = re.compile(r"(?:\s+(?:of|from)(?:\s+the)?)?\s+$")
# how the reference data calls the heads of one kind of agency meeting
_HEADS_OF_KIND = {
    "prosecutor": "Prosecutors General",
    "security-council": "Secretaries of Security Councils",
    "supreme-court": "Chairpersons of Supreme Courts",
    "interior": "Interior Ministers",
    "defence": "Defence Ministers",
    "justice": "Ministers of Justice",
}


def group_meeting(ctx: Context) -> str | None:
    """ "Meeting of Heads of Emergency Agencies of Central Asian Countries", "Meeting of
    Prosecutors General of SCO Member States": with no body named, the officials of one kind of
    agency of a group of states - an organization's member states, a region's states - named
    together in the text (the kind in the words right before the group) meet as that group's
    heads of the kind; by the reference data's name when it lists the meeting."""
    text = ctx.text
    if "Central Asia" not in text and not any(a in text for a in _GROUP_PRE):
        return None
    for g in _GROUP.finditer(text):
        if g.group("org") and not g.group("members") and not text[: g.start()].endswith("the "):
            continue  # "SCO" alone names the members only after "of the"
        sent = ctx.doc.sentences[ctx.sent_idx(g.start())]
        window = text[max(sent[0], g.start() - 70) : g.start()]
        if not _BEFORE_GROUP.search(window):
            continue
        kind = kind_in(window.rsplit(",", 1)[-1].rsplit(" and ", 1)[-1])
        if kind is None:
            continue
        heads = [f"Heads of {kind.members}"]
        if kind.key in _HEADS_OF_KIND:
            heads.insert(0, _HEADS_OF_KIND[kind.key])
        if g.group("region"):
            owners = ["Central Asian Countries", "Central Asian States"]
        else:
            org = g.group("org")
            acronym = _GROUP_ACRONYM.get(org.split()[0], org)
            owners = [f"{acronym} Member States"]
            if acronym == "OTS":
                owners.append("the Organization of Turkic States")
        names = [f"Meeting of {h} of {o}" for h in heads for o in owners]
        return next((n for n in names if ctx.lex.org_by_name(n) is not None), names[0])
    return None


_GROUP_PRE = (
    "SCO",
    "CSTO",
    "CIS",
    "BRICS",
    "OTS",
    "Shanghai",
    "Collective Security",
    "Commonwealth",
    "Turkic",
)
