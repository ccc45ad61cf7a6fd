"""`manage.py reextract`: every stored report read again with the extractor as it is now —
meetings rebuilt with what editors curated kept, unsorted reports placed when they now can be."""

from io import StringIO

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from archive.ingest.importer import ReportImporter
from archive.ingest.pipeline import IMPORT_LOCK
from archive.ingest.reading import Report
from archive.models import Meeting, SourceDocument
from tests.factories import CMVD_KAZINFORM
from tests.helpers import url_for

pytestmark = pytest.mark.django_db

# Text, but nothing that places it: no body, no people, no date, no place.
NOTHING_TO_PLACE = "Weather for the weekend: sunny spells and light winds across the region.\n"


@pytest.fixture
def imported(reference_data):
    outcome = ReportImporter().import_report(Report(name="kazinform.txt", text=CMVD_KAZINFORM))
    assert outcome.action == "created", outcome.reason
    return Meeting.objects.get(pk=outcome.meeting_id)


def reextract(*args):
    out = StringIO()
    call_command("reextract", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_meetings_made_by_older_rules_are_rebuilt(imported):
    """A title and a city left by older rules are made again from the stored report."""
    title, city = imported.title, imported.city
    Meeting.objects.filter(pk=imported.pk).update(title="Home | News | Politics", city="Damaged")
    output = reextract()
    imported.refresh_from_db()
    assert (imported.title, imported.city) == (title, city)
    assert "Meetings rebuilt: 1 of 1, from 1 report(s); 1 title(s) changed." in output


def test_what_editors_curated_is_kept(imported):
    Meeting.objects.filter(pk=imported.pk).update(title="Editors' title", city="Damaged")
    imported.refresh_from_db()
    imported.mark_curated("title")
    imported.save()
    output = reextract()
    imported.refresh_from_db()
    assert imported.title == "Editors' title"
    assert imported.city != "Damaged"
    assert "0 title(s) changed" in output


def test_unsorted_reports_are_placed_when_they_now_can_be(imported):
    """A report kept unsorted by an older extractor gets a meeting (under review); a report
    that still cannot be placed stays unsorted, with nothing lost."""
    source = imported.sources.get()
    Meeting.objects.filter(pk=imported.pk).delete()
    SourceDocument.objects.filter(pk=source.pk).update(meeting=None, extraction={})
    outcome = ReportImporter().import_report(Report(name="weather.txt", text=NOTHING_TO_PLACE))
    assert outcome.action == "unsorted"

    output = reextract()
    source.refresh_from_db()
    assert source.meeting is not None
    assert source.meeting.status == Meeting.Status.NEEDS_REVIEW
    assert source.meeting.ordinal == 52
    weather = SourceDocument.objects.get(raw_text=NOTHING_TO_PLACE)
    assert weather.meeting is None
    assert "Unsorted reports read again: 2; placed now: 1 (in 1 meeting(s))" in output


def test_one_meeting_by_slug_and_an_unknown_slug(imported):
    Meeting.objects.filter(pk=imported.pk).update(city="Damaged")
    output = reextract("--meeting", imported.slug)
    imported.refresh_from_db()
    assert imported.city != "Damaged"
    assert "Unsorted reports read again" not in output  # one meeting asked for, nothing else
    with pytest.raises(CommandError, match="no-such-meeting"):
        reextract("--meeting", "no-such-meeting")


def test_a_running_import_stops_the_run_with_a_message(imported):
    Meeting.objects.filter(pk=imported.pk).update(city="Damaged")
    with psycopg.connect(url_for(connection.settings_dict["NAME"])) as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s, %s)", IMPORT_LOCK)
        with pytest.raises(CommandError, match="held the archive's lock") as stopped:
            reextract("--lock-wait", "0.3")
    assert stopped.value.returncode == 2
    imported.refresh_from_db()
    assert imported.city == "Damaged"


def test_editors_read_chosen_unsorted_reports_again_from_the_admin(imported, admin_client):
    """The reports list's action places the chosen unsorted reports the extractor now can,
    leaves reports that have a meeting alone, and writes the admin history."""
    from django.contrib.admin.models import LogEntry
    from django.urls import reverse

    source = imported.sources.get()
    Meeting.objects.filter(pk=imported.pk).delete()
    SourceDocument.objects.filter(pk=source.pk).update(meeting=None, extraction={})
    copy = CMVD_KAZINFORM.replace("Astana", "Astana city")
    assert ReportImporter().import_report(Report(name="copy.txt", text=copy)).meeting_id
    placed = SourceDocument.objects.exclude(pk=source.pk).get()
    selected = [source.pk, placed.pk]
    response = admin_client.post(
        reverse("admin:archive_sourcedocument_changelist"),
        {"action": "place_again", "_selected_action": selected},
        follow=True,
    )
    text = response.content.decode()
    assert "Read 1 unsorted report(s) again: 1 placed" in text
    assert "1 selected report(s) already had a meeting and were left alone" in text
    source.refresh_from_db()
    assert source.meeting is not None
    assert LogEntry.objects.filter(
        object_id=str(source.meeting_id), change_message__contains="read again by the extractor"
    ).exists()
