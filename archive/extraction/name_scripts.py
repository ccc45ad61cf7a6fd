"""A person's name in both scripts (pure Python, no Django).

Russian reports write «Владимир Колокольцев», English ones "Vladimir Kolokoltsev", and readers
type either, in any case («Колокольцева») or in any romanisation ("Kolokolcev", "Kolokol'tsev").
This module gives the spellings that make them meet:

- ``latin_spellings``: a Cyrillic name in every standard romanisation iuliia knows that readers
  meet in print — English Wikipedia (the archive's own Latin form), BGN/PCGN, the passport
  schemes (ICAO Doc 9303, MVD 782, GOST R 52535), ISO 9 / GOST 7.79 and the scholarly system —
  with and without their diacritics and apostrophes.
- ``case_forms``: a Russian name in the six cases («Владимира Колокольцева», «Колокольцеву» ...):
  given names and patronymics by pymorphy3, surnames by the rules of Russian surname declension
  (the dictionary knows few of them).
- ``latin_name`` / ``is_cyrillic``: the Latin form shown for a Cyrillic name (Wikipedia scheme).
- ``query_spellings``: what a typed name may stand for — a Cyrillic name in the nominative and
  in Latin, a Latin name with ISO-style "c" read as "ts".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

import iuliia

from .russian.morph import parse

# The scheme whose spelling the archive shows as "Latin": English-language media and Wikipedia
# use it, and the Russian extraction writes Latin names with it.
DISPLAY_SCHEME = iuliia.WIKIPEDIA
DISPLAY_SCHEME_NAME = "English Wikipedia romanisation (iuliia “wikipedia” scheme)"
SEARCH_SCHEMES = (
    iuliia.WIKIPEDIA,
    iuliia.BGN_PCGN,
    iuliia.ICAO_DOC_9303,
    iuliia.MVD_782,
    iuliia.GOST_52535,
    iuliia.GOST_779,
    iuliia.GOST_779_ALT,
    iuliia.SCIENTIFIC,
)

# a letter of each script, for the extraction's modules that tell the two apart
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")
# Apostrophes and primes that schemes write for ь and ъ; readers leave them out.
_MARKS = str.maketrans("", "", "'’`ʹʺ\u02bc\u0361\u0308")


def is_cyrillic(name: str) -> bool:
    """Whether ``name`` is written in Cyrillic letters (and no Latin ones)."""
    return bool(CYRILLIC.search(name)) and not LATIN.search(name)


@lru_cache(maxsize=16_384)
def latin_name(name: str) -> str:
    """The Latin spelling of a Cyrillic name in the display scheme; other names unchanged."""
    return DISPLAY_SCHEME.translate(name) if is_cyrillic(name) else name


def shown_name(
    script: str, *, name: str, name_reported: str, name_cyrillic: str, curated: bool = False
) -> str:
    """A person's name in a script of names: "latin" the display scheme's romanisation of the
    Cyrillic name (else the Latin name), "cyrillic" the Cyrillic name (else the Latin one: a
    reverse transliteration would guess), otherwise the spelling most reports wrote — unless
    an editor ``curated`` the name."""
    if script == "latin":
        return latin_name(name_cyrillic) if name_cyrillic else name
    if script == "cyrillic":
        return name_cyrillic or name
    if curated:
        return name
    return name_reported or name


def _plain(spelling: str) -> str:
    """A spelling without diacritics, apostrophes and primes ("Kolokolʹcev" -> "Kolokolcev")."""
    decomposed = unicodedata.normalize("NFKD", spelling.translate(_MARKS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_MARKS)


@lru_cache(maxsize=16_384)
def latin_spellings(name: str) -> tuple[str, ...]:
    """A Cyrillic name in every search scheme, as written and without marks; () for others."""
    if not is_cyrillic(name):
        return ()
    found: dict[str, None] = {}
    for source in dict.fromkeys((name, name.replace("ё", "е").replace("Ё", "Е"))):
        for scheme in SEARCH_SCHEMES:
            spelling = scheme.translate(source)
            for form in (spelling, _plain(spelling)):
                if not CYRILLIC.search(form):
                    found.setdefault(form, None)
    return tuple(found)


# --- case forms -------------------------------------------------------------------------------

_CASES = ("gent", "datv", "accs", "ablt", "loct")
_INDECLINABLE = re.compile(r"(?:зода|заде|оглы|кызы|дзе|швили|ли|ко|ых|их|[аоуыэюияе])$")
_SURNAME_ENDINGS = (
    # (nominative ending, gender, forms of gent, datv, accs, ablt, loct)
    ("ский", "masc", ("ского", "скому", "ского", "ским", "ском")),
    ("цкий", "masc", ("цкого", "цкому", "цкого", "цким", "цком")),
    ("ской", "masc", ("ского", "скому", "ского", "ским", "ском")),
    ("ская", "femn", ("ской", "ской", "скую", "ской", "ской")),
    ("цкая", "femn", ("цкой", "цкой", "цкую", "цкой", "цкой")),
    ("ова", "femn", ("овой", "овой", "ову", "овой", "овой")),
    ("ева", "femn", ("евой", "евой", "еву", "евой", "евой")),
    ("ёва", "femn", ("ёвой", "ёвой", "ёву", "ёвой", "ёвой")),
    ("ина", "femn", ("иной", "иной", "ину", "иной", "иной")),
    ("ына", "femn", ("ыной", "ыной", "ыну", "ыной", "ыной")),
    ("ов", "masc", ("ова", "ову", "ова", "овым", "ове")),
    ("ев", "masc", ("ева", "еву", "ева", "евым", "еве")),
    ("ёв", "masc", ("ёва", "ёву", "ёва", "ёвым", "ёве")),
    ("ин", "masc", ("ина", "ину", "ина", "иным", "ине")),
    ("ын", "masc", ("ына", "ыну", "ына", "ыным", "ыне")),
)
_SOFT = re.compile(r"[жшчщц]$")


def _surname_forms(surname: str, gender: str) -> list[str]:
    low = surname.lower()
    for ending, ending_gender, forms in _SURNAME_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            if ending_gender != gender and ending in ("ин", "ын"):
                return []  # a woman's surname in -ин is not declined (Анна Кузьмин?) — rare
            stem = low[: -len(ending)]
            return [stem + form for form in forms]
    if gender == "femn" or _INDECLINABLE.search(low) or low.endswith(("ь", "й")):
        return []
    # A man's surname ending in a consonant declines like a noun: Шевчук, Шевчука, Шевчуком.
    ablt = "ем" if _SOFT.search(low) else "ом"
    return [low + "а", low + "у", low + "а", low + ablt, low + "е"]


def _word_forms(word: str, tags: tuple[str, ...]) -> tuple[list[str], str | None]:
    """The oblique forms of a given name or patronymic by pymorphy3, and its gender."""
    for p in parse(word.lower()):
        if p.tag.case == "nomn" and p.tag.number != "plur" and any(t in p.tag for t in tags):
            forms = [f.word for case in _CASES if (f := p.inflect({case, "sing"})) is not None]
            return forms, p.tag.gender
    return [], None


def _capitalised(form: str, model: str) -> str:
    """``form`` with each hyphenated part capitalised when ``model`` is."""
    if not model[:1].isupper():
        return form
    return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))


@lru_cache(maxsize=16_384)
def case_forms(name: str) -> tuple[str, ...]:
    """A Cyrillic name in the nominative in its other five cases, as whole names and as the
    surname alone; () for a name in another script."""
    words = name.split()
    if not words or not is_cyrillic(name):
        return ()
    given, surname = words[:-1], words[-1]
    gender = None
    given_forms: list[list[str]] = []
    for word in given:
        if len(word.rstrip(".")) <= 1:  # an initial
            given_forms.append([word] * len(_CASES))
            continue
        forms, word_gender = _word_forms(word, ("Name", "Patr"))
        gender = gender or word_gender
        given_forms.append(forms if len(forms) == len(_CASES) else [word] * len(_CASES))
    if gender is None:
        feminine = surname.lower().endswith(("ова", "ева", "ина", "ская", "цкая"))
        gender = "femn" if feminine else "masc"
    surname_forms = _surname_forms(surname, gender) or [surname.lower()] * len(_CASES)
    found: dict[str, None] = {}
    for i in range(len(_CASES)):
        parts = [forms[i] for forms in given_forms] + [surname_forms[i]]
        whole = " ".join(_capitalised(p, w) for p, w in zip(parts, words, strict=True))
        found.setdefault(whole, None)
        found.setdefault(_capitalised(surname_forms[i], surname), None)
    found.pop(name, None)
    found.pop(surname, None)
    return tuple(found)


def search_spellings(name: str) -> tuple[str, ...]:
    """Everything a search document holds for one spelling of a person's name beyond the
    spelling itself: for a Cyrillic name its case forms and Latin spellings."""
    return (*case_forms(name), *latin_spellings(name))


# --- what a reader typed ---------------------------------------------------------------------

_ISO_C = re.compile(r"c(?![hkz])", re.IGNORECASE)
# A Latin text ending like a Russian surname ("Kolokolcev", "Kuznecov", "Golovcova").
_SURNAME_LIKE = re.compile(r"(?:[oe]v|[oe]va|in|ina|yn|ko|[iy]?uk|[iy]an|sk[iy]j?|ska[ja]?)$", re.I)


def query_spellings(text: str) -> tuple[str, ...]:
    """Other spellings a typed name may stand for, for matching people's names: a Cyrillic
    name also in the nominative and in the display scheme; a Latin one with "c" read as ISO 9's
    ц ("Kolokolcev" -> "Kolokoltsev")."""
    from .russian.people import nominative_name

    text = " ".join(text.split())
    out: dict[str, None] = {}
    if is_cyrillic(text):
        words = [w[:1].upper() + w[1:] for w in text.split()]
        try:
            nominative, _ = nominative_name(words)
        except (ValueError, KeyError, IndexError):
            nominative = words
        for spelling in (" ".join(words), " ".join(nominative)):
            out.setdefault(spelling, None)
            out.setdefault(latin_name(spelling), None)
    else:
        plain = _plain(text)
        out.setdefault(plain, None)
        if _SURNAME_LIKE.search(plain):  # not for words: "security" is no "setsurity"
            out.setdefault(_ISO_C.sub(lambda m: "Ts" if m.group().isupper() else "ts", plain), None)
    out.pop(text, None)
    return tuple(s for s in out if s)


def written_spellings(extraction: dict[str, Any], language: str) -> list[tuple[list[str], str]]:
    """(the spellings that identify the person, the spelling the report wrote) for each person
    in an extraction: a Russian report wrote the native name, any other its ``name``."""
    out = []
    for person in extraction.get("participants") or []:
        if not isinstance(person, dict):
            continue
        name = person.get("name") if isinstance(person.get("name"), str) else ""
        native = person.get("name_native") if isinstance(person.get("name_native"), str) else ""
        written = native if language == "ru" and native.strip() else name
        if written.strip():
            out.append(([s for s in (name, native) if s.strip()], written))
    return out
