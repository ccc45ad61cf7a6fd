#!/bin/sh
# A benchmark archive of N x the meetings of another, made inside PostgreSQL in minutes rather
# than loaded through the importer for the better part of an hour:
#
#   scripts/bench_duplicate.sh SOURCE_URL TARGET_DB COPIES
#
# TARGET_DB is created from SOURCE_URL's database as a template (nothing may be connected to
# the source meanwhile), then every meeting is copied COPIES-1 more times with new ids
# (id + k * (max id + 1)) and new slugs. What the copy holds, and why:
#
# - meetings: every column, read from the catalogue (new columns are copied without editing
#   this script). The generated columns year and date_last are computed again on insert (cheap);
#   the search vector is copied, not recomputed (to_tsvector of a million reports takes most of
#   an hour): in the copy it is a plain column (DROP EXPRESSION) with the same values;
# - attendances, copied with their meetings: the person page (record, timeline, offices),
#   the body page's membership, the people list and the name finder read them, so a person
#   holds ten times the attendances at ten times the meetings, as the facet index says;
# - who meets whom (archive_personpair, archive_countrypair): each copy has the same status,
#   people, countries and body as its original, so every pair's count is multiplied by COPIES,
#   which is what archive_rebuild_meeting_pairs() would count, without its minutes;
# - the precomputed counts (FacetSnapshot, EntitySnapshot): left to `manage.py
#   refresh_facet_counts`, run by the caller once this is done;
# - not copied: reports (archive_sourcedocument), the link tables meeting x country, topic and
#   organization, review entries and redirects. Only a meeting's own page and the review queue
#   read them: the search, the facets, the entity, network, body and people pages do not. A
#   copy's meeting page therefore shows no reports.
#
# The meetings' triggers (the change log that keeps each process's facet index exact, and the
# pair counts) are off while copying: the copies are neither logged nor counted twice. The
# change log is emptied, so a process loads the whole index and starts from a clean position.
set -eu
source_url=$1
target=$2
copies=$3
source_db=${source_url##*/}
admin_url=${source_url%/*}/postgres
psql "$admin_url" -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$target\"" \
    -c "CREATE DATABASE \"$target\" TEMPLATE \"$source_db\""
target_url=${source_url%/*}/$target
psql "$target_url" -v ON_ERROR_STOP=1 <<SQL
\timing on
SET maintenance_work_mem = '1GB';
SET max_parallel_maintenance_workers = 2;

-- Drop a table's secondary indexes (kept in kept_indexes, rebuilt after the copy): building an
-- index once beats keeping it live through millions of inserts.
CREATE TEMP TABLE kept_indexes (tablename text, indexname text, indexdef text);
CREATE FUNCTION pg_temp.drop_indexes(target_table text) RETURNS void LANGUAGE plpgsql AS \$\$
DECLARE r record;
BEGIN
  INSERT INTO kept_indexes
    SELECT i.tablename, i.indexname, i.indexdef FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename = target_table
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname);
  FOR r IN SELECT indexname FROM kept_indexes WHERE tablename = target_table LOOP
    EXECUTE format('DROP INDEX %I', r.indexname);
  END LOOP;
END \$\$;

-- The columns of target_table that an INSERT may name, but for those in skipped.
CREATE FUNCTION pg_temp.insert_columns(target_table text, skipped text[]) RETURNS text[]
LANGUAGE sql AS \$\$
  SELECT array_agg(quote_ident(column_name::text) ORDER BY ordinal_position)
  FROM information_schema.columns
  WHERE table_schema = 'public' AND table_name = target_table
    AND is_generated = 'NEVER' AND NOT column_name::text = ANY (skipped)
\$\$;

ALTER TABLE archive_meeting DISABLE TRIGGER USER;
ALTER TABLE archive_meeting ALTER COLUMN search_vector DROP EXPRESSION;
SELECT pg_temp.drop_indexes('archive_meeting');
SELECT pg_temp.drop_indexes('archive_attendance');
-- The slug's uniqueness and the foreign keys are checked once at the end, not row by row
-- (a deferred foreign key queues a check for every inserted row until the commit).
CREATE TEMP TABLE kept_constraints AS
  SELECT conrelid::regclass::text AS tablename, conname, pg_get_constraintdef(oid) AS definition
  FROM pg_constraint
  WHERE conrelid IN ('archive_meeting'::regclass, 'archive_attendance'::regclass)
    AND (contype = 'f' OR conname = 'archive_meeting_slug_key');
DO \$\$ DECLARE r record; BEGIN
  FOR r IN SELECT * FROM kept_constraints LOOP
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', r.tablename, r.conname);
  END LOOP;
END \$\$;

DO \$\$
DECLARE
  step bigint := (SELECT max(id) + 1 FROM archive_meeting);
  attendance_step bigint := (SELECT coalesce(max(id), 0) + 1 FROM archive_attendance);
  meeting_columns text[] := pg_temp.insert_columns('archive_meeting', ARRAY['id', 'slug']);
  attendance_columns text[] := pg_temp.insert_columns('archive_attendance', ARRAY['id', 'meeting_id']);
BEGIN
  FOR k IN 1..($copies - 1) LOOP
    EXECUTE format(
      'INSERT INTO archive_meeting (id, slug, %1\$s) '
      'SELECT id + %2\$s, slug || ''-c%3\$s'', %1\$s FROM archive_meeting WHERE id < %4\$s',
      array_to_string(meeting_columns, ', '), k * step, k, step);
    EXECUTE format(
      'INSERT INTO archive_attendance (id, meeting_id, %1\$s) '
      'SELECT id + %2\$s, meeting_id + %3\$s, %1\$s FROM archive_attendance WHERE id < %4\$s',
      array_to_string(attendance_columns, ', '), k * attendance_step, k * step, attendance_step);
    RAISE NOTICE 'copy % done', k;
  END LOOP;
END \$\$;

UPDATE archive_personpair SET meetings = meetings * $copies;
UPDATE archive_countrypair SET meetings = meetings * $copies;
TRUNCATE archive_meeting_change;

DO \$\$ DECLARE r record; BEGIN
  FOR r IN SELECT * FROM kept_constraints LOOP
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I %s', r.tablename, r.conname, r.definition);
  END LOOP;
END \$\$;
DO \$\$ DECLARE r record; BEGIN
  FOR r IN SELECT indexdef FROM kept_indexes LOOP EXECUTE r.indexdef; END LOOP;
END \$\$;
ALTER TABLE archive_meeting ENABLE TRIGGER USER;
SELECT setval(pg_get_serial_sequence('archive_meeting', 'id'), (SELECT max(id) FROM archive_meeting));
SELECT setval(pg_get_serial_sequence('archive_attendance', 'id'), (SELECT max(id) FROM archive_attendance));
VACUUM ANALYZE archive_meeting;
VACUUM ANALYZE archive_attendance;
VACUUM ANALYZE archive_personpair;
VACUUM ANALYZE archive_countrypair;
SELECT (SELECT count(*) FROM archive_meeting) AS meetings,
       (SELECT count(*) FROM archive_attendance) AS attendances;
SQL
