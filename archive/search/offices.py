"""Office and role filters: "interior-minister.KZ" in a URL, "interior-minister.<country id>"
in Meeting.office_keys.

A value names an office of the vocabulary (archive.extraction.offices) or a role at the
meeting (Attendance.Role), and the country represented by its ISO code; a value without a
country ("interior-minister") is the office held by someone whose country is not known. The
URL carries codes, the facet-key arrays ids (as the other facets do), so a key survives a
country's renaming and the importer needs no look-up to write it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from ..extraction.offices import OFFICE_LABELS, OTHER
from ..models import Attendance, Country
from ..models.meetings import office_key

OFFICE_VALUES = {key: label for key, label in OFFICE_LABELS.items() if key != OTHER}
# An attendee's role says no more than the country's presence: no facet value of its own.
ROLE_VALUES = {
    role: label for role, label in Attendance.Role.choices if role != Attendance.Role.ATTENDEE
}
NO_COUNTRY = "country unknown"


@dataclass(frozen=True)
class HeldKey:
    """An office or role and the id of the country it was held for (None: not known)."""

    value: str
    country_id: int | None

    @property
    def key(self) -> str:
        return office_key(self.value, self.country_id)

    @classmethod
    def parse(cls, key: str) -> HeldKey:
        value, dot, country = key.rpartition(".")
        if not dot:
            return cls(key, None)
        return cls(value, int(country))


def held_keys(values: list[str], vocabulary: dict[str, str], noun: str) -> list[str]:
    """Facet keys ("interior-minister.125") for URL values ("interior-minister.KZ"), or a
    ValidationError naming the unknown office, role or country; one query for the countries."""
    parsed: list[tuple[str, str | None]] = []
    for raw in values:
        name, dot, code = raw.rpartition(".")
        if not dot:
            name, code = raw, ""
        if name not in vocabulary:
            example = next(iter(vocabulary))
            raise ValidationError(
                f"Unknown {noun}: {raw} (a {noun} such as {example}, then a dot and the country "
                f"code: {example}.KZ; docs/API.md lists them)."
            )
        # ASCII only: "ß".upper() is "SS", a code; "ß" stays unknown.
        parsed.append((name, code.upper() if code.isascii() else code))
    codes = {code for _, code in parsed if code}
    ids = dict(Country.objects.filter(code__in=codes).values_list("code", "pk")) if codes else {}
    keys = []
    for name, code in parsed:
        if code and code not in ids:
            raise ValidationError(f"Unknown country code in {noun}: {code}.")
        keys.append(office_key(name, ids[code] if code else None))
    return keys


def held_labels(keys: Iterable[str], countries: dict[int, tuple[str, str]], kind: str):
    """{facet key: (URL value, label)} for office or role keys, given {country id: (code,
    name)}: "interior-minister.125" → ("interior-minister.KZ", "Interior minister ·
    Kazakhstan")."""
    vocabulary = OFFICE_VALUES if kind == "office" else ROLE_VALUES
    entries: dict[str, tuple[str, str]] = {}
    for key in keys:
        held = HeldKey.parse(key)
        label = vocabulary.get(held.value)
        if label is None:
            continue
        if held.country_id is None:
            entries[key] = (held.value, f"{label} · {NO_COUNTRY}")
        elif held.country_id in countries:
            code, name = countries[held.country_id]
            entries[key] = (f"{held.value}.{code}", f"{label} · {name}")
    return entries


def held_country_ids(keys: Iterable[str]) -> set[int]:
    """The country ids office or role keys name."""
    return {held.country_id for held in map(HeldKey.parse, keys) if held.country_id}
