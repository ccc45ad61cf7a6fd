"""Settings for the Meeting Reports Archive — all of them, read from the environment.

Variables (see .env.example and the README):
  DEBUG            "1"/"true" for development. Off by default, so a forgotten variable never
                   exposes tracebacks on a public server.
  SECRET_KEY       required when DEBUG is off; in development a key is generated once into
                   .state/secret_key (git-ignored) so sessions survive restarts.
  DATABASE_URL     PostgreSQL URL (psycopg 3). When unset, the project's own cluster started by
                   `make` is used (scripts/pgcluster.sh writes its URL to .state/database_url).
  ALLOWED_HOSTS    comma-separated; development defaults to localhost names.
  CSRF_TRUSTED_ORIGINS  comma-separated origins, for deployments behind another host name.
  SECURE_SSL_REDIRECT   production default on; set 0 only when a proxy already redirects.
  SECURE_PROXY_SSL_HEADER  "1" when a TLS-terminating proxy sets X-Forwarded-Proto.
  SECURE_HSTS_SECONDS   production default one year.
  LOG_LEVEL        default INFO.
  LOG_FORMAT       "json" (one JSON object a line; production default) or "plain" (development).
  REQUEST_LOG      one log line per request (logger archive.request); default on when DEBUG is off.
  ADMIN_URL        where the admin lives, default "admin/"; a less guessable path keeps the
                   sign-in page out of drive-by scans (it is not a substitute for axes below).
  AXES_FAILURE_LIMIT, AXES_COOLOFF_MINUTES   sign-in brute-force protection (django-axes):
                   after 5 failed sign-ins for one username from one address, that pair is locked
                   out for 15 minutes (answer 429).
  PROXY_COUNT      how many reverse proxies in front append to X-Forwarded-For (default 0: the
                   client address is REMOTE_ADDR). Rate limits and axes both use this address.
  RATE_LIMITS      "0" turns the public rate limits off (default on when DEBUG is off).
  RATE_LIMIT_SEARCH, RATE_LIMIT_API, RATE_LIMIT_EXPORT, RATE_LIMIT_SUGGEST, RATE_LIMIT_SIGNIN,
  RATE_LIMIT_PAGES "REQUESTS/SECONDS" per client address, e.g. "120/60"; "0" disables one.
                   PAGES covers the meeting, person, country, topic and organization pages.
  CACHE_BACKEND    "database" (production default: tables in PostgreSQL shared by every gunicorn
                   worker, so each limit holds for the whole server; `make serve` creates them
                   with createcachetable) or "locmem" (development default: per process, so with
                   N workers a client would get up to N times each limit).
  CSP              the Content-Security-Policy header; the default allows nothing inline.
  DB_STATEMENT_TIMEOUT_MS  cancel any SQL statement running longer (unset: no limit); `make
                   serve` sets 10000 for the web server only.
  DB_CONN_MAX_AGE  seconds a database connection is kept between requests, or "none" (default:
                   kept for good when DEBUG is off, 60 in development).
  SEARCH_SNAPSHOT_MAX_AGE  seconds the precomputed representatives of each country are used
                   (default 900) while no meeting changed; `manage.py refresh_facet_counts` from
                   cron, every import that changes something and every publishing renews them;
                   otherwise the country page counts them live. Every count of meetings is
                   exact and current (archive/search/facet_index.py).
  SEARCH_KEPT_SEARCHES  searches whose counts each server process keeps until a meeting
                   changes (default 64; paging and re-sorting then count once); 0 for benchmarks.
  SNAPSHOT_REFRESH_ON_PUBLISH  1 (default): after editors publish or unpublish, the precomputed
                   counts are renewed in a background thread of the server process.
"""

import datetime
import os
import re
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
STATE_DIR = BASE_DIR / ".state"

TRUE_VALUES = {"1", "true", "yes", "on"}


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in TRUE_VALUES


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)


def _secret_key() -> str:
    key = os.environ.get("SECRET_KEY", "").strip()
    if key:
        return key
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG off the archive refuses to start without one; "
            "set SECRET_KEY (e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))') "
            "or DEBUG=1 for development."
        )
    key_file = STATE_DIR / "secret_key"
    if not key_file.exists():
        STATE_DIR.mkdir(exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "axes",
    "archive",
]

MIDDLEWARE = [
    # First, so it times and logs every response, including the ones middleware below makes.
    "archive.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "archive.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and auth: a client over its limit costs no session or database work.
    "archive.middleware.RateLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "archive.middleware.DatabaseTroubleMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # The reader's script for people's names (?names= / cookie), current for the request.
    "archive.web.names.NameScriptMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into its 429 answer.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out sign-in before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "archive.web.names.name_script",
            ],
        },
    },
]


def _database_url() -> str:
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return url
    url_file = STATE_DIR / "database_url"
    if url_file.exists():
        return url_file.read_text().strip()
    raise ImproperlyConfigured(
        "DATABASE_URL is not set and the project's own PostgreSQL has not been started: "
        "run `make db` (or set DATABASE_URL=postgres://user:password@host:5432/dbname)."
    )


def _conn_max_age() -> int | None:
    """How long a connection is kept between requests: a production worker keeps it for good
    (a reconnect costs the request that pays it several milliseconds; the health check replaces
    a connection the server dropped), the development server's thread per request recycles
    them after a minute. DB_CONN_MAX_AGE overrides: seconds, or "none" for no limit."""
    raw = os.environ.get("DB_CONN_MAX_AGE", "").strip().lower()
    if not raw:
        return 60 if DEBUG else None
    if raw == "none":
        return None
    if not raw.isdigit():
        raise ImproperlyConfigured(
            f"DB_CONN_MAX_AGE={os.environ['DB_CONN_MAX_AGE']!r}: give seconds, or 'none'."
        )
    return int(raw)


DATABASES = {"default": dj_database_url.parse(_database_url(), conn_max_age=_conn_max_age())}
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# JIT off: it compiles any plan the planner prices above jit_above_cost, and in a big archive
# the sampled facet and admin statements are priced high but run in milliseconds, so compiling
# costs more than it saves (docs/PERFORMANCE.md).
_session_settings = ["-c jit=off"]
# A ceiling on any one SQL statement, for the web server only: `make serve` sets it for gunicorn
# (a runaway query from a hostile search is cancelled instead of holding a worker), while imports
# and migrations run by manage.py take as long as they need.
if os.environ.get("DB_STATEMENT_TIMEOUT_MS", "").strip():
    _session_settings.append(f"-c statement_timeout={int(os.environ['DB_STATEMENT_TIMEOUT_MS'])}")
_options = DATABASES["default"].setdefault("OPTIONS", {})
_options["options"] = " ".join([*_session_settings, _options.get("options", "")]).strip()
# Lets two test runs share one server (parallel checkouts, helpers) without clobbering.
if os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}
if not DATABASES["default"]["ENGINE"].endswith("postgresql"):
    raise ImproperlyConfigured("The archive needs PostgreSQL (full-text search, arrays, pg_trgm).")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security. Development keeps plain HTTP on 127.0.0.1; production is HTTPS-only.
ADMIN_URL = os.environ.get("ADMIN_URL", "admin/").strip().strip("/") + "/"
if ADMIN_URL == "/":
    raise ImproperlyConfigured("ADMIN_URL must not be empty: the public site lives at /.")
SECURE_CONTENT_TYPE_NOSNIFF = True
# Load balancers probe /healthz over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Nothing inline: every script and stylesheet is a file under /static/, so injected markup
# cannot run even if an escaping bug lets it through (archive.middleware sets the header).
CSP = os.environ.get(
    "CSP",
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'",
).strip()
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    if env_bool("SECURE_PROXY_SSL_HEADER", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Silenced deploy checks, each a conscious choice:
# - security.W021 (HSTS preload): preloading is hard to undo for the whole domain; opt in with
#   SECURE_HSTS_PRELOAD=1 once the domain is final.
SILENCED_SYSTEM_CHECKS = [] if DEBUG or SECURE_HSTS_PRELOAD else ["security.W021"]

# Sign-in brute-force protection (django-axes). The lock is on username *and* address together,
# so an attacker cannot lock an editor out from elsewhere just by guessing at their name.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "locked_out.html"
AXES_CLIENT_IP_CALLABLE = "archive.middleware.client_ip"
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", 0))

# Rate limits on the expensive public endpoints: a fixed-window counter per client address,
# shared by every worker with CACHE_BACKEND=database (archive.middleware.RateLimitMiddleware
# says why this shape).
RATE_LIMITS_ENABLED = env_bool("RATE_LIMITS", not DEBUG)
RATE_LIMITS = {
    "search": os.environ.get("RATE_LIMIT_SEARCH", "120/60"),
    "api": os.environ.get("RATE_LIMIT_API", "120/60"),
    "export": os.environ.get("RATE_LIMIT_EXPORT", "20/60"),
    # Typing in the search box asks for suggestions: generous, but still bounded.
    "suggest": os.environ.get("RATE_LIMIT_SUGGEST", "300/60"),
    # Sign-in POSTs per address, whatever the username (axes locks username+address pairs).
    "signin": os.environ.get("RATE_LIMIT_SIGNIN", "20/300"),
    # Meeting, person, country, topic and organization pages and the browse lists.
    "pages": os.environ.get("RATE_LIMIT_PAGES", "300/60"),
}
for _scope, _rate in RATE_LIMITS.items():
    if not re.fullmatch(r"\s*(0|[1-9]\d*/[1-9]\d*)?\s*", _rate):
        raise ImproperlyConfigured(
            f"RATE_LIMIT_{_scope.upper()}={_rate!r}: write REQUESTS/SECONDS, e.g. 120/60, or 0."
        )
# Where the rate-limit counters and the reused facet counts live. "database" (the production
# default): tables in PostgreSQL that every gunicorn worker shares (`make serve` runs
# createcachetable), so a limit holds for the whole server. "locmem" (development's default:
# runserver is one process): per process, so N workers would allow N times each limit.
_DATABASE_CACHE = "django.core.cache.backends.db.DatabaseCache"
_LOCMEM_CACHE = "django.core.cache.backends.locmem.LocMemCache"
_CACHE_BACKENDS = {
    "locmem": {
        "default": {"BACKEND": _LOCMEM_CACHE},
        "ratelimit": {"BACKEND": _LOCMEM_CACHE, "LOCATION": "ratelimit"},
    },
    "database": {
        "default": {"BACKEND": _DATABASE_CACHE, "LOCATION": "archive_cache"},
        # Counted with one SQL statement each (archive.middleware.count_request), never culled
        # by Django: only rows of past windows are deleted.
        "ratelimit": {"BACKEND": _DATABASE_CACHE, "LOCATION": "archive_ratelimit"},
    },
}
CACHE_BACKEND = os.environ.get("CACHE_BACKEND", "").strip() or ("locmem" if DEBUG else "database")
if CACHE_BACKEND not in _CACHE_BACKENDS:
    raise ImproperlyConfigured(f"CACHE_BACKEND must be one of {sorted(_CACHE_BACKENDS)}.")
CACHES = _CACHE_BACKENDS[CACHE_BACKEND]

# Search: every count comes from the facet index (archive/search/facet_index.py); the snapshots
# of archive/search/snapshots.py keep what the index does not hold (a country's representatives).
SEARCH_SNAPSHOT_MAX_AGE = int(os.environ.get("SEARCH_SNAPSHOT_MAX_AGE", 900))
SEARCH_KEPT_SEARCHES = int(os.environ.get("SEARCH_KEPT_SEARCHES", 64))
SNAPSHOT_REFRESH_ON_PUBLISH = env_bool("SNAPSHOT_REFRESH_ON_PUBLISH", True)

REQUEST_LOG = env_bool("REQUEST_LOG", not DEBUG)
LOG_FORMAT = os.environ.get("LOG_FORMAT", "plain" if DEBUG else "json").strip()

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "archive.middleware.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "plain",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Failed sign-ins and lock-outs are warnings; axes's INFO lines are chatter.
        "axes": {"level": "WARNING"},
        # Loading the Russian dictionaries is announced at INFO once per process.
        "pymorphy3": {"level": "WARNING"},
    },
}

# Limits that protect the importer from oversized input (environment variables of the same
# names): one report file (refused unread, by the command and the admin upload alike); one
# admin upload request, all its files together (refused before any file is kept:
# archive.admin.upload.CappedUploadHandler); and the seconds the upload's preview may take,
# well inside the web server's timeout (the files left wait for another upload).
REPORT_MAX_BYTES = int(os.environ.get("REPORT_MAX_BYTES", 5 * 1024 * 1024))
REPORT_UPLOAD_MAX_BYTES = int(os.environ.get("REPORT_UPLOAD_MAX_BYTES", 20 * 1024 * 1024))
REPORT_PREVIEW_SECONDS = float(os.environ.get("REPORT_PREVIEW_SECONDS", 10))
FILE_UPLOAD_HANDLERS = [
    "archive.admin.upload.CappedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
