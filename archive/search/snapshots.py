"""Reading the precomputed counts of the unfiltered archive (models.FacetSnapshot).

``refresh_facet_counts`` (cron, ``import_reports`` after a change, and publishing) counts the
archive once for readers and once for staff (archive.search.snapshot_refresh); a country's
page reads its representatives here. A snapshot is used only while it is younger than
``SEARCH_SNAPSHOT_MAX_AGE`` seconds and no meeting changed since it was counted (the change
log of archive.search.facet_index has no entry its ``log_position`` does not see): otherwise
the caller counts live, so a page never shows a figure older than the archive.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone

from ..models import EntitySnapshot, FacetSnapshot
from .facet_index import CHANGE_LOG

REPRESENTATIVES = 50  # people listed on a country's page
# No meeting changed since the snapshot was counted: every change-log entry is visible in the
# snapshot's log position ("snapshot;xid;seq", archive.search.snapshot_refresh), or was written
# before the count by the transaction that counted.
_POSITION = f'"{FacetSnapshot._meta.db_table}"."log_position"'
UNCHANGED_SINCE = f"""
    {_POSITION} <> '' AND NOT EXISTS (
        SELECT 1 FROM {CHANGE_LOG}
        WHERE xid >= pg_snapshot_xmin(split_part({_POSITION}, ';', 1)::pg_snapshot)
        AND NOT pg_visible_in_snapshot(xid, split_part({_POSITION}, ';', 1)::pg_snapshot)
        AND NOT (xid = split_part({_POSITION}, ';', 2)::xid8
                 AND seq <= split_part({_POSITION}, ';', 3)::bigint))
"""
DEFAULT_MAX_AGE = 900  # seconds, when SEARCH_SNAPSHOT_MAX_AGE is not set


def fresh_snapshots(user: Any) -> QuerySet[FacetSnapshot]:
    """This user's audience's snapshot, if younger than SEARCH_SNAPSHOT_MAX_AGE."""
    audience = "staff" if getattr(user, "is_staff", False) else "public"
    max_age = getattr(settings, "SEARCH_SNAPSHOT_MAX_AGE", DEFAULT_MAX_AGE)
    oldest = timezone.now() - datetime.timedelta(seconds=max_age)
    return (
        FacetSnapshot.objects.filter(audience=audience, computed_at__gte=oldest)
        .alias(unchanged=RawSQL(UNCHANGED_SINCE, [], output_field=BooleanField()))
        .filter(unchanged=True)
    )


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
