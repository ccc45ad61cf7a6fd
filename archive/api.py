"""Old import path, kept for one release: use archive.web.api."""

from .web.api import country, meeting, meetings, organization, participant, suggest, topic

__all__ = ["country", "meeting", "meetings", "organization", "participant", "suggest", "topic"]
