"""Search over the archive's meetings: parameters, full text, facets, counts, links.

filters           MeetingFilterSet: every search parameter, validated (SORTS)
params            parse_search: a query string → the FilterSet and page (BadParameters)
visible           visible_meetings: what a reader or a member of staff may see
query             MeetingSearch: text match, explicit ordering, paging, the run of a search
facets            the total and facet counts in one statement: sampling, time budget, cache
results           SearchResult, Facet, FacetValue, Chip (and their links), PageOutOfRange
labels            public keys and names for the ids on a page
snapshots         reading the precomputed counts of the unfiltered archive
snapshot_refresh  writing them (a command's work, never a request's)
entities          figures of the browse lists and entity pages (snapshot, else live)
related           related meetings of a meeting
suggestions       similar names ("Did you mean") and names while typing
highlighting      search headlines and evidence sentences, marked in escaped text
querystrings      links from the current parameters, which always drop ``page``

The names below are this package's old flat module's, kept importable from
``archive.search`` for one release; new code imports from the module that defines them.
"""

from .facets import (
    EXACT_LIMIT,
    FACET_FETCH,
    FACETS,
    SAMPLE_SIZE,
    estimated_rows,
    sample_fraction,
    sampled,
    scale,
)
from .highlighting import MARK_START, MARK_STOP, highlight
from .labels import Labels
from .query import PER_PAGE, RANK_LIMIT, SEARCH_CONFIG, MeetingSearch, search_query
from .querystrings import page_url, query_items, url_from, url_with
from .results import FACET_SHOWN, Chip, Facet, FacetValue, PageOutOfRange, SearchResult
from .snapshot_refresh import count_entities, refresh_facet_snapshots
from .snapshots import REPRESENTATIVES, entity_snapshot, fresh_snapshot, snapshot_counts
from .visible import visible_meetings

__all__ = [
    "EXACT_LIMIT",
    "FACETS",
    "FACET_FETCH",
    "FACET_SHOWN",
    "MARK_START",
    "MARK_STOP",
    "PER_PAGE",
    "RANK_LIMIT",
    "REPRESENTATIVES",
    "SAMPLE_SIZE",
    "SEARCH_CONFIG",
    "Chip",
    "Facet",
    "FacetValue",
    "Labels",
    "MeetingSearch",
    "PageOutOfRange",
    "SearchResult",
    "count_entities",
    "entity_snapshot",
    "estimated_rows",
    "fresh_snapshot",
    "highlight",
    "page_url",
    "query_items",
    "refresh_facet_snapshots",
    "sample_fraction",
    "sampled",
    "scale",
    "search_query",
    "snapshot_counts",
    "url_from",
    "url_with",
    "visible_meetings",
]
