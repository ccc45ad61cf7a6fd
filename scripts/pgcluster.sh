#!/usr/bin/env bash
# The project's own PostgreSQL cluster, used whenever DATABASE_URL is not set.
#
#   scripts/pgcluster.sh start   initialise (first time) and start; idempotent
#   scripts/pgcluster.sh stop    stop it (nothing to do when it is not running)
#   scripts/pgcluster.sh url     print the DATABASE_URL that reaches it
#   scripts/pgcluster.sh status  say whether it runs, and where it lives
#
# Why it looks like this:
# - PostgreSQL refuses to run as root, so as root the cluster belongs to the unprivileged
#   `postgres` system user; anyone else runs it as themselves.
# - The checkout may sit where `postgres` cannot enter (under /root), so as root the cluster
#   lives under postgres's home, in a directory named after a hash of the checkout's path:
#   one cluster per checkout, and two checkouts never share one.
# - It listens on a Unix socket only (listen_addresses=''), in its own directory, so it never
#   collides with another server's port.
set -euo pipefail

PG_VERSION="${PG_VERSION:-15}"
DB_NAME="${PG_DB_NAME:-archive}"
checkout="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
checkout_id="$(printf '%s' "$checkout" | sha1sum | cut -c1-12)"

find_bindir() {
  local d
  for d in "/usr/lib/postgresql/${PG_VERSION}/bin" /usr/lib/postgresql/*/bin; do
    [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
    return 0
  fi
  return 1
}

ensure_binaries() {
  if BINDIR="$(find_bindir)"; then return 0; fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL server binaries not found: installing Debian's postgresql and postgresql-contrib" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >&2
    BINDIR="$(find_bindir)" && return 0
  fi
  cat >&2 <<EOF
PostgreSQL server binaries (initdb, pg_ctl) were not found.
Install the server and its contrib extensions, e.g. on Debian/Ubuntu:
    sudo apt-get install postgresql postgresql-contrib
or set DATABASE_URL to a PostgreSQL 15+ server you already run.
EOF
  exit 1
}

if [ "$(id -u)" -eq 0 ]; then
  RUN_AS=(runuser -u postgres --)
  owner_home="$(getent passwd postgres | cut -d: -f6)"
  if ! id postgres >/dev/null 2>&1 || [ -z "$owner_home" ]; then
    RUN_AS=()  # resolved after the binaries (and so the user) are installed
  fi
  BASE="${PG_CLUSTER_BASE:-${owner_home:-/var/lib/postgresql}/meeting-archive}/${checkout_id}"
else
  RUN_AS=()
  BASE="${PG_CLUSTER_BASE:-$checkout/.pgdata}"
fi
DATA="$BASE/data"
SOCKET_DIR="$BASE/socket"
LOG="$BASE/server.log"

as_owner() { "${RUN_AS[@]}" "$@"; }

url() {
  # dj-database-url reads a percent-encoded socket directory as the host.
  local host
  host="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$SOCKET_DIR")"
  echo "postgres://postgres@${host}/${DB_NAME}"
}

is_running() {
  [ -n "${BINDIR:-}" ] || BINDIR="$(find_bindir)" || return 1
  [ -f "$DATA/PG_VERSION" ] && as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
  ensure_binaries
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "the postgres system user is missing" >&2; exit 1; }
    RUN_AS=(runuser -u postgres --)
    mkdir -p "$BASE"
    chown postgres:postgres "$BASE" "$(dirname "$BASE")"
    chmod 700 "$BASE"
  else
    mkdir -p "$BASE"
    chmod 700 "$BASE"
  fi
  if [ ! -f "$DATA/PG_VERSION" ]; then
    echo "Creating the project's PostgreSQL cluster in $DATA" >&2
    # trust on the socket only: nothing listens on TCP, and the socket directory is private.
    as_owner "$BINDIR/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=reject >/dev/null
    as_owner mkdir -p "$SOCKET_DIR"
    cat <<EOF | as_owner tee -a "$DATA/postgresql.conf" >/dev/null
# --- meeting-archive: Unix socket only, sized for a 2-core development machine ---
listen_addresses = ''
unix_socket_directories = '$SOCKET_DIR'
work_mem = 16MB
maintenance_work_mem = 256MB
fsync = on
EOF
  fi
  if is_running; then
    echo "PostgreSQL is already running ($SOCKET_DIR)" >&2
  else
    as_owner mkdir -p "$SOCKET_DIR"
    as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
      -o "-c shared_buffers=$(shared_buffers_mb)MB" start >/dev/null \
      || { echo "PostgreSQL failed to start; its log:" >&2; tail -n 30 "$LOG" >&2; exit 1; }
    echo "PostgreSQL started ($SOCKET_DIR)" >&2
  fi
  if ! as_owner "$BINDIR/psql" -h "$SOCKET_DIR" -U postgres -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1; then
    as_owner "$BINDIR/createdb" -h "$SOCKET_DIR" -U postgres "$DB_NAME"
  fi
}

# A quarter of the machine's memory (or of its cgroup's limit), as PostgreSQL's documentation
# advises for a dedicated server, between 128 MB and 4 GB: a big archive's heap then stays in
# PostgreSQL's own cache instead of being read again from the OS cache on every search.
shared_buffers_mb() {
  local total_kb limit
  total_kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
  limit=$(cat /sys/fs/cgroup/memory.max 2>/dev/null || echo max)
  if [[ "$limit" =~ ^[0-9]+$ ]] && [ $((limit / 1024)) -lt "$total_kb" ]; then
    total_kb=$((limit / 1024))
  fi
  local mb=$((total_kb / 4 / 1024))
  [ "$mb" -lt 128 ] && mb=128
  [ "$mb" -gt 4096 ] && mb=4096
  echo "$mb"
}

stop() {
  if is_running; then
    as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    echo "PostgreSQL stopped" >&2
  else
    echo "PostgreSQL is not running" >&2
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  status)
    if is_running; then echo "running: data in $DATA, socket in $SOCKET_DIR"; else echo "not running ($DATA)"; fi ;;
  *) echo "usage: $0 start|stop|url|status" >&2; exit 2 ;;
esac
