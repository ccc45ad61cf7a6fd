#!/usr/bin/env bash
# Back up the archive's database with pg_dump's custom format (compressed, restorable table by
# table with pg_restore). The database is DATABASE_URL, or the project's own cluster
# (.state/database_url, written by `make db`).
#
#   scripts/backup.sh [FILE]      default: .state/backups/archive-YYYYmmdd-HHMMSS.dump
#
# Ownership and grants are left out (--no-owner --no-privileges) so a dump restores into any
# database the restoring role owns. The dump is written to FILE.partial and renamed at the end,
# so FILE is always a complete backup.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pg_dump >/dev/null || {
  echo "pg_dump is missing: install PostgreSQL's client programs (apt-get install postgresql-client)," >&2
  echo "of the server's major version or newer" >&2; exit 1; }

url="${DATABASE_URL:-}"
if [ -z "$url" ]; then
  [ -f .state/database_url ] || { echo "No DATABASE_URL and no .state/database_url: run 'make db' first" >&2; exit 1; }
  url="$(cat .state/database_url)"
fi

file="${1:-.state/backups/archive-$(date -u +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$file")"
pg_dump --format=custom --no-owner --no-privileges --dbname="$url" --file="$file.partial"
mv "$file.partial" "$file"
echo "Backup written to $file ($(du -h "$file" | cut -f1))"
