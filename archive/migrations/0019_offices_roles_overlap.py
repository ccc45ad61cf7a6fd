"""Offices and roles at meetings, and the last day of a meeting.

An attendance gets the office its title names (archive.extraction.offices), read here for the
rows already in the archive; a meeting gets its office, role and delegate facet keys
(Meeting.set_facet_keys computes the same for new rows) and ``date_last``, the last day it may
have been on, for date ranges that match by overlap. The new arrays are kept in the row
(STORAGE MAIN) like the other facet keys, and indexed after they are filled.
"""

import django.contrib.postgres.fields
import django.contrib.postgres.indexes
import django.db.models.functions.comparison
from django.db import migrations, models

TITLES_PER_STATEMENT = 1000

STORAGE = [
    "ALTER TABLE archive_meeting "
    + ", ".join(
        f"ALTER COLUMN {column} SET STORAGE MAIN"
        for column in ("office_keys", "role_keys", "delegate_keys")
    )
]

MEETING_KEYS = """
    WITH keys AS (
        SELECT meeting_id,
               array_agg(DISTINCT CASE WHEN country_id IS NULL THEN office
                                       ELSE office || '.' || country_id END)
                   FILTER (WHERE office <> 'other') AS office_keys,
               array_agg(DISTINCT CASE WHEN country_id IS NULL THEN role
                                       ELSE role || '.' || country_id END)
                   FILTER (WHERE role <> 'attendee') AS role_keys,
               array_agg(DISTINCT country_id || '.' || participant_id)
                   FILTER (WHERE country_id IS NOT NULL AND participant_id IS NOT NULL)
                   AS delegate_keys
        FROM archive_attendance GROUP BY meeting_id
    )
    UPDATE archive_meeting AS m
    SET office_keys = coalesce(k.office_keys, '{}'),
        role_keys = coalesce(k.role_keys, '{}'),
        delegate_keys = coalesce(k.delegate_keys, '{}')
    FROM keys AS k WHERE k.meeting_id = m.id
"""


def read_offices(apps, schema_editor):
    """Each distinct title is read once; its attendances are updated in one statement."""
    from archive.extraction.offices import OTHER, office_of_title

    connection = schema_editor.connection
    with connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT title FROM archive_attendance WHERE title <> ''")
        offices = [(title, office_of_title(title)) for (title,) in cursor.fetchall()]
        offices = [(title, office) for title, office in offices if office != OTHER]
        for start in range(0, len(offices), TITLES_PER_STATEMENT):
            chunk = offices[start : start + TITLES_PER_STATEMENT]
            values = ", ".join(["(%s, %s)"] * len(chunk))
            cursor.execute(
                "UPDATE archive_attendance AS a SET office = v.office "
                f"FROM (VALUES {values}) AS v(title, office) WHERE a.title = v.title",
                [item for pair in chunk for item in pair],
            )
        cursor.execute(MEETING_KEYS)
        # Check the updated rows' deferred foreign keys now: an index cannot be built on a
        # table with pending trigger events in the same transaction.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        # The planner sizes a search's facet sample from these columns' statistics.
        cursor.execute("ANALYZE archive_meeting")


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0018_relations_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="attendance",
            name="office",
            field=models.CharField(
                choices=[
                    ("interior-minister", "Interior minister"),
                    ("security-service-head", "Head of security service"),
                    ("border-service-head", "Head of border service"),
                    ("prosecutor-general", "Prosecutor general"),
                    ("security-council-secretary", "Security council secretary"),
                    ("drug-control-head", "Head of drug control"),
                    ("financial-intelligence-head", "Head of financial intelligence"),
                    ("customs-head", "Head of customs"),
                    ("defence-minister", "Defence minister"),
                    ("emergency-minister", "Emergency minister"),
                    ("foreign-minister", "Foreign minister"),
                    ("head-of-state", "Head of state or government"),
                    ("deputy-interior-minister", "Deputy interior minister"),
                    ("deputy-security-service-head", "Deputy head of security service"),
                    ("deputy-border-service-head", "Deputy head of border service"),
                    ("deputy-prosecutor-general", "Deputy prosecutor general"),
                    ("deputy-security-council-secretary", "Deputy security council secretary"),
                    ("deputy-drug-control-head", "Deputy head of drug control"),
                    ("deputy-financial-intelligence-head", "Deputy head of financial intelligence"),
                    ("deputy-customs-head", "Deputy head of customs"),
                    ("deputy-defence-minister", "Deputy defence minister"),
                    ("deputy-emergency-minister", "Deputy emergency minister"),
                    ("deputy-foreign-minister", "Deputy foreign minister"),
                    ("deputy-head-of-state", "Deputy head of state or government"),
                    ("other", "Other"),
                ],
                default="other",
                max_length=40,
                verbose_name="office at the time",
            ),
        ),
        migrations.AddField(
            model_name="meeting",
            name="date_last",
            field=models.GeneratedField(
                db_persist=True,
                expression=django.db.models.functions.comparison.Coalesce(
                    models.F("date_end"),
                    models.Case(
                        models.When(
                            date_precision="month",
                            then=models.Func(
                                models.F("date_start"),
                                output_field=models.DateField(),
                                template=(
                                    "((%(expressions)s + interval '1 month')"
                                    " - interval '1 day')::date"
                                ),
                            ),
                        ),
                        models.When(
                            date_precision="year",
                            then=models.Func(
                                models.F("date_start"),
                                output_field=models.DateField(),
                                template=(
                                    "((%(expressions)s + interval '1 year')"
                                    " - interval '1 day')::date"
                                ),
                            ),
                        ),
                        default=models.F("date_start"),
                    ),
                ),
                output_field=models.DateField(null=True),
            ),
        ),
        migrations.AddField(
            model_name="meeting",
            name="delegate_keys",
            field=django.contrib.postgres.fields.ArrayField(
                base_field=models.TextField(), blank=True, default=list, editable=False, size=None
            ),
        ),
        migrations.AddField(
            model_name="meeting",
            name="office_keys",
            field=django.contrib.postgres.fields.ArrayField(
                base_field=models.TextField(), blank=True, default=list, editable=False, size=None
            ),
        ),
        migrations.AddField(
            model_name="meeting",
            name="role_keys",
            field=django.contrib.postgres.fields.ArrayField(
                base_field=models.TextField(), blank=True, default=list, editable=False, size=None
            ),
        ),
        migrations.RunSQL(STORAGE, migrations.RunSQL.noop),
        migrations.RunPython(read_offices, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="meeting",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["office_keys"], name="meeting_office_keys"
            ),
        ),
        migrations.AddIndex(
            model_name="meeting",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["role_keys"], name="meeting_role_keys"
            ),
        ),
        migrations.AddIndex(
            model_name="meeting",
            index=models.Index(fields=["date_last"], name="meeting_date_last"),
        ),
        migrations.AddIndex(
            model_name="meeting",
            index=models.Index(
                models.Func(
                    models.F("country_ids"),
                    function="cardinality",
                    output_field=models.IntegerField(),
                ),
                name="meeting_country_count",
            ),
        ),
    ]
