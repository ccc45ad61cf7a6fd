"""Search snippets: a few words of each shown meeting's report around the searched words, built
in Python from a slice of its text.

PostgreSQL's ``ts_headline`` parses and stems every word it is given, and its parser is slow
(about 0.3 µs a character): twenty snippets over 2,000-character windows cost more than the rest
of a small search's SQL. Here a window is cut around the first searched word, and only its words
that begin like a searched word are stemmed, with the Snowball stemmers of PostgreSQL 15's
``russian`` configuration (PyStemmer 2.2 is the same Snowball release; a test compares the two).
Which meetings match stays PostgreSQL's decision; this only says where and what to show.

The fragments are chosen much as ``ts_headline``'s MaxFragments mode chooses them, measured in
characters rather than words: runs of searched words that fit in ``FRAGMENT_CHARS``, the one
with the most different searched words first (then the most words, then the first), each
widened to ``FRAGMENT_CHARS`` evenly on both sides and cut at spaces, shown in the text's
order. Every searched word in a shown fragment is marked, also where the window holds only
some of the words (a meeting found through a similar name). A window with no searched word
shows its first ``FRAGMENT_CHARS``. Markup in the text is left out, as ts_headline leaves it
out. The result carries the private-use sentinels of archive.search.highlighting;
``highlight`` escapes it.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from .highlighting import MARK_START, MARK_STOP
from .phrases import Node, Operator, parse_tsquery, phrase_chain, sought_lexemes

# The window of a meeting's text a snippet is taken from: WINDOW_CHARS characters, starting
# WINDOW_LEAD before the first searched word found within the first FIND_CHARS (the text's start
# when none is).
WINDOW_CHARS = 2_000
WINDOW_LEAD = 200
FIND_CHARS = 100_000
FIND_TRIES = 50  # places that begin like a searched word, checked for the first real one
FIND_CHUNK = 5_000  # the part of the text looked through at a time
FRAGMENT_CHARS = 200  # a fragment's length, about 28 words
MAX_FRAGMENTS = 2
FRAGMENT_DELIMITER = " … "

# A word as PostgreSQL's default parser splits them: letters and digits, not "_" (which the
# parser does not count as a letter), so "Russia's" is "Russia" and "s", "anti-drug" is "anti"
# and "drug" (the parser also keeps the hyphenated whole, which the parts mark anyway).
_WORD = re.compile(r"[^\W_]+")
# Markup a report's text may carry ("<a href=…>"): left out of a snippet, as ts_headline leaves
# out its parser's tag tokens; the text is escaped for display all the same.
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")


class _Stemmers(threading.local):
    """PyStemmer's stemmers keep a cache and are not to be shared between threads."""

    def __init__(self) -> None:
        self.english = Stemmer.Stemmer("english")
        self.russian = Stemmer.Stemmer("russian")


_STEMMERS = _Stemmers()


def lexeme(word: str) -> str:
    """The lexeme PostgreSQL's ``russian`` configuration gives ``word`` (one parser token),
    stop words aside: Latin-letter words by the English stemmer, words with digits lower-cased
    as they are (the ``simple`` dictionary), every other word by the Russian stemmer."""
    lowered = word.lower()
    if _DIGIT.search(lowered):
        return lowered
    if _ASCII_LETTERS.fullmatch(lowered):
        return _STEMMERS.english.stemWord(lowered)
    return _STEMMERS.russian.stemWord(lowered)


@dataclass(frozen=True)
class Sought:
    """The lexemes a match may show (no word under a NOT), the phrases sought, each as
    ((offset, lexeme), …), and the prefixes a word must begin with to be stemmed at all: each
    lexeme less its last letter, which stemming may have changed ("citi" of "city"), and never
    shorter than three letters."""

    lexemes: frozenset[str]
    phrases: tuple[tuple[tuple[int, str], ...], ...]
    prefixes: tuple[str, ...]
    find: re.Pattern[str] | None

    def word_starts(self, text: str, start: int, stop: int) -> list[int]:
        """Where a word beginning like a searched word starts in text[start:stop], in order (its
        prefix may run on past ``stop``): each prefix looked for in the lower-cased slice (a
        plain ``find`` is far quicker than a case-blind pattern), the pattern where
        lower-casing changes the slice's length."""
        end = stop + max(map(len, self.prefixes)) - 1
        piece = text[start:end]
        part = piece.lower()
        if len(part) != len(piece):
            return [m.start() for m in self.find.finditer(text, start, end) if m.start() < stop]
        starts = set()
        for prefix in self.prefixes:
            at = part.find(prefix)
            while 0 <= at < stop - start:
                before = part[at - 1] if at else (text[start - 1] if start else " ")
                if not (before.isalnum() or before == "_"):
                    starts.add(start + at)
                at = part.find(prefix, at + 1)
        return sorted(starts)

    def word_at(self, text: str, at: int) -> tuple[int, int, str] | None:
        """(start, end, lexeme) of the word at ``at`` when it is a searched word, else None."""
        word = _WORD.match(text, at)
        if word is not None:
            found = lexeme(word.group())
            if found in self.lexemes:
                return word.start(), word.end(), found
        return None

    def phrase_at(self, text: str, start: int) -> bool:
        """Whether one of the phrases is written from ``start`` (a word's first letter)."""
        if not self.phrases:
            return False
        longest = max(chain[-1][0] for chain in self.phrases) + 1
        words = []
        for word in _WORD.finditer(text, start):
            words.append(word.group())
            if len(words) == longest:
                break
        return any(
            all(offset < len(words) and lexeme(words[offset]) == lx for offset, lx in chain)
            for chain in self.phrases
        )


@lru_cache(maxsize=256)
def sought(tsquery: str) -> Sought:
    """What a snippet marks for a query given as tsquery text (``websearch_to_tsquery``'s)."""
    tree = parse_tsquery(tsquery)
    lexemes = sought_lexemes(tree)
    prefixes = tuple(dict.fromkeys(lx[: max(3, len(lx) - 1)] for lx in lexemes))
    find = (
        re.compile(r"\b(?:" + "|".join(map(re.escape, prefixes)) + ")", re.IGNORECASE)
        if prefixes
        else None
    )
    return Sought(frozenset(lexemes), tuple(_phrases(tree)), prefixes, find)


def _phrases(node: Node | None) -> list[tuple[tuple[int, str], ...]]:
    """The phrases of plain lexemes in a query, outside any NOT."""
    if not isinstance(node, Operator):
        return []
    chain = phrase_chain(node) if node.distance is not None else None
    if chain is not None:
        return [tuple(chain)]
    return _phrases(node.left) + _phrases(node.right)


def window_start(text: str, wanted: Sought) -> int:
    """Where the window starts: WINDOW_LEAD characters before the first sought phrase (for a
    query with phrases), else the first searched word, among the first FIND_CHARS characters;
    or 0."""
    if wanted.find is None:
        return 0
    first_word, tries = None, 0
    for chunk in range(0, min(len(text), FIND_CHARS), FIND_CHUNK):
        for at in wanted.word_starts(text, chunk, min(chunk + FIND_CHUNK, FIND_CHARS)):
            if wanted.word_at(text, at) is not None:
                if first_word is None:
                    first_word = at
                if not wanted.phrases or wanted.phrase_at(text, at):
                    return max(0, at - WINDOW_LEAD)
            tries += 1
            if tries == FIND_TRIES:
                break
        else:
            continue
        break
    return max(0, first_word - WINDOW_LEAD) if first_word is not None else 0


def snippet(text: str, wanted: Sought) -> str:
    """The snippet of ``text``: fragments around the searched words, each one marked between
    MARK_START and MARK_STOP, fragments joined by FRAGMENT_DELIMITER; "" for no words."""
    text = text.replace(MARK_START, "").replace(MARK_STOP, "")
    if "<" in text:
        text = _TAG.sub(" ", text)
    start = window_start(text, wanted)
    # Words are marked a fragment's length past the window too: a fragment may reach there.
    hits = _hits(text, start, min(len(text), start + WINDOW_CHARS + FRAGMENT_CHARS), wanted)
    if not hits:
        first, last = _snapped(text, start, start + FRAGMENT_CHARS)
        return text[first:last]
    parts = []
    for first, last in _fragments(text, hits):
        pieces, position = [], first
        for a, b, _ in hits:
            if first <= a and b <= last:
                pieces += [text[position:a], MARK_START, text[a:b], MARK_STOP]
                position = b
        pieces.append(text[position:last])
        parts.append("".join(pieces))
    return FRAGMENT_DELIMITER.join(parts)


def _hits(text: str, start: int, stop: int, wanted: Sought) -> list[tuple[int, int, str]]:
    """(start, end, lexeme) of each searched word that begins in text[start:stop], in order:
    only the words that begin like a searched word are stemmed."""
    if wanted.find is None:
        return []
    found = (wanted.word_at(text, at) for at in wanted.word_starts(text, start, stop))
    return [hit for hit in found if hit is not None]


def _fragments(text: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Up to MAX_FRAGMENTS (start, end) ranges of ``text``, in the text's order. The candidates
    are the runs of hits from each hit on that fit in FRAGMENT_CHARS; the best has the most
    different lexemes, then the most hits, then comes first; a chosen run is widened to
    FRAGMENT_CHARS (half of what it lacks before it, the rest after, never into another chosen
    range), and candidates overlapping it are dropped. Ranges that touch are made one."""
    candidates = []
    for n, (first, _, _) in enumerate(hits):
        last, seen, count = hits[n][1], set(), 0
        for _, b, found_lexeme in hits[n:]:
            if b - first > FRAGMENT_CHARS:
                break
            last, count = b, count + 1
            seen.add(found_lexeme)
        candidates.append((first, last, len(seen), count))
    chosen: list[tuple[int, int]] = []
    while candidates and len(chosen) < MAX_FRAGMENTS:
        first, last, _, _ = max(candidates, key=lambda c: (c[2], c[3], -c[0]))
        floor = max((b for a, b in chosen if b <= first), default=0)
        ceiling = min((a for a, b in chosen if a >= last), default=len(text))
        lacking = max(0, FRAGMENT_CHARS - (last - first))
        widened = max(floor, first - lacking // 2)
        lacking -= first - widened
        start, end = _snapped(text, widened, min(ceiling, last + lacking), keep=(first, last))
        chosen.append((start, end))
        candidates = [c for c in candidates if c[1] <= start or c[0] >= end]
    joined: list[tuple[int, int]] = []
    for first, last in sorted(chosen):
        if joined and not text[joined[-1][1] : first].strip():
            joined[-1] = (joined[-1][0], last)
        else:
            joined.append((first, last))
    return joined


def _snapped(
    text: str, first: int, last: int, keep: tuple[int, int] | None = None
) -> tuple[int, int]:
    """text[first:last] narrowed to whole words, spaces trimmed; never narrower than ``keep``
    (a range of it)."""
    last = min(last, len(text))
    keep_first, keep_last = keep if keep else (last, first)
    if first > 0 and not text[first - 1].isspace():
        while first < keep_first and not text[first].isspace():
            first += 1
    while first < keep_first and text[first].isspace():
        first += 1
    if last < len(text) and not text[last].isspace():
        while last > max(keep_last, first) and not text[last - 1].isspace():
            last -= 1
    while last > max(keep_last, first) and text[last - 1].isspace():
        last -= 1
    return first, last
