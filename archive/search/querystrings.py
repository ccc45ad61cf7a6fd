"""Query-string helpers for the search's links.

Links built from the current parameters always drop ``page``: a facet link, a chip's remove
link or a new sort that kept ``?page=7`` would land on an empty page. Only ``page_url`` sets it.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote_plus, urlencode

from django.http import QueryDict

Pair = tuple[str, str]


def query_items(
    params: QueryDict, *, drop: tuple[str, ...] = (), keep_page: bool = False
) -> list[Pair]:
    """The current parameters as (name, value) pairs, empty values left out."""
    return [
        (name, value)
        for name in params
        for value in params.getlist(name)
        if value != "" and (keep_page or name != "page") and name not in drop
    ]


def url_from(items: list[Pair], *, add: Pair | None = None, remove: Pair | None = None) -> str:
    """``?…`` for ``items`` with one pair added or removed."""
    if remove is not None:
        items = [item for item in items if item != remove]
    if add is not None and add not in items:
        items = [*items, add]
    return "?" + urlencode(items) if items else "?"


class Links:
    """Links from one set of current parameters, each with one pair added or removed: the
    parameters are encoded once for the hundreds of facet values of a page."""

    def __init__(self, items: list[Pair]) -> None:
        self.items = items
        self.encoded = urlencode(items)

    def adding(self, pair: Pair) -> str:
        if pair in self.items:
            return "?" + self.encoded
        if not self.encoded:
            return "?" + _encoded_pair(*pair)
        return "?" + self.encoded + "&" + _encoded_pair(*pair)

    def removing(self, pair: Pair) -> str:
        return url_from(self.items, remove=pair)


@lru_cache(maxsize=8192)
def _encoded_pair(name: str, value: str) -> str:
    """``name=value`` as ``urlencode`` writes it."""
    return quote_plus(name) + "=" + quote_plus(str(value))


def url_with(
    params: QueryDict,
    *,
    add: Pair | None = None,
    remove: Pair | None = None,
    drop: tuple[str, ...] = (),
    keep_page: bool = False,
) -> str:
    """``?…`` for the current parameters with one value added or removed."""
    return url_from(query_items(params, drop=drop, keep_page=keep_page), add=add, remove=remove)


def page_url(params: QueryDict, page: int) -> str:
    """``?…`` for another page of the current search (page 1 has no ``page``)."""
    return url_from(query_items(params), add=("page", str(page)) if page > 1 else None)


def search_url(**filters: str) -> str:
    """The home page's search for one value of each named filter: ``/?country=KZ``."""
    return "/" + url_from(list(filters.items()))
