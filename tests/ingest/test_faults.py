"""Faults: the database stops in the middle of an import, an import is killed, two imports
overlap, another import holds the archive.

The database stopping runs against a PostgreSQL cluster of its own (scripts/pgcluster.sh with
another base directory), because stopping the shared one would stop every other test too; the
others run ``manage.py import_reports`` processes against the test database.
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from django.db import connection
from django.db.models import Count

from archive.bench.corpus import write_corpus
from archive.editorial.refresh import refresh_latest_titles
from archive.ingest.importer import ReportImporter
from archive.ingest.pipeline import IMPORT_LOCK, commit_batch, read_one
from archive.models import ParticipantNameVariant
from tests.factories import archive_snapshot, clear_archive
from tests.helpers import REPO, run_import, url_for

CLUSTER = REPO / "scripts" / "pgcluster.sh"

pytestmark = pytest.mark.slow  # starts and stops a PostgreSQL cluster of its own


@pytest.fixture
def own_cluster(tmp_path):
    base = Path(f"/tmp/archive-faults-{uuid.uuid4().hex[:8]}")
    base.mkdir()
    env = {**os.environ, "PG_CLUSTER_BASE": str(base), "PG_DB_NAME": "faults"}
    env.pop("DATABASE_URL", None)

    def cluster(command: str) -> str:
        result = subprocess.run(
            [str(CLUSTER), command], env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    cluster("start")
    url = cluster("url")
    yield cluster, url
    cluster("stop")
    subprocess.run(["rm", "-rf", str(base)], check=False)


def manage(url: str, *args: str, **kwargs):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(DATABASE_URL=url, DEBUG="1")
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def count(url: str, sql: str) -> int:
    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as conn:
        return conn.execute(sql).fetchone()[0]


def test_database_stopping_mid_import_is_reported_and_a_rerun_completes(own_cluster, tmp_path):
    """The import says the database went away, nothing is half-written, a re-run finishes."""
    cluster, url = own_cluster
    for step in (("migrate", "-v0"), ("load_reference_data", "-v0")):
        process = manage(url, *step)
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    corpus = write_corpus(tmp_path / "corpus", 400, seed=21)

    importing = manage(url, "import_reports", str(corpus), "--batch-size", "20", "--quiet")
    deadline = time.monotonic() + 120
    while count(url, "SELECT count(*) FROM archive_sourcedocument") < 60:
        assert importing.poll() is None, importing.communicate()
        assert time.monotonic() < deadline, "the import made no progress"
        time.sleep(0.2)
    cluster("stop")
    _, err = importing.communicate(timeout=120)
    assert importing.returncode == 2, err
    assert "Lost the database after" in err and "run the same command again" in err
    assert "Traceback" not in err

    cluster("start")
    imported = count(url, "SELECT count(*) FROM archive_sourcedocument")
    assert 60 <= imported < 400
    # Consistent: every meeting has its report, every link its meeting (no half-written one).
    assert (
        count(
            url,
            "SELECT count(*) FROM archive_meeting m WHERE NOT EXISTS "
            "(SELECT 1 FROM archive_sourcedocument s WHERE s.meeting_id = m.id)",
        )
        == 0
    )
    assert count(url, "SELECT count(*) FROM archive_meeting WHERE search_text = ''") == 0

    rerun = manage(url, "import_reports", str(corpus), "--quiet")
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert f"{imported} unchanged" in out
    assert count(url, "SELECT count(*) FROM archive_sourcedocument") == 400


# --- killed, overlapping and stuck imports (against the test database) ------------------------


@pytest.fixture
def test_database(transactional_db, reference_data):
    """The test database's URL, for import processes; the reference data committed."""
    return url_for(connection.settings_dict["NAME"])


@pytest.fixture
def background():
    """Starts manage.py processes, each in a process group of its own; whatever is left of
    them (a worker that outlived its parent) is killed before the database is emptied."""
    started: list[subprocess.Popen] = []

    def start(url: str, *args: str) -> subprocess.Popen:
        process = manage(url, *args, start_new_session=True)
        started.append(process)
        return process

    yield start
    for process in started:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()


def living_members(group: int) -> list[int]:
    """The processes of a process group that are still running (not zombies)."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
        state, _, pgrp = stat.rsplit(")", 1)[1].split()[:3]
        if int(pgrp) == group and state != "Z":
            members.append(int(entry.name))
    return members


def open_transactions(url: str) -> int:
    """Sessions of other clients idle in an open transaction in the database."""
    return count(
        url,
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'",
    )


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_an_import_killed_with_sigkill_leaves_nothing_holding_the_archive(
    test_database, background, tmp_path
):
    """The read-ahead worker dies with its parent, no transaction is left open, and the same
    command run again imports the rest."""
    corpus = write_corpus(tmp_path / "corpus", 1000, seed=21)
    importing = background(test_database, "import_reports", str(corpus), "--batch-size", "20")
    documents = "SELECT count(*) FROM archive_sourcedocument"
    assert wait_for(lambda: count(test_database, documents) >= 60 or importing.poll(), 120)
    assert importing.poll() is None, "the import finished before it could be killed"
    assert len(living_members(importing.pid)) == 2  # the command and its read-ahead worker

    importing.send_signal(signal.SIGKILL)
    importing.wait(timeout=10)
    assert wait_for(lambda: not living_members(importing.pid), 5), "the worker outlived it"
    assert wait_for(lambda: open_transactions(test_database) == 0, 5)

    imported = count(test_database, documents)
    assert 60 <= imported < 1000
    rerun = background(test_database, "import_reports", str(corpus), "--quiet")
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{imported} unchanged" in out and "0 failed" in out
    assert count(test_database, documents) == 1000


def people_twice() -> set[tuple]:
    """(name key, country) of the people recorded more than once under one spelling key."""
    return set(
        ParticipantNameVariant.objects.values_list("match_key", "participant__country")
        .order_by()
        .annotate(people=Count("participant", distinct=True))
        .filter(people__gt=1)
    )


def committed_batches() -> list[list[str]]:
    """The names of the report files each import transaction wrote, in the order they were
    written (the transaction that inserted a row is its ``xmin``)."""
    batches: dict[str, list[str]] = {}
    with connection.cursor() as cursor:
        cursor.execute("SELECT xmin::text, file_name FROM archive_sourcedocument ORDER BY id")
        for transaction_id, file_name in cursor.fetchall():
            batches.setdefault(transaction_id, []).append(Path(file_name).name)
    return list(batches.values())


def test_overlapping_imports_make_the_same_records_as_one_import(
    test_database, background, tmp_path
):
    """Two imports at once, a third of their files in both: nothing fails, nobody is created
    twice, and the records are those one import leaves when given the same files in the
    order the two wrote them (names and links depend on the order reports arrive in,
    whoever imports them)."""
    corpus = write_corpus(tmp_path / "corpus", 1200, seed=5)
    files = sorted(corpus.glob("*.txt"))
    halves = [tmp_path / "first", tmp_path / "second"]
    for half, chosen in zip(halves, (files[:800], files[400:]), strict=True):
        half.mkdir()
        for path in chosen:
            os.link(path, half / path.name)

    imports = [
        background(test_database, "import_reports", str(half), "--quiet", "--batch-size", "10")
        for half in halves
    ]
    for process in imports:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err[-3000:]
        assert "0 failed" in out
    together, twice, batches = archive_snapshot(), people_twice(), committed_batches()
    assert sum(map(len, batches)) == 1200
    assert len(together["meetings"]) > 500

    clear_archive()
    importer = ReportImporter()
    for batch in batches:
        outcomes = commit_batch(importer, [read_one(corpus / name) for name in batch])
        assert not [outcome.reason for outcome in outcomes if outcome.failed]
    refresh_latest_titles()  # as each import_reports does at its end
    assert twice == people_twice()
    assert archive_snapshot() == together


def test_an_import_waiting_on_another_says_so_within_seconds(test_database, tmp_path):
    """While another import holds the archive (here: a session holding its lock), an import
    stops after the wait it was given with a message naming the session, and writes nothing."""
    corpus = write_corpus(tmp_path / "corpus", 5, seed=3)
    with psycopg.connect(test_database) as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s, %s)", IMPORT_LOCK)
        holder_pid = holder.info.backend_pid
        started = time.monotonic()
        out, err, status = run_import(str(corpus), "--lock-wait", "1")
        waited = time.monotonic() - started
    assert status == 3, err
    assert "another import is writing to the archive" in err
    assert f"pg_terminate_backend({holder_pid})" in err
    assert waited < 10
    assert "Traceback" not in err
    assert count(test_database, "SELECT count(*) FROM archive_sourcedocument") == 0
