"""The review queue: every kind of item together, weakest first, in pages; and dismissing an
item (which a possible duplicate's "not the same meeting" also removes)."""

from __future__ import annotations

from django.contrib.admin.models import ADDITION
from django.core.paginator import Page, Paginator

from ..models import Meeting, ReviewDismissal
from .errors import EditorialError
from .history import log
from .review_items import (
    KINDS,
    ReviewItem,
    duplicate_items,
    meeting_items,
    person_items,
    unsorted_items,
)
from .similar_people import similar_people_items

# Items on one page of the queue: up to QUEUE_LIMIT of each kind make some 800 rows; editors
# work from the top.
REVIEW_PAGE_SIZE = 100


def review_queue() -> list[ReviewItem]:
    """Everything that needs a person's eye, weakest first."""
    items = (
        meeting_items()
        + person_items()
        + similar_people_items()
        + duplicate_items()
        + unsorted_items()
    )
    order = list(KINDS)
    return sorted(items, key=lambda item: (item.weight, order.index(item.kind), item.key))


def review_page(items: list[ReviewItem], number) -> Page:
    """One page of the queue (any bad number: the first or the last page)."""
    return Paginator(items, REVIEW_PAGE_SIZE).get_page(number)


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
    if kind == "possible_duplicate":
        first, _, second = key.partition("-")
        if first.isdigit() and second.isdigit():
            Meeting.possible_duplicates.through.objects.filter(
                from_meeting_id=int(first), to_meeting_id=int(second)
            ).delete()
    log(user, [dismissal], ADDITION, f"Dismissed from the review queue: {KINDS[kind]} {key}.")
    return dismissal
