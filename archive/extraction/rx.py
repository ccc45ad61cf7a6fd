"""Case-insensitive regexes that lower-case their input instead of using re.IGNORECASE.

Why: on our cue-word alternations Python's ``re.IGNORECASE`` is about five times slower than
matching the same (lower-case) pattern against lower-cased text, and these patterns run on every
sentence. Lower-casing keeps the length of the text, so match offsets stay valid; matched
group text comes back lower-cased.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

import ahocorasick

try:  # the regex parser of CPython's re (3.11+); without it cues are simply not prefiltered
    from re import _compiler as _sre_compile
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    _sre = _sre_parse = _sre_compile = None  # type: ignore[assignment]


def lower_same_len(text: str) -> str:
    """``text.lower()``, falling back to per-character lowering if the length would change."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[0] for ch in text)
    return low


# the small letters re.IGNORECASE lets stand for another letter than themselves: "ı" for "i",
# "ſ" for "s", the old rounded Cyrillic forms of "в", "д", "о", "с", "т"
_STANDS_FOR_ANOTHER = re.compile("[\u0131\u017f\u1c80-\u1c85]")


def folds_to_another(low: str) -> bool:
    """Whether lower-cased ``low`` holds a letter re.IGNORECASE matches with another one: where
    it holds none, a flagged pattern of small letters finds in ``low`` what the same pattern
    without the flag finds."""
    return not low.isascii() and _STANDS_FOR_ANOTHER.search(low) is not None


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The "(", ")" and "|" of ``pattern`` outside escapes and character classes, each with
    its offset and the group depth after it; last, (len, "", -1) when a class is left open."""
    depth = 0
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # a "]" first in a class is a literal
                i += 1
        elif ch in "()|":
            depth += 1 if ch == "(" else -1 if ch == ")" else 0
            yield i, ch, depth
        i += 1
    if in_class:
        yield len(pattern), "", -1


def _top_level_split(pattern: str) -> list[str] | None:
    """``pattern`` cut at its top-level "|" (none inside a group or a character class), or
    None when its brackets do not balance."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, ch, depth in _structure(pattern):
        if depth < 0:
            return None
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    if depth:
        return None
    parts.append(pattern[start:])
    return parts


def _literal_first(alternative: str) -> bool:
    """Whether ``alternative`` opens with a word character matched literally, once."""
    return (
        bool(alternative)
        and (alternative[0].isalnum() or alternative[0] == "_")
        and alternative[1:2] not in ("?", "*", "+", "{")
    )


def _after_first_letter(alternative: str) -> str:
    """``\\b`` + ``alternative`` (which opens with a word character) written as that character
    followed by the look-behind "no word character before it": the same matches."""
    return alternative[0] + "(?<!\\w.)" + alternative[1:]


def skip_ahead(pattern: str, flags: int = 0) -> str:
    """An equivalent of ``pattern`` the regex engine can skip ahead in, when it is
    ``\\b(?:w1|w2|...)...`` or ``\\bw1...|\\bw2...`` with every alternative opening with a word
    character: ``\\b`` tried at every position keeps the engine from skipping to the letters a
    match can start with, and before a word character it means no word character stands
    before it, which a look-behind after that character says as well ("w(?<!\\w.)1"). Any
    other pattern, or one the engine would still try everywhere (``re.IGNORECASE``), is
    returned as it is."""
    alternatives = _top_level_split(pattern)
    if alternatives is None:
        return pattern
    out = []
    for alt in alternatives:
        if not alt.startswith("\\b"):
            return pattern
        body = alt[2:]
        if body.startswith("(?:"):
            inner_end = _group_end(body)
            if not inner_end:
                return pattern
            inner = _top_level_split(body[3 : inner_end - 1])
            rest = body[inner_end:]
            if inner is None or rest[:1] in ("?", "*", "+", "{"):
                return pattern
            if not all(_literal_first(a) for a in inner):
                return pattern
            out.append("(?:" + "|".join(_after_first_letter(a) for a in inner) + ")" + rest)
        elif _literal_first(body):
            out.append(_after_first_letter(body))
        else:
            return pattern
    rewritten = "|".join(out)
    if _sre_compile is None:
        return pattern
    try:
        if not _sre_compile._get_charset_prefix(_sre_parse.parse(rewritten, flags), flags):
            return pattern
    except (re.error, AttributeError):  # pragma: no cover - another version's internals
        return pattern
    return rewritten


def _group_end(text: str) -> int:
    """The offset just past the ")" closing the group that opens ``text``, or 0."""
    for i, ch, depth in _structure(text):
        if ch == ")" and depth == 0:
            return i + 1
    return 0


class CI:
    """A compiled lower-case pattern applied to lower-cased text (see the module docstring)."""

    __slots__ = ("rx", "pattern", "_anchored", "_starts")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.rx = re.compile(skip_ahead(pattern))
        self._starts: tuple[str, ...] | None | bool = False  # literal_starts, on first use
        # "^" only matches at the real start of a string, so matching at an offset of an
        # already lower-cased text needs the pattern without it
        self._anchored = re.compile(pattern[1:]) if pattern.startswith("^") else self.rx

    def match_at(self, low: str, pos: int, endpos: int) -> re.Match[str] | None:
        """Match at ``pos`` of the already lower-cased ``low`` (no copy, no lowering)."""
        return self._anchored.match(low, pos, endpos)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.rx.search(lower_same_len(text), *args)

    def found_in(self, low: str) -> bool:
        """``self.rx.search(low) is not None`` for a short lower-cased string: when none of the
        pattern's literal starts occurs in it (a few substring tests), without the regex."""
        starts = self._starts
        if starts is False:
            starts = self._starts = literal_starts(self.pattern)
        if starts is not None and not any(map(low.__contains__, starts)):
            return False
        return self.rx.search(low) is not None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.rx.match(lower_same_len(text), *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.rx.finditer(lower_same_len(text), *args)

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.rx.fullmatch(lower_same_len(text), *args)


# --------------------------------------------------------------------------- cue prefilter
# Sentence cue patterns (MEETING, SPEECH, ...) are asked about one sentence at a time, and a
# regex search costs about as much per character as the whole text's worth of Aho-Corasick.
# Every match of such a pattern starts with one of a few literal words ("said", "noted", ...),
# so one Aho-Corasick pass over the lower-cased text finds every position where any cue can
# start, and a sentence is then tried with ``match`` at those positions only: the same answer
# as ``search`` over the sentence, for a fraction of the cost.

_PREFIX_CAP = 400  # literal prefixes per pattern before giving up on expanding further


def _literal_prefixes(items: Iterable[tuple[object, object]]) -> list[tuple[str, bool]]:
    """(prefix, complete) pairs for a parsed regex sequence: every match starts with one of
    the prefixes; ``complete`` says the prefix spelled out the whole sequence."""
    c = _sre
    zero_width = (c.AT, c.ASSERT, c.ASSERT_NOT)
    results: list[tuple[str, bool]] = [("", True)]
    for op, av in items:
        new: list[tuple[str, bool]] = []
        for pre, complete in results:
            if not complete:
                new.append((pre, False))
            elif op in zero_width:  # \b, look-arounds: consume nothing
                new.append((pre, True))
            elif op is c.LITERAL:
                new.append((pre + chr(av), True))  # type: ignore[arg-type]
            elif op is c.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
                new.extend((pre + s, k) for s, k in _literal_prefixes(av[3]))  # type: ignore[index]
            elif op is c.BRANCH:
                for alt in av[1]:  # type: ignore[index]
                    new.extend((pre + s, k) for s, k in _literal_prefixes(alt))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                lo, hi, sub = av  # type: ignore[misc]
                once = [(pre + s, k and hi == 1) for s, k in _literal_prefixes(sub)]
                if lo == 0:
                    new.append((pre, True))  # zero repetitions
                new.extend(once if lo <= 1 else [(s, False) for s, _ in once])
            else:  # a character class, a wildcard ...: the literal prefix ends here
                new.append((pre, False))
        if len(new) > _PREFIX_CAP:
            new = [(pre, False) for pre, _ in results]
        results = new
    return results


def literal_starts(pattern: str) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``pattern`` starts with (the shortest
    ones), or None when some match may start otherwise."""
    if _sre_parse is None:
        return None
    try:
        tree = _sre_parse.parse(pattern)
    except re.error:
        return None
    if tree.state.flags & ~_sre.SRE_FLAG_UNICODE:  # IGNORECASE, VERBOSE ...: not handled
        return None
    found = {pre for pre, _ in _literal_prefixes(tree)}
    if "" in found:
        return None
    keep: list[str] = []
    for pre in sorted(found, key=len):
        if not any(pre.startswith(k) for k in keep):
            keep.append(pre)
    return tuple(sorted(keep))


class CueFinder:
    """Where each of a set of lower-case patterns can start in a lower-cased text, found in
    one Aho-Corasick pass for all of them. Patterns are added once, at import time."""

    def __init__(self) -> None:
        self.words: dict[str, list[int]] = {}  # literal start -> ids of the patterns
        self._patterns: dict[int, CI] = {}  # id -> pattern (kept alive: ids stay unique)
        self._automaton: ahocorasick.Automaton | None = None
        self.version = 0  # bumped by every add: an automaton built earlier is out of date
        # patterns with no literal start: searched sentence by sentence, slowly (a test keeps
        # the sentence cues out of it)
        self.unregistered: list[str] = []

    def add(self, ci: CI) -> CI:
        """Register ``ci`` (unless no literal start can be derived: then it is left out and
        callers search for it as usual)."""
        words = literal_starts(ci.pattern)
        if words is None:
            self.unregistered.append(ci.pattern)
        if words is not None and id(ci) not in self._patterns:
            for w in words:
                self.words.setdefault(w, []).append(id(ci))
            self._patterns[id(ci)] = ci
            self._automaton = None
            self.version += 1
        return ci

    def empty_starts(self) -> dict[int, list[int]]:
        return {i: [] for i in self._patterns}

    def starts(self, low: str) -> dict[int, list[int]]:
        """``id(pattern)`` -> sorted offsets in ``low`` where a match of it may start."""
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for w, ids in self.words.items():
                automaton.add_word(w, (len(w), ids))
            automaton.make_automaton()
            self._automaton = automaton
        out = self.empty_starts()
        for end, (length, ids) in self._automaton.iter(low):
            start = end - length + 1
            for i in ids:
                out[i].append(start)
        for lst in out.values():
            lst.sort()
        return out


# The patterns that Context.has asks of whole sentences (registered by context.sentence_cue).
# The lexicon adds their literal starts to its own automaton, so that one pass over a report
# finds gazetteer hits and cue candidates alike (Lexicon.scan_with_cues).
SENTENCE_CUES = CueFinder()


def sentences_matching(
    rx: re.Pattern[str],
    low: str,
    starts: list[int],
    sentences: list[tuple[int, int]],
    sentence_starts: list[int],
) -> set[int]:
    """Indices ``i`` of the (non-overlapping, sorted) ``sentences`` for which
    ``rx.search(low, *sentences[i])`` succeeds, trying ``rx.match`` only at the candidate
    ``starts``."""
    out: set[int] = set()
    match = rx.match
    for p in starts:
        i = bisect_right(sentence_starts, p) - 1
        if i < 0 or i in out:
            continue
        b = sentences[i][1]
        if p < b and match(low, p, b) is not None:
            out.add(i)
    return out


def finditer_from(
    rx: re.Pattern[str], low: str, starts: list[int], pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``rx.finditer(low, pos, endpos)`` for a pattern that never matches the empty string,
    trying ``rx.match`` only at the sorted candidate ``starts``."""
    if endpos is None:
        endpos = len(low)
    match = rx.match
    done = pos  # matches do not overlap, as with finditer
    for k in range(bisect_left(starts, pos), len(starts)):
        p = starts[k]
        if p >= endpos:
            break
        if p < done:
            continue
        m = match(low, p, endpos)
        if m is not None:
            done = m.end()
            yield m


class Prefixed:
    """A pattern searched for by its literal starts (``literal_starts``): each one's occurrences
    are found by substring search, and the pattern is matched there only. The same matches as
    ``re.compile(pattern)``; much faster for a pattern that opens with ``\\b`` or a look-behind
    (which keep the regex engine from skipping ahead to a literal) and whose starts are rare in
    the text."""

    __slots__ = ("rx", "starts")

    def __init__(self, pattern: str) -> None:
        self.rx = re.compile(pattern)
        starts = literal_starts(pattern)
        if starts is None:
            raise ValueError(f"no literal start for every match of {pattern!r}")
        self.starts = starts

    def _positions(self, text: str, pos: int) -> list[int]:
        out = []
        find = text.find
        for literal in self.starts:
            i = find(literal, pos)
            while i != -1:
                out.append(i)
                i = find(literal, i + 1)  # occurrences may overlap: "aba" twice in "ababa"
        out.sort()  # no literal is a prefix of another: each offset comes once
        return out

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        return finditer_from(self.rx, text, self._positions(text, pos), pos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return next(self.finditer(text, pos), None)
