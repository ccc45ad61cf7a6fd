"""The review queue as editors read it: entries filtered by kind, import and status, in pages,
weakest (or newest import) first, with exact counts for every filter value; and dismissing an
item (which a possible duplicate's "not the same meeting" also removes)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from django.contrib.admin.models import ADDITION
from django.core.paginator import Page, Paginator
from django.db.models import Count, F, QuerySet

from ..models import ImportBatch, Meeting, ReviewDismissal, ReviewEntry, ReviewKind, ReviewStatus
from .errors import EditorialError
from .history import log
from .review_entries import set_entry_status
from .review_items import KINDS

REVIEW_PAGE_SIZE = 100
ORDERS = {
    "weakest": "weakest first",
    "newest": "newest import first",
}
NO_BATCH = "none"  # the batch filter's value for reports from before batches were recorded


@dataclass(frozen=True)
class QueueFilter:
    """What the editor asked for: a kind, an import batch (an id or NO_BATCH), a status, an
    order; empty means any."""

    kind: str = ""
    batch: str = ""
    status: str = ReviewStatus.OPEN
    order: str = "weakest"

    def matches(self, kind: str, batch_id: int | None, status: str, *, skip: str = "") -> bool:
        """Does a (kind, batch, status) group pass every filter but ``skip``?"""
        if skip != "kind" and self.kind and kind != self.kind:
            return False
        if skip != "status" and self.status and status != self.status:
            return False
        if skip != "batch" and self.batch:
            wanted = None if self.batch == NO_BATCH else int(self.batch)
            if batch_id != wanted:
                return False
        return True

    def apply(self, entries: QuerySet[ReviewEntry]) -> QuerySet[ReviewEntry]:
        if self.kind:
            entries = entries.filter(kind=self.kind)
        if self.status:
            entries = entries.filter(status=self.status)
        if self.batch == NO_BATCH:
            entries = entries.filter(import_batch__isnull=True)
        elif self.batch:
            entries = entries.filter(import_batch_id=int(self.batch))
        weakest = (F("certainty").asc(nulls_first=True), "pk")
        if self.order == "newest":
            return entries.order_by(F("import_batch").desc(nulls_last=True), *weakest)
        return entries.order_by(*weakest)


@dataclass
class QueueCounts:
    """Exact counts of the entries for each filter value, each counted with the other
    filters applied but not its own (as the search page's facets are), from one grouped pass
    over the index review_entry_counts."""

    total: int
    kinds: dict[str, int]
    statuses: dict[str, int]
    batches: dict[int | None, int]


def queue_counts(wanted: QueueFilter) -> QueueCounts:
    groups = (
        ReviewEntry.objects.order_by()
        .values_list("kind", "import_batch_id", "status")
        .annotate(n=Count("*"))
    )
    kinds: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    batches: Counter[int | None] = Counter()
    total = 0
    for kind, batch_id, status, n in groups:
        if wanted.matches(kind, batch_id, status):
            total += n
        if wanted.matches(kind, batch_id, status, skip="kind"):
            kinds[kind] += n
        if wanted.matches(kind, batch_id, status, skip="status"):
            statuses[status] += n
        if wanted.matches(kind, batch_id, status, skip="batch"):
            batches[batch_id] += n
    return QueueCounts(total, dict(kinds), dict(statuses), dict(batches))


class CountedPaginator(Paginator):
    """A paginator told its count (the exact total from queue_counts), so paging costs no
    second COUNT(*)."""

    def __init__(self, object_list, per_page, *, count: int) -> None:
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count


def review_entries(wanted: QueueFilter) -> QuerySet[ReviewEntry]:
    """The entries the filter selects, in its order."""
    return wanted.apply(ReviewEntry.objects.all())


def review_page(wanted: QueueFilter, number, *, counts: QueueCounts | None = None) -> Page:
    """One page of the queue (any bad number: the first or the last page)."""
    counts = counts or queue_counts(wanted)
    entries = review_entries(wanted).select_related("import_batch")
    return CountedPaginator(entries, REVIEW_PAGE_SIZE, count=counts.total).get_page(number)


def review_queue(wanted: QueueFilter | None = None) -> list[ReviewEntry]:
    """Every entry the filter selects (open ones by default), weakest first."""
    return list(review_entries(wanted or QueueFilter()))


def batches_in_use(ids) -> list[ImportBatch]:
    """The import batches that raised entries, newest first."""
    return list(ImportBatch.objects.filter(pk__in=[pk for pk in ids if pk is not None]))


def dismiss(kind: str, key: str, *, user=None, note: str = "") -> ReviewDismissal:
    """Set a review item aside. A possible duplicate dismissed is "not the same meeting": the
    link goes too."""
    if kind not in KINDS:
        raise EditorialError(f"Unknown kind of review item: {kind!r}")
    dismissal, _ = ReviewDismissal.objects.get_or_create(
        kind=kind,
        key=key,
        defaults={"note": note[:300], "created_by": user if getattr(user, "pk", None) else None},
    )
    set_entry_status(kind, key, ReviewStatus.DISMISSED)
    if kind == ReviewKind.POSSIBLE_DUPLICATE:
        first, _, second = key.partition("-")
        if first.isdigit() and second.isdigit():
            Meeting.possible_duplicates.through.objects.filter(
                from_meeting_id=int(first), to_meeting_id=int(second)
            ).delete()
    log(user, [dismissal], ADDITION, f"Dismissed from the review queue: {KINDS[kind]} {key}.")
    return dismissal


def undismiss(dismissal: ReviewDismissal) -> None:
    """Bring a dismissed item back: the next look at its record decides whether it is still
    open (a possible duplicate's link is not restored)."""
    set_entry_status(dismissal.kind, dismissal.key, ReviewStatus.OPEN)
    dismissal.delete()
