"""An Atom feed per search: "new meetings like this", newest additions first.

Newest additions by id, which follows creation (ids come from one sequence, taken at insert):
the primary key's index is read backwards until FEED_SIZE match. ``created_at`` has no index,
and sorting a broad search's matches by it is slow (docs/PERFORMANCE.md). The feed
never ranks.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed

from ..models import Meeting
from ..search.params import BadParameters, parse_search
from ..search.query import MeetingSearch

FEED_SIZE = 50


class SearchFeed(Feed):
    feed_type = Atom1Feed
    description_template = None

    # One instance serves every request: the request's own search travels in ``obj``.
    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            filterset, _ = parse_search(request.GET)
        except BadParameters as error:
            return HttpResponse(f"Bad parameters: {error}\n", status=400, content_type="text/plain")
        return super().__call__(request, *args, filterset=filterset, **kwargs)

    def get_object(self, request: HttpRequest, *args, filterset, **kwargs) -> dict:
        query = request.GET.urlencode()
        return {"request": request, "query": query, "filterset": filterset}

    def title(self, obj: dict) -> str:
        text = obj["filterset"].query_text
        return f"Meeting Reports Archive: {text}" if text else "Meeting Reports Archive"

    def subtitle(self, obj: dict) -> str:
        return "New meetings matching this search."

    def link(self, obj: dict) -> str:
        return "/?" + obj["query"] if obj["query"] else "/"

    def items(self, obj: dict) -> list[Meeting]:
        meetings = MeetingSearch(obj["filterset"], user=obj["request"].user).matches()
        return list(meetings.select_related("body").lean().order_by("-pk")[:FEED_SIZE])

    def item_title(self, item: Meeting) -> str:
        return f"{item.title} ({item.date_display})"

    def item_description(self, item: Meeting) -> str:
        # Syndication escapes this text; the summary is plain text from the report.
        parts = [item.date_display, item.city, str(item.body or "")]
        return " · ".join(p for p in parts if p) + (f"\n\n{item.summary}" if item.summary else "")

    def item_pubdate(self, item: Meeting):
        return item.created_at

    def item_updateddate(self, item: Meeting):
        return item.updated_at

    def item_guid(self, item: Meeting) -> str:
        return item.get_absolute_url()
