"""Reports kept unsorted: a SourceDocument may have no meeting.

A report the importer cannot place at any meeting is stored without one, for editors to attach
or turn into a meeting from the review queue. Dropping NOT NULL changes only the catalogue (no
table rewrite, no check of the foreign key). ``source_unsorted`` holds only the unsorted reports, in the queue's order; it is
built CONCURRENTLY (hence ``atomic = False``), beside the live table.
"""

import django.db.models.deletion
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("archive", "0013_review_queue_indexes"),
    ]

    operations = [
        # Django's AlterField would drop the foreign key and add it again, checking every row;
        # dropping NOT NULL is all the table needs.
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    "ALTER TABLE archive_sourcedocument ALTER COLUMN meeting_id DROP NOT NULL",
                    # Back only when no report is unsorted: place or delete those first.
                    "ALTER TABLE archive_sourcedocument ALTER COLUMN meeting_id SET NOT NULL",
                ),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="sourcedocument",
                    name="meeting",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="Empty for a report kept unsorted: see the review queue.",
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="sources",
                        to="archive.meeting",
                    ),
                ),
            ],
        ),
        AddIndexConcurrently(
            model_name="sourcedocument",
            index=models.Index(
                condition=models.Q(("meeting__isnull", True)),
                fields=["imported_at", "id"],
                name="source_unsorted",
            ),
        ),
    ]
