"""A report is named on public pages by its title or its publisher, never by the path of the
file it was imported from (a server's directory layout is nobody's business)."""

import pytest

from archive.models import SourceDocument
from tests.factories import build

pytestmark = pytest.mark.django_db

PATH = "/tmp/pytest-of-archive/import-7/h009.txt"


@pytest.fixture(name="meeting")
def meeting_fixture(reference_data):
    return build(
        title="Council in Astana", year=2024, city="Astana", body=None, countries=["KZ"],
        topics=[], text="Ministers met in Astana.",
    )  # fmt: skip


def test_an_untitled_report_is_named_by_its_publisher_not_its_path(client, meeting):
    SourceDocument.objects.filter(meeting=meeting).update(
        title="", file_name=PATH, url="https://www.kazinform.kz/news/council-astana"
    )
    content = client.get(meeting.get_absolute_url()).content.decode()
    assert "h009" not in content and "/tmp/" not in content
    assert "kazinform.kz" in content
    data = client.get(f"/api/meetings/{meeting.slug}/").json()
    assert "h009" not in str(data) and "/tmp/" not in str(data)
    assert data["sources"][0]["publisher"] == "kazinform.kz"


def test_a_report_without_title_or_web_address_is_numbered(client, meeting):
    SourceDocument.objects.filter(meeting=meeting).update(
        title="", file_name=PATH, url="javascript:alert(1)"
    )
    content = client.get(meeting.get_absolute_url()).content.decode()
    assert "h009" not in content and "/tmp/" not in content
    assert "Report 1" in content


def test_a_title_that_is_only_the_file_name_is_not_shown(client, meeting):
    SourceDocument.objects.filter(meeting=meeting).update(title="h009.txt", file_name=PATH)
    content = client.get(meeting.get_absolute_url()).content.decode()
    assert "h009" not in content
    assert client.get(f"/api/meetings/{meeting.slug}/").json()["sources"][0]["title"] == ""


def test_a_reports_own_title_is_shown(client, meeting):
    SourceDocument.objects.filter(meeting=meeting).update(
        title="Interior ministers meet in Astana", file_name=PATH
    )
    content = client.get(meeting.get_absolute_url()).content.decode()
    assert "Interior ministers meet in Astana" in content and "h009" not in content
