"""Middleware for the open internet: request logs, Content-Security-Policy, rate limits, and
503s for statement timeouts and database outages.

Plus the two small helpers they share with the settings: ``client_ip`` (also django-axes's
``AXES_CLIENT_IP_CALLABLE``) and ``JsonFormatter`` (structured logs, one JSON object a line).
"""

from __future__ import annotations

import datetime
import json
import logging
import time
import traceback
from collections.abc import Callable

import psycopg.errors
from django.conf import settings
from django.core.cache import caches
from django.db import Error, InterfaceError, OperationalError, connection, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string

from .health import database_reachable

request_log = logging.getLogger("archive.request")
limit_log = logging.getLogger("archive.ratelimit")
timeout_log = logging.getLogger("archive.timeout")

RATE_LIMIT_CACHE = "ratelimit"  # the settings.CACHES alias of the rate-limit counters


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: REMOTE_ADDR, or the one PROXY_COUNT proxies saw, if any.

    Only the last PROXY_COUNT entries of X-Forwarded-For were written by our own proxies; anything
    to their left is whatever the client sent, so trusting the left-most entry would let anyone
    choose their own address and escape every limit.
    """
    remote = request.META.get("REMOTE_ADDR") or None  # None: a request made in code (tests)
    proxies = getattr(settings, "PROXY_COUNT", 0)
    if proxies <= 0:
        return remote
    forwarded = [
        part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part
    ]
    if len(forwarded) >= proxies:
        return forwarded[-proxies] or remote
    return remote


class JsonFormatter(logging.Formatter):
    """One JSON object a line: easy to grep, and any log collector parses it without a pattern."""

    RESERVED = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in self.RESERVED and not key.startswith("_"):
                entry[key] = value if isinstance(value, int | float | bool | None) else str(value)
        if record.exc_info:
            entry["exception"] = "".join(traceback.format_exception(*record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class RequestLogMiddleware:
    """One log line per request (method, path, status, duration, client) when REQUEST_LOG is on.

    The query string is left out: search terms are the readers' business, not the log's.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.monotonic()
        response = self.get_response(request)
        if getattr(settings, "REQUEST_LOG", False):
            status = response.status_code
            request_log.log(
                logging.WARNING if status >= 500 else logging.INFO,
                "%s %s %s",
                request.method,
                request.path,
                status,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": status,
                    "duration_ms": round((time.monotonic() - started) * 1000, 1),
                    "client": client_ip(request),
                },
            )
        return response


class ContentSecurityPolicyMiddleware:
    """Sends settings.CSP on every response that does not set its own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = getattr(settings, "CSP", "")
        if policy and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = policy
        return response


def parse_rate(rate: str) -> tuple[int, int] | None:
    """Parse "120/60" into (120, 60); "0" or "" means no limit (None)."""
    rate = (rate or "").strip()
    if rate in ("", "0"):
        return None
    count, _, seconds = rate.partition("/")
    return int(count), int(seconds or 60)


ENTITY_PAGES = ("/meetings/", "/people/", "/countries/", "/topics/", "/organizations/")


def rate_scope(path: str, method: str = "GET") -> str | None:
    """Which limit a request counts against; None for what is cheap to serve (static files,
    /healthz, the admin's pages)."""
    if method == "POST" and path == f"/{settings.ADMIN_URL}login/":
        # Sign-in attempts from one address whatever the username (password spraying); axes
        # locks a username+address pair, this bounds how many names one address can try.
        return "signin"
    if path == "/" or path == "/feed/":
        return "search"
    if path == "/export.csv":
        return "export"
    if path == "/api/suggest/":
        return "suggest"
    if path.startswith("/api/"):
        return "api"
    if path.startswith(ENTITY_PAGES):
        # Meeting, person, country, topic and organization pages and their lists: each counts
        # or reads figures over the whole archive when no snapshot is fresh.
        return "pages"
    return None


def count_request(key: str, seconds: int) -> int:
    """How many requests ``key`` has made in its window, this one included.

    With the database cache (CACHE_BACKEND=database, the production default) the count is one
    statement on the shared rate-limit table, so every gunicorn worker sees every request and
    concurrent ones never lose a count: Django's ``cache.incr`` is a read and a write there.
    With LocMem (development, or CACHE_BACKEND=locmem) each process counts its own.
    """
    spec = settings.CACHES[RATE_LIMIT_CACHE]
    if not spec["BACKEND"].endswith("DatabaseCache"):
        store = caches[RATE_LIMIT_CACHE]
        # add() is a no-op when the key exists, so concurrent first requests do not reset it.
        store.add(key, 0, timeout=seconds + 1)
        try:
            return store.incr(key)
        except ValueError:  # expired between add() and incr()
            store.set(key, 1, timeout=seconds + 1)
            return 1
    table = connection.ops.quote_name(spec["LOCATION"])
    # The window is part of the key, so a row is never reused after it expires; expired rows
    # are deleted when a window starts (an index range on ``expires``).
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (cache_key, value, expires)"
            " VALUES (%s, '1', now() + make_interval(secs => %s))"
            f" ON CONFLICT (cache_key) DO UPDATE SET value = ({table}.value::integer + 1)::text"
            " RETURNING value::integer",
            [key, seconds + 1],
        )
        count = cursor.fetchone()[0]
        if count == 1:
            cursor.execute(f"DELETE FROM {table} WHERE expires < now()")
    return count


class RateLimitMiddleware:
    """A fixed-window counter per client address and scope; 429 past it.

    Why this shape: search, the API, CSV export and the entity pages are the requests that cost
    the database real work, and one client hammering them slows everyone. A fixed window is one
    counter update per request (``count_request``: one statement on a table every gunicorn
    worker shares, in production), and its known weakness (up to twice the limit across a
    window boundary) does not matter at these sizes. When the counter cannot be reached (the
    database is down) the request goes on uncounted, to meet the 503 its page gives then.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if getattr(settings, "RATE_LIMITS_ENABLED", False):
            scope = rate_scope(request.path, request.method)
            rate = parse_rate(settings.RATE_LIMITS.get(scope, "")) if scope else None
            if rate is not None:
                limited = self.over_limit(request, scope, *rate)
                if limited:
                    return limited
        return self.get_response(request)

    def over_limit(
        self, request: HttpRequest, scope: str, limit: int, seconds: int
    ) -> HttpResponse | None:
        now = time.time()
        window = int(now // seconds)
        address = client_ip(request) or "unknown"
        try:
            count = count_request(f"ratelimit:{scope}:{address}:{window}", seconds)
        except Error as error:  # the database is down: DatabaseError or InterfaceError
            limit_log.error("rate limit not counted: %s", error, extra={"scope": scope})
            return None
        if count <= limit:
            return None
        retry_after = max(1, int((window + 1) * seconds - now + 0.999))
        if count == limit + 1:
            limit_log.warning(
                "rate limit reached", extra={"scope": scope, "client": address, "limit": limit}
            )
        message = (
            f"Too many requests: at most {limit} every {seconds} seconds. "
            f"Please wait {retry_after} seconds and try again."
        )
        if scope in ("api", "suggest"):
            response: HttpResponse = JsonResponse({"error": message}, status=429)
        else:
            response = HttpResponse(
                render_to_string("429.html", {"message": message, "retry_after": retry_after}),
                status=429,
            )
        response["Retry-After"] = str(retry_after)
        return response


class DatabaseTroubleMiddleware:
    """Two database troubles a reader can do nothing about get a 503 that says so, with
    Retry-After (JSON under /api/), instead of the generic 500:

    - a query ran past the statement timeout: under heavy load a broad search can take longer
      than ``DB_STATEMENT_TIMEOUT_MS``, and "try again or narrow it" is the truth;
    - the database cannot be reached (down, restarting, refusing connections): told apart from
      other database errors by the health check's ``SELECT 1`` (archive.health), so /healthz
      and the pages agree.

    Any other database error stays a 500: it is a bug to fix, not a moment to wait out.
    """

    TIMEOUT_RETRY_SECONDS = 10
    OUTAGE_RETRY_SECONDS = 30

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception.__cause__, psycopg.errors.QueryCanceled):
            timeout_log.warning(
                "statement timeout", extra={"path": request.path, "client": client_ip(request)}
            )
            message = (
                "The archive is busy and this request took too long. Please try again in a few "
                "seconds, or narrow the search with a word or a filter."
            )
            return unavailable(request, "That took too long", message, self.TIMEOUT_RETRY_SECONDS)
        if isinstance(exception, OperationalError | InterfaceError) and not database_reachable():
            timeout_log.error("database unreachable", extra={"path": request.path})
            message = (
                "The archive's database cannot be reached just now. Please try again in a "
                "minute; nothing is wrong with your search."
            )
            return unavailable(
                request, "The archive is unavailable", message, self.OUTAGE_RETRY_SECONDS
            )
        return None


def unavailable(request: HttpRequest, heading: str, message: str, retry_after: int) -> HttpResponse:
    """A 503 with Retry-After: JSON under /api/, else the 503 page."""
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse({"error": message}, status=503)
    else:
        context = {"heading": heading, "message": message}
        response = HttpResponse(render_to_string("503.html", context), status=503)
    response["Retry-After"] = str(retry_after)
    return response
