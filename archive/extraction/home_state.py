"""The one state a national meeting belongs to when its report names nobody's state: the state
whose country-code domain the report's site has, or the one state the text names as the owner
of an office."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .context import Context, Span
from .lexicon import Lexicon
from .people import Person

# titles of officials of international bodies, who represent no state
INTERNATIONAL_TITLE = re.compile(
    r"\b(?:Bureau|Secretariat|Secretary[- ]General|Executive Committee|Centre|Center"
    r"|Organi[sz]ation|Structure|Interpol|Europol|CIS|CSTO|SCO|UN|OSCE|Commonwealth"
    r"|Embassy|Ambassador|Charg[eé])\b"
    # a council of several states' heads: "Deputy Chairman of the Council of Commanders of ..."
    r"|\bCouncil of (?:the )?(?:Heads|Commanders|Ministers|Chiefs|Prosecutors)\b"
)


def site_state(lex: Lexicon, url: str | None) -> str | None:
    """The CIS state whose country-code domain the report's site has ("customs.gov.az",
    "24.kg"): a national agency's or a national news site."""
    host = urlsplit(url).hostname if url else None
    code = host.rsplit(".", 1)[-1].upper() if host and "." in host else None
    country = lex.by_code.get(code or "")
    return country.code if country is not None and country.cis else None


def stateless_officials(parts: list[Person]) -> list[Person]:
    """The participants of no stated state nor organization whose title is a national office."""
    return [
        p
        for p in parts
        if p.country is None
        and p.organization is None
        and p.title
        and not INTERNATIONAL_TITLE.search(p.title)
    ]


def site_officials(
    ctx: Context,
    parts: list[Person],
    site: str | None,
    part: dict[str, Span],
    mentioned: dict[str, Span],
) -> str | None:
    """A state's own site tells a meeting of its own officials without naming their state
    ("Chairman of the Agency X chaired the collegium"): when no other state takes part, its
    national office holders of no stated state are of the site's state, which takes part.
    Returns that state's code when the rule applies."""
    if site is None or part.keys() - {site} or any(p.country == site for p in parts):
        return None
    officials = stateless_officials(parts)
    if not officials:
        return None
    _take_part(ctx, officials, site, part, mentioned)
    return site


def _take_part(
    ctx: Context,
    officials: list[Person],
    code: str,
    part: dict[str, Span],
    mentioned: dict[str, Span],
) -> None:
    """``officials`` are of state ``code``, which takes part (no longer only mentioned)."""
    for p in officials:
        p.country = code
    if code not in part:
        evidence = officials[0].evidence
        part[code] = mentioned.pop(code, None) or ctx.span(evidence[0] if evidence else 0)


# a state named as an office's owner: "Agency of Kazakhstan", "of the Republic of Armenia"
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:republic\s+of\s+)?$")
# after the state's name: "Azerbaijan's State Customs Committee", "Kazakhstan’s law enforcement"
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+[A-Za-z]")
# a demonym before what it qualifies: "the Kazakh Anti-Corruption Agency", "Kazakh authorities"
_DEMONYM_BEFORE_NOUN = re.compile(r"\s+[A-Za-z]")


def owner_states(ctx: Context) -> set[str]:
    """The states the text names as owning something (an office, a practice, a president)
    rather than as a place ("in Kyrgyzstan", "Vienna (Austria)")."""
    owners: set[str] = set()
    dateline = ctx.doc.dateline
    for m in ctx.geo:
        if m.kind == "city" or (dateline and dateline.start <= m.start < dateline.end):
            continue
        if (
            _OF_BEFORE.search(ctx.low, max(0, m.start - 24), m.start)
            or _POSSESSIVE_AFTER.match(ctx.text, m.end)
            or (m.kind == "demonym" and _DEMONYM_BEFORE_NOUN.match(ctx.text, m.end))
        ):
            code = ctx.country_code(m)
            if code:
                owners.add(code)
    return owners


def owners_officials(
    ctx: Context, parts: list[Person], part: dict[str, Span], mentioned: dict[str, Span]
) -> str | None:
    """A meeting of one state's officials whose report names no participant's state but names
    one state as the owner of offices ("President of Kazakhstan X held a meeting with Chairman
    of the Anti-Corruption Agency Y"): that state takes part, and its national office holders
    of no stated state are its officials. Returns that state's code when the rule applies."""
    if part or not parts:
        return None
    officials = stateless_officials(parts)
    if not officials:
        return None
    owners = owner_states(ctx)
    if len(owners) != 1:
        return None
    code = next(iter(owners))
    _take_part(ctx, officials, code, part, mentioned)
    return code


# a national news agency a report is filed by or copied from, named in its dateline or lead
# ("11 ноября, Минск /Корр. БЕЛТА/.", "КАЗИНФОРМ", "/Trend/"), and the agency's state
_AGENCIES = {
    "БЕЛТА": "BY", "BELTA": "BY", "КАЗИНФОРМ": "KZ", "Казинформ": "KZ", "KAZINFORM": "KZ",
    "Kazinform": "KZ", "Ховар": "TJ", "Khovar": "TJ", "Кабар": "KG", "Kabar": "KG",
    "Trend": "AZ", "Тренд": "AZ", "АПА": "AZ", "APA": "AZ", "ТАСС": "RU", "TASS": "RU",
}  # fmt: skip
_AGENCY = re.compile(r"(?<![\w-])(" + "|".join(_AGENCIES) + r")(?![\w-])")
# how far into a report its dateline or the agency's credit stands
_HEAD = 600


def agency_state(lex: Lexicon, text: str) -> str | None:
    """The CIS state of the one national news agency the head of ``text`` credits, or None
    when it credits none or several."""
    codes = {_AGENCIES[m.group(1)] for m in _AGENCY.finditer(text, 0, _HEAD)}
    if len(codes) != 1:
        return None
    code = codes.pop()
    country = lex.by_code.get(code)
    return code if country is not None and country.cis else None
