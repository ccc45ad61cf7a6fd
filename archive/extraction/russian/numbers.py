"""Russian ordinal numbers written as words ("шестьдесят первое", "сорокового", "сотое").

In a compound ordinal only the last word is an ordinal adjective and declines; the words
before it are cardinals in the nominative ("шестьдесят первого заседания"). pymorphy3 gives
the last word's lemma in any case, so one table of lemmas reads every form.

Why a table over pymorphy3 and no library: no maintained parser reads Russian ordinals
(number-parser reads Russian cardinals and English ordinals only; ru-word2number reads
cardinals and is unmaintained), and the number words are a closed class of a few dozen.
"""

from __future__ import annotations

import re

from .morph import parse

ORDINALS = {
    "первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4, "пятый": 5,
    "шестой": 6, "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10,
    "одиннадцатый": 11, "двенадцатый": 12, "тринадцатый": 13, "четырнадцатый": 14,
    "пятнадцатый": 15, "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18,
    "девятнадцатый": 19, "двадцатый": 20, "тридцатый": 30, "сороковой": 40,
    "пятидесятый": 50, "шестидесятый": 60, "семидесятый": 70, "восьмидесятый": 80,
    "девяностый": 90, "сотый": 100, "двухсотый": 200,
}  # fmt: skip
CARDINALS = {
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200,
}  # fmt: skip
_WORDS_BEFORE = re.compile(r"(?:([а-яё]+)[\s-]+)?([а-яё]+)[\s-]+$")


def ordinal_value(word: str) -> int | None:
    """The value of an ordinal adjective in any case and gender ("сорокового" -> 40)."""
    for p in parse(word.lower()):
        if p.normal_form in ORDINALS:
            return ORDINALS[p.normal_form]
    return None


def compound_ordinal(before: str, word: str) -> tuple[int | None, int]:
    """The value of the ordinal ``word`` with the cardinals that end ``before`` ("шестьдесят "
    + "первое" -> 61), and how many characters of ``before`` those cardinals take."""
    value = ordinal_value(word)
    if value is None:
        return None, 0
    m = _WORDS_BEFORE.search(before.lower())
    if m is None:
        return value, 0
    taken = 0
    for group in (2, 1):  # nearest first: each cardinal is larger than what follows it
        cardinal = CARDINALS.get(m.group(group) or "")
        if cardinal is None or cardinal <= value or (value >= 10 and cardinal < 100):
            break
        value += cardinal
        taken = len(before) - m.start(group)
    return value, taken
