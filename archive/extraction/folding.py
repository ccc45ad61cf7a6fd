"""Folding: the text lower-cased, dashes and hyphens turned into spaces, typographic
apostrophes into ``'``, without changing its length, so that a match in the folded text is a
span of the original (lexicon's one Aho-Corasick pass runs over it)."""

from __future__ import annotations

import re

_FOLD_TABLE = str.maketrans(
    {
        "-": " ",
        "\u2010": " ",
        "\u2011": " ",
        "\u2012": " ",
        "\u2013": " ",
        "\u2014": " ",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
    }
)


_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD_TABLE.items())


def fold(text: str) -> str:
    """Lower-case and normalise dashes/apostrophes without changing the length of ``text``."""
    low = text.lower()
    if len(low) != len(text):  # a few characters (e.g. U+0130) grow when lower-cased
        low = "".join(ch.lower()[0] for ch in text)
    return fold_lowered(low)


def fold_lowered(low: str) -> str:
    """:func:`fold` of a text already lower-cased the same way (rx.lower_same_len)."""
    # chained str.replace is several times faster than str.translate with a dict table
    for src, dst in _FOLD_PAIRS:
        if src in low:
            low = low.replace(src, dst)
    return low


def fold_key(pattern: str) -> str:
    """Fold a gazetteer entry the same way as text, collapsing runs of spaces."""
    return re.sub(r"\s+", " ", fold(pattern.strip()))
