"""Names for convening bodies outside the gazetteer: a body named by description after
"meeting of the" ("heads of the border agencies of ..."), a joint collegium of two ministries,
and the phrases that name a body the gazetteer does not know."""

from __future__ import annotations

import re
from bisect import bisect_left

from .context import FUTURE, Context
from .date_cues import said_during
from .lexicon import LOOSE_NAME_MIN
from .orgnames import agency_kinds, best_phrase, word_set
from .rx import CI

_PEOPLE_HEAD = re.compile(
    r"(?:(?:staff |senior |top )?heads|chiefs|leaders|ministers|deputy ministers|commanders"
    r"|directors|prosecutors(?: general)?|secretaries|senior executives|executives|chairmen"
    r"|senior officials"
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
_NAME_GOES_ON = re.compile(r" (?:of |[A-Z][a-z])")
_DESC_TOKEN = re.compile(r"[^\W_][\w'’]*(?:[-–][^\W_][\w'’]*)*|[^\w\s]")
_MONTH_WORDS = word_set(
    "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday"
)


def _description_words(ctx: Context, pos: int) -> tuple[list[tuple[str, int, int]], int, int]:
    """The words of a description from ``pos`` (word, start, end) up to where it stops (a verb,
    a date, "in Dushanbe", the sentence's end) or to an international organization's name in
    it; (words, that name's end and gazetteer ref, else -1, -1)."""
    text = ctx.text
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
        token = m.group()
        if not token[0].isalnum():
            if token in "'’":
                continue
            if (
                token == ","
                and words
                and _geo_ends(ctx, words[-1][2])
                and _geo_at(ctx, _skip_space(text, m.end()))
            ):
                continue  # "of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"
            if token == "(" and words:
                close = text.find(")", m.end(), m.end() + 30)
                if close != -1 and _NAME_GOES_ON.match(text, close + 1):
                    # "National Coordination Council (CARICC Council) of the ...", "CIS Tax
                    # (Financial) Investigation Bodies": a gloss inside the name
                    k = close + 1
                    continue
            break
        low = token.lower()
        stop = low in _DESC_STOP or low in _MONTH_WORDS or token[0].isdigit()
        if stop and (low != "with" or _WITH_STOPS.match(text, m.end())):
            break
        if token.islower() and len(token) > 4 and token.endswith("ed") and words:
            break  # "the Coordination Group ... departed for Tashkent"
        if low == "in" and words and _geo_at(ctx, _skip_space(text, m.end(), article=True)):
            break  # "... in Dushanbe"
        words.append((token, m.start(), m.end()))
        org_match = ctx.org_at(m.start()) if len(words) > 1 else None
        if (
            org_match is not None
            and ctx.lex.org_list[org_match.ref].kind == "international"
            and not _MEMBERS_POSSESSIVE.match(text, org_match.end)
            and its_body_after(ctx, org_match.end) is None
        ):
            # "... of the Central Asian Regional ...": the description ends with its name (not
            # "... of the SCO Member States' Counternarcotics Agencies": their agencies)
            org_end, org_ref = org_match.end, org_match.ref
            break
        if len(words) >= 26:
            break
    return words, org_end, org_ref


# an international organization's name going on with one of its bodies' names: "CSTO
# Coordinating Council on ...", "Organization (CSTO) Coordinating Council of ...", "Organization
# Consultative Coordination Centre for ...", "Organization's regional anti-terror agency council"
_ITS_BODY_AFTER = re.compile(
    r"(?:\s*\([A-Z]{2,8}\))?(?P<poss>['’]s)?\s+(?P<phrase>(?P<words>(?:[A-Za-z-]+\s+){0,4}?)"
    r"(?:council|committee|commission|working group|collegium|cent(?:re|er))\b)",
    re.IGNORECASE,
)
_NOT_IN_A_NAME = word_set("and of the for on in to at a an member members states countries")


def its_body_after(ctx: Context, end: int) -> tuple[int, int] | None:
    """(start, end) of the name of an organization's body that goes on right after the
    organization's name ending at ``end``: capitalised words up to a head noun ("Coordinating
    Council"), or after a possessive any words ("'s regional anti-terror agency council"). The
    organization is then the body's owner, not the convener."""
    m = _ITS_BODY_AFTER.match(ctx.text, end)
    if m is None:
        return None
    words = m.group("words").split()
    if any(w.lower() in _NOT_IN_A_NAME or w.lower() in _DESC_STOP for w in words):
        return None
    if not m.group("poss") and not all(w[0].isupper() for w in m.group("phrase").split()):
        return None
    # a body of the organization says what it is about ("Council on ...", "anti-terror ...
    # council"); an organ named by its rank alone ("Executive Committee") is the organization
    if not (_ABOUT_AFTER.match(ctx.text, m.end()) or agency_kinds(m.group("phrase"))):
        return None
    return m.start("phrase"), m.end("phrase")


_ABOUT_AFTER = re.compile(r"\s+(?:of|on|for)\s")


# "SCO Member States' Counternarcotics Agencies": the members' agencies go on after the name
_MEMBERS_POSSESSIVE = re.compile(r"\s+member[- ]states['’]\s+[A-Z]", re.IGNORECASE)


def descriptive_name(ctx: Context, pos: int) -> tuple[str, int, int] | None:
    """A body named by description after "meeting of the": "heads of the border agencies of
    Tajikistan, Russia, Afghanistan and Pakistan", "Coordination Group of the Ministry of
    Internal Affairs of the Republic of Tajikistan and ...". (name, end, gazetteer ref or -1:
    a description may still be a known body under new words) or None."""
    text = ctx.text
    if pair := _pair_body(ctx, pos):
        return pair
    lower_body = _LOWER_BODY_HEAD.match(text, pos)
    if not (text[pos : pos + 1].isupper() or _PEOPLE_HEAD.match(text, pos) or lower_body):
        return None  # "meeting of the participants": no name begins here
    words, org_end, org_ref = _description_words(ctx, pos)
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
        or lower_body
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
    elif fmt := _FORMAT_AFTER.match(text, end):
        # "heads of customs services in the “Central Asia – China” format": whose heads they are
        sides = _FORMAT_SIDES.split(fmt.group("sides"))
        if len(sides) >= 2 and all(len(side) > 2 and side[0].isupper() for side in sides):
            phrase += " of " + ", ".join(sides[:-1]) + " and " + sides[-1]
            end = fmt.end()
    return tidy_name(ctx, phrase, words[0][1]), end, -1


# "the Ukrainian-Belarusian joint demarcation commission", "the Russian-Finnish
# interdepartmental working group on customs matters": two states' own body, named in lower
# case by their demonyms joined, its subject before its head noun or after "on"/"for"
_PAIR_BODY = re.compile(
    r"(?P<pair>[A-Z][a-z]+[-–][A-Z][a-z]+)\s+(?P<mods>(?:[a-z][a-z-]*\s+){0,4}?)"
    r"(?P<head>(?:sub-?)?commission|working group|task force|(?:sub-?)?committee|group)\b"
    r"(?P<tail>\s+(?:on|for)(?:\s+[a-z][a-z-]*){1,6})?"
)
# the words that say only what form a body takes, not what it is about
_FORM_WORDS = word_set(
    "joint bilateral interdepartmental inter-departmental intergovernmental inter-governmental "
    "interstate inter-state interagency inter-agency coordination coordinating permanent "
    "standing special expert mixed"
)
_SMALL_WORDS = word_set("on for of and the in")
_TAIL_STOP = word_set("between in to by has is are")


def _pair_body(ctx: Context, pos: int) -> tuple[str, int, int] | None:
    """Two states' own commission or working group named by their joined demonyms and what it
    is about ("Ukrainian-Belarusian Joint Demarcation Commission", "Russian-Finnish
    Interdepartmental Working Group on Customs Matters"): the body, by those words. One named
    by its form alone ("the Uzbek-Belarusian interdepartmental coordination working group")
    says less than the agencies that meet in it, and is left to them."""
    m = _PAIR_BODY.match(ctx.text, pos)
    if m is None or len(codes_in(ctx, pos, m.end("pair"))) != 2:
        return None
    mods = m.group("mods").split()
    tail = (m.group("tail") or "").split()
    for k, w in enumerate(tail):
        if w in _DESC_STOP or w in _TAIL_STOP:
            del tail[k:]  # "... on cross-border cooperation between the ministries ..."
            break
    while tail and tail[-1] in _SMALL_WORDS:
        tail.pop()
    if len(tail) < 2 and all(w in _FORM_WORDS for w in mods):
        return None
    words = [*mods, *m.group("head").split(), *tail]
    name = " ".join(
        w if w in _SMALL_WORDS else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
        for w in words
    )
    end = (
        m.end("head") if len(tail) < 2 else ctx.text.index(tail[-1], m.end("head")) + len(tail[-1])
    )
    return f"{m.group('pair')} {name}", end, -1


# "in the “Central Asia – China” format", "in the “Central Asia + China” format"
_FORMAT_AFTER = re.compile(r"\s+in the [“\"]?(?P<sides>[A-Z][^“”\".,;:]{2,60}?)[”\"]? format\b")
_FORMAT_SIDES = re.compile(r"\s*(?:\s[–—-]\s|[+]|\band\b)\s*")


# "the session of the coordinating council of CIS tax investigation bodies": wire copy writes a
# body's name in lower case
_LOWER_BODY_HEAD = re.compile(
    r"(?:(?:coordinating|coordination|joint|interstate|inter-state|standing|expert) )?"
    r"(?:council|committee|commission|board|collegium) of (?:the )?(?:heads|chiefs|[A-Z])"
)
_WITH_STOPS = re.compile(r"\s+(?:the|a|an|its|his|her|their|participation|representatives)\b")
_PEOPLE_TAIL = re.compile(r"\b(?:heads|chiefs|leaders)$|(?<=[a-z] )(?i:ministers)$")


_SPACE_ARTICLE = re.compile(r"\s*(?:the\s+)?")
_SPACE = re.compile(r"\s*")


def _skip_space(text: str, pos: int, article: bool = False) -> int:
    m = (_SPACE_ARTICLE if article else _SPACE).match(text, pos)
    return m.end() if m else pos


def _geo_ends(ctx: Context, pos: int) -> bool:
    """Whether a country, demonym or city name ends at ``pos`` (a list of states goes on
    after it; "the Council of the country, Turkmenistan State News Agency reported" does
    not)."""
    g = bisect_left(ctx.geo_starts, pos) - 1
    return g >= 0 and ctx.geo[g].end == pos


def _geo_at(ctx: Context, pos: int) -> bool:
    """Whether a country, demonym or city name starts at ``pos``."""
    g = bisect_left(ctx.geo_starts, pos)
    return g < len(ctx.geo) and ctx.geo[g].start == pos


_HEAD_NOUN = re.compile(
    r"\b(?:Council|Committee|Commission|Board|Group|Collegium|Conference|Assembly|Forum"
    r"|Task Force)\b"
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
# "CIS Enforcement (Bailiff) Services", "Heads (Chiefs of Staff) of the ...": a gloss inside a
# name is no part of it
_GLOSS_INSIDE = re.compile(r" \([^()]{1,28}\)(?= [A-Za-z])")
# "of the Republic of Kazakhstan and Kyrgyzstan": a state by its short name
_REPUBLIC_OF = re.compile(r"\b(?:the )?Republic of (?=[A-Z])")


def _owner_by_acronym(ctx: Context, phrase: str, start: int) -> str:
    """The phrase (text from ``start``) with an organization that owns the body named after it
    written by its acronym, as the reference data writes owners ("Council of the CSTO
    Consultative Coordination Centre ...")."""
    for m in reversed(ctx.orgs):
        a, b = m.start - start, m.end - start
        if a < 0 or b > len(phrase) or phrase[a:b] != ctx.text[m.start : m.end]:
            continue
        org = ctx.lex.org_list[m.ref]
        if org.kind == "international" and org.acronym and its_body_after(ctx, m.end):
            gloss = re.match(r"\s*\([A-Z]{2,8}\)", phrase[b:])
            phrase = phrase[:a] + org.acronym + phrase[b + (gloss.end() if gloss else 0) :]
    return phrase


# "the Service", "the Agency": an agency named by its noun alone, the text's short form for a
# name it gives in full elsewhere
_BARE_AGENCY = re.compile(
    r"\bthe (?P<noun>Service|Agency|Committee|Bureau)\b(?! (?:of|for|on) [A-Z])(?!['’])"
)


def full_agency_name(ctx: Context, noun: str) -> str | None:
    """The one full name the text gives an agency it also calls by ``noun`` alone: "National
    Security Service" for "the Service", "Committee for Emergency Situations and Civil
    Defense" for "the Committee"; None when it gives none or several."""
    names = set()
    for m in _full_name_rx(noun).finditer(ctx.text):
        name = m.group().strip()
        if not name.startswith(("The ", "This ", "A ")):
            names.add(name)
    # "Committee for Emergency Situations" beside "... and Civil Defense": one name, in full
    names = {n for n in names if not any(o != n and o.startswith(n) for o in names)}
    return names.pop() if len(names) == 1 else None


def _full_name_rx(noun: str) -> re.Pattern[str]:
    return _FULL_NAMES[noun]


_FULL_NAMES = {
    noun: re.compile(
        rf"\b(?:[A-Z][\w’'-]*\s+){{1,4}}{noun}\b(?! (?:of|for|on) [A-Z])"
        rf"|\b{noun}\s+(?:for|of)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){{0,3}}"
    )
    for noun in ("Service", "Agency", "Committee", "Bureau")
}


def _bare_agency_named(ctx: Context, phrase: str) -> str:
    """The phrase with an agency it calls by its noun alone ("Council of the Service
    Director") called by the full name the text gives it."""
    m = _BARE_AGENCY.search(phrase)
    if m is None:
        return phrase
    full = full_agency_name(ctx, m.group("noun"))
    return phrase if full is None else f"{phrase[: m.start()]}the {full}{phrase[m.end() :]}"


def tidy_name(ctx: Context, phrase: str, start: int) -> str:
    """A descriptive name as the archive keeps it: "the Commonwealth of Independent States" as
    "CIS", two states' interior ministries as "Interior Ministries of A and B", an agency
    called by its noun alone by its full name."""
    phrase = _SPACES.sub(" ", _owner_by_acronym(ctx, phrase, start))
    phrase = _bare_agency_named(ctx, phrase)
    phrase = _COMMONWEALTH.sub("CIS", phrase)
    phrase = _GLOSS_INSIDE.sub("", phrase)
    phrase = _MEMBERS.sub("member states", phrase)
    im = _INTERIOR_BODIES.search(phrase)
    if im:
        codes = codes_in(ctx, start, start + len(phrase))
        if len(codes) >= 2:
            head = phrase[: im.start()].strip()
            names = [ctx.lex.country_name(c) or c for c in codes]
            joined = ", ".join(names[:-1]) + " and " + names[-1]
            tail = f"Interior Ministries of {joined}"
            phrase = f"{head} of the {tail}" if head else tail
    phrase = _REPUBLIC_OF.sub("", phrase)
    phrase = _states_agencies(ctx, phrase, start) or phrase
    return phrase[:1].upper() + phrase[1:]


# "Azerbaijan, Georgia and Turkey defense ministers", "Azerbaijani, Turkish and Georgian
# customs chiefs": the states first, then their officials by the kind of their agency
_STATES_OFFICIALS = re.compile(
    r"\s*(?:[A-Za-z-]+ ){1,3}(?:ministers|chiefs|heads|leaders|commanders)", re.IGNORECASE
)
_STATES_LIST_GAP = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|['’]s)*")


def _states_agencies(ctx: Context, phrase: str, start: int) -> str | None:
    """A phrase of two or more states' officials, the states named first: the officials of
    those states ("Defense Ministers of Azerbaijan, Georgia and Turkey"), as other
    descriptive names put the states last."""
    codes: list[str] = []
    pos = 0
    for k in range(bisect_left(ctx.geo_starts, start), len(ctx.geo)):
        g = ctx.geo[k]
        a, b = g.start - start, g.end - start
        if b > len(phrase) or g.kind not in ("country", "demonym"):
            break
        if not _STATES_LIST_GAP.fullmatch(phrase, pos, a):
            break
        code = ctx.country_code(g)
        if code and code not in codes:
            codes.append(code)
        pos = b
    if len(codes) < 2 or not _STATES_OFFICIALS.fullmatch(phrase, pos):
        return None
    who = " ".join(w[:1].upper() + w[1:] for w in phrase[pos:].split())
    return f"{who} of {listed([ctx.lex.country_name(c) or c for c in codes])}"


# "a joint collegium", "an Interior Ministry board meeting between the two countries"
JOINT = CI(
    r"\bjoint (?:collegium|board|meeting of the collegiums?|sitting|session)\b"
    r"|\bministr(?:y|ies)['’]? (?:board|collegium) meeting between\b"
)


def codes_in(ctx: Context, a: int, b: int) -> list[str]:
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


# whose a joint collegium is: the kind of agency, and its words in English and in Russian
# (lower-cased text); interior ministries when the text names none
INTERIOR_MINISTRIES = "Interior Ministries"
JOINT_AGENCIES = (
    ("Prosecutor General's Offices", re.compile(r"\bprosecutor|\bprocurator|прокурат|прокурор")),
    (INTERIOR_MINISTRIES, re.compile(r"\binterior\b|internal affairs|\bмвд\b|внутренних дел")),
    (
        "Security Services",
        re.compile(r"\bsecurity (?:service|committee)|\b(?:kgb|fsb)\b|\b(?:кгб|фсб)\b"
                   r"|органов безопасности|государственной безопасности"),
    ),
    ("Intelligence Services", re.compile(r"\bintelligence\b|разведк|разведыват")),
    ("Investigative Committees", re.compile(r"\binvestigat\w* committee|следственн\w* комитет")),
    ("Emergencies Ministries", re.compile(r"\bemergenc(?:y|ies)\b|чрезвычайн|\bмчс\b|\bчс\b"
                                          r"|спасательн\w+\s+(?:ведомств|служб)")),
)  # fmt: skip


def listed(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C": the states of a descriptive name."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def joint_agencies(low: str, after: int, end: int) -> str:
    """Whose a joint collegium is: the agency named right after the word "collegium" (up to
    ``end``, the sentence's end), else the agency the text names most, else the interior
    ministries."""
    near = [
        (m.start(), kind)
        for kind, rx in JOINT_AGENCIES
        if (m := rx.search(low, after, min(end, after + 80)))
    ]
    if near:
        return min(near)[1]
    counts = [(len(rx.findall(low)), kind) for kind, rx in JOINT_AGENCIES]
    best = max(counts, key=lambda t: t[0])
    return best[1] if best[0] else INTERIOR_MINISTRIES


def joint_collegium(ctx: Context, agencies: str, a: str, b: str) -> tuple[str, bool]:
    """The joint collegium of two states' ``agencies``: the gazetteer's (True) when it knows
    it, else a descriptive name (False)."""
    for x, y in ((a, b), (b, a)):
        org = ctx.lex.org_by_name(f"Joint Collegium of the {agencies} of {x} and {y}")
        if org:
            return org.name, True
    return f"Joint Collegium of the {agencies} of {a} and {b}", False


def joint_body(ctx: Context, participating: list[str]) -> tuple[str, int, float] | None:
    """A joint collegium of two states' agencies the gazetteer may not know."""
    joint = JOINT.search(ctx.text)
    if not (joint and len(participating) == 2):
        return None
    a, b = participating
    end = ctx.doc.sentences[ctx.sent_idx(joint.start())][1]
    name, known = joint_collegium(ctx, joint_agencies(ctx.low, joint.end(), end), a, b)
    return name, joint.start(), 0.7 if known else 0.5


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


# "The Interstate Council for ... of the CIS (CIS) has approved the schedule during a meeting
# held in Dushanbe": a body the gazetteer does not know, acting at its meeting
_BODY_ACTS = re.compile(
    r"(?:^|(?<=[.!?] ))The (?P<b>(?:[A-Z][\w-]+ ){0,2}"
    + _BODY_NAME[len("(?P<b>") :]
    + r"(?: \([A-Z]{2,6}\))?,? (?:has |have |had )?(?:approved|adopted|considered|discussed"
    r"|reviewed|endorsed|decided|agreed)\b[^.;]{0,120}?\b(?:during|at) (?:a|an|its|the) "
    r"(?:[a-z]+ ){0,2}(?:meeting|session|sitting)\b",
    re.MULTILINE,
)
_HEADS_PHRASE = re.compile(
    r"\b(?:meeting|session|sitting|conference|gathering) (?:of|with) (?:the )?"
    r"(?P<b>(?:heads|chiefs|ministers|commanders|directors|prosecutors|secretaries|leaders"
    r"|boards|collegiums) of [^.;:()]{5,110}?)"
    r"(?=\s+(?:in|on|was|were|held|took|took place|at|from|to|and discuss)\b"
    r"|,\s+(?:which|who|where|held|chaired|bringing|with|at)\b|[.;:(])",
    re.IGNORECASE,
)


_LIST_ITEM = re.compile(r"(?:and |the )*(?P<name>[A-Z][\w'’-]+(?: (?:of )?[A-Z][\w'’-]+){0,3})")


def _before_clause(ctx: Context, phrase: str) -> str:
    """A descriptive name up to the first comma that does not go on with a list of states
    ("heads of the committees of Russia and Armenia, BelTA has learned" ends at the comma;
    "of Kazakhstan, Kyrgyzstan and Tajikistan" goes on)."""
    parts = phrase.split(", ")
    kept = [parts[0]]
    for part in parts[1:]:
        item = _LIST_ITEM.match(part)
        if item is None or ctx.lex.country_by_name(item.group("name")) is None:
            break
        kept.append(part)
    return ", ".join(kept)


_COMING = re.compile(r"\b(?:forthcoming|upcoming)\b")


def coming_meeting(ctx: Context, pos: int) -> bool:
    """Whether the sentence at ``pos`` speaks of a coming meeting ("will participate in a
    meeting of", "the forthcoming session of" before ``pos``) in a report that tells what was
    said at its own meeting, held: a phrase there names another meeting than the report's."""
    i = ctx.sent_idx(pos)
    coming = ctx.has(FUTURE, i) or bool(_COMING.search(ctx.low, ctx.doc.sentences[i][0], pos))
    return coming and said_during(ctx) is not None


def named_outside_gazetteer(
    ctx: Context, participating: list[str]
) -> tuple[str, int, float] | None:
    """When no candidate scored: a joint collegium of the two states taking part, a body the
    text names ("the meeting of the Council of ...", "The Collegium of ... held a meeting"), or
    the format of the meeting ("the 5th meeting of heads of capital police divisions of ...").
    (name, where it stands, confidence) or None."""
    joint = joint_body(ctx, participating)
    if joint:
        return joint
    for pattern in (_BODY_PHRASE, _BODY_CONVENES, _BODY_ACTS):
        named = next(
            (m for m in pattern.finditer(ctx.text) if not coming_meeting(ctx, m.start("b"))),
            None,
        )
        if named:
            phrase = re.sub(r"\s+(?:of|for|on|and|the)$", "", named.group("b").strip())
            phrase = re.sub(r"\s+(?:of|for|on|and|the)$", "", phrase)
            if len(phrase.split()) >= 2:
                return tidy_name(ctx, phrase, named.start("b")), named.start(), 0.4
    # "the 5th meeting of heads of capital police divisions of ...": the format is the body
    heads = _HEADS_PHRASE.search(ctx.text)
    if heads and ctx.sent_idx(heads.start()) <= 4 and not coming_meeting(ctx, heads.start("b")):
        phrase = _before_clause(ctx, heads.group("b").strip())
        return tidy_name(ctx, phrase, heads.start("b")), heads.start(), 0.35
    return None
