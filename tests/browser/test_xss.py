"""Browser: markup in a report's text never runs — public pages, search snippets, the admin.

A report carrying <script>, event-handler attributes and javascript: links is imported and
published, then every page that shows its text is opened in Chromium. The browser context
bypasses our Content-Security-Policy on purpose: the CSP is the second line of defence, and this
test checks the first one, escaping. It fails if any dialog opens, or if the page's DOM holds an
inline script, an event-handler attribute or a javascript: link.
"""

from __future__ import annotations

import pytest
from django.conf import settings

from archive import editorial
from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import Meeting
from tests.helpers import REPO

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MARKER = "zanzibarquux"
HOSTILE = (
    f"Delegates reviewed the {MARKER} dossier <img src=x onerror=alert('img')> "
    "<a href=\"javascript:alert('link')\">read more</a> <svg onload=alert('svg')></svg> "
    "\"><script>alert('attr')</script> <body onload=alert('body')> "
    "<iframe src=\"javascript:alert('frame')\"></iframe> and javascript:alert('bare')."
)
# Scripts, handlers and javascript: URLs that a page may not contain once the report is shown.
DOM_CHECK = """() => {
  const bad = [];
  const own = location.origin + '/';
  for (const s of document.querySelectorAll('script')) {
    if (!s.src || !s.src.startsWith(own)) bad.push('script: ' + (s.src || s.text.slice(0, 60)));
  }
  const urls = ['href', 'src', 'action', 'formaction', 'xlink:href'];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) bad.push(el.tagName + ' ' + a.name);
      if (urls.includes(a.name) && /^\\s*javascript:/i.test(a.value)) {
        bad.push(el.tagName + ' ' + a.name + '=' + a.value);
      }
    }
  }
  for (const el of document.querySelectorAll('iframe, img[src="x"]')) bad.push(el.tagName);
  return bad;
}"""


def hostile_report() -> str:
    lines = (REPO / "fixtures" / "reports" / "000_ee85c059d8637bf0.txt").read_text().splitlines()
    lines[0] = "<script>alert('headline')</script> " + lines[0] + " <b onmouseover=alert(1)>x</b>"
    lines.insert(2, HOSTILE)
    return "\n".join(lines) + "\n" + HOSTILE + "\n"


@pytest.fixture
def hostile_meeting(reference_data):
    outcome = ReportImporter(status="published").import_report(
        Report(name="hostile.txt", text=hostile_report())
    )
    assert not outcome.failed, outcome.reason
    editorial.sync_everything()  # the review queue shows its title, as after an import
    return Meeting.objects.get(pk=outcome.meeting_id)


@pytest.fixture
def unsafe_page(browser, request):
    """A page whose context ignores the CSP, so only escaping stands between report and script."""
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.dialogs = dialogs
    yield page
    context.close()


def assert_inert(page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    page.wait_for_load_state("load")
    page.mouse.move(10, 10)
    page.mouse.move(400, 300)
    assert page.dialogs == [], f"a dialog opened on {url}: {page.dialogs}"
    bad = page.evaluate(DOM_CHECK)
    assert bad == [], f"{url}: {bad}"


def test_report_markup_never_runs_anywhere(
    unsafe_page, live_server, hostile_meeting, django_user_model
):
    """Meeting page, search snippet, person and admin pages show the markup as inert text."""
    page = unsafe_page
    base = live_server.url
    meeting = hostile_meeting

    assert_inert(page, base + meeting.get_absolute_url())
    assert "onerror=alert('img')" in page.inner_text("main")  # shown, as text

    assert_inert(page, f"{base}/?q={MARKER}")
    snippet = page.locator(".snippet").first.inner_text()
    assert MARKER in snippet

    for attendance in meeting.attendances.select_related("participant")[:2]:
        if attendance.participant:
            assert_inert(page, base + attendance.participant.get_absolute_url())

    django_user_model.objects.create_superuser("editor", "editor@example.org", "s3cret-pass!")
    admin = f"{base}/{settings.ADMIN_URL}"
    page.goto(admin + "login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "s3cret-pass!")
    page.click("input[type=submit]")
    page.wait_for_url(admin)
    source = meeting.sources.first()
    for url in (
        f"{admin}archive/meeting/{meeting.pk}/change/",
        f"{admin}archive/meeting/",
        f"{admin}archive/meeting/?q={MARKER}",
        f"{admin}archive/meeting/review/?status=all",
        f"{admin}archive/sourcedocument/{source.pk}/change/",
        f"{admin}archive/sourcedocument/",
        f"{admin}archive/participant/",
    ):
        assert_inert(page, url)

    # The report list shows the hostile headline (the report's title) as text: its words, the
    # tags taken out when the headline is read.
    assert_inert(page, f"{admin}archive/sourcedocument/")
    listed = page.inner_text("#result_list")
    assert "alert('headline')" in listed and "<script>" not in listed

    # An editor pastes a hostile report into the import form: the preview is inert too.
    page.goto(f"{admin}archive/meeting/import/")
    page.fill("#id_text", hostile_report().replace(MARKER, MARKER + " pasted"))
    page.click("input[type=submit]")
    page.wait_for_load_state("load")
    assert page.dialogs == []
    assert page.evaluate(DOM_CHECK) == []
    preview = page.inner_text("#content")  # the headline's words shown as text, tags taken out
    assert "alert('headline')" in preview and "<script>" not in preview


def test_the_site_runs_under_its_content_security_policy(
    page, live_server, hostile_meeting, django_user_model
):
    """With the CSP enforced, public and admin pages raise no violation at all."""
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    base = live_server.url
    meeting = hostile_meeting
    country = meeting.country_links.select_related("country").first().country
    paths = [
        "/",
        "/?q=police",
        meeting.get_absolute_url(),
        "/people/",
        "/topics/",
        "/countries/",
        country.get_absolute_url(),
    ]
    for path in paths:
        response = page.goto(base + path)
        assert response.status == 200, path
        assert "content-security-policy" in response.headers
    page.goto(base + "/")
    page.fill("#q", "kaz")  # the suggestions fetch is same-origin
    page.wait_for_timeout(600)

    django_user_model.objects.create_superuser("editor", "editor@example.org", "s3cret-pass!")
    admin = f"{base}/{settings.ADMIN_URL}"
    page.goto(admin + "login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "s3cret-pass!")
    page.click("input[type=submit]")
    page.wait_for_url(admin)
    for path in (
        "",
        f"archive/meeting/{meeting.pk}/change/",
        "archive/participant/",
        "archive/meeting/review/",
    ):
        page.goto(admin + path)
    assert violations == []
