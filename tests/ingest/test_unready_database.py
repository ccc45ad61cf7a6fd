"""Importing into a database the archive was never set up in (no tables: `migrate` not run)
stops with a message saying what to run, not a traceback, and writes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest

from tests.helpers import url_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def empty_database():
    name = f"test_empty_{uuid.uuid4().hex[:12]}"
    admin = url_for("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def import_into(database: str, directory: Path) -> subprocess.CompletedProcess:
    """`manage.py import_reports` of one report, run against ``database``."""
    report = directory / "report.txt"
    report.write_text("The CIS Council of Interior Ministers met in Minsk on 5 June 2027.\n")
    return subprocess.run(
        [sys.executable, "manage.py", "import_reports", str(report)],
        cwd=ROOT,
        env={**os.environ, "DEBUG": "1", "DATABASE_URL": url_for(database)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_import_into_a_database_without_tables_says_to_migrate(empty_database, tmp_path):
    done = import_into(empty_database, tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "manage.py migrate" in done.stderr
    assert "Nothing was imported" in done.stderr
    with psycopg.connect(url_for(empty_database)) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()[0]
    assert tables == 0  # nothing created on the way


def test_import_into_a_database_that_does_not_exist_says_so(tmp_path):
    done = import_into(f"test_missing_{uuid.uuid4().hex[:12]}", tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "Cannot reach the database" in done.stderr
    assert "Nothing was imported" in done.stderr
