"""Russian morphology through pymorphy3: inflected forms of gazetteer names, and the nominative
of names and titles as a report inflects them.

Why pymorphy3: it is the maintained successor of pymorphy2, ships the OpenCorpora dictionary in
its ``pymorphy3-dicts-ru`` package (nothing is downloaded at run time), parses a word in tens of
microseconds and inflects to any case, with a suffix-based guesser for names it does not know.

Two uses:

- :func:`phrase_forms` expands a name as written in the nominative ("Координационный совет
  генеральных прокуроров") into its forms in the six singular cases ("Координационного совета
  генеральных прокуроров", ...). The gazetteer stores every form, so matching a report stays one
  Aho-Corasick pass with no morphology at run time.
- :func:`nominative` puts a phrase that a report inflects back into the nominative (a title
  "первого заместителя министра" -> "первый заместитель министра"); :mod:`.names` does the same
  for people's names with rules of its own for the surnames the dictionary does not know.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pymorphy3

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_INFLECTING = {"NOUN", "ADJF", "PRTF", "NUMR"}


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The one analyzer of the process (loading the dictionary takes about 50 ms)."""
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65_536)
def parse(word: str) -> tuple[Any, ...]:
    """pymorphy3's parses of ``word``, most likely first (cached: reports repeat words)."""
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=4096)
def plural_verb(word: str) -> bool:
    """Whether a lower-case word is likely enough a finite verb in the plural ("обсудили",
    "утвердили", "создадут")."""
    return any(
        p.tag.POS == "VERB" and p.tag.number == "plur" and p.score >= 0.25 for p in parse(word)
    )


def lemma(word: str) -> str:
    """The dictionary form of a word ("Ташкенте" -> "ташкент")."""
    parses = parse(word)
    return parses[0].normal_form if parses else word.lower()


def _restore_case(form: str, model: str) -> str:
    """``form`` written with the capitalisation of ``model`` (all capitals, Title or lower)."""
    if model.isupper() and len(model) > 1:
        return form.upper()
    if model[:1].isupper():
        parts = form.split("-")
        models = model.split("-")
        if len(parts) == len(models):
            return "-".join(
                p[:1].upper() + p[1:] if m[:1].isupper() else p
                for p, m in zip(parts, models, strict=True)
            )
        return form[:1].upper() + form[1:]
    return form


def _nominative_parse(word: str) -> Any | None:
    """The parse of ``word`` as an inflecting word in the nominative singular or plural."""
    for p in parse(word):
        if p.tag.POS in _INFLECTING and p.tag.case == "nomn":
            return p
    return None


def _head_end(words: list[str]) -> int:
    """How many leading words of a nominative name inflect: the adjectives and the first noun
    ("Координационный совет | генеральных прокуроров"); 0 when the name does not start with
    an inflecting word (an acronym: "МВД России")."""
    for i, w in enumerate(words):
        if not any(c.isalpha() for c in w) or (w.isupper() and len(w) > 1 and i == 0):
            return 0
        p = _nominative_parse(w.lower())
        if p is None:
            return 0 if i == 0 else i
        if p.tag.POS == "NOUN":
            return i + 1
    return len(words)


def _agreement(p: Any, case: str, number: str, gender: str | None) -> set[str]:
    """Grammemes for inflecting a word of parse ``p`` into ``case``, agreeing with a head noun
    of ``number`` and ``gender`` (adjectives take the head's gender in the singular, and an
    animate-looking accusative is avoided: names of bodies and places are inanimate)."""
    grammemes = {case, number}
    if p.tag.POS in ("ADJF", "PRTF"):
        if number == "sing" and gender in ("masc", "femn", "neut"):
            grammemes.add(gender)
        if case == "accs" and (number == "plur" or gender == "masc"):
            grammemes.add("inan")
    return grammemes


def _word_forms(word: str, number: str, gender: str | None) -> dict[str, str]:
    """The case forms of one nominative word (a hyphenated compound inflects its last part,
    "Алма-Ата" -> "Алма-Ате", or its first before "-на-": "Ростов-на-Дону")."""
    low = word.lower()
    if "-" in low:
        parts = low.split("-")
        k = 0 if "на" in parts[1:-1] else len(parts) - 1
        forms = _word_forms(parts[k], number, gender)
        return {
            c: _restore_case("-".join(parts[:k] + [f] + parts[k + 1 :]), word)
            for c, f in forms.items()
        }
    p = _nominative_parse(low)
    out = {"nomn": word}
    if p is None:
        return out
    for case in CASES[1:]:
        f = p.inflect(_agreement(p, case, number, gender)) or p.inflect({case, number})
        if f is not None:
            out[case] = _restore_case(f.word, word)
    return out


def _head_parse(word: str) -> Any | None:
    return _nominative_parse(word.lower().split("-")[-1] if "на" not in word else word.lower())


@lru_cache(maxsize=8192)
def phrase_forms(phrase: str) -> tuple[str, ...]:
    """The phrase in the six cases (its own number), the phrase itself first.

    The leading adjectives and the head noun inflect; what follows the head stays as written
    (it is a genitive or an apposition: "Совет министров внутренних дел", "Республика
    Беларусь")."""
    words = phrase.split()
    n = _head_end(words)
    if n == 0:
        return (phrase,)
    head = _head_parse(words[n - 1])
    number = (head.tag.number if head is not None else None) or "sing"
    gender = head.tag.gender if head is not None else None
    per_word = [_word_forms(w, number, gender) for w in words[:n]]
    out = [phrase]
    for case in CASES[1:]:
        if all(case in f for f in per_word):
            form = " ".join([f[case] for f in per_word] + words[n:])
            if form not in out:
                out.append(form)
    return tuple(out)


@lru_cache(maxsize=4096)
def plural(phrase: str) -> str:
    """A nominative phrase with its leading adjectives and head noun in the plural
    ("преступная группа" -> "преступные группы"); the phrase itself when they have none."""
    words = phrase.split()
    n = _head_end(words)
    out = []
    for w in words[:n]:
        p = _nominative_parse(w.lower())
        f = p.inflect({"nomn", "plur"}) if p is not None else None
        if f is None:
            return phrase
        out.append(_restore_case(f.word, w))
    return " ".join(out + words[n:])


@lru_cache(maxsize=4096)
def all_forms(word: str) -> tuple[str, ...]:
    """Every form of a single word's lexeme (a demonym adjective in every gender, number and
    case: "белорусский" -> "белорусская", "белорусскими", ...)."""
    p = _nominative_parse(word.lower())
    if p is None:
        return (word,)
    forms = {f.word for f in p.lexeme}
    forms.add(word.lower())
    return tuple(sorted(forms))


def _is_noun(word: str) -> bool:
    return word.isalpha() and any(p.tag.POS == "NOUN" for p in parse(word.lower()))


def nominative(words: list[str]) -> list[str]:
    """A title as a report inflects it, back in the nominative singular (see
    :func:`_nominative`)."""
    return list(_nominative(tuple(words)))


@lru_cache(maxsize=16_384)
def _nominative(words: tuple[str, ...]) -> tuple[str, ...]:
    """A title as a report inflects it, back in the nominative singular: its leading adjectives
    and head noun take the nominative singular, the rest stays ("первого заместителя министра
    внутренних дел" -> "первый заместитель министра внутренних дел")."""
    lead: list[Any] = []
    head = None
    for i, w in enumerate(words):
        if not w.isalpha() or (w.isupper() and len(w) > 1):
            break
        parses = [p for p in parse(w.lower()) if p.tag.POS in _INFLECTING and p.tag.case]
        if not parses:
            break
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        if nouns and len(nouns) < len(parses) and i + 1 < len(words) and _is_noun(words[i + 1]):
            nouns = []  # "первого заместителя": an adjective before its noun
        if nouns:
            head = nouns[0]
            break
        lead.append(parses)
    if head is None or (head.tag.case == "nomn" and head.tag.number != "plur"):
        return words
    number = "sing"  # one person's title, also when a list shares it: "министры ... А, Б"
    out = list(words)
    for i, parses in enumerate(lead):
        agreeing = [p for p in parses if p.tag.case == head.tag.case] or parses
        f = agreeing[0].inflect(_agreement(agreeing[0], "nomn", number, head.tag.gender))
        if f is not None:
            out[i] = _restore_case(f.word, words[i])
    f = head.inflect({"nomn", number})
    if f is not None:
        out[len(lead)] = _restore_case(f.word, words[len(lead)])
    return tuple(out)
