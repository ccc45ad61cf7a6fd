"""People's names in Russian text: finding them, putting them in the nominative, and writing
them in Latin letters.

A name is a run of two or three capitalised words (or a surname with initials, "Дубровский
В.Н." / "В.Н. Дубровский") holding a given name that the morphology dictionary knows (tagged
Name) or that the project's list of given names knows in transliteration, a patronymic, or
initials, next to a surname-like word. A report inflects names with the title they stand in
apposition to ("с начальником департамента Александром Шепелевым"): the title's head noun gives
the case, pymorphy3 the given names' and patronymics' nominative, and the rules of Russian
surname declension the surnames' (the dictionary does not know most of them).

The Latin form comes from ``iuliia``'s Wikipedia scheme: it is the romanisation English-language
media and Wikipedia use for Russian and Central Asian names ("Ержан Саденов" -> "Yerzhan
Sadenov", "Юрий" -> "Yury"), so the archive's English and Russian reports meet on one spelling.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import iuliia

from ..names import word_key
from .chinese import find_chinese_names, given_nominative, pinyin
from .morph import analyzer, parse

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?"
_RUN = re.compile(rf"{_WORD}(?:\s{_WORD})+")
_INITIALS = r"[А-ЯЁ](?:[а-яё])?\.\s?(?:[А-ЯЁ](?:[а-яё])?\.)?"  # "В.А.", "К.Дж.", "Ш. М."
_SURNAME_INITIALS = re.compile(rf"(?P<s>{_WORD})\s(?P<i>{_INITIALS})(?!\s?[А-ЯЁ][а-яё])")
# (the letter before the initials is looked behind for after their capital: a pattern that
# opens with a character class lets the engine skip to the capitals)
_INITIALS_SURNAME = re.compile(
    rf"(?P<i>[А-ЯЁ](?<![А-ЯЁа-яё][А-ЯЁ]){_INITIALS.removeprefix('[А-ЯЁ]')})\s?(?P<s>{_WORD})"
)
assert _INITIALS.startswith("[А-ЯЁ]")  # the capital the look-behind above follows
# what every match of both patterns above holds: with none, neither is scanned for
_INITIAL = re.compile(r"[А-ЯЁ][а-яё]?\.")
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ична|инична|овна|евна)(?:а|у|ем|ом|е|ы|ой|у)?$")
_SURNAME_END = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ская|цкая|енко|ко|ук|юк|ян|янц|дзе|швили|ли|заде|зода"
    r"|оглы|ич|ец|ий|ой|ых|их|ова|ева|ина|ына|ову|еву|ину|овым|евым|иным|ове|еве|ине|ского"
    r"|скому|ским|ском|овой|евой|иной|ович|ев[аоу]|ан|ат|ар|ер|ор|ид|ал|ул|ек|ук|ык)$"
)
# surnames that do not decline (Tajik -зода, Azerbaijani -заде/-оглы, Georgian, Ukrainian -ко,
# Russian -ых/-их, and those ending in any vowel but -а/-я)
_INDECLINABLE = re.compile(r"(?:зода|заде|оглы|кызы|дзе|швили|ли|ко|ых|их|[оиэ])$")
# the endings of Russian-style surnames in any case ("Гасанов", "Азизову", "Саргсяном")
_SURNAME_FORM = re.compile(
    r"(?:[оеё]в|ин|ын|ск|цк|ян)(?:а|у|ым|ом|е|ой|ую|ой|ы|ых)?$|(?:ский|цкий)$"
)
# pymorphy3 gives these tags to words that are names; a capitalised common noun is not one
_NAME_TAGS = ("Name", "Surn", "Patr")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@dataclass
class NameMention:
    start: int
    end: int
    words: list[str]  # as written
    native: str  # the nominative, given name(s) first: "Ержан Саденов", "В. Н. Дубровский"
    surname: str  # the surname in the nominative
    oblique: bool = False  # written in another case than the nominative ("Ерлана Карина")


@dataclass
class RuPerson:
    native: str
    name: str  # Latin
    surname: str
    mentions: list[NameMention] = field(default_factory=list)
    lone: list[tuple[int, int]] = field(default_factory=list)  # surname-only mentions


@lru_cache(maxsize=1)
def _given_keys() -> frozenset[str]:
    from ..lexicon import load_given_names

    return frozenset(word_key(n) for n in load_given_names())


@lru_cache(maxsize=16_384)
def latin(native: str) -> str:
    """The Latin spelling of a Russian name (Wikipedia romanisation), of a Chinese name its
    pinyin."""
    return pinyin(native) or iuliia.WIKIPEDIA.translate(native)


@lru_cache(maxsize=16_384)
def _kind(word: str) -> str | None:
    """ "given", "patr", "surn" or None for a capitalised word (None: not part of a name)."""
    low = word.lower()
    # a name in the plural ("Гасанов" as the genitive plural of "Гасан") is a surname's form
    every = parse(low)
    parses = [p for p in every if p.tag.number != "plur"]
    tags = {t for p in parses for t in _NAME_TAGS if t in p.tag}
    if not tags and _SURNAME_FORM.search(low) and any("Name" in p.tag for p in every):
        return "surn"  # "Акмурадов": known only as the genitive plural of a given name
    known = analyzer().word_is_known(low)
    if "Patr" in tags or _PATRONYMIC.search(low):
        return "patr"
    if "Surn" in tags and _SURNAME_FORM.search(low):
        return "surn"
    if "Name" in tags and (known or word_key(latin(word)) in _given_keys()):
        best = max(parses, key=lambda p: ("Name" in p.tag, p.score))
        if "Name" in best.tag and (known or best.score >= 0.2):
            return "given"
    if word_key(latin(word)) in _given_keys() or word_key(latin(_strip_case(low))) in _given_keys():
        return "given"
    if "Surn" in tags:
        return "surn"
    if known and not tags:
        return None  # a capitalised common word: "Совет", "Также", "Президент"
    if not tags and _compound_noun(low, every):
        return None  # an agency's short name: "Гостаможслужбы", "Мингорисполкома"
    return "surn" if _SURNAME_END.search(low) or not known else None


def _compound_noun(low: str, parses: tuple) -> bool:
    """A word the dictionary does not hold that reads only as a thing and ends in a whole
    common noun of six letters or more: a compound short name ("гос" + "таможслужбы",
    "мин" + "горисполкома"), never a surname."""
    if not parses or not all(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses):
        return False
    a = analyzer()
    for i in range(2, len(low) - 5):
        tail = low[i:]
        if a.word_is_known(tail) and any(
            p.tag.POS == "NOUN" and "inan" in p.tag and p.tag.number == "sing" for p in parse(tail)
        ):
            return True
    return False


_NEXT_WORD = re.compile(r"\s+([а-яё]+)")
_NEXT_CAPITAL = re.compile(rf"\s+({_WORD})")


def _adjective_before_noun(word: str, text: str, end: int) -> bool:
    """ "Баткенского района", "Исфаринскому участкам", "Синьцзян-Уйгурского автономного":
    a capitalised word the dictionary reads rather as an adjective than as a surname,
    followed by a lower-case noun or adjective in its case, qualifies that word; it is a
    place's adjective, no surname."""
    if not word.lower().endswith(_ADJ_ENDINGS):
        return False
    parses = parse(word.lower())
    adjective = max((p.score for p in parses if p.tag.POS == "ADJF"), default=0.0)
    surname = max((p.score for p in parses if "Surn" in p.tag), default=0.0)
    if adjective <= surname:
        return False
    m = _NEXT_WORD.match(text, end, end + 40)
    if m is None:
        return False
    if m.group(1) == "и":  # "по Баткенскому и Исфаринскому участкам": the next adjective's
        n = _NEXT_CAPITAL.match(text, m.end(), m.end() + 40)
        return n is not None and _adjective_before_noun(n.group(1), text, n.end())
    following = parse(m.group(1))
    if not following or following[0].tag.POS not in ("NOUN", "ADJF"):
        return False  # "и", "в": a conjunction or a preposition, not the qualified word
    cases = {p.tag.case for p in parses if p.tag.POS == "ADJF"}
    return any(p.tag.POS in ("NOUN", "ADJF") and p.tag.case in cases for p in following)


_ADJ_ENDINGS = ("ий", "ый", "ой", "ого", "его", "ому", "ему", "им", "ым", "ом", "ем", "ая", "яя",
                "ую", "юю", "ые", "ие", "ых", "их")  # fmt: skip


def _plural_noun_surname(low: str) -> bool:
    """ "В.Семериков", "В.Пучков": a surname's ending on a word the dictionary knows only as a
    common noun's plural ("семериков", "пучков"), which after initials is the surname."""
    parses = parse(low)
    return (
        bool(_SURNAME_END.search(low))
        and bool(parses)
        and parses[0].tag.POS == "NOUN"
        and parses[0].tag.number == "plur"
        # (no word in the singular: "Тушинским" is an adjective, a place's)
        and not any(p.tag.POS in ("NOUN", "ADJF") and p.tag.number == "sing" for p in parses)
    )


def _strip_case(low: str) -> str:
    """A given name the dictionary does not know, without a case ending ("нурланом")."""
    for end in ("ом", "ем", "ым", "у", "ю", "а", "я", "е"):
        if low.endswith(end) and len(low) - len(end) >= 3:
            return low[: -len(end)]
    return low


# pymorphy3's second genitive, accusative and locative and the vocative ("Саш"), as the six
# cases a name is inflected in
_MAIN_CASE = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct",
              "voct": "nomn"}  # fmt: skip


def _cases_of(word: str, kind: str) -> dict[str, str | None]:
    """case -> gender of the parses of ``word`` tagged as ``kind`` (Name / Surn / Patr)."""
    tag = {"given": "Name", "surn": "Surn", "patr": "Patr"}[kind]
    out: dict[str, str | None] = {}
    for p in parse(word.lower()):
        case = _MAIN_CASE.get(p.tag.case, p.tag.case)
        if tag in p.tag and case in CASES and p.tag.number != "plur":
            out.setdefault(case, p.tag.gender)
    return out


_CASE_ENDINGS = {
    "gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем", "ём"),
    "loct": ("е",),
}  # fmt: skip


# the genitive of a man's surname in -ка/-га/-ха or in -а after a hard consonant ("Чайки",
# "Зубры"): a nominative never ends so
_A_GENITIVE = re.compile(r"(?:[кгх]и|[бвдзлмнпрстф]ы)$")
# the endings of a man's surname in -а/-я ("Чайка", "Зозуля") in the cases where they differ
# from a surname in a consonant's: (ending, the nominative's ending)
_A_DECLENSION = {
    "accs": (("у", "а"), ("ю", "я")),
    "ablt": (("ой", "а"), ("ей", "я"), ("ёй", "я")),
}


@lru_cache(maxsize=16_384)
def _fixed(low: str) -> bool:
    """Whether the dictionary knows ``low`` as a surname that does not decline ("Шойгу")."""
    return any("Surn" in p.tag and "Fixd" in p.tag for p in parse(low))


def _surname_nominative(low: str, case: str, gender: str) -> str:
    """A surname in the nominative by the rules of Russian surname declension."""
    if gender != "femn" and case == "gent" and _A_GENITIVE.search(low) and not _fixed(low):
        return low[:-1] + "а"  # "Юрия Чайки": a man's surname in -а (the -и is no nominative)
    if gender != "femn" and case != "nomn":
        adjectival = _adjectival_surname(low)
        if adjectival is not None:
            return adjectival
    if case == "nomn" or _INDECLINABLE.search(low) or _fixed(low):
        return low
    if gender == "femn":
        for old, new in (("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("цкую", "цкая"),
                         ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ову", "ова"),
                         ("еву", "ева"), ("ину", "ина")):  # fmt: skip
            if low.endswith(old):
                return low[: -len(old)] + new
        return low
    for old, new in (("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
                     ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"), ("цком", "цкий"),
                     ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"),
                     ("ыным", "ын")):  # fmt: skip
        if low.endswith(old):
            return low[: -len(old)] + new
    if case == "ablt" and low.endswith(("ым", "им")):
        # "генерал-полковником Олегом Плохим": a surname declined as an adjective, back to
        # the adjective's nominative the dictionary gives ("Плохой")
        for p in parse(low):
            if p.tag.POS == "ADJF" and p.tag.case == "ablt" and p.normal_form.endswith(_ADJ_NOMN):
                return p.normal_form
    for end, nominative in _A_DECLENSION.get(case, ()):
        # a man's surname in -а/-я declines as a noun of that ending ("Юрия Чайки", "с
        # Чайкой", "Чайку"): no other surname of a man ends so in these cases
        if low.endswith(end) and len(low) - len(end) >= 3:
            return low[: -len(end)] + nominative
    endings = _CASE_ENDINGS[case]
    for end in endings:
        if low.endswith(end) and len(low) - len(end) >= 2:
            stem = low[: -len(end)]
            if end in ("я", "ю", "ем", "е") and stem[-1] in "еоу" and len(stem) >= 3:
                # "Владимира Макея", "Росиана Василоя": a surname in -ей/-ой/-ай declines as
                # "Андрей" does, its -й dropped before the ending
                return stem + "й"
            if end in ("я", "ю", "ем", "е") and stem[-1] not in "жшщчцаеиоуыэюяй":
                return stem + "ь" if end in ("я", "ю", "ем") and not stem.endswith("ич") else stem
            return stem
    return low


_ADJECTIVAL_END = re.compile(r"(?:ого|его|ому|ему)$")
_ADJ_NOMN = ("ой", "ый", "ий")


@lru_cache(maxsize=16_384)
def _adjectival_surname(low: str) -> str | None:
    """A man's surname that declines as an adjective, in the nominative ("Горового" ->
    "Горовой", "Толстого" -> "Толстой", "Белого" -> "Белый"), or None when ``low`` has no
    adjective's oblique ending. The dictionary's surname or adjective lemma when it knows one;
    else "-ой" after a hard stem (the stressed ending of most such surnames: Горовой, Луговой)
    and "-ий" after a velar or hushing consonant or for a soft "-его"."""
    if len(low) < 6 or not _ADJECTIVAL_END.search(low):
        return None
    for p in parse(low):
        if "Surn" in p.tag and p.tag.case != "nomn" and p.normal_form.endswith(("ой", "ий", "ый")):
            return p.normal_form
    for p in parse(low):
        if p.tag.POS == "ADJF" and analyzer().word_is_known(p.normal_form):
            return p.normal_form
    stem = low[:-3]
    if low[-3] == "е" or stem[-1] in "гкхжшчщ":
        return stem + "ий"
    return stem + "ой"


def _undeclined_in_a(low: str, lemma: str) -> bool:
    """Whether a given name is a nominative in -а left undeclined ("Нигматилла Юлдашева"), not
    the genitive of a name in a consonant: that name would end in a doubled consonant
    ("Нигматилл", "Хабибулл"), as no given name does but the few on the project's list
    ("Кирилл")."""
    return (
        low.endswith("а")
        and lemma == low[:-1]
        and len(lemma) >= 3
        and lemma[-1] == lemma[-2]
        and word_key(latin(lemma.capitalize())) not in _given_keys()
    )


def _given_nominative(word: str, case: str, kind: str) -> str:
    low = word.lower()
    tag = "Name" if kind == "given" else "Patr"
    for p in parse(low):
        if tag in p.tag and p.tag.case == case and p.tag.number != "plur":
            f = p.inflect({"nomn", "sing"})
            if f is not None and _undeclined_in_a(low, f.word):
                return low
            if f is not None:
                return f.word
    if case == "nomn":
        return low
    if kind == "patr":
        return re.sub(r"(?<=ич)(?:а|у|ем|е)$", "", re.sub(r"(?<=вн|чн)(?:ы|е|у|ой)$", "а", low))
    if _AI_NAME.search(low):
        # "Нуртая", "Нартаем": a man's given name in -ай declines as "Андрей" does, its -й
        # dropped before the ending (the dictionary does not know most of them)
        return _AI_NAME.sub("ай", low)
    return _surname_nominative(low, case, "masc")


# an oblique case of a given name in -ай ("Нуртай", "Нартай", "Токтай")
_AI_NAME = re.compile(r"(?<=\w\w)а(?:я|ю|ем|е)$")


def _cap(form: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return form.upper()
    return "-".join(p[:1].upper() + p[1:] for p in form.split("-"))


def _choose_case(words: list[str], kinds: list[str], hint: str | None) -> tuple[str, str]:
    """The case and gender of a name: what its given name and patronymic allow, narrowed by
    the case of the title it stands in apposition to."""
    allowed: set[str] | None = None
    gender = None
    for w, k in zip(words, kinds, strict=True):
        if k in ("given", "patr") and analyzer().word_is_known(w.lower()):
            cases = _cases_of(w, k)
            if cases:
                allowed = set(cases) if allowed is None else allowed & set(cases)
                gender = gender or next(iter(cases.values()))
    surname = words[kinds.index("surn")] if "surn" in kinds else words[-1]
    ending = _case_from_surname(surname)
    if (
        hint
        and ending in ("ablt", "datv")
        and hint != ending
        and (allowed is None or ending in allowed)
    ):
        # "с и.о. премьер-министра Омурбеком Бабановым": the surname's own ending (-ым, -ову)
        # outweighs the case of the nearest title word
        case = ending
    elif hint and (allowed is None or hint in allowed or (hint == "accs" and "gent" in allowed)):
        case = hint
    elif hint == "nomn" and _indeclinable_pair(words, kinds):
        # "министр ... Грузии Гека Геладзе": a given name in -а the dictionary knows only as
        # the genitive of a rarer one stands as written beside a surname that never declines
        case = "nomn"
    elif allowed and "gent" in allowed and _mans_genitive(words, kinds):
        case, gender = "gent", "masc"
    elif allowed:
        case = "nomn" if "nomn" in allowed else sorted(allowed, key=CASES.index)[0]
    else:
        surname = words[kinds.index("surn")] if "surn" in kinds else words[-1]
        case = _case_from_surname(surname)
        first = words[kinds.index("given")].lower() if "given" in kinds else ""
        if first.endswith(("а", "я")) and surname.lower().endswith(("ова", "ева", "ина", "ая")):
            case, gender = "nomn", "femn"  # "Матлуба Абдуллоева": a woman's name as it is
    if gender is None:
        gender = _gender_from(words, kinds, case)
    return case, gender or "masc"


_WOMANS_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "ая")


def _mans_genitive(words: list[str], kinds: list[str]) -> bool:
    """ "Александра Лукашенко", "Давида Тонояна", "Георгия Барамидзе": a given name the
    dictionary reads far more often as a man's genitive than as a woman's name beside a
    surname no woman's name would take in that form (one that never declines, or a man's
    genitive in -а after a consonant) is the man's genitive."""
    if kinds.count("given") != 1 or kinds.count("surn") != 1 or "patr" in kinds:
        return False
    given = words[kinds.index("given")].lower()
    scores = {(p.tag.gender, p.tag.case): p.score for p in parse(given) if "Name" in p.tag}
    woman = scores.get(("femn", "nomn"))
    if woman is None or scores.get(("masc", "gent"), 0.0) < 4 * woman:
        return False
    surname = words[kinds.index("surn")].lower()
    if surname.endswith(_WOMANS_SURNAME):
        return False
    return (
        bool(_INDECLINABLE.search(surname))
        or _fixed(surname)
        or bool(re.search(r"[бвгджзклмнпрстфхцчшщ]а$", surname))
    )


# surnames that keep one form in every case: Georgian "-дзе", "-швили", "-ава", "-ия", "-уа"
_INDECLINABLE_SURNAME = ("дзе", "швили", "ава", "ия", "уа", "ели", "ани")


def _indeclinable_pair(words: list[str], kinds: list[str]) -> bool:
    """A given name ending in -а or -я beside a surname that never declines."""
    if "given" not in kinds or "surn" not in kinds:
        return False
    given, surname = words[kinds.index("given")].lower(), words[kinds.index("surn")].lower()
    return given.endswith(("а", "я")) and surname.endswith(_INDECLINABLE_SURNAME)


def _case_from_surname(word: str) -> str:
    low = word.lower()
    for ends, case in ((("овым", "евым", "иным", "ским", "цким"), "ablt"),
                       (("ову", "еву", "ину", "скому"), "datv"),
                       (("ова", "ева", "ина", "ского"), "gent")):  # fmt: skip
        if low.endswith(ends):
            return case
    return "nomn"


def _gender_from(words: list[str], kinds: list[str], case: str) -> str:
    for w, k in zip(words, kinds, strict=True):
        low = w.lower()
        if k == "patr":
            return "femn" if re.search(r"(?:овн|евн|ичн)", low) else "masc"
        if k == "surn" and (
            (case == "nomn" and low.endswith(("ова", "ева", "ина", "ская", "цкая")))
            or (case != "nomn" and low.endswith(("овой", "евой", "иной", "ской", "цкой")))
        ):
            return "femn"
    return "masc"


def nominative_name(
    words: list[str], hint: str | None = None, kinds: list[str] | None = None
) -> tuple[list[str], list[str]]:
    """(the words in the nominative, their kinds) of a name as written."""
    if kinds is None:
        kinds = _settle([_kind(w) for w in words]) or ["surn"] * len(words)
    forms, kinds_out = _nominative_name(tuple(words), hint, tuple(kinds))
    return list(forms), list(kinds_out)


@lru_cache(maxsize=16_384)  # reports name the same people again and again
def _nominative_name(
    words: tuple[str, ...], hint: str | None, kinds: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words_l, kinds_l = list(words), list(kinds)
    forms = _inflect_name(words_l, hint, kinds_l)
    return tuple(forms), kinds


def _inflect_name(words: list[str], hint: str | None, kinds: list[str]) -> list[str]:
    case, gender = _choose_case(words, kinds, hint)
    out = []
    for w, k in zip(words, kinds, strict=True):
        if k in ("given", "patr"):
            form = _given_nominative(w, case, k)
        else:
            form = _surname_nominative(w.lower(), case, gender)
        out.append(_cap(form, w))
    return out


# a surname's ending that no given name has: "Квициани", "Каландадзе", "Орлов"
_STRONG_SURNAME = re.compile(
    r"(?:дзе|швили|иани|ели|ов|ев|ёв|ин|ын|ский|цкий|ская|ян|янц|енко|ова|ева|ина)$"
)


def _surname_after_given(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word after the given name at ``i`` is a surname by its ending."""
    return i + 1 < len(words) and bool(_STRONG_SURNAME.search(words[i + 1][2].lower()))


def _settle(kinds: list[str | None]) -> list[str] | None:
    """The kinds of a run that is a name, or None: it needs a surname and a given name or
    patronymic. A surname that looks like a patronymic ("Шуневич") at either end of the run
    is the surname; of two surname-like words the first is the given name (names the
    dictionary does not know: "Хабибулло Вохидзода")."""
    if len(kinds) == 2 and kinds[0] == "given" and kinds[1] in (None, "given"):
        # a surname that is also a common word or a given name: "Андрей Швед", "Ерлан Карин"
        kinds = ["given", "surn"]
    if None in kinds:
        return None
    out = [str(k) for k in kinds]
    if out == ["surn", "given", "surn"]:
        # the official order, surname first ("Аламшозода Абдурахмона Аламшо"): the last word
        # is the father's name, which Tajik and Uzbek names write without "-ович"
        out[2] = "patr"
    if "surn" not in out:
        if out[-1] == "patr" and len(out) == 2:
            out[-1] = "surn"
        elif out[0] == "patr":
            out[0] = "surn"
        else:
            return None
    if "given" not in out and "patr" not in out:
        if len(out) != 2:
            return None
        out[0] = "given"
    return out


def _foreign_three(window: list[tuple[int, int, str]], text: str) -> list[str] | None:
    """ "Уильям Лейси Свинг", "Яна Холст Хубнер", "Саид Мубин Шах": a known given name and two
    capitalised words after it, one space apart, one of them a word the dictionary knows as a
    common noun, are one foreign name (given and middle names, then the surname), when the
    second word is no surname of the region's (whose next capital starts something else)."""
    kinds = [_kind(w) for _, _, w in window]
    if (
        kinds[0] != "given"
        or kinds[1] not in (None, "surn", "given")
        or kinds[2] not in (None, "surn")
        or None not in kinds[1:]
        or _STRONG_SURNAME.search(window[1][2].lower())
        or any(text[window[i][1] : window[i + 1][0]] != " " for i in (0, 1))
    ):
        return None
    return ["given", "given", "surn"]


def find_names(
    text: str,
    blocked: list[tuple[int, int]],
    hint_at: Callable[[int, list[tuple[int, int]]], str | None],
) -> list[NameMention]:
    """Every full-name mention in ``text`` outside the ``blocked`` spans (gazetteer hits);
    ``hint_at(offset, names)``: the case of the title that a name starting at ``offset`` stands
    in apposition to (``names``: the spans of the names found so far)."""
    out: list[NameMention] = []
    taken: list[tuple[int, int]] = []
    spans = sorted(blocked)
    starts = [x for x, _ in spans]

    def free(a: int, b: int) -> bool:
        i = bisect_right(starts, b - 1) - 1  # the last blocked span starting before b
        while i >= 0 and spans[i][1] > a - 200:
            if spans[i][1] > a:
                return False
            i -= 1
        return not any(x < b and a < y for x, y in taken)

    for rx in (_SURNAME_INITIALS, _INITIALS_SURNAME) if _INITIAL.search(text) else ():
        for m in rx.finditer(text):
            if not free(m.start(), m.end()) or (
                _kind(m.group("s")) is None and not _plural_noun_surname(m.group("s").lower())
            ):
                continue
            initials = re.sub(r"\s", "", m.group("i")).replace(".", ". ").strip()
            surname = _cap(
                _surname_nominative(
                    m.group("s").lower(), hint_at(m.start(), taken) or "nomn", "masc"
                ),
                m.group("s"),
            )
            native = f"{initials} {surname}"
            oblique = surname.lower() != m.group("s").lower()
            out.append(NameMention(m.start(), m.end(), [m.group("s")], native, surname, oblique))
            taken.append((m.start(), m.end()))
    for a, b, surname, given in find_chinese_names(text):
        if not free(a, b):
            continue
        nominative = given_nominative(given, hint_at(a, taken)) or given
        native = f"{surname} {nominative}"  # the family name first, as Chinese names are
        # the whole name is the key: "Ван И" and "Ван Сяохун" are two people
        out.append(NameMention(a, b, [surname, given], native, native, nominative != given))
        taken.append((a, b))
    for a, b, words, native, surname, oblique in _arabic_names(text):
        if free(a, b):
            out.append(NameMention(a, b, words, native, surname, oblique))
            taken.append((a, b))
    for m in _RUN.finditer(text):
        words = [(w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", m.group())]
        words = [(m.start() + a, m.start() + b, w) for a, b, w in words]
        i = 0
        # windows of three words, then two, from the left (a run may start with a capitalised
        # title or place: "Республики Беларусь Игорь Шуневич")
        while i < len(words) - 1:
            for n in (3, 2):
                window = words[i : i + n]
                if len(window) < n:
                    continue
                a, b = window[0][0], window[-1][1]
                sub = [w for _, _, w in window]
                settled = _settle([_kind(w) for w in sub])
                if settled is None and n == 3:
                    settled = _foreign_three(window, text)
                if settled is None or not free(a, b):
                    continue
                if _adjective_before_noun(window[-1][2], text, b):
                    continue
                if (
                    settled[0] == "surn"
                    and settled[1] == "given"
                    and _surname_after_given(words, i + 1)
                ):
                    # "ВД Квемо Картли Леван Квициани": a place before the given name, whose
                    # surname follows it
                    break
                forms, kinds = nominative_name(sub, hint_at(a, taken), settled)
                given = [f for f, k in zip(forms, kinds, strict=True) if k == "given"]
                surn = [f for f, k in zip(forms, kinds, strict=True) if k == "surn"]
                native = " ".join(given[:1] + surn[-1:]) if given else " ".join(forms)
                # "Петр" -> "Пётр" is the same word in the nominative, not another case
                oblique = any(
                    f.lower().replace("ё", "е") != w.lower().replace("ё", "е")
                    for f, w in zip(forms, sub, strict=True)
                )
                surname = surn[-1] if surn else forms[-1]
                out.append(NameMention(a, b, sub, native, surname, oblique))
                taken.append((a, b))
                i += n - 1
                break
            i += 1
    out.sort(key=lambda n: n.start)
    return out


# an Arabic name: capitalised words joined by the particles of lineage and family ("Абдалла
# Бен Бандар Бен Абдельазиз Аль Сауд", "Валид Абдуррахмон Аль Решайдон")
_PARTICLE = r"(?:[Аа]ль|[Бб]ен|[Бб]ин|[Ии]бн)"
_PARTICLE_WORDS = (" Аль ", " аль ", " Бен ", " бен ", " Бин ", " бин ", " Ибн ", " ибн ")
_ARABIC_RUN = re.compile(
    rf"(?<![А-ЯЁа-яё-])(?:[А-ЯЁ][а-яё]+\s+){{0,3}}(?:{_PARTICLE}\s+[А-ЯЁ][а-яё]+\s+)*"
    rf"{_PARTICLE}\s+[А-ЯЁ][а-яё]+(?![а-яё-])"
)
# the instrumental ("с послом Валидом ... Аль Решайдоном") back to the nominative
_ABLT_ENDINGS = (("ом", ""), ("ем", ""), ("ой", "а"), ("ей", "я"))


def _arabic_names(text: str) -> list[tuple[int, int, list[str], str, str, bool]]:
    """(start, end, words, native, surname, oblique) of the Arabic names in ``text``: the
    family name is its last particle and word ("Аль Сауд"); a name in the instrumental (a
    word in "-ом"/"-ем") is put in the nominative word by word; one in another oblique
    case is left to the other passes. A short form ("Посол Аль Решайдон") takes the full
    name found with the same family name."""
    if not any(particle in text for particle in _PARTICLE_WORDS):
        return []  # a few substring searches spare the pattern's scan of most reports
    found: list[tuple[int, int, list[str], str, str, bool]] = []
    for m in _ARABIC_RUN.finditer(text):
        spans = [(w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", m.group())]
        # leading words that are common nouns ("Посол", "Министр") are no part of the name
        while spans and not re.fullmatch(_PARTICLE, spans[0][2]) and _common_noun(spans[0][2]):
            spans.pop(0)
        if len(spans) < 2:
            continue
        words = [w for _, _, w in spans]
        last = words[-1].lower()
        # the instrumental shows on any declinable word ("Халидом Ахмедом Аль Хамади")
        oblique = any(
            w.lower().endswith(("ом", "ем")) and len(w) > 4 and not re.fullmatch(_PARTICLE, w)
            for w in words
        )
        if not oblique and last[-1] in "аяуюе":
            continue  # another oblique case: left to the other passes
        forms = [_from_instrumental(w) if oblique else w for w in words]
        family = " ".join(forms[-2:])
        found.append((m.start() + spans[0][0], m.start() + spans[-1][1], words, " ".join(forms),
                      family, oblique))  # fmt: skip
    full = {f[4]: f[3] for f in found if len(f[3].split()) > 2}
    return [(a, b, w, full.get(fam, native), fam, ob) for a, b, w, native, fam, ob in found]


def _from_instrumental(word: str) -> str:
    if re.fullmatch(_PARTICLE, word):
        return word
    low = word.lower()
    for end, nominative in _ABLT_ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 2:
            return word[: -len(end)] + nominative
    return word


@lru_cache(maxsize=4096)
def _common_noun(word: str) -> bool:
    """Whether a capitalised word is one the dictionary knows as no person's name: a common
    noun ("Посол") or a place ("Душанбе")."""
    parses = parse(word.lower())
    return (
        bool(parses)
        and parses[0].is_known
        and not {"Name", "Surn"} & set(str(parses[0].tag).replace(" ", ",").split(","))
    )


# a capitalised word standing alone after a word of a title (a lower-case word or an acronym,
# not a sentence's end), before punctuation or a lower-case word
# (not an adjective or a plural before the noun it qualifies: "Департамента по Костанайской
# области", "Налогово-таможенного департамента", "секретарей Совбезов стран ШОС"; the letter
# and space before the word are looked behind for after its capital: a pattern that opens with
# a character class lets the engine skip to the capitals)
_LONE_WORD = re.compile(
    rf"([А-ЯЁ](?<=[А-ЯЁа-яё] [А-ЯЁ]){_WORD.removeprefix('[А-ЯЁ]')})"
    r"(?=\s*[.,;:)!?]|\s+[а-яё]|\s*$)"
    r"(?!\s+(?:области|края|района|округа|республики|провинции|департамента|комиссии|комитета"
    r"|управления|службы|министерства|стран|государств)\b)"
)
assert _WORD.startswith("[А-ЯЁ]")  # the capital the look-behind above follows
# short names of institutions the dictionary does not know, shaped like surnames in the plural
# ("секретари Совбезов проявили", "представители Генпрокуратур")
_INSTITUTION_STEMS = ("совбез", "генпрокуратур", "госдум", "совфед", "минобороны")


def find_titled_surnames(
    text: str,
    mentions: list[NameMention],
    blocked: list[tuple[int, int]],
    title_case_before: Callable[[int], str | None],
) -> list[NameMention]:
    """Surnames named after a title with no given name or initials ("под председательством
    первого заминистра внутренних дел РФ Горового"): a word shaped like a surname that the
    dictionary does not know as a common word, put in the nominative by the title's case
    (``title_case_before(offset)``: the case of the title ending right before it, or None)."""
    taken = sorted([(m.start, m.end) for m in mentions] + blocked)
    starts = [x for x, _ in taken]
    out = []
    for m in _LONE_WORD.finditer(text):
        a, b = m.span(1)
        low = m.group(1).lower()
        tail = max(0, len(low) - 6)  # the endings are at most five letters long
        if not (_SURNAME_END.search(low, tail) or _ADJECTIVAL_END.search(low, tail)):
            continue
        i = bisect_right(starts, b - 1) - 1  # the spans starting before the word's end
        if any(taken[j][1] > a for j in range(max(0, i - 4), i + 1)):
            continue  # inside a name or a gazetteer hit (spans hardly nest deeper)
        if _kind(m.group(1)) != "surn" or low.startswith(_INSTITUTION_STEMS):
            continue
        if _adjective_before_noun(m.group(1), text, b):
            continue
        case = title_case_before(a)
        if case is None:
            continue
        surname = _cap(_surname_nominative(low, case, "masc"), m.group(1))
        out.append(NameMention(a, b, [m.group(1)], surname, surname, surname.lower() != low))
    return out


# "Кроме того, Колокольцев отметил ...", "Юлдашев, в свою очередь, выразил ...": a surname
# alone, the subject of a verb of speech right after it (maybe past a short aside in commas)
_SPEAKING_SURNAME = re.compile(
    rf"({_WORD})(?:,\s[а-яё]+(?:\s[а-яё]+){{0,3}},)?\s(?:также\s)?"
    r"(?:отметил|заявил|подчеркнул|сказал|добавил|констатировал|указал|выразил|напомнил"
    r"|пояснил)\b"
)
# what stands before that surname: a sentence's or a clause's start
_CLAUSE_BEFORE = re.compile(r"(?:[.!?»\"]\s+|\n\s*|,\s)$")


def find_speaking_surnames(
    text: str, mentions: list[NameMention], blocked: list[tuple[int, int]]
) -> list[NameMention]:
    """Surnames alone, in the nominative, opening a sentence or a clause as the subject of a
    verb of speech, for people the report never names in full (a report whose opening, with
    the full name, was cut off; no name found has that surname)."""
    known = {word_key(m.surname) for m in mentions}
    out: list[NameMention] = []
    for m in _SPEAKING_SURNAME.finditer(text):
        a = m.start()
        if a and not _CLAUSE_BEFORE.search(text, max(0, a - 4), a):
            continue
        word, b = m.group(1), m.end(1)
        low = word.lower()
        if word_key(word) in known or not _SURNAME_END.search(low) or _kind(word) != "surn":
            continue
        if any(x < b and a < y for x, y in blocked):
            continue
        out.append(NameMention(a, b, [word], word, word))
    return out


def group_people(mentions: list[NameMention]) -> list[RuPerson]:
    """Mentions of one person (the same surname, and given names that agree) grouped."""
    people: list[RuPerson] = []
    for nm in mentions:
        for p in people:
            if word_key(p.surname) == word_key(nm.surname) and (
                len(nm.native.split()) == 1
                or len(p.native.split()) == 1
                or _same_first(p.native, nm.native)
            ):
                p.mentions.append(nm)
                if len(nm.native) > len(p.native) and "." not in nm.native:
                    p.native = nm.native
                    p.name = latin(nm.native)
                break
        else:
            people.append(RuPerson(nm.native, latin(nm.native), nm.surname, [nm]))
    return _initials_in_oblique(people)


# the endings a masculine surname takes in the oblique cases ("Сычева", "Вучкову", "Ивановым")
_OBLIQUE_CASES = ("gent", "datv", "accs", "ablt", "loct")


def _initials_in_oblique(people: list[RuPerson]) -> list[RuPerson]:
    """ "А. Сычева" beside "Александр Сычев": a surname after initials in an oblique case
    (read as written, with no title to give its case) is the man named in full."""
    full = [p for p in people if all("." not in m.native for m in p.mentions)]
    out = []
    for p in people:
        target = None
        if p.mentions and all("." in m.native for m in p.mentions):
            low = p.surname.lower()
            keys = {word_key(_surname_nominative(low, case, "masc")) for case in _OBLIQUE_CASES}
            keys.discard(word_key(p.surname))
            initial = p.native.split()[0][:1]
            matches = [q for q in full if word_key(q.surname) in keys and q.native[:1] == initial]
            target = matches[0] if len(matches) == 1 else None
        if target is None:
            out.append(p)
            continue
        for m in p.mentions:
            m.oblique = True
        target.mentions = sorted(target.mentions + p.mentions, key=lambda m: m.start)
    return out


def _same_first(a: str, b: str) -> bool:
    fa, fb = a.split()[0].rstrip("."), b.split()[0].rstrip(".")
    return fa[:1] == fb[:1] and (len(fa) <= 2 or len(fb) <= 2 or word_key(fa) == word_key(fb))


def find_lone_surnames(text: str, people: list[RuPerson], blocked: list[tuple[int, int]]) -> None:
    """Mentions by surname alone ("сообщил Жданов", "Шойгу прибыл") of people named in full."""
    keys = {word_key(p.surname): p for p in people}
    prefixes = {p.surname[:3] for p in people}
    spans = sorted([(m.start, m.end) for p in people for m in p.mentions] + blocked)
    starts = [a for a, _ in spans]
    for m in re.finditer(_WORD, text):
        if m.group()[:3] not in prefixes:
            continue  # a surname keeps its first letters in every case
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < spans[i][1]:
            continue
        low = m.group().lower()
        for case in CASES:
            p = keys.get(word_key(_surname_nominative(low, case, "masc")))
            if p is not None:
                p.lone.append((m.start(), m.end()))
                break
