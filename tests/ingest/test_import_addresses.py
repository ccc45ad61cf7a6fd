"""``import_reports --addresses list.csv``: the addresses reports were published at, given
beside the files. Each is stored with its report and dates what the text alone cannot (a day
and month without a year, the year in the address's path); a list that cannot be used stops the
import before anything is written, with the line at fault."""

import pytest

from archive.extraction import extract
from archive.ingest import pipeline
from archive.models import Meeting, SourceDocument
from tests.helpers import run_import

pytestmark = pytest.mark.django_db

# Own words: the day and month of the meeting, no year anywhere in the text.
YEARLESS = """Interior ministers of Kazakhstan and Kyrgyzstan meet in Bishkek

The interior ministers of Kazakhstan and Kyrgyzstan, Yerlan Turgumbayev and Ulan Niyazbekov,
met in Bishkek on 5 June to discuss joint work against drug trafficking across the border.

The ministers agreed to hold joint operations.
"""
ADDRESS = "https://news.example.kg/en/2021/06/07/ministers-meet.html"


def _write(folder, lines: list[str]):
    listing = folder / "addresses.csv"
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return listing


def test_the_address_is_stored_and_dates_a_yearless_meeting(reference_data, tmp_path):
    assert extract(YEARLESS).to_dict()["date_start"] is None  # the text alone gives no year
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "ministers.txt").write_text(YEARLESS, encoding="utf-8")
    listing = _write(tmp_path, ["file,url", f"reports/ministers.txt,{ADDRESS}"])

    out, err, status = run_import(str(reports), "--addresses", str(listing))

    assert status == 0, err
    source = SourceDocument.objects.get()
    assert source.url == ADDRESS
    meeting = Meeting.objects.get()
    assert (str(meeting.date_start), meeting.date_precision) == ("2021-06-05", "day")


def test_reports_the_list_does_not_name_are_imported_without_an_address(reference_data, tmp_path):
    (tmp_path / "listed.txt").write_text(YEARLESS, encoding="utf-8")
    (tmp_path / "other.txt").write_text(YEARLESS.replace("5 June", "9 June"), encoding="utf-8")
    listing = _write(tmp_path, ["url,file,note", f"{ADDRESS},listed.txt,the columns in any order"])

    _, err, status = run_import(
        str(tmp_path / "listed.txt"), str(tmp_path / "other.txt"), "--addresses", str(listing)
    )

    assert status == 0, err
    urls = dict(SourceDocument.objects.values_list("file_name", "url"))
    assert {name.rsplit("/", 1)[-1]: url for name, url in urls.items()} == {
        "listed.txt": ADDRESS,
        "other.txt": "",
    }


def test_the_worker_that_reads_ahead_gives_the_addresses_too(reference_data, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "WORKER_THRESHOLD", 2)
    lines = ["file,url"]
    for day in (5, 6, 7):
        (tmp_path / f"day{day}.txt").write_text(
            YEARLESS.replace("5 June", f"{day} June").replace("Bishkek", "Osh", 1),
            encoding="utf-8",
        )
        lines.append(f"day{day}.txt,{ADDRESS}?day={day}")
    listing = _write(tmp_path, lines)

    _, err, status = run_import(str(tmp_path), "--addresses", str(listing))

    assert status == 0, err
    stored = sorted(SourceDocument.objects.values_list("url", flat=True))
    assert stored == [f"{ADDRESS}?day={day}" for day in (5, 6, 7)]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["name,address", f"a.txt,{ADDRESS}"], "needs a header line naming a 'file' and a 'url'"),
        (["file,url", "a.txt,ftp://example.org/a"], "line 2: 'ftp://example.org/a' is not an http"),
        (["file,url", "a.txt,not an address"], "line 2: 'not an address' is not an http"),
        (
            ["file,url", f"a.txt,{ADDRESS}", f"a.txt,{ADDRESS}?again"],
            "line 3: a.txt is listed twice",
        ),
        (["file,url", f",{ADDRESS}"], "line 2: no file named"),
        (["file,url", "a.txt"], "line 2: a file and a url are both needed"),
        ([], "is empty"),
    ],
)
def test_a_list_that_cannot_be_used_stops_the_import_before_anything_is_written(
    reference_data, tmp_path, lines, message
):
    (tmp_path / "a.txt").write_text(YEARLESS, encoding="utf-8")
    listing = tmp_path / "addresses.csv"
    listing.write_text("\n".join(lines), encoding="utf-8")

    _, err, status = run_import(str(tmp_path / "a.txt"), "--addresses", str(listing))

    assert status == 2
    assert message in err and "Nothing was imported" in err
    assert not SourceDocument.objects.exists() and not Meeting.objects.exists()


def test_a_missing_list_is_a_clear_error(reference_data, tmp_path):
    (tmp_path / "a.txt").write_text(YEARLESS, encoding="utf-8")

    _, err, status = run_import(
        str(tmp_path / "a.txt"), "--addresses", str(tmp_path / "missing.csv")
    )

    assert status == 2
    assert "cannot read the list of addresses" in err and "Traceback" not in err
    assert not SourceDocument.objects.exists()
