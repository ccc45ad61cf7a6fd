"""Browser: an editor signs in to the admin in a real Chromium."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_login_page_signs_in(page, live_server, django_user_model):
    """The login form works end to end and lands on the site administration."""
    django_user_model.objects.create_superuser("editor", "editor@example.org", "s3cret-pass!")
    page.goto(f"{live_server.url}/admin/")
    assert "Log in" in page.title()
    page.fill("#id_username", "editor")
    page.fill("#id_password", "s3cret-pass!")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.locator("#site-name").inner_text().strip() != ""
    assert page.get_by_role("link", name="Meetings").count() == 1
    assert page.get_by_role("link", name="Participants").count() == 1


def test_wrong_password_is_refused(page, live_server, django_user_model):
    """A wrong password keeps the visitor out with a message."""
    django_user_model.objects.create_superuser("editor", "editor@example.org", "s3cret-pass!")
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "wrong")
    page.click("input[type=submit]")
    expect(page.locator(".errornote")).to_be_visible()  # waits for the answer page
    assert "/admin/login/" in page.url
