"""Public pages show published meetings; drafts stay with the editors."""

import pytest

from archive.models import Attendance
from tests.factories import make_meeting, make_participant

pytestmark = pytest.mark.django_db


def test_published_meeting_page_shows_its_people(client):
    """A reader opens a published meeting and sees who took part."""
    meeting = make_meeting(title="5th meeting of heads of capital police divisions")
    person = make_participant("Marat Tulebayev")
    Attendance.objects.create(
        meeting=meeting, participant=person, name_as_written="Marat Tulebayev", role="chair"
    )
    response = client.get(meeting.get_absolute_url())
    assert response.status_code == 200
    assert b"Marat Tulebayev" in response.content
    assert b"Chair" in response.content
    assert client.get(person.get_absolute_url()).status_code == 200


def test_drafts_are_hidden_from_readers_but_not_from_staff(client, admin_client):
    """Only published meetings are public."""
    draft = make_meeting(status="draft", title="Unreviewed meeting")
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert b"Unreviewed meeting" not in client.get("/").content
    assert admin_client.get(draft.get_absolute_url()).status_code == 200


def test_report_text_is_escaped(client):
    """Report text is untrusted: markup in it is shown, never run."""
    from archive.models import SourceDocument

    meeting = make_meeting(summary="<script>alert(1)</script>")
    SourceDocument.objects.create(
        meeting=meeting,
        sha256="b" * 64,
        raw_text="x",
        cleaned_text='<img src=x onerror="alert(2)">',
    )
    content = client.get(meeting.get_absolute_url()).content
    assert b"<script>alert(1)" not in content
    assert b"<img src=x" not in content
    assert b"&lt;script&gt;" in content
