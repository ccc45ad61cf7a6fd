"""The review queue at scale: partial indexes that hold only what the queue lists.

``meeting_weak_fields`` indexes meetings with a field scored below 0.6 by the IMMUTABLE SQL
function ``archive_min_field_confidence(field_confidence)`` (lowest numeric score; NULL when
none, and for JSON that is not an object, so no insert can fail on it). An index, not a
stored generated column: adding a stored column rewrites archive_meeting and all its indexes
under an exclusive lock, an index is built beside the live table.

Both are built CONCURRENTLY (hence ``atomic = False``): reads and writes go on meanwhile; the
cost is a pass over archive_meeting per index (one evaluates the function per row) and one
over archive_attendance; the indexes hold only what the queue can list (``meeting_undated``:
meetings of unknown date; ``attendance_uncertain``: fuzzy, ambiguous and unlinked people).
"""

import django.db.models.lookups
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models

MIN_FIELD_CONFIDENCE_FUNCTION = """
CREATE OR REPLACE FUNCTION archive_min_field_confidence(scores jsonb)
RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT min((e.value)::double precision)
    FROM jsonb_each(CASE WHEN jsonb_typeof(scores) = 'object' THEN scores ELSE '{}' END) e
    WHERE jsonb_typeof(e.value) = 'number'
$$
"""


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("archive", "0012_entity_snapshot"),
    ]

    operations = [
        migrations.RunSQL(
            MIN_FIELD_CONFIDENCE_FUNCTION,
            "DROP FUNCTION IF EXISTS archive_min_field_confidence(jsonb)",
        ),
        AddIndexConcurrently(
            model_name="attendance",
            index=models.Index(
                condition=models.Q(
                    models.Q(
                        ("match__in", ["fuzzy", "ambiguous"]),
                        ("participant__isnull", True),
                        _connector="OR",
                    ),
                    models.Q(("match", "editor"), _negated=True),
                ),
                fields=["confidence", "id"],
                name="attendance_uncertain",
            ),
        ),
        AddIndexConcurrently(
            model_name="meeting",
            index=models.Index(
                condition=models.Q(
                    django.db.models.lookups.LessThan(
                        models.Func(
                            models.F("field_confidence"),
                            function="archive_min_field_confidence",
                            output_field=models.FloatField(),
                        ),
                        0.6,
                    )
                ),
                fields=["confidence", "id"],
                name="meeting_weak_fields",
            ),
        ),
        AddIndexConcurrently(
            model_name="meeting",
            index=models.Index(
                condition=models.Q(("date_precision", "unknown")),
                fields=["id"],
                name="meeting_undated",
            ),
        ),
    ]
