"""A report in Russian from text to facts: the same steps and the same result as ``core`` for
English, with the Russian rules of this package."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..cleaning import clean
from ..context import Context, Span
from ..home_state import agency_state, site_state
from ..lexicon import Lexicon, Match
from ..places import one_states_meeting
from ..publication import publication_of
from ..represents import pair_order
from ..result import Extraction, assemble, evidence_span
from ..textio import ExtractionError
from ..when import date_in_sentence, find_meeting_date
from . import cues as C
from .agencies import (
    agencies_meeting,
    agency_and_organisation,
    bilateral_within,
    border_delegates,
    heads_acted,
    listed_states_agencies,
    officials_body,
    president_met,
    president_received,
    sides_in_lead,
    two_states_agencies,
)
from .body_sets import add_body_names
from .facts import (
    find_body,
    find_countries,
    find_ordinal,
    find_organizations,
    find_topics,
    find_venue,
)
from .morph import lemma, parse, plural_verb
from .participants import Participant, find_participants, heads_of_the_sides
from .text import find_dateline, prepare, story_after_news_items


def _announcement(ctx: Context) -> bool:
    """Whether the report announces a coming meeting: its first sentence about the meeting
    speaks of the future, and no sentence about a meeting (but one preparing it) says it is
    under way or was held (a subhead "На заседании будут обсуждаться ..." over "Заседание
    проходит в ...")."""
    first = next((i for i in range(len(ctx.doc.sentences)) if ctx.has(C.MEETING, i)), None)
    if first is None or not ctx.has(C.FUTURE, first) or ctx.has(C.OTHER_EVENT, first):
        return False
    return not any(
        ctx.has(C.HELD, i)
        and ctx.has(C.MEETING, i)
        and not ctx.has(C.OTHER_EVENT, i)
        and not ctx.has(C.FUTURE, i)
        and not ctx.has(C.PREPARATORY, i)
        for i in range(len(ctx.doc.sentences))
    )


# a described name whose owners are states left unnamed: "Heads of Interior Ministries of
# States", "Prosecutors General of State"
_OF_STATES = re.compile(r"\bof (?:the )?States?$")
# ... of a group of states: "of the Caspian States", "of SCO Member States"
_OF_A_GROUP = re.compile(r"\b(?:States|Countries)$")


def _names_no_side(lex: Lexicon, body: str, part: dict[str, Span]) -> bool:
    """Whether a described name says only who met: its owners are "States", or it names the
    heads of fewer of the two states taking part than take part (and no group of states)."""
    if _OF_STATES.search(body):
        return True
    if len(part) != 2 or not body.startswith("Heads of ") or _OF_A_GROUP.search(body):
        return False
    named = {
        lex.countries[m.ref]["code"] for m in lex.scan(body) if m.kind in ("country", "demonym")
    }
    return len(named) < 2


def _joint_states(lex: Lexicon, body: str | None) -> set[str] | None:
    """The two states of a joint collegium ("Joint Collegium of the Interior Ministries of A
    and B", "... of the Prosecutor General's Offices of A and B"), or None when the body is
    no joint collegium."""
    m = re.match(r"Joint Collegium of the [\w'’ ]+? of (.+) and (.+)$", body or "")
    if m is None:
        return None
    return {c.code for c in (lex.country_by_name(m.group(1)), lex.country_by_name(m.group(2))) if c}


_EMBASSY_IN = re.compile(r"\bEmbassy of [\w .'-]+ in (?P<host>[\w .'-]+)$")


def _settle_roles(parts: list[Participant], joint: set[str] | None) -> None:
    """Roles that depend on the others: two chairs are co-chairs; a session chair outranks the
    chairman elected at it; in a joint collegium the heads of the two ministries co-chair (not a
    guest minister of a third state)."""
    chairs = [p for p in parts if p.participant and p.role == "chair"]
    if len(chairs) >= 2:  # "Коллегию провели министры ... А и Б": they chair it together
        for p in chairs:
            p.role = "co-chair"
    chaired = bool(chairs)
    openers = [p for p in parts if p.participant and p.role == "opened"]
    # the heads of the two ministries of a joint collegium, when both are named: one alone
    # ("Министр ... А выступил на заседании Объединенной коллегии") keeps his own role
    heads = [
        p
        for p in parts
        if joint is not None
        and p.participant
        and p.role in ("attendee", "speaker")
        and p.title
        and _heads_ministry(p.title)
        and (p.country is None or p.country in joint)
    ]
    for p in parts:
        if not p.participant:
            continue
        if p.role == "elected-chair":
            # elected for a term still to come ("на 2027 год"): this sitting's chair is another
            p.role = "attendee" if chaired or "elected-later" in p.cues else "chair"
        elif p.role == "opened":
            p.role = "co-chair" if joint is not None or len(openers) >= 2 else "chair"
        elif p in heads and len(heads) >= 2:
            p.role = "co-chair"


# "представители восьми стран", "делегации 9 государств": how many states take part
_STATES_COUNTED = re.compile(
    r"\b(?:представител|делегаци|руководител|глав)\w*\s+(\d{1,2}|[а-яё]+)\s+(?:стран|государств)\b"
)
_SMALL_NUMBERS = {
    "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
}  # fmt: skip


def _host_makes_the_count(
    ctx: Context, venue_code: str | None, part: dict[str, Span], mentioned: dict[str, Span]
) -> None:
    """ "Принимали участие представители восьми стран" and seven states listed, the host's
    not among them: the host state is the eighth."""
    if venue_code is None or venue_code in part:
        return
    for m in _STATES_COUNTED.finditer(ctx.low):
        word = m.group(1)
        count = int(word) if word.isdigit() else _SMALL_NUMBERS.get(lemma(word))
        if count is not None and count == len(part) + 1:
            part[venue_code] = ctx.span(m.start())
            mentioned.pop(venue_code, None)
            return


def _heads_ministry(title: str) -> bool:
    low = title.lower()
    return low.startswith(("глава", "руководител", "министр")) and (
        "мвд" in low or "внутренних дел" in low
    )


def _host_state_chairs(
    ctx: Context,
    people: list[Participant],
    venue_code: str | None,
    part: dict[str, Span],
    mentioned: dict[str, Span],
) -> None:
    """Who chairs or hosts without a stated country is the host state's, which takes part."""
    for p in people:
        if p.country is None and p.organization is None and p.role in ("chair", "host"):
            p.country = venue_code
            if venue_code and venue_code not in part:
                part[venue_code] = ctx.span(p.evidence[0] if p.evidence else 0)
                mentioned.pop(venue_code, None)


# the agencies whose heads' talks outrank a name read from the report's phrase
_USUAL = frozenset({"prosecutor", "interior", "public-security"})


def _hosts_at_home(people: list[Participant], venue_code: str | None) -> None:
    """One who "met with" or "held talks with" another hosts only in his own state: "Мальцев
    встретился 4 мая с председателем Госпогранслужбы Украины" names no venue, and a visiting
    minister who "встретился с" his host's premier is the guest. The one a visitor met in her
    own state, the venue's, is the host ("делегация во главе с А провела встречу с министром
    Молдовы Б" in Chisinau)."""
    visited = False
    for p in people:
        if (
            p.role == "host"
            and "met-with" in p.cues
            # (who tells or greets "the guests" receives them at home)
            and "greets-guests" not in p.cues
            and (venue_code is None or p.country != venue_code)
            # a head of state who meets an official ("Глава государства А встретился с
            # директором ...") receives him at home, wherever the report leaves it; so does
            # one who meets a delegation or foreign colleagues ("встретился с делегацией")
            and not ({"head", "met-visitors"} & p.cues and venue_code is None)
        ):
            cues = p.cues
            spoke = "speech" in cues and ({"address", "spoke-apart"} & cues or "attend" not in cues)
            # with no venue told, who hosts is unknown: one of the two sides that met, whatever
            # he said there (his words are the talks themselves)
            side = venue_code is None
            p.role = "speaker" if (spoke or "office-spoke" in cues) and not side else "attendee"
            visited = visited or (venue_code is not None and p.country is not None)
    met = [p for p in people if "guest" in p.cues and p.country == venue_code]
    if visited and len(met) == 1 and not any(p.role in ("host", "chair") for p in people):
        met[0].role = "host"
    _host_is_of_the_venue(people, venue_code)


def _sides_of_two(
    people: list[Participant], venue_code: str | None, part: dict[str, Span], known: bool
) -> None:
    """Two states' officials who talked or signed together ("Главы погранведомств А и Б
    обсудили ...", "подписали меморандум"), with no venue told and no body of the reference
    data: each is one of the two sides, whatever he said, when each side is one person."""
    if venue_code is not None or known or len(part) != 2 or len(people) != 2:
        return
    if {p.country for p in people} != set(part):
        return
    if any(p.role not in ("speaker", "attendee") for p in people):
        return
    if not all({"discussed", "attend"} & p.cues for p in people):
        return
    for p in people:
        p.role = "attendee"


def _head_of_the_venue_greets(people: list[Participant], venue_code: str | None) -> None:
    """The head of state or government of the venue's state who only opens or greets the
    session ("В своем приветственном слове президент Армении А отметил" in Yerevan) hosts it,
    when no one else hosts or chairs."""
    if venue_code is None or any(p.role in ("host", "chair", "co-chair") for p in people):
        return
    heads = [
        p
        for p in people
        if "head" in p.cues
        and p.role == "speaker"
        and p.country == venue_code
        and not ({"attend", "chair"} & p.cues)
    ]
    if len(heads) == 1:
        heads[0].role = "host"


# the head of a region or town: "губернатор области", "мэр города", "аким", "хоким"
_LOCAL_HEAD = re.compile(
    r"^(?:губернатор|мэр|аким|хоким|глава\s+(?:региона|области|города|района))\b"
)


def _local_head_of_the_venue(people: list[Participant], venue_code: str | None) -> None:
    """A governor or mayor of no stated state who greets the session ("Как отметил в
    приветственном слове губернатор региона А") heads the venue's region: of its state."""
    if venue_code is None:
        return
    for p in people:
        if p.country is None and p.title and _LOCAL_HEAD.match(p.title.lower()):
            p.country = venue_code


def _host_is_of_the_venue(people: list[Participant], venue_code: str | None) -> None:
    """A host receives at home: "встреча А с Б" held in B's state, or two officials both read
    as hosts, leave the hosting to the one participant of the venue's state, and the visitor
    of another state takes part. One said to receive ("встретил", "принял делегацию") hosts
    whatever town the report names elsewhere."""
    if venue_code is None or any(p.role in ("chair", "co-chair") for p in people):
        return
    home = [p for p in people if p.country == venue_code]
    visitors = [
        p
        for p in people
        if p.role == "host" and p.country not in (None, venue_code) and "receives" not in p.cues
    ]
    if not home:
        # with no one of the venue's state named, a visitor still hosts nothing abroad
        # ("глава погранслужбы Кыргызстана А провёл встречу с Б" in Urumqi) when the one he
        # met is of another state or none read (all of one state: a state misread)
        visitors = [
            p
            for p in visitors
            if "head" not in p.cues and any(q.country != p.country for q in people if q is not p)
        ]
    if len(home) > 1 or not visitors:
        return
    for p in visitors:
        cues = p.cues
        spoke = "speech" in cues and ({"address", "spoke-apart"} & cues or "attend" not in cues)
        p.role = "speaker" if spoke or "office-spoke" in cues else "attendee"
    if home:
        home[0].role = "host"


# the report's author set in the byline's marks: "КАЗИНФОРМ /Даурен Жайлин/ -" after the
# agency's name, "[«Аргументы Недели», Герман Напольский ]" after the outlet's
_BYLINE_BEFORE = re.compile(r"(?:[A-ZА-ЯЁ]{4,}\s*/|\[[^\]\n]{0,40}[»\"],)\s*$")
_BYLINE_AFTER = re.compile(r"\s*[/\]]")


def _bylined(ctx: Context, parts: list[Participant]) -> None:
    """One named only in the byline's marks wrote the report: he is no participant."""
    for p in parts:
        if (
            p.participant
            and p.person.mentions
            and all(
                _BYLINE_BEFORE.search(ctx.text, max(0, m.start - 45), m.start)
                and _BYLINE_AFTER.match(ctx.text, m.end)
                for m in p.person.mentions
            )
        ):
            p.participant = False
            p.reason = "author"


def _site_official(ctx: Context, people: list[Participant], site: str | None) -> None:
    """A national site tells its own officials with no state ("в мероприятии принял участие
    начальник СГБ А", "делегация во главе с министром внутренних дел А"): the one participant
    of no state, holding a national office (a title naming no international body, office or
    secretary), is of the site's state when no other participant is. A site under .ru is
    weaker evidence, since aggregators and the other states' outlets publish Russian there:
    its state is taken only when his sentence names no other ("Во время визита делегации МВД
    Беларуси во Вьетнам министр ... А" on an aggregator's page is Belarus's)."""
    lex = ctx.lex
    if site is None or any(p.country == site for p in people):
        return
    stateless = [p for p in people if p.country is None and p.organization is None]
    if len(stateless) != 1 or not stateless[0].title:
        return
    title = stateless[0].title
    if (
        _NOT_NATIONAL.search(title.lower())
        or _names_a_place(title)
        or any(
            m.kind == "org" and lex.org_list[m.ref].kind in ("international", "body")
            for m in lex.scan(title)
        )
        or (site == "RU" and _names_another_state(ctx, stateless[0], site))
    ):
        return
    stateless[0].country = site


def _names_another_state(ctx: Context, p: Participant, site: str) -> bool:
    """Whether the sentence ``p`` is told in names a state other than ``site``."""
    if p.evidence is None:
        return False
    a, b = ctx.doc.sentences[ctx.sent_idx(p.evidence[0])]
    return any(
        m.kind in ("country", "demonym") and ctx.country_code(m) != site
        for m in ctx.geo
        if a <= m.start < b
    )


# the heads of both sides, in the plural, right before a pair of names: "руководители МЧС двух
# стран", "главами таможенных структур", "министров по чрезвычайным ситуациям"
_PLURAL_HEADS = re.compile(
    r"\b(?:руководител(?:и|ей|ями)|глав(?:ы|ами)?|министр(?:ы|ов|ами)|председател(?:и|ей|ями)"
    r"|директор(?:а|ов|ами)|начальник(?:и|ов|ами))\s[^.;:!?«»()]{0,80}$"
)
_PAIR_GAP = re.compile(r"\s*(?:[–—-]\s*)?$")
_AND_RANK = re.compile(r"\s+и\s+(?:[а-яё-]+\s+){0,3}")
_NEXT_WORD_RU = re.compile(r",?\s+([а-яё]+)")


def _pair_of_sides(ctx: Context, people: list[Participant], part: dict[str, Span]) -> None:
    """Two states' heads named as a pair with no state of their own ("руководители МЧС двух
    стран А и Б", "главами ведомств А и Б", "А и Б утвердили план") stand in the order the
    report first names the two states, when the last sentence naming both before the pair
    agrees."""
    if len(part) != 2:
        return
    stateless = [p for p in people if p.country is None and p.organization is None]
    if len(stateless) < 2:
        return
    starts = {m.start: p for p in stateless for m in p.person.mentions}
    ends = {m.end: (m.start, p) for p in stateless for m in p.person.mentions}
    for end, (start, first) in sorted(ends.items()):
        gap = _AND_RANK.match(ctx.text, end)
        second = starts.get(gap.end()) if gap else None
        if second is None or second is first or second.country is not None:
            continue
        if first.country is not None or ctx.sent_idx(start) != ctx.sent_idx(gap.end()):
            continue
        s = ctx.doc.sentences[ctx.sent_idx(start)][0]
        heads = _PLURAL_HEADS.search(ctx.low, max(s, start - 100), start)
        after = _NEXT_WORD_RU.match(
            ctx.low, max(m.end for m in second.person.mentions if m.start == gap.end())
        )
        if heads is None and not (after and plural_verb(after.group(1))):
            continue
        order = pair_order(ctx, _state_mentions(ctx, part), start)
        if order is not None:
            first.country, second.country = order


def _state_mentions(ctx: Context, part: dict[str, Span]) -> list[tuple[int, str]]:
    """(offset, code) of each naming of a state of ``part``, the first half of a compound
    ("белорусско-украинской") before the second."""
    out: list[tuple[int, str]] = []
    for m in ctx.geo:
        if m.kind not in ("country", "demonym"):
            continue
        first = (
            _FIRST_OF_PAIR.search(ctx.low, max(0, m.start - 30), m.start)
            if m.kind == "demonym" and ctx.text[m.start - 1 : m.start] == "-"
            else None
        )
        if first is not None:
            other = [g for g in ctx.lex.scan(first.group(1) + "ий") if g.kind == "demonym"]
            if other and (code := ctx.lex.country_list[other[0].ref].code) in part:
                out.append((first.start(), code))
        if (code := ctx.country_code(m)) in part:
            out.append((m.start, code))
    return out


# an office that serves an international body, another state or a body's joint staff, never
# the site's state alone: "заместитель Генерального секретаря СНГ", "посол", "представитель
# МВД России в Абхазии", "директор Совместного ... центра", "госсекретарь Союзного государства"
_NOT_THE_SITES = re.compile(
    r"генеральн\w* секретар|генсек|организаци|офис|посол|посольств|консул|атташе|поверенн"
    r"|представител|совместн|союзн|содружеств|исполнительн\w* комитет|интерпол"
    r"|(?<![а-яё])(?:снг|одкб|шос|оон|обсе|ратс|еаг|оэс|оюэ)(?![а-яё])"
)
# the heads of both sides named together: "руководители МЧС двух стран А и Б"
_BOTH_SIDES = re.compile(r"\b(?:двух|обеих|обоих)\s")


def _the_sites_own(
    ctx: Context,
    lex: Lexicon,
    people: list[Participant],
    site: str | None,
    part: dict[str, Span],
    venue_country: str | None,
) -> None:
    """A state's own site names the foreign side's state and leaves its own officials'
    unsaid ("министр внутренних дел А провел встречу с послом Б"): at a meeting its state
    takes part in, a participant of no stated state nor international body, whose national
    office names no other state and whose sentence names no state but the site's, is of the
    site's state. Who receives guests while the site's own officials take part is the guests'
    host, of another state ("Гостей встретил руководитель территориального органа А" on the
    visiting delegation's site)."""
    if site is None or site not in part:
        return
    venue = lex.country_by_name(venue_country) if venue_country else None
    abroad = venue is not None and venue.code != site
    visiting = abroad or any(q.country == site and "attend" in q.cues for q in people)
    # one named with no title at all is the site's own as well, unless two are, who could be
    # either side
    untitled = [p for p in people if p.country is None and p.organization is None and not p.title]
    for p in people:
        if p.country is not None or p.organization is not None:
            continue
        if not p.title and (len(untitled) != 1 or p is not untitled[0]):
            continue
        if visiting and {"receives", "greets-guests"} & p.cues:
            continue
        title = (p.title or "").lower()
        if _NOT_THE_SITES.search(title) or any(
            m.kind == "org" and lex.org_list[m.ref].kind in ("international", "body")
            for m in lex.scan(p.title or "")
        ):
            continue
        if p.evidence is None or _PLURAL_AGENCIES.search(title) or _names_a_place(p.title or ""):
            continue
        a, b = ctx.doc.sentences[ctx.sent_idx(p.evidence[0])]
        if _BOTH_SIDES.search(ctx.low, a, b):
            continue
        own = [m for m in ctx.geo if a <= m.start < b and ctx.country_code(m) == site]
        if _names_another_state(ctx, p, site) or _names_a_place(ctx.text[a:b], a, own):
            continue
        p.country = site


# the heads of several agencies: "Руководители министерств внутренних дел А и Б"
_PLURAL_AGENCIES = re.compile(r"\b(?:министерств|ведомств|служб|структур)\b")
_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def _names_a_place(text: str, at: int = 0, known: list[Match] = ()) -> bool:
    """Whether ``text`` (found at offset ``at``) names a place outside the ``known`` hits of
    the gazetteer: a capitalised word the morphology knows as a place name ("Татарстана",
    "Абхазии"), a region or a state the gazetteer may not know."""
    for w in _CAPITALISED.finditer(text):
        if any(m.start <= at + w.start() < m.end for m in known):
            continue
        parses = parse(w.group().lower())
        if parses and "Geox" in parses[0].tag:
            return True
    return False


# a title of an international body's office: "генсек организации", "Генеральный секретарь
# ОЭС", "директор центрального офиса «RILO-Москва»"
_NOT_NATIONAL = re.compile(r"секретар|генсек|организаци|офис")


def _other_side(people: list[Participant], part: dict[str, Span]) -> None:
    """Two states' meeting where everyone named with a state is of one of them: the one
    participant of no state and no international body is of the other ("глава СВР России А
    ... глава Службы государственной безопасности страны Б" in Tashkent)."""
    if len(part) != 2:
        return
    stateless = [p for p in people if p.country is None and p.organization is None]
    sides = {p.country for p in people if p.country}
    if len(stateless) == 1 and len(sides) == 1 and sides <= part.keys():
        stateless[0].country = next(iter(part.keys() - sides))


def _convenes(lex: Lexicon, name: str, body: str, sent: set[str | None]) -> bool:
    """Whether the organisation ``name`` convenes rather than takes part: the body is its own
    ("Interpol General Assembly"), or its member states' or standing council's ("Meeting of
    Prosecutors General of SCO Member States", "CSTO Coordination Council on ...") and none
    of its officials (``sent``: the participants' organisations) is there."""
    if name in sent:
        return False
    if body.startswith(name + " "):
        return True
    org = lex.org_by_name(name)
    acronym = org.acronym if org is not None else None
    return bool(acronym) and re.search(rf"\b{re.escape(acronym)}\b", body) is not None


def _home_side_hosts(
    people: list[Participant], venue_code: str | None, part: dict[str, Span], known_body: bool
) -> None:
    """Two states' talks with no body of their own, held in one of them: the one participant
    of that state hosts the other's people ("Российская делегация во главе с министром А
    прибыла в Минск ... добавил министр МЧС Беларуси Б")."""
    if known_body or venue_code is None or len(part) != 2 or venue_code not in part:
        return
    if any(p.role in ("host", "chair", "co-chair") for p in people):
        return
    home = [p for p in people if p.country == venue_code]
    if (
        len(home) == 1
        and "envoy" not in home[0].cues  # an ambassador is his host state's guest
        and any(p.country and p.country != venue_code for p in people)
    ):
        home[0].role = "host"


# a gathering where who addresses it speaks, whoever hosts: "Joint Collegium of ...", "Council
# of ...", "International Conference on ...", "Meeting of Heads of ..."
_GATHERING = re.compile(
    r"\b(?:Collegium|Council|Conference|Commission|Committee|Meeting|Session|Forum|Summit"
    r"|Ceremony|Seminar|Heads)\b"
)


def _the_hosts_guests(
    people: list[Participant], body: str | None, known_body: bool, part: dict[str, Span]
) -> None:
    """Talks of two states' officials at one side's home, a head of state or government
    receiving officials, or one host and one guest: the visitors take part, whatever they said
    there (their words are the talks themselves); one who addressed a gathering
    ("выступил с докладом"), a standing body's session or a meeting of many states' officials
    ("Meeting of Interior Ministers of ECO Member States", whose host state's president received
    one delegation) still speaks."""
    if (
        known_body
        or (body is not None and " and " not in body)
        or any(p.role in ("chair", "co-chair") for p in people)
    ):
        return
    hosts = [p for p in people if p.role == "host"]
    sides = set(part) | {p.organization for p in people if p.organization}
    if not hosts and len(sides) == 2 and not _GATHERING.search(body or ""):
        # two sides' talks (two states, or a state and an international body) with no host
        # told (a call, talks of no known venue), not a session of a collegium, council or
        # conference: each side's words are the talks themselves
        for p in people:
            if p.role == "speaker" and "address" not in p.cues:
                p.role = "attendee"
        return
    if len(hosts) != 1:
        return
    home = hosts[0].country
    if home is None or "head" in hosts[0].cues or len(people) == 2:
        # a host of no known state ("начальник управления ... принял делегацию"), a head of
        # state or government receiving officials, or one host and one other: everyone else
        # is his guest
        guests = [p for p in people if p is not hosts[0]]
    elif len({p.country for p in people if p.country}) == 2:
        guests = [p for p in people if p.country not in (None, home)]
    else:
        return
    for p in guests:
        if p.role == "speaker" and "address" not in p.cues:
            p.role = "attendee"


_EXPERTS = re.compile(
    r"\b(?:совещани|заседани|встреч)\w*\s+(?:[а-яё]+\s+)?(?:эксперт|рабоч\w+\s+групп)"
)


# "проект соглашения об образовании Совета ...", "проекта Соглашения о создании ...": the
# agreement that sets a body up, its name next
_DRAFT_FOUNDING = re.compile(
    r"\bпроект\w*\s+(?:[а-яё]+\s+)?соглашени\w+\s+об?\s+(?:образовании|создании|учреждении)\s+$"
)


def _drafting_experts(ctx: Context) -> tuple[str, Span] | None:
    """Experts meeting on the draft agreement that founds a body ("Эксперты стран СНГ ...
    доработали проект соглашения об образовании Межгосударственного совета", "заседание
    экспертной группы по согласованию проекта соглашения об образовании Совета ..."), in the
    headline or the lead: "Expert Group on the Draft Agreement on the Establishment of the
    <body>"."""
    if "эксперт" not in ctx.low or "соглашени" not in ctx.low:
        return None
    lead = ctx.doc.sentences[min(3, len(ctx.doc.sentences)) - 1][1]
    for m in ctx.orgs:
        if m.start >= lead:
            break
        org = ctx.lex.org_list[m.ref]
        if org.kind != "body" or not _DRAFT_FOUNDING.search(ctx.low, max(0, m.start - 70), m.start):
            continue
        a, b = ctx.doc.sentences[ctx.sent_idx(m.start)]
        if ctx.low.find("эксперт", a, b) == -1:
            continue
        name = f"Expert Group on the Draft Agreement on the Establishment of the {org.name}"
        return name, ctx.span(a)
    return None


def _delimitation_talks(ctx: Context, part: dict[str, Span]) -> tuple[str, Span] | None:
    """Two states' talks on their border's line ("комиссии двух государств обсудят
    делимитацию оставшихся участков границы", "подписали протокол о финале делимитации
    границы"), told in the lead, as the archive names them: their government delegations
    on border delimitation and demarcation, whoever heads them."""
    if len(part) != 2 or "делимитац" not in ctx.low:
        return None
    for a, b in ctx.doc.sentences[:5]:
        if ctx.low.find("делимитац", a, b) != -1:
            names = sorted(ctx.lex.country_name(c) or c for c in part)
            name = f"Government Delegations of {names[0]} and {names[1]}"
            return f"{name} on Border Delimitation and Demarcation", ctx.span(a)
    return None


def _experts_meeting(ctx: Context, body_match: Match | None, announcement: bool) -> int | None:
    """The sentence reporting an experts' meeting held ("25 апреля состоялось совещание
    экспертов") in a report whose body is named only in the future ("30 мая пройдет заседание
    Совета ..."): the report is about the experts' meeting, not the session it prepares."""
    if announcement or body_match is None:
        return None
    named = {ctx.sent_idx(m.start) for m in ctx.orgs if m.ref == body_match.ref}
    if not any(ctx.has(C.FUTURE, i) for i in named) or any(
        ctx.has(C.HELD, i) and not ctx.has(C.FUTURE, i) for i in named
    ):
        return None  # the body's own session is not only announced
    for i, (a, b) in enumerate(ctx.doc.sentences):
        if (
            ctx.has(C.HELD, i)
            and not ctx.has(C.FUTURE, i)
            and not ctx.has(C.OTHER_EVENT, i)
            and _EXPERTS.search(ctx.low, a, b)
        ):
            return i
    return None


# "по подготовке предстоящего заседания Совета", "предстоящей сессии": a session to come,
# another than the one a report of a meeting held tells
_COMING_SESSION = re.compile(
    r"\b(?:подготов\w+|предстоящ\w+)\s+(?:к\s+)?(?:[а-яё]+\s+)?"
    r"(?:заседани|сесси|совещани|встреч|коллеги)"
)


def _dates_the_coming_session(ctx: Context, date_span: Span | None, announcement: bool) -> bool:
    """Whether a report of a meeting held takes its date from a sentence about the session
    that meeting prepares ("Эксперты обсудили подготовку предстоящего заседания Совета,
    которое пройдет 7-9 сентября"): those days are the coming session's."""
    if announcement or date_span is None:
        return False
    i = ctx.sent_idx(date_span["start"])
    a, b = ctx.doc.sentences[i]
    if ctx.has(C.HELD, i) and not ctx.has(C.FUTURE, i) or not _COMING_SESSION.search(ctx.low, a, b):
        return False
    return any(
        ctx.has(C.HELD, j) and ctx.has(C.MEETING, j) and not ctx.has(C.FUTURE, j)
        for j in range(len(ctx.doc.sentences))
        if j != i
    )


_HOSTS_IT = re.compile(
    r"\b(?:встречу|заседание|совещание|мероприятие|коллегию|сессию)\s+"
    r"(?:принимает|принимала|принимают|примет)\s+$"
)


def _hosting_state(
    ctx: Context, people: list[Participant], part: dict[str, Span], mentioned: dict[str, Span]
) -> None:
    """ "Встречу принимает Армения": the state hosts and takes part, and its one participant
    is the host."""
    if "принима" not in ctx.low and "примет" not in ctx.low:
        return  # no verb of _HOSTS_IT in the text: no state before one
    for m in ctx.geo:
        if m.kind != "country" or not _HOSTS_IT.search(ctx.low, max(0, m.start - 60), m.start):
            continue
        code = ctx.country_code(m)
        if code is None:
            continue
        part.setdefault(code, ctx.span(m.start))
        mentioned.pop(code, None)
        ours = [p for p in people if p.country == code]
        if len(ours) == 1 and ours[0].role == "attendee":
            ours[0].role = "host"
        return


def _host_at_dateline(
    ctx: Context,
    people: list[Participant],
    date_start: str | None,
    precision: str,
    date_end: str | None = None,
    state: str | None = None,
) -> tuple[str | None, str | None, Span | None, float]:
    """No venue named: the dateline's city when the meeting's host or chair is of its state
    ("Душанбе, 14 ноября. Сегодня министр внутренних дел Таджикистана А встретился с ..."),
    or when it is in ``state``, the venue's state named with no town ("рабочая поездка ... в
    Таджикистан"), unless the meeting fell on other days than the dateline's ("5 мая, Минск
    /Корр./. ... А встретился 4 мая с ..."): the news is filed from the desk, the meeting was
    elsewhere."""
    dl = ctx.doc.dateline
    city = ctx.lex.city_by_name(dl.city_text) if dl else None
    if city is None:
        return None, None, None, 0.0
    if state is not None:
        venue = ctx.lex.country_by_name(state)
        if venue is None or venue.code != city.country:
            return None, None, None, 0.0
    elif not any(
        p.country == city.country for p in people if p.role in ("host", "chair")
    ) and not _lead_tells_the_meeting(ctx):
        return None, None, None, 0.0
    if precision == "day" and date_start is not None:
        # the days the meeting lasted ("14-15 января"): filed on any of them
        first = dt.date.fromisoformat(date_start[:10])
        last = dt.date.fromisoformat(date_end[:10]) if date_end else first
        days = {
            (d.month, d.day)
            for d in (first + dt.timedelta(n) for n in range(min(7, (last - first).days) + 1))
        }
        filed = {
            (d.month, d.day)
            for d in ctx.date_mentions or ()
            if dl.start <= d.start < dl.end and d.month and d.day
        }
        if filed and not filed & days:
            return None, None, None, 0.0
    return city.name, ctx.lex.country_name(city.country), ctx.span(dl.start), 0.4


# talks apart (by telephone, by video, online) or a conference of many states: one state's
# officials named alone do not place it
_APART_OR_MANY = re.compile(
    r"\b(?:онлайн|видео\w*|виртуальн\w*|телефон\w*|конференци\w*|вкс|дистанционн\w*)"
)


# a lead that tells the meeting itself: who met, received, signed or sat
_LEAD_MET = re.compile(
    r"\b(?:встрет\w+|встреч[аеиу]\w*|заседани\w+|принял[аи]?|подписал[аи]?|провел[аи]?"
    r"|провёл|состоял\w+|прош(?:ло|ла|ел|ёл|ли))\b"
)
# a lead that passes on what a source said ("сообщает", "говорится", "по данным")
_LEAD_RELAYED = re.compile(
    r"\b(?:сообщ\w+|говорится|переда[её]т|информир\w+|по\s+данным|заявил\w*|со\s+ссылкой)\b"
)
_PLACE_IN = re.compile(r"\bво?\s+$")


def _lead_tells_the_meeting(ctx: Context) -> bool:
    """Whether the lead after the dateline tells the meeting as the desk's own news ("13
    августа, Минск /Корр. БЕЛТА/. Экспертная группа на заседании доработала ..."): a meeting
    told, not relayed from a source, not a visit (which may go abroad), and no other place
    named after "в"."""
    dl = ctx.doc.dateline
    i = ctx.sent_idx(dl.end)
    if i >= len(ctx.doc.sentences):
        return False
    a, b = ctx.doc.sentences[i]
    if b - a < 40 and i + 1 < len(ctx.doc.sentences):
        a, b = ctx.doc.sentences[i + 1]
    if not _LEAD_MET.search(ctx.low, a, b) or _LEAD_RELAYED.search(ctx.low, a, b):
        return False
    if ctx.low.find("визит", a, b) != -1:
        return False  # "в рамках визита делегации ... в Абхазию": a visit may be abroad
    return not any(
        a <= g.start < b
        and g.kind in ("city", "country")
        and _PLACE_IN.search(ctx.low, max(0, g.start - 4), g.start)
        for g in ctx.geo
    )


def _received_elsewhere(lex: Lexicon, people: list[Participant], venue_country: str) -> bool:
    """Whether the one participant who receives another ("Президент А принял министра Б")
    is of another state than ``venue_country``: the state named is what they spoke of ("о
    недавнем визите Президента в Грузию"), he receives at home."""
    hosts = {p.country for p in people if "receives" in p.cues and p.role == "host" and p.country}
    venue = lex.country_by_name(venue_country)
    return len(hosts) == 1 and venue is not None and venue.code not in hosts


def _receiving_state(
    ctx: Context, people: list[Participant]
) -> tuple[str | None, Span | None, float]:
    """No venue named: the state of the one who receives a delegation ("Генеральный прокурор
    Узбекистана А принял делегацию Беларуси") hosts the meeting at home."""
    hosts = {p.country for p in people if "receives" in p.cues and p.role == "host" and p.country}
    if len(hosts) != 1:
        return None, None, 0.0
    host = next(p for p in people if p.country in hosts and "receives" in p.cues)
    span = ctx.span(host.evidence[0]) if host.evidence else None
    return ctx.lex.country_name(hosts.pop()), span, 0.4


# "встретились министры", "встреча министра ... с министром", "переговоры"
_MET_RU = re.compile(r"\b(?:встрет|встреч|переговор)\w*", re.IGNORECASE)


def _body_only_after_meeting_lead(ctx: Context, body_match: Match | None) -> bool:
    """Whether the lead (a sentence among the first five: datelines split into short ones)
    tells a meeting while the body found is named only two sentences or more after it, out of
    the title ("... взаимодействуют в различных форматах. В их числе Совет министров внутренних
    дел СНГ"): that body is context, not the meeting's."""
    if body_match is None:
        return False
    told = next(
        (i for i in range(min(5, len(ctx.doc.sentences))) if _MET_RU.search(ctx.sent_text(i))),
        None,
    )
    if told is None:
        return False
    return all(
        ctx.sent_idx(m.start) >= told + 2 and not ctx.in_title(m.start)
        for m in ctx.orgs
        if m.ref == body_match.ref
    )


# "состоялось в режиме видеоконференцсвязи", "в онлайн-формате прошло": held by video link
_REMOTE = r"(?:в\s+режиме|по|в\s+формате|посредством)\s+(?:видео\w*|онлайн\w*|вкс)"
_HELD_VERB = r"(?:состоял\w*|прош(?:ло|ла|ел|ёл|ли)|проходит|проходил\w*|проведен\w*|провели)"
_HELD_REMOTELY = re.compile(
    rf"\b{_HELD_VERB}\s+(?:[а-яё]+\s+){{0,2}}{_REMOTE}|\b{_REMOTE}\s+(?:[а-яё]+\s+){{0,2}}{_HELD_VERB}"
)


def _held_remotely(ctx: Context, city_span: Span | None) -> bool:
    """Whether a sentence reporting the meeting says it was held by video link and names no
    town of its own: a town another sentence names is not the meeting's venue."""
    for i, (a, b) in enumerate(ctx.doc.sentences):
        if not ctx.has(C.MEETING, i) or ctx.has(C.FUTURE, i):
            continue
        if _HELD_REMOTELY.search(ctx.low, a, b) and not any(
            g.kind == "city" and a <= g.start < b for g in ctx.geo
        ):
            return city_span is None or not a <= city_span["start"] < b
    return False


def _dates_another_day(
    ctx: Context, city_span: Span, date_start: str | None, precision: str
) -> bool:
    """Whether the sentence naming the venue states days, none of them the meeting's ("21 мая
    в Санкт-Петербурге прошло заседание глав правительств" in a report of a council meeting
    today, 27 May): that sentence tells another meeting, its city is not this one's."""
    if precision != "day" or date_start is None:
        return False
    day = dt.date.fromisoformat(date_start[:10])
    stated = {
        (d.month, d.day)
        for d in ctx.date_mentions or ()
        if city_span["start"] <= d.start < city_span["end"] and d.day and d.month
    }
    return bool(stated) and (day.month, day.day) not in stated


# "открывая заседание", "открылось заседание", "проходит заседание": the session under way
_UNDER_WAY = re.compile(
    r"\b(?:открывая|открыл\w*|проходит|проходящ\w+|начал\w*\s+работу)\s+(?:[а-яё]+\s+)?"
    r"(?:заседани|совещани|сесси|встреч|коллеги)"
)


def _opening_on_dateline_day(ctx: Context, date_span: Span | None) -> bool:
    """Whether the meeting is dated by the wire's dateline and told as under way on that day
    ("ЕРЕВАН, 14 окт ... сообщил ..., открывая заседание совета"): filed from the venue."""
    dl = ctx.doc.dateline
    return (
        dl is not None
        and date_span is not None
        and date_span["start"] == dl.start
        and _UNDER_WAY.search(ctx.low) is not None
    )


def _dateline_today(
    ctx: Context, date_basis: str
) -> tuple[str | None, str | None, Span | None, float]:
    """A meeting held on the day of the news ("Сегодня на заседании ... состоится") and no
    venue of its own: the city the dateline files it from."""
    dl = ctx.doc.dateline
    city = ctx.lex.city_by_name(dl.city_text) if dl else None
    if city is None or date_basis not in ("publication", "dateline"):
        return None, None, None, 0.0
    return city.name, ctx.lex.country_name(city.country), ctx.span(dl.start), 0.4


# "Interior Ministries of Georgia and Azerbaijan", "Heads of ... of Belarus, Russia and
# Kazakhstan": a descriptive name that ends with the states it brings together
_STATES_AT_END = re.compile(r" of ((?:[A-Z][\w.' -]+?, )*[A-Z][\w.' -]+?) and ([A-Z][\w.' -]+)$")


def _states_of_described_body(
    ctx: Context, body: str | None, span: Span, part: dict[str, Span], mentioned: dict[str, Span]
) -> None:
    """The states a descriptive body's name ends with take part, as a known body's do."""
    m = _STATES_AT_END.search(body or "")
    if m is None:
        return
    names = [*m.group(1).split(", "), m.group(2)]
    codes = [c.code for n in names if (c := ctx.lex.country_by_name(n)) is not None]
    if len(codes) != len(names):
        return  # not states alone: "... of SCO Member States"
    for code in codes:
        part.setdefault(code, span)
        mentioned.pop(code, None)


_FIRST_OF_PAIR = re.compile(r"\b([а-яё]{3,}ск)о-$")


def _paired_demonyms(ctx: Context, part: dict[str, Span], mentioned: dict[str, Span]) -> None:
    """ "Заседание узбекско-кыргызской рабочей группы", "российско-белорусских консультаций": a
    compound of two demonyms in a sentence about the meeting names its two sides, which take
    part."""
    for g in ctx.geo:
        if g.kind != "demonym" or ctx.text[g.start - 1 : g.start] != "-":
            continue
        first = _FIRST_OF_PAIR.search(ctx.low, max(0, g.start - 30), g.start)
        sentence = ctx.sent_idx(g.start)
        if first is None or not ctx.has(C.MEETING, sentence) or ctx.has(C.OTHER_EVENT, sentence):
            continue
        other = [m for m in ctx.lex.scan(first.group(1) + "ий") if m.kind == "demonym"]
        codes = [ctx.country_code(g), ctx.lex.country_list[other[0].ref].code if other else None]
        if None in codes or codes[0] == codes[1]:
            continue
        for code in codes:
            part.setdefault(code, ctx.span(first.start()))
            mentioned.pop(code, None)


def _first_evidence(ctx: Context, people: list[Participant]) -> Span | None:
    spans = [p.evidence[0] for p in people if p.evidence]
    return ctx.span(min(spans)) if spans else None


def _participant_row(ctx: Context, p: Participant) -> dict[str, Any]:
    """A participant as the result lists them: the Latin name, the name in the nominative in
    the report's script, and the name exactly as the report first writes it ("Ержана
    Саденова"), for the attendance record."""
    lex = ctx.lex
    first = min(p.person.mentions, key=lambda m: m.start)
    return {
        "name": p.person.name,
        "name_native": p.person.native,
        "name_as_written": ctx.text[first.start : first.end],
        "role": p.role,
        "title": p.title,
        "country": lex.country_name(p.country),
        "organization": p.organization,
        "name_variants": [],
        "confidence": 0.8 if p.title else 0.6,
    }


def extract_russian(
    text: str,
    *,
    file: str | None,
    lex: Lexicon,
    publication_date: dt.date | None,
    url: str | None,
) -> Extraction:
    """The meeting's facts from a Russian-language report: the same result as the English
    pipeline (core.extract), from the Russian cues, names and case forms."""

    prepared = prepare(text)
    story = story_after_news_items(prepared)
    if story is not None:
        # the items above the story are other news: the story alone, published on its day
        prepared, publication_date = story[0], publication_date or story[1]
    doc = clean(prepared)
    if not doc.text.strip() or not doc.sentences:
        raise ExtractionError("nothing is left of the report once page furniture is removed")
    find_dateline(doc, lex)
    ctx = Context(doc, lex)
    add_body_names(ctx)
    pub = publication_of(doc, publication_date, url)
    announcement = _announcement(ctx)

    city, venue_country, city_span, city_conf = find_venue(ctx, announcement)
    ctx.venue_city = city  # the dating reads it (a desk's dateline in another town)
    date_start, date_end, precision, date_basis, date_span = find_meeting_date(ctx, pub)
    # the body first without participants (a known body does not need them), then again
    # with the states of a joint collegium once they are known
    body, body_span, body_conf, body_match = find_body(ctx, [])
    parts = find_participants(ctx, body, announcement)
    _bylined(ctx, parts)
    people = [p for p in parts if p.participant]
    site = site_state(lex, url)
    if site is None or site == "RU":
        # an aggregator's or a foreign site's copy of a national agency's report is that
        # agency's state's report ("11 ноября, Минск /Корр. БЕЛТА/." on a .ru page)
        site = agency_state(lex, ctx.text) or site
    _site_official(ctx, people, site)
    person_countries = [
        (p.country, p.evidence[0] if p.evidence else 0) for p in people if p.country
    ]
    part, mentioned, countries_conf = find_countries(
        ctx, person_countries, body_match, venue_country, announcement
    )
    _paired_demonyms(ctx, part, mentioned)
    if heads_of_the_sides(ctx, parts, set(part)):
        people = [p for p in parts if p.participant]
    if body_match is None and body_conf < 0.5:
        body, body_span, body_conf, body_match = find_body(
            ctx, [lex.country_name(c) or c for c in part]
        )
    replaced = None
    with_org = None
    if (body_match is None and body_conf < 0.5) or _body_only_after_meeting_lead(ctx, body_match):
        # a member states' format or a joint collegium of two agencies stands (0.45); a name
        # read from a phrase (below 0.45) yields to two prosecutors' or interior ministries'
        # a head of state's reception is no meeting of two states' agencies
        # a head of state receiving one visitor, told in the lead, is the meeting even when
        # his own words are not quoted among the participants'
        received = president_received(ctx) if body is None else None
        bilateral = (
            officials_body(lex, people, part, None if body is None or body_match else _USUAL, ctx)
            if (body_conf < 0.45 or body_match)
            and not any("head" in p.cues for p in people)
            and received is None
            else None
        )
        met = (
            president_met(lex, people)
            if (body is None or body_conf < 0.45) and bilateral is None
            else None
        )
        with_org = (
            agency_and_organisation(lex, people, ctx, part)
            if (body is None or body_conf < 0.45) and bilateral is None and met is None
            else None
        )
        met = met or with_org
        if bilateral is not None:
            # the session the report names only as the frame of the two states' talks
            # ("в рамках проведения совещания председателей ...") takes no part in them
            replaced = body if body_match is not None else None
            body_match = None
            body, body_span, body_conf = bilateral, _first_evidence(ctx, people), 0.45
        elif met is not None:
            body, body_span, body_conf = met, _first_evidence(ctx, people), 0.4
        elif body is None:
            named = (
                received
                or heads_acted(ctx)
                or (agencies_meeting(ctx) if not people else None)
                or president_received(ctx)
                or two_states_agencies(ctx, part)
                or listed_states_agencies(ctx, part)
                or sides_in_lead(ctx, people, part)
            )
            if named is not None:
                body, body_span, body_conf = *named, 0.4
    if body is not None and body_match is None and _names_no_side(lex, body, part):
        # "Heads of Customs Agencies of States": a phrase saying only who met names no body;
        # the two sides' agencies met
        sides = officials_body(lex, people, part, None, ctx)
        if sides is not None:
            body, body_span = sides, _first_evidence(ctx, people)
        elif (lead := sides_in_lead(ctx, people, part)) is not None:
            body, body_span = lead
    within = bilateral_within(ctx, part) if body_match is not None else None
    frame = body if within is not None else replaced
    if within is not None:
        # the report is about two states' talks held within the session it names
        body, body_span = within
        body_match, body_conf = None, 0.45
    if body_match is None and body_span is not None:
        _states_of_described_body(ctx, body, body_span, part, mentioned)
    drafting = _drafting_experts(ctx)
    if drafting is not None:
        # the experts drafting the agreement that sets the body up meet, not the body
        body, body_span = drafting
        body_match, body_conf = None, 0.5
    delimiting = _delimitation_talks(ctx, part) if body_match is None else None
    if delimiting is not None:
        body, body_span = delimiting
        body_conf = 0.45
    experts = _experts_meeting(ctx, body_match, announcement)
    if experts is not None and body:
        # the experts' meeting held, preparing the session the report announces
        body, body_span = f"Experts of the {body}", ctx.span(ctx.doc.sentences[experts][0])
        dated = date_in_sentence(ctx, pub, experts)
        if dated is not None:
            date_start, date_end, precision, date_basis, date_span = dated
    if date_start and _dates_the_coming_session(ctx, date_span, announcement):
        # the meeting held came before that session, the same year as far as the report tells
        date_start, date_end, precision, date_basis = date_start[:4], None, "year", "inferred"
    if city_span is not None and _dates_another_day(ctx, city_span, date_start, precision):
        city, venue_country, city_span, city_conf = _dateline_today(ctx, date_basis)
    if (city or venue_country) and _held_remotely(ctx, city_span):
        city, venue_country, city_span, city_conf = None, None, None, 0.0
    delegates = border_delegates(ctx, part) if body_match is None else None
    if delegates is not None:
        # the two states' border commissioners meet: named so rather than by their services
        body, body_span = delegates
        body_conf = 0.45
    _other_side(people, part)
    _pair_of_sides(ctx, people, part)
    _the_sites_own(ctx, lex, people, site, part, venue_country)
    joint = _joint_states(lex, body)
    _settle_roles(parts, joint)
    _hosting_state(ctx, people, part, mentioned)
    if (
        city is None
        and venue_country is not None
        and _received_elsewhere(lex, people, venue_country)
    ):
        # a state named with no town yields to the home of the one who receives the visitor
        city, venue_country, city_span, city_conf = None, None, None, 0.0
    if city is None and venue_country is None:
        city, venue_country, city_span, city_conf = _host_at_dateline(
            ctx, people, date_start, precision, date_end
        )
    elif city is None and venue_country is not None:
        # a state named with no town ("рабочая поездка ... в Таджикистан"): the dateline's
        # city when it is in that state
        at = _host_at_dateline(ctx, people, date_start, precision, date_end, venue_country)
        if at[0] is not None:
            city, city_span, city_conf = at[0], at[2], at[3]
    if city is None and venue_country is None:
        venue_country, city_span, city_conf = _receiving_state(ctx, people)
    if city is None and venue_country is None and _opening_on_dateline_day(ctx, date_span):
        city, venue_country, city_span, city_conf = _dateline_today(ctx, "dateline")
    hosting = _EMBASSY_IN.search(body) if city is None and body else None
    if hosting and lex.country_by_name(hosting.group("host")) is not None:
        # "Foreign Ministry of A and Embassy of B in A": an embassy meets in the state it is in
        venue_country, city_span, city_conf = hosting.group("host"), body_span, 0.4
    venue_code = lex.country_by_name(venue_country).code if venue_country else None
    _host_state_chairs(ctx, people, venue_code, part, mentioned)
    _host_makes_the_count(ctx, venue_code, part, mentioned)
    _hosts_at_home(people, venue_code)
    _sides_of_two(people, venue_code, part, body_match is not None)
    _head_of_the_venue_greets(people, venue_code)
    _local_head_of_the_venue(people, venue_code)
    _home_side_hosts(people, venue_code, part, body_match is not None)
    _the_hosts_guests(people, body, body_match is not None, part)
    ordinal, ordinal_span = find_ordinal(ctx, body_match) if within is None else (None, None)
    person_orgs = [
        (p.organization, p.evidence[0] if p.evidence else 0) for p in people if p.organization
    ]
    present: set[str] = set()
    orgs = find_organizations(
        ctx, body, person_orgs, body_match.end if body_match else None, present
    )
    sent = {p.organization for p in people} | present
    for name in [
        n
        for n in orgs
        if (body and (_convenes(lex, n, body, sent) or f"under the {n}" in body)) or n == frame
    ]:
        # "Interpol General Assembly": the organisation convenes, not takes part; nor does the
        # body whose session frames two states' talks, nor the body whose working group meets
        del orgs[name]
    # the words that give the meeting its field are the agency's, not the organisation's it
    # met ("Collective Security Treaty Organization" is no treaty work)
    field = body.split(" and ", 1)[0] if body and body == with_org else body
    described = (field, body_span) if field and body_span and body_match is None else None
    topics = find_topics(ctx, body_match, described)

    if city is None and venue_country is None:
        # one state's officials alone, no place named: at home
        home = one_states_meeting(ctx, [(p.country, p.title) for p in people], part, _APART_OR_MANY)
        venue_country = lex.country_name(home) if home else None
    participants = [_participant_row(ctx, p) for p in people]
    return assemble(
        ctx,
        file,
        pub.date,
        language="ru",
        body=(body, body_span, body_conf),
        date=(date_start, date_end, precision, date_basis, date_span),
        place=(city, venue_country, city_span, city_conf),
        ordinal=(ordinal, ordinal_span),
        countries=(part, mentioned, countries_conf),
        organizations=orgs,
        participants=participants,
        participant_spans=[evidence_span(ctx, p.evidence) for p in people],
        topics=topics,
        mentioned_people=[p.person.name for p in parts if not p.participant],
    )
