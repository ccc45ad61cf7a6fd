"""A search request's query string, validated: the FilterSet and the page number.

The page, the JSON API, the CSV export and the Atom feed all start here, so a bad parameter
is refused the same way everywhere (a 400 with this message, never a silently ignored filter).
"""

from __future__ import annotations

from typing import Any

from django.http import QueryDict

from ..models import Meeting
from .filters import MeetingFilterSet

PAGE_DIGITS = 6  # a longer page number is refused before int() reads it


class BadParameters(Exception):
    """A query string we cannot honour; the message is shown to the reader."""


def parse_search(params: QueryDict, user: Any = None) -> tuple[MeetingFilterSet, int]:
    """The validated FilterSet and page number of a search's query string (or BadParameters);
    ``user`` decides which people the parameters may name."""
    filterset = MeetingFilterSet(params, queryset=Meeting.objects.none(), user=user)
    if not filterset.is_valid():
        raise BadParameters(filterset.errors_text())
    raw_page = params.get("page", "1").strip() or "1"
    # Length first: int() refuses strings of over 4,300 digits; ASCII: "²".isdigit() is true.
    if (
        len(raw_page) > PAGE_DIGITS
        or not (raw_page.isascii() and raw_page.isdigit())
        or int(raw_page) < 1
    ):
        raise BadParameters(f"page: {raw_page!r} is not a page number (1, 2, 3…).")
    return filterset, int(raw_page)
