"""Middleware for the open internet: request logs, Content-Security-Policy, rate limits and
statement timeouts.

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
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string

request_log = logging.getLogger("archive.request")
limit_log = logging.getLogger("archive.ratelimit")
timeout_log = logging.getLogger("archive.timeout")


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


def rate_scope(path: str, method: str = "GET") -> str | None:
    """Which limit a request counts against; None for pages that are cheap to serve."""
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
    return None


class RateLimitMiddleware:
    """A fixed-window counter per client address and scope in Django's cache; 429 past it.

    Why this shape: search, the API and CSV export are the requests that cost the database real
    work, and one client hammering them slows everyone. A fixed window is one cache ``add`` and
    one ``incr`` per request, needs no new service, and its known weakness (up to twice the limit
    across a window boundary) does not matter at these sizes. With the default LocMem cache each
    gunicorn worker counts on its own, so a client gets up to (workers x limit) a window;
    CACHE_BACKEND=database shares the counter between workers at the price of a query.
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
        key = f"ratelimit:{scope}:{address}:{window}"
        # add() is a no-op when the key exists, so concurrent first requests do not reset it.
        cache.add(key, 0, timeout=seconds + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=seconds + 1)
            count = 1
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


class StatementTimeoutMiddleware:
    """A request whose query ran past the database's statement timeout gets a 503 that says
    so, with Retry-After, instead of the generic 500: under heavy load a broad search can
    take longer than ``DB_STATEMENT_TIMEOUT_MS``, and "try again or narrow it" is the truth.
    Other database errors stay 500s."""

    RETRY_AFTER_SECONDS = 10

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception.__cause__, psycopg.errors.QueryCanceled):
            return None
        timeout_log.warning(
            "statement timeout", extra={"path": request.path, "client": client_ip(request)}
        )
        message = (
            "The archive is busy and this request took too long. Please try again in a few "
            "seconds, or narrow the search with a word or a filter."
        )
        if request.path.startswith("/api/"):
            response: HttpResponse = JsonResponse({"error": message}, status=503)
        else:
            response = HttpResponse(render_to_string("503.html", {"message": message}), status=503)
        response["Retry-After"] = str(self.RETRY_AFTER_SECONDS)
        return response
