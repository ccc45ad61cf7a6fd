# Covering indexes for the pages of relations: a body's series, gaps and membership read its
# meetings' ordinals, dates, years and ids from one (archive.search.series, .membership), and a
# person's or country's partners are read from the pair tables' own (archive.search.network).
# Built CONCURRENTLY (hence ``atomic = False``): reads and writes go on meanwhile.

from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("archive", "0017_meeting_pairs"),
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
        AddIndexConcurrently(
            model_name="personpair",
            index=models.Index(fields=["person", "-meetings", "other"], name="person_pair_top"),
        ),
        AddIndexConcurrently(
            model_name="countrypair",
            index=models.Index(
                fields=["country", "body"],
                include=["other", "meetings"],
                name="country_pair_by_body",
            ),
        ),
    ]
