"""Rate limits that say what they do: the documented limits hold for the whole server (every
gunicorn worker counts in one shared table by default), and entity pages have one too."""

from __future__ import annotations

import http.client
import secrets
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from archive.middleware import count_request, rate_scope
from tests.helpers import free_port, gunicorn_serving, production_env

VENV_BIN = Path(sys.executable).parent
DATABASE_CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "archive_cache",
    },
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "archive_ratelimit",
    },
}


@pytest.fixture(autouse=True)
def _fresh_counters():
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.mark.parametrize(
    "path",
    [
        "/countries/kz/",
        "/topics/terrorism/",
        "/organizations/cis/",
        "/people/someone/",
        "/meetings/a-meeting/",
        "/people/",
        "/countries/",
    ],
)
def test_entity_pages_count_against_the_pages_limit(path):
    assert rate_scope(path) == "pages"


def test_static_files_health_and_admin_pages_are_not_limited():
    for path in ("/static/archive/site.css", "/healthz", "/admin/archive/meeting/"):
        assert rate_scope(path) is None


@pytest.mark.django_db
@override_settings(RATE_LIMITS_ENABLED=True, RATE_LIMITS={"pages": "2/60", "search": "0"})
def test_entity_pages_are_rate_limited(client, reference_data, one_rate_window):
    """Past the pages limit: 429 with Retry-After; other addresses and the search go on."""
    assert client.get("/countries/kz/").status_code == 200
    assert client.get("/topics/terrorism/").status_code == 200
    response = client.get("/countries/ru/")
    assert response.status_code == 429 and response["Retry-After"]
    assert "Too many requests" in response.content.decode()
    assert client.get("/countries/kz/", REMOTE_ADDR="10.1.2.3").status_code == 200
    assert client.get("/").status_code == 200


@pytest.mark.django_db
def test_the_database_counter_counts_each_key_and_window_on_its_own(settings):
    """One statement per request on the shared table; rows of past windows are deleted."""
    settings.CACHES = DATABASE_CACHES
    call_command("createcachetable", verbosity=0)
    assert [count_request("ratelimit:signin:10.0.0.1:7", 300) for _ in range(3)] == [1, 2, 3]
    assert count_request("ratelimit:signin:10.0.0.2:7", 300) == 1
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE archive_ratelimit SET expires = now() - interval '1 second'"
            " WHERE cache_key LIKE %s",
            ["%:10.0.0.1:7"],
        )
    assert count_request("ratelimit:signin:10.0.0.1:8", 300) == 1  # a new window: clears
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT cache_key FROM archive_ratelimit WHERE cache_key LIKE %s ORDER BY cache_key",
            ["ratelimit:signin:10.0.0.%"],
        )
        assert [row[0] for row in cursor.fetchall()] == [
            "ratelimit:signin:10.0.0.1:8",
            "ratelimit:signin:10.0.0.2:7",
        ]


def test_production_counts_in_the_shared_database_cache():
    """Without CACHE_BACKEND, DEBUG off counts in PostgreSQL; development keeps LocMem."""
    from tests.helpers import run_manage

    code = (
        "from django.conf import settings as s;"
        "print(s.CACHES['ratelimit']['BACKEND'].rsplit('.', 1)[-1], s.RATE_LIMITS['pages'])"
    )
    production = run_manage(
        "shell", "--no-imports", "-c", code, DEBUG="0", SECRET_KEY="k" * 50,
        ALLOWED_HOSTS="example.org",
    )  # fmt: skip
    assert production.returncode == 0, production.stderr
    assert production.stdout.split() == ["DatabaseCache", "300/60"]
    development = run_manage("shell", "--no-imports", "-c", code, DEBUG="1")
    assert development.stdout.split() == ["LocMemCache", "300/60"]


# --- across gunicorn workers ---------------------------------------------------------------


@pytest.fixture
def many_workers(db, tmp_path):
    """gunicorn with four workers and DEBUG off, as `make serve` starts it (createcachetable
    included), with small limits on sign-in and entity pages."""
    port = free_port()
    env = production_env(
        RATE_LIMIT_SIGNIN="10/300",
        RATE_LIMIT_PAGES="10/60",
        PROXY_COUNT="1",  # the client is the address in X-Forwarded-For: one of this run's own
    )
    for name in ("CACHE_BACKEND", "RATE_LIMITS"):
        env.pop(name, None)
    with gunicorn_serving(env, port, tmp_path / "server.log", workers=4):
        time.sleep(1)  # every worker booted, so that requests spread over all four
        yield port


def request(port: int, method: str, path: str, client: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https", "X-Forwarded-For": client}
    body = "username=editor&password=guess" if method == "POST" else None
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=headers)
    status = conn.getresponse().status
    conn.close()
    return status


@pytest.mark.slow  # starts gunicorn
def test_limits_hold_across_gunicorn_workers(many_workers):
    """40 concurrent sign-in attempts against 10 per 5 minutes, spread over four workers: 10
    get through (to the CSRF check), 30 are refused; the same for a country page."""
    # An address of this run's own: the shared table outlives the test's transaction.
    client = f"2001:db8::{secrets.token_hex(2)}:{secrets.token_hex(2)}"

    def attempts(method: str, path: str) -> list[int]:
        with ThreadPoolExecutor(max_workers=8) as pool:
            return list(pool.map(lambda _: request(many_workers, method, path, client), range(40)))

    sign_ins = attempts("POST", "/admin/login/")
    pages = attempts("GET", "/countries/kz/")
    assert sign_ins.count(429) == 30, sign_ins
    assert pages.count(429) == 30, pages
    assert set(pages) == {200, 429} or set(pages) == {404, 429}, pages
