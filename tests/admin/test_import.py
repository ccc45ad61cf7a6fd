"""Admin upload: preview first (nothing written), then import through the same importer."""

import psycopg
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from archive.admin import upload
from archive.ingest.pipeline import IMPORT_LOCK
from archive.models import Meeting, Participant, SourceDocument
from tests.factories import CHSSS_DUSHANBE, CMVD_BELTA, CMVD_KAZINFORM
from tests.helpers import url_for

pytestmark = pytest.mark.django_db

URL = reverse("admin:archive_meeting_import")


def test_upload_previews_then_imports(admin_client, reference_data):
    """The preview lists the meeting and people; only the confirmation writes them."""
    upload = SimpleUploadedFile("kazinform.txt", CMVD_KAZINFORM.encode("cp1251"))
    response = admin_client.post(URL, {"files": [upload], "status": "needs_review"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "would be created" in content
    assert "Yerzhan Sadenov" in content
    assert Meeting.objects.count() == 0 and Participant.objects.count() == 0

    response = admin_client.post(URL, {"confirm": "1"})
    assert response.status_code == 200
    assert "Imported 1 report(s); 0 failed." in response.content.decode()
    meeting = Meeting.objects.get()
    assert meeting.status == "needs_review"
    assert meeting.sources.get().file_name == "kazinform.txt"


def test_preview_shows_links_to_existing_meeting_and_people(admin_client, reference_data):
    """A second report of a known meeting previews as 'attached', naming the people it links."""
    admin_client.post(URL, {"text": CMVD_KAZINFORM, "name": "Kazinform", "status": "draft"})
    admin_client.post(URL, {"confirm": "1"})
    meeting = Meeting.objects.get()
    response = admin_client.post(URL, {"text": CMVD_BELTA, "name": "BelTA", "status": "draft"})
    content = response.content.decode()
    assert "would be attached" in content
    assert reverse("admin:archive_meeting_change", args=[meeting.pk]) in content
    sadenov = Participant.objects.get(name_variants__normalized="yerzhan sadenov")
    assert reverse("admin:archive_participant_change", args=[sadenov.pk]) in content
    assert SourceDocument.objects.count() == 1
    admin_client.post(URL, {"confirm": "1"})
    assert Meeting.objects.get().sources.count() == 2


def test_bad_uploads_are_reported_without_a_traceback(admin_client, reference_data):
    """Binary and unsupported files each get a message; nothing is written."""
    files = [
        SimpleUploadedFile("photo.png", b"\x89PNG\r\n\x1a\n"),
        SimpleUploadedFile("blob.txt", bytes(range(256)) * 10),
    ]
    response = admin_client.post(URL, {"files": files, "status": "draft"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "photo.png: unsupported file type" in content
    assert "blob.txt" in content and "binary" in content
    assert "Import 0" not in content and 'name="confirm"' not in content
    assert Meeting.objects.count() == 0 and SourceDocument.objects.count() == 0


def test_a_report_of_no_meeting_is_kept_unsorted(admin_client, reference_data):
    """Text the importer cannot place previews as kept unsorted, with the reason, and the
    confirmation stores it without a meeting, saying so."""
    recipe = SimpleUploadedFile("recipe.txt", b"Mix flour and water and bake the bread.\n" * 4)
    content = admin_client.post(URL, {"files": [recipe], "status": "draft"}).content.decode()
    assert "would be kept unsorted" in content and "no recognisable meeting" in content
    assert SourceDocument.objects.count() == 0
    content = admin_client.post(URL, {"confirm": "1"}).content.decode()
    assert "1 kept unsorted" in content
    assert SourceDocument.objects.get().meeting is None
    assert Meeting.objects.count() == 0


def test_an_upload_into_an_archive_without_reference_data_says_so(admin_client):
    """No countries, topics or bodies: a message, not a traceback, and nothing written."""
    response = admin_client.post(URL, {"text": CMVD_KAZINFORM, "status": "draft"}, follow=True)
    assert response.status_code == 200
    assert "load_reference_data" in response.content.decode()
    assert SourceDocument.objects.count() == 0


def test_empty_form_asks_for_input(admin_client):
    """Submitting nothing explains what is needed."""
    response = admin_client.post(URL, {"status": "draft"})
    assert "Choose at least one file or paste a report." in response.content.decode()


def test_confirm_without_preview_does_nothing(admin_client):
    """A stale confirmation is refused with a message."""
    response = admin_client.post(URL, {"confirm": "1"}, follow=True)
    assert "preview expired" in response.content.decode()
    assert Meeting.objects.count() == 0


def test_staff_without_permission_and_anonymous_are_refused(client, django_user_model):
    """Importing needs the permission to add meetings."""
    assert client.get(URL).status_code == 302  # to the login page
    clerk = django_user_model.objects.create_user("clerk", password="pw-12345!", is_staff=True)
    client.force_login(clerk)
    assert client.get(URL).status_code == 403


def test_meeting_list_links_to_the_import(admin_client):
    """Editors find the import from the meetings list."""
    response = admin_client.get(reverse("admin:archive_meeting_changelist"))
    assert URL in response.content.decode()


def test_an_upload_over_the_cap_is_refused_before_its_files_are_read(admin_client, settings):
    """An upload bigger than REPORT_UPLOAD_MAX_BYTES: a 413 page that says so, and no file
    kept in memory or on disk."""
    settings.REPORT_UPLOAD_MAX_BYTES = 100_000
    upload_file = SimpleUploadedFile("huge.txt", CMVD_KAZINFORM.encode() * 200)
    response = admin_client.post(URL, {"files": [upload_file], "status": "draft"})
    assert response.status_code == 413
    content = response.content.decode()
    assert "The upload is " in content and "over the 97.7 KB limit" in content
    assert "REPORT_UPLOAD_MAX_BYTES" in content
    assert not response.wsgi_request.FILES
    assert upload.SESSION_KEY not in admin_client.session


def test_a_file_over_the_report_limit_is_refused_by_its_size(
    admin_client, reference_data, settings
):
    """Each file over REPORT_MAX_BYTES is refused by its size, the others previewed."""
    settings.REPORT_MAX_BYTES = 1_000
    files = [
        SimpleUploadedFile("long.txt", CMVD_KAZINFORM.encode() * 3),
        SimpleUploadedFile("short.txt", CMVD_BELTA.encode()),
    ]
    response = admin_client.post(URL, {"files": files, "status": "draft"})
    content = response.content.decode()
    assert "long.txt: the file is " in content and "limit (REPORT_MAX_BYTES)" in content
    assert "short.txt" in content and "would be created" in content


def test_the_preview_stops_when_its_time_is_up(admin_client, reference_data, settings):
    """Past REPORT_PREVIEW_SECONDS the remaining files are not previewed (nor imported): the
    page names them, and the confirmation imports only what the preview showed."""
    settings.REPORT_PREVIEW_SECONDS = 0
    files = [
        SimpleUploadedFile("a.txt", CMVD_KAZINFORM.encode()),
        SimpleUploadedFile("b.txt", CHSSS_DUSHANBE.encode()),
        SimpleUploadedFile("c.txt", CMVD_BELTA.encode()),
    ]
    response = admin_client.post(URL, {"files": files, "status": "draft"})
    content = response.content.decode()
    assert "would be created" in content
    assert "b.txt: not previewed" in content and "c.txt: not previewed" in content
    assert "Import 1 report" in content
    admin_client.post(URL, {"confirm": "1"})
    assert list(SourceDocument.objects.values_list("file_name", flat=True)) == ["a.txt"]


def test_preview_waits_for_an_import_in_progress_then_says_so(
    admin_client, reference_data, monkeypatch
):
    """While another import writes to the archive, the preview waits a little, then says so
    instead of racing it."""
    monkeypatch.setattr(upload, "LOCK_WAIT_SECONDS", 0.5)
    with psycopg.connect(url_for(connection.settings_dict["NAME"])) as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s, %s)", IMPORT_LOCK)
        response = admin_client.post(
            URL, {"text": CMVD_KAZINFORM, "name": "Kazinform", "status": "draft"}
        )
    content = response.content.decode()
    assert "another import is writing to the archive" in content
    assert 'name="confirm"' not in content


MEETING_RU = (
    "Совещание министров внутренних дел в Минске\n\n"
    "МИНСК, 12 августа 2025 года. 12 августа в Минске министр внутренних дел Российской "
    "Федерации Владимир Колокольцев провёл встречу с министром внутренних дел Республики "
    "Беларусь Иваном Кубраковым. Стороны обсудили борьбу с наркопреступностью.\n"
)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-16"])
def test_an_upload_in_a_russian_code_page_keeps_its_cyrillic(
    admin_client, reference_data, encoding
):
    """A Windows-1251 (or KOI8-R, UTF-16) file titled «Совещание министров» previews and is
    stored in Cyrillic: title, text and the people's native spellings, no mojibake."""
    upload = SimpleUploadedFile("minsk.txt", MEETING_RU.encode(encoding))
    response = admin_client.post(URL, {"files": [upload], "status": "published"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Совещание министров внутренних дел в Минске" in content
    admin_client.post(URL, {"confirm": "1"})
    meeting = Meeting.objects.get()
    source = meeting.sources.get()
    assert source.title == "Совещание министров внутренних дел в Минске"
    assert source.raw_text.strip() == MEETING_RU.strip() and source.language == "ru"
    kolokoltsev = Participant.objects.get(name_variants__name="Владимир Колокольцев")
    assert kolokoltsev.name == "Vladimir Kolokoltsev"
