"""The meeting's year from the report's own reporting periods, when nothing else gives it: a
meeting sums up the work of the year before (or of the period now ending) and adopts next
year's plan."""

from __future__ import annotations

import re

from .context import Context

_Y = r"((?:19|20)\d\d)"
_RESULTS_OF = re.compile(
    r"\b(?:results?|outcomes?|summ(?:ed|ing|arized|arised)?\s+up|review(?:ed|ing)?)\s+(?:of\s+)?"
    r"(?:the\s+)?(?:[\w'’`]+\s+){0,4}?(?:activit(?:y|ies)|work|implementation)\s+(?:of\s+)?"
    r"(?:the\s+)?(?:[\w'’`-]+\s+){0,3}?(?:in|for|during)\s+"
    rf"{_Y}(?:\s*[-–]\s*{_Y})?"
)
_PLAN_FOR = re.compile(
    r"(?<!draft )\b(?:plan|schedule)\s+(?:of\s+)?(?:[\w'’`-]+\s+){0,12}?for\s+"
    rf"{_Y}(?:\s*[-–]\s*{_Y})?\b(?!\s*[-–])"
)


def content_year(ctx: Context) -> int | None:
    """The meeting's year from the periods the report speaks of, when they all agree: the
    results of the activities in 2016 -> 2017; of the work in 2023-2024 -> 2024; a plan for
    2020 -> 2019; a plan for 2024-2025 -> 2024."""
    years = set()
    for m in _RESULTS_OF.finditer(ctx.low):
        years.add(int(m.group(2)) if m.group(2) else int(m.group(1)) + 1)
    for m in _PLAN_FOR.finditer(ctx.low):
        if not m.group(2):
            years.add(int(m.group(1)) - 1)
        elif int(m.group(2)) - int(m.group(1)) == 1:
            years.add(int(m.group(1)))  # a longer programme is drafted years ahead: no clue
    return years.pop() if len(years) == 1 else None
