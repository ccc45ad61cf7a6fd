#!/usr/bin/env python
"""The archive's search beside its peers: Datasette on the same meetings, and PostgreSQL's floor.

    make bench-peers                                       # at 10,000 and 100,000 meetings
    .venv/bin/python scripts/bench_peers.py --sizes 10000   # one size
    make bench BENCH_ARGS="--peers"                        # after `make bench`'s own figures

A benchmark, not a test. At each archive size (the scratch databases `<db>_bench<N>m` of
scripts/bench.py, loaded once and kept; only read here) it
1. copies the published meetings into SQLite (archive.bench.peers: JSON arrays for the
   many-valued facets, FTS5 with Porter stemming; kept under bench-results/peers/ while the
   source is unchanged) and counts its rows for Datasette once (`datasette inspect`);
2. starts the archive's production server (gunicorn, DEBUG off, as `make serve`, kept
   counts off: SEARCH_KEPT_SEARCHES=0) and `datasette serve` in immutable mode with the
   settings of DATASETTE_SETTINGS, each on a free port of 127.0.0.1;
3. sends both the same request mix (`manage.py bench_search --mix`, plus a word held by about
   half of the meetings), one request at a time and alternating sides, and times each
   client-side over HTTP to its last byte (the CSV to its first): the page as HTML, the API as
   JSON, the export as CSV, and all seven facets with every page;
4. asks each side once for the JSON of every request to record its count and whether the count
   and facets were exact (ours always are: the facet index counts every search;
   Datasette: ``filtered_table_rows_count`` null when its count timed out, ``facets_timed_out``);
5. times PostgreSQL's floor for the broad word: the fastest of several hand-written statements
   (archive.bench.peers.floor_statements) for its exact total and facet counts, over a plain
   connection — no HTTP, no page.
It prints a table per size and writes bench-results/peers-*.json, with the load average: the
machine may be shared, so compare the columns of one run, not runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402  (scripts/bench.py: the scratch databases)
from loadtest import free_port, server_env, wait_healthy  # noqa: E402

from archive.bench import peers  # noqa: E402

VENV_BIN = Path(sys.executable).parent
PEERS_DIR = bench.RESULTS / "peers"
# Datasette's settings (docs.datasette.io: settings, performance): the same budgets as ours —
# a statement may run as long as our server's statement timeout (`make serve`), facets as long
# as our former facet budget (1.5 s), each facet separately —, our page and facet sizes, the page
# cache about PostgreSQL's shared_buffers, no facet suggestions (queries our page does not
# make). Immutable mode (-i) and the inspect file (row counts counted once) are set on the
# command line.
DATASETTE_SETTINGS = {
    "sql_time_limit_ms": "10000",
    "facet_time_limit_ms": "1500",
    "default_page_size": "20",
    "default_facet_size": "50",
    "num_sql_threads": "3",
    # cache_size_kb: our PostgreSQL's shared_buffers, read from the server at each run
    "suggest_facets": "off",
}


# --- The two servers --------------------------------------------------------------------------


def start(command: list[str], env: dict, log: Path) -> subprocess.Popen:
    with log.open("w") as out:
        return subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def start_ours(url: str, log: Path) -> tuple[subprocess.Popen, str]:
    """The archive as `make serve` runs it, with its home page counts fresh (as cron keeps
    them) and no search's counts kept (the mix repeats each request)."""
    for step in (("migrate", "-v0"), ("collectstatic", "--noinput", "-v0")):
        bench.manage(url, *step)
    bench.manage(url, "refresh_facet_counts", "-v0")
    port = free_port()
    env = {**server_env(port), "DATABASE_URL": url, "SEARCH_KEPT_SEARCHES": "0"}
    env["LOG_LEVEL"] = "WARNING"
    command = [str(VENV_BIN / "gunicorn"), "archive.wsgi", "--config", "scripts/gunicorn.conf.py"]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", "2", "--timeout", "120"]
    server = start([*command, "--no-control-socket"], env, log)
    base = f"http://127.0.0.1:{port}"
    wait_healthy(base, server)
    return server, base


def start_datasette(path: Path, log: Path, cache_kb: int) -> tuple[subprocess.Popen, str]:
    datasette = VENV_BIN / "datasette"
    if not datasette.exists():
        sys.exit("Datasette is not installed: .venv/bin/pip install -r requirements-dev.txt")
    counts = path.with_suffix(".inspect.json")
    if not counts.exists() or counts.stat().st_mtime < path.stat().st_mtime:
        subprocess.run(
            [str(datasette), "inspect", str(path), "--inspect-file", str(counts)], check=True
        )
    metadata = path.with_suffix(".metadata.json")
    metadata.write_text(json.dumps(peers.datasette_metadata(path.stem)))
    port = free_port()
    command = [str(datasette), "serve", "-i", str(path), "--inspect-file", str(counts)]
    command += ["--metadata", str(metadata)]
    command += ["-h", "127.0.0.1", "-p", str(port)]
    for name, value in {**DATASETTE_SETTINGS, "cache_size_kb": str(cache_kb)}.items():
        command += ["--setting", name, value]
    server = start(command, dict(os.environ), log)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"datasette exited with status {server.returncode}; see {log}")
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                return server, base
        except OSError:
            time.sleep(0.3)
    stop(server)
    sys.exit(f"datasette did not start in time; see {log}")


# --- Requests ---------------------------------------------------------------------------------


def get(base: str, path: str, *, first_byte: bool = False) -> tuple[float, int, bytes]:
    """(milliseconds, status, body) of one GET on a new connection. With ``first_byte`` the
    time stops at the first byte of the body; the rest is still read, untimed, so that neither
    server is left streaming into the next request's time."""
    started = time.perf_counter()
    try:
        response = urllib.request.urlopen(base + path, timeout=300)
    except urllib.error.HTTPError as error:
        response = error
    with response:
        body = response.read(1) if first_byte else response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if first_byte:
            body += response.read()
        return elapsed, response.status, body


def figures(timings: list[float], status: int, size: int) -> dict:
    return {
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(peers.p95(timings), 1),
        "status": status,
        "bytes": size,
        "timings_ms": [round(t, 2) for t in timings],
    }


def our_counts(base: str, path: str) -> dict | None:
    """The API's answer for the same search: its count (always exact)."""
    if path.startswith("/export.csv"):
        return None
    api = path if path.startswith("/api/") else "/api/meetings/" + path.removeprefix("/")
    _, status, body = get(base, api)
    if status != 200:
        return {"status": status}
    return {"count": json.loads(body)["count"]}


def datasette_counts(base: str, path: str) -> dict | None:
    """Datasette's JSON for the same request: its count (null when the count timed out) and
    the facets that timed out (left out of its answer)."""
    if ".csv?" in path:
        return None
    _, status, body = get(base, peers.as_json(path))
    if status != 200:
        return {"status": status}
    data = json.loads(body)
    return {
        "count": data.get("filtered_table_rows_count"),
        "facets_timed_out": peers.facets_timed_out(path, data),
    }


def deep_page_path(base: str, table_path: str, page: int, per_page: int) -> str:
    """Datasette's page ``page`` newest first: Datasette pages by keyset (``_next``), so the
    token of the row before it is found by walking the pages, untimed."""
    remaining, token = (page - 1) * per_page, None
    while remaining > 0:
        size = min(1000, remaining)
        query = [("_sort_desc", "date_start"), ("_size", str(size)), ("_nocount", "1")]
        query += [("_nofacet", "1")] + ([("_next", token)] if token else [])
        _, _, body = get(base, f"{table_path}.json?{urlencode(query)}")
        token, remaining = json.loads(body)["next"], remaining - size
    query = [*peers.facet_parameters(), *peers.NEWEST] + ([("_next", token)] if token else [])
    return f"{table_path}?{urlencode(query)}"


def measure(ours: str, theirs: str, requests: dict[str, tuple[str, str]], repeat: int) -> dict:
    """Each request on both sides: one untimed run each, then ``repeat`` timed runs
    alternating sides, then each side's counts."""
    results = {}
    for label, (our_path, their_path) in requests.items():
        first_byte = "CSV" in label
        timings: dict[str, list[float]] = {"ours": [], "datasette": []}
        last = {}
        sides = (("ours", ours, our_path), ("datasette", theirs, their_path))
        for _ in range(repeat + 1):
            for side, base, path in sides:
                elapsed, status, body = get(base, path, first_byte=first_byte)
                timings[side].append(elapsed)
                last[side] = (status, len(body))
        results[label] = {
            "ours": {"url": our_path, **figures(timings["ours"][1:], *last["ours"])},
            "datasette": {
                "url": their_path,
                **figures(timings["datasette"][1:], *last["datasette"]),
            },
        }
        results[label]["ours"]["counts"] = our_counts(ours, our_path)
        results[label]["datasette"]["counts"] = datasette_counts(theirs, their_path)
        print(f"  {label}: done", file=sys.stderr, flush=True)
    return results


# --- PostgreSQL's floor -----------------------------------------------------------------------


def floor(url: str, word: str, repeat: int) -> dict:
    """Each floor statement under each session setting: p50/p95 of ``repeat`` timed runs after
    one untimed, and the fastest. Every variant must return the same rows."""
    import psycopg

    variants, answers = {}, {}
    with psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        for setting, values in peers.FLOOR_SETTINGS.items():
            for name, sql in peers.floor_statements().items():
                timings = []
                for _ in range(repeat + 1):
                    with conn.transaction():
                        for key, value in values.items():
                            conn.execute("SELECT set_config(%s, %s, true)", [key, value])
                        started = time.perf_counter()
                        rows = conn.execute(sql, {"word": word, "fetch": 50}).fetchall()
                        timings.append((time.perf_counter() - started) * 1000)
                key = f"{name}; {setting}"
                variants[key] = figures(timings[1:], 200, 0)
                answers[key] = sorted(rows)
    if len({json.dumps(rows) for rows in answers.values()}) != 1:
        sys.exit("the floor statements disagree: a statement is wrong")
    fastest = min(variants, key=lambda key: variants[key]["p50_ms"])
    total = next(n for facet, _, n in next(iter(answers.values())) if facet == "total")
    return {"variants": variants, "fastest": fastest, "count": total, **variants[fastest]}


# --- One archive size -------------------------------------------------------------------------


def run_size(
    base_url: str, size: int, seed: int, repeat: int, only: list[str] | None = None
) -> dict:
    """Both sides and the floor at one archive size (loading its database if it is missing);
    ``only``: the labels of the requests to time (all when None)."""
    import psycopg

    url = bench.search_database(base_url, size, seed)
    pg_url = url.replace("postgres://", "postgresql://", 1)
    name = url.rsplit("/", 1)[-1]
    PEERS_DIR.mkdir(parents=True, exist_ok=True)
    copy = PEERS_DIR / f"{name}.db"
    load_before = os.getloadavg()
    started = time.perf_counter()
    print(f"{name}: copying the published meetings to {copy} …", file=sys.stderr, flush=True)
    stamp = peers.export_sqlite(pg_url, copy)
    export_seconds = round(time.perf_counter() - started, 1)
    mix = json.loads(bench.manage(url, "bench_search", "--mix").stdout)
    values = mix["values"]
    with psycopg.connect(pg_url) as conn:
        word, share = peers.pick_broad_word(conn)
        # SQLite's page cache gets the memory PostgreSQL's buffer cache has (8 kB pages).
        (cache_kb,) = conn.execute(
            "SELECT setting::bigint * 8 FROM pg_settings WHERE name = 'shared_buffers'"
        ).fetchone()
    ours_server, ours = start_ours(url, PEERS_DIR / f"{name}.gunicorn.log")
    try:
        their_server, theirs = start_datasette(copy, PEERS_DIR / f"{name}.datasette.log", cache_kb)
        try:
            table_path = f"/{copy.stem}/{peers.TABLE}"
            translated = peers.datasette_paths(values, word, table_path)
            requests = {}
            for label, our_path in mix["requests"].items():
                if label.startswith("deep page"):
                    page, per_page = values["deep_page"], values["per_page"]
                    requests[label] = (our_path, deep_page_path(theirs, table_path, page, per_page))
                elif label in translated:  # pages Datasette has no counterpart of stay ours
                    requests[label] = (our_path, translated[label])
            requests["broad word"] = (f"/?q={word}", translated["broad word"])
            if only is not None:
                unknown = set(only) - set(requests)
                if unknown:
                    sys.exit(
                        f"no such request: {', '.join(sorted(unknown))}; "
                        f"known: {', '.join(requests)}"
                    )
                requests = {label: requests[label] for label in only}
            print(f"{name}: timing {len(requests)} requests …", file=sys.stderr, flush=True)
            results = measure(ours, theirs, requests, repeat)
        finally:
            stop(their_server)
    finally:
        stop(ours_server)
    print(f"{name}: timing the floor …", file=sys.stderr, flush=True)
    return {
        "database": name,
        "published": stamp["published"],
        "sqlite_mb": round(copy.stat().st_size / 2**20, 1),
        "export_s": export_seconds,
        "cache_kb": cache_kb,
        "broad_word": {"word": word, "share": round(share, 3)},
        "requests": results,
        "only": only,
        "floor": floor(url, word, repeat),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }


# --- The table --------------------------------------------------------------------------------


def describe_ours(counts: dict | None) -> str:
    if counts is None:
        return "—"
    if "status" in counts:
        return f"HTTP {counts['status']}"
    return f"exact {counts['count']:,}"


def describe_datasette(counts: dict | None) -> str:
    if counts is None:
        return "—"
    if "status" in counts:
        return f"HTTP {counts['status']}"
    text = "count timed out" if counts["count"] is None else f"exact {counts['count']:,}"
    if counts["facets_timed_out"]:
        text += f"; facets timed out: {', '.join(counts['facets_timed_out'])}"
    return text


def timing(side: dict) -> str:
    text = f"{side['p50_ms']:,.0f} / {side['p95_ms']:,.0f}"
    return text if side["status"] == 200 else f"{text} (HTTP {side['status']})"


def ratio_text(ours: dict, theirs: dict) -> str:
    at_p50, at_p95 = peers.ratios(ours, theirs)
    return f"{at_p50:,.1f}× / {at_p95:,.1f}×"


def markdown(result: dict) -> str:
    """One size's results as a Markdown table (the README keeps the latest)."""
    word = result["broad_word"]
    lines = [
        f"At {result['published']:,} published meetings (load average "
        f"{result['load_average_before'][0]} before, {result['load_average_after'][0]} after):",
        "",
        "| request | ours p50 / p95 ms | Datasette p50 / p95 ms "
        "| Datasette ÷ ours (p50 / p95) | our counts | Datasette's counts |",
        "|---|---|---|---|---|---|",
    ]
    for label, sides in result["requests"].items():
        ours, theirs = sides["ours"], sides["datasette"]
        if label == "broad word":
            label = f"broad word “{word['word']}” ({word['share']:.0%} of meetings)"
        lines.append(
            f"| {label} | {timing(ours)} | {timing(theirs)} | {ratio_text(ours, theirs)} "
            f"| {describe_ours(ours['counts'])} | {describe_datasette(theirs['counts'])} |"
        )
    # the whole mix only when every request of it was timed, not a chosen few (--only)
    pooled = None if result.get("only") else peers.whole_mix(result["requests"])
    if pooled:
        ours, theirs = pooled["ours"], pooled["datasette"]
        lines.append(
            f"| whole mix, every run of every request pooled | {timing(ours)} "
            f"| {timing(theirs)} | {ratio_text(ours, theirs)} | | |"
        )
    low = result["floor"]
    if "broad word" not in result["requests"]:
        return "\n".join(lines)
    ours = result["requests"]["broad word"]["ours"]
    lines.append(
        f"| PostgreSQL floor for the broad word: exact total and seven facets, SQL only "
        f"| {low['p50_ms']:,.0f} / {low['p95_ms']:,.0f} (ours ÷ floor: "
        f"{ours['p50_ms'] / low['p50_ms']:,.1f}×) | | | exact {low['count']:,} | |"
    )
    return "\n".join(lines)


def print_tables(sizes: dict) -> None:
    for result in sizes.values():
        print()
        print(markdown(result))
        print(f"\nfloor: {result['floor']['fastest']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="10000,100000", help="Archive sizes in meetings (10000,100000)."
    )
    parser.add_argument("--seed", type=int, default=1, help="Corpus seed (1).")
    parser.add_argument("--repeat", type=int, default=15, help="Timed runs per request (15).")
    parser.add_argument(
        "--only",
        action="append",
        metavar="LABEL",
        help='Time only this request (repeatable: --only "rare name" --only "CSV first byte").',
    )
    args = parser.parse_args()
    only = args.only
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    base_url = bench.database_url()
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    version = subprocess.run(
        [str(VENV_BIN / "datasette"), "--version"], capture_output=True, text=True
    ).stdout.strip()
    results = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}",
        "datasette": version,
        "sqlite": sqlite3.sqlite_version,
        "datasette_settings": DATASETTE_SETTINGS,
        "sizes": {
            str(size): run_size(base_url, size, args.seed, args.repeat, only) for size in sizes
        },
    }
    bench.RESULTS.mkdir(exist_ok=True)
    out = bench.RESULTS / f"peers-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"{results['machine']}; {version}, SQLite {sqlite3.sqlite_version}")
    print_tables(results["sizes"])
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
