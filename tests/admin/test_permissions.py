"""Who reaches what in the admin: editors curate, only superusers manage accounts, anonymous
visitors reach nothing."""

import importlib

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from archive.models import Meeting
from tests.factories import make_meeting, make_participant

pytestmark = pytest.mark.django_db

editors_migration = importlib.import_module("archive.migrations.0003_editors_group")


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(
        "editor", "editor@example.org", "s3cret-pass!", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_editors_group_has_exactly_the_curation_permissions():
    """The migration's group holds the listed archive permissions and nothing else."""
    group = Group.objects.get(name="Editors")
    granted = {(p.content_type.app_label, p.codename) for p in group.permissions.all()}
    expected = {("archive", codename) for codename in editors_migration.codenames()}
    assert granted == expected
    assert {"change_meeting", "delete_participant", "undo_mergelog"} <= {c for _, c in granted}
    assert not any(app in {"auth", "contenttypes", "sessions", "admin"} for app, _ in granted)
    # Reports are evidence: never rewritten by hand.
    assert ("archive", "change_sourcedocument") not in granted


def test_every_listed_permission_exists():
    """No name in the list is a typo the migration silently skipped."""
    for codename in editors_migration.codenames():
        assert Permission.objects.filter(
            content_type__app_label="archive", codename=codename
        ).exists(), codename


def test_editor_curates_but_cannot_manage_users(editor_client, reference_data):
    """Meetings, people, the review queue and merges are open; users and groups are not."""
    meeting = make_meeting(status="needs_review")
    person = make_participant()
    allowed = [
        reverse("admin:index"),
        reverse("admin:archive_meeting_changelist"),
        reverse("admin:archive_meeting_change", args=[meeting.pk]),
        reverse("admin:archive_meeting_import"),
        reverse("admin:archive_review_queue"),
        reverse("admin:archive_participant_change", args=[person.pk]),
        reverse("admin:archive_topic_changelist"),
        reverse("admin:archive_organization_changelist"),
        reverse("admin:archive_country_changelist"),
        reverse("admin:archive_mergelog_changelist"),
        reverse("admin:archive_meeting_history", args=[meeting.pk]),
    ]
    for url in allowed:
        assert editor_client.get(url).status_code == 200, url
    forbidden = [
        reverse("admin:auth_user_changelist"),
        reverse("admin:auth_user_add"),
        reverse("admin:auth_group_changelist"),
        reverse("admin:auth_group_add"),
    ]
    for url in forbidden:
        assert editor_client.get(url).status_code == 403, url
    # And the publish action works for them (confirmed: the meeting has no body).
    editor_client.post(
        reverse("admin:archive_meeting_changelist"),
        {"action": "publish", "_selected_action": [meeting.pk], "confirm": "all"},
    )
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.PUBLISHED


def test_editor_cannot_rewrite_a_report(editor_client, reference_data):
    """Source documents are read-only for editors."""
    from archive.ingest.importer import ReportImporter
    from archive.ingest.reading import Report
    from tests.factories import CMVD_KAZINFORM

    outcome = ReportImporter().import_report(Report(name="k.txt", text=CMVD_KAZINFORM))
    source = Meeting.objects.get(pk=outcome.meeting_id).sources.get()
    url = reverse("admin:archive_sourcedocument_change", args=[source.pk])
    response = editor_client.get(url)
    assert response.status_code == 200
    assert b'name="cleaned_text"' not in response.content
    response = editor_client.post(url, {"cleaned_text": "rewritten"})
    assert response.status_code == 403
    source.refresh_from_db()
    assert source.cleaned_text != "rewritten"


def test_staff_without_the_group_sees_no_archive(client, django_user_model):
    """Being staff is not enough: curation needs the Editors group."""
    user = django_user_model.objects.create_user("staff", "s@example.org", "pw", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:archive_meeting_changelist")).status_code == 403
    assert client.get(reverse("admin:archive_review_queue")).status_code == 403


def test_anonymous_visitors_never_reach_the_admin(client, reference_data):
    """Every editorial page sends them to the login form, and actions do nothing."""
    meeting = make_meeting(status="needs_review")
    urls = [
        reverse("admin:index"),
        reverse("admin:archive_meeting_changelist"),
        reverse("admin:archive_meeting_change", args=[meeting.pk]),
        reverse("admin:archive_review_queue"),
        reverse("admin:archive_participant_merge") + "?ids=1,2",
        reverse("admin:archive_mergelog_changelist"),
        reverse("admin:archive_meeting_import"),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("admin:login")), url
    client.post(
        reverse("admin:archive_meeting_changelist"),
        {"action": "publish", "_selected_action": [meeting.pk]},
    )
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.NEEDS_REVIEW


def test_superuser_reaches_everything(admin_client):
    """Superusers manage accounts too."""
    for url in (
        reverse("admin:auth_user_changelist"),
        reverse("admin:auth_group_changelist"),
        reverse("admin:archive_review_queue"),
        reverse("admin:admin_logentry_changelist"),
    ):
        assert admin_client.get(url).status_code == 200, url
