"""Old import path, kept for one release: use archive.web.pages, archive.web.entities,
archive.web.browse and archive.web.csv (the parameters: archive.search.params)."""

from .search import params
from .search.params import BadParameters
from .search.related import RELATED_CANDIDATES, related_meetings
from .web.browse import country_list, organization_list, people_list, topic_list
from .web.csv import CSV_COLUMNS, export_csv
from .web.entities import country_detail, organization_detail, topic_detail
from .web.pages import PERSON_MEETINGS_SHOWN, meeting_detail, participant_detail, search


def parse_search(request):
    """Old signature: use archive.search.params.parse_search(request.GET)."""
    return params.parse_search(request.GET)


def _related_meetings(request, meeting, limit: int = 6):
    """Old name: use archive.search.related.related_meetings(meeting, user=…)."""
    return related_meetings(meeting, user=request.user, limit=limit)


__all__ = [
    "CSV_COLUMNS",
    "PERSON_MEETINGS_SHOWN",
    "RELATED_CANDIDATES",
    "BadParameters",
    "country_detail",
    "country_list",
    "export_csv",
    "meeting_detail",
    "organization_detail",
    "organization_list",
    "parse_search",
    "participant_detail",
    "people_list",
    "search",
    "topic_detail",
    "topic_list",
]
