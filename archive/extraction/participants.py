"""Participants: who took part in the meeting, in what role, for which country or organization,
and the people who are only mentioned."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter

from . import people
from .context import CHAIR_HINT, FUTURE, HOST_HINT, SPOKES_NEAR_HINT, Context, sentence_cue
from .date_cues import HELD, MEETING, SAID_DURING, announcement_lead
from .lexicon import Match
from .represents import (
    agency_country,
    possessive_country,
    represented_country,
    side_country,
    structural_country,
)
from .rx import CI, lower_same_len, skip_ahead
from .titles import clean_title, country_in, left_title, next_to_name, right_title
from .world_cities import world_city

_START = attrgetter("start")  # sort key of mentions (C speed, stable like the lambda it replaces)
_LEADING_ROLES = frozenset({"chair", "co-chair", "host", "opener"})


def find_people(ctx: Context, given: frozenset[str]) -> list[people.Person]:
    blocked = ctx.lex.name_tokens
    mentions = _without_leading_org(
        ctx, people.find_names(ctx.text, given, blocked, ctx.lex.name_openers)
    )
    titled = people.find_titled_surnames(
        ctx.text, ctx.low, given, blocked, mentions, ctx.cue_starts(people.TITLE_WORD)
    )
    if titled:
        mentions = sorted(mentions + titled, key=_START)
    speaking = people.find_speaking_surnames(ctx.text, given, blocked, mentions)
    if speaking:
        mentions = sorted(mentions + speaking, key=_START)
    # Titles are bounded by neighbouring names, so the names that count must be settled first:
    # a weak name ("Other Dangerous") stays only with a title beside it.
    strong = [m for m in mentions if not m.weak]
    ctx.name_starts = [m.start for m in strong]
    ctx.name_ends = sorted(m.end for m in strong)
    accepted = [nm for nm in mentions if not nm.weak or _weak_name_holds(ctx, nm)]
    if len(accepted) != len(strong):
        ctx.name_starts = [m.start for m in accepted]
        ctx.name_ends = sorted(m.end for m in accepted)
    persons = _group_mentions(ctx, accepted)
    all_mentions = sorted(m.end for p in persons for m in p.mentions)
    byline_keys = list(ctx.doc.bylines)
    announced = _only_announced(ctx)
    for p in persons:
        _analyse_person(ctx, p, byline_keys, all_mentions, announced)
    _settle_openers(persons)
    for p in persons:
        if p.country is None and p.organization is None and p.title:
            p.country = agency_country(ctx, p.title)
    return [p for p in persons if p.reason != "weak name"]


# the last word of an institution's name, never of a person's: "People’s Procuratorate",
# "Trade Unions"
_INSTITUTION_END = frozenset(
    ("procuratorate", "unions", "union", "committee", "ministry", "service", "council",
     "agency", "office", "bureau", "department", "directorate", "inspectorate", "court",
     "academy", "university", "assembly", "federation", "republic")
)  # fmt: skip


def _town_at(ctx: Context, nm: people.NameMention) -> Match | None:
    """The town whose name opens the name mention ``nm``: a city of the gazetteer, or a town
    GeoNames knows right after an opening "In" ("In Jurmala Serhii Deineko met ..."); or a
    state's possessive ("Tajikistan’s Ramazon Rakhimzoda")."""
    pos = nm.start
    g = bisect_left(ctx.geo_starts, pos)
    if g < len(ctx.geo) and ctx.geo[g].start == pos:
        geo = ctx.geo[g]
        if geo.kind == "city":
            return geo
        if ctx.text[geo.end : geo.end + 2] in ("’s", "'s"):
            # "Tajikistan’s Ramazon Rakhimzoda": the state's possessive is no part of the name
            return Match(pos, geo.end + 2, "country", geo.ref)
    if ctx.text[max(0, pos - 3) : pos] == "In " and (pos == 3 or not ctx.text[pos - 4].isalnum()):
        word = nm.name.split()[0]
        if world_city(word, set(), 0) is not None:
            return Match(pos, pos + len(word), "city", -1)
    return None


# the last word of an office's field or area, never of a name of no known given name:
# "Commissioner for Human Rights", "the ABP Panj Zone", "International Cooperation and
# Humanitarian Aid", "the Directorate General for Aliens Policing", "Budget Institution"
_FIELD_END = frozenset(
    ("rights", "zone", "aid", "policing", "institution", "relations", "cooperation", "affairs",
     "protection", "assistance", "enforcement", "prevention", "safety")
)  # fmt: skip


def _without_leading_org(
    ctx: Context, mentions: list[people.NameMention]
) -> list[people.NameMention]:
    """Names that start with an organization's one-word name ("Director of Rosfinmonitoring
    Oleg Krylov") or a town's ("In Jurmala Serhii Deineko met") lose it; what is left is a name
    when two words or more remain. An institution's name ("the Supreme People’s
    Procuratorate") is no person's."""
    out = []
    for nm in mentions:
        last = nm.name.rsplit(None, 1)[-1].lower()
        if last in _INSTITUTION_END or (nm.weak and last in _FIELD_END):
            continue
        org = ctx.org_at(nm.start) if ctx.in_org(nm.start) else None
        if org is None:
            org = _town_at(ctx, nm)
        if org is not None and nm.start < org.end < nm.end:
            rest = ctx.text[org.end : nm.end]
            start = nm.start + (org.end - nm.start) + (len(rest) - len(rest.lstrip()))
            name = ctx.text[start : nm.end]
            if len(name.split()) < 2:
                continue
            nm = people.NameMention(start, nm.end, name, nm.weak, nm.ref)
        out.append(nm)
    return out


def _group_mentions(ctx: Context, accepted: list[people.NameMention]) -> list[people.Person]:
    """One person per name, with every spelling, and surname-only references to them."""
    persons: list[people.Person] = []
    by_surname: dict[str, list[people.Person]] = {}
    for nm in accepted:
        # same_person needs equal surname keys: compare only within a surname bucket
        bucket = by_surname.setdefault(people.surname_key(nm.name), [])
        for p in bucket:
            if people.same_person(p.name, nm.name):
                p.mentions.append(nm)
                if nm.name != p.name and nm.name not in p.variants:
                    p.variants.append(nm.name)
                break
        else:
            person = people.Person(name=nm.name, mentions=[nm])
            persons.append(person)
            bucket.append(person)
    # Surname-only references ("Nurgaliev promised ...") count as mentions of a known person.
    text = ctx.text
    for p in persons:
        surname = p.name.split()[-1]
        if len(surname) < 4:
            continue
        pos = text.find(surname)
        while pos != -1:
            end = pos + len(surname)
            ok = (pos == 0 or not text[pos - 1].isalnum()) and (
                end >= len(text) or not text[end].isalnum()
            )
            if ok and not any(x.start <= pos < x.end for x in p.mentions):
                p.mentions.append(people.NameMention(pos, end, surname, ref=True))
            pos = text.find(surname, end)
        p.mentions.sort(key=_START)
    return persons


def _weak_name_holds(ctx: Context, nm: people.NameMention) -> bool:
    """A weak name (no known given name, no surname ending) is a name only with a title right
    beside it, outside a headline and not after an article ("the Global Compact")."""
    if _weak_name_is_phrase(ctx, nm) or _ARTICLE_BEFORE.search(
        ctx.text, max(0, nm.start - 6), nm.start
    ):
        return False
    if _OF_BEFORE.search(ctx.text, max(0, nm.start - 40), nm.start):
        return False  # "the Safety of Maritime Navigation": the object of a title or a name
    sentence = ctx.sent_idx(nm.start)
    a, b = ctx.doc.sentences[sentence]
    if _headline_case(ctx.sent_text(sentence)):
        return False
    if _HONORIFIC_BEFORE.search(ctx.text, max(a, nm.start - 6), nm.start):
        return True  # "Mr Udo Burkholder", "Ms. Ashita Mittal": only a person is addressed so
    title_left = left_title(ctx, a, nm.start)
    if title_left and next_to_name(ctx.text[title_left[2] : nm.start]):
        return True
    return right_title(ctx, nm.end, b) is not None


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Madam)\.?\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+$")
# "of" after a word that no person follows ("the presence of X", "the visit of X" do)
_OF_BEFORE = re.compile(
    r"\b(?!(?:presence|participation|attendance|visit|delegation|invitation|chairmanship"
    r"|leadership|guidance|initiative|behalf|name)\b)\w+\s+of\s+(?:the\s+)?$"
)
_WORDS = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _headline_case(sentence: str) -> bool:
    """Whether ``sentence`` is a headline: no closing punctuation, and most of its longer
    words capitalised."""
    if sentence.rstrip().endswith((".", "!", "?", '"', "”", ":", ";", ",")):
        return False
    words = _WORDS.findall(sentence)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _weak_name_is_phrase(ctx: Context, nm: people.NameMention) -> bool:
    """A capitalised phrase, not a name: it overlaps a gazetteer hit ("Money Laundering") or
    one of its words also occurs in lower case in the report."""
    if any(m.start < nm.end and nm.start < m.end for m in ctx.matches):
        return True
    for tok in nm.name.split():
        low = tok.lower()
        i = ctx.text.find(low)
        while i != -1:
            j = i + len(low)
            if (i == 0 or not ctx.text[i - 1].isalpha()) and (
                j >= len(ctx.text) or not ctx.text[j].isalpha()
            ):
                return True
            i = ctx.text.find(low, j)
    return False


def _settle_openers(persons: list[people.Person]) -> None:
    """Who opened the meeting chairs it, unless the text names another chair: then the one
    who opened it is the host."""
    openers = [p for p in persons if p.opened and p.participant and p.role != "co-chair"]
    if not openers:
        return
    other_chair = any(p.role == "chair" and not p.opened and p.participant for p in persons)
    for p in openers:
        if other_chair:
            p.role = "host"
        elif p.opened == "opened":
            p.role = "chair"


class _Signals:
    """What the mentions of one person say about them."""

    __slots__ = (
        "roles",
        "head_of_state",
        "absent",
        "excluded",
        "sents",
        "title_low",
        "fixed",
        "talked",
    )

    def __init__(self) -> None:
        self.roles: set[str] = set()
        self.head_of_state = False
        self.absent = False
        self.excluded = ""
        self.sents: list[int] = []
        self.title_low = ""
        self.fixed = False  # the country comes from the layout beside a name
        self.talked = False  # a subject of the talks told: "A and B discussed ..."


def _only_announced(ctx: Context) -> bool:
    """Whether the report only announces its meeting: the lead says it "will be held" and no
    sentence outside the future tells of a meeting held or attended, or of what was said
    during it."""
    if announcement_lead(ctx) is None:
        return False
    return not any(
        ctx.has(MEETING, i)
        and not ctx.has(FUTURE, i)
        and (HELD.search(ctx.low, a, b) or SAID_DURING.search(ctx.low, a, b))
        for i, (a, b) in enumerate(ctx.doc.sentences)
    )


def _analyse_person(
    ctx: Context,
    p: people.Person,
    bylines: list[str],
    all_mentions: list[int],
    announced: bool = False,
) -> None:
    sig = _Signals()
    full_mentions = [m for m in p.mentions if not m.ref]
    seen_sents: set[int] = set()
    for m in p.mentions:
        sentence = ctx.sent_idx(m.start)
        full = not m.ref
        if sentence in seen_sents and not full:
            continue  # one look per sentence is enough for a person's cues
        a, b = ctx.doc.sentences[sentence]
        if full:
            _read_title(ctx, p, m, a, b, sig)
            _read_country(ctx, p, m, a, b, sig)
        if sentence in seen_sents:
            continue
        seen_sents.add(sentence)
        sig.sents.append(sentence)
        _read_cues(ctx, p, m, sentence, a, b, sig, all_mentions)
    _decide(ctx, p, sig, bylines, full_mentions, announced)


# "Special Representative of the President of Russia in the SCO", "representative of the
# Kyrgyz President Administration", "Assistant to the Kazakh President": who serves the president
_SERVES_HEAD = re.compile(
    r"\b(?:of|to|under|at|by) the(?: [a-z]+)? (?:president|prime minister|head of state)\b"
    r"[^,;]*"
)
# "acting Prime Minister and Interior Minister": a head of government who also holds the
# ministry that meets
_ALSO_MINISTER = re.compile(
    r"\b(?:prime minister|premier)\s*(?:and|[-–—])\s*(?:[\w-]+\s+){0,3}?minister\b"
)
_CANDIDATE = CI(r"\b(?:candidate|nominee)s?\b(?! of (?:\w+ )?sciences)")
# what follows a name to say where the news comes from, not who the person is: "..., according
# to the Tajik president's official website", "..., the Press Service of the President reports"
_SOURCE_NOT_TITLE = re.compile(
    r"^(?:according to|the press (?:service|office|centre|center))\b"
    r"|\b(?:reports|reported|informs|informed)$"
)


def _read_title(
    ctx: Context, p: people.Person, m: people.NameMention, a: int, b: int, sig: _Signals
) -> None:
    """The person's title from the first mention that has one; the country or organization
    from the first title that names one."""
    if p.title is not None and (p.country or p.organization):
        return
    left, right = left_title(ctx, a, m.start), right_title(ctx, m.end, b)
    if right and _SOURCE_NOT_TITLE.search(right[0].strip(" ,.").lower()):
        right = None  # "X, according to the president's website": the report's source
    if left and right and _apposition_of_previous(ctx, a, left, m.start):
        left = None
    parts = [x for x in (left, right) if x]
    if not parts:
        return
    title_start = min(x[1] for x in parts)
    title_end = max(x[2] for x in parts)
    code, org = country_in(ctx, title_start, title_end)
    if left and "," in left[0]:
        # "Afghan Interior Minister ..., Turkish Deputy Interior Minister X": the part of the
        # title nearest the name is the person's own
        near, _ = country_in(ctx, ctx.text.rindex(",", left[1], left[2]) + 1, left[2])
        code = near or code
    if not sig.fixed:
        p.country = p.country or code
    p.organization = p.organization or org
    if p.title is not None:
        return
    p.title = "; ".join([t for t in (clean_title(x[0]) for x in parts) if t])
    p.title_span = (title_start, title_end)
    title_low = sig.title_low = lower_same_len(p.title)  # lowered once for the title checks
    if people.SPOKES.found_in(title_low):
        sig.excluded = "spokesperson"
    if (
        people.HEAD_OF_STATE.found_in(title_low)
        and people.HEAD_OF_STATE.found_in(_SERVES_HEAD.sub(" ", title_low))
        and not _ALSO_MINISTER.search(title_low)
        and not _presides_an_organization(ctx, title_start, title_end)
    ) or _HEAD_OF_OUR_STATE.fullmatch(title_low):
        sig.head_of_state = True
    if _CANDIDATE.found_in(title_low):
        sig.excluded = sig.excluded or "candidate"


def _presides_an_organization(ctx: Context, a: int, b: int) -> bool:
    """Whether every president named in the title at text[a:b] presides over an organization
    named beside the word ("the FATF President", "President of Interpol"), not over a state."""
    low = ctx.low
    for k in range(bisect_left(ctx.match_starts, a), len(ctx.matches)):
        m = ctx.matches[k]
        if m.start >= b:
            break
        if m.kind != "org":
            continue
        if _PRESIDENT_AFTER.match(low, m.end, b):
            low = low[: m.start] + " " * (m.end - m.start + 10) + low[m.end + 10 :]
        elif before := _PRESIDENT_BEFORE.search(low, max(a, m.start - 20), m.start):
            i, j = before.span()
            low = low[:i] + " " * (j - i) + low[j:]
    return not people.HEAD_OF_STATE.found_in(low[a:b])


# "FATF President": the organization's, read right after its name (a president "of" something
# else after it is that one's: "... ORGANIZATION President of the Republic of Uzbekistan")
_PRESIDENT_AFTER = re.compile(r" president\b(?! of\b)")
# "President of Interpol", "President of the FATF": read right before its name
_PRESIDENT_BEFORE = re.compile(r"\bpresident of (?:the )?$")


# "Head of our State, Nursultan Nazarbayev, ...": the president, as a speaker calls him
_HEAD_OF_OUR_STATE = re.compile(r"(?:the )?head of (?:our|the|his|her|their) (?:state|country)")


def _read_country(
    ctx: Context, p: people.Person, m: people.NameMention, a: int, b: int, sig: _Signals
) -> None:
    """The country from the layout around the name, which outweighs the title's; else from the
    side or delegation that introduces the name, or the country it "represented"."""
    if not sig.fixed:
        code = structural_country(ctx, m.start, m.end, b)
        if code:
            p.country = code
            sig.fixed = True
            return
    if p.country is None:
        i = bisect_left(ctx.name_ends, m.start) - 1
        left_bound = max(a, ctx.name_ends[i]) if i >= 0 else a
        p.country = (
            side_country(ctx, a, m.start, left_bound)
            or represented_country(ctx, m.end, b)
            or (None if p.organization else possessive_country(ctx, left_bound, m.start))
        )


def _apposition_of_previous(ctx: Context, a: int, left: tuple[str, int, int], start: int) -> bool:
    """Whether the title before the name at ``start`` stands between commas in a list of
    "Name, Title" items: in "A, Head of the Agency of Kazakhstan, B, Deputy Director of ..."
    it is A's title, since B has one of its own after the name."""
    text = ctx.text
    return text[left[2] : start].strip() == "," and text[
        max(a, left[1] - 3) : left[1]
    ].rstrip().endswith(",")


_ABSENT_HINT = sentence_cue(
    r"sent|convey|forward|message|greeting|letter|telegram|address|behalf|not |absent|refused"
    r"|declined|skipped|boycott|hospital|illness|sick"
)
# "On behalf of A, Colonel X, participated instead of me": the verb right after the name
# puts him in the room, whatever stood before it
_TOOK_PART_AFTER = re.compile(r"\s*,?\s*(?:also |has |had )?(?:participated|attended|took part)\b")
_SIGNED_HINT = sentence_cue(r"signed by|adopted by|approved by|concluded by")
# "According to the head of the Ministry, X, ...": X is quoted
_ACCORDING = CI(
    r"\baccording to (?:(?:the |a )?[^,.;:\"“”]{0,100}\b"
    + people.TITLE_HEADS.pattern[2:]
    + r"[^.;:\"“”]{0,100})?,?\s*$"
)
_SAID_AFTER = re.compile(r"\s*(?:,\s*)?(?:who\s+)?(?:said|noted|stated|added)")
_SPOKES_NEAR = CI(
    r"\b(?:spokes(?:person|man|woman)|press secretary|official representative)\b[^,.;]{0,60}$"
)


def _read_cues(
    ctx: Context,
    p: people.Person,
    m: people.NameMention,
    sentence: int,
    a: int,
    b: int,
    sig: _Signals,
    all_mentions: list[int],
) -> None:
    """Role and exclusion cues around one mention. The cue patterns are lower-case and run on
    slices of the lower-cased text, made only when the sentence has the cue at all."""
    has, low, roles = ctx.has, ctx.low, sig.roles
    s, e = m.start, m.end
    # the left context starts after the previous person mentioned in the sentence
    j = bisect_left(all_mentions, s) - 1
    prev_name = max(a, all_mentions[j]) if j >= 0 else a
    own_left = low[max(prev_name, s - 220) : s]
    after = low[e : min(b, e + 120)]
    if not sig.absent and has(_ABSENT_HINT, sentence):
        sig.absent = bool(
            people.ABSENT_AFTER.rx.match(after)
            or (people.ABSENT_BEFORE.rx.search(own_left) and not _TOOK_PART_AFTER.match(after))
        )
    if (
        not sig.excluded
        and has(_SIGNED_HINT, sentence)
        and people.SIGNED_EARLIER.rx.search(own_left)
    ):
        sig.excluded = "background (signed earlier)"
    if "co-chair" not in roles and has(people.COCHAIR, sentence):
        roles.add("co-chair")
    if has(CHAIR_HINT, sentence):
        if people.LEADS_DELEGATION.rx.search(own_left):
            p.led_delegation = True
        elif (
            (people.CHAIR.rx.search(own_left) and not _LEADS_THE_STATE.search(own_left))
            or people.CHAIR_AFTER.rx.search(after)
            or _HOLDS_CHAIR.match(after)
            or _MEETING_LED_BY.search(own_left)
        ):
            roles.add("chair")
        elif _SECOND_OF_PAIR.match(low, prev_name, s) and (
            _CHAIRED_BY_PAIR.search(low, a, s) or _PAIR_CHAIRED.match(after)
        ):
            roles.add("co-chair")  # "chaired by A and B": B beside the chair
        elif _FIRST_OF_PAIR_CHAIRED.match(low, e, min(b, e + 250)):
            roles.add("chair")  # "A and B chaired the meeting": A the chair, B beside A
        if people.OPENER.rx.search(own_left) or people.OPENER_AFTER.rx.search(after):
            p.opened = "opened"
            roles.add("opener")
        elif not p.opened and people.OPENING.rx.search(own_left):
            p.opened = "opening"
            roles.add("opener")
    if "host" not in roles and has(HOST_HINT, sentence):
        found = people.HOST.rx.search(own_left) or people.HOST_AFTER.rx.search(after)
        if found:
            roles.add("host")
            p.met_with = "met with" in found.group(0)
    if "speaker" not in roles and (
        _speaks(ctx, sentence, a, b, s, e, own_left)
        or (has(_SPOKEN_BY_HINT, sentence) and _SPOKEN_BY.search(low, a, s))
        or (has(_LEARNED_HINT, sentence) and _LEARNED_FROM.search(own_left))
    ):
        roles.add("speaker")
    if not ({"chair", "host", "speaker"} & roles) and (
        has(people.SPEECH, sentence) or has(HOST_HINT, sentence) or has(CHAIR_HINT, sentence)
    ):
        _verb_after_subjects(ctx, p, e, b, roles)
    if not sig.talked and low.find("discussed", e, b) != -1:
        sig.talked = _TALKED.match(low, _listed_names_end(ctx, e, b), b) is not None
    if not sig.talked and ("met " in own_left or "meeting " in own_left):
        sig.talked = _MET_WITH_BEFORE.search(own_left) is not None
    if (
        not sig.excluded
        and has(people.EXCLUDE_CONTEXT, sentence)
        and people.EXCLUDE_CONTEXT.rx.search(
            low[max(a, s - 50) : s] + " " + low[e : min(b, e + 50)]
        )
    ):
        sig.excluded = "context"
    if not sig.excluded and has(CHAIR_HINT, sentence) and _TERM_OF_CHAIR.search(own_left):
        sig.excluded = "background (a term as chair)"
    if (
        sig.excluded != "spokesperson"
        and has(SPOKES_NEAR_HINT, sentence)
        and _SPOKES_NEAR.rx.search(low[max(a, s - 50) : s])
    ):
        sig.excluded = "spokesperson"
    if not sig.excluded and "by:" in low[max(a, s - 60) : s] and _SIGNED_BY.search(low, a, s):
        sig.excluded = "credit"  # "Classified By: Chargé d'Affaires A": who signs the page
    if not sig.excluded and has(_NOT_THERE_HINT, sentence):
        if _CREDIT_BEFORE.search(low, max(a, s - 30), s):
            sig.excluded = "credit"
        elif _COMMEMORATED.search(own_left):
            sig.excluded = "commemorated"


# the verb of talks after their subjects: "A, B and C discussed in detail ..."
_TALKED = re.compile(
    r"\s*,?\s*(?:(?:also|then|jointly|later|in detail|in turn|today|yesterday)\s+)?discussed\b"
)


# right before the name: "A yesterday met here with B", "The meeting of A and B was held"
_MET_WITH_BEFORE = re.compile(
    r"\b(?:met (?:here |there |today |yesterday |also |again )?with"
    r"|(?:the )?meeting (?:of|between))\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?$"
)


def _listed_names_end(ctx: Context, e: int, b: int) -> int:
    """Where the names listed with the one ending at ``e`` end: "A, B and C" (no titles)."""
    text, starts, ends = ctx.text, ctx.name_starts, ctx.name_ends
    pos = e
    while True:
        i = bisect_left(starts, pos)
        if i == len(starts) or starts[i] >= b or not _SUBJECTS_JOIN.fullmatch(text, pos, starts[i]):
            return pos
        pos = ends[i]  # the names do not overlap: the i-th start and the i-th end are one name's


def _verb_after_subjects(ctx: Context, p: people.Person, e: int, b: int, roles: set[str]) -> None:
    """The verb whose subject is the name ending at ``e`` when titles stand between them: "A,
    Deputy Prosecutor General, head of the delegation, thanked ..." (A speaks), "A, Minister of
    X, chaired the meeting"; or the verb after a list of such names, "A, Minister of X, and B,
    Special Envoy, greeted the participants" (both speak)."""
    pos, listed = _subjects_end(ctx, e, b)
    if pos == e:
        return  # the name itself stands before the verb: the ordinary cues have read it
    verb = _BEFORE_VERB.match(ctx.low, pos, b)
    at = verb.end() if verb else pos
    rest = ctx.low[pos : min(b, pos + 120)]
    if not listed and people.CHAIR_AFTER.rx.match(rest):
        roles.add("chair")
    elif not listed and (found := people.HOST_AFTER.rx.match(rest)):
        roles.add("host")
        p.met_with = "met with" in found.group(0)
    elif people.SPEECH.rx.match(ctx.low, at, b) and not _ADDRESSEE.match(ctx.low, at, b):
        roles.add("speaker")


# between a name and the title written after it: ", the ", " (", ", who is the "
_TITLE_LEAD = re.compile(r"[\s,(]*(?:(?:who is|who was|currently)\s+)?(?:(?:the|a|an)\s+)?")
_BEFORE_VERB = re.compile(r"[\s,]*(?:(?:also|then|jointly|later|first|in turn),?\s+)?")
# between names listed as the subjects of one verb: "A, Minister of X, and B, ..."
_SUBJECTS_JOIN = re.compile(r"\s*,?\s*(?:and|as well as)\s+(?:the\s+)?|\s*,\s*")
# one more apposition in lower case: ", head of the Russian delegation,"
_MORE_APPOSITION = re.compile(r",\s*(?:the\s+)?(?P<a>[^,;.:“”\"]{3,80}?)\s*(?=,)")


def _subjects_end(ctx: Context, e: int, b: int) -> tuple[int, bool]:
    """Where the subject that starts with the name ending at ``e`` ends: after the titles
    written after it and after the names listed with it; and whether there are such names."""
    text, starts, ends = ctx.text, ctx.name_starts, ctx.name_ends
    pos, listed = e, False
    while True:
        title = right_title(ctx, pos, b)
        if title is None or not _TITLE_LEAD.fullmatch(text, pos, title[1]):
            return pos, listed
        pos = title[2]
        more = _MORE_APPOSITION.match(text, pos, b)
        while more and people.TITLE_HEADS.rx.search(ctx.low, more.start("a"), more.end("a")):
            pos = more.end()
            more = _MORE_APPOSITION.match(text, pos, b)
        i = bisect_left(starts, pos)
        if (
            i < len(starts)
            and len(starts) == len(ends)
            and starts[i] < b
            and _SUBJECTS_JOIN.fullmatch(text, pos, starts[i])
        ):
            pos, listed = ends[i], True
            continue
        return pos, listed


_NOT_THERE_HINT = sentence_cue(
    r"photo|picture|image|video|martyr|the late|memory|commemorat|wreath|flowers"
)
# "(Photo by Zafar Karimov/Xinhua)": who took the picture
_CREDIT_BEFORE = re.compile(r"\b(?:photos?|pictures?|images?|video)(?: by|:)\s*$")
# "Classified By: Chargé d'Affaires A", "Edited by: A": the page's signature or credit, a title
# at most between it and the name
_SIGNED_BY = re.compile(r"\bby:\s*(?:[\w'’.-]+\s+){0,4}$")
# "paid tribute to the victims ..., including the martyr General X", "in memory of X", "laid
# flowers paying tributes to the national leader, X": the dead are remembered, not present
# (praise of the living, "paid tribute to X", is no cue)
_COMMEMORATED = re.compile(
    r"\b(?:in memory of|the memory of|commemorat(?:e|es|ed|ing|ion)|martyrs?|the late"
    r"|(?:laid|lay|lays|laying|placed|put) (?:a |the )?(?:wreaths?|flowers))\b[^.;:]{0,120}$"
)


# "the reforms carried out under the leadership of President X", "ties have improved under the
# leadership of A and B": who leads the state or its policy, not the chair of a meeting
_LEADS_THE_STATE = re.compile(
    r"\b(?:carried out|implemented|pursued|undertaken|achieved|improved|developed|strengthened"
    r"|expanded|deepened|moderni[sz]ed|reforms?|polic(?:y|ies)|course|successes)\b[^.;:]{0,80}?"
    r"\bunder the (?:wise |strong |able )?leadership of\b[^.;:]{0,60}$"
    # (and whoever a head of state's title names there: "the development of Azerbaijan under
    # the leadership of President X", "under the leadership of Commander-in-Chief X")
    r"|\bunder the (?:\w+ )?leadership of (?:the )?(?:\w+ ){0,2}(?:president|commander-in-chief"
    r"|head of state|national leader)\b(?:[^.;:]|\b(?:mr|mrs|ms)\.){0,80}$"
)


# "X, who held the rotating council chairmanship, said": X chairs the meeting
_HOLDS_CHAIR = re.compile(
    r"\W{0,3}\s*who\s+(?:holds|held|currently holds)\s+the\s+(?:rotating\s+)?(?:\w+\s+)?"
    r"(?:chairmanship|presidency)\b(?!\s+(?:of|in)\s+(?:the\s+)?(?:country|state|government))"
)


# "The agenda of the meeting, led by Committee Chairman X, was approved": X chairs (a
# delegation led by X is no meeting)
_MEETING_LED_BY = re.compile(
    r"\b(?:meeting|session|sitting|plenary|conference)\s*,?\s+(?:which was\s+|was\s+)?led by\b"
    r"[^.;]{0,80}$",
    re.IGNORECASE,
)


# "chaired by A (Russia) and B (Uzbekistan)", "A and B chaired the meeting": A chairs, B is
# the co-chair
_SECOND_OF_PAIR = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*,?\s*and\s+[^;]{0,80}$")
_CHAIRED_BY_PAIR = re.compile(
    r"\b(?:(?:chaired|presided over) by|under the (?:co-?)?chairmanship of)\b[^;]{0,250}$"
)
_PAIR_CHAIRED = re.compile(
    r"\s*(?:\([^()]{0,60}\))?\s*(?:,\s*)?(?:jointly\s+)?(?:chaired|presided over)\b"
)
_FIRST_OF_PAIR_CHAIRED = re.compile(
    r"\s*(?:\([^()]{0,60}\))?\s*,?\s*and\s+[^;]{0,150}?\)?\s*(?:jointly\s+)?"
    r"(?:chaired|presided over)\b"
)


# "as part of the chairmanship of the Minister ..., X, in the Council": X's term as the
# body's chair, not a part in this meeting
_TERM_OF_CHAIR = re.compile(
    skip_ahead(
        r"\b(?:as part of|within(?: the framework of)?|during|in the course of) (?:the |his |her )?"
        r"(?:chairmanship|presidency) of\b[^.;]{0,100}$"
    )
)


def _speaks(ctx: Context, sentence: int, a: int, b: int, s: int, e: int, own_left: str) -> bool:
    """Whether the mention at text[s:e] is of someone speaking: a speech verb next to the
    name, a quotation right before it, or "according to" the person."""
    sent = ctx.sent_text(sentence)
    if not (
        '"' in sent or "”" in sent or ctx.has(people.SPEECH, sentence) or "according" in own_left
    ):
        return False
    low = ctx.low
    # a quotation that ends after the name ('"... A met B in Moscow," the spokeswoman said'):
    # the speech verb after it is its attribution, not something the named person did
    end = min(b, e + 80)
    if quoted := _QUOTE_ENDS.search(ctx.text, e, end):
        end = quoted.start()
    if (
        people.SPEECH.rx.search(low, e, end)
        or _SPEAKERS_LIST.search(low, a, s)
        or ctx.text[a:s].rstrip(" ,").endswith(("”", '"'))
        or _SAID_AFTER.match(ctx.text, e, b)
        or _ACCORDING.rx.search(own_left)
    ):
        return True
    verbs = list(people.SPEECH.rx.finditer(low, max(a, s - 60), s))
    verb = verbs[-1] if verbs else None
    # "Guliyev said to Mansur Valiyev", "thanked Mr. Usubov": spoken to, not speaking
    return verb is not None and not _ADDRESSEE.match(low, verb.start(), s)


# the end of a quoted sentence: ',"' or '.”' or '”,'
_QUOTE_ENDS = re.compile(r"[,.][\"”]|”[,.]")
# "The following officials took part and spoke at the event: A; B and C": a list of speakers
_SPEAKERS_LIST = re.compile(
    r"\b(?:spoke|made (?:speeches|statements|presentations|reports)|delivered (?:speeches"
    r"|statements|reports)|addressed the (?:meeting|participants|session))\b[^:.;]{0,60}:"
)
_LEARNED_HINT = sentence_cue(r"\b(?:learned|learnt|heard) from\b|\btold by\b")
# "BelTA learned from Prosecutor General of Russia X at a session": X told the agency
_LEARNED_FROM = re.compile(
    r"\b(?:learned from|learnt from|heard from|(?:was|were) told by)\b[^.;:\"“”]{0,120}$"
)
_SPOKEN_BY_HINT = sentence_cue(r"\b(?:were|was) (?:made|delivered|given|presented) by\b")
# "Welcome remarks were made by A ..., as well as ... – B, C and D": everyone listed speaks
_SPOKEN_BY = re.compile(
    r"\b(?:remarks|speeches|statements|reports|presentations|addresses|greetings)"
    r" (?:were|was) (?:made|delivered|given|presented) by\b[^.;]{0,500}$"
)
_ADDRESSEE = re.compile(
    r"(?:said|spoke|stated|reported|explained|noted|complained|wrote|announced|declared) to\b"
    r"[^.;]*$|(?:told|informed|assured|reassured|briefed|thanked|urged|asked|congratulated"
    r"|greeted|welcomed|praised|reminded|invited|called on)\b(?! by\b)[^.;,]*$"
)


def _decide(
    ctx: Context,
    p: people.Person,
    sig: _Signals,
    bylines: list[str],
    full_mentions: list[people.NameMention],
    announced: bool = False,
) -> None:
    """Participant or only mentioned, the role, and the confidence. In a report announcing a
    meeting, only someone a sentence about the future names takes part in it: who "reported"
    or "opened the session" acted at another meeting, already held."""
    has, roles = ctx.has, sig.roles
    # sentence-level cues, evaluated only now and only once per sentence
    uniq = dict.fromkeys(sig.sents)
    participation = any(has(people.PARTICIPATION, sentence) for sentence in uniq)
    press = not participation and any(has(people.PRESS, sentence) for sentence in uniq)
    leading = bool(_LEADING_ROLES & roles)
    excluded = sig.excluded
    if uniq and _only_in_background(ctx, uniq, full_mentions, leading):
        excluded = "background (an earlier meeting)"
    if any(people.same_person(p.name, b) for b in bylines):
        excluded = "byline"
    if sig.absent and not leading:
        # (said first: a head of state who sent greetings meets no one)
        excluded = excluded or "absent (sent a message)"
    if sig.head_of_state and not ({"chair", "co-chair", "opener"} & roles):
        # a president who received the delegations or sent greetings did not sit in the meeting
        excluded = excluded or "head of state mentioned"
    if press and not leading:
        excluded = excluded or "press comment"
    if not p.title and not roles and not participation and not sig.fixed and not sig.talked:
        # a name with its country beside it ("Mansur Valiyev (Russia)") is listed as a side's
        # delegate, which is as good as a title
        excluded = excluded or "no role"
    if announced and not any(has(FUTURE, sentence) for sentence in uniq):
        excluded = excluded or "announcement (not said to take part)"
    if not full_mentions:
        excluded = "no full name"
    title_low = sig.title_low
    if p.title and (
        people.EXCLUDE_CONTEXT.found_in(title_low)
        or (people.OUTSIDER.found_in(title_low) and not participation)
    ):
        excluded = excluded or "outsider"
    if excluded == "context" and leading:
        excluded = ""
    if excluded:
        p.participant = False
        p.reason = excluded
    for r in ("co-chair", "chair", "host", "speaker"):
        if r in roles:
            p.role = r
            break
    first = full_mentions[0] if full_mentions else p.mentions[0]
    p.evidence = ctx.doc.sentences[ctx.sent_idx(first.start)]
    conf = 0.5
    if p.title:
        conf += 0.2
    if roles:
        conf += 0.15
    if first.name.split()[0] in (ctx.lex.given_names or ()):
        conf += 0.1
    p.confidence = _rounded_confidence(conf)


def _only_in_background(
    ctx: Context, sentences: dict[int, None], full_mentions: list[people.NameMention], leading: bool
) -> bool:
    """Whether a person belongs to an earlier meeting: every sentence naming them speaks of
    one; or every sentence with their full name does ("told the President in his report on
    the last meeting") and the later mentions by surname give no part in this one."""
    has = ctx.has
    if all(has(people.BACKGROUND, i) for i in sentences):
        return True
    if leading or not full_mentions:
        return False
    full = {ctx.sent_idx(m.start) for m in full_mentions}
    return all(has(people.BACKGROUND, i) for i in full) and not any(
        has(people.PARTICIPATION, i) for i in sentences if i not in full
    )


@lru_cache(maxsize=64)
def _rounded_confidence(conf: float) -> float:
    # a handful of sums of fixed increments: memoised, round() with digits is not cheap
    return round(min(conf, 0.95), 2)
