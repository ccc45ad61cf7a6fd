"""Old import path, kept for one release: use archive.web.feeds."""

from .web.feeds import FEED_SIZE, SearchFeed

__all__ = ["FEED_SIZE", "SearchFeed"]
