"""`make backup` and `make restore` round-trip every record, checked by counts and checksums.

The archive is built in the test database (committed, hence transactional_db), backed up with
`make backup`, and restored with `make restore` into a scratch database of its own on the same
server — never the developer's database.
"""

import os
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest
from django.db import connection

from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from tests.helpers import REPO, url_for

pytestmark = pytest.mark.slow  # pg_dump and pg_restore through make, into a scratch database


def snapshot(url: str) -> dict[str, tuple]:
    """Row count and md5 of every row (in a fixed order) of every table; sequence positions."""
    result: dict[str, tuple] = {}
    with psycopg.connect(url) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
        ]
        for table in tables:
            count, digest = conn.execute(
                "SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                f' FROM "{table}" t'
            ).fetchone()
            result[table] = (count, digest)
        for (sequence,) in conn.execute(
            "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"
        ).fetchall():
            result[f"sequence {sequence}"] = conn.execute(
                f'SELECT last_value, is_called FROM "{sequence}"'
            ).fetchone()
    return result


def make(target: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment.update(env)
    return subprocess.run(
        ["make", "--no-print-directory", target],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def scratch_database():
    name = f"{connection.settings_dict['NAME']}_restore_{uuid.uuid4().hex[:6]}"
    admin = url_for("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_backup_and_restore_round_trip_every_record(
    transactional_db, reference_data, scratch_database, tmp_path
):
    """Counts and per-table checksums match after restore, also over a damaged copy."""
    importer = ReportImporter(status="published")
    for path in sorted((REPO / "fixtures" / "reports").iterdir()):
        assert not importer.import_report(Report.from_path(path)).failed
    source = url_for(connection.settings_dict["NAME"])
    connection.close()  # the dump must not wait on this session
    before = snapshot(source)
    assert before["archive_meeting"][0] >= 5 and before["archive_attendance"][0] > 0

    dump = tmp_path / "archive.dump"
    backup = make("backup", DATABASE_URL=source, BACKUP=str(dump))
    assert backup.returncode == 0, backup.stderr
    assert dump.stat().st_size > 0 and not Path(f"{dump}.partial").exists()

    target = url_for(scratch_database)
    refused = make("restore", DATABASE_URL=target, BACKUP=str(dump))
    assert refused.returncode != 0 and "RESTORE_CONFIRM" in refused.stderr

    restore = make("restore", DATABASE_URL=target, BACKUP=str(dump), RESTORE_CONFIRM="1")
    assert restore.returncode == 0, restore.stderr
    assert snapshot(target) == before

    # Restoring over a database that has since changed brings it back exactly.
    with psycopg.connect(target, autocommit=True) as conn:
        conn.execute(
            "DELETE FROM archive_attendance WHERE id = (SELECT min(id) FROM archive_attendance)"
        )
        conn.execute("UPDATE archive_meeting SET title = 'vandalised'")
    assert snapshot(target) != before
    restore = make("restore", DATABASE_URL=target, BACKUP=str(dump), RESTORE_CONFIRM="1")
    assert restore.returncode == 0, restore.stderr
    assert snapshot(target) == before


def test_restore_refuses_a_file_that_is_not_a_backup(scratch_database, tmp_path, db):
    """A truncated or foreign file is rejected before the database is touched."""
    target = url_for(scratch_database)
    with psycopg.connect(target, autocommit=True) as conn:
        conn.execute("CREATE TABLE keep_me (id int)")
    bogus = tmp_path / "not-a-dump.dump"
    bogus.write_bytes(b"PGDMP" + os.urandom(200))
    result = make("restore", DATABASE_URL=target, BACKUP=str(bogus), RESTORE_CONFIRM="1")
    assert result.returncode != 0
    assert "not a pg_dump custom-format backup" in result.stderr
    with psycopg.connect(target) as conn:
        assert conn.execute("SELECT to_regclass('keep_me') IS NOT NULL").fetchone()[0]
