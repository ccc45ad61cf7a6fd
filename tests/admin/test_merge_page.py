"""The merge page: the record to keep is chosen for the editor by default, and the page says
why; the editor can still choose another."""

import pytest
from django.urls import reverse

from archive.models import Attendance, MergeLog, Participant
from tests.factories import make_meeting, make_participant

pytestmark = pytest.mark.django_db


def attend_many(person, count):
    for _ in range(count):
        Attendance.objects.create(
            meeting=make_meeting(), participant=person, name_as_written=person.name
        )


def test_the_merge_page_preselects_the_record_with_more_meetings_and_says_why(admin_client):
    weak = make_participant("Vladimir Kolokolcev")  # first by name and by id
    strong = make_participant("Vladimir Kolokoltsev")
    attend_many(weak, 3)
    attend_many(strong, 10)
    url = reverse("admin:archive_participant_merge")
    response = admin_client.get(url, {"ids": f"{weak.pk},{strong.pk}"})
    assert response.status_code == 200
    assert response.context["form"]["keep"].value() == strong.pk
    content = response.content.decode()
    assert f'value="{strong.pk}" id="keep-{strong.pk}" checked' in content
    assert f'value="{weak.pk}" id="keep-{weak.pk}" checked' not in content
    assert "Vladimir Kolokoltsev has the most meetings: 10, against 3." in content

    # The editor's choice still wins.
    response = admin_client.post(url, {"ids": f"{weak.pk},{strong.pk}", "keep": weak.pk})
    assert response.status_code == 302
    assert MergeLog.objects.get().kept_id == weak.pk
    assert not Participant.objects.filter(pk=strong.pk).exists()
