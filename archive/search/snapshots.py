"""Reading the precomputed counts of the unfiltered archive (models.FacetSnapshot).

Counting every meeting takes seconds in a big archive, so ``refresh_facet_counts`` (cron, and
``import_reports`` after a change) counts it once for readers and once for staff
(archive.search.snapshot_refresh) and requests read the result here. A snapshot older than
``SEARCH_SNAPSHOT_MAX_AGE`` seconds is not used: the caller counts live instead.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from ..models import EntitySnapshot, FacetSnapshot

REPRESENTATIVES = 50  # people listed on a country's page
DEFAULT_MAX_AGE = 900  # seconds, when SEARCH_SNAPSHOT_MAX_AGE is not set


def fresh_snapshots(user: Any) -> QuerySet[FacetSnapshot]:
    """This user's audience's snapshot, if younger than SEARCH_SNAPSHOT_MAX_AGE."""
    audience = "staff" if getattr(user, "is_staff", False) else "public"
    max_age = getattr(settings, "SEARCH_SNAPSHOT_MAX_AGE", DEFAULT_MAX_AGE)
    oldest = timezone.now() - datetime.timedelta(seconds=max_age)
    return FacetSnapshot.objects.filter(audience=audience, computed_at__gte=oldest)


def fresh_snapshot(user: Any = None) -> FacetSnapshot | None:
    """The unfiltered archive's precomputed total and shown facet values (every value's
    counts left unread)."""
    return fresh_snapshots(user).defer("counts").first()


def entity_snapshot(user: Any, kind: str, entity_id: int) -> EntitySnapshot | None:
    """This entity's page figures from the user's audience's fresh snapshot, or None (no
    fresh snapshot). An entity in no meeting has no row: a fresh snapshot says zero."""
    snapshot = fresh_snapshots(user).only("pk").first()
    if snapshot is None:
        return None
    found = snapshot.entities.filter(kind=kind, entity_id=entity_id).first()
    return found or EntitySnapshot(snapshot=snapshot, kind=kind, entity_id=entity_id, total=0)
