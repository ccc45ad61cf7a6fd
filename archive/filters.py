"""Old import path, kept for one release: use archive.search.filters."""

from .search.filters import (
    MAX_VALUES,
    SORTS,
    KeyChoiceField,
    KeyFilter,
    MeetingFilterSet,
    MultiValueField,
    MultiValueFilter,
)

__all__ = [
    "MAX_VALUES",
    "SORTS",
    "KeyChoiceField",
    "KeyFilter",
    "MeetingFilterSet",
    "MultiValueField",
    "MultiValueFilter",
]
