"""Hostile reports: random, binary, huge and malformed input to the extractor and the importer.

The extractor either returns a result or raises ExtractionError with a message; the importer
turns every bad report into a "failed" outcome with a reason (or, for text that describes no
meeting, keeps it unsorted with the reason), never raises, and leaves no row of a failed report
behind — alone or inside a batch with good reports.
"""

from __future__ import annotations

import codecs
import time

import pytest
from django.apps import apps
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archive.extraction import ExtractionError, decode_report, default_lexicon, extract
from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import Meeting, SourceDocument
from tests.helpers import REPO

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
