"""Reports kept unsorted: in the review queue until an editor attaches one to a meeting or
makes a meeting of it; never shown to readers meanwhile."""

import pytest
from django.urls import reverse

from archive import editorial
from archive.admin.review import present
from archive.ingest import importer as importer_module
from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import Meeting, ReviewEntry, SourceDocument
from tests.factories import CMVD_BELTA, CMVD_KAZINFORM

pytestmark = pytest.mark.django_db

TRAM = """\
The weather in the capital stayed mild through the week, and the city's parks were full of
families. Officials said the new tram line would open in the spring, after the last tests of
the rolling stock. Residents welcomed the news and asked for more evening services.
"""


def kept_unsorted(monkeypatch, name: str, text: str) -> SourceDocument:
    """A report of a real meeting, kept unsorted as if the importer could not place it."""
    with monkeypatch.context() as patch:
        patch.setattr(importer_module, "placement_problem", lambda data: "could not place it")
        outcome = ReportImporter().import_report(Report(name=name, text=text))
    assert outcome.action == "unsorted"
    return SourceDocument.objects.get(file_name=name)


def unsorted_items() -> dict[str, ReviewEntry]:
    """The open unsorted-report entries of the queue, by key."""
    wanted = editorial.QueueFilter(kind="unsorted_report")
    return {e.key: e for e in editorial.review_queue(wanted)}


def test_an_unplaceable_report_shows_in_the_review_queue(reference_data):
    """One item per unsorted report, saying why, linking to the page that places it."""
    outcome = ReportImporter().import_report(Report(name="tram.txt", text=TRAM))
    assert outcome.action == "unsorted"
    source = SourceDocument.objects.get()
    editorial.sync_everything()  # as the import command does when it ends
    item = unsorted_items()[str(source.pk)]
    assert item.get_kind_display() == "Unsorted report"
    assert "no recognisable meeting" in item.reason
    assert present(item)["url"] == reverse("admin:archive_sourcedocument_place", args=[source.pk])
    editorial.dismiss("unsorted_report", str(source.pk))
    assert str(source.pk) not in unsorted_items()


def test_attaching_an_unsorted_report_rebuilds_the_meeting(reference_data, monkeypatch):
    """Attached, the report's facts, evidence and people join the meeting's."""
    ReportImporter().import_report(Report(name="kazinform.txt", text=CMVD_KAZINFORM))
    meeting = Meeting.objects.get()
    source = kept_unsorted(monkeypatch, "belta.txt", CMVD_BELTA)
    editorial.sync_everything()
    assert str(source.pk) in unsorted_items()

    editorial.attach_report(source, meeting)
    source.refresh_from_db()
    meeting.refresh_from_db()
    assert source.meeting == meeting and meeting.sources.count() == 2
    chair = meeting.attendances.get(role="chair").participant
    assert chair.name_variants.filter(normalized="erjan sadenov").exists()  # its people came
    assert "BelTA" in meeting.search_text  # the search document has its text
    assert str(source.pk) not in unsorted_items()
    with pytest.raises(editorial.EditorialError, match="already"):
        editorial.attach_report(source, meeting)


def test_a_meeting_made_from_an_unsorted_report_has_its_facts(reference_data, monkeypatch):
    """ "Create a meeting" fills it from the stored extraction: title, body, date, people,
    countries with their evidence; it waits for review."""
    source = kept_unsorted(monkeypatch, "kazinform.txt", CMVD_KAZINFORM)
    editorial.sync_everything()
    assert str(source.pk) in unsorted_items()
    meeting = editorial.meeting_from_report(source)
    source.refresh_from_db()
    assert source.meeting == meeting
    assert meeting.status == Meeting.Status.NEEDS_REVIEW
    assert meeting.city == "Astana" and meeting.ordinal == 52
    assert meeting.date_start.isoformat() == "2024-05-15"
    chair = meeting.attendances.get(role="chair")
    assert chair.participant.name == "Yerzhan Sadenov" and chair.source == source
    assert meeting.country_links.filter(source=source).count() >= 5
    assert meeting.country_ids and meeting.search_text
    assert str(source.pk) not in unsorted_items()


def test_nothing_public_shows_an_unsorted_report(reference_data, client, admin_client):
    """Readers' search, API and pages never show it; the admin does."""
    ReportImporter(status="published").import_report(
        Report(name="kazinform.txt", text=CMVD_KAZINFORM)
    )
    ReportImporter().import_report(Report(name="tram.txt", text=TRAM))
    source = SourceDocument.objects.get(meeting__isnull=True)
    for url in ("/?q=tram", "/api/meetings/?q=tram", "/export.csv?q=tram", "/feed/?q=tram"):
        response = client.get(url)
        assert response.status_code == 200
        content = b"".join(response) if response.streaming else response.content
        assert b"rolling stock" not in content and b"tram.txt" not in content
    assert client.get("/api/meetings/?q=tram").json()["count"] == 0
    meeting = Meeting.objects.get()
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "rolling stock" not in page
    assert source.get_absolute_url() == ""
    # The editors' report pages open it.
    change = reverse("admin:archive_sourcedocument_change", args=[source.pk])
    assert "rolling stock" in admin_client.get(change).content.decode()


def test_deleting_a_meeting_keeps_its_reports_unsorted(reference_data, admin_client):
    """Nothing lost: a meeting deleted in the admin leaves its reports unsorted, in the
    review queue; even a deletion outside the admin keeps the report."""
    ReportImporter().import_report(Report(name="kazinform.txt", text=CMVD_KAZINFORM))
    ReportImporter().import_report(Report(name="tram.txt", text=TRAM))
    meeting = Meeting.objects.get()
    source = meeting.sources.get()
    url = reverse("admin:archive_meeting_delete", args=[meeting.pk])
    response = admin_client.post(url, {"post": "yes"})
    assert response.status_code == 302
    assert not Meeting.objects.exists()
    source.refresh_from_db()
    assert source.meeting is None
    assert str(source.pk) in unsorted_items()

    kept = ReportImporter().import_report(Report(name="belta.txt", text=CMVD_BELTA))
    Meeting.objects.get(pk=kept.meeting_id).delete()
    assert SourceDocument.objects.filter(file_name="belta.txt", meeting=None).exists()
