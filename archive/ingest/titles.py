"""What a meeting is called, and what is no meeting's title.

A meeting is named for what it was — its session number, convening body and city: "55th
meeting of the Council of Heads of Security Bodies and Special Services of the CIS in Astana",
as the archive's founding gold names meetings. A report's headline is that report's title
(SourceDocument.title): a news angle ("FSB as the gendarme of the CIS?") or, on real pages,
often furniture (a site's name, a tag list, a photo caption). It names the meeting only when
no convening body is known and it reads as a title (``title_weakness``).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import Any

from ..extraction.body_names import listed
from ..extraction.names import normalize_name

TITLE_MIN_WORDS = 3
TITLE_MAX_CHARS = 200
# A headline does not end on these: the extractor took a line broken mid-sentence.
_DANGLING_ENGLISH = "a an and as at by for from in into of on or the to with"
_DANGLING_RUSSIAN = "в во и из к на о об от по при с со у"
DANGLING_WORDS = frozenset(_DANGLING_ENGLISH.split() + _DANGLING_RUSSIAN.split())
_NAVIGATION = re.compile(r"\s[|•·]\s")  # "Home | News | English"
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# A body named as a gathering ("Meeting of Secretaries of Security Councils of SCO Member
# States", "Regional Meeting of Heads of Border Agencies"): its session is "8th Meeting of …",
# not "8th meeting of the Meeting of …".
_NAMED_AS_A_GATHERING = re.compile(
    r"^(?:\w+\s+)?(?:meeting|conference|session|summit|forum|consultations)\b", re.IGNORECASE
)
LISTED_STATES = 4  # a body-less meeting's title names at most this many states
LISTED_PEOPLE = 3  # ... and, when it cannot name two states or more, this many people


def organization_name_key(label: str) -> str:
    """How a name is compared with headlines: normalised, without a leading "the"."""
    return normalize_name(_LEADING_THE.sub("", label or ""))


def title_weakness(title: str, organization_names: AbstractSet[str] = frozenset()) -> str | None:
    """Why ``title`` is no meeting's title (site furniture, a fragment of a sentence, a body's
    bare name…), or None. ``organization_names``: organization_name_key of every name and
    alias."""
    text = " ".join(title.split())
    words = text.split(" ") if text else []
    if _NAVIGATION.search(text):
        return "site navigation, not a headline"
    if text[:1].islower():
        return "starts mid-sentence"
    if len(text) > TITLE_MAX_CHARS:
        return "a paragraph, not a title"
    if words and words[-1].lower() in DANGLING_WORDS:
        return "ends mid-sentence"
    if len(words) < TITLE_MIN_WORDS:
        return "too short to tell the meeting"
    if organization_name_key(text) in organization_names:
        return "only the name of an organization"
    return None


def meeting_title(
    data: dict[str, Any], body_name: str | None, organization_names: AbstractSet[str] = frozenset()
) -> str:
    """The meeting's title from the merged facts ``data`` and its convening body's name: the
    session of the body when the body is known; else the report's headline when it reads as
    a title; else what is known of who met where: the states when two or more took part
    ("Meeting of Kazakhstan and Russia in Astana"), else the few people named ("Meeting with
    A and B in Tashkent"), else the one state's officials. One state alone is never written
    as "Meeting of Georgia", which reads as if the state were the body that met."""
    ordinal = session_number(data.get("ordinal"))
    city = " ".join(str(data.get("city") or "").split())
    place = f" in {city}" if city else ""
    if body_name:
        return session_of(body_name, ordinal) + place
    headline = " ".join(str(data.get("title") or "").split())
    if headline and title_weakness(headline, organization_names) is None:
        return headline
    states = sorted(data.get("countries") or [])
    if 2 <= len(states) <= LISTED_STATES:
        return f"Meeting of {listed(states)}{place}"
    people = participant_names(data)
    if 0 < len(people) <= LISTED_PEOPLE:
        return f"Meeting with {listed(people)}{place}"
    if len(states) == 1:
        return f"Meeting with officials of {states[0]}{place}"
    return f"Meeting{place}"


def participant_names(data: dict[str, Any]) -> list[str]:
    """The participants' names in the merged facts, each once, in the order reports name them
    (a merged participant is a (person, where a report names him) pair)."""
    names: list[str] = []
    for entry in data.get("participants") or []:
        person = entry[0] if isinstance(entry, (tuple, list)) else entry
        name = " ".join(str(person.get("name") or "").split()) if isinstance(person, dict) else ""
        if name and name not in names:
            names.append(name)
    return names


def session_number(value: Any) -> int | None:
    """The extraction's session number, when it is one (a stored extraction is JSON)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def session_of(body_name: str, ordinal: int | None) -> str:
    """ "55th meeting of the Council of …", "Meeting of the CIS Council of Interior Ministers",
    "8th Regional Meeting of Heads of Border Agencies …"."""
    name = _LEADING_THE.sub("", " ".join(body_name.split()))
    if _NAMED_AS_A_GATHERING.match(name):
        return f"{ordinal_text(ordinal)} {name}" if ordinal else name
    article = "the " if " " in name else ""  # "of the Council of …", "of Interpol"
    lead = f"{ordinal_text(ordinal)} meeting" if ordinal else "Meeting"
    return f"{lead} of {article}{name}"


def ordinal_text(number: int) -> str:
    """1 → "1st", 12 → "12th", 22 → "22nd"."""
    last_two, last = number % 100, number % 10
    suffix = "th" if 10 <= last_two <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(last, "th")
    return f"{number}{suffix}"
