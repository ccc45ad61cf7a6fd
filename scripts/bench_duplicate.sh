#!/bin/sh
# A benchmark archive of N x the meetings of another, made inside PostgreSQL in minutes rather
# than loaded through the importer for the better part of an hour:
#
#   scripts/bench_duplicate.sh SOURCE_URL TARGET_DB COPIES
#
# TARGET_DB is created from SOURCE_URL's database as a template, then every meeting is copied
# COPIES-1 more times with new ids (id + k * (max id + 1)) and new slugs. The search document's
# vector and the year are copied, not recomputed: in the copy they are plain columns (DROP
# EXPRESSION) with the same values. The link tables are not copied: the search reads the
# meetings' own facet-key arrays; entity pages of the copy count the original meetings only.
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
ALTER TABLE archive_meeting ALTER COLUMN search_vector DROP EXPRESSION;
ALTER TABLE archive_meeting ALTER COLUMN year DROP EXPRESSION;
CREATE TEMP TABLE kept_indexes AS
  SELECT indexname, indexdef FROM pg_indexes
  WHERE tablename = 'archive_meeting' AND indexname NOT IN ('archive_meeting_pkey', 'archive_meeting_slug_key');
DO \$\$ DECLARE r record; BEGIN
  FOR r IN SELECT indexname FROM kept_indexes LOOP EXECUTE 'DROP INDEX ' || quote_ident(r.indexname); END LOOP;
END \$\$;
ALTER TABLE archive_meeting DROP CONSTRAINT archive_meeting_slug_key;
DO \$\$ DECLARE step bigint := (SELECT max(id) + 1 FROM archive_meeting); BEGIN
  FOR k IN 1..($copies - 1) LOOP
    INSERT INTO archive_meeting (id, curated_fields, title, slug, date_start, date_end, date_precision, year,
        city, ordinal, summary, status, confidence, field_confidence, country_ids, topic_ids,
        participant_ids, organization_ids, created_at, updated_at, venue_country_id, body_id,
        search_names, search_text, search_vector)
    SELECT id + k * step, curated_fields, title, slug || '-c' || k, date_start, date_end, date_precision, year,
        city, ordinal, summary, status, confidence, field_confidence, country_ids, topic_ids,
        participant_ids, organization_ids, created_at, updated_at, venue_country_id, body_id,
        search_names, search_text, search_vector
    FROM archive_meeting WHERE id < step;
    RAISE NOTICE 'copy % done', k;
  END LOOP;
END \$\$;
ALTER TABLE archive_meeting ADD CONSTRAINT archive_meeting_slug_key UNIQUE (slug);
DO \$\$ DECLARE r record; BEGIN
  FOR r IN SELECT indexdef FROM kept_indexes LOOP EXECUTE r.indexdef; END LOOP;
END \$\$;
SELECT setval(pg_get_serial_sequence('archive_meeting', 'id'), (SELECT max(id) FROM archive_meeting));
VACUUM ANALYZE archive_meeting;
SELECT count(*) FROM archive_meeting;
SQL
