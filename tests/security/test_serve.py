"""The production server itself: gunicorn with DEBUG off, as `make serve` runs it.

Started on a free loopback port against the test database, behind a pretend TLS proxy
(X-Forwarded-Proto), and checked from outside with plain HTTP requests.
"""

from __future__ import annotations

import http.client
import json
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import free_port, gunicorn_serving, production_env

VENV_BIN = Path(sys.executable).parent
HTTPS = {"X-Forwarded-Proto": "https"}

pytestmark = pytest.mark.slow  # collects static files and starts gunicorn


@pytest.fixture
def production_server(db, tmp_path):
    port = free_port()
    env = production_env(LOG_FORMAT="json", DB_STATEMENT_TIMEOUT_MS="10000")
    with gunicorn_serving(env, port, tmp_path / "server.log", workers=2):
        yield port, tmp_path / "server.log"


def get(port: int, path: str, headers: dict | None = None) -> tuple[int, dict, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers={"Host": "127.0.0.1", **(headers or {})})
    response = conn.getresponse()
    body = response.read().decode("utf-8", "replace")
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def test_production_server_serves_securely(production_server):
    """HTTPS redirect, HSTS, CSP, friendly 404, whitenoise static files, /healthz, JSON logs."""
    port, log = production_server

    status, headers, _ = get(port, "/")
    assert status == 301 and headers["location"].startswith("https://")
    # Load balancers probe over plain HTTP.
    status, _, body = get(port, "/healthz")
    assert status == 200 and '"ok"' in body

    status, headers, body = get(port, "/", HTTPS)
    assert status == 200, body[:500]
    assert headers["strict-transport-security"].startswith("max-age=31536000")
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert "Traceback" not in body

    status, _, body = get(port, "/meetings/nothing-here/", HTTPS)
    assert status == 404 and "Page not found" in body

    status, headers, body = get(port, "/static/archive/site.css", HTTPS)
    assert status == 200 and "text/css" in headers["content-type"]

    status, _, body = get(port, "/admin/login/", HTTPS)
    assert status == 200 and "csrfmiddlewaretoken" in body

    time.sleep(0.5)
    entries = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    # Every line is a JSON object, gunicorn's own included.
    assert any(e["logger"] == "gunicorn.error" for e in entries)
    requests = [e for e in entries if e["logger"] == "archive.request"]
    assert any(e["status"] == 404 and e["path"] == "/meetings/nothing-here/" for e in requests)
