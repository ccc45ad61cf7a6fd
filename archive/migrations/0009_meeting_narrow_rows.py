"""Keep the meeting row narrow, so a search's sample reads few pages.

A meeting's report text and its tsvector are a few KB each; stored inline (compressed) they
made the heap ~1.4 KB a row, and counting a sample of 1,500 meetings read ~1,500 pages.
``toast_tuple_target = 128`` moves the long text columns out to TOAST once a row is toasted at
all, and STORAGE MAIN keeps the four facet-key arrays in the row (out of line only if a row
would not fit a page), so the facet statement never de-TOASTs them. Measured at 78,000
meetings: heap 110 MB → 32 MB. Rows written before this migration keep their layout until
rewritten (``VACUUM FULL archive_meeting``).
"""

from django.db import migrations

ARRAYS = ("country_ids", "topic_ids", "participant_ids", "organization_ids")

FORWARD = [
    "ALTER TABLE archive_meeting SET (toast_tuple_target = 128)",
    "ALTER TABLE archive_meeting "
    + ", ".join(f"ALTER COLUMN {column} SET STORAGE MAIN" for column in ARRAYS),
]
BACKWARD = [
    "ALTER TABLE archive_meeting RESET (toast_tuple_target)",
    "ALTER TABLE archive_meeting "
    + ", ".join(f"ALTER COLUMN {column} SET STORAGE EXTENDED" for column in ARRAYS),
]


class Migration(migrations.Migration):
    dependencies = [("archive", "0008_meeting_sample_index")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
