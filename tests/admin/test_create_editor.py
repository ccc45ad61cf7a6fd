"""Editor accounts from the command line: `manage.py create_editor NAME` (`make editor
EDITOR=NAME`) makes a staff account in the Editors group, never a superuser."""

import subprocess
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.helpers import REPO

pytestmark = pytest.mark.django_db


def create_editor(*args) -> str:
    out = StringIO()
    call_command("create_editor", *args, stdout=out)
    return out.getvalue()


def test_an_editor_account_is_staff_in_the_editors_group(django_user_model, monkeypatch):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "a-long-pass-phrase")
    output = create_editor("alice", "--email", "alice@example.org")
    alice = django_user_model.objects.get(username="alice")
    assert alice.is_staff and alice.is_active and not alice.is_superuser
    assert list(alice.groups.values_list("name", flat=True)) == ["Editors"]
    assert alice.email == "alice@example.org"
    assert alice.check_password("a-long-pass-phrase")
    assert alice.has_perm("archive.change_meeting") and not alice.has_perm("auth.add_user")
    assert "Editor 'alice' created" in output and "a-long-pass-phrase" not in output


def test_a_password_is_made_and_shown_once_when_none_is_given(django_user_model, monkeypatch):
    monkeypatch.delenv("DJANGO_EDITOR_PASSWORD", raising=False)
    output = create_editor("bob")
    password = output.split("Password: ", 1)[1].split()[0]
    assert len(password) >= 12
    assert django_user_model.objects.get(username="bob").check_password(password)


def test_an_existing_account_joins_the_editors_and_keeps_its_password(django_user_model):
    carol = django_user_model.objects.create_user("carol", password="carols-own-pass")
    output = create_editor("carol")
    carol.refresh_from_db()
    assert carol.is_staff and carol.groups.filter(name="Editors").exists()
    assert carol.check_password("carols-own-pass")
    assert "already exists" in output and "Password" not in output
    create_editor("carol")  # twice changes nothing
    assert carol.groups.count() == 1


def test_bad_input_is_a_clear_error(django_user_model):
    with pytest.raises(CommandError, match="not a valid user name"):
        create_editor("no spaces please")
    Group.objects.filter(name="Editors").delete()
    with pytest.raises(CommandError, match="manage.py migrate"):
        create_editor("dave")
    assert not django_user_model.objects.filter(username="dave").exists()


def test_make_editor_runs_the_command():
    dry_run = subprocess.run(
        ["make", "-n", "editor", "EDITOR=erin", "DATABASE_URL=postgres://x/y"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert dry_run.returncode == 0, dry_run.stderr
    assert "manage.py create_editor erin" in dry_run.stdout
