"""Browser: an editor's round trip in a real Chromium — sign in, open the review
queue, fix a participant's role, merge two spellings of one person, publish the meeting, and
read the change on the public page."""

import re

import pytest

from archive import editorial
from archive.models import Attendance, Meeting, MergeLog, Participant
from tests.factories import editors_group, make_meeting, make_organization, make_participant

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def person(name: str) -> Participant:
    p = make_participant(name)
    p.add_variant(name)
    return p


@pytest.fixture
def reader(browser):
    """A second, anonymous browser: what the public sees."""
    context = browser.new_context()
    yield context.new_page()
    context.close()


def test_editor_fixes_merges_publishes_and_the_public_page_shows_it(
    page, reader, live_server, django_user_model
):
    """The whole editorial round trip, through the UI only."""
    editor = django_user_model.objects.create_user(
        "editor", "editor@example.org", "s3cret-pass!", is_staff=True
    )
    editor.groups.add(editors_group())
    earlier = make_meeting(title="Earlier council meeting", status="published")
    kolokoltsev = person("Vladimir Kolokoltsev")
    Attendance.objects.create(
        meeting=earlier, participant=kolokoltsev, name_as_written="Vladimir Kolokoltsev"
    )
    body = make_organization("cmvd", name="Council of Interior Ministers", kind="body")
    meeting = make_meeting(
        title="Council of Interior Ministers in Astana", body=body, status="needs_review"
    )
    yatimov = person("Saimumin Yatimov")
    chair = Attendance.objects.create(
        meeting=meeting,
        participant=yatimov,
        name_as_written="Saimumin Yatimov",
        role="attendee",
        match="fuzzy",
        confidence=0.4,
    )
    twin = person("Vladimir Kolokolcev")
    Attendance.objects.create(
        meeting=meeting,
        participant=twin,
        name_as_written="Vladimir Kolokolcev",
        role="speaker",
        match="new",
    )
    for m in (earlier, meeting):
        m.refresh_facet_keys()
    editorial.sync_everything()  # as an import does for what it wrote
    twin_url = twin.get_absolute_url()
    public_url = f"{live_server.url}{meeting.get_absolute_url()}"

    # Readers cannot see the meeting yet.
    assert reader.goto(public_url).status == 404

    # Sign in.
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "s3cret-pass!")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    # The review queue lists the uncertain match and the look-alike new person.
    page.click("#review-queue-link")
    page.wait_for_url(re.compile(r"/admin/archive/meeting/review/$"))
    uncertain = page.locator("tr.kind-uncertain_person", has_text="Saimumin Yatimov")
    similar = page.locator("tr.kind-similar_people", has_text="Vladimir Kolokolcev")
    assert uncertain.count() == 1 and similar.count() == 1

    # Fix the role: one click to the attendance, change, save, back in the queue.
    uncertain.locator("a.fix-link").click()
    page.select_option("#id_role", "chair")
    page.click("input[name=_save]")
    page.wait_for_url(re.compile(r"/admin/archive/meeting/review/$"))
    assert page.locator("tr.kind-uncertain_person", has_text="Saimumin Yatimov").count() == 0
    chair.refresh_from_db()
    assert (chair.role, chair.match) == ("chair", Attendance.Match.EDITOR)

    # Merge the two spellings, keeping the established record.
    page.locator("tr.kind-similar_people", has_text="Vladimir Kolokolcev").locator(
        "a.fix-link"
    ).click()
    page.check(f"#keep-{kolokoltsev.pk}")
    page.click("#merge-form input[type=submit]")
    page.wait_for_url(re.compile(rf"/admin/archive/participant/{kolokoltsev.pk}/change/"))
    assert "Merged Vladimir Kolokolcev into Vladimir Kolokoltsev" in page.inner_text(
        "ul.messagelist"
    )
    assert not Participant.objects.filter(name="Vladimir Kolokolcev").exists()
    assert MergeLog.objects.filter(kept=kolokoltsev, created_by=editor).exists()

    # Publish from the meetings list.
    page.goto(f"{live_server.url}/admin/archive/meeting/")
    page.check(f'input[name=_selected_action][value="{meeting.pk}"]')
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    assert "Published 1 meeting(s)." in page.inner_text("ul.messagelist")
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.PUBLISHED

    # A reader now sees the corrected meeting.
    response = reader.goto(public_url)
    assert response.status == 200
    # The name stays as the report wrote it; the person is the kept record.
    assert reader.locator(f'a[href="{kolokoltsev.get_absolute_url()}"]').count() >= 1
    assert reader.locator(f'a[href="{twin_url}"]').count() == 0
    assert "Vladimir Kolokoltsev" in reader.inner_text("body")
    yatimov_line = reader.locator(":is(li, tr, p, div)", has_text="Saimumin Yatimov").last
    assert "Chair" in yatimov_line.inner_text()


def test_editor_adds_a_topic_pattern_one_per_line(page, live_server, django_user_model):
    """In the browser, patterns are edited one per line; only the changed field is curated."""
    from archive.models import Topic

    editor = django_user_model.objects.create_user(
        "editor", "editor@example.org", "s3cret-pass!", is_staff=True
    )
    editor.groups.add(editors_group())
    topic = Topic.objects.create(
        slug="cybercrime", name="Cybercrime", patterns=["cybercrime", "hacker*, cracker*"]
    )
    page.goto(f"{live_server.url}/admin/archive/topic/{topic.pk}/change/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "s3cret-pass!")
    page.click("input[type=submit]")
    assert page.input_value("#id_patterns") == "cybercrime\nhacker*, cracker*"
    page.fill("#id_patterns", "cybercrime\nhacker*, cracker*\n\n+ransomware\n")
    page.click("input[name=_save]")
    page.wait_for_url(re.compile(r"/admin/archive/topic/$"))
    topic.refresh_from_db()
    assert topic.patterns == ["cybercrime", "hacker*, cracker*", "+ransomware"]
    assert topic.curated_fields == ["patterns"]
