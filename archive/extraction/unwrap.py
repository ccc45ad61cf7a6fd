"""Paragraphs hard-wrapped at a fixed width, joined back into lines, block by block.

``cleaning`` joins a text's lines when its breaks fall mid-sentence throughout; this module
finds the wrapped blocks of a page whose other lines keep it from looking wrapped as a whole
(a cable's routing lines, a site's menus around a wrapped article).

Cables, wire copies and old pages break every line at sixty or seventy characters, so a
sentence, a title and the name after it run over several lines, and each line would be read as
a paragraph of its own (or, with no full stop at its end, as a header line). A block of lines
with no blank line between them is hard-wrapped when most of its lines fill the same width and
most end without a sentence's end, and many run on visibly (the next line opens in lower case,
or the line ends in a comma, a hyphen or a word such as "of" or "and": a list of headlines
does neither); in such a block a line that fills the width goes on in the
next, unless the next opens a new item (a numbered or classified paragraph, a bullet, a label
in capitals such as "SUBJECT:").
"""

from __future__ import annotations

import re

_MIN_LINES = 4  # a block shorter than this is left as it is
_MAX_WIDTH = 100  # wider lines are paragraphs of their own
_FILLED = 0.6  # a line at least this share of the block's width reached the wrap
_RUNS_ON = 0.3  # the share of a block's line breaks that visibly fall mid-sentence
_OPEN_END = re.compile(
    r"(?:[,\-–]|\b(?:of|the|and|or|to|in|on|for|by|with|at|a|an|и|в|на|с|по|для|о|об|от|к))$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;:»\"”’)]$")
# what opens a new item on the next line: "2. ", "2) ", "(SBU)", a bullet, "SUBJECT:", "REF:"
_NEW_ITEM = re.compile(r"^(?:\d{1,2}[.)]\s|\([A-Z/]{1,5}\)|[-•·▪*–—]\s|[A-Z]{2,}(?: [A-Z]{2,})*:)")


def unwrap(text: str) -> str:
    """``text`` with the lines of its hard-wrapped blocks joined where a sentence runs on."""
    lines = text.split("\n")
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line)
            continue
        out.extend(_joined(block) if _hard_wrapped(block) else block)
        block = []
        out.append(line)
    return "\n".join(out[:-1])


def _hard_wrapped(block: list[str]) -> bool:
    if len(block) < _MIN_LINES:
        return False
    lengths = [len(line.strip()) for line in block]
    width = max(lengths)
    if width > _MAX_WIDTH:
        return False
    body = [line.strip() for line in block[:-1]]  # the last line of a paragraph ends short
    filled = sum(1 for n in lengths[:-1] if n >= _FILLED * width)
    open_ended = sum(1 for line in body if not _SENTENCE_END.search(line))
    runs_on = sum(
        1
        for line, following in zip(body, block[1:], strict=False)
        if following.strip()[:1].islower() or _OPEN_END.search(line)
    )
    return (
        filled * 3 >= len(body) * 2
        and open_ended * 2 > len(body)
        and runs_on >= _RUNS_ON * len(body)
    )


def _joined(block: list[str]) -> list[str]:
    width = max(len(line.strip()) for line in block)
    out = [block[0].strip()]
    previous = block[0].strip()
    for line in block[1:]:
        line = line.strip()
        runs_on = len(previous) >= _FILLED * width and not _NEW_ITEM.match(line)
        if runs_on:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        previous = line
    return out
