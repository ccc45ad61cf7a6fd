"""Reports in every encoding Russian reports come in, end to end: the file on disk, through
``import_reports``, to the stored report, meeting and people — no mojibake in the database, and
a file no encoding reads cleanly is a clear failure that writes nothing."""

from pathlib import Path

import pytest

from archive.models import Meeting, ParticipantNameVariant, SourceDocument
from tests.helpers import run_import

pytestmark = pytest.mark.django_db

REPORTS = Path(__file__).resolve().parent.parent / "extraction" / "reports"
RUSSIAN = (REPORTS / "ru_encoding_cp1251_1.txt").read_text(encoding="utf-8")
MIXED = (REPORTS / "ru_mixed_language_1.txt").read_text(encoding="utf-8")


def _bytes(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(encoding)


@pytest.mark.parametrize(
    "encoding",
    [
        "utf-8",
        "utf-8-sig",
        "utf-16",  # with a BOM, in the machine's byte order
        "utf-16-le-bom",
        "utf-16-le",  # without a BOM
        "utf-16-be",  # without a BOM
        "cp1251",
        "koi8-r",
        "iso8859-5",
    ],
)
def test_a_russian_report_in_any_encoding_is_stored_in_cyrillic(reference_data, tmp_path, encoding):
    """The stored text, the report's headline and the people's Cyrillic spellings are the
    report's own letters, whatever the file's encoding."""
    path = tmp_path / "report.txt"
    path.write_bytes(_bytes(RUSSIAN, encoding))
    out, err, status = run_import(str(path), "--status", "published")
    assert status == 0, err
    source = SourceDocument.objects.get()
    assert source.raw_text.strip() == RUSSIAN.strip()
    assert source.language == "ru"
    assert source.title == "В Тбилиси прошла встреча глав полиции"
    spellings = set(ParticipantNameVariant.objects.values_list("name", flat=True))
    assert {"Леван Гелашвили", "Ваге Казарян"} <= spellings
    assert not any("Ð" in s or "Р’" in s or "�" in s for s in spellings)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "utf-16"])
def test_a_file_mixing_an_english_article_and_a_russian_paragraph_keeps_both(
    reference_data, tmp_path, encoding
):
    path = tmp_path / "mixed.txt"
    path.write_bytes(MIXED.encode(encoding))
    out, err, status = run_import(str(path), "--status", "published")
    assert status == 0, err
    stored = SourceDocument.objects.get().raw_text
    assert "CIS interior ministers meet in Minsk" in stored
    assert "Заседание Совета министров" in stored
    assert stored.strip() == MIXED.strip()


def test_an_undecidable_file_is_a_clear_failure_that_writes_nothing(reference_data, tmp_path):
    """Bytes no code page reads as text fail with the reason, not a traceback or mojibake."""
    path = tmp_path / "unknown.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    out, err, status = run_import(str(path))
    assert status == 1
    assert f"FAILED {path}" in err and "encoding could not be recognised" in err
    assert "Traceback" not in err
    assert not SourceDocument.objects.exists() and not Meeting.objects.exists()
