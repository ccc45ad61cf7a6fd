"""Roles that follow from the meeting as a whole rather than from one sentence.

Once the venue is known:

- a meeting of two countries' delegations (and no one else: no international body's
  representatives) held in one of the two countries is hosted by that country's head and
  attended by the other's, whether or not the report speaks of a visit; it is co-chaired by
  the two heads when it is of a joint body such as a "joint collegium" or a "coordination
  group" (one named only for the sides' next meeting does not count), or when both heads led
  delegations; held in neither country or where the text does not say, and not of a joint
  body, nobody hosts or chairs it;
- at a meeting of three or more countries held in one of them where nobody is said to chair
  or host, the one participant from that country is the host; with fewer countries, only when
  the text says the country or its city hosts it ("Almaty hosted the conference").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .context import FUTURE, OTHER_EVENT, Context
from .date_cues import HELD
from .people import Person
from .rx import CI

_JOINT = CI(
    r"\b(?:joint (?:\w+ )?(?:collegium|board|session|sitting|meeting|commission|committee)"
    r"|coordination group|working group|intergovernmental commission"
    # "a board meeting between the two countries": the two ministries' joint board
    r"|(?:board|collegium) (?:meeting|session|sitting) between)\b"
)
_DEPUTY = re.compile(r"\b(?:deputy|vice|assistant|advis[eo]r|aide)\b")
_FIRST_DEPUTY = re.compile(r"\bfirst deputy\b")
_MINISTER = re.compile(r"\b(?:minister|chairman of the (?:state|national) \w+ committee)\b")
_HEAD = re.compile(r"\b(?:head|director|chairman|chairwoman|chief|commander|secretary|prosecutor)")
_UNIT = re.compile(r"\b(?:department|division|unit|directorate|office|administration|region)\b")


def settle_roles(
    ctx: Context, parts: list[Person], venue: str | None, states: Collection[str]
) -> None:
    """Adjust the roles of the participants ``parts`` of a meeting held in country ``venue``
    among the countries ``states`` (ISO codes)."""
    if any(p.role == "chair" for p in parts):
        return  # a chair is named: the other roles stand as the text gives them
    _visitors_speak_in_talks(ctx, parts, venue, states)
    if _chairing_state_delegate(ctx, parts) or len(parts) < 2:
        return
    countries = {p.country for p in parts if p.country}
    venue = venue or _hosting_state(ctx)
    delegations_only = not any(p.organization and not p.country for p in parts)
    if len(countries) == 2 and countries.issuperset(states) and delegations_only:
        _two_sides(ctx, parts, countries, venue or _visited_side(ctx, parts, countries))
    elif (
        len(countries) == 1
        and set(states) <= countries
        and venue in countries
        and not delegations_only
    ):
        _state_receives_organization(ctx, parts, venue)
    elif venue and not any(p.role in ("host", "co-chair") for p in parts):
        local = [p for p in parts if p.country == venue]
        if (
            len(local) == 1
            and local[0].role in ("attendee", "speaker")
            and (len(states) >= 3 or _hosts(ctx, venue))
        ):
            local[0].role = "host"


# "met with", "received", "held talks with": two people meeting in one sentence
_MEET_VERB = re.compile(
    r"\b(?:met|meets|meeting with|received|receives|hosted|hosts|talks with|discussed with)\b"
)


def _visitors_speak_in_talks(
    ctx: Context, parts: list[Person], venue: str | None, states: Collection[str]
) -> None:
    """At two states' talks held at one side's home, and of no international body, the
    visiting side's words are the talks themselves: a visitor read as a speaker attends,
    whether or not the text names the host."""
    if venue is None or venue not in states or len(states) != 2:
        return
    if any(p.role == "co-chair" for p in parts):
        return
    if any(ctx.lex.org_list[m.ref].country is None for m in ctx.orgs):
        return  # an international body's meeting: its sessions have speakers
    for p in parts:
        if (
            p.role == "speaker"
            and p.country is not None
            and p.country != venue
            and p.country in states
        ):
            p.role = "attendee"


def _state_receives_organization(ctx: Context, parts: list[Person], venue: str) -> None:
    """One state's officials meet, at home, an international organization's people ("the
    Chairman of the Customs Committee met with the WCO Secretary General"): the state's head
    hosts and the organization's people, quoted or not, are the guests."""
    guests = [p for p in parts if p.organization and p.country is None]
    side = [p for p in parts if p.country == venue]
    if not guests or len(side) + len(guests) != len(parts):
        return
    if any(p.role in ("chair", "co-chair") for p in parts):
        return
    head = _head_of(venue, parts)
    if head is None or any(p.role == "host" and p is not head for p in side):
        return
    met = {ctx.sent_idx(m.start) for m in head.mentions}
    if not any(
        _MEET_VERB.search(ctx.low, *ctx.doc.sentences[i])
        for g in guests
        for i in met & {ctx.sent_idx(m.start) for m in g.mentions}
    ):
        return
    head.role = "host"
    for g in guests:
        if g.role in ("host", "speaker"):
            g.role = "attendee"


# "held in Tashkent under the Presidency of Uzbekistan", "under the chairmanship of the Kazakh
# side": a state chairs, and its one delegate at the meeting is the chair
_CHAIRING_STATE = re.compile(
    r"\b(?:under the (?:presidency|chairmanship|chairing) of|chaired by|presided over by)"
    r"\s+(?:the\s+)?$"
)


def _chairing_state_delegate(ctx: Context, parts: list[Person]) -> bool:
    """Make the one participant of the state that chairs the meeting its chair; whether one
    was found."""
    for g in ctx.geo:
        code = ctx.country_code(g)
        if g.kind == "city" or code is None:
            continue
        if not _CHAIRING_STATE.search(ctx.low, max(0, g.start - 50), g.start):
            continue
        if ctx.has(OTHER_EVENT, ctx.sent_idx(g.start)):
            continue
        delegates = [p for p in parts if p.country == code]
        if len(delegates) == 1 and delegates[0].role in ("attendee", "speaker"):
            delegates[0].role = "chair"
            return True
        return False
    return False


_OTHER_MEETING = re.compile(r"\b(?:next|previous|last|following)\b")
_HOSTED = re.compile(r"\s+(?:\w+\s+){0,2}(?:hosted|hosts|is hosting|was hosting|will host)\b")


def _hosts(ctx: Context, venue: str) -> bool:
    """Whether the text says the country ``venue``, or one of its cities, hosts the meeting."""
    return _hosting_state(ctx, venue) == venue


def _hosting_state(ctx: Context, venue: str | None = None) -> str | None:
    """The country that the text says hosts the meeting ("Almaty hosted the conference"), or
    its city does; with ``venue``, only that country is looked for."""
    for g in ctx.geo:
        code = ctx.country_code(g)
        if (
            code
            and (venue is None or code == venue)
            and _HOSTED.match(ctx.low, g.end)
            and not _OTHER_MEETING.search(ctx.low, g.end, g.end + 60)
        ):
            return code
    return None


# the visit a text tells of ("the visit of the Polish delegation to Astana", "a visiting
# delegation from the Belarusian ministry", "A is visiting Armenia", "the Russian delegation
# members visited the memorial"); "visiting" after "a" or "the" names the visitors after it
_VISIT = re.compile(r"\b(?:(?:an? |the |official |working )visit(?:ing)?|visit(?:s|ed|ing)?)\b")
_VISITOR_AFTER = re.compile(r"\s+(?:of|by|from)\b|\s+(?:[\w-]+\s+)?(?:delegation|team)\b")
_VISITING_GROUP = re.compile(r"\s+(?:delegation|team)\b")
_DESTINATION = re.compile(r"(?:\bto|\bin|\bvisit(?:s|ed|ing)?)\s+(?:the\s+)?$")
# a host's verb between a name and the visit cue: the name is the visitors' host
_RECEIVES = re.compile(r"\b(?:received|receives|welcom\w*|hosted|met|meets|greeted|with)\b")


def _visited_side(ctx: Context, parts: list[Person], countries: set[str]) -> str | None:
    """The side of two states' talks whose home the text says the other side visits, when it
    names no venue: the visitors are named before the cue ("A visited ...", "the Iranian
    commander visited") or right after its noun ("the visit of the X delegation"), and the
    place visited after a "to", "in" or the verb itself. Only when every visit told points
    the same way."""
    if "visit" not in ctx.low:
        return None
    named: list[tuple[int, int, str]] = [
        (m.start, m.end, p.country) for p in parts if p.country for m in p.mentions
    ]
    named += [(g.start, g.end, code) for g in ctx.geo if (code := ctx.country_code(g)) in countries]
    hosts: set[str] = set()
    for m in _VISIT.finditer(ctx.low):
        i = ctx.sent_idx(m.start())
        if ctx.has(OTHER_EVENT, i) or ctx.in_title(m.start()):
            continue
        a, b = ctx.doc.sentences[i]
        # ("visiting" before "delegation" says who visits, article or none: "met with
        # visiting delegation led by ...")
        noun = (
            not m.group().startswith("visit")
            or m.group() == "visit"
            or (m.group() == "visiting" and _VISITING_GROUP.match(ctx.low, m.end()) is not None)
        )
        after_end = min(b, m.end() + 60)
        guests, home = set(), set()
        for s, e, code in named:
            if a <= s and e <= m.start() and m.start() - e <= 60:
                if not _RECEIVES.search(ctx.low, e, m.start()):
                    guests.add(code)
            elif m.end() <= s < after_end:
                if _DESTINATION.search(ctx.low, max(m.start(), s - 12), s):
                    home.add(code)
                elif noun and _VISITOR_AFTER.match(ctx.low, m.end()):
                    guests.add(code)
        if len(guests) > 1 or len(home) > 1 or guests & home:
            return None
        hosts |= home | (countries - guests if guests else set())
    return next(iter(hosts)) if len(hosts) == 1 else None


def _two_sides(ctx: Context, parts: list[Person], countries: set[str], venue: str | None) -> None:
    heads = {c: _head_of(c, parts) for c in countries}
    if any(h is None for h in heads.values()):
        return
    # host and guest at one side's home; the two heads co-chair a joint body's meeting
    joint = _joint_body(ctx)
    shared = venue not in countries or joint or all(h.led_delegation for h in heads.values() if h)
    if venue not in countries and not joint:
        # met where neither side is at home, or the text does not say where: nobody hosts,
        # and nobody is said to chair
        for head in heads.values():
            if head is not None and head.role == "host" and head.met_with:
                head.role = "attendee"
            elif head is not None and head.role == "speaker":
                head.role = "attendee"  # two sides' heads at talks with no home: both speak
        return
    for country, head in heads.items():
        assert head is not None
        if shared:
            head.role = "co-chair"
        elif country == venue:
            if head.role in ("attendee", "speaker"):
                head.role = "host"
        elif head.role == "host" and (head.met_with or head.led_delegation):
            # the guest "met with" the host, or led the visiting delegation ("received the
            # delegation headed by A", "A's delegation was hosted by B"): not a host for that
            head.role = "attendee"
        elif head.role == "speaker":
            # the visiting side's head: quoted, still the host's guest
            head.role = "attendee"


# "the next meeting of the Joint Board", "the previous joint collegium": another meeting's body
_OTHER_JOINT = re.compile(r"\b(?:next|previous|last|following|upcoming)\s+(?:\w+\s+){0,3}$")


# "signed an order to set up a coordination group": a joint body still to be formed
_SET_UP = re.compile(
    r"\b(?:set up|setting up|establish|establishing|create|creating|form)\s+"
    r"(?:an?\s+|the\s+)?(?:\w+\s+){0,2}$"
)


# a standing joint body, named as a topic of the talks ("the activities of the
# intergovernmental commission", "the joint working group is the main mechanism") unless the
# text tells of its meeting ("the meeting of the working group", "the commission's session")
_STANDING_BODY = re.compile(
    r"(?:joint (?:\w+ )?(?:commission|committee)|coordination group|working group"
    r"|intergovernmental commission)$"
)
_ITS_MEETING = re.compile(
    r"\b(?:meeting|session|sitting|talks|consultations)s? (?:of|within)\b"
    r"|\b(?:group|commission|committee)(?:'s|’s)? (?:\w+ )?(?:meeting|session|sitting)"
    r"|\b(?:group|commission|committee) (?:met|held|convened|gathered)\b"
)


def _joint_body(ctx: Context) -> bool:
    """Whether the meeting is of a joint body of the two sides; a joint body named for their
    next or previous meeting, in a sentence of a coming or past meeting ("the first meeting
    of the working group, which the parties agreed to hold", "we summed up last year with the
    sitting of the Intergovernmental Commission"), or still to be set up does not count."""
    for m in _JOINT.rx.finditer(ctx.low):
        if _OTHER_JOINT.search(ctx.low, max(0, m.start() - 40), m.start()):
            continue
        if _SET_UP.search(ctx.low, max(0, m.start() - 40), m.start()):
            continue
        if _STANDING_BODY.match(m.group()) and not _ITS_MEETING.search(
            ctx.low, max(0, m.start() - 60), min(len(ctx.low), m.end() + 40)
        ):
            continue
        i = ctx.sent_idx(m.start())
        a, b = ctx.doc.sentences[i]
        if (ctx.has(FUTURE, i) or ctx.has(OTHER_EVENT, i)) and not HELD.search(ctx.low, a, b):
            continue
        return True
    return False


def _head_of(country: str, parts: list[Person]) -> Person | None:
    """The head of one country's side: who led its delegation, or the one highest in rank."""
    side = [p for p in parts if p.country == country]
    leaders = [p for p in side if p.led_delegation]
    if len(leaders) == 1:
        return leaders[0]
    if len(side) == 1:
        return side[0]
    ranked = sorted(side, key=_rank, reverse=True)
    if _rank(ranked[0]) > _rank(ranked[1]):
        return ranked[0]
    # of equal rank, the one the text names first, when it names him first of his whole side
    first = min(side, key=lambda p: min(m.start for m in p.mentions))
    return first if _rank(first) == _rank(ranked[0]) else None


def _rank(p: Person) -> int:
    """A rough seniority of a title: a minister above the head of a service, a head of a
    service above the head of a department, deputies below both."""
    title = (p.title or "").lower()
    if _FIRST_DEPUTY.search(title):
        return 2
    if _DEPUTY.search(title):
        return 1
    if _MINISTER.search(title):
        return 5
    if _HEAD.search(title):
        return 3 if _UNIT.search(title) else 4
    return 0


# the head of state and one official meeting: "President X held a meeting with Y", "Y
# delivered a report to President X", "the meeting with President X"
_MEETS_ONE = re.compile(
    r"\b(?:(?:held|had) (?:a |an )?(?:\w+ )?meeting\b[^.;]{0,30}?\bwith|met with|meeting with"
    r"|received|receives|(?:a |his )?report to|talks with"
    # "President A discussed today the reform of the security sector with B"
    r"|discussed\b[^.;:]{0,120}?\bwith)\b"
)


def head_of_state_meets_one(ctx: Context, persons: list[Person]) -> Person | None:
    """A report whose lead tells a head of state meeting one official ("Armenian President A
    held a meeting on February 24 with Georgia's minister of internal affairs B") tells that
    meeting: the head of state, otherwise only mentioned, hosts it and the official, even one
    who told the press about it, attends. Returns the head of state when the rule applies."""
    heads = [p for p in persons if p.reason == "head of state mentioned"]
    if not heads:
        return None
    return _meets_in_the_lead(ctx, persons, heads) or _receives_his_sole_official(persons, heads)


def _receives_his_sole_official(persons: list[Person], heads: list[Person]) -> Person | None:
    """A report whose only participant is an official of the one head of state's own state
    ("the KGB chairman reported to President A", "the Secretary General met the customs
    chief and President B") tells their meeting: the head of state receives him."""
    if len(heads) != 1:
        return None
    head = heads[0]
    parts = [p for p in persons if p.participant]
    if len(parts) != 1 or head.country is None or parts[0].country != head.country:
        return None
    head.participant, head.reason, head.role = True, "", "host"
    head.organization = None
    return head


def _meets_in_the_lead(ctx: Context, persons: list[Person], heads: list[Person]) -> Person | None:
    """See head_of_state_meets_one: the lead names the head of state and one official."""
    told = [m.start for p in persons for m in p.mentions if not ctx.in_title(m.start)]
    if not told:
        return None
    sentence = ctx.sent_idx(min(told))  # the lead: the first sentence below the headline
    # the one head of state the lead names (another, whose greetings are passed on later, is
    # only mentioned)
    heads = [h for h in heads if any(ctx.sent_idx(m.start) == sentence for m in h.mentions)]
    if len(heads) != 1:
        return None
    head = heads[0]
    others = [
        p
        for p in persons
        if p is not head and any(ctx.sent_idx(m.start) == sentence for m in p.mentions)
    ]
    # the one official the lead names beside the head of state meets him, with a role said or
    # not ("discussed ... with B, the manager of the agency")
    if len(others) != 1 or others[0].reason not in ("", "press comment", "no role"):
        return None
    if not _MEETS_ONE.search(ctx.low, *ctx.doc.sentences[sentence]):
        return None
    official = others[0]
    head.participant, head.reason, head.role = True, "", "host"
    official.participant, official.reason, official.role = True, "", "attendee"
    # either of the two whose state the text leaves unsaid is of the other's state
    if official.country is None and official.organization is None:
        official.country = head.country
    head.country = head.country or official.country
    head.organization = None  # a head of state speaks for his state, not for an organization
    return head
