"""The admin page that places a report kept unsorted: attach it to a meeting found by search,
or make a meeting of it."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from archive.ingest import importer as importer_module
from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import Meeting, SourceDocument
from tests.factories import CMVD_BELTA, CMVD_KAZINFORM

pytestmark = pytest.mark.django_db


@pytest.fixture
def unsorted(reference_data, monkeypatch):
    """The Kazinform report's meeting, and BelTA's report of it kept unsorted (the text has
    markup in it, to see it escaped)."""
    ReportImporter().import_report(Report(name="kazinform.txt", text=CMVD_KAZINFORM))
    with monkeypatch.context() as patch:
        patch.setattr(importer_module, "placement_problem", lambda data: "could not place it")
        ReportImporter().import_report(
            Report(
                name="belta.txt",
                text=CMVD_BELTA + "\n<script>alert(1)</script> was in the page.\n",
                url="javascript:alert(2)",
            )
        )
    return SourceDocument.objects.get(meeting__isnull=True), Meeting.objects.get()


def place_url(source) -> str:
    return reverse("admin:archive_sourcedocument_place", args=[source.pk])


def test_the_page_shows_the_report_and_both_ways_to_place_it(admin_client, unsorted):
    """Why it is unsorted, what was found, a meeting search and "create"; text escaped."""
    source, _ = unsorted
    response = admin_client.get(place_url(source))
    assert response.status_code == 200
    html = response.content.decode()
    assert "the importer could place it now" in html  # its extraction names a body
    assert "Council of Interior Ministers" in html or "CIS Interior Ministers" in html
    assert 'name="attach"' in html and 'name="create"' in html
    assert "admin-autocomplete" in html  # the searchable choice of a meeting
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "javascript:alert(2)" not in html
    change = admin_client.get(reverse("admin:archive_sourcedocument_change", args=[source.pk]))
    assert place_url(source) in change.content.decode()


def test_the_meeting_search_finds_meetings_by_their_words(admin_client, unsorted):
    """The searchable choice is the admin's autocomplete over the meetings' full text."""
    _, meeting = unsorted
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "archive",
            "model_name": "sourcedocument",
            "field_name": "meeting",
            "term": "Astana",
        },
    )
    assert response.status_code == 200
    assert [r["id"] for r in response.json()["results"]] == [str(meeting.pk)]


def test_attaching_from_the_page(admin_client, unsorted):
    """Attach: the report joins the meeting, and the editor lands on the meeting."""
    source, meeting = unsorted
    response = admin_client.post(place_url(source), {"attach": "1", "meeting": meeting.pk})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:archive_meeting_change", args=[meeting.pk])
    source.refresh_from_db()
    assert source.meeting == meeting
    page = admin_client.get(place_url(source)).content.decode()
    assert "This report is placed" in page and 'name="attach"' not in page


def test_attaching_needs_a_meeting_that_exists(admin_client, unsorted):
    """No meeting, or one that does not exist: the form says so; nothing changes."""
    source, _ = unsorted
    for data in ({"attach": "1"}, {"attach": "1", "meeting": "999999"}, {"meeting": "x"}):
        response = admin_client.post(place_url(source), data)
        assert response.status_code == 200
        assert "errorlist" in response.content.decode()
    source.refresh_from_db()
    assert source.meeting is None


def test_creating_a_meeting_from_the_page(admin_client, unsorted):
    """Create: a new meeting under review from the report, and the editor lands on it."""
    source, existing = unsorted
    response = admin_client.post(place_url(source), {"create": "1"})
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.meeting not in (None, existing)
    assert response["Location"] == reverse("admin:archive_meeting_change", args=[source.meeting_id])
    assert source.meeting.status == Meeting.Status.NEEDS_REVIEW
    assert source.meeting.attendances.exists()


def test_editors_place_reports_and_others_may_not(client, django_user_model, unsorted):
    """The Editors group may attach and create; staff without permissions are refused."""
    source, meeting = unsorted
    clerk = django_user_model.objects.create_user("clerk", password="pw-12345!", is_staff=True)
    client.force_login(clerk)
    assert client.get(place_url(source)).status_code == 403
    assert client.post(place_url(source), {"create": "1"}).status_code == 403
    editor = django_user_model.objects.create_user("ed", password="pw-12345!", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(place_url(source)).status_code == 200
    response = client.post(place_url(source), {"attach": "1", "meeting": meeting.pk})
    assert response.status_code == 302
    assert Meeting.objects.get(pk=meeting.pk).sources.count() == 2


def test_a_bad_address_is_not_found(admin_client, unsorted):
    """No such report: 404, not an error page."""
    assert admin_client.get("/admin/archive/sourcedocument/abc/place/").status_code in {302, 404}
    assert admin_client.get("/admin/archive/sourcedocument/999999/place/").status_code == 404


def test_the_reports_list_finds_and_filters_unsorted_reports(admin_client, unsorted):
    """Unsorted reports are listed under their own filter and found by title or file name."""
    source, _ = unsorted
    url = reverse("admin:archive_sourcedocument_changelist")
    listed = admin_client.get(url, {"placed": "no"}).context["cl"].result_list
    assert list(listed) == [source]
    found = admin_client.get(url, {"q": "belta.txt"}).context["cl"].result_list
    assert list(found) == [source]
