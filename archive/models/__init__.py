"""The archive's records: what a meeting was, who took part, and where each fact came from.

Shape of the schema (DESIGN.md), one module per part:
- ``reference``: Country, Topic, Organization — loaded from fixtures/, edited by editors.
- ``people``: Participant with ParticipantNameVariant (every spelling seen, normalised for
  lookup with archive.extraction.names).
- ``meetings``: Meeting (and ``MeetingQuerySet``), with explicit through-models in ``links``
  for everything it has many of — Attendance, MeetingCountry, MeetingOrganization,
  MeetingTopic — each keeping its evidence sentence and the SourceDocument it came from
  (provenance).
- ``sources``: SourceDocument, each report as received; many per Meeting; ImportBatch, the
  import that stored it.
- ``editorial``: MergeLog, ReviewEntry (the review queue) and ReviewDismissal, the editors'
  workflow.
- ``redirects``: SlugRedirect, the old addresses of renamed and merged-away records.
- ``network``: PersonPair and CountryPair, who met whom how often (kept by a trigger).
- ``snapshots``: FacetSnapshot and EntitySnapshot, counts taken ahead of time.
- ``base``: what they share (CuratedModel, Evidence, unique slugs).

Curated fields: every editable record carries ``curated_fields``, the names of the fields an
editor changed. Re-import and re-extraction leave those fields alone. For the sets a meeting has
(countries, organizations, topics, attendances) the meeting's own ``curated_fields`` holds the
set's name once an editor has changed it, and re-extraction then leaves the whole set alone.

Facet keys: Meeting denormalises the ids of its countries, topics, participants and
organizations into int[] columns with GIN indexes, refreshed by ``Meeting.refresh_facet_keys``.
Counting facets over arrays in one pass is much faster than joining four link tables (the
figures are in docs/PERFORMANCE.md).

Every model lives in the ``archive`` app; ``from archive.models import X`` keeps working for
every name below.
"""

from ..extraction.names import normalize_name
from .base import CuratedModel, Evidence, RedirectsOldSlugs, unique_slug, unique_slugs
from .editorial import MergeLog, ReviewDismissal, ReviewEntry, ReviewKind, ReviewStatus
from .links import Attendance, MeetingCountry, MeetingOrganization, MeetingTopic
from .meetings import (
    LOW_FIELD_CONFIDENCE,
    MIN_FIELD_CONFIDENCE,
    Meeting,
    MeetingQuerySet,
    date_for_precision,
)
from .network import CountryPair, PersonPair
from .people import Participant, ParticipantNameVariant
from .redirects import SlugRedirect
from .reference import Country, Organization, Topic
from .snapshots import EntitySnapshot, FacetSnapshot
from .sources import ImportBatch, SourceDocument

__all__ = [
    "LOW_FIELD_CONFIDENCE",
    "MIN_FIELD_CONFIDENCE",
    "Attendance",
    "Country",
    "CountryPair",
    "CuratedModel",
    "EntitySnapshot",
    "Evidence",
    "FacetSnapshot",
    "ImportBatch",
    "Meeting",
    "MeetingCountry",
    "MeetingOrganization",
    "MeetingQuerySet",
    "MeetingTopic",
    "MergeLog",
    "Organization",
    "Participant",
    "PersonPair",
    "ParticipantNameVariant",
    "RedirectsOldSlugs",
    "ReviewDismissal",
    "ReviewEntry",
    "ReviewKind",
    "ReviewStatus",
    "SlugRedirect",
    "SourceDocument",
    "Topic",
    "date_for_precision",
    "normalize_name",
    "unique_slug",
    "unique_slugs",
]
