"""Placing reports: which meeting a report goes to, and what happens to one that fits none —
kept unsorted for an editor, never lost, never forced onto a meeting of another year."""

import json
from pathlib import Path

import pytest

from archive.editorial.review_items import duplicate_items
from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import Country, Meeting, Organization, SourceDocument, Topic
from tests.helpers import run_import

pytestmark = pytest.mark.django_db

SESSION_1999 = """\
MINSK, 5 June 1999 - The 12th meeting of the Council of Heads of Security Bodies and Special
Services of the CIS was held in Minsk on 5 June 1999.

The meeting was chaired by the Chairman of the KGB of Belarus Vladimir Matskevich. Delegations
of Russia, Kazakhstan and Kyrgyzstan took part.

The participants discussed countering terrorism and the exchange of information.
"""

# Another year's report naming the same body and session number, with no date of its own: the
# extractor finds the body, the ordinal and the city, and no date.
SESSION_2018_UNDATED = """\
The 12th meeting of the Council of Heads of Security Bodies and Special Services of the CIS
was held in Minsk.

The meeting was chaired by the Chairman of the KGB of Belarus Valery Vakulchik. Delegations of
Russia, Kazakhstan and Tajikistan took part.

The participants discussed countering extremism and cybercrime.
"""

URL_2018 = "https://www.example.kz/en/news/2018/03/12/security-council-minsk_a123"

# Text, and about people and places, but no convening body and no participants: nothing to
# place it by.
UNPLACEABLE = """\
The weather in the capital stayed mild through the week, and the city's parks were full of
families. Officials said the new tram line would open in the spring, after the last tests of
the rolling stock. Residents welcomed the news and asked for more evening services.
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_2018_report_never_attaches_to_a_1999_meeting(reference_data):
    """The same body and session number are not enough when the years differ (or one is
    unknown): the report starts its own meeting, flagged as possibly the same one."""
    importer = ReportImporter(status="published")
    first = importer.import_report(Report(name="1999.txt", text=SESSION_1999))
    assert first.action == "created", first.reason
    old = Meeting.objects.get()
    assert old.date_start.year == 1999 and old.ordinal == 12

    undated = importer.import_report(Report(name="2018.txt", text=SESSION_2018_UNDATED))
    assert undated.action == "created", (undated.action, undated.reason)
    assert old.sources.count() == 1
    new = Meeting.objects.exclude(pk=old.pk).get()
    assert list(new.possible_duplicates.all()) == [old]  # goes to review, not attached
    assert new.status == Meeting.Status.NEEDS_REVIEW
    assert any("may describe the same meeting" in flag for flag in undated.flags)

    dated = importer.import_report(
        Report(name="2018-url.txt", text=SESSION_2018_UNDATED + "\nSee also.\n", url=URL_2018)
    )
    assert dated.action == "created", (dated.action, dated.reason)
    assert old.sources.count() == 1
    assert Meeting.objects.get(pk=dated.meeting_id).date_start.year == 2018


def test_a_report_of_the_same_session_and_year_still_attaches(reference_data):
    """Agreeing dates and the same session: one meeting with two reports."""
    importer = ReportImporter()
    importer.import_report(Report(name="a.txt", text=SESSION_1999))
    second = SESSION_1999.replace("MINSK, 5 June 1999 - ", "").replace(
        "on 5 June 1999", "in June 1999"
    )
    outcome = importer.import_report(Report(name="b.txt", text=second))
    assert outcome.action == "attached", (outcome.action, outcome.flags)
    assert Meeting.objects.get().sources.count() == 2


def test_the_importer_passes_the_reports_url_to_extraction(reference_data):
    """A date in the report's address dates a report that states none."""
    outcome = ReportImporter().import_report(
        Report(name="2018.txt", text=SESSION_2018_UNDATED, url=URL_2018)
    )
    assert outcome.action == "created", outcome.reason
    source = SourceDocument.objects.get()
    assert source.url == URL_2018
    assert source.extraction["publication_date"] == "2018-03-12"
    assert source.meeting.date_start.year == 2018


def test_an_unplaceable_report_is_kept_unsorted(reference_data, tmp_path):
    """Text the importer cannot place is stored without a meeting, counted as kept unsorted
    with the reason; a second import changes nothing; --update tries to place it again."""
    path = write(tmp_path, "tram.txt", UNPLACEABLE)
    out, err, status = run_import(str(path))
    assert status == 0, err
    assert "1 kept unsorted" in out
    assert "no convening body" in out  # why, in the summary
    source = SourceDocument.objects.get()
    assert source.meeting is None
    assert source.raw_text.startswith("The weather")
    assert source.extraction  # the extraction is kept for the editor
    assert not Meeting.objects.exists()

    out, _, status = run_import(str(path))
    assert status == 0 and "1 unchanged" in out and "0 kept unsorted" in out
    assert SourceDocument.objects.count() == 1

    out, _, status = run_import(str(path), "--update")
    assert status == 0, out
    assert SourceDocument.objects.get().meeting is None
    assert not Meeting.objects.exists()


def test_update_places_an_unsorted_report_once_it_can_be(reference_data, monkeypatch):
    """--update re-tries placing an unsorted report: once it can be placed, it is."""
    from archive.ingest import importer as importer_module

    real = importer_module.placement_problem
    monkeypatch.setattr(importer_module, "placement_problem", lambda data: "not yet")
    kept = ReportImporter().import_report(Report(name="a.txt", text=SESSION_1999))
    assert kept.action == "unsorted" and kept.reason == "not yet"
    assert SourceDocument.objects.get().meeting is None

    monkeypatch.setattr(importer_module, "placement_problem", real)
    assert ReportImporter().import_report(Report(name="a.txt", text=SESSION_1999)).action == (
        "unchanged"
    )
    placed = ReportImporter(update=True).import_report(Report(name="a.txt", text=SESSION_1999))
    assert placed.action == "created", (placed.action, placed.reason)
    source = SourceDocument.objects.get()
    assert source.meeting is not None and source.meeting.ordinal == 12
    assert source.meeting.attendances.exists()  # facts, evidence and people came along


def test_unsorted_reports_in_a_batch_are_kept(reference_data):
    """The batch path keeps them too, beside the reports it places."""
    from tests.factories import CMVD_KAZINFORM

    reports = [
        Report(name="good.txt", text=CMVD_KAZINFORM),
        Report(name="tram.txt", text=UNPLACEABLE),
        Report(name="tram-again.txt", text=UNPLACEABLE),
    ]
    outcomes = ReportImporter().import_batch(reports)
    assert [o.action for o in outcomes] == ["created", "unsorted", "unchanged"]
    assert SourceDocument.objects.filter(meeting__isnull=True).count() == 1
    assert Meeting.objects.count() == 1


def test_the_json_summary_counts_unsorted_reports_and_says_why(reference_data, tmp_path):
    """--format json: "unsorted" in the summary, the reasons counted, the reason per report."""
    write(tmp_path, "tram.txt", UNPLACEABLE)
    write(tmp_path, "empty.txt", "")
    out, _, status = run_import(str(tmp_path), "--format", "json")
    assert status == 1  # the empty file failed
    report = json.loads(out)
    assert report["summary"]["unsorted"] == 1 and report["summary"]["failed"] == 1
    [(reason, count)] = report["unsorted_reasons"].items()
    assert count == 1 and "no convening body" in reason
    by_file = {Path(r["file"]).name: r for r in report["reports"]}
    assert by_file["tram.txt"]["action"] == "unsorted"
    assert by_file["tram.txt"]["meeting"] is None
    assert "no convening body" in by_file["tram.txt"]["reason"]


def test_a_dry_run_keeps_nothing(reference_data, tmp_path):
    """A dry run says it would keep the report unsorted, and writes nothing."""
    path = write(tmp_path, "tram.txt", UNPLACEABLE)
    out, _, status = run_import(str(path), "--dry-run")
    assert status == 0
    assert "would be kept unsorted" in out
    assert not SourceDocument.objects.exists()


def test_what_is_not_a_report_at_all_still_fails(reference_data, tmp_path):
    """Empty, binary and wordless files fail with a reason; nothing is kept of them."""
    write(tmp_path, "empty.txt", "")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    write(tmp_path, "numbers.txt", "12 34 56 78 90 " * 40)
    out, err, status = run_import(str(tmp_path))
    assert status == 1
    for name in ("empty.txt", "binary.txt", "numbers.txt"):
        assert f"FAILED {tmp_path / name}" in err
    assert not SourceDocument.objects.exists()


@pytest.mark.parametrize("missing", [Country, Topic, Organization])
def test_import_without_reference_data_stops_with_a_message(reference_data, tmp_path, missing):
    """No countries, topics or bodies: the import stops before writing anything, saying what
    to run, instead of making meetings without countries."""
    from archive.models import MeetingCountry

    MeetingCountry.objects.all().delete()
    Organization.objects.update(country=None)
    missing.objects.all().delete()
    write(tmp_path, "a.txt", SESSION_1999)
    out, err, status = run_import(str(tmp_path))
    assert status == 2
    assert "load_reference_data" in err and "Nothing was imported" in err
    assert not SourceDocument.objects.exists() and not Meeting.objects.exists()


def test_the_importer_refuses_an_empty_archive(db):
    """The importer itself, used by the admin upload, says the same."""
    from archive.ingest.outcomes import MissingReferenceData

    with pytest.raises(MissingReferenceData, match="countries"):
        ReportImporter().import_report(Report(name="a.txt", text=SESSION_1999))
    assert not Meeting.objects.exists()


def test_update_re_extracts_with_the_url_the_report_came_with(reference_data):
    """--update without an address uses the one stored with the report: its date holds."""
    ReportImporter().import_report(Report(name="2018.txt", text=SESSION_2018_UNDATED, url=URL_2018))
    source = SourceDocument.objects.get()
    source.extractor_version = "0-old"  # so --update extracts again
    source.save()
    outcome = ReportImporter(update=True).import_report(
        Report(name="2018.txt", text=SESSION_2018_UNDATED)
    )
    assert outcome.action == "updated", outcome.reason
    source.refresh_from_db()
    assert source.extraction["publication_date"] == "2018-03-12"
    assert source.meeting.date_start.year == 2018


COUNCIL_DATED = """\
MINSK, 5 June 2027 - The CIS Council of Interior Ministers met in Minsk on 5 June 2027.

The meeting was chaired by the Minister of Internal Affairs of Belarus Ivan Kubrin. Delegations of
Russia, Kazakhstan and Uzbekistan took part.

The ministers discussed the fight against cybercrime and drug trafficking.
"""

# The same body in the same city, with no date anywhere in the report.
COUNCIL_UNDATED = """\
The CIS Council of Interior Ministers held its meeting in Minsk.

The meeting was chaired by the Minister of Internal Affairs of Belarus Ivan Kubrin. The ministers
of Russia, Kazakhstan and Uzbekistan took part and spoke of the fight against cybercrime.
"""


# Another report of a sitting of that body in that city, with no date either.
COUNCIL_UNDATED_AGAIN = """\
Ministers of internal affairs of the CIS states gathered in Minsk for a meeting of the CIS Council
of Interior Ministers chaired by the Minister of Internal Affairs of Belarus Ivan Kubrin.
"""


@pytest.mark.parametrize(
    "first, second",
    [(COUNCIL_UNDATED, COUNCIL_DATED), (COUNCIL_UNDATED, COUNCIL_UNDATED_AGAIN)],
    ids=["dated after undated", "undated after undated"],
)
def test_an_undated_meeting_of_the_same_body_and_city_goes_to_review(reference_data, first, second):
    """A meeting of no known date cannot have a report attached, but a later report of its
    body in its city, dated or not, is shown to an editor as possibly the same meeting (a dated
    one is still published: the undated record is the one in doubt)."""
    importer = ReportImporter(status="published")
    made = importer.import_report(Report(name="first.txt", text=first))
    assert made.action == "created", made.reason
    later = importer.import_report(Report(name="second.txt", text=second))
    assert later.action == "created", (later.action, later.flags)
    new = Meeting.objects.get(pk=later.meeting_id)
    assert list(new.possible_duplicates.values_list("pk", flat=True)) == [made.meeting_id]
    assert any("may describe the same meeting" in flag for flag in later.flags)
    dated = new.date_start is not None
    assert new.status == (Meeting.Status.PUBLISHED if dated else Meeting.Status.NEEDS_REVIEW)
    queue = [(i.meeting_id, i.other_meeting_id) for i in duplicate_items()]
    assert queue == [(new.pk, made.meeting_id)]


def test_an_undated_report_is_not_flagged_against_every_dated_meeting(reference_data):
    """With neither a date nor a publication date, a report of a body's meeting in a city is
    not shown as possibly each dated meeting of that body there: any of them, or none."""
    importer = ReportImporter(status="published")
    dated = importer.import_report(Report(name="dated.txt", text=COUNCIL_DATED))
    assert dated.action == "created", dated.reason
    undated = importer.import_report(Report(name="undated.txt", text=COUNCIL_UNDATED))
    assert undated.action == "created", undated.reason
    assert not Meeting.objects.get(pk=undated.meeting_id).possible_duplicates.exists()
