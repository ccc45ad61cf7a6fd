"""Chinese names in Russian text ("Ван Сяохун", "Чжао Кэчжи", "Го Шэнкунь"): found, and
written in pinyin, the spelling English-language reports use ("Wang Xiaohong").

Russian writes Chinese names in the Palladius system: surname first, then a given name of one
or two syllables written as one word. A name is a surname of the list below followed by a
word made of Palladius syllables. The syllables come from the pinyin initials and finals and
their Palladius spellings (the system's own rules, not a list of syllables), so each syllable
maps back to its pinyin. Men's given names ending in a consonant decline ("с Си
Цзиньпином"); the nominative is the stem that reads as syllables.

Why our own table: no maintained package converts between Palladius and pinyin (the packages
on the registries give pinyin for Chinese characters only), and the system is a closed set of
two dozen initials and three dozen finals.
"""

from __future__ import annotations

import re
from functools import lru_cache

# pinyin initial -> Palladius
_INITIALS = {
    "": "", "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
    "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч",
    "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}  # fmt: skip
# pinyin final -> Palladius after an initial
_FINALS = {
    "a": "а", "o": "о", "e": "э", "i": "и", "u": "у", "ai": "ай", "ei": "эй", "ao": "ао",
    "ou": "оу", "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "ia": "я",
    "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин",
    "iong": "юн", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь",
    "uang": "уан", "ü": "юй", "üe": "юэ", "üan": "юань", "ün": "юнь",
}  # fmt: skip
# syllables with no initial, as pinyin writes them
_BARE = {
    "a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй",
    "en": "энь", "eng": "эн", "er": "эр", "o": "о", "ou": "оу", "yi": "и", "ya": "я",
    "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян", "ying": "ин",
    "yong": "юн", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань",
    "wen": "вэнь", "wang": "ван", "weng": "вэн", "yu": "юй", "yue": "юэ", "yuan": "юань",
    "yun": "юнь",
}  # fmt: skip
_LABIAL = {"b", "p", "m", "f"}
_PALATAL = {"j", "q", "x"}
_SIBILANT = {"z", "c", "s", "zh", "ch", "sh", "r"}

# the commonest surnames, in Palladius
SURNAMES = frozenset(
    """Ван Ли Чжан Лю Чэнь Ян Хуан Чжао У Чжоу Сюй Сунь Ма Чжу Ху Го Хэ Гао Линь Ло Чжэн
    Лян Се Сун Тан Хань Фэн Дэн Цао Пэн Цзэн Сяо Тянь Дун Пань Юань Цай Цзян Юй Ду Е Чэн Вэй
    Су Люй Дин Жэнь Лу Яо Шэнь Чжун Цуй Тань Фань Ляо Ши Цзинь Цзя Ся Фу Фан Цзоу Сюн Бай
    Мэн Цинь Цю Хоу Инь Сюэ Янь Дуань Лэй Лун Тао Гу Мао Хао Гун Шао Цянь Кун Си Мо Кан Вань
    Ци Вэнь Бянь Цзи Шан Цзинь Нин Чан Чай Ань Ин""".split()  # noqa: SIM905
)


def _valid(initial: str, final: str) -> bool:
    """Whether pinyin has the syllable (near enough: a spelling nobody writes does no harm)."""
    if final == "o":
        return initial in _LABIAL
    if initial in _PALATAL:
        return final.startswith(("i", "ü"))
    if final.startswith("ü"):
        return initial in ("n", "l") and final in ("ü", "üe")
    if initial in _SIBILANT or initial in ("g", "k", "h"):
        return not final.startswith("i") or (final == "i" and initial in _SIBILANT)
    if initial in _LABIAL:
        return final not in ("uo", "ua", "uai", "ui", "uan", "un", "uang", "ong", "iong")
    return True


@lru_cache(maxsize=1)
def _syllables() -> dict[str, str]:
    """Palladius syllable -> pinyin."""
    out: dict[str, str] = {}
    for py, pal in _BARE.items():
        out.setdefault(pal, py)
    for ini, ini_pal in _INITIALS.items():
        if not ini:
            continue
        for fin, fin_pal in _FINALS.items():
            if not _valid(ini, fin):
                continue
            pal = ini_pal + fin_pal
            if fin == "i" and ini in ("z", "c", "s"):
                pal = ini_pal + "ы"  # zi, ci, si: цзы, цы, сы
            py = ini + (fin.replace("ü", "u") if ini in _PALATAL else fin.replace("ü", "v"))
            out.setdefault(pal, py.replace("v", "ü"))
    return out


@lru_cache(maxsize=1)
def _given_rx() -> re.Pattern[str]:
    alternatives = "|".join(sorted(_syllables(), key=len, reverse=True))
    return re.compile(rf"({alternatives})({alternatives})?")


def given_syllables(word: str) -> list[str] | None:
    """The Palladius syllables of a given name written as one word ("сяохун" -> ["сяо",
    "хун"]), or None when it is not one or two syllables."""
    m = _given_rx().fullmatch(word.lower().replace("-", ""))
    return [s for s in m.groups() if s] if m else None


_CASE_ENDINGS = ("ом", "ем", "ым", "а", "я", "у", "ю", "е")


def given_nominative(word: str, hint: str | None) -> str | None:
    """A given name in the nominative: as written, or (in an oblique case, or when only the
    stem reads as syllables) without its case ending ("Цзиньпином" -> "Цзиньпин")."""
    low = word.lower()
    stems = []
    for end in _CASE_ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 1:
            stem = low[: -len(end)]
            stems += [stem, stem + "й"] if end in ("я", "ю", "ем", "е") else [stem]
    as_written = given_syllables(low) is not None
    stem = next((s for s in stems if given_syllables(s) and s[-1] not in "аоэиуыюяе"), None)
    if stem is not None and (not as_written or (hint and hint != "nomn")):
        return word[:1] + stem[1:]
    return word if as_written else None


def pinyin(native: str) -> str | None:
    """ "Ван Сяохун" -> "Wang Xiaohong": a Chinese name in Palladius written in pinyin, or None
    when ``native`` is not one."""
    words = native.split()
    if len(words) != 2 or words[0] not in SURNAMES:
        return None
    table = _syllables()
    out = []
    for w in words:
        syl = given_syllables(w)
        if syl is None:
            return None
        out.append("".join(table[s] for s in syl).capitalize())
    return " ".join(out)


@lru_cache(maxsize=1)
def _place_rx() -> re.Pattern[str]:
    alternatives = "|".join(sorted(_syllables(), key=len, reverse=True))
    return re.compile(rf"({alternatives})({alternatives})?({alternatives})?")


def place_pinyin(word: str) -> str | None:
    """ "Тяньцзинь" -> "Tianjin", "Ляньюньган" -> "Lianyungang": a Chinese place name of one
    to three Palladius syllables in pinyin, or None when the word does not read as them."""
    m = _place_rx().fullmatch(word.lower().replace("-", ""))
    if m is None:
        return None
    table = _syllables()
    return "".join(table[s] for s in m.groups() if s).capitalize()


# a case's endings after a hard and a soft stem: instrumental, genitive, dative, prepositional
_CASE_PAIRS = (("ом", "ем"), ("а", "я"), ("у", "ю"), ("е",))


def _declined_surname(surname: str, given: str) -> str:
    """A surname declined with its given name, in the nominative ("Ваном Сяохуном" -> "Ван"):
    a man's surname in a consonant declines as his given name does, so both carry one
    ending."""
    for ends in _CASE_PAIRS:
        if not given.lower().endswith(ends):
            continue
        for end in ends:
            stem = surname[: -len(end)]
            if surname.endswith(end) and stem in SURNAMES and stem[-1] not in "аоэиуыюяеь":
                return stem
    return surname


# (the letter before the surname is looked behind for after its capital, not before it: a
# pattern that opens with a character class lets the engine skip to the capitals)
_NAME = re.compile(
    r"(?P<surname>[А-ЯЁ](?<![А-ЯЁа-яё][А-ЯЁ])[а-яё]{0,6})\s(?P<given>[А-ЯЁ][а-яё]+(?:-[а-яё]+)?)"
    r"(?![А-ЯЁа-яё-])"
)


def find_chinese_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, surname, given name as written) of the Chinese names in ``text``; a word
    before a name that is no surname ("Китая Мэн Хунвэй") leaves the name after it whole."""
    out = []
    m = _NAME.search(text)
    while m is not None:
        surname, given = m.group("surname"), m.group("given")
        if surname not in SURNAMES:
            surname = _declined_surname(surname, given)
        if surname in SURNAMES and given_nominative(given, None) is not None:
            out.append((m.start(), m.end(), surname, given))
            m = _NAME.search(text, m.end())
        else:
            m = _NAME.search(text, m.start("given"))
    return out
