"""Case-insensitive regexes that lower-case their input instead of using re.IGNORECASE.

Why: on our cue-word alternations Python's ``re.IGNORECASE`` is about five times slower than
matching the same (lower-case) pattern against lower-cased text, and these patterns run on every
sentence. Lower-casing keeps the length of the text, so match offsets stay valid; matched
group text comes back lower-cased.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def lower_same_len(text: str) -> str:
    """``text.lower()``, falling back to per-character lowering if the length would change."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[0] for ch in text)
    return low


class CI:
    """A compiled lower-case pattern applied to lower-cased text (see the module docstring)."""

    __slots__ = ("rx", "pattern", "_anchored")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.rx = re.compile(pattern)
        # "^" only matches at the real start of a string, so matching at an offset of an
        # already lower-cased text needs the pattern without it
        self._anchored = re.compile(pattern[1:]) if pattern.startswith("^") else self.rx

    def match_at(self, low: str, pos: int, endpos: int) -> re.Match[str] | None:
        """Match at ``pos`` of the already lower-cased ``low`` (no copy, no lowering)."""
        return self._anchored.match(low, pos, endpos)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.rx.search(lower_same_len(text), *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.rx.match(lower_same_len(text), *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.rx.finditer(lower_same_len(text), *args)

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.rx.fullmatch(lower_same_len(text), *args)
