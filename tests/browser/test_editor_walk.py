"""Browser: an editor's walk through real-data fixes in Chromium at a laptop's 1280 px — the
meeting page fits with the report beside the fields and the evidence of the field in focus
highlighted; a garbage title is fixed (the slug follows, the old address answers 301); two
spellings of one person are merged (the stronger record preselected; the old address leads to
the kept page); and a bulk publish asks first about the weak meeting."""

import hashlib
import importlib
import re

import pytest
from django.contrib.auth.models import Group, Permission

from archive.models import Attendance, Meeting, Participant, SourceDocument
from tests.factories import make_meeting, make_organization, make_participant

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

editors_migration = importlib.import_module("archive.migrations.0003_editors_group")

LAPTOP = {"width": 1280, "height": 800}
REPORT = (
    "Home | News | English\n\n"
    "TASHKENT, 4 October 2024 - Heads of border services met in Tashkent.\n\n"
    "The meeting was chaired by Colonel Rustam Yuldashev.\n"
)


def editors_group() -> Group:
    """The group as the data migration makes it (a transactional test starts from a flushed
    database, where migrations' data is gone)."""
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label="archive", codename__in=editors_migration.codenames()
        )
    )
    return group


def span(sentence: str) -> dict:
    start = REPORT.index(sentence)
    return {"start": start, "end": start + len(sentence), "text": sentence}


@pytest.fixture
def walk_data():
    """A meeting as the importer left it from a page with navigation for a headline, its
    report, and one person under two records (the second seen at fewer meetings)."""
    garbage = make_meeting(
        title="Home | News | English",
        slug="2024-10-04-home-news-english",
        status="needs_review",
        city="Tashkent",
        field_confidence={"title": 0.9, "city": 0.45},
        confidence=0.6749999999999999,
    )
    city = "TASHKENT, 4 October 2024 - Heads of border services met in Tashkent."
    chaired = "The meeting was chaired by Colonel Rustam Yuldashev."
    report = SourceDocument.objects.create(
        meeting=garbage,
        sha256=hashlib.sha256(REPORT.encode()).hexdigest(),
        raw_text=REPORT,
        cleaned_text=REPORT,
        title="Border services in Tashkent",
        extraction={"evidence": {"city": span(city), "date": span(city)}},
    )
    kept = make_participant("Rustam Yuldashev", slug="rustam-yuldashev")
    twin = make_participant("Rustam Yuldoshev", slug="rustam-yuldoshev")
    chair = Attendance.objects.create(
        meeting=garbage,
        participant=twin,
        name_as_written="Rustam Yuldoshev",
        role="chair",
        source=report,
        evidence=chaired,
        evidence_start=REPORT.index(chaired),
        evidence_end=REPORT.index(chaired) + len(chaired),
    )
    for n in range(3):
        earlier = make_meeting(title=f"Earlier border council {n}", status="published")
        Attendance.objects.create(meeting=earlier, participant=kept, name_as_written=kept.name)
        earlier.refresh_facet_keys()
    body = make_organization("border-council", name="Border Troops Council", kind="body")
    ready = make_meeting(title="Border Troops Council in Bishkek", body=body, status="draft")
    garbage.refresh_facet_keys()
    return {"meeting": garbage, "chair": chair, "kept": kept, "twin": twin, "ready": ready}


def sign_in(page, live_server, django_user_model):
    editor = django_user_model.objects.create_user(
        "editor", "editor@example.org", "s3cret-pass!", is_staff=True
    )
    editor.groups.add(editors_group())
    page.set_viewport_size(LAPTOP)
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "s3cret-pass!")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def status_after_focus(page, selector: str) -> str:
    page.locator(selector).first.focus()
    return page.inner_text("#evidence-status")


def test_editor_fixes_a_title_merges_a_person_and_publishes_with_a_confirmation(
    page, browser, live_server, django_user_model, walk_data
):
    data = walk_data
    meeting, kept, twin = data["meeting"], data["kept"], data["twin"]
    reader = browser.new_context().new_page()
    sign_in(page, live_server, django_user_model)

    # The meeting page fits the laptop: no sideways scrolling, the report beside the fields.
    change_url = f"{live_server.url}/admin/archive/meeting/{meeting.pk}/change/"
    page.goto(change_url)
    assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"]
    fields = page.locator(".meeting-fields").bounding_box()
    panel = page.locator("#report-panel").bounding_box()
    assert panel["x"] >= fields["x"] + fields["width"]
    assert panel["y"] < fields["y"] + 200  # beside the first fields, not below the form
    assert "Extraction: 45 % (low)" in page.inner_text(".field-city")
    assert "0.6749999999999999" not in page.inner_text("body")

    # Focus picks the evidence: the city's sentence, then the chair's row.
    assert status_after_focus(page, "#id_city") == "Evidence of the city: 1 passage, highlighted."
    highlighted = page.evaluate(
        "Array.from(CSS.highlights.get('evidence')).map(range => range.toString())"
    )
    assert highlighted == ["TASHKENT, 4 October 2024 - Heads of border services met in Tashkent."]
    row = "#attendances-0 input[name='attendances-0-title']"
    assert status_after_focus(page, row) == "Evidence of this person: 1 passage, highlighted."
    highlighted = page.evaluate(
        "Array.from(CSS.highlights.get('evidence')).map(range => range.toString())"
    )
    assert highlighted == ["The meeting was chaired by Colonel Rustam Yuldashev."]
    assert status_after_focus(page, "#id_summary") == (
        "Evidence of this person: 1 passage, highlighted."
    )  # a field without evidence leaves the last highlight as it was

    # Fix the title: the slug follows, and the old address answers 301.
    old_url = meeting.get_absolute_url()
    page.fill("#id_title", "Heads of border services meeting")
    page.click("input[name=_continue]")
    page.wait_for_url(re.compile(rf"/admin/archive/meeting/{meeting.pk}/change/$"))
    meeting.refresh_from_db()
    assert meeting.slug == "2024-10-04-heads-of-border-services-meeting-tashkent"
    assert page.input_value("#id_slug") == meeting.slug
    moved = page.request.get(f"{live_server.url}{old_url}", max_redirects=0)
    assert moved.status == 301
    assert moved.headers["location"] == meeting.get_absolute_url()

    # Merge the two spellings: the record with more meetings is preselected, and says why.
    page.goto(f"{live_server.url}/admin/archive/participant/?q=Rustam")
    for person in (kept, twin):
        page.check(f'input[name=_selected_action][value="{person.pk}"]')
    page.select_option("select[name=action]", "merge_people")
    page.click("button[name=index]")
    page.wait_for_url(re.compile(r"/admin/archive/participant/merge/"))
    assert page.is_checked(f"#keep-{kept.pk}") and not page.is_checked(f"#keep-{twin.pk}")
    assert "Rustam Yuldashev has the most meetings: 3, against 1." in page.inner_text(
        "#merge-suggestion"
    )
    page.click("#merge-form input[type=submit]")
    page.wait_for_url(re.compile(rf"/admin/archive/participant/{kept.pk}/change/"))
    assert not Participant.objects.filter(pk=twin.pk).exists()

    # Bulk publish: the weak meeting (no convening body) is named before anything is published.
    page.goto(f"{live_server.url}/admin/archive/meeting/")
    for each in (meeting, data["ready"]):
        page.check(f'input[name=_selected_action][value="{each.pk}"]')
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    assert "1 of the 2 meetings to publish needs a look" in page.inner_text("#publish-summary")
    assert "no convening body" in page.inner_text(f"#weak-{meeting.pk}")
    assert Meeting.objects.filter(status="published", pk=meeting.pk).count() == 0
    page.click("button[value=all]")
    assert "Published 2 meeting(s)." in page.inner_text("ul.messagelist")

    # A reader follows the merged-away person's old address to the kept person's page.
    response = reader.goto(f"{live_server.url}/people/rustam-yuldoshev/")
    assert response.status == 200
    assert reader.url == f"{live_server.url}{kept.get_absolute_url()}"
    assert "Rustam Yuldashev" in reader.inner_text("h1")
    response = reader.goto(f"{live_server.url}{old_url}")
    assert reader.url == f"{live_server.url}{meeting.get_absolute_url()}"
    assert "Heads of border services meeting" in reader.inner_text("h1")
    reader.context.close()
