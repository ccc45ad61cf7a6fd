"""Settings come from the environment and fail loudly when production is misconfigured."""

import subprocess

from tests.helpers import REPO, run_manage


def test_production_refuses_to_start_without_a_secret_key():
    """DEBUG off and no SECRET_KEY: the archive stops with a message, not a default key."""
    result = run_manage("check", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_the_deploy_check():
    """`check --deploy` is clean with production settings (W021 is documented in settings)."""
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="x7" * 30 + "-production-like-secret-key-for-the-check",
        ALLOWED_HOSTS="archive.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_development_generates_a_key_kept_out_of_git():
    """With DEBUG on, a key is generated into .state/, which git ignores."""
    result = run_manage("check", DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert (REPO / ".state" / "secret_key").exists()
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", ".state/secret_key"], cwd=REPO, check=False
    )
    assert ignored.returncode == 0


def test_database_is_postgresql():
    """The suite itself runs on PostgreSQL, never SQLite."""
    from django.db import connection

    assert connection.vendor == "postgresql"
    assert "django.contrib.postgres" in __import__("django.conf").conf.settings.INSTALLED_APPS
