"""Editorial operations behind the admin: publishing, re-extraction, merging people and
undoing merges, and the review queue. The admin stays thin: it collects
choices from editors and calls these functions.

- ``publishing``: status (publish, unpublish, hold), "reviewed", curated marks
- ``refresh``: a meeting's denormalised copies after an edit
- ``reextract``: re-running the extractor over a meeting's reports
- ``merging``: merging people and undoing it; merging meetings ("same meeting")
- ``placing``: attaching a report kept unsorted to a meeting, or making a meeting of it
- ``review_items``, ``similar_people``, ``review``: the review queue
- ``history``, ``errors``: the admin history entry every operation writes; EditorialError

History. Every operation here writes Django's ``LogEntry`` (who, when, what), like the admin's
own add/change/delete, so one history page tells the whole story of a record. There is no
field-level history library (django-simple-history, django-reversion): the admin's change
messages already name the changed fields, the curated marks say which fields an editor owns,
and the one destructive operation — merging people — keeps a full snapshot in ``MergeLog``
from which it is undone. One less dependency to keep in step with Django.

The names below are re-exported so that ``from archive import editorial; editorial.X`` works
for every operation.
"""

from .errors import EditorialError
from .history import log
from .merging import merge_participants, move_reports, undo_merge
from .placing import attach_report, meeting_from_report
from .publishing import clear_curated, mark_reviewed, set_status
from .reextract import ExtractionRun, reapply_topics, rerun_extraction
from .refresh import meetings_showing, refresh_meeting, refresh_search_documents
from .review import REVIEW_PAGE_SIZE, dismiss, review_page, review_queue
from .review_items import (
    ATTENDANCE_ITEM_FIELDS,
    DATE_FIELDS,
    FIELD_ANCHORS,
    KINDS,
    LOW_CONFIDENCE,
    MEETING_ITEM_FIELDS,
    OPTIONAL_FIELDS,
    QUEUE_LIMIT,
    ReviewItem,
    duplicate_items,
    meeting_items,
    person_items,
    uncertain_attendances,
    undated_meetings,
    unsorted_items,
    unsorted_reason,
    unsorted_reports,
    weak_meetings,
)
from .similar_people import (
    SIMILAR_NAMES,
    SIMILAR_PEOPLE_CACHE_SECONDS,
    SIMILAR_PEOPLE_INPUTS_SQL,
    SIMILAR_PEOPLE_SQL,
    TRIGRAM_MATCH,
    similar_pairs,
    similar_people_items,
)

# Old name, kept for one release: use archive.editorial.similar_people.similar_pairs.
_similar_pairs = similar_pairs

__all__ = [
    "ATTENDANCE_ITEM_FIELDS",
    "DATE_FIELDS",
    "FIELD_ANCHORS",
    "KINDS",
    "LOW_CONFIDENCE",
    "MEETING_ITEM_FIELDS",
    "OPTIONAL_FIELDS",
    "QUEUE_LIMIT",
    "REVIEW_PAGE_SIZE",
    "SIMILAR_NAMES",
    "SIMILAR_PEOPLE_CACHE_SECONDS",
    "SIMILAR_PEOPLE_INPUTS_SQL",
    "SIMILAR_PEOPLE_SQL",
    "TRIGRAM_MATCH",
    "EditorialError",
    "ExtractionRun",
    "ReviewItem",
    "attach_report",
    "clear_curated",
    "dismiss",
    "duplicate_items",
    "log",
    "mark_reviewed",
    "meeting_from_report",
    "meeting_items",
    "meetings_showing",
    "merge_participants",
    "move_reports",
    "person_items",
    "reapply_topics",
    "refresh_meeting",
    "refresh_search_documents",
    "rerun_extraction",
    "review_page",
    "review_queue",
    "set_status",
    "similar_pairs",
    "similar_people_items",
    "uncertain_attendances",
    "undated_meetings",
    "undo_merge",
    "unsorted_items",
    "unsorted_reason",
    "unsorted_reports",
    "weak_meetings",
]
