#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into the configured database (DATABASE_URL, or the
# project's own cluster), replacing what is there.
#
#   scripts/restore.sh FILE              asks for confirmation on a terminal
#   RESTORE_CONFIRM=1 scripts/restore.sh FILE   no question (scripts, tests)
#
# All or nothing: pg_restore runs in one transaction (--single-transaction), dropping and
# re-creating every object in the dump (--clean --if-exists), so a failed restore leaves the
# database as it was. The file is checked (pg_restore --list) before the database is touched.
# Stop the web server and any import first; restore into the same version of the code (the
# dump includes django_migrations, so `manage.py migrate` afterwards brings an older dump up).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pg_restore >/dev/null || {
  echo "pg_restore is missing: install PostgreSQL's client programs (apt-get install postgresql-client)," >&2
  echo "of the server's major version or newer" >&2; exit 1; }

file="${1:-}"
[ -n "$file" ] || { echo "usage: scripts/restore.sh FILE   (make restore BACKUP=FILE)" >&2; exit 2; }
[ -f "$file" ] || { echo "No such backup: $file" >&2; exit 2; }

url="${DATABASE_URL:-}"
if [ -z "$url" ]; then
  [ -f .state/database_url ] || { echo "No DATABASE_URL and no .state/database_url: run 'make db' first" >&2; exit 1; }
  url="$(cat .state/database_url)"
fi

if ! pg_restore --list "$file" >/dev/null 2>&1; then
  echo "$file is not a pg_dump custom-format backup; the database was not touched" >&2
  exit 1
fi

if [ "${RESTORE_CONFIRM:-}" != "1" ]; then
  if [ -t 0 ]; then
    read -r -p "Replace everything in the configured database with $file? [y/N] " answer
    [ "$answer" = "y" ] || [ "$answer" = "Y" ] || { echo "Nothing restored."; exit 1; }
  else
    echo "Refusing to replace the database without confirmation: set RESTORE_CONFIRM=1" >&2
    exit 1
  fi
fi

pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
  --exit-on-error --dbname="$url" "$file"
echo "Restored $file"
