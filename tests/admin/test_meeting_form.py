"""The meeting change page on real data: the slug follows corrections (the old address
redirects), confidence reads as words and percentages, the reports sit beside the fields with
the evidence of each field findable, and a person is added by picking them."""

import datetime

import pytest
from django.urls import reverse

from archive.models import Meeting, Participant
from tests.factories import make_meeting, make_organization, make_participant
from tests.helpers import change_form_data

pytestmark = pytest.mark.django_db


def edit(admin_client, obj, **changes):
    """Post the object's change form with ``changes``; the form must be accepted."""
    url = reverse(f"admin:archive_{obj._meta.model_name}_change", args=[obj.pk])
    data = change_form_data(admin_client.get(url))
    data.update(changes)
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    obj.refresh_from_db()
    return response


def moved_to(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 301, (url, response.status_code)
    return response["Location"]


def test_correcting_the_title_moves_the_slug_and_the_old_address_redirects(
    reference_data, admin_client, client
):
    """A meeting without a body has its title in its slug: the corrected title replaces the
    wrong one there, and the old address leads to the meeting."""
    meeting = make_meeting(
        title="Home | News | English",
        slug="2024-10-04-home-news-english",
        date_start=datetime.date(2024, 10, 4),
    )
    old_url = meeting.get_absolute_url()
    edit(admin_client, meeting, title="Joint collegium of the interior ministries")
    assert meeting.slug == "2024-10-04-joint-collegium-of-the-interior-ministries"
    assert moved_to(client, old_url) == meeting.get_absolute_url()
    assert client.get(meeting.get_absolute_url()).status_code == 200


def test_the_slug_follows_the_body_date_and_city_it_is_made_of(reference_data, admin_client):
    cmvd = make_organization("cmvd", name="Council of Interior Ministers", acronym="CMVD")
    meeting = make_meeting(
        title="Council session", body=cmvd, city="Astana", slug="2024-10-04-cmvd-astana"
    )
    edit(admin_client, meeting, city="Almaty")
    assert meeting.slug == "2024-10-04-cmvd-almaty"
    edit(admin_client, meeting, summary="Only the summary changes.")
    assert meeting.slug == "2024-10-04-cmvd-almaty"


def test_a_slug_the_editor_typed_is_kept(reference_data, admin_client, client):
    meeting = make_meeting(title="Wrong title", slug="undated-wrong-title")
    edit(admin_client, meeting, title="Right title", slug="right-title-by-hand")
    assert meeting.slug == "right-title-by-hand"
    assert moved_to(client, "/meetings/undated-wrong-title/") == "/meetings/right-title-by-hand/"


def test_a_followed_slug_never_takes_another_records_old_address(reference_data, admin_client):
    """An old address keeps leading where it led: a renamed meeting does not take it over."""
    first = make_meeting(title="Some meeting", slug="2024-10-04-joint-collegium")
    first.slug = "2024-10-04-cmvd-minsk"
    first.save()
    second = make_meeting(title="Garbage", slug="2024-10-04-garbage")
    edit(admin_client, second, title="Joint collegium")
    assert second.slug == "2024-10-04-joint-collegium-2"


def test_renaming_a_person_moves_their_slug(reference_data, admin_client, client):
    person = make_participant("Vladimir Kolokolcev", slug="vladimir-kolokolcev")
    edit(admin_client, person, name="Vladimir Kolokoltsev")
    assert person.slug == "vladimir-kolokoltsev"
    assert moved_to(client, "/people/vladimir-kolokolcev/") == "/people/vladimir-kolokoltsev/"
    assert Participant.objects.count() == 1 and Meeting.objects.count() == 0


def test_confidence_reads_as_a_percentage_with_words(reference_data, admin_client):
    """No float noise in the list, no JSON in the form: percentages and a word, and each
    field's score beside the field."""
    meeting = make_meeting(
        title="Scored meeting",
        confidence=0.9059999999999999,
        field_confidence={"title": 0.9, "city": 0.35, "date": 0.0, "participants": 0.655},
    )
    content = admin_client.get(reverse("admin:archive_meeting_changelist")).content.decode()
    assert "0.905" not in content and "91 %" in content

    url = reverse("admin:archive_meeting_change", args=[meeting.pk])
    response = admin_client.get(url)
    content = response.content.decode()
    assert "0.9059999999999999" not in content and "0.655" not in content
    assert "&quot;title&quot;: 0.9" not in content and '"title": 0.9' not in content
    for text in ("91 % (high)", "title: 90 % (high)", "city: 35 % (low)"):
        assert text in content, text
    assert "date: none found" in content and "people: 66 % (medium)" in content
    form = response.context["adminform"].form
    assert "Extraction: 35 % (low)" in form.fields["city"].help_text
    assert "Extraction: 90 % (high)" in form.fields["title"].help_text


@pytest.fixture
def imported(reference_data):
    """A meeting as the importer makes it from one report."""
    from archive.ingest.importer import ReportImporter
    from archive.ingest.reading import Report
    from tests.factories import CMVD_KAZINFORM

    outcome = ReportImporter().import_report(Report(name="kazinform.txt", text=CMVD_KAZINFORM))
    return Meeting.objects.get(pk=outcome.meeting_id)


def evidence_in(response, source) -> dict:
    """The evidence positions the page gives its script for one report."""
    import html
    import json
    import re

    content = response.content.decode()
    found = re.search(rf'id="report-{source.pk}" data-positions="([^"]*)"', content)
    assert found, "the report's evidence positions are on the page"
    return json.loads(html.unescape(found.group(1)))


def test_the_reports_sit_beside_the_fields_with_the_evidence_of_each_field(imported, admin_client):
    """The page carries, for each report, where the evidence of each field and each row of
    the form is in the text; the reports are beside the form, not an inline at the bottom."""
    meeting = imported
    source = meeting.sources.get()
    response = admin_client.get(reverse("admin:archive_meeting_change", args=[meeting.pk]))
    content = response.content.decode()
    assert 'class="meeting-editor"' in content and 'id="report-panel"' in content
    inlines = [f.formset.prefix for f in response.context["inline_admin_formsets"]]
    assert "sources" not in inlines
    assert content.index('id="report-panel"') > content.index('id="attendances-group"')
    positions = evidence_in(response, source)
    text = source.cleaned_text

    def passages(key):
        return [text[start:end] for start, end in positions[key]]

    extracted = source.extraction["evidence"]
    for field in ("date", "city", "body"):
        assert passages(field) == [extracted[field]["text"]], field
    chair = meeting.attendances.get(role="chair")
    assert passages(f"attendances:{chair.pk}") == [chair.evidence]
    kazakhstan = meeting.country_links.get(country__code="KZ")
    assert passages(f"country_links:{kazakhstan.pk}") == [kazakhstan.evidence]
    topic = meeting.topic_links.first()
    assert passages(f"topic_links:{topic.pk}")[0] == topic.evidence
    assert "meeting_editor.js" in content


def test_evidence_positions_count_as_the_browser_counts(reference_data, admin_client):
    """Positions are in UTF-16 code units, as JavaScript counts: a character outside the
    basic plane before the evidence does not shift the highlight."""
    import hashlib

    from archive.models import Attendance, SourceDocument

    meeting = make_meeting(title="Emoji meeting")
    text = "\U0001f1f0\U0001f1ff Flags first. Marat Tulebayev chaired the meeting."
    source = SourceDocument.objects.create(
        meeting=meeting,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        raw_text=text,
        cleaned_text=text,
    )
    sentence = "Marat Tulebayev chaired the meeting."
    chair = Attendance.objects.create(
        meeting=meeting,
        name_as_written="Marat Tulebayev",
        source=source,
        evidence=sentence,
        evidence_start=text.index(sentence),
        evidence_end=len(text),
    )
    response = admin_client.get(reverse("admin:archive_meeting_change", args=[meeting.pk]))
    [[start, end]] = evidence_in(response, source)[f"attendances:{chair.pk}"]
    utf16 = text.encode("utf-16-le")
    assert utf16[start * 2 : end * 2].decode("utf-16-le") == sentence


def test_person_autocomplete_tells_namesakes_apart(
    reference_data, admin_client, django_assert_max_num_queries
):
    """Typing a name in an attendance row lists namesakes with country, office and meeting
    count, the most-met first; the count costs no query per person."""
    from archive.models import Attendance
    from tests.factories import country

    rarely = make_participant("Ivan Petrov", country=country("KZ"), title="Deputy Head")
    often = make_participant("Ivan Petrov", country=country("RU"), title="Minister")
    make_participant("Ivan Petrov")
    for n in range(5):
        meeting = make_meeting()
        Attendance.objects.create(meeting=meeting, participant=often, name_as_written="I. Petrov")
        if n == 0:
            Attendance.objects.create(meeting=meeting, participant=rarely, name_as_written="Petrov")
    for n in range(12):
        make_participant(f"Petrov Namesake{n}")
    url = reverse("admin:archive_participant_autocomplete")
    params = {"term": "Ivan Petrov", "app_label": "archive", "model_name": "attendance"}
    with django_assert_max_num_queries(5):
        response = admin_client.get(url, {**params, "field_name": "participant"})
    assert response.status_code == 200
    texts = [result["text"] for result in response.json()["results"]]
    assert texts == [
        "Ivan Petrov — Russia · Minister · 5 meetings",
        "Ivan Petrov — Kazakhstan · Deputy Head · 1 meeting",
        "Ivan Petrov — no country · no title · 0 meetings",
    ]
    with django_assert_max_num_queries(5):
        response = admin_client.get(url, {**params, "term": "Petrov", "field_name": "participant"})
    assert len(response.json()["results"]) == 15

    meeting = make_meeting()
    page = admin_client.get(reverse("admin:archive_meeting_change", args=[meeting.pk]))
    assert f'data-ajax--url="{url}"' in page.content.decode()


def test_a_person_is_added_by_picking_them(reference_data, admin_client):
    """A new attendance row needs only the person: the name as written defaults to theirs."""
    person = make_participant("Marat Tulebayev")
    meeting = make_meeting()
    url = reverse("admin:archive_meeting_change", args=[meeting.pk])
    data = change_form_data(admin_client.get(url))
    data["attendances-TOTAL_FORMS"] = 1
    data.update({"attendances-0-participant": person.pk, "attendances-0-role": "speaker"})
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["inline_admin_formsets"][0].formset.errors
    attendance = meeting.attendances.get()
    assert (attendance.participant, attendance.name_as_written) == (person, "Marat Tulebayev")
    assert attendance.role == "speaker" and attendance.match == "editor"

    data = change_form_data(admin_client.get(url))
    data["attendances-TOTAL_FORMS"] = 2
    data["attendances-1-role"] = "chair"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][0].formset.errors[1]
    assert errors["name_as_written"] == ["Type the name as the report wrote it, or pick a person."]
