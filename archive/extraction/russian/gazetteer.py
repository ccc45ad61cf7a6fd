"""Russian names of the reference data (``fixtures/names_ru.json``), in every case, for the
lexicon's one Aho-Corasick automaton.

The fixture holds names in the nominative, keyed like the English fixtures (country code,
organization slug, city name, topic slug). A report inflects them ("в Ташкенте", "Совета
командующих пограничными войсками"), so each name is expanded here into its case forms
(:func:`.morph.phrase_forms`); demonym adjectives into every form of their lexeme. Matching a
Russian report then costs the same single pass as an English one, and every hit resolves to the
same canonical country, city, body or topic as the English name.

Cyrillic topic patterns are expanded wherever they come from: the fixture, or a topic's own
patterns as editors keep them in the database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .morph import all_forms, phrase_forms, plural

if TYPE_CHECKING:
    from ..lexicon import Lexicon

NAMES_FILE = Path(__file__).resolve().parents[3] / "fixtures" / "names_ru.json"

# the lexicon's payload flags (see lexicon.py)
EXACT_CASE, CAPITALISED, WILDCARD, STRONG = 1, 2, 4, 8

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TAIL = re.compile(r"\{([^}]+)\}")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=4)
def load_names_ru(path: str | None = None) -> dict[str, Any]:
    """The fixture's contents (an empty dict when the file is absent)."""
    p = Path(path) if path else NAMES_FILE
    if not p.exists():
        return {}
    with open(p, encoding="utf-8") as fh:
        return json.load(fh)


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def _yo_variants(forms: tuple[str, ...]) -> list[str]:
    """Each form as written with ё and with е (Russian print mostly drops the dots)."""
    out = list(forms)
    out.extend(f.replace("ё", "е").replace("Ё", "Е") for f in forms if "ё" in f.lower())
    return out


# "государств-участников", "стран-членов": how a membership phrase opens before the
# organisation's name ("государств-членов Содружества Независимых Государств")
_MEMBERSHIP = re.compile(r"^((?:стран|государств)(?:-(?:участников|участниц|членов))?)(?: (.+))?$")


def membership_phrases(tails: dict[str, list[str]], key: str) -> list[str]:
    """The fixture's membership phrases of one organisation, with each opening seen among all
    the phrases joined to each of its names: "государств-членов" and "Содружества Независимых
    Государств" give "государств-членов Содружества Независимых Государств" though the fixture
    lists only "государств-участников Содружества Независимых Государств"."""
    openings = [
        m.group(1) for phrases in tails.values() for t in phrases if (m := _MEMBERSHIP.match(t))
    ]
    own = tails.get(key, [key])
    names = []
    for tail in own:
        m = _MEMBERSHIP.match(tail)
        if m is None:
            names.append(tail)
        elif m.group(2):
            names.append(m.group(2))
    out = list(own)
    for opening in dict.fromkeys(openings):
        out.extend(f"{opening} {name}" for name in dict.fromkeys(names))
    return list(dict.fromkeys(out))


def expand_tails(name: str, tails: dict[str, list[str]]) -> list[str]:
    """``name`` with each ``{KEY}`` replaced by each membership phrase of ``tails[KEY]``."""
    m = _TAIL.search(name)
    if not m:
        return [name]
    head = name[: m.start()].rstrip()
    phrases = membership_phrases(tails, m.group(1))
    return [f"{head} {tail}".strip() for tail in phrases]


# a meeting of a body's members goes by any of these words: "совещание министров ...",
# "заседание министров ...", "встреча министров ..."
_MEETING_NOUNS = ("Совещание", "Заседание", "Встреча")


def _meeting_variants(name: str) -> list[str]:
    """A members' meeting's name with each meeting noun (the name itself when it has none)."""
    first, _, rest = name.partition(" ")
    if first not in _MEETING_NOUNS or not rest:
        return [name]
    return [f"{noun} {rest}" for noun in _MEETING_NOUNS]


def _first_of_pair(alias: str) -> str | None:
    """A council named for two kinds of agency before its membership tail, with the second
    kind left out: "Совет руководителей органов безопасности и специальных служб {СНГ}" -> "Совет
    руководителей органов безопасности {СНГ}" (reports shorten it so); None for another
    alias."""
    m = _TAIL.search(alias)
    if not m:
        return None
    head = alias[: m.start()].rstrip()
    first, sep, _ = head.partition(" и ")
    if not sep or len(first.split()) < 3 or not first.startswith("Совет "):
        return None
    return f"{first} {alias[m.start() :]}"


def organization_names(
    organizations: dict[str, list[str]], tails: dict[str, list[str]]
) -> dict[str, list[str]]:
    """Every name of each body: its aliases with their membership tails expanded, a members'
    meeting under each meeting noun, and a two-agency name shortened to its first agency when
    no other body's name reads so."""
    out: dict[str, list[str]] = {}
    for slug, aliases in organizations.items():
        names = [v for a in aliases for n in expand_tails(a, tails) for v in _meeting_variants(n)]
        out[slug] = list(dict.fromkeys(names))
    taken = {n.lower() for names in out.values() for n in names}
    shortened: dict[str, set[str]] = {}
    for slug, aliases in organizations.items():
        for alias in aliases:
            short = _first_of_pair(alias)
            if short is not None:
                shortened.setdefault(short, set()).add(slug)
    for short, slugs in shortened.items():
        if len(slugs) != 1:
            continue  # two bodies shorten to the same name: it names neither
        names = [n for n in expand_tails(short, tails) if n.lower() not in taken]
        out[next(iter(slugs))].extend(names)
    return out


def name_forms(name: str) -> list[str]:
    """Every case form of a name, with ё and е spellings (an acronym stays as it is)."""
    if _is_acronym(name.split()[0]) and len(name.split()) == 1:
        return [name]
    return _yo_variants(phrase_forms(name))


def pattern_forms(pattern: str) -> tuple[list[str], int]:
    """The forms of a topic pattern and its flags: ``*`` keeps the stem (any ending), a single
    word takes every form of its lexeme, a phrase its case forms."""
    raw = pattern.strip()
    flags = 0
    if raw.startswith("+"):
        flags |= STRONG
        raw = raw[1:].strip()
    if raw.endswith("*"):
        return _yo_variants((raw.rstrip("*").strip(),)), flags | WILDCARD
    raw = raw.replace("*", "").strip()
    if not raw:
        return [], flags
    if _is_acronym(raw):
        return [raw], flags | EXACT_CASE
    if len(raw.split()) == 1:
        return _yo_variants(all_forms(raw)), flags
    return _yo_variants(phrase_forms(raw) + phrase_forms(plural(raw))), flags


def _flags(alias: str) -> int:
    if _is_acronym(alias):
        return EXACT_CASE
    return CAPITALISED


def russian_aliases(lex: Lexicon, names: dict[str, Any]) -> Iterator[tuple[str, str, int, int]]:
    """(alias, kind, ref, flags) of every Russian form, for ``Lexicon._add``: the fixture's
    countries, demonyms, cities, organizations and topics, and the Cyrillic patterns of the
    lexicon's own topics."""
    country_ref = {c["code"]: i for i, c in enumerate(lex.countries)}
    city_ref = {c["name"]: i for i, c in enumerate(lex.cities)}
    org_ref = {o.slug: i for i, o in enumerate(lex.org_list)}
    topic_ref = {t["slug"]: i for i, t in enumerate(lex.topics)}
    tails = names.get("tails", {})
    for code, entry in names.get("countries", {}).items():
        i = country_ref.get(code)
        if i is None:
            continue
        for name in entry.get("names", []):
            for form in name_forms(name):
                yield form, "country", i, _flags(name)
        for dem in entry.get("demonyms", []):
            for form in _yo_variants(all_forms(dem)):
                yield form, "demonym", i, 0
    for city, aliases in names.get("cities", {}).items():
        i = city_ref.get(city)
        if i is None:
            continue
        for name in aliases:
            for form in name_forms(name):
                yield form, "city", i, CAPITALISED
    for slug, org_names in organization_names(names.get("organizations", {}), tails).items():
        i = org_ref.get(slug)
        if i is None:
            continue
        for name in org_names:
            single = len(name.split()) == 1
            flags = EXACT_CASE if _is_acronym(name) else CAPITALISED if single else 0
            for form in name_forms(name):
                yield form, "org", i, flags
    patterns: dict[int, set[str]] = {}
    for slug, pats in names.get("topics", {}).items():
        i = topic_ref.get(slug)
        if i is not None:
            patterns.setdefault(i, set()).update(pats)
    for i, t in enumerate(lex.topics):
        patterns.setdefault(i, set()).update(p for p in t.get("patterns", []) if has_cyrillic(p))
    for i, pats in patterns.items():
        for pat in sorted(pats):
            forms, flags = pattern_forms(pat)
            for form in forms:
                yield form, "topic", i, flags


# the endings of an adjective made from a town's name: "брянской", "могилёвского"
_ADJECTIVE_ENDINGS = r"(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)"


@lru_cache(maxsize=1)
def town_adjectives() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the adjectives the reference towns' Russian names make ("Брянск" ->
    "брянской области", "Могилёв" -> "могилёвского облисполкома"), lower-cased, and each
    adjective stem's town (its English name). Only the regular ones: a name in -ск takes the
    endings itself, one in a consonant adds -ск- first; names in a vowel are left out."""
    stems: dict[str, str] = {}
    for town, names in (load_names_ru().get("cities") or {}).items():
        for name in names:
            low = name.lower()
            if not low.isalpha() or len(low) < 4 or low[-1] in "аеёиоуыэюяй":
                continue
            # (a soft -нь drops its sign: "Казань" -> "казанский"; "Гомель" -> "гомельский")
            base = low[:-1] if low.endswith("нь") else low
            stem = low if low.endswith("ск") else base + "ск"
            stems.setdefault(stem, town)
            if "ё" in stem:
                stems.setdefault(stem.replace("ё", "е"), town)
    alternatives = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    pattern = re.compile(rf"(?<![а-яё])({alternatives}){_ADJECTIVE_ENDINGS}(?![а-яё])")
    return pattern, stems


# the regions of the reference states whose adjective no reference town makes (a river, a sea
# coast, a mountain range, an old or irregular name): "губернатор Приморского края",
# "начальник амурского УВД", "аким Мангистауской области"
_REGION_STEMS = {
    "RU": (
        "амурск приморск алтайск забайкальск свердловск ленинградск нижегородск самарск "
        "калужск тульск пензенск рязанск вологодск кемеровск ивановск камчатск сахалинск "
        "магаданск курганск белгородск воронежск тверск ярославск смоленск псковск "
        "новгородск оренбургск астраханск волгоградск саратовск ульяновск челябинск "
        "тюменск томск омск новосибирск иркутск ростовск ставропольск краснодарск "
        "красноярск хабаровск мурманск архангельск калининградск брянск курск орловск "
        "липецк тамбовск владимирск костромск"
    ),
    "KZ": (
        "мангистауск карагандинск акмолинск алматинск жамбылск туркестанск кызылординск "
        "костанайск павлодарск актюбинск атырауск абайск жетысуск улытауск"
    ),
    "UZ": (
        "сурхандарьинск кашкадарьинск ферганск андижанск наманганск самаркандск хорезмск "
        "навоийск джизакск сырдарьинск бухарск"
    ),
    "TJ": "согдийск хатлонск",
    "KG": "баткенск чуйск нарынск таласск ошск джалал-абадск иссык-кульск",
    "BY": "брестск витебск гомельск гродненск могилевск могилёвск минск",
}


@lru_cache(maxsize=1)
def region_adjectives() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of a region's adjective before the word for the region or its police office
    ("амурской области", "приморского края", "амурского УВД"), lower-cased, and each
    adjective stem's state code."""
    stems = {stem: code for code, names in _REGION_STEMS.items() for stem in names.split()}
    alternatives = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![а-яё-])({alternatives}){_ADJECTIVE_ENDINGS}\s+"
        r"(?:област|кра[йяюе]|облисполком|увд|умвд|гувд|гу\s+мвд)"
    )
    return pattern, stems
