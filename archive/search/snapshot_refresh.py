"""Writing the precomputed counts of the unfiltered archive (models.FacetSnapshot and its
EntitySnapshot rows), read back by archive.search.snapshots.

Run by the ``refresh_facet_counts`` command (cron), by ``import_reports`` after an import that
changed anything, and after editors publish or unpublish (``refresh_after_commit``: in a
background thread, so the editor does not wait). Each refresh also drops the change log's
entries older than ``CHANGE_LOG_DAYS``.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter, defaultdict
from types import SimpleNamespace

from django.conf import settings
from django.db import connection, transaction
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils import timezone

from ..models import Attendance, EntitySnapshot, FacetSnapshot, Meeting, Participant
from .facet_index import CHANGE_LOG
from .facets import FACET_FETCH, FacetCounter, FacetRow
from .filters import MeetingFilterSet
from .snapshots import REPRESENTATIVES

logger = logging.getLogger(__name__)

AUDIENCES = (
    (FacetSnapshot.Audience.PUBLIC, None),
    (FacetSnapshot.Audience.STAFF, SimpleNamespace(is_staff=True)),
)


CHANGE_LOG_DAYS = 1  # a process that has not looked for longer reloads its facet index
_refreshing = threading.Lock()
background_refresh: threading.Thread | None = None  # the latest, for tests to wait on


def refresh_facet_snapshots() -> list[FacetSnapshot]:
    """Count the unfiltered archive exactly, for readers and for staff, and store the counts."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {CHANGE_LOG} WHERE changed_at < now() - %s * interval '1 day'",
            [CHANGE_LOG_DAYS],
        )
    return [_refresh(audience, user) for audience, user in AUDIENCES]


def refresh_after_commit() -> None:
    """Refresh the snapshots in a background thread once the current transaction commits
    (when SNAPSHOT_REFRESH_ON_PUBLISH is on); one refresh at a time."""
    if getattr(settings, "SNAPSHOT_REFRESH_ON_PUBLISH", True):
        transaction.on_commit(_start_background_refresh)


def _start_background_refresh() -> None:
    global background_refresh
    background_refresh = threading.Thread(target=_refresh_in_background, daemon=True)
    background_refresh.start()


def _refresh_in_background() -> None:
    try:
        with _refreshing:
            refresh_facet_snapshots()
    except Exception:
        logger.exception("refreshing the facet snapshots after publishing failed")
    finally:
        connection.close()


def _refresh(audience: str, user) -> FacetSnapshot:
    with connection.cursor() as cursor:
        # What this count sees: the snapshot, and the entries this transaction wrote so far.
        cursor.execute(
            f"SELECT concat_ws(';', pg_current_snapshot(), pg_current_xact_id(), "
            f"(SELECT coalesce(max(seq), 0) FROM {CHANGE_LOG}))"
        )
        (log_position,) = cursor.fetchone()
    filterset = MeetingFilterSet(QueryDict(), queryset=Meeting.objects.none())
    assert filterset.is_valid()
    meetings = Meeting.objects.visible_to(user)
    counted = FacetCounter(filterset, meetings, user=user).sql_counts(fetch=None)
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for facet, key, n in counted.rows:
        counts[facet][key] = n
    # One transaction: a page never reads a new snapshot with its old entity figures.
    with transaction.atomic():
        snapshot, _ = FacetSnapshot.objects.update_or_create(
            audience=audience,
            defaults={
                "total": counted.total,
                "rows": _shown(counted.rows),
                "counts": dict(counts),
                "computed_at": timezone.now(),
                "log_position": log_position,
            },
        )
        snapshot.entities.all().delete()
        EntitySnapshot.objects.bulk_create(count_entities(snapshot, meetings), batch_size=1000)
    return snapshot


def _shown(rows: list[FacetRow]) -> list[FacetRow]:
    """What a search shows: each facet's FACET_FETCH most frequent values, as the SQL ranks."""
    shown: list[FacetRow] = []
    per_facet: Counter[str] = Counter()
    for row in sorted(rows, key=lambda row: (row[0], -row[2], row[1])):
        if per_facet[row[0]] < FACET_FETCH:
            shown.append(row)
            per_facet[row[0]] += 1
    return shown


def _per_year_sql(visible_sql: str) -> str:
    """Meetings per country, topic and organization and year, and per convening body.

    An organization's meetings are those it convened or took part in, each counted once."""
    return f"""
        WITH visible AS MATERIALIZED ({visible_sql})
        SELECT 'country', key, year, count(*) FROM visible, unnest(country_ids) key
        GROUP BY key, year
        UNION ALL
        SELECT 'topic', key, year, count(*) FROM visible, unnest(topic_ids) key
        GROUP BY key, year
        UNION ALL
        SELECT 'organization', key, year, count(*) FROM visible, unnest(
            CASE WHEN body_id IS NULL OR body_id = ANY(organization_ids) THEN organization_ids
            ELSE organization_ids || body_id END) key
        GROUP BY key, year
        UNION ALL
        SELECT 'convened', body_id, NULL, count(*) FROM visible WHERE body_id IS NOT NULL
        GROUP BY body_id
    """


def _representatives_sql(visible_sql: str) -> str:
    """Each country's most frequent representatives, ties ordered as the live query orders
    them: by name, then id."""
    return f"""
        SELECT country_id, participant_id, n, place FROM (
            SELECT a.country_id, a.participant_id, count(*) AS n, row_number() OVER (
                PARTITION BY a.country_id ORDER BY count(*) DESC, p.name, p.id) AS place
            FROM {Attendance._meta.db_table} a
            JOIN {Participant._meta.db_table} p ON p.id = a.participant_id
            WHERE a.country_id IS NOT NULL AND a.meeting_id IN (SELECT id FROM ({visible_sql}) v)
            GROUP BY a.country_id, a.participant_id, p.name, p.id
        ) ranked WHERE place <= %s
    """


def count_entities(snapshot: FacetSnapshot, meetings: QuerySet[Meeting]) -> list[EntitySnapshot]:
    """Every country's, topic's and organization's page figures over ``meetings``, counted in
    two statements over the whole archive rather than a few per page view."""
    visible_sql, params = meetings.values(
        "id", "year", "country_ids", "topic_ids", "organization_ids", "body_id"
    ).query.sql_with_params()
    entities: dict[tuple[str, int], EntitySnapshot] = {}

    def entity(kind: str, key: int) -> EntitySnapshot:
        if (kind, key) not in entities:
            entities[kind, key] = EntitySnapshot(
                snapshot=snapshot, kind=kind, entity_id=key, total=0, years={}, people=[]
            )
        return entities[kind, key]

    with connection.cursor() as cursor:
        cursor.execute(_per_year_sql(visible_sql), params)
        for kind, key, year, n in cursor.fetchall():
            if kind == "convened":
                entity(EntitySnapshot.Kind.ORGANIZATION, key).convened = n
                continue
            row = entity(kind, key)
            row.total += n
            if year is not None:
                row.years[str(year)] = n
        cursor.execute(_representatives_sql(visible_sql), [*params, REPRESENTATIVES])
        ranked = sorted(cursor.fetchall(), key=lambda found: (found[0], found[3]))
        for country, participant, n, _ in ranked:
            entity(EntitySnapshot.Kind.COUNTRY, country).people.append([participant, n])
    return list(entities.values())
