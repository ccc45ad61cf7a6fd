"""An Atom feed per search: "new meetings like this", newest additions first.

Newest additions by id, which follows creation (ids come from one sequence, taken at insert):
the primary key's index is read backwards until FEED_SIZE match. ``created_at`` has no index,
and sorting a broad search's matches by it is slow (docs/PERFORMANCE.md). The feed
never ranks.

Everything in the feed is plain text: report text is untrusted, and Django's Atom feed sends a
description as ``<summary type="html">``, which a feed reader renders as HTML (RFC 4287,
3.1.1.2) once the XML is parsed: escaped once for XML, ``<script>`` in a report would arrive
live. ``PlainTextAtomFeed`` sends it as ``type="text"``. XML 1.0 has no place for most control
characters (a query's ``%01``, a title stored before the importer dropped them), so every text
goes through ``xml_text`` first.
"""

from __future__ import annotations

import re

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed

from ..models import Meeting
from ..search.params import BadParameters, parse_search
from ..search.query import MeetingSearch

FEED_SIZE = 50
# Characters XML 1.0 does not allow (C0 controls but tab, newline and carriage return; the two
# non-characters U+FFFE and U+FFFF).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry."""
    return _NOT_XML.sub("", text)


class PlainTextAtomFeed(Atom1Feed):
    """An Atom feed whose entry summaries are ``type="text"``: readers show them as text."""

    def add_item_elements(self, handler, item) -> None:
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class SearchFeed(Feed):
    feed_type = PlainTextAtomFeed
    description_template = None

    # One instance serves every request: the request's own search travels in ``obj``.
    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            filterset, _ = parse_search(request.GET, request.user)
        except BadParameters as error:
            return HttpResponse(f"Bad parameters: {error}\n", status=400, content_type="text/plain")
        return super().__call__(request, *args, filterset=filterset, **kwargs)

    def get_object(self, request: HttpRequest, *args, filterset, **kwargs) -> dict:
        query = request.GET.urlencode()
        return {"request": request, "query": query, "filterset": filterset}

    def title(self, obj: dict) -> str:
        text = xml_text(obj["filterset"].query_text)
        return f"Meeting Reports Archive: {text}" if text else "Meeting Reports Archive"

    def subtitle(self, obj: dict) -> str:
        return "New meetings matching this search."

    def link(self, obj: dict) -> str:
        return "/?" + obj["query"] if obj["query"] else "/"

    def items(self, obj: dict) -> list[Meeting]:
        meetings = MeetingSearch(obj["filterset"], user=obj["request"].user).matches()
        return list(meetings.select_related("body").lean().order_by("-pk")[:FEED_SIZE])

    def item_title(self, item: Meeting) -> str:
        return xml_text(f"{item.title} ({item.date_display})")

    def item_description(self, item: Meeting) -> str:
        # Plain text (PlainTextAtomFeed): the summary is the report's words, not markup.
        parts = [item.date_display, item.city, str(item.body or "")]
        text = " · ".join(p for p in parts if p) + (f"\n\n{item.summary}" if item.summary else "")
        return xml_text(text)

    def item_pubdate(self, item: Meeting):
        return item.created_at

    def item_updateddate(self, item: Meeting):
        return item.updated_at

    def item_guid(self, item: Meeting) -> str:
        return item.get_absolute_url()
