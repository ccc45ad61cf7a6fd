#!/usr/bin/env python3
"""Load test (a benchmark, not a test): the production server under concurrent clients.

Starts gunicorn exactly as `make serve` does (DEBUG off, whitenoise, collected static files) on a
free loopback port against the configured database, drives it with wrk for a fixed time with a
mix of public requests (search with and without words and facets, the JSON API, meeting pages,
people and topic lists, a static file, /healthz), prints requests/s, latency percentiles and
errors, writes bench-results/loadtest-*.json, and stops the server. It renews the precomputed
counts first, as production's cron keeps them fresh.

    .venv/bin/python scripts/loadtest.py --connections 50 --duration 60

The rate limits are turned off for the run: all the clients share one address, and the point is
to measure the server, not to watch the limiter answer 429 (tests/security/test_security.py
covers it).
Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent

LUA = r"""
local paths = {%(paths)s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
local codes = {}
response = function(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end
done = function(summary, latency, requests)
  local out = io.open("%(result)s", "w")
  out:write(string.format(
    '{"requests": %%d, "duration_us": %%d, "connect_errors": %%d, "read_errors": %%d, ' ..
    '"write_errors": %%d, "timeouts": %%d, "non_2xx_3xx": %%d, ' ..
    '"p50_ms": %%.2f, "p90_ms": %%.2f, "p95_ms": %%.2f, "p99_ms": %%.2f, "max_ms": %%.2f}',
    summary.requests, summary.duration, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  out:close()
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(
        DEBUG="0",
        SECRET_KEY=env.get("SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",  # plain HTTP on loopback; production sits behind TLS
        RATE_LIMITS="0",
        DB_STATEMENT_TIMEOUT_MS=env.get("DB_STATEMENT_TIMEOUT_MS", "10000"),  # as `make serve`
    )
    return env


def wait_healthy(base: str, server: subprocess.Popen, timeout: float = 240) -> None:
    """Until /healthz answers: the master loads the facet index before the workers start (about
    a minute at a million meetings on a busy machine)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit("gunicorn did not become healthy in time")


def sample_paths(base: str) -> list[str]:
    """A request mix; meeting pages come from whatever the database holds."""
    paths = [
        "/",
        "/?q=security",
        "/?q=terrorism+cooperation&sort=newest",
        "/?q=%22interior+ministers%22",
        "/api/meetings/",
        "/api/meetings/?q=police",
        "/people/",
        "/topics/",
        "/healthz",
    ]
    with urllib.request.urlopen(base + "/api/meetings/", timeout=10) as response:
        data = json.load(response)
    for meeting in data.get("results", [])[:5]:
        url = meeting.get("url", "")
        paths.append(re.sub(r"^https?://[^/]+", "", url))
    with urllib.request.urlopen(base + "/", timeout=10) as response:
        css = re.search(r'href="(/static/[^"]+\.css)"', response.read().decode())
    if css:
        paths.append(css.group(1))
    return [p for p in paths if p]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=50, help="concurrent clients")
    parser.add_argument("--duration", type=int, default=60, help="seconds of load")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn workers"
    )
    args = parser.parse_args()
    if args.duration > 600 or args.connections > 500:
        parser.error("keep it bounded: at most 600 s and 500 connections")
    wrk = shutil.which("wrk")
    if not wrk:
        raise SystemExit("wrk is not installed: apt-get install wrk (`make loadtest` does it)")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = server_env(port)
    # As in production, where cron renews the whole archive's counts (docs/OPERATIONS.md):
    # a stale snapshot makes each worker count the browse lists live once (~1 s at 1,000,000).
    # createcachetable: the shared cache's tables, as `make serve` creates them.
    for command in (
        ("collectstatic", "--noinput"),
        ("createcachetable",),
        ("refresh_facet_counts",),
    ):
        subprocess.run(
            [sys.executable, "manage.py", *command, "-v0"], cwd=REPO, env=env, check=True
        )
    work = Path(tempfile.mkdtemp(prefix="archive-loadtest-"))
    server_log = work / "server.log"
    with server_log.open("w") as log:
        server = subprocess.Popen(
            [
                str(VENV_BIN / "gunicorn"),
                "archive.wsgi",
                "--config",
                "scripts/gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(args.workers),
                "--timeout",
                "30",
                "--no-control-socket",
            ],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_healthy(base, server)
        paths = sample_paths(base)
        result_file = work / "result.json"
        script = work / "mix.lua"
        script.write_text(
            LUA % {"paths": ", ".join(json.dumps(p) for p in paths), "result": result_file}
        )
        print(
            f"gunicorn: {args.workers} workers on {base}; wrk: {args.connections} connections, "
            f"{args.threads} threads, {args.duration} s over {len(paths)} paths",
            flush=True,
        )
        subprocess.run(
            [
                wrk,
                f"-t{args.threads}",
                f"-c{args.connections}",
                f"-d{args.duration}s",
                "--timeout",
                "10s",
                "-s",
                str(script),
                base,
            ],
            check=True,
            timeout=args.duration + 60,
        )
        figures = json.loads(result_file.read_text())
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    errors = sum(
        figures[k]
        for k in ("connect_errors", "read_errors", "write_errors", "timeouts", "non_2xx_3xx")
    )
    seconds = figures["duration_us"] / 1e6
    summary = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "connections": args.connections,
        "duration_s": round(seconds, 1),
        "workers": args.workers,
        "paths": paths,
        "requests_per_s": round(figures["requests"] / seconds, 1),
        "errors": errors,
        **figures,
    }
    server_errors, durations = 0, []
    for line in server_log.read_text().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        server_errors += entry.get("level") in ("ERROR", "CRITICAL")
        if entry.get("logger") == "archive.request":
            durations.append(entry["duration_ms"])
    durations.sort()
    # Time inside Django, without the wait in gunicorn's queue that wrk's latency includes.
    server_p50 = durations[len(durations) // 2] if durations else 0.0
    server_p95 = durations[int(len(durations) * 0.95)] if durations else 0.0
    summary.update(
        server_error_log_lines=server_errors,
        server_p50_ms=server_p50,
        server_p95_ms=server_p95,
    )
    print()
    print(f"requests         {figures['requests']:>10,} in {seconds:.1f} s")
    print(f"requests/s       {summary['requests_per_s']:>10,.1f}")
    print(f"latency p50      {figures['p50_ms']:>10.1f} ms")
    print(f"latency p95      {figures['p95_ms']:>10.1f} ms")
    print(f"latency p99      {figures['p99_ms']:>10.1f} ms")
    socket_errors = figures["connect_errors"] + figures["read_errors"] + figures["write_errors"]
    print(
        f"errors           {errors:>10,}  (non-2xx/3xx {figures['non_2xx_3xx']}, "
        f"timeouts {figures['timeouts']}, socket {socket_errors})"
    )
    print(f"in Django p50    {server_p50:>10.1f} ms  (server side, without queueing)")
    print(f"in Django p95    {server_p95:>10.1f} ms")
    print(f"server errors    {server_errors:>10,}  (ERROR lines in the server log)")
    out_dir = REPO / "bench-results"
    out_dir.mkdir(exist_ok=True)
    out = out_dir / f"loadtest-{datetime.datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(summary, indent=2))
    print(f"\nwritten to {out.relative_to(REPO)}; server log {server_log}")
    return 0 if errors == 0 and server_errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
