"""Spellings readers may see: each name variant counts the reports of published meetings that
wrote it, apart from all reports, and knows whether an editor typed it and whether a report
ever wrote it; every report is then counted again, so that no name shown to readers comes from
an unpublished meeting's report."""

from django.db import migrations, models


def recount(apps, schema_editor):
    """Mark the spellings only an editor can have added and those reports wrote, and count
    every report again."""
    from archive.ingest.spellings import recount_spellings

    with schema_editor.connection.cursor() as cursor:
        # Before this migration, every Cyrillic spelling a report wrote was counted: one no
        # report counted is an editor's.
        cursor.execute(
            "UPDATE archive_participantnamevariant SET editor_added = true"
            " WHERE reports = 0 AND name ~ '[\u0400-\u04ff]' AND name !~ '[A-Za-z]'"
        )
        cursor.execute("UPDATE archive_participantnamevariant SET written = true WHERE reports > 0")
    recount_spellings()


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0023_meeting_change_log"),
    ]

    operations = [
        migrations.AddField(
            model_name="participantnamevariant",
            name="editor_added",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name="participantnamevariant",
            name="published_reports",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="participantnamevariant",
            name="written",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.RunPython(recount, migrations.RunPython.noop, elidable=True),
    ]
