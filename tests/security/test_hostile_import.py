"""Hostile reports: random, binary, huge and malformed input to the extractor and the importer.

The extractor either returns a result or raises ExtractionError with a message; the importer
turns every bad report into a "failed" outcome with a reason (or, for text that describes no
meeting, keeps it unsorted with the reason), never raises, and leaves no row of a failed report
behind — alone or inside a batch with good reports.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.apps import apps
from django.db import connection
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archive.extraction import ExtractionError, decode_report, default_lexicon, extract
from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import Meeting, SourceDocument
from tests.helpers import REPO, run_import, url_for

SEED = (REPO / "fixtures" / "reports" / "001_3522b661196935cf.txt").read_text()

MALFORMED: dict[str, bytes] = {
    "empty": b"",
    "whitespace": b" \n\t\r\n   \n",
    "nul bytes": b"\x00" * 5000,
    "nul inside a report": SEED.encode()[:800] + b"\x00\x00" + SEED.encode()[800:],
    "random binary": bytes(range(256)) * 40,
    "png header": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10,
    "zip header": b"PK\x03\x04" + b"\x00\x10" * 500,
    "truncated utf-16": codecs.BOM_UTF16_LE + SEED.encode("utf-16-le")[:-1],
    "utf-16 without bom": SEED.encode("utf-16-le"),
    "invalid utf-8": SEED.encode()[:500] + b"\xc3\x28\xa0\xa1\xe2\x28\xa1" + SEED.encode()[500:],
    "lone surrogates": "A report \ud800\udfff about nothing".encode("utf-8", "surrogatepass"),
    "only punctuation": b"!?.,;:" * 2000,
    "one long line": b"word " * 200_000,
    "one huge word": b"x" * 1_000_000,
    "deep html": b"<!doctype html><html><body>" + b"<div>" * 50_000 + b"text" + b"</div>" * 50_000,
    "unclosed html": b"<!doctype html><html><body><p>Meeting <b><i><script>" * 2000,
    "html comment bomb": b"<!doctype html><html><!--" + b"-" * 100_000,
    "control characters": bytes(range(1, 32)) * 300,
    "rtl and zero width": ("\u202e\u200b\u200d\ufeff" * 2000).encode(),
    "many lines": b"\n" * 300_000,
    "report repeated": SEED.encode() * 300,  # ~1 MB of plausible text
}


def archive_rows() -> dict[str, int]:
    """Row counts of every table of the archive app (what 'nothing half-written' compares)."""
    return {
        model._meta.db_table: model.objects.count()
        for model in apps.get_app_config("archive").get_models()
    }


# --- extractor ---------------------------------------------------------------------------------

hypothesis_settings = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@hypothesis_settings
@given(data=st.binary(max_size=4000))
@example(data=b"\xff\xfe\x00")
@example(data=b"\xef\xbb\xbf")
def test_decoding_random_bytes_gives_text_or_a_clear_error(data):
    """decode_report: text, or ExtractionError with a message — nothing else."""
    try:
        text = decode_report(data)
    except ExtractionError as error:
        assert str(error).strip()
    else:
        assert isinstance(text, str)


text_inputs = st.one_of(
    st.text(max_size=3000),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=3000),
    st.lists(st.sampled_from(SEED.split()), max_size=600).map(" ".join),
    st.tuples(st.integers(0, len(SEED)), st.text(max_size=200)).map(
        lambda cut: SEED[: cut[0]] + cut[1] + SEED[cut[0] :]
    ),
)


@hypothesis_settings
@given(text=text_inputs)
@example(text="")
@example(text="\x00" * 100)
@example(text='"' * 500)
def test_extracting_random_text_gives_a_result_or_a_clear_error(text):
    """extract: a result whose offsets fit the cleaned text, or ExtractionError."""
    try:
        result = extract(text, file="fuzz.txt", lexicon=default_lexicon())
    except ExtractionError as error:
        assert str(error).strip()
        return
    data = result.to_dict()
    assert isinstance(data, dict) and "title" in data
    assert isinstance(result.cleaned_text, str)


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_extractor_on_malformed_input_is_clear_and_bounded(name):
    """Each malformed file: a result or ExtractionError, within ten seconds."""
    started = time.monotonic()
    try:
        extract(decode_report(MALFORMED[name]), file=name, lexicon=default_lexicon())
    except ExtractionError as error:
        assert str(error).strip()
    assert time.monotonic() - started < 10, f"{name} took {time.monotonic() - started:.1f} s"


# --- importer ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_importer_turns_every_malformed_report_into_a_clear_failure(reference_data):
    """No exception escapes, each outcome says why, and a failed report leaves no rows."""
    importer = ReportImporter(status="published")
    for name, data in MALFORMED.items():
        before = archive_rows()
        outcome = importer.import_report(Report(name=f"{name}.txt", data=data))
        if outcome.failed:
            assert outcome.reason.strip(), name
            assert "internal error" not in outcome.reason, (name, outcome.reason)
            assert archive_rows() == before, f"{name} left rows behind"
        elif outcome.unsorted:
            # Text that describes no meeting is kept, whole and without a meeting, with why.
            assert outcome.reason.strip(), name
            assert SourceDocument.objects.get(file_name=f"{name}.txt").meeting is None, name
        else:
            # Some survive as reports (a report with a stray NUL, a repeated report): they must be
            # whole, readable meetings.
            meeting = Meeting.objects.get(pk=outcome.meeting_id)
            assert meeting.sources.exists(), name


@pytest.mark.django_db
def test_oversized_reports_are_refused_before_reading(reference_data):
    importer = ReportImporter(max_bytes=10_000)
    before = archive_rows()
    outcome = importer.import_report(Report(name="big.txt", data=SEED.encode() * 20))
    assert outcome.failed and "limit" in outcome.reason
    pasted = importer.import_report(Report(name="big.txt", text=SEED * 20))
    assert pasted.failed and "limit" in pasted.reason
    assert archive_rows() == before


@pytest.mark.django_db
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(payloads=st.lists(st.binary(max_size=2000), min_size=1, max_size=4))
def test_a_batch_with_random_reports_keeps_the_good_and_drops_the_bad(reference_data, payloads):
    """Random reports in a batch with a good one: the good one is imported, the rest fail
    cleanly, and nothing of the failed ones is written."""
    SourceDocument.objects.all().delete()
    Meeting.objects.all().delete()
    before = archive_rows()
    reports = [Report(name=f"random-{i}.txt", data=d) for i, d in enumerate(payloads)]
    reports.append(Report(name="good.txt", data=SEED.encode()))
    outcomes = ReportImporter(status="published").import_batch(reports)
    assert len(outcomes) == len(reports)
    good = outcomes[-1]
    assert good.action in ("created", "attached"), good.reason
    for outcome in outcomes[:-1]:
        assert outcome.action in ("failed", "created", "attached", "unchanged", "unsorted")
        if outcome.failed or outcome.unsorted:
            assert outcome.reason.strip() and "internal error" not in outcome.reason
    imported = sum(1 for o in outcomes if o.action in ("created", "attached", "unsorted"))
    assert SourceDocument.objects.count() - before["archive_sourcedocument"] == imported


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n",
        SEED[:500] + "\x00" + SEED[500:],
        "<script>alert(1)</script>" * 1000,
        "\x07" * 999,
    ],
    ids=["empty", "blank", "nul", "script only", "control"],
)
def test_pasted_hostile_text_fails_cleanly_or_imports_whole(reference_data, text):
    """Text pasted by an editor in the admin goes through the same checks as files."""
    before = archive_rows()
    outcome = ReportImporter().import_report(Report(name="pasted", text=text))
    if outcome.failed:
        assert outcome.reason.strip() and "internal error" not in outcome.reason
        assert archive_rows() == before
    elif outcome.unsorted:
        assert outcome.reason.strip()
        assert SourceDocument.objects.get(file_name="pasted").meeting is None
    else:
        assert Meeting.objects.filter(pk=outcome.meeting_id).exists()


# --- files the command is given -----------------------------------------------------------------


def run_command_limited(*args: str, memory: int, timeout: float) -> tuple[str, str, int, int]:
    """manage.py in a subprocess with its address space capped at ``memory`` bytes: (stdout,
    stderr, exit status, peak resident memory in bytes). A command that hangs is killed."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(DEBUG="1", DATABASE_URL=url_for(connection.settings_dict["NAME"]))

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    process = subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=cap_memory,
    )
    peaks: list[int] = []
    watcher = threading.Thread(target=lambda: peaks.append(command_peak(process)), daemon=True)
    watcher.start()
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        pytest.fail(f"the command hung: {err[-2000:]}")
    finally:
        watcher.join(10)
    if not peaks or not peaks[0]:
        pytest.fail("the command's peak memory was not read")
    return out, err, process.returncode, peaks[0]


def command_peak(process: subprocess.Popen) -> int:
    """The command's peak resident memory in bytes, read from its VmHWM while it runs, once it
    runs manage.py: the forked child's own peak before its exec (and getrusage's, which keeps
    it) is the test runner's size, not the command's."""
    status, cmdline = Path(f"/proc/{process.pid}/status"), Path(f"/proc/{process.pid}/cmdline")
    peak = 0
    while process.poll() is None:
        try:
            if b"manage.py" in cmdline.read_bytes():
                found = re.search(r"^VmHWM:\s+(\d+) kB", status.read_text(), re.MULTILINE)
                if found:
                    peak = max(peak, int(found.group(1)) * 1024)
        except OSError:  # the process has just ended
            break
        time.sleep(0.005)
    return peak


@pytest.mark.slow  # runs the command in a process of its own
@pytest.mark.django_db(transaction=True)  # the command's process sees the reference data
def test_command_reads_only_regular_files_within_the_limit_and_without_reading_them_first(
    tmp_path, reference_data
):
    """A 3 GB sparse file is refused by its size, unread; /dev/zero linked as a report and a
    named pipe are refused as not regular files, without hanging or filling memory."""
    big = tmp_path / "big.txt"
    with big.open("wb") as file:
        file.truncate(3 * 1024**3)
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.txt")
    report = tmp_path / "report.txt"
    report.write_text(SEED)
    arguments = [str(tmp_path / n) for n in ("big.txt", "zero.txt", "pipe.txt", "report.txt")]

    out, err, status, peak = run_command_limited(
        "import_reports",
        *arguments,
        "--dry-run",
        "--format",
        "json",
        memory=2 * 1024**3,
        timeout=120,
    )
    assert status == 1, err[-3000:]
    assert "Traceback" not in err
    outcomes = {r["file"].rsplit("/", 1)[-1]: r for r in json.loads(out)["reports"]}
    assert "over the 5.0 MB limit (REPORT_MAX_BYTES)" in outcomes["big.txt"]["reason"]
    assert "not a regular file" in outcomes["zero.txt"]["reason"]
    assert "not a regular file" in outcomes["pipe.txt"]["reason"]
    assert outcomes["report.txt"]["action"] == "created"
    assert peak < 1024**3, f"peak memory {peak / 1024**2:.0f} MB"


@pytest.mark.django_db
def test_symbolic_links_out_of_a_directory_are_followed_only_when_asked(reference_data, tmp_path):
    """A link inside a directory to a file outside it is reported, not read, unless
    --follow-symlinks; a link to another file inside the directory is read once."""
    folder, outside = tmp_path / "reports", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    (folder / "report.txt").write_text(SEED)
    (folder / "again.txt").symlink_to(folder / "report.txt")
    (outside / "private.txt").write_text(SEED + "\nA copy kept elsewhere.\n")
    (folder / "link.txt").symlink_to(outside / "private.txt")

    out, _, status = run_import(str(folder), "--dry-run", "--format", "json")
    outcomes = {r["file"].rsplit("/", 1)[-1]: r for r in json.loads(out)["reports"]}
    assert status == 1
    assert set(outcomes) == {"again.txt", "link.txt"} or set(outcomes) == {"report.txt", "link.txt"}
    link = outcomes["link.txt"]
    assert link["action"] == "failed"
    assert "symbolic link" in link["reason"] and "--follow-symlinks" in link["reason"]

    out, err, status = run_import(str(folder), "--dry-run", "--format", "json", "--follow-symlinks")
    assert status == 0, err
    assert all(r["action"] != "failed" for r in json.loads(out)["reports"])


@pytest.mark.django_db
def test_file_names_are_printed_on_one_line_in_any_encoding(reference_data, tmp_path):
    """A newline in a file name cannot split the output, and a name that is not UTF-8 is
    imported and printed (escaped) instead of failing."""
    names = ["two\nlines.txt", os.fsdecode(b"caf\xe9.txt"), "right\u202eto-left.txt"]
    for number, name in enumerate(names):
        (tmp_path / name).write_text(f"{SEED}\nCopy number {number}.\n")

    out, err, status = run_import(str(tmp_path))
    assert status == 0, err
    out.encode("utf-8")  # what a UTF-8 terminal or pipe needs
    lines = [line.strip() for line in out.splitlines() if " → " in line]
    assert len(lines) == 3, out  # one line a report
    printed = {line.split("  ", 1)[1].split(" → ")[0].rsplit("/", 1)[-1] for line in lines}
    assert printed == {"two\\nlines.txt", "caf\\xe9.txt", "right\\u202eto-left.txt"}
    stored = set(SourceDocument.objects.values_list("file_name", flat=True))
    assert all(name.isprintable() for name in stored), stored
