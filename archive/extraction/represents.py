"""The country a person represents, from the structure around the name.

- list labels: "Belarus: Ivan Kubrakov", "Tajikistan – Ramazon Rahimzoda", "Azerbaijan (Ramil
  Usubov)", and "Ivan Kubrakov (Belarus)";
- lists paired by position: "the interior ministers of Tajikistan and Uzbekistan, Ramazon
  Rahimzoda and Abdusalom Azizov";
- the side or delegation a name is introduced by: "the Turkmen side was represented by ...",
  "Azerbaijan is represented by A, B and C", "the delegation of Tajikistan headed by ...";
- "X represented Tajikistan at the conference".

The first two are read right beside the name and outweigh a country named in the person's
title; the others only fill in a country the title does not give.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import people
from .context import Context
from .lexicon import Match

_PAREN_COUNTRY = re.compile(r"\s*\((?P<c>[A-Z][\w ]+)\)")
_LABEL_GAP = re.compile(r"\s*(?:[:–—]|\s-|\()\s*$")
# between the names of a list: "A, B and C", "A, B, and C"
_NAME_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
# between a list of countries and the list of names paired with it; a title may run on into
# the names with no mark between ("Ministers of Kyrgyzstan and Russia A and B")
_LISTS_GAP = re.compile(r"\s*(?:(?:,|[–—:]|\s-)\s*(?:respectively,?\s*)?|\s)$")
_COUNTRY_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
_STATES = ("country", "demonym")


def structural_country(ctx: Context, start: int, end: int, sent_end: int) -> str | None:
    """Country given by the layout right around the name at text[start:end]."""
    code = _label_country(ctx, start, end)
    if code:
        return code
    if ctx.text.startswith("(", end) or ctx.text.startswith(" (", end):
        paren = _PAREN_COUNTRY.match(ctx.text, end, sent_end)
        if paren:
            c = ctx.lex.country_by_name(paren.group("c"))
            if c:
                return c.code
    return (
        _of_country(ctx, end, sent_end) or _paired_country(ctx, start) or _glued_country(ctx, start)
    )


_OF_STATE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _of_country(ctx: Context, end: int, sent_end: int) -> str | None:
    """Country of "the delegation led by Ivan Petrov of Russia": the state named right after
    the name."""
    of = _OF_STATE.match(ctx.text, end, sent_end)
    if not of:
        return None
    k = bisect_left(ctx.geo_starts, of.end())
    if k == len(ctx.geo) or ctx.geo[k].start != of.end() or ctx.geo[k].kind not in _STATES:
        return None
    return ctx.country_code(ctx.geo[k])


_GLUED_WORD = re.compile(r"([A-Z][a-z]{3,})$")


def _glued_country(ctx: Context, start: int) -> str | None:
    """Country of "Minister of Internal Affairs of TajikistanRamazon Rahimzoda", where a page
    lost the space between the country and the name."""
    if not start or not ctx.text[start - 1].islower():
        return None
    word = _GLUED_WORD.search(ctx.text, max(0, start - 40), start)
    country = ctx.lex.country_by_name(word.group(1)) if word else None
    return country.code if country else None


def _label_country(ctx: Context, name_start: int, name_end: int) -> str | None:
    """Country of a list item "Belarus: Ivan Kubrakov", "Belarus (Ivan Kubrakov)"."""
    # hits ending after name_start are neither near nor far enough to stop: start before them
    geo = ctx.geo
    for k in range(bisect_right(ctx.geo_ends, name_start) - 1, -1, -1):
        g = geo[k]
        near = g.end <= name_start and name_start - g.end <= 4
        if near and g.kind in _STATES:
            gap = _LABEL_GAP.match(ctx.text, g.end, name_start)
            if gap and ("(" not in gap.group(0) or ctx.text.startswith(")", name_end)):
                return ctx.country_code(g)
        if g.end < name_start - 4:
            break
    return None


def _paired_country(ctx: Context, start: int) -> str | None:
    """Country of the name at ``start`` in "ministers of A, B and C — X, Y and Z"."""
    starts, ends = ctx.name_starts, ctx.name_ends
    i = bisect_left(starts, start)
    if i >= len(starts) or starts[i] != start or len(starts) != len(ends):
        return None
    text = ctx.text
    # the run of names joined as a list, around this one
    first = i
    while first > 0 and _NAME_SEP.match(text, ends[first - 1], starts[first]):
        first -= 1
    last = i
    while last + 1 < len(starts) and _NAME_SEP.match(text, ends[last], starts[last + 1]):
        last += 1
    if first == last:
        return None
    countries = _country_list_before(ctx, starts[first])
    if len(countries) != last - first + 1:
        return None
    return ctx.country_code(countries[i - first])


def _country_list_before(ctx: Context, pos: int) -> list[Match]:
    """The countries listed right before ``pos`` ("of Kazakhstan, Kyrgyzstan and Russia — "),
    in text order."""
    geo = ctx.geo
    k = bisect_right(ctx.geo_ends, pos) - 1
    if k < 0 or geo[k].kind not in _STATES or not _LISTS_GAP.match(ctx.text, geo[k].end, pos):
        return []
    out = [geo[k]]
    while k > 0:
        prev = geo[k - 1]
        if prev.kind not in _STATES or not _COUNTRY_SEP.match(ctx.text, prev.end, geo[k].start):
            break
        out.append(prev)
        k -= 1
    out.reverse()
    return out


_LED_BY = re.compile(
    # "the delegation of the Belarusian Investigative Committee, headed by its Chairman X", "A
    # delegation from Armenia, led by X": the comma before the participle too
    r"[^,;.]{0,60}?,?\s(?:(?:was|is|were|will be)\s+)?(?:headed|led)\s+by\b"
    r"|[^,;.]{0,60}?\sunder the (?:leadership|guidance) of\b"
)
_SIDE_AFTER = re.compile(
    r"\s+(?:side|delegation|party)\b|\s+(?:was|were|is|will be) represented"
    r"(?: at (?:the |this )?(?:meeting|session|sitting|event|talks|conference|council))? by\b"
)
# "officials of the Republic of Belarus – Chairman of the Supreme Court A, Minister B": a
# country labelling the list of titles and names after it
_LABEL_AFTER = re.compile(r"\s*(?:[:–—]|\s-)\s+(?=[A-Z])")


def _list_label(ctx: Context, a: int, g: Match) -> bool:
    """Whether the country ``g`` labels the list after it. In "Prosecutor General of Russia -
    Chairman of the Council A" the dash joins two offices of one person instead."""
    if not _LABEL_AFTER.match(ctx.text, g.end):
        return False
    return _OFFICE_OF.search(ctx.low, max(a, g.start - 60), g.start) is None


# the country completing an office's name: "prosecutor general of the "
_OFFICE_OF = re.compile(people.TITLE_HEADS.pattern[2:] + r"(?:\s+[\w-]+){0,3}?\s+of\s+(?:the\s+)?$")


_DELEGATION_OF = re.compile(r"\bdelegations? (?:of|from) [^,;.]{0,80}$")


def side_country(ctx: Context, a: int, name_start: int, left_bound: int) -> str | None:
    """Country of "the Turkmen side/delegation was represented by ..." or "the delegation of
    Tajikistan headed by ..." in the sentence text[a:name_start]. A cue before an earlier name
    carries over to this one when no other country is named in between ("Azerbaijan is
    represented by A, B and C")."""
    code = None
    cue_at = -1
    geo = ctx.geo
    low = ctx.low
    for k in range(bisect_left(ctx.geo_starts, a), len(geo)):
        g = geo[k]
        if g.start >= name_start:
            break
        if g.kind not in _STATES:
            continue
        if (
            _SIDE_AFTER.match(low, g.end)
            or _list_label(ctx, a, g)
            or (
                (
                    _DELEGATION_OF.search(low, max(a, g.start - 90), g.start)
                    or _ITEM_START.fullmatch(low, _clause_start(low, a, g.start), g.start)
                )
                and _LED_BY.match(low, g.end)
            )
        ):
            code, cue_at = ctx.country_code(g), g.start
        elif ctx.country_code(g) != code:
            code = None  # another country named after the cue
    if code is None or _OTHER_SIDE_MET.search(low, cue_at, name_start):
        return None  # "the Russian delegation was received by X", "... met in Baku with X"
    if cue_at >= left_bound:
        return code
    return code if _continues_list(ctx, left_bound, name_start) else None


# between a side's cue and a name: the side meets someone, who is of the other side
_OTHER_SIDE_MET = re.compile(
    r"\b(?:received|welcomed|greeted|hosted|met|meets|visited|(?:talks|meeting|meetings) with)\b"
    r"|\bwith\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(?:head|chief|chairman"
    r"|minister|director|commander|president|prosecutor|secretary|counterparts?|colleagues?)\b"
)


# what may open a list item before its country: "the Republic of Armenia headed by ...;"
_ITEM_START = re.compile(r"[\s•*·–—-]*(?:the\s+)?")


def _clause_start(low: str, a: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ';' or ':' of the sentence."""
    return max(a, low.rfind(";", a, pos) + 1, low.rfind(":", a, pos) + 1)


_LIST_GO_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _continues_list(ctx: Context, prev_end: int, name_start: int) -> bool:
    """Whether the name at ``name_start`` is the next item of a list after the name ending at
    ``prev_end`` (its own title may stand between: ", deputy minister Faig Taghizade")."""
    gap = ctx.text[prev_end:name_start]
    return (
        _LIST_GO_ON.match(gap) is not None
        and "." not in gap
        and ";" not in gap
        and _NEW_SIDE.search(ctx.low, prev_end, name_start) is None
    )


_NEW_SIDE = re.compile(r"\b(?:delegations?|side|party|represent\w*)\b")


# "Kazakhstan's Yerlan Turgumbayev", "Azerbaijan's Minister of Internal Affairs, X": only
# capitalised words of an office (and its small words) between the possessive and the name
_POSSESSIVE_TO_NAME = re.compile(
    r"(?:'s|’s|`s)\s+(?:(?:[A-Z][\w’'-]*|of|the|and|for|on|in)\s*,?\s+)*"
)


def possessive_country(ctx: Context, left_bound: int, name_start: int) -> str | None:
    """Country of a name written after the state's possessive: "Kazakhstan's X"."""
    k = bisect_right(ctx.geo_ends, name_start) - 1
    while k >= 0 and ctx.geo[k].start >= left_bound:
        g = ctx.geo[k]
        if g.kind in _STATES:
            gap = _POSSESSIVE_TO_NAME.match(ctx.text, g.end, name_start)
            return ctx.country_code(g) if gap and gap.end() == name_start else None
        k -= 1
    return None


_REPRESENTED = re.compile(
    r"\s*(?:,[^,;.]{0,150},|,)?\s*(?:will |would |has |had |also )?represent(?:s|ed)?\s+(?:the\s+)?"
)


def represented_country(ctx: Context, name_end: int, sent_end: int) -> str | None:
    """Country of "Rustam Nazarov, Director of the Agency, represented Tajikistan"."""
    m = _REPRESENTED.match(ctx.text, name_end, sent_end)
    if not m:
        return None
    k = bisect_left(ctx.geo_starts, m.end())
    if k < len(ctx.geo) and ctx.geo[k].start == m.end() and ctx.geo[k].kind in _STATES:
        return ctx.country_code(ctx.geo[k])
    return None


# the agency a title names, up to its head word: "Director of the National Anticorruption
# Centre", "First Deputy Chairman of the Agency"
_AGENCY_IN_TITLE = re.compile(
    r"(?:[A-Z][\w-]*\s+){0,4}(?:Agency|Centre|Center|Service|Committee|Bureau|Office"
    r"|Directorate|Inspectorate|Academy|Procuratorate|Commission|Administration)\b"
)
# what joins an agency's name to its state: "the Agency of the Republic of Kazakhstan"
_AGENCY_STATE_AFTER = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:of|in|under)\s+(?:the\s+)?")
_STATE_BEFORE_AGENCY = re.compile(r"(?:'s|’s)?\s+(?:the\s+)?")


def agency_country(ctx: Context, title: str) -> str | None:
    """Country of a title that names its agency without the state ("First Deputy Chairman of
    the Agency", "Director of National Anticorruption Centre"), where the report names the
    same agency with its state elsewhere: "the Financial Monitoring Agency of the Republic of
    Kazakhstan", "Moldova's National Anticorruption Centre". Every such naming must agree."""
    phrases = _AGENCY_IN_TITLE.findall(title)
    if not phrases:
        return None
    phrase = phrases[-1]
    if " " not in phrase and not title.endswith("the " + phrase):
        return None  # one word stands for the agency only as "the Agency"
    low, needle = ctx.low, phrase.lower()
    codes = set()
    i = low.find(needle)
    while i >= 0:
        end = i + len(needle)
        after = _AGENCY_STATE_AFTER.match(low, end)
        if after:
            k = bisect_left(ctx.geo_starts, after.end())
            if k < len(ctx.geo) and ctx.geo[k].start == after.end() and ctx.geo[k].kind in _STATES:
                codes.add(ctx.country_code(ctx.geo[k]))
        k = bisect_right(ctx.geo_ends, i) - 1
        if (
            k >= 0
            and ctx.geo[k].kind in _STATES
            and _STATE_BEFORE_AGENCY.fullmatch(low, ctx.geo[k].end, i)
        ):
            codes.add(ctx.country_code(ctx.geo[k]))
        i = low.find(needle, end)
    return codes.pop() if len(codes) == 1 else None


def state_mentions(ctx: Context, states: list[str] | set[str]) -> list[tuple[int, str]]:
    """(offset, code) of each naming of one of ``states`` by its name or demonym, in text
    order."""
    out = []
    for m in ctx.geo:
        if m.kind in _STATES:
            code = ctx.country_code(m)
            if code in states:
                out.append((m.start, code))
    return out


def pair_order(ctx: Context, mentions: list[tuple[int, str]], pos: int) -> list[str] | None:
    """The order of two states a pair of their heads named at ``pos`` follows ("the heads of
    the agencies of the two countries, A and B"): the order the report first names them in,
    when the last sentence up to the pair's naming both names them in the same order; None
    when the two disagree."""
    first: list[str] = []
    for _, code in mentions:
        if code not in first:
            first.append(code)
    if len(first) != 2:
        return None
    upto = ctx.sent_idx(pos)
    by_sentence: dict[int, list[str]] = {}
    for at, code in mentions:
        k = ctx.sent_idx(at)
        if k <= upto and code not in by_sentence.setdefault(k, []):
            by_sentence[k].append(code)
    near = next((v for k, v in sorted(by_sentence.items(), reverse=True) if len(v) == 2), None)
    return first if near == first else None
