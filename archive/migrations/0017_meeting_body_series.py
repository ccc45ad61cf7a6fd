# A body's series, gaps and membership read its meetings' ordinals, dates, years and ids from
# one covering index (archive.search.series, archive.search.membership). Built CONCURRENTLY
# (hence ``atomic = False``): reads and writes go on meanwhile.

from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("archive", "0016_meeting_pairs"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="meeting",
            index=models.Index(
                fields=["body", "ordinal", "date_start"],
                include=["status", "year", "id"],
                name="meeting_body_series",
            ),
        ),
    ]
