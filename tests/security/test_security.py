"""Production profile: headers, CSP, rate limits, sign-in lockout, error pages, healthz, logs."""

import json
import logging

import pytest
from django.core.cache import caches
from django.core.exceptions import PermissionDenied
from django.db import OperationalError, connection, transaction
from django.http import HttpResponse
from django.test import override_settings
from django.urls import include, path

from archive.middleware import JsonFormatter, client_ip, parse_rate
from tests.helpers import run_manage


def _boom(request):
    raise RuntimeError("a bug in a view")


def _forbidden(request):
    raise PermissionDenied


def _ok(request):
    return HttpResponse("ok")


def _slow(request):
    """A real statement timeout from the real server."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = '20ms'")
        cursor.execute("SELECT pg_sleep(1)")
    return HttpResponse("never")


def _database_gone(request):
    raise OperationalError("server closed the connection unexpectedly")


urlpatterns = [
    path("boom/", _boom),
    path("forbidden/", _forbidden),
    path("ok/", _ok),
    path("slow/", _slow),
    path("api/slow/", _slow),
    path("gone/", _database_gone),
    path("", include("archive.urls")),
]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The facet counts' and the rate limits' caches, empty before and after each test."""
    for alias in ("default", "ratelimit"):
        caches[alias].clear()
    yield
    for alias in ("default", "ratelimit"):
        caches[alias].clear()


# --- headers -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_page_sends_the_security_headers(client, reference_data):
    """CSP without 'unsafe-inline', nosniff, a referrer policy and no framing, on every page."""
    for url in ("/", "/api/meetings/", "/no-such-page/", "/healthz"):
        response = client.get(url)
        csp = response["Content-Security-Policy"]
        assert "default-src 'self'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "script-src 'self'" in csp and "object-src 'none'" in csp
        assert "frame-ancestors 'none'" in csp
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_https_responses_carry_hsts(client, reference_data):
    """Over HTTPS the browser is told to stay on HTTPS for a year."""
    response = client.get("/healthz", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "x7" * 30 + "-production-like-secret-key-for-the-check",
    "ALLOWED_HOSTS": "archive.example.org",
}


def test_production_profile_settings():
    """DEBUG off: secure cookies, SSL redirect, HSTS, JSON logs, rate limits and request logs on."""
    code = (
        "from django.conf import settings as s;"
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT,"
        " s.SECURE_HSTS_SECONDS, s.LOG_FORMAT, s.RATE_LIMITS_ENABLED, s.REQUEST_LOG,"
        " s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_HTTPONLY)"
    )
    result = run_manage("shell", "--no-imports", "-c", code, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True", "True", "True", "31536000", "json", "True", "True", "True", "True"
    ]  # fmt: skip


def test_admin_path_comes_from_the_environment():
    """ADMIN_URL moves the admin; the default stays /admin/."""
    code = "from django.urls import reverse; print(reverse('admin:index'))"
    moved = run_manage("shell", "--no-imports", "-c", code, DEBUG="1", ADMIN_URL="/editors-7f3a")
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.strip() == "/editors-7f3a/"
    default = run_manage("shell", "--no-imports", "-c", code, DEBUG="1")
    assert default.stdout.strip() == "/admin/"
    empty = run_manage("check", DEBUG="1", ADMIN_URL="/")
    assert empty.returncode != 0 and "ADMIN_URL" in empty.stderr


# --- rate limits -------------------------------------------------------------------------------

LIMITS = {"search": "3/60", "api": "2/60", "export": "1/60", "suggest": "0", "signin": "3/300"}


@pytest.mark.django_db
@override_settings(RATE_LIMITS_ENABLED=True, RATE_LIMITS=LIMITS)
def test_search_is_rate_limited_per_client_with_a_friendly_429(
    client, reference_data, one_rate_window
):
    """Past the limit: 429, Retry-After and a readable page; another address is not affected."""
    for _ in range(3):
        assert client.get("/", {"q": "police"}).status_code == 200
    response = client.get("/", {"q": "police"})
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    text = response.content.decode()
    assert "Too many requests" in text and "try again" in text
    assert response["Content-Security-Policy"]
    assert client.get("/", REMOTE_ADDR="10.1.2.3").status_code == 200
    # Detail pages are cheap and not limited.
    assert client.get("/topics/").status_code == 200


@pytest.mark.django_db
@override_settings(RATE_LIMITS_ENABLED=True, RATE_LIMITS=LIMITS)
def test_api_and_csv_have_their_own_limits(client, reference_data, one_rate_window):
    """The API answers its 429 in JSON; the CSV export has the tightest budget."""
    assert client.get("/api/meetings/").status_code == 200
    assert client.get("/api/meetings/").status_code == 200
    response = client.get("/api/meetings/")
    assert response.status_code == 429
    assert "Too many requests" in response.json()["error"]
    assert response["Retry-After"]
    assert client.get("/export.csv").status_code == 200
    assert client.get("/export.csv").status_code == 429
    # "0" turns one limit off.
    for _ in range(5):
        assert client.get("/api/suggest/", {"q": "ka"}).status_code == 200


@override_settings(RATE_LIMITS_ENABLED=False)
@pytest.mark.django_db
def test_rate_limits_can_be_turned_off(client, reference_data):
    """RATE_LIMITS=0 (and development) serves everything."""
    for _ in range(30):
        assert client.get("/api/meetings/").status_code == 200


def test_rate_parsing_and_client_address(rf, settings):
    """'N/S' rates; behind PROXY_COUNT proxies the address is the one the last proxy saw."""
    assert parse_rate("120/60") == (120, 60)
    assert parse_rate("0") is None and parse_rate("") is None
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    settings.PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.1"
    settings.PROXY_COUNT = 1
    # The left-most entry is whatever the client claimed; only our proxy's entry is trusted.
    assert client_ip(request) == "203.0.113.9"


# --- sign-in brute force -----------------------------------------------------------------------


@pytest.mark.django_db
def test_repeated_failed_sign_ins_lock_the_account_for_that_address(client, django_user_model):
    """After AXES_FAILURE_LIMIT wrong passwords even the right one is refused (429)."""
    from django.conf import settings

    django_user_model.objects.create_superuser("editor", "e@example.org", "right-pass-123")
    login = "/" + settings.ADMIN_URL + "login/"
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(login, {"username": "editor", "password": "wrong"})
        assert response.status_code == 200  # the form again, with an error
    # The failure that reaches the limit is answered with the lockout page.
    response = client.post(login, {"username": "editor", "password": "wrong"})
    assert response.status_code == 429
    response = client.post(login, {"username": "editor", "password": "right-pass-123"})
    assert response.status_code == 429
    assert "Too many failed sign-ins" in response.content.decode()
    # The same account from another address is not locked out.
    response = client.post(
        login, {"username": "editor", "password": "right-pass-123"}, REMOTE_ADDR="10.9.9.9"
    )
    assert response.status_code == 302


# --- error pages -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_not_found_is_a_friendly_page(client, reference_data):
    response = client.get("/meetings/no-such-meeting/")
    assert response.status_code == 404
    text = response.content.decode()
    assert "Page not found" in text and "Back to the search" in text
    assert "Traceback" not in text


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_server_error_is_a_friendly_self_contained_page(client):
    """An exception in a view: the 500 page, no traceback, no template context needed."""
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    text = response.content.decode()
    assert "Something went wrong on our side" in text
    assert "RuntimeError" not in text and "{%" not in text


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_a_statement_timeout_is_a_503_that_says_to_retry(client):
    """A query past the statement timeout (a broad search on a busy server): 503 with
    Retry-After and a page, or JSON under /api/, that say what happened; any other database
    error stays a 500."""
    client.raise_request_exception = False
    page = client.get("/slow/")
    assert page.status_code == 503 and page["Retry-After"] == "10"
    text = page.content.decode()
    assert "took too long" in text and "try again" in text and "QueryCanceled" not in text
    api = client.get("/api/slow/")
    assert api.status_code == 503 and api["Retry-After"] == "10"
    assert "took too long" in api.json()["error"]
    assert client.get("/gone/").status_code == 500


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_forbidden_and_bad_request_pages(client):
    """403 from a view, 400 from a forged Host header: both friendly, both explain."""
    response = client.get("/forbidden/")
    assert response.status_code == 403
    assert "not allowed to see this page" in response.content.decode()
    response = client.get("/ok/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400
    assert "could not be understood" in response.content.decode()


# --- /healthz ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_is_reachable(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_is_not(client, monkeypatch):
    from archive import health

    def broken_cursor():
        raise OperationalError("connection refused")

    monkeypatch.setattr(health.connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}


# --- structured logs ---------------------------------------------------------------------------


def test_log_lines_are_json_objects():
    """The JSON formatter keeps the message, level, logger and any extra fields."""
    record = logging.makeLogRecord(
        {"name": "archive.request", "levelname": "INFO", "levelno": 20, "msg": "GET %s 200",
         "args": ("/",), "status": 200, "path": "/"}
    )  # fmt: skip
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "GET / 200"
    assert entry["level"] == "INFO" and entry["logger"] == "archive.request"
    assert entry["status"] == 200 and entry["path"] == "/"
    assert entry["time"].endswith("+00:00")


@pytest.mark.django_db
@override_settings(REQUEST_LOG=True)
def test_each_request_is_logged_without_its_query_string(client, caplog, reference_data):
    """One line per request with status and duration; search terms stay out of the log."""
    with caplog.at_level(logging.INFO, logger="archive.request"):
        client.get("/", {"q": "secret-search-term"})
    records = [r for r in caplog.records if r.name == "archive.request"]
    assert len(records) == 1
    record = records[0]
    assert record.status == 200 and record.path == "/" and record.duration_ms >= 0
    assert "secret-search-term" not in JsonFormatter().format(record)


@pytest.mark.django_db
def test_signing_in_from_code_still_works(client, django_user_model):
    """force_login (a request without an address) passes axes's bookkeeping."""
    user = django_user_model.objects.create_superuser("staff", "s@example.org", "pass-12345")
    client.force_login(user)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_a_forged_form_gets_a_friendly_403():
    """A POST without a CSRF token is refused with an explanation, not Django's debug text."""
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        "/admin/login/", {"username": "a", "password": "b"}
    )
    assert response.status_code == 403
    assert "could not be accepted" in response.content.decode()


def test_web_statement_timeout_cancels_a_runaway_query():
    """DB_STATEMENT_TIMEOUT_MS (set by `make serve`) cancels a statement that runs too long."""
    code = (
        "from django.db import connection, OperationalError\n"
        "try:\n"
        "    connection.cursor().execute('SELECT pg_sleep(2)')\n"
        "    print('finished')\n"
        "except OperationalError as error:\n"
        "    print('cancelled', type(error.__cause__).__name__)\n"
    )
    result = run_manage(
        "shell", "--no-imports", "-c", code, DEBUG="1", DB_STATEMENT_TIMEOUT_MS="200"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["cancelled", "QueryCanceled"]


def test_sessions_run_without_jit_with_or_without_a_statement_timeout():
    """JIT compilation is off for every connection (settings.py says why), alongside the
    web server's statement timeout."""
    code = (
        "from django.db import connection\n"
        "cursor = connection.cursor()\n"
        "cursor.execute('SHOW jit')\n"
        "print(cursor.fetchone()[0])\n"
        "cursor.execute('SHOW statement_timeout')\n"
        "print(cursor.fetchone()[0])\n"
    )
    for timeout, shown in (("", "0"), ("250", "250ms")):
        result = run_manage(
            "shell", "--no-imports", "-c", code, DEBUG="1", DB_STATEMENT_TIMEOUT_MS=timeout
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["off", shown]


@pytest.mark.django_db
@override_settings(RATE_LIMITS_ENABLED=True, RATE_LIMITS=LIMITS)
def test_sign_in_attempts_per_address_are_limited_whatever_the_username(client, one_rate_window):
    """Password spraying: many usernames from one address meet the sign-in limit."""
    from django.conf import settings

    login = "/" + settings.ADMIN_URL + "login/"
    statuses = [
        client.post(login, {"username": f"user{i}", "password": "guess"}).status_code
        for i in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    assert client.get(login).status_code == 200  # the form itself is not limited


def test_a_malformed_rate_is_refused_at_start():
    """A typo in a rate limit stops the archive with a message instead of failing requests."""
    result = run_manage("check", DEBUG="1", RATE_LIMIT_API="lots")
    assert result.returncode != 0
    assert "RATE_LIMIT_API='lots'" in result.stderr


def _conn_max_age(**env: str):
    code = (
        "from django.conf import settings\nprint(settings.DATABASES['default']['CONN_MAX_AGE'])\n"
    )
    return run_manage("shell", "--no-imports", "-c", code, **env)


def test_database_connections_persist_in_production_and_are_recycled_in_development():
    """A production worker keeps its connection (a reconnect costs a request several
    milliseconds); the development server, a thread per request, recycles its connections after
    a minute; DB_CONN_MAX_AGE overrides both, and a malformed value stops the archive."""
    production = {"DEBUG": "0", "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "example.org"}
    result = _conn_max_age(**production)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["None"]
    for value, shown in (("", "60"), ("300", "300"), ("none", "None"), ("0", "0")):
        result = _conn_max_age(DEBUG="1", DB_CONN_MAX_AGE=value)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == [shown]
    result = _conn_max_age(DEBUG="1", DB_CONN_MAX_AGE="soon")
    assert result.returncode != 0
    assert "DB_CONN_MAX_AGE='soon'" in result.stderr
