"""Browser: an editor's walk through real-data fixes in Chromium at a laptop's 1280 px — the
meeting page fits with the report beside the fields and the evidence of the field in focus
highlighted; a garbage title is fixed (the slug follows, the old address answers 301); two
spellings of one person are merged (the stronger record preselected; the old address leads to
the kept page); and a bulk publish asks first about the weak meeting. Then the same work as it
starts from the review queue, with the page loads and clicks of each task counted."""

import hashlib
import re

import pytest

from archive.models import Attendance, Meeting, Participant, SourceDocument
from tests.factories import editors_group, make_meeting, make_organization, make_participant

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


LAPTOP = {"width": 1280, "height": 800}
REPORT = (
    "Home | News | English\n\n"
    "TASHKENT, 4 October 2024 - Heads of border services met in Tashkent.\n\n"
    "The meeting was chaired by Colonel Rustam Yuldashev.\n"
)


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


# --- the review queue, task by task, with the page loads and clicks each takes ----------------

MINSK = (
    "12 November 2024\n\n"
    "MINSK - The Council of Commanders of Border Troops of the CIS met in Minsk on 7 November "
    "2024.\n\n"
    "The commanders discussed joint patrols on the outer borders.\n"
)
# What each task takes an editor, counted below and written in the README (Editing): page
# loads (a link followed, a form sent, an address typed) and clicks (ticks and choices in a
# list included); typing is not counted. Going back to the queue after a fix is counted.
EXPECTED_EFFORT = {
    "sign in": {"loads": 2, "clicks": 1},
    "turn an unsorted report into a meeting": {"loads": 4, "clicks": 3},
    "fix a wrong body and date from the evidence": {"loads": 4, "clicks": 5},
    "merge two spellings of a person": {"loads": 4, "clicks": 3},
    "follow the old address to the kept person": {"loads": 1, "clicks": 0},
    "publish": {"loads": 2, "clicks": 4},
}


class Effort:
    """Counts what an editor does, task by task: page loads of the main frame (Playwright's
    "load" event) and clicks (every click, tick and choice goes through ``click``)."""

    def __init__(self, *pages):
        self.loads = self.clicks = 0
        self.tasks: dict[str, dict[str, int]] = {}
        self.pages = pages
        for each in pages:
            each.on("load", self._loaded)

    def _loaded(self, _page):
        self.loads += 1

    def click(self, page, selector: str, **options) -> None:
        self.clicks += 1
        page.click(selector, **options)

    def task(self, name: str):
        effort = self

        class Task:
            def __enter__(self):
                self.start = (effort.loads, effort.clicks)

            def __exit__(self, *exc):
                if exc[0] is None:
                    # A page whose content is already read may not have fired "load" yet.
                    for each in effort.pages:
                        each.wait_for_load_state("load")
                    effort.tasks[name] = {
                        "loads": effort.loads - self.start[0],
                        "clicks": effort.clicks - self.start[1],
                    }

        return Task()


@pytest.fixture
def queue_data(reference_data, monkeypatch):
    """What an import leaves for the queue: a report of a real meeting kept unsorted, a
    meeting with a wrong body and the page's publication date for its date, and a newcomer
    whose name is another spelling of a known person."""
    from archive import editorial
    from archive.ingest import importer as importer_module
    from archive.ingest.importer import ReportImporter
    from archive.ingest.reading import Report
    from archive.models import Organization
    from tests.factories import CMVD_KAZINFORM

    with monkeypatch.context() as patch:
        patch.setattr(importer_module, "placement_problem", lambda data: "no convening body")
        ReportImporter().import_report(Report(name="kazinform.txt", text=CMVD_KAZINFORM))
    unsorted = SourceDocument.objects.get(meeting__isnull=True)

    wrong_body = Organization.objects.get(name="CIS Council of Interior Ministers")
    minsk = make_meeting(
        title="Border commanders in Minsk",
        slug="2024-11-12-border-commanders-in-minsk",
        body=wrong_body,
        date_start="2024-11-12",
        city="Minsk",
        status="needs_review",
        field_confidence={"date": 0.0, "body": 0.4, "city": 0.9, "title": 0.9},
    )
    met = MINSK.split("\n\n")[1]
    SourceDocument.objects.create(
        meeting=minsk,
        sha256=hashlib.sha256(MINSK.encode()).hexdigest(),
        raw_text=MINSK,
        cleaned_text=MINSK,
        title="Border commanders met in Minsk",
        extraction={
            "date_basis": "publication",
            "evidence": {"date": span_in(MINSK, met), "body": span_in(MINSK, met)},
        },
    )
    kept = make_participant("Rustam Yuldashev", slug="rustam-yuldashev")
    kept.add_variant("Rustam Yuldashev")
    twin = make_participant("Rustam Yuldoshev", slug="rustam-yuldoshev")
    twin.add_variant("Rustam Yuldoshev")
    Attendance.objects.create(
        meeting=minsk, participant=twin, name_as_written=twin.name, match="new"
    )
    for n in range(2):
        earlier = make_meeting(title=f"Earlier border council {n}", status="published")
        Attendance.objects.create(meeting=earlier, participant=kept, name_as_written=kept.name)
        earlier.refresh_facet_keys()
    minsk.refresh_facet_keys()
    editorial.sync_everything()  # as the import command does when it ends
    return {"unsorted": unsorted, "minsk": minsk, "kept": kept, "twin": twin}


def span_in(text: str, sentence: str) -> dict:
    start = text.index(sentence)
    return {"start": start, "end": start + len(sentence), "text": sentence}


def choose_in_autocomplete(page, effort, field: str, typed: str, choice: str) -> None:
    """Open a select2 box, type, and click the choice: two clicks."""
    effort.click(page, f".field-{field} .select2-selection")
    page.fill(".select2-container--open .select2-search__field", typed)
    effort.click(page, f".select2-results__option:has-text('{choice}')")


def test_editor_works_through_the_review_queue(
    page, browser, live_server, django_user_model, queue_data
):
    """From sign-in through the queue filtered to unsorted reports: a report becomes a
    meeting; a wrong body and date are fixed from the evidence; two spellings of a person are
    merged and the old address leads to the kept page; both meetings are published. Each
    task's page loads and clicks are counted and match the README."""
    data = queue_data
    reader = browser.new_context().new_page()
    effort = Effort(page, reader)
    base = live_server.url

    with effort.task("sign in"):
        editor = django_user_model.objects.create_user(
            "editor", "editor@example.org", "s3cret-pass!", is_staff=True
        )
        editor.groups.add(editors_group())
        page.set_viewport_size(LAPTOP)
        page.goto(f"{base}/admin/")
        page.fill("#id_username", "editor")
        page.fill("#id_password", "s3cret-pass!")
        effort.click(page, "input[type=submit]")
        page.wait_for_url(f"{base}/admin/")

    with effort.task("turn an unsorted report into a meeting"):
        page.goto(f"{base}/admin/archive/meeting/review/")
        effort.click(page, "#filter-kind a:has-text('Unsorted report')")
        page.wait_for_url(re.compile(r"\?kind=unsorted_report$"))
        rows = page.locator("#review-queue tr.review-item")
        assert rows.count() == 1 and "not placed" in rows.first.inner_text()
        assert "the importer could place it now" in rows.first.inner_text()
        effort.click(page, "#review-queue a.fix-link")
        page.wait_for_url(re.compile(r"/place/$"))
        effort.click(page, "#create-form input[name=create]")
        page.wait_for_url(re.compile(r"/admin/archive/meeting/\d+/change/$"))
        made = SourceDocument.objects.get(pk=data["unsorted"].pk).meeting
        assert made is not None and made.city == "Astana"
        assert page.input_value("#id_city") == "Astana"

    with effort.task("fix a wrong body and date from the evidence"):
        page.goto(f"{base}/admin/archive/meeting/review/?kind=weak_date")
        row = page.locator(f"#review-queue tr[data-key='{data['minsk'].pk}']")
        assert "date from publication only" in row.inner_text()
        assert "very unsure · 0%" in row.inner_text()
        effort.click(page, f"#review-queue tr[data-key='{data['minsk'].pk}'] a.fix-link")
        page.wait_for_url(re.compile(rf"/meeting/{data['minsk'].pk}/change/#id_date_start$"))
        assert status_after_focus(page, "#id_date_start") == (
            "Evidence of the date: 1 passage, highlighted."
        )
        evidence = page.evaluate(
            "Array.from(CSS.highlights.get('evidence')).map(range => range.toString())"
        )
        assert "met in Minsk on 7 November 2024" in evidence[0]
        page.fill("#id_date_start", "2024-11-07")
        choose_in_autocomplete(
            page, effort, "body", "Border Troops", "Council of Commanders of Border Troops"
        )
        effort.click(page, "input[name=_continue]")
        page.wait_for_selector("ul.messagelist")
        minsk = Meeting.objects.get(pk=data["minsk"].pk)
        assert minsk.date_start.isoformat() == "2024-11-07"
        assert minsk.body.name == "Council of Commanders of Border Troops of the CIS"
        effort.click(page, "#review-queue-link")
        page.wait_for_url(re.compile(r"/review/$"))
        assert f'data-key="{minsk.pk}"' not in page.inner_html("#review-queue")

    with effort.task("merge two spellings of a person"):
        kept, twin = data["kept"], data["twin"]
        page.goto(f"{base}/admin/archive/meeting/review/?kind=similar_people")
        row = page.locator("#review-queue tr.review-item").first
        assert "Rustam Yuldashev" in row.inner_text() and "alike" in row.inner_text()
        effort.click(page, "#review-queue a.fix-link")
        page.wait_for_url(re.compile(r"/participant/merge/"))
        assert page.is_checked(f"#keep-{kept.pk}")
        effort.click(page, "#merge-form input[type=submit]")
        page.wait_for_url(re.compile(rf"/admin/archive/participant/{kept.pk}/change/"))
        assert not Participant.objects.filter(pk=twin.pk).exists()
        effort.click(page, "#review-queue-link")
        page.wait_for_url(re.compile(r"/review/$"))
        assert "Yuldoshev" not in page.inner_text("#content")

    with effort.task("follow the old address to the kept person"):
        response = reader.goto(f"{base}/people/rustam-yuldoshev/")
        assert response.status == 200
        assert reader.url == f"{base}{kept.get_absolute_url()}"
        assert "Rustam Yuldashev" in reader.inner_text("h1")

    with effort.task("publish"):
        page.goto(f"{base}/admin/archive/meeting/?status__exact=needs_review")
        for each in (made, minsk):
            effort.click(page, f'input[name=_selected_action][value="{each.pk}"]')
        page.select_option("select[name=action]", "publish")
        effort.clicks += 1  # choosing the action in its list
        effort.click(page, "button[name=index]")
        assert not page.locator("#publish-summary").count()  # both ready: no question asked
        assert "Published 2 meeting(s)." in page.inner_text("ul.messagelist")
        assert Meeting.objects.filter(pk__in=[made.pk, minsk.pk], status="published").count() == 2

    reader.context.close()
    print("editor effort per task:", effort.tasks)
    assert effort.tasks == EXPECTED_EFFORT
