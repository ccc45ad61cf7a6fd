"""While the database is down the archive says so: 503 with Retry-After on every page that
needs it (JSON under /api/), as /healthz does — never a 500."""

import json

import pytest

from tests.helpers import run_manage

pytestmark = pytest.mark.slow  # a manage.py subprocess

# A server that is not there: a Unix socket directory that does not exist.
NOWHERE = "postgres://archive@%2Fnonexistent%2Fmeeting-archive-socket/archive"

REQUESTS = """
import json
from django.test import Client
client = Client(raise_request_exception=False)
found = {}
for path in %r:
    response = client.get(path)
    found[path] = [response.status_code, response.get("Content-Type", ""),
                   response.get("Retry-After"), response.content.decode()[:2000]]
print(json.dumps(found))
"""
PAGES = ["/?q=police", "/", "/feed/?q=police", "/export.csv?q=police", "/countries/kz/"]
API = ["/api/meetings/?q=police", "/api/suggest/?q=kolo"]


def test_search_pages_and_the_api_answer_503_while_the_database_is_down():
    """Also with rate limits counted in the (unreachable) database: the request goes on
    uncounted and meets its 503."""
    profiles = (
        {"DEBUG": "1"},
        {"DEBUG": "1", "RATE_LIMITS": "1"},
        {"DEBUG": "1", "RATE_LIMITS": "1", "CACHE_BACKEND": "database"},
    )
    for profile in profiles:
        result = run_manage(
            "shell", "--no-imports", "-c", REQUESTS % (PAGES + API + ["/healthz"]),
            DATABASE_URL=NOWHERE, **profile,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        found = json.loads(result.stdout.strip().splitlines()[-1])
        assert found["/healthz"][0] == 503
        for path in PAGES:
            status, content_type, retry_after, text = found[path]
            assert status == 503, (profile, path, status, text[:300])
            assert retry_after and "database" in text.lower(), (path, text[:300])
            assert "OperationalError" not in text
        for path in API:
            status, content_type, retry_after, text = found[path]
            assert status == 503 and content_type == "application/json", (path, status)
            assert "database" in json.loads(text)["error"].lower()
