# The meetings' change log that keeps each server process's facet index exact
# (archive.search.facet_index): statement-level triggers write the id of every meeting inserted,
# updated or deleted, whatever wrote it (the ORM, COPY, raw SQL), with the writing transaction's
# id, so that a reader can ask for exactly the changes its last look did not see. A snapshot of
# precomputed counts records where the log stood when it was counted (log_position).

from django.db import migrations, models

CREATE = """
CREATE TABLE archive_meeting_change (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    meeting_id bigint,  -- NULL: every meeting (TRUNCATE)
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX archive_meeting_change_xid ON archive_meeting_change (xid);

CREATE FUNCTION archive_meeting_log_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO archive_meeting_change (meeting_id) SELECT id FROM changed_rows;
    RETURN NULL;
END $$;

CREATE FUNCTION archive_meeting_log_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO archive_meeting_change (meeting_id) VALUES (NULL);
    RETURN NULL;
END $$;

CREATE TRIGGER archive_meeting_logged_insert AFTER INSERT ON archive_meeting
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION archive_meeting_log_rows();
CREATE TRIGGER archive_meeting_logged_update AFTER UPDATE ON archive_meeting
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION archive_meeting_log_rows();
CREATE TRIGGER archive_meeting_logged_delete AFTER DELETE ON archive_meeting
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT
    EXECUTE FUNCTION archive_meeting_log_rows();
CREATE TRIGGER archive_meeting_logged_truncate AFTER TRUNCATE ON archive_meeting
    FOR EACH STATEMENT EXECUTE FUNCTION archive_meeting_log_truncate();
"""

DROP = """
DROP TRIGGER archive_meeting_logged_truncate ON archive_meeting;
DROP TRIGGER archive_meeting_logged_delete ON archive_meeting;
DROP TRIGGER archive_meeting_logged_update ON archive_meeting;
DROP TRIGGER archive_meeting_logged_insert ON archive_meeting;
DROP FUNCTION archive_meeting_log_truncate();
DROP FUNCTION archive_meeting_log_rows();
DROP TABLE archive_meeting_change;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0022_review_entries"),
    ]

    operations = [
        migrations.RunSQL(CREATE, DROP),
        # Counts no longer come from a sample of the meetings: its index goes.
        migrations.RemoveIndex(model_name="meeting", name="meeting_sample"),
        migrations.AddField(
            model_name="facetsnapshot",
            name="log_position",
            field=models.TextField(blank=True, default=""),
        ),
    ]
