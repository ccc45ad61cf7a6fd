"""The command's worker process (reading and extracting ahead of the writer) is an optimisation
only: the same outcomes and records as reading in-process, failures included."""

import json

import pytest
from django.db import connection

from archive.ingest import pipeline
from archive.ingest.importer import ReportImporter
from archive.models import (
    SourceDocument,
)
from tests.factories import archive_snapshot, clear_archive, generated_reports
from tests.helpers import run_import

pytestmark = pytest.mark.django_db


def write_reports(directory) -> list[str]:
    """Generated reports plus the awkward cases: empty, no meeting, a copy, a wrong type."""
    for report in generated_reports(30, seed=13):
        (directory / report.name).write_text(report.text, encoding="utf-8")
    first = sorted(directory.iterdir())[0]
    (directory / "zz-copy.txt").write_bytes(first.read_bytes())
    (directory / "empty.txt").write_text("")
    (directory / "recipe.txt").write_text("Bake the bread for forty minutes. " * 5)
    (directory / "notes.pdf").write_bytes(b"%PDF-1.4")
    return [str(directory), str(directory / "notes.pdf"), str(directory / "missing.txt")]


def without_ids(output: str) -> list[dict]:
    reports = json.loads(output)["reports"]
    for report in reports:
        if report["meeting"]:
            report["meeting"].pop("id")
        for person in report["people"]:
            person.pop("participant_id")
    return reports


@pytest.mark.slow  # starts the command's worker process
@pytest.mark.parametrize("options", [[], ["--dry-run"]], ids=["import", "dry run"])
def test_worker_process_imports_the_same_as_in_process(
    reference_data, tmp_path, monkeypatch, options
):
    arguments = [*write_reports(tmp_path), "--format", "json", "--batch-size", "4", *options]
    pools = []

    class RecordingPool(pipeline.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", RecordingPool)

    in_process, _, status = run_import(*arguments)
    assert status == 1  # the empty, pdf and missing files fail (the recipe is kept unsorted)
    expected = archive_snapshot()
    assert not pools  # fewer files than WORKER_THRESHOLD: no worker
    clear_archive()

    monkeypatch.setattr(pipeline, "WORKER_THRESHOLD", 5)
    with_worker, _, status = run_import(*arguments)
    assert status == 1
    assert len(pools) == 1
    assert without_ids(with_worker) == without_ids(in_process)
    assert archive_snapshot() == expected
    failed = {
        r["file"].rsplit("/", 1)[-1]
        for r in json.loads(with_worker)["reports"]
        if r["action"] == "failed"
    }
    assert failed == {"empty.txt", "notes.pdf", "missing.txt"}
    unsorted = [
        r["file"].rsplit("/", 1)[-1]
        for r in json.loads(with_worker)["reports"]
        if r["action"] == "unsorted"
    ]
    assert unsorted == ["recipe.txt"]
    if options:
        assert not SourceDocument.objects.exists()
    else:
        assert SourceDocument.objects.filter(meeting__isnull=False).count() == 30
        assert SourceDocument.objects.get(meeting__isnull=True).file_name.endswith("recipe.txt")


def backend_pid(batch: list, urls: list[str]) -> list[int]:
    """Run in the worker in place of reading a batch: the database session a query uses."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return [cursor.fetchone()[0]]


@pytest.mark.slow  # starts the command's worker process
def test_worker_never_uses_the_parents_database_connection(reference_data, monkeypatch):
    """A query in the read-ahead worker runs on a session of its own: the parent's socket,
    inherited by the fork, is not the worker's to use."""
    monkeypatch.setattr(pipeline, "WORKER_THRESHOLD", 2)
    monkeypatch.setattr(pipeline, "_prepare_batch", backend_pid)
    importer = ReportImporter()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (parent,) = cursor.fetchone()
    sessions = [batch[0] for batch in pipeline.prepared_batches(importer, ["a", "b", "c"], 1)]
    assert len(sessions) == 3
    assert parent not in sessions
    with connection.cursor() as cursor:  # and the parent's own session still works
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone() == (parent,)
