"""The venue: city and country, historical names, and "the capital" when the text says which."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from .body_names import codes_in
from .cleaning import Dateline
from .context import (
    FUTURE,
    HOST_HINT,
    MEETING,
    OTHER_EVENT,
    VISIT,
    Context,
    Span,
    sentence_cue,
)
from .date_cues import DONE, HELD, announcement_lead, plan_not_held
from .datelines import lone_dateline_city
from .lexicon import Match
from .orgnames import word_set
from .rx import CI, Prefixed, folds_to_another
from .world_cities import world_city

# the months' names, for the patterns that tell a day from a name
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_CAPITAL = re.compile(
    r"\b(?:in|at|to) the (?:(?P<dem>[A-Z][a-z]+) )?capital(?: city)?"
    r"(?: of (?:the )?(?P<country>[A-Z][\w ]{2,40}?))?\b|\bin (?P<poss>[A-Z][a-z]+)['’]s capital\b"
)
# the same, tried only where one of its literal starts ("in ", "at the ", "to the ") is
_CAPITAL_AT_STARTS = Prefixed(_CAPITAL.pattern)


_HERE = CI(
    r"\b(?:held here|here today|took place here|met here|gathered here"
    # "the meeting ... will examine here", "opens here", "convened here": what it does here
    r"|(?:examine|examines|consider|considers|discuss|discusses|open|opens|opened|convene"
    r"|convenes|convened|meet|meets|start|starts|started|begin|begins|began) here)\b"
)


def _may_say_here(low: str) -> bool:
    """Whether the lower-cased ``low`` may hold a match of _HERE: every one has " here" or
    "here today" (two substring tests instead of a regex scan of the whole text)."""
    return " here" in low or "here today" in low


_IN_BEFORE = re.compile(
    r"\b(?:in|at|to|of|visits?|visited|visiting|hosted by|(?:departed|left|arrived|flew"
    r"|travell?ed|came) (?:for|in|to))\s+(?:the\s+)?(?:(?:city|town|resort|village) of\s+)?$"
)


# "Cholpon-Ata region", "the Batken, Osh, and Jalal-Abad regions": a region, not the city
_REGION_AFTER = re.compile(
    r"\s+(?:region|oblast|province|district|area|krai)\b"
    r"|(?:\s*,\s*(?:and\s+)?[a-z][\w-]+){1,4}\s+(?:regions|oblasts|provinces|districts)\b"
)


# "in Kazakhstan’s former capital, Almaty", "in the southern capital, Osh": "in", a gloss, the city
_IN_GLOSSED = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:(?:former|southern|northern|eastern"
    r"|western|old|ancient|new)\s+)?(?:capital|city|town|resort)(?:\s+of\s+[A-Z][\w ]{2,30})?,\s*$"
)
# "Minister X arrived in Oskemen", "The delegation of Kyrgyzstan flies to Astana to continue
# negotiations", "Kyrgyz Delegation Leaves To Tashkent For Border Negotiations"
_ARRIVED_IN = re.compile(
    r"\b(?:arrived|arrives|has arrived|flew|flies|came|leaves|left|departs|departed"
    r"|(?:left|leaves|departed|departs) [A-Z][\w-]+) (?:in|to|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the purpose of the journey, right after the town: talks there
_TO_TALK = re.compile(
    r"\s+(?:to (?:negotiate|continue (?:the )?(?:negotiations|talks)|hold (?:\w+ )?talks"
    r"|take part|participate|attend)|for (?:\w+ )?(?:talks|negotiations|consultations))\b"
)
_HELD_IN = re.compile(
    r"\b(?:held|hosted|took place|takes place|taking place|take place|under ?way|convened?|met"
    r"|meet|gathered|meetings?|sessions?|sittings?|talks|negotiations|consultations"
    # "the treaty was signed in Belgrade": the sides signed where they met (not "which was
    # signed in Helsinki", a document's history)
    r"|(?<!which was )(?<!that was )signed)\s+(?:in\s+(?:19|20)\d\d\s+)?in\s+(?:the\s+)?$"
    # "visited Ukraine and met ...", "on a visit to Armenia": the guest's visit to the host
    r"|\b(?:visited|visit\s+to|arrived\s+in)\s+(?:the\s+)?$"
    # "addressed the ministerial meeting today in Tashkent", "to see you all here in Moscow":
    # the day or the spot of the telling, and the town
    r"|\b(?:today|here)\s+in\s+$",
    re.IGNORECASE,
)
# The same pattern without the flag: on a string whose cased letters are all small and that
# holds no letter the flag lets stand for another (rx.folds_to_another) it finds the same, and
# its alternatives are skipped by their first letter.
_HELD_IN_CASED = re.compile(_HELD_IN.pattern)
# every match ends in "in", "the", "to" or "visited", then white space
_HELD_IN_LAST = frozenset("nNeEoOdD")


def _held_in(before: str) -> bool:
    """Whether ``_HELD_IN`` matches in ``before``."""
    if before.rstrip()[-1:] not in _HELD_IN_LAST:
        return False
    if before.islower() and not folds_to_another(before):
        return _HELD_IN_CASED.search(before) is not None
    return _HELD_IN.search(before) is not None


# "Dushanbe yesterday hosted", "Tashkent will host", "This week Minsk has become a platform"
_HOSTS_AFTER = re.compile(
    # "Batken city hosted", "Moscow recently played host to"
    r"(?:\s+city)?\s*(?:,\s*)?(?:(?:today|yesterday|tomorrow|this week|recently"
    r"|on \w+(?: \d{1,2})?),?\s+)?"
    r"(?:has |have |had |will |is |was |to )?(?:hosted|hosts|host|hosting|become a (?:platform"
    r"|venue)|became a (?:platform|venue)|is the venue|was the venue|play(?:s|ed)? host)\b"
)
# "Bishkek, the capital of the Kyrgyz Republic, hosted", "Khiva, Uzbekistan hosted", "Indore
# (India) hosted": the city, a gloss, then what it did
_GLOSS_AFTER = re.compile(
    r"\s*(?:,\s*(?P<comma>[^,.;()]{3,60}?)\s*,?|\((?P<paren>[^()]{3,40})\))(?="
    + _HOSTS_AFTER.pattern
    + ")"
)
_PLACE_GLOSS = re.compile(
    r"(?:the |an? )?(?:[\w-]+ ){0,2}?(?:capital|city|town|resort|centre|center)\b"
)


# "all to be held in Minsk this fall", "to be held in the capital of Tbilisi": a coming meeting's
# place, before the city; "Dushanbe to host ... in 2026", "Tashkent will host": after it
_TO_BE_HELD_IN = re.compile(
    r"\b(?:to be held|will be held|to take place|will take place|is to be held|are to be held"
    r"|will (?:meet|convene|gather))\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?"
    r"(?:(?:capital(?:\s+city)?|city|town)\s+of\s+)?$"
)
# a day or days told right before "in <town>": "on 5th July 2023 in", ", 2-3 February 2023, in",
# "from 28 to 31 October 2019 in", "on September 14 in"
_MONTH = rf"(?:{_MONTH_NAMES.lower()}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_THEN_IN = re.compile(
    rf"\s*,?\s+(?:on|from)?\s*(?:the\s+)?(?:{_DAY}(?:\s*(?:-|–|to|and)\s*{_DAY})?\s+(?:of\s+)?"
    rf"{_MONTH}|{_MONTH}\s+{_DAY}(?:\s*(?:-|–|to|and)\s*{_DAY})?)(?:,?\s+(?:19|20)\d\d)?"
    r",?\s+in\s+(?:the\s+)?$"
)
_DIGIT = re.compile(r"\d")  # every _DATE_THEN_IN holds one: a window without is searched no further
# what the day belongs to when it is no meeting held there: a coming one ("will be held on
# February 4-8 in"), a document's signing ("the Programme signed on January 12, 2021, in")
_NOT_HELD_THEN = re.compile(r"\b(?:will|shall|to be|is to|are to|next|signed|adopted)\b")
_WILL_HOST = re.compile(r"\s*(?:,\s*)?(?:will|to|is to|is going to)\s+host\b")


def _coming_meetings_place(ctx: Context, start: int, end: int) -> bool:
    """Whether the city at ``start:end`` is named as the place of a meeting still to come in
    a report that tells a meeting held: in its lead, or before the city in its sentence ("met
    on August 28 ... the meetings ..., all to be held in Minsk this fall")."""
    a = ctx.doc.sentences[ctx.sent_idx(start)][0]
    lo = max(a, start - 90)
    before = ctx.low[lo:start]
    # every _TO_BE_HELD_IN match holds "held", "take place" or "will ": without them, no search
    coming = (
        ("held" in before or "take place" in before or "will " in before)
        and _TO_BE_HELD_IN.search(ctx.low, lo, start)
    ) or _WILL_HOST.match(ctx.low, end, end + 30)
    if not coming:
        return False
    if HELD.search(ctx.low, a, start):
        return True
    return any(
        HELD.search(ctx.low, *ctx.doc.sentences[i])
        for i in range(min(3, len(ctx.doc.sentences)))
        if ctx.has(MEETING, i) and not ctx.has(FUTURE, i)
    )


def _hosts_after(ctx: Context, end: int) -> bool:
    """Whether the city ending at ``end`` hosted ("Minsk hosted", "Bishkek, the capital of the
    Kyrgyz Republic, hosted"; a gloss must be a country or say what place it is)."""
    window = ctx.low[end : end + 130]
    if "host" not in window and "venue" not in window and "platform" not in window:
        return False  # each reading below needs one of these words in its window
    if _HOSTS_AFTER.match(ctx.low, end, end + 60):
        return True
    gloss = _GLOSS_AFTER.match(ctx.low, end, end + 130)
    if gloss is None:
        return False
    words = (gloss.group("comma") or gloss.group("paren")).strip()
    return bool(_PLACE_GLOSS.match(words) or ctx.lex.country_by_name(words))


# a named building, then its city in brackets
_VENUE_NAME_BEFORE = re.compile(
    r"\b(?:in|at) (?:the )?(?:[A-Z][\w'’-]+ ){1,4}(?:Palace|Residence|Hall|House|Hotel|Centre"
    r"|Center|Complex|Building|Headquarters|Academy)\s*\($"
)
_COUNTRY_CLOSE = re.compile(r",\s*[A-Z][\w'’ ]{2,40}\)")
# "The venue for the event is the city of Tula"
_VENUE_BEFORE = re.compile(r"\bvenue\b[^.;]{0,40}\b(?:is|was|will be|became)\s+(?:the\s+)?"
                           r"(?:(?:city|town|resort|village) of\s+)?$")  # fmt: skip
# a meeting by video link or by telephone has no city unless the text says where it was held
_REMOTE = sentence_cue(
    r"\b(?:video[- ]?conferenc\w*|video[- ]?link|video format|online format|hybrid format"
    r"|in a hybrid|remotely|virtual(?:ly)? (?:meeting|format|mode)|via video|by video"
    r"|(?:held|had|holds|hold|holding|conducted) (?:an? )?(?:\w+ )?(?:tele)?phone (?:conversations?"
    r"|calls?|talks)"
    r"|video conferencing mode)\b"
)
# "the meeting was held in the offline/online format": some sat together, so a city stands
_PARTLY_ON_SITE = re.compile(
    r"\b(?:offline|in[- ]person|face[- ]to[- ]face)\s*(?:/|and|or)\s*online\b"
)
# "Zhang Ming, who participated in the event via video link", "observers participated via
# video conferencing": one participant joined from afar, the meeting itself sat somewhere
_ONE_JOINED_REMOTELY = re.compile(
    r"\b(?:participated|participating|participates|took part|taking part|joined|joining"
    r"|connected|addressed|spoke|speaking|talk|talked|greeted)\b[^.;]{0,50}$"
)


def held_remotely(ctx: Context) -> bool:
    """Whether one of the first sentences says the meeting itself sat by video link (not one
    participant joining by video, nor a meeting held partly on site)."""
    for i in range(min(len(ctx.doc.sentences), 8)):
        if not ctx.has(_REMOTE, i):
            continue
        a, b = ctx.doc.sentences[i]
        if _PARTLY_ON_SITE.search(ctx.low, a, b):
            continue
        for m in ctx.cue_finditer(_REMOTE, a, b):
            if not _ONE_JOINED_REMOTELY.search(ctx.low, max(a, m.start() - 70), m.start()):
                return True
    return False


# a place the gazetteer does not know: "held in Sanya, People's Republic of China", "held in
# Manas city", "took place in the town of Korday"
_UNKNOWN_PLACE = re.compile(
    r"\b(?:held|took place|takes place|convened|met|gathered|opened|hosted)\s+(?:today\s+)?"
    r"in\s+(?:the\s+(?:city|town|village|resort) of\s+)?(?P<city>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
    r"(?:\s+city\b|,\s+(?P<country>[A-Z][\w'’ ]{2,40}?)(?=\s*[.,;)]|\s+on\b|\s+from\b))"
)
# a place named with its kind, and the state's adjective: "took place in the Tajik northern
# city of Buston", "met in the Kyrgyz village of Borborduk", "met in the city of Buston, Sughd
# region"
_UNKNOWN_TYPED_PLACE = re.compile(
    r"\b(?:held|took place|takes place|convened|met|gathered|opened|hosted)\s+(?:today\s+)?"
    r"in\s+the\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?:(?:northern|southern|eastern|western|central"
    r"|border|mountain)\s+)?(?:city|town|village|resort|settlement) of\s+"
    r"(?P<city>[A-Z][\w'’]+(?:-[A-Z][\w'’]*)*)\b(?! [A-Z])"
)
# "held at the Russian MIA", "held at the central administration of the Azerbaijani State
# Border Service", "held at the State Migration Service of Turkmenistan", "a meeting of the
# heads of ... at the headquarters of the Romanian ...": the host agency's country, no city
# "was held in the General Prosecutor's Office of Kyrgyzstan", "took place Tuesday at the
# Prosecutor General's Office of Armenia": an office of that state's, as the place
_HELD_AT_WORDS = re.compile(r"\b(?:held|conducted|meeting|took place)\b[^.;]{0,90}? (?:at|in) ")
_HELD_AT = re.compile(
    r"(?:\b(?:was|were|is|will be) (?:held|conducted)(?: on [\w ]{3,25}?)?"
    r"|\bmeeting of (?:the )?[^.;,]{0,80}?) at (?:the )?"
    r"(?:[a-z]+ ){0,4}(?:of (?:the )?)?$"
    r"|\b(?:(?:was|were) (?:held|conducted)|took place)(?: on)?(?: [\w ]{3,25}?)? (?:at|in) the "
    r"(?:[a-z'’]+ ){0,3}?(?:office|ministry|committee|service|agency|headquarters|department"
    r"|inspectorate|directorate) of (?:the )?$"
)


_PLACE_COUNTRY_OPENER = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,\s+(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*[.,–—-]"
)


# a meeting held at a border post named after its place: "was held at the Artyk customs post",
# "held a meeting at the border checkpoint “Guliston”", "held in the Hairatan port" (not
# "negotiations at the post", which may move along the border)
_POST_HINT = re.compile(r"\b(?:checkpoint|check-point|post|port|crossing)\b", re.IGNORECASE)
_HELD_AT_POST = re.compile(
    r"\b(?:(?:was|were) held|took place|held (?:a |the |their )?(?:\w+ )?(?:meeting|session)s?"
    r"|met|visited|meeting (?:[\w.-]+ ){0,8}?)\s*(?:(?:on|today|yesterday)\s+(?:[\w,]+\s+){0,3}?)?"
    r"(?:(?:at|in) the\s+)?"
    r"(?:(?P<a>[A-Z][\w'’-]+)\s+)?(?i:(?:border|customs|border-customs|international|road"
    r"|automobile|railway|crossing)\s+)*(?i:checkpoint|check-point|customs post|border post"
    r"|crossing point|border crossing|port)\b(?:\s+[\"“«](?P<b>[A-Z][\w'’-]+)[\"”»])?"
    # "met ... in Norduz, the Islamic Republic's border crossing with Armenia"
    r"|\b(?:met|held|meeting)\b[^.;]{0,120}? in (?P<c>[A-Z][\w'’-]+), (?:the |a |an )?"
    r"[^.,;]{0,50}?\b(?:border crossing|checkpoint|crossing point)\b"
)


_IN_STATE_AFTER = re.compile(r"\s+(?:in|of) (?:the )?([A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2})")


def _border_post(ctx: Context) -> tuple[str, str | None, Span, float] | None:
    """The place of the border post where the meeting was held, as its town."""
    lex = ctx.lex
    named_states = {ctx.country_code(g) for g in ctx.geo if g.kind in ("country", "demonym")}
    for m in _HELD_AT_POST.finditer(ctx.text):
        key = next((k for k in ("a", "b", "c") if m.group(k)), "a")
        name = m.group(key)
        if name is None or lex.country_by_name(name) or name in lex.name_tokens:
            continue  # "at the Uzbek-Kazakh border crossing": no town
        parts = name.split("-")
        if len(parts) > 2 or (len(parts) == 2 and any(lex.city_by_name(x) for x in parts)):
            continue  # "the Palanca-Mayaki-Udobnoe checkpoint": towns of both sides
        if ctx.has(OTHER_EVENT, ctx.sent_idx(m.start())):
            continue
        town = world_city(name, named_states, _BIG_TOWN)
        country = lex.country_name(town.country) if town is not None else None
        if country is None:
            # "at the Aquina border crossing checkpoint in Afghanistan": the post's state
            after = _IN_STATE_AFTER.match(ctx.text, m.end())
            state = lex.country_by_name(after.group(1)) if after else None
            country = state.name if state else None
        return name, country, ctx.span(m.start(key)), 0.45
    return None


def _unknown_place(ctx: Context) -> tuple[str, str | None, Span, float] | None:
    """A venue the gazetteer does not know, where the text says plainly that the meeting was
    held there (see _UNKNOWN_PLACE), or the border post it was held at."""
    lex = ctx.lex
    if _POST_HINT.search(ctx.low):
        post = _border_post(ctx)
        if post is not None:
            return post
    if " of " in ctx.text:
        for m in _UNKNOWN_TYPED_PLACE.finditer(ctx.text):
            sentence = ctx.sent_idx(m.start())
            if ctx.has(OTHER_EVENT, sentence):
                continue
            country = None
            if m.group("adj"):
                g = bisect_left(ctx.geo_starts, m.start("adj"))
                geo = ctx.geo[g] if g < len(ctx.geo) else None
                if geo is None or geo.start != m.start("adj") or geo.kind == "city":
                    continue  # "the Belarusian capital city of Minsk" aside, only a state's
                country = lex.country_name(ctx.country_code(geo))
            # "Xi’an": the typographic apostrophe is the gazetteer's plain one
            name = m.group("city").replace("’", "'")
            known = lex.city_by_name(name)
            return known.name if known else name, country, ctx.span(m.start("city")), 0.45
    for m in _UNKNOWN_PLACE.finditer(ctx.text):
        name = m.group("city")
        if lex.country_by_name(name) or name.split()[0] in lex.name_tokens:
            continue  # a state, a demonym or a known name is not an unknown town
        sentence = ctx.sent_idx(m.start())
        if not ctx.has(MEETING, sentence) or ctx.has(OTHER_EVENT, sentence):
            continue
        country = None
        if m.group("country"):
            c = lex.country_by_name(m.group("country").strip())
            if c is None:
                return None  # "in Gegharkunik, a province": not sure enough
            country = c.name
        return name, country, ctx.span(m.start("city")), 0.45
    return None


def _capital_phrases(ctx: Context) -> Iterator[re.Match[str]]:
    """``_CAPITAL.finditer(ctx.text)``, scanning only from where the first match could start
    (every match holds a literal "capital" with at most three spaces between it and its start:
    "in the Belarusian capital"), and there only at the pattern's literal starts."""
    q = ctx.text.find("capital")
    if q == -1:
        return iter(())
    lo = q
    for _ in range(3):
        lo = ctx.text.rfind(" ", 0, lo)
        if lo == -1:
            return _CAPITAL_AT_STARTS.finditer(ctx.text)
    return _CAPITAL_AT_STARTS.finditer(ctx.text, max(0, lo - 2))


def _capital_country(ctx: Context, m: re.Match[str]) -> str | None:
    """The country whose capital a "the capital" phrase names, if it names one."""
    for key in ("country", "dem", "poss"):
        if m.group(key):
            c = ctx.lex.country_by_name(m.group(key).strip())
            if c is None:
                for g in ctx.geo:
                    if g.start == m.start(key) and g.kind in ("country", "demonym"):
                        c = ctx.lex.country_list[g.ref]
            if c:
                return c.code
    return None


def find_venue(
    ctx: Context, chair_country: str | None
) -> tuple[str | None, str | None, Span | None, float]:
    """(city, country, evidence, confidence) of the meeting's venue; the city is kept on the
    context for the steps that follow (an ordinal told with another city is history)."""
    found = _find_venue(ctx, chair_country)
    ctx.venue_city = found[0]
    return found


_Venue = tuple[str | None, str | None, Span | None, float]


# a sentence telling a gathering or an act other than a "meeting": "The seminar was conducted
# ... in Osh", "an agreement was concluded in Chisinau", "inked a plan ... in Baku"
_EVENT_TOLD = sentence_cue(
    r"\b(?:seminar|workshop|course|training|round ?table|conducted|concluded|inked)\b"
)
# "the OSCE Centre in Bishkek", "the Service of Austria in Odessa": a town after a proper
# name places that body, not the event (a month or a day before "in" is no name)
_NAME_IN_BEFORE = re.compile(
    rf"\b(?!(?:{_MONTH_NAMES}"
    r"|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w’'-]*\s+in\s+$"
)


def _city_score(
    ctx: Context, m: Match, remote: bool, has_venue_word: bool, announced: int | None
) -> int | None:
    """Points for a city mention as the venue ("held in", "hosts", in a sentence about the
    meeting, early); None for one that cannot be (the dateline's, inside an organization's
    name, "a Moscow-based analyst")."""
    dl = ctx.doc.dateline
    if dl and dl.start <= m.start < dl.end:
        return None
    if ctx.in_org(m.start, m.end):
        return None
    if ctx.text.startswith("-based", m.end):
        return None  # "a Moscow-based analyst"
    sentence = ctx.sent_idx(m.start)
    score = 0
    before = ctx.text[max(0, m.start - 30) : m.start].lower()
    dated = None
    if _DIGIT.search(ctx.low, max(0, m.start - 60), m.start):
        dated = _DATE_THEN_IN.search(ctx.low, max(0, m.start - 60), m.start)
    if dated is not None and (
        sentence == announced
        or not _NOT_HELD_THEN.search(ctx.low, max(0, dated.start() - 40), dated.start())
    ):
        # "took place from 28 to 31 October 2019 in Almaty", "met on September 14 in
        # Washington": the day told between the act and its place
        before = ctx.low[max(0, dated.start() - 30) : dated.start()] + " in "
    held_in = _held_in(before)
    if _IN_BEFORE.search(before) or _IN_GLOSSED.search(ctx.text, max(0, m.start - 60), m.start):
        score += 2
        if sentence <= 1 and _ARRIVED_IN.search(before):
            score += 2  # "Minister X arrived in Oskemen" opening the report: he came to meet there
            if _TO_TALK.match(ctx.low, m.end):
                score += 2  # "flies to Astana to negotiate", "leaves to Tashkent for negotiations"
    if _REGION_AFTER.match(ctx.low, m.end, m.end + 60):
        score -= 4
    if (
        ctx.has(MEETING, sentence)
        or (
            ctx.has(_EVENT_TOLD, sentence)
            and _IN_BEFORE.search(before)
            and not _NAME_IN_BEFORE.search(ctx.text, max(0, m.start - 40), m.start)
        )
        or (ctx.has(VISIT, sentence) and _IN_BEFORE.search(before))
        or (sentence <= 2 and _SIGNED.search(ctx.low, *ctx.doc.sentences[sentence]))
    ):
        # "received in Yerevan the delegation", "visited the Agency ... in Dushanbe", an
        # opening "An agreement ... was signed today in Dushanbe"
        score += 2
    if held_in:
        score += 2
    if _hosts_after(ctx, m.end):
        score += 4
    if has_venue_word and _VENUE_BEFORE.search(ctx.low, max(0, m.start - 70), m.start):
        score += 4
    if ctx.in_title(m.start) or sentence <= 2:
        score += 1
        if ctx.text[m.start - 1 : m.start] == "(" and _COUNTRY_CLOSE.match(ctx.text, m.end):
            score += 3  # a headline ending "(Minsk, Republic of Belarus)"
    if ctx.text[m.start - 1 : m.start] == "(" and _VENUE_NAME_BEFORE.search(
        ctx.text, max(0, m.start - 80), m.start
    ):
        score += 2  # "in the Konstantinovsky Palace (Saint-Petersburg)"
    a = ctx.doc.sentences[sentence][0]
    if plan_not_held(ctx.low, a, m.start):
        score -= 4  # "was due to be held in Baku": a plan the meeting did not keep
    if ctx.has(OTHER_EVENT, sentence):
        score -= 3  # an earlier meeting told as background
    elif ctx.has(FUTURE, sentence) and sentence != announced:
        score -= 1  # a coming meeting, unless the report announces it
    if sentence != announced and _coming_meetings_place(ctx, m.start, m.end):
        score -= 4  # "the summit, to be held in Minsk this fall": that meeting's place
    if remote and not held_in:
        score -= 4
    return score


# a town's name joined to another's: a crossing point named after places on both sides
# ("the Palanca-Mayaki-Udobnoe checkpoint"), no town of the meeting
_COMPOUND_AFTER = re.compile(r"-[A-Z]")


def _best_city(
    ctx: Context, remote: bool, has_venue_word: bool, announced: int | None
) -> tuple[Match | None, int]:
    """The best-scored city, named or as "the Belarusian capital", and its points."""
    lex = ctx.lex
    best = None
    best_score = 0
    for m in ctx.geo:
        if m.kind != "city" or _COMPOUND_AFTER.match(ctx.text, m.end):
            continue
        score = _city_score(ctx, m, remote, has_venue_word, announced)
        if score is not None and score > best_score:
            best, best_score = m, score
    # "in the Belarusian capital", "in the capital of Kazakhstan" name a city as well
    for m in _capital_phrases(ctx):
        code = _capital_country(ctx, m)
        if code is None or code not in lex.capital_of:
            continue
        sentence = ctx.sent_idx(m.start())
        score = 2 + (2 if ctx.has(MEETING, sentence) else 0) + (1 if sentence <= 2 else 0)
        if _held_in(ctx.low[max(0, m.start() - 30) : m.start() + 3]):
            score += 2
        if sentence != announced and _coming_meetings_place(ctx, m.start() + 3, m.end()):
            score -= 4  # "to be held in the capital of Georgia in September"
        if score > best_score:
            city = lex.capital_of[code]
            best_score = score
            best = Match(m.start(), m.end(), "city", lex.city_list.index(city))
    here = _dateline_here(ctx)
    if here is not None and best_score < _HERE_POINTS:
        best, best_score = here, _HERE_POINTS
    return best, best_score


# "we gathered here", "the meeting held here": the dateline's city, as plain as "held in"
_HERE_POINTS = 6


def _dateline_known_city(ctx: Context):
    """The report's dateline and its city, when there is a dateline and the gazetteer knows
    its city; else None."""
    dl = ctx.doc.dateline
    if dl is None and ctx.doc.header_dateline:
        # "Baku, October 2, AZERTAC" on a line of its own: the dateline of the first paragraph
        start = ctx.doc.body_start
        dl = Dateline(lone_dateline_city(ctx.doc.header_dateline), start, start)
    if dl is None:
        return None
    city = ctx.lex.city_by_name(dl.city_text)
    return None if city is None else (dl, city)


def _dateline_here(ctx: Context) -> Match | None:
    """The dateline's city, as a mention, when a sentence about the meeting says it was held
    "here" (a city named beside it, "prepare for a summit in Qingdao", is another event's)."""
    known = _dateline_known_city(ctx)
    if known is None:
        return None
    dl, city = known
    for m in _HERE.rx.finditer(ctx.low) if _may_say_here(ctx.low) else ():
        sentence = ctx.sent_idx(m.start())
        if ctx.has(MEETING, sentence) and not ctx.has(OTHER_EVENT, sentence):
            return Match(dl.start, dl.start, "city", ctx.lex.city_list.index(city))
    return None


# a lead telling a meeting (not "the ministers and the security council secretaries discussed"),
# or one side's visit to the other ("the delegation ... visited", "received his counterpart",
# "a memorandum was signed")
_MEETING_TOLD = re.compile(
    r"\b(?:meeting|session|sitting|gathered|met|convened|held|took place|talks|collegium"
    r"|visited|arrived|received|signed)\b"
)
# "took place today in Gegharkunik province": a place the lead names, which the dateline is not
_HELD_IN_NAMED = re.compile(
    r"\b(?:held|took place|takes place|convened|met|gathered|opened)\s+(?:\w+\s+){0,2}?in\s+"
    r"(?:the\s+)?[A-Z]"
)


_SIGNED = re.compile(r"\bsigned\b")
# a lead that passes on what a source said or reported
_RELAYED = re.compile(r"\b(?:said|says|reported|reports|informed|according to)\b")


def _lead_end(ctx: Context, opener: re.Match[str]) -> int:
    """The end of the lead that follows a place opener: its own sentence, or the next one when
    the opener stands alone as a dateline ("BAKU, Azerbaijan, October 3.")."""
    sentences = ctx.doc.sentences
    i = ctx.sent_idx(opener.end())
    a, b = sentences[i]
    if b - a < 60 and i + 1 < len(sentences):
        return sentences[i + 1][1]
    return b


def _desk_of_a_third_state(ctx: Context, code: str, a: int, b: int) -> bool:
    """Whether the lead ``text[a:b]`` names the states of two sides or more and not ``code``,
    the state of its dateline: "BAKU ... Romania's minister held a meeting with Moldova's" is
    a third state's news desk, not where the sides met."""
    sides = codes_in(ctx, a, b)
    return len(sides) >= 2 and code not in sides


def _dateline_city(ctx: Context) -> _Venue | None:
    """The dateline's city when the lead reports the meeting without naming a place: a
    correspondent's "DUSHANBE — The ministers gathered on June 5 for a meeting". Not for a
    meeting by video, nor when the lead names a place the gazetteer does not know."""
    known = _dateline_known_city(ctx)
    if known is None:
        return None
    dl, city = known
    lead = ctx.sent_idx(dl.end)
    a, b = ctx.doc.sentences[lead]
    if ctx.has(OTHER_EVENT, lead) or held_remotely(ctx):
        return None
    # "Tbilisi, February 28, AZERTAC. A and B have discussed ...": the correspondent's own
    # news; "have discussed ..., the press service said" relays a statement from elsewhere
    told = _MEETING_TOLD.search(ctx.low, a, b) or (
        DONE.search(ctx.low, a, b) and not _RELAYED.search(ctx.low, a, b)
    )
    if not told or _HELD_IN_NAMED.search(ctx.text, a, b):
        return None
    if _desk_of_a_third_state(ctx, city.country, a, b):
        return None
    return city.name, ctx.lex.country_name(city.country), ctx.span(dl.start), 0.35


_TOWN = (
    r"(?:St\.? |Saint )?[A-Z][\w'’]+(?:-[A-Za-z][\w'’]*)*(?: [A-Z][\w'’]+(?:-[A-Za-z][\w'’]*)*)?"
)
# "held in Indore", "arrived in the city of Khujand": a capitalised name where a venue stands
# (the word start is looked behind for after the first letter, so that every match opens
# with "In ", "in " or "to ": the pattern is tried only where a substring search finds one)
_TOWN_AFTER_IN = Prefixed(
    rf"(?:I(?<!\wI)n|i(?<!\wi)n|t(?<!\wt)o) (?:the (?:city|town|village|resort) of )?"
    rf"(?P<town>{_TOWN})"
)
_TOWN_RX = re.compile(_TOWN)
_NOT_TOWNS = word_set(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That These Its Their His "
    "Her Our On In At As"
)
# a town of the GeoNames list counts where its country is not named only when it is this big
_BIG_TOWN = 1_000_000


def _town_candidates(ctx: Context) -> Iterator[tuple[int, int]]:
    """(start, end) of capitalised names in venue positions that the gazetteer did not read:
    after "in" or "to", and before "hosted" ("Khiva, Uzbekistan hosted", _hosts_after)."""
    spans = []
    opening: set[tuple[int, int]] = set()
    for m in _TOWN_AFTER_IN.finditer(ctx.text):
        spans.append(m.span("town"))
        if m.group(0).startswith("In ") and " " in m.group("town"):
            # "In Jurmala Serhii Deineko met ...": an opening "In" runs the town into the
            # name after it, so its first word is a candidate of its own.
            a = m.start("town")
            opening.add((a, a + len(m.group("town").split()[0])))
    pos = ctx.low.find("host")
    while pos != -1:
        lo = max(0, pos - 110)
        spans.extend(
            m.span()
            for m in _TOWN_RX.finditer(ctx.text, lo, pos)
            if m.start() > lo and _hosts_after(ctx, m.end())
        )
        pos = ctx.low.find("host", pos + 4)
    for a, b in [*spans, *opening]:
        runs_on = ctx.text[b : b + 1] == " " and ctx.text[b + 1 : b + 2].isupper()
        if runs_on and (a, b) not in opening:
            continue  # "in Khiva Palace": part of a longer name
        g = bisect_left(ctx.geo_starts, b) - 1
        if g >= 0 and ctx.geo[g].end > a:
            continue  # a known place, state or people
        yield a, b


def _world_town(
    ctx: Context, remote: bool, has_venue_word: bool, announced: int | None, above: int
) -> tuple[str, str, int, int] | None:
    """A venue the gazetteer does not know but GeoNames does, scored like a known city's
    mention and only when it scores more than ``above``: (name as written, country code,
    where it stands, points). The town's country must be named in the report, unless the town
    is a big one."""
    lex = ctx.lex
    given = lex.given_names or frozenset()
    named_states = {ctx.country_code(g) for g in ctx.geo if g.kind in ("country", "demonym")}
    best = None
    for a, b in _town_candidates(ctx):
        name = ctx.text[a:b]
        first = name.split()[0].split("-")[0]
        if first in _NOT_TOWNS or first in lex.name_tokens or first in given:
            continue
        if ctx.in_org(a, b):
            continue
        score = _city_score(ctx, Match(a, b, "city", -1), remote, has_venue_word, announced)
        if score is None or score <= max(above, 3) or (best and score <= best[3]):
            continue
        town = world_city(name, named_states, _BIG_TOWN)
        if town is None:
            continue
        best = (name, town.country, a, score)
    return best


def _the_capital(ctx: Context, chair_country: str | None) -> _Venue | None:
    """ "in the capital": only when the text says which capital (the one capital it names, or
    the chairing state's)."""
    lex = ctx.lex
    for m in _capital_phrases(ctx):
        if not ctx.has(MEETING, ctx.sent_idx(m.start())):
            continue
        if _coming_meetings_place(ctx, m.start() + 3, m.end()):
            continue  # "the conference to be held in the capital of ...": another meeting's
        code = _capital_country(ctx, m)
        if code is None:
            capitals = {
                lex.city_list[g.ref].name
                for g in ctx.geo
                if g.kind == "city" and lex.city_list[g.ref].capital
            }
            if len(capitals) == 1:
                city = lex.city_by_name(next(iter(capitals)))
                return city.name, lex.country_name(city.country), ctx.span(m.start()), 0.6
            code = chair_country
        if code and code in lex.capital_of:
            city = lex.capital_of[code]
            return city.name, lex.country_name(code), ctx.span(m.start()), 0.5
    return None


# the guest's journey to the host state: "the delegation visiting Turkmenistan", "is on a
# working trip to Cuba", "left for Germany", "is in Belarus on his first visit"
_GUEST_GOES_TO = re.compile(
    r"\b(?:visiting|(?:working|business|official|study) (?:trip|visit) to|left for|leaves for"
    r"|departed for|(?:is|are) in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _country_only(ctx: Context) -> _Venue | None:
    """A country without a city: "held in Kazakhstan", "held at the Russian MIA", an
    on-the-spot report opening "Korday, Kazakhstan. The ministers ..."."""
    lex = ctx.lex
    for m in ctx.geo:
        if m.kind == "country":
            before = ctx.text[max(0, m.start - 30) : m.start]
            if _held_in(before) or (
                _GUEST_GOES_TO.search(before)
                and ctx.text[m.end : m.end + 2] not in ("'s", "’s")  # "visiting Russia's X"
                and not ctx.has(OTHER_EVENT, ctx.sent_idx(m.start))
            ):
                return None, lex.country_list[m.ref].name, ctx.span(m.start), 0.4
    if _HELD_AT_WORDS.search(ctx.low):
        for m in [*ctx.geo, *ctx.orgs]:
            code = ctx.country_code(m) if m.kind in ("demonym", "country", "org") else None
            if code and _HELD_AT.search(ctx.low, max(0, m.start - 150), m.start):
                return None, lex.country_name(code), ctx.span(m.start), 0.4
    if ctx.doc.paragraphs:
        p0 = ctx.doc.paragraphs[0][0]
        om = _PLACE_COUNTRY_OPENER.match(ctx.text, p0)
        if om:
            country = lex.country_by_name(om.group("country"))
            if (
                country
                and any(ctx.has(MEETING, i) for i in range(min(3, len(ctx.doc.sentences))))
                and not _desk_of_a_third_state(ctx, country.code, om.end(), _lead_end(ctx, om))
            ):
                return None, country.name, ctx.span(p0), 0.35
    return None


# "Tajik President X today received visiting ...", "Minister ... of Azerbaijan X received":
# who receives, at the start of the sentence; "was hosted today by Georgian's minister"
_RECEIVED = re.compile(r"\b(?:received|receives|hosted)\b")
_RECEIVER = re.compile(
    r"\b(?:minister|president|chairman|chairwoman|head|chief|director|commander|secretary"
    r"|prosecutor|ambassador)"
)
_HOSTED_BY = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?hosted\s+(?:\w+\s+){0,2}by\s+$")


def _receivers_state(ctx: Context) -> _Venue | None:
    """The state of the official who receives the guests, when a first sentence says so and no
    place is named: "Tajik President X today received visiting Russia's ...", "the delegation
    ... was hosted today by Georgian's minister ..."."""
    sentences = ctx.doc.sentences
    for i in range(min(len(sentences), 6)):
        a, b = sentences[i]
        m = _RECEIVED.search(ctx.low, a, b)
        if m is None or ctx.has(OTHER_EVENT, i) or ctx.has(FUTURE, i):
            continue
        if m.group() == "hosted":
            by = ctx.low.find("by ", m.end(), m.end() + 20)
            if by == -1 or not _HOSTED_BY.search(ctx.low, a, by + 3):
                continue
            lo, hi = by + 3, min(b, by + 3 + 40)  # "by Georgian's minister ..."
        else:
            lo, hi = a, m.start()  # "<title> of <state> <name> received"
            if not _RECEIVER.search(ctx.low, lo, hi):
                continue
        codes = {
            ctx.country_code(g)
            for g in ctx.geo
            if lo <= g.start < hi and g.kind in ("country", "demonym")
        }
        if len(codes) == 1:
            code = next(iter(codes))
            return None, ctx.lex.country_name(code), ctx.span(a), 0.35
        return None
    return None


# "the Ambassador of Turkey to Georgia", "the Head of the EU Delegation to Georgia", "the
# Embassy of Ukraine in Georgia": an envoy or a mission and the state it is posted to
_ENVOY_TO = re.compile(
    r"\b(?:ambassador|envoy|embassy|delegation|charg[ée] d['’]affaires|consul(?:ate)?)\b"
    r"(?: of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})? (?:to|in) (?:the )?$",
    re.IGNORECASE,
)


def _envoys_posting(ctx: Context) -> _Venue | None:
    """The state an envoy or a mission the lead names is posted to, when the lead tells a
    meeting and names no place: an official receives a foreign envoy at home."""
    sentences = ctx.doc.sentences
    if held_remotely(ctx):
        return None  # "representatives of the US Embassy in Ukraine" joined a video conference
    for m in ctx.geo:
        if m.kind != "country":
            continue
        i = ctx.sent_idx(m.start)
        if i > 2:
            break
        if not _ENVOY_TO.search(ctx.text, max(0, m.start - 80), m.start):
            continue
        if ctx.has(MEETING, i) or ctx.has(HOST_HINT, i):
            return None, ctx.lex.country_list[m.ref].name, ctx.span(sentences[i][0]), 0.35
    return None


# what an agency does as the host: "The Investigative Committee of Russia hosted a working
# meeting", "Russian FCS held a meeting on international cooperation"
_AGENCY_HOSTED = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:has\s+|have\s+)?(?:hosted|held|organi[sz]ed|convened)\b"
)


def _agency_hosts(ctx: Context) -> _Venue | None:
    """The state of a national agency the lead names as hosting or holding the meeting, when
    no place is named."""
    sentences = ctx.doc.sentences
    last = sentences[min(2, len(sentences) - 1)][1]
    for m in ctx.orgs:
        if m.start >= last:
            break
        code = ctx.country_code(m)
        if code is None or not _AGENCY_HOSTED.match(ctx.text, m.end):
            continue
        i = ctx.sent_idx(m.start)
        if ctx.has(MEETING, i) and not ctx.has(OTHER_EVENT, i) and not ctx.has(FUTURE, i):
            return None, ctx.lex.country_name(code), ctx.span(m.start), 0.35
    return None


# an event's own line: its town and its days, a range ("Odessa, 26-27 June 2014 –", "5-7 March
# 2019, Helsingør, Denmark."): a page of the event, not a desk's dateline of one day
_DAY_RANGE = rf"\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+(?:{_MONTH_NAMES})(?:,?\s+(?:19|20)\d\d)?"
_EVENT_DAYS_LINE = re.compile(
    rf"(?:(?P<town>{_TOWN}),\s*{_DAY_RANGE}|{_DAY_RANGE},\s*(?P<town2>{_TOWN}))"
    r"(?=\s*(?:[,.–—-]|$))",
    re.MULTILINE,
)


def _event_days_line(ctx: Context) -> _Venue | None:
    """The town of a line opening one of the first paragraphs with the event's days as a
    range, when the gazetteer or GeoNames (in a state the report names) knows the town."""
    named = {ctx.country_code(g) for g in ctx.geo if g.kind in ("country", "demonym")}
    for ps, pe in ctx.doc.paragraphs[:4]:
        m = _EVENT_DAYS_LINE.match(ctx.text, ps, pe)
        if m is None:
            continue
        name = m.group("town") or m.group("town2")
        city = ctx.lex.city_by_name(name)
        if city is not None:
            return city.name, ctx.lex.country_name(city.country), ctx.span(ps), 0.5
        town = world_city(name, named, _BIG_TOWN)
        if town is not None:
            return name, ctx.lex.country_name(town.country), ctx.span(ps), 0.45
    return None


# the guest's journey to a town: "the visit of the Polish delegation to Astana", "arrived in
# Yerevan on an official visit", "a trip of the minister to Baku"
_JOURNEY_TO = re.compile(
    r"\b(?:(?:visit|visits|trip|journey|arrival)\b[^.;:()]{0,80}?\bto"
    r"|(?:arrived|arrives|came|flew|travell?ed) (?:in|to))\s+(?:the\s+)?(?:city of\s+)?$"
)


def _journey_town(ctx: Context) -> _Venue | None:
    """The one town the report names as where a guest came ("the visit of the delegation to
    Astana", "arrived in Yerevan"), when no town is named as the venue: the visitor met his
    hosts where he came. Not a town of another event's or a coming event's sentence, nor one
    of two towns visited."""
    if "visit" not in ctx.low and "arriv" not in ctx.low and "trip" not in ctx.low:
        return None
    dl = ctx.doc.dateline
    found = None
    for m in ctx.geo:
        if m.kind != "city" or ctx.in_org(m.start, m.end):
            continue
        if dl and dl.start <= m.start < dl.end:
            continue
        if not _JOURNEY_TO.search(ctx.text, max(0, m.start - 120), m.start):
            continue
        i = ctx.sent_idx(m.start)
        if ctx.has(OTHER_EVENT, i) or ctx.has(FUTURE, i):
            continue
        if found is not None and found.ref != m.ref:
            return None  # two towns visited: which one the meeting was in is unsaid
        found = found or m
    if found is None:
        return None
    city = ctx.lex.city_list[found.ref]
    return city.name, ctx.lex.country_name(city.country), ctx.span(found.start), 0.45


def _find_venue(ctx: Context, chair_country: str | None) -> _Venue:
    """(city, country, evidence, confidence): the best-scored city; else a place the gazetteer
    does not know, the capital the text means, the dateline's city for a report "from here",
    or a country alone."""
    lex = ctx.lex
    dl = ctx.doc.dateline
    remote, has_venue_word, announced = (
        held_remotely(ctx),
        "venue" in ctx.low,
        announcement_lead(ctx),
    )
    best, best_score = _best_city(ctx, remote, has_venue_word, announced)
    town = _world_town(ctx, remote, has_venue_word, announced, best_score)
    if town is not None:
        name, code, start, score = town
        return name, lex.country_name(code), ctx.span(start), min(0.8, 0.3 + 0.1 * score)
    if best is not None and best_score >= 4:
        city = lex.city_list[best.ref]
        return (
            city.name,
            lex.country_name(city.country),
            ctx.span(best.start),
            min(1.0, 0.5 + 0.1 * best_score),
        )
    days = _event_days_line(ctx)
    if days is not None:
        return days
    unknown = _unknown_place(ctx)
    if unknown is not None:
        return unknown
    if best is not None and best_score >= 2:
        # "DUSHANBE, 17.07.2024 – ... were discussed in Dushanbe by the ministers": a town
        # the text names weakly as the place, which is also the dateline's, is the venue (not
        # a coming meeting's town)
        known = _dateline_known_city(ctx)
        if (
            known is not None
            and lex.city_list[best.ref] is known[1]
            and not ctx.has(FUTURE, ctx.sent_idx(best.start))  # "the next meeting in Moscow"
        ):
            city = known[1]
            return city.name, lex.country_name(city.country), ctx.span(best.start), 0.5
    journey = None if remote else _journey_town(ctx)
    if journey is not None:
        return journey
    capital = _the_capital(ctx, chair_country)
    if capital is not None:
        return capital
    if dl:
        city = lex.city_by_name(dl.city_text)
        if city and _may_say_here(ctx.low) and _HERE.rx.search(ctx.low):
            return city.name, lex.country_name(city.country), ctx.span(dl.start), 0.5
    country = (
        _country_only(ctx) or _receivers_state(ctx) or _envoys_posting(ctx) or _agency_hosts(ctx)
    )
    dateline = _dateline_city(ctx)
    if country is not None:
        # "BAKU ... arrived in Azerbaijan": the dateline's city, when it lies in that country
        return dateline if dateline is not None and dateline[1] == country[1] else country
    if dateline is not None:
        return dateline
    return None, None, None, 0.0


def one_states_meeting(
    ctx: Context,
    sides: list[tuple[str | None, str | None]],
    part: Iterable[str],
    apart: re.Pattern[str] | None = None,
) -> str | None:
    """The state whose officials alone meet, no place named: every participant of a known
    state is of it and none is an envoy, it is the one state taking part, the meeting sat in
    person (``apart``: the words of talks apart or of a conference, the English ones by
    default), no organisation but the state's agencies is named and no desk's dateline
    stands over it ("the President received the KGB chairman's report", "the Prosecutor
    General met the head of the penal committee"): they met at home."""
    states = set(part)
    if len(states) != 1:
        return None
    code = next(iter(states))
    sentences = ctx.doc.sentences
    known = [state for state, _ in sides if state]
    if not known or any(state != code for state in known):
        return None
    if any(title and _ENVOY.search(title) for _, title in sides):
        return None  # an ambassador or a consul is posted abroad: not his state's meeting
    if _DELEGATION.search(ctx.low, 0, sentences[min(2, len(sentences) - 1)][1]):
        return None  # "the delegation of the Police of Iran": guests, abroad
    if apart is None and held_remotely(ctx):
        return None
    if any(ctx.lex.org_list[m.ref].kind != "agency" for m in ctx.orgs if m.kind == "org"):
        return None  # "the CSTO Council", "the UNODC Adviser": an organisation's meeting
    if ctx.doc.dateline is not None:
        return None  # "Dushanbe, Mar. 4": the desk's town, set aside, leaves the place unsaid
    lead = next((i for i in range(len(sentences)) if not ctx.in_title(sentences[i][0])), 0)
    if _SAID_AT.search(ctx.low, *sentences[lead]):
        return None  # "X said at a meeting of the Council, the agency reported": a relayed word
    if (apart or _APART_OR_MANY).search(ctx.low, 0, sentences[min(7, len(sentences) - 1)][1]):
        return None  # talks by telephone or online, a conference: not at home together
    return code


# a word relayed from a meeting by a news agency: "said at a meeting of ..., the agency
# reported"
_SAID_AT = re.compile(r"\bsaid at (?:a|the) (?:meeting|session)\b")
# a delegation, English or Russian: its members travel to their hosts
_DELEGATION = re.compile(r"\bdelegation|делегаци")
# an envoy's title, English or Russian: "Ambassador", "Consul General", "посол", "консул"
_ENVOY = re.compile(r"(?i)ambassador|consul|envoy|charg[ée]|посол|посл[аеу]|консул|посланник")
# a meeting whose sides may sit apart (by telephone, online, virtually) or that gathers many
# states (a conference): one state's officials named alone do not place it
_APART_OR_MANY = re.compile(r"\b(?:online|virtual\w*|(?:tele)?phone|conference)\b")
