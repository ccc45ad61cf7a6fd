"""Editors' admin: every model is there for a superuser, and edits are marked curated."""

import pytest
from django.contrib import admin
from django.urls import reverse

from archive.models import Meeting, Topic
from tests.factories import make_meeting, make_participant

pytestmark = pytest.mark.django_db

ARCHIVE_MODELS = {
    "country",
    "topic",
    "organization",
    "participant",
    "meeting",
    "sourcedocument",
    "attendance",
}


def test_superuser_sees_every_archive_model(admin_client, reference_data):
    """Each model has a working change list and add form."""
    registered = {
        m._meta.model_name for m in admin.site._registry if m._meta.app_label == "archive"
    }
    assert registered >= ARCHIVE_MODELS
    make_meeting()
    make_participant()
    for model_name in sorted(registered):
        changelist = reverse(f"admin:archive_{model_name}_changelist")
        assert admin_client.get(changelist).status_code == 200, model_name
        assert admin_client.get(changelist, {"q": "Tulebayev"}).status_code == 200, model_name
    meeting = Meeting.objects.first()
    assert (
        admin_client.get(reverse("admin:archive_meeting_change", args=[meeting.pk])).status_code
        == 200
    )


def test_anonymous_visitors_are_sent_to_the_login(client):
    """The admin is for signed-in staff only."""
    response = client.get(reverse("admin:archive_meeting_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_editing_a_topic_marks_the_changed_fields_curated(admin_client, reference_data):
    """An editor's change is recorded so a re-load keeps it."""
    topic = Topic.objects.get(slug="terrorism")
    url = reverse("admin:archive_topic_change", args=[topic.pk])
    patterns = list(topic.patterns)
    response = admin_client.post(
        url,
        {
            "slug": topic.slug,
            "name": topic.name,
            "description": "Edited by an editor.",
            "patterns": "\n".join(topic.patterns),
            "curated_fields": "",
            # Array fields with a callable default render their initial value in a hidden
            # input, as the browser would send it back.
            "initial-patterns": "\n".join(topic.patterns),
            "initial-curated_fields": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    topic.refresh_from_db()
    assert topic.description == "Edited by an editor."
    assert topic.curated_fields == ["description"]
    assert topic.patterns == patterns and len(patterns) > 1


def test_meeting_list_filters_by_country_and_topic(admin_client, reference_data):
    """The country and topic filters of the meeting list use the facet-key arrays."""
    from archive.models import Country, MeetingCountry, MeetingTopic

    kz, ru = Country.objects.get(code="KZ"), Country.objects.get(code="RU")
    terrorism = Topic.objects.get(slug="terrorism")
    with_kz = make_meeting(title="Astana meeting")
    with_ru = make_meeting(title="Moscow meeting")
    MeetingCountry.objects.create(meeting=with_kz, country=kz)
    MeetingTopic.objects.create(meeting=with_kz, topic=terrorism)
    MeetingCountry.objects.create(meeting=with_ru, country=ru)
    for meeting in (with_kz, with_ru):
        meeting.refresh_facet_keys()
    url = reverse("admin:archive_meeting_changelist")
    for query in ({"country": kz.pk}, {"topic": terrorism.pk}):
        content = admin_client.get(url, query).content.decode()
        assert "Astana meeting" in content and "Moscow meeting" not in content, query
    content = admin_client.get(url, {"country": ru.pk}).content.decode()
    assert "Moscow meeting" in content and "Astana meeting" not in content


def test_a_cyrillic_spelling_an_editor_adds_becomes_the_persons_cyrillic_name(admin_client, db):
    """The person's page in the admin shows the derived names; adding «Иван Кубраков» as a
    spelling makes it the Cyrillic name readers see."""
    from archive.models import Participant

    person = Participant.objects.create(name="Ivan Kubrakov", slug="ivan-kubrakov")
    person.add_variant("Ivan Kubrakov")
    url = f"/admin/archive/participant/{person.pk}/change/"
    page = admin_client.get(url)
    assert page.status_code == 200 and "Name in Cyrillic" in page.content.decode()
    variant = person.name_variants.get()
    data = {
        "name": "Ivan Kubrakov",
        "slug": "ivan-kubrakov",
        "title": "",
        "name_variants-TOTAL_FORMS": "2",
        "name_variants-INITIAL_FORMS": "1",
        "name_variants-MIN_NUM_FORMS": "0",
        "name_variants-MAX_NUM_FORMS": "1000",
        "name_variants-0-id": str(variant.pk),
        "name_variants-0-participant": str(person.pk),
        "name_variants-0-name": "Ivan Kubrakov",
        "name_variants-1-participant": str(person.pk),
        "name_variants-1-name": "Иван Кубраков",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    person.refresh_from_db()
    assert person.name_cyrillic == "Иван Кубраков"
    assert person.name_in("cyrillic") == "Иван Кубраков"
