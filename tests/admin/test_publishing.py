"""Publishing from the meeting list: a selection with weak meetings (a title that is no title,
no date, no convening body) is published only after the editor saw which and why."""

import pytest
from django.urls import reverse

from archive.editorial.publishing import organization_names, publishing_gaps, title_weakness
from archive.models import Meeting
from tests.factories import make_meeting, make_organization
from tests.helpers import change_form_data

pytestmark = pytest.mark.django_db

MEETINGS = reverse("admin:archive_meeting_changelist")


@pytest.mark.parametrize(
    ("title", "weakness"),
    [
        ("Тоҷикӣ | Русский | English", "site navigation, not a headline"),
        (
            "service agencies of the CIS member states was held in the city of",
            "starts mid-sentence",
        ),
        ("Heads of CIS border troops met in", "ends mid-sentence"),
        ("Meeting 12", "too short to tell the meeting"),
        ("Federal Customs Service", "only the name of an organization"),
        ("Delegations " * 20, "a paragraph, not a title"),
        ("52nd meeting of the Council of Interior Ministers", None),
        ("Заседание Совета глав МВД стран СНГ пройдёт в Душанбе", None),
    ],
)
def test_a_weak_title_is_told_from_a_title(reference_data, title, weakness):
    assert title_weakness(title, organization_names()) == weakness


@pytest.fixture
def selection(reference_data):
    body = make_organization("cmvd", name="Council of Interior Ministers", kind="body")
    unpublished = {"status": Meeting.Status.NEEDS_REVIEW, "body": body}
    return {
        "good": make_meeting(
            title="52nd meeting of the Council of Interior Ministers", **unpublished
        ),
        "navigation": make_meeting(title="Тоҷикӣ | Русский | English", **unpublished),
        "undated": make_meeting(
            title="Council of Interior Ministers in Baku",
            date_start=None,
            date_precision="unknown",
            **unpublished,
        ),
        "bodiless": make_meeting(
            title="Border guards met in Osh", status=Meeting.Status.NEEDS_REVIEW
        ),
        "published": make_meeting(title="Old", status=Meeting.Status.PUBLISHED),
    }


def publish(admin_client, meetings, **extra):
    data = {"action": "publish", "_selected_action": [m.pk for m in meetings], **extra}
    return admin_client.post(MEETINGS, data)


def statuses(selection):
    return {name: Meeting.objects.get(pk=meeting.pk).status for name, meeting in selection.items()}


def test_publishing_weak_meetings_asks_first_and_says_which_and_why(selection, admin_client):
    s = selection
    before = statuses(s)
    response = publish(admin_client, s.values())
    assert response.status_code == 200
    assert statuses(s) == before  # nothing published yet
    content = response.content.decode()
    assert "3 of the 4 meetings to publish need a look" in content
    rows = {meeting.pk: reasons for meeting, reasons in response.context["weak"]}
    assert rows == {
        s["navigation"].pk: ["weak title: site navigation, not a headline"],
        s["undated"].pk: ["no date"],
        s["bodiless"].pk: ["no convening body"],
    }
    for name in ("navigation", "undated", "bodiless"):
        change = reverse("admin:archive_meeting_change", args=[s[name].pk])
        assert f'href="{change}"' in content
    assert "Publish all 4 anyway" in content and "Publish only the 1 without problems" in content

    response = publish(admin_client, s.values(), confirm="ready")
    assert response.status_code == 302
    assert statuses(s)["good"] == "published"
    assert {statuses(s)[name] for name in ("navigation", "undated", "bodiless")} == {"needs_review"}
    messages = [str(m) for m in response.wsgi_request._messages]
    assert "Published 1 meeting(s)." in messages
    assert "Left 3 meeting(s) unpublished: they need a look." in messages

    response = publish(admin_client, s.values(), confirm="all")
    assert response.status_code == 302
    assert set(statuses(s).values()) == {"published"}


def test_a_selection_without_problems_is_published_at_once(selection, admin_client):
    response = publish(admin_client, [selection["good"]])
    assert response.status_code == 302
    assert statuses(selection)["good"] == "published"


def test_gaps_are_found_for_the_unpublished_only(selection):
    """An already published meeting is not held up again; the check reads the selection in
    one pass."""
    gaps = publishing_gaps(Meeting.objects.all())
    assert {meeting.title for meeting, _ in gaps} == {
        "Тоҷикӣ | Русский | English",
        "Council of Interior Ministers in Baku",
        "Border guards met in Osh",
    }


def test_publishing_a_weak_meeting_from_its_form_says_what_it_lacks(selection, admin_client):

    meeting = selection["undated"]
    url = reverse("admin:archive_meeting_change", args=[meeting.pk])
    data = change_form_data(admin_client.get(url))
    data["status"] = "published"
    response = admin_client.post(url, data, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert "Published, but readers will see what it lacks: no date." in messages
