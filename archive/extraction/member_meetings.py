"""Meetings of one office across an organisation's member states: "the meeting of interior
ministers of the SCO member states", "SCO interior ministers met in Astana", "heads of border
services of member states of the SCO held their 7th meeting".

Such a meeting is named the way the archive names ad-hoc multilateral formats — "Meeting of
Interior Ministers of SCO Member States" — unless the organisation has a standing body for those
office-holders (CIS interior ministers meet as the CIS Council of Interior Ministers, CIS
prosecutors general as its Coordination Council). The office-holders named also tell a body from
its organisation's other bodies: SCO prosecutors general are not the CIS prosecutors' council,
SCO interior ministers are not the RATS council."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import Context
from .lexicon import Lexicon
from .rx import Prefixed

# office-holders as texts name them -> as the archive's names put them
_OFFICES: tuple[tuple[str, str], ...] = (
    (
        r"(?:senior\s+)?(?:representatives|heads) of (?:the\s+)?(?:interior|internal[- ]affairs)"
        r" ministries"
        r"|(?:interior|internal[- ]affairs)(?:,?\s+(?:and\s+)?public[- ]security)?\s+ministers"
        r"|ministers of (?:the\s+)?(?:internal affairs|interior)(?:\s+and\s+public\s+security)?",
        "Interior Ministers",
    ),
    (r"prosecutors?[- ]generals?|general prosecutors", "Prosecutors General"),
    (
        r"(?:chairs|chairmen|chairpersons|chief justices|presidents|heads|chiefs) of (?:the\s+)?"
        r"supreme courts?|supreme courts?['’]?\s+(?:chiefs|chairmen|chairpersons|heads)",
        "Chairpersons of Supreme Courts",
    ),
    (
        r"heads of (?:the\s+)?(?:emergenc(?:y|ies)(?: situations?)?"
        r"|civil (?:defen[cs]e|protection)) (?:agencies|ministries|services|departments|bodies)"
        r"|emergenc(?:y|ies)(?: situations?)? ministers"
        r"|ministers of emergenc(?:y|ies)(?: situations)?",
        "Heads of Emergency Agencies",
    ),
    (
        r"secretaries of (?:the\s+)?security councils|security[- ]council secretaries",
        "Secretaries of Security Councils",
    ),
    (
        r"heads of (?:the\s+)?border (?:services|authorities|agencies)"
        r"(?: of (?:the\s+)?competent (?:authorities|bodies))?",
        "Heads of Border Services",
    ),
    (
        r"heads of (?:the\s+)?(?:security (?:agencies|bodies|services) and (?:foreign\s+)?"
        r"intelligence (?:services|agencies)|security and intelligence (?:services|agencies))",
        "Heads of Security Agencies and Intelligence Services",
    ),
)
_OFFICE = "|".join(rx for rx, _ in _OFFICES)
_OFFICE_RX = tuple((re.compile(rx, re.IGNORECASE), canonical) for rx, canonical in _OFFICES)

# the organisations whose member states meet, by the code the archive's names use
_ORGS: dict[str, str] = {
    "SCO": r"SCO|Shanghai Cooperation Organi[sz]ation",
    "CIS": r"CIS|Commonwealth of Independent States",
    "CSTO": r"CSTO|Collective Security Treaty Organi[sz]ation",
    "OTS": r"Turkic Council|Organi[sz]ation of Turkic States|Council of Turkic States|OTS",
}
_ORG = "|".join(_ORGS.values())
_ORG_RX = tuple((code, re.compile(rf"\b(?:{rx})\b", re.IGNORECASE)) for code, rx in _ORGS.items())
_MEMBERS = r"member[- ](?:states|countries|nations)"
# "the SCO member states", "member states of the SCO", "the Shanghai Cooperation Organisation's
# Member States", "the SCO (SCO) member countries"
_MEMBERS_OF_ORG = (
    rf"(?:the\s+)?(?:{_MEMBERS}\s+of\s+(?:the\s+)?(?:{_ORG})"
    rf"|(?:{_ORG})(?:['’]s)?(?:\s+\([A-Z]{{2,5}}\))?\s+{_MEMBERS})"
)
_MEETING = r"(?:meeting|session|sitting|conference|gathering)"

# Matched against the lower-cased text: the same matches as these patterns with IGNORECASE
# (no upper-case escape in them), several times faster. Those opening with a meeting's noun or
# an organisation's name are searched from those words' occurrences (few); the office-holders'
# many wordings are left to the regex engine.
_PATTERNS = (
    # "the 17th meeting of the prosecutors general of the SCO member states"
    Prefixed(
        rf"\b{_MEETING}\s+of\s+(?:the\s+)?(?:{_OFFICE})\s+(?:of|from)\s+{_MEMBERS_OF_ORG}".lower()
    ),
    # "heads of border services of member states of the SCO held their 7th meeting", "the
    # interior ministers of the SCO member states gathered", "Interior ministers from the
    # Organization of Turkic States convened"
    re.compile(
        rf"\b(?:{_OFFICE})\s+(?:of|from)\s+(?:{_MEMBERS_OF_ORG}|(?:the\s+)?(?:{_ORG}))[^.;]{{0,60}}?"
        rf"\b(?:met|meet|gathered|gather|convened|held (?:their|its|a|the) (?:[\w-]+ )?{_MEETING})"
        r"\b".lower()
    ),
    # "Meeting of SCO Interior Ministers"
    Prefixed(
        rf"\b{_MEETING}\s+of\s+(?:the\s+)?(?:{_ORG})(?:\s+\([A-Z]{{2,5}}\))?"
        rf"(?:\s+{_MEMBERS}['’]?)?\s+(?:{_OFFICE})\b".lower()
    ),
    # "SCO interior ministers' meeting", "the SCO Internal Affairs Ministers met"
    Prefixed(
        rf"\b(?:{_ORG})(?:\s+\([A-Z]{{2,5}}\))?(?:\s+{_MEMBERS}['’]?)?\s+(?:{_OFFICE})"
        rf"(?:['’]s?\s+{_MEETING}\b|\s+(?:met|meet|gathered|will meet)\b)".lower()
    ),
)

# where an organisation has a standing body for the office-holders, its names to try
_STANDING_FORMS = (
    "{org} Council of {office}",
    "Council of {office} of the {org}",
    "Coordination Council of {office} of the {org}",
    "{org} Committee of {office}",
)
_ORG_NAMES = {"OTS": "Organization of Turkic States"}


@dataclass(frozen=True)
class MemberMeeting:
    """A meeting of one office across an organisation's member states, where the text says so."""

    name: str
    ref: int  # the gazetteer's entry, or -1: a format the gazetteer does not know yet
    start: int
    end: int


def _name_for(lex: Lexicon, org: str, office: str) -> tuple[str, int]:
    """The archive's name of the meeting: the organisation's standing body for the office, a
    known format, or a new descriptive name."""
    org_name = _ORG_NAMES.get(org, org)
    meeting = f"Meeting of {office} of {org} Member States"
    known = lex.org_by_name(meeting)
    if known is None:
        for form in _STANDING_FORMS:
            known = lex.org_by_name(form.format(org=org_name, office=office))
            if known is not None and known.kind == "body":
                break
            known = None
    if known is None:
        return meeting, -1
    return known.name, lex.org_list.index(known)


def _office_of(phrase: str) -> str | None:
    """The office-holders a matched phrase names, as the archive's names put them."""
    for rx, canonical in _OFFICE_RX:
        if rx.search(phrase):
            return canonical
    return None


def _org_of(phrase: str) -> str | None:
    """The organisation a matched phrase names."""
    for code, rx in _ORG_RX:
        if rx.search(phrase):
            return code
    return None


def member_meetings(ctx: Context, sentences: int = 6) -> list[MemberMeeting]:
    """The member-state meetings named in the title and the first ``sentences`` sentences."""
    if not ctx.doc.sentences:
        return []
    end = ctx.doc.sentences[min(sentences, len(ctx.doc.sentences)) - 1][1]
    low = ctx.low[:end]
    found: list[MemberMeeting] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(low):
            office, org = _office_of(m.group()), _org_of(m.group())
            if office is None or org is None:
                continue
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue  # one phrase read by two patterns is one mention
            name, ref = _name_for(ctx.lex, org, office)
            found.append(MemberMeeting(name, ref, m.start(), m.end()))
    return found
