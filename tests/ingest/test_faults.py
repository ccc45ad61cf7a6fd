"""Faults: the database stops in the middle of an import.

Runs against a PostgreSQL cluster of its own (scripts/pgcluster.sh with another base
directory), because stopping the shared one would stop every other test too.
"""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg
import pytest

from archive.bench.corpus import write_corpus
from tests.helpers import REPO

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
