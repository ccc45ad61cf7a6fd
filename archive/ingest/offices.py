"""Whether two titles name different offices: one person does not hold two at the same time,
so the same name in two offices at once is two people (``resolver``).

Titles are free text ("Minister of Internal Affairs of Kazakhstan", "Kazakhstan's Interior
Minister", "Deputy Minister of Finance"), so an office is read as its *field* (interior,
security, finance, …) and whether it is a deputy's. Two titles differ only when both name a
field and the fields share nothing, or share one at different ranks; a title that names no
field ("head of the delegation") differs from nothing. The table of fields is ours: no
maintained library classifies officials' posts, and a few dozen words cover the bodies of this
archive.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from ..extraction.names import normalize_name

# Offices held this close together are held "at the same time".
SAME_TIME = datetime.timedelta(days=180)

# The words that name an office's field, by field.
FIELDS: dict[str, tuple[str, ...]] = {
    "interior": ("internal", "interior", "police", "mvd", "militia", "rosgvardia"),
    "security": ("security", "kgb", "fsb", "nsc", "gknb", "sgb", "intelligence", "special"),
    "finance": ("finance", "financial", "treasury", "tax", "fiu", "rosfinmonitoring"),
    "justice": ("justice",),
    "defence": ("defence", "defense", "military", "armed", "army"),
    "foreign": ("foreign", "diplomatic"),
    "border": ("border", "frontier"),
    "customs": ("customs",),
    "emergencies": ("emergency", "emergencies", "rescue"),
    "prosecution": ("prosecutor", "prosecutors", "procurator", "prosecution"),
    "drugs": ("drug", "drugs", "narcotics", "narcotic"),
    "migration": ("migration",),
    "investigation": ("investigative", "investigation"),
}
_FIELD_OF_WORD = {word: name for name, words in FIELDS.items() for word in words}
DEPUTY_WORDS = frozenset({"deputy", "vice"})


@lru_cache(maxsize=8192)
def office_of(title: str) -> tuple[frozenset[str], bool]:
    """(the fields a title names, whether it is a deputy's)."""
    words = normalize_name(title or "").split()
    fields = frozenset(_FIELD_OF_WORD[word] for word in words if word in _FIELD_OF_WORD)
    return fields, any(word in DEPUTY_WORDS for word in words)


def different_offices(first: str, second: str) -> bool:
    """The two titles name different offices (see the module docstring); unsure is "no"."""
    fields_a, deputy_a = office_of(first)
    fields_b, deputy_b = office_of(second)
    if not fields_a or not fields_b:
        return False
    return not (fields_a & fields_b) or deputy_a != deputy_b


def at_the_same_time(first: datetime.date | None, second: datetime.date | None) -> bool:
    return first is not None and second is not None and abs(first - second) <= SAME_TIME
