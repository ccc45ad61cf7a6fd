"""Editorial operations behind the admin: publishing, re-extraction, merging people and
undoing merges, and the review queue. The admin stays thin: it collects
choices from editors and calls these functions.

- ``publishing``: status (publish, unpublish, hold), "reviewed", curated marks
- ``refresh``: a meeting's denormalised copies after an edit
- ``reextract``: re-running the extractor over a meeting's reports, or over the reports kept
  unsorted (placing those it now can)
- ``merging``: merging people and undoing it; merging meetings ("same meeting")
- ``placing``: attaching a report kept unsorted to a meeting, or making a meeting of it
- ``review_items``, ``similar_people``: what needs review; ``review_entries``: the queue's
  entries kept in step with the records; ``review``: the queue as editors read it
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
from .placing import attach_report, delete_meetings, meeting_from_report
from .publishing import clear_curated, mark_reviewed, published_changed, set_status
from .reextract import ExtractionRun, place_unsorted_again, reapply_topics, rerun_extraction
from .refresh import meetings_showing, refresh_meeting, refresh_search_documents
from .review import (
    NO_BATCH,
    ORDERS,
    REVIEW_PAGE_SIZE,
    QueueCounts,
    QueueFilter,
    dismiss,
    queue_counts,
    review_entries,
    review_page,
    review_queue,
    undismiss,
)
from .review_entries import (
    SyncResult,
    finish_import_batch,
    sync_everything,
    sync_review_entries,
)
from .review_items import (
    FIELD_ANCHORS,
    KINDS,
    LOW_CONFIDENCE,
    OPTIONAL_FIELDS,
    ReviewItem,
    duplicate_items,
    meeting_items,
    new_body_items,
    person_items,
    uncertain_attendances,
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
    "FIELD_ANCHORS",
    "KINDS",
    "LOW_CONFIDENCE",
    "NO_BATCH",
    "OPTIONAL_FIELDS",
    "ORDERS",
    "REVIEW_PAGE_SIZE",
    "SIMILAR_NAMES",
    "SIMILAR_PEOPLE_CACHE_SECONDS",
    "SIMILAR_PEOPLE_INPUTS_SQL",
    "SIMILAR_PEOPLE_SQL",
    "TRIGRAM_MATCH",
    "EditorialError",
    "ExtractionRun",
    "QueueCounts",
    "QueueFilter",
    "ReviewItem",
    "SyncResult",
    "attach_report",
    "clear_curated",
    "delete_meetings",
    "dismiss",
    "duplicate_items",
    "finish_import_batch",
    "log",
    "mark_reviewed",
    "meeting_from_report",
    "meeting_items",
    "meetings_showing",
    "merge_participants",
    "move_reports",
    "new_body_items",
    "person_items",
    "place_unsorted_again",
    "queue_counts",
    "reapply_topics",
    "refresh_meeting",
    "refresh_search_documents",
    "rerun_extraction",
    "review_entries",
    "review_page",
    "review_queue",
    "published_changed",
    "set_status",
    "similar_pairs",
    "similar_people_items",
    "sync_everything",
    "sync_review_entries",
    "uncertain_attendances",
    "undismiss",
    "undo_merge",
    "unsorted_items",
    "unsorted_reason",
    "unsorted_reports",
    "weak_meetings",
]
