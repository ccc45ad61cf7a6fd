"""The one name normaliser and transliteration key (pure Python, no Django).

Russian and Central Asian names reach English in several transliterations ("Yerzhan" /
"Erjan", "Kolokoltsev" / "Kolokoltzev", "Nurgaliyev" / "Nurgaliev"), with or without a middle
name or patronymic. Everything that compares people's names goes through this module:

- ``normalize_name``: the lower-case, accent-free, punctuation-free spelling, for matching a
  spelling exactly (``ParticipantNameVariant.normalized``, organisation and country labels).
- ``fold_word`` and ``name_keys``: a spelling folded until transliterations meet. The keys are
  stored in ``ParticipantNameVariant`` (``match_key``, ``short_key``, ``last_key``) and the
  resolver looks them up, so changing a fold means recomputing every stored key.
- ``word_key``, ``name_key``, ``surname_key`` and ``same_person``: the same fold for the words
  of a name as a text writes them (accents, apostrophes, hyphens, initials), with which the
  extractor decides whether two mentions in one report are one person.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=131_072)  # the importer asks for the same names over and over
def normalize_name(name: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name, for matching spellings.

    "Yerzhan  Sadenov", "YERZHAN SADENOV" and "Yerzhán Sadenov" all give "yerzhan sadenov".
    """
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_like = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORDS.findall(ascii_like.casefold()))


# Applied in order, repeatedly until nothing changes, so the result does not depend on which
# spelling we started from. Each folds letters that transliteration systems disagree on
# (BGN/PCGN, ISO 9, French- and German-style, Kazakh official romanisation). Over-folding is
# safe: a match also needs the first and last names to agree, and the countries not to clash.
_FOLDS: list[tuple[str, str]] = [
    ("shch", "sh"),
    ("sch", "sh"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("tch", "ch"),
    ("kh", "h"),
    ("tz", "ts"),
    ("ks", "x"),
    ("ph", "f"),
    ("w", "v"),
    ("q", "k"),
    ("y", "i"),
    ("ii", "i"),
    ("ie", "e"),
    ("iu", "u"),
    ("io", "o"),
    ("ia", "a"),
    ("je", "e"),
    ("ju", "u"),
    ("jo", "o"),
    ("ja", "a"),
]
_DOUBLE = re.compile(r"(.)\1+")


def fold_word(word: str) -> str:
    """A transliteration-independent form of one normalised word: "yerzhan" and "erjan" give
    one key."""
    for _ in range(5):
        before = word
        for old, new in _FOLDS:
            word = word.replace(old, new)
        word = _DOUBLE.sub(r"\1", word)
        if len(word) > 4 and word.endswith("of"):
            word = word[:-2] + "ov"  # Petroff = Petrov
        if word == before:
            break
    return word


@lru_cache(maxsize=131_072)
def name_keys(name: str) -> tuple[str, str]:
    """(match_key, short_key): the folded full name, and folded first + last words."""
    words = [fold_word(w) for w in normalize_name(name).split() if w]
    if not words:
        return "", ""
    full = " ".join(words)
    short = f"{words[0]} {words[-1]}" if len(words) > 2 else full
    return full, short


# --- The extraction's comparison of names in one report -------------------------------------
# Two mentions in one text are one person ("Erjan Sadenov" ... "Yerzhan Sadenov" ... "Ye.
# Sadenov") when their first and last words fold alike; a given name of one or two letters
# is an initial.

_NAME_PARTS = re.compile(r"[\s.]+")


@lru_cache(maxsize=4096)
def word_key(word: str) -> str:
    """``fold_word`` of one word as a text writes it: "Yerzhan" and "Erjan" both give "eran";
    apostrophes and hyphens join its parts ("Ter-Petrosyan" gives "terpetrosan")."""
    joined = word.replace("’", "").replace("'", "")
    return fold_word("".join(normalize_name(joined).split()))


@lru_cache(maxsize=4096)
def name_parts(name: str) -> tuple[str, ...]:
    """The words of a name as written, split at spaces and dots ("V.A. Kolokoltsev")."""
    return tuple(part for part in _NAME_PARTS.split(name) if part)


def name_key(name: str) -> str:
    """Key of a full name: its first word's key and its surname's key."""
    parts = name_parts(name)
    if not parts:
        return ""
    if len(parts) == 1:
        return word_key(parts[0])
    return word_key(parts[0]) + " " + word_key(parts[-1])


def surname_key(name: str) -> str:
    """Key of the last word of a name (the bucket for :func:`same_person`)."""
    parts = name_parts(name)
    return word_key(parts[-1]) if parts else ""


def same_person(a: str, b: str) -> bool:
    """Two spellings of one person's name: the surnames' keys are equal, and so are the given
    names' keys, or one given name is an initial (one or two letters) with the same first
    letter. A surname alone matches any name with that surname."""
    parts_a, parts_b = name_parts(a), name_parts(b)
    if not parts_a or not parts_b or word_key(parts_a[-1]) != word_key(parts_b[-1]):
        return False
    if len(parts_a) == 1 or len(parts_b) == 1:
        return True
    first_a, first_b = word_key(parts_a[0]), word_key(parts_b[0])
    is_initial = min(len(parts_a[0]), len(parts_b[0])) <= 2
    return first_a == first_b or (is_initial and first_a[0] == first_b[0])
