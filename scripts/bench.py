#!/usr/bin/env python
"""The archive's benchmark: prints a table of figures and writes them to bench-results/.

    make bench                       # 10,000 reports (the default)
    .venv/bin/python scripts/bench.py --reports 2000

A benchmark, not a test: it measures and reports, it never fails on a slow figure. It runs
against a scratch database ``<your database>_bench`` on the same server (dropped and created
anew), so the development data is never touched. The corpus comes from archive.bench.corpus
(deterministic from --seed) and is cached under bench-results/ (git-ignored).

    make bench BENCH_ARGS="--search-sizes 10000"   # search at 10,000 meetings only
    make bench BENCH_ARGS="--million"              # and at 1,000,000 (hours to load)
    make bench BENCH_ARGS="--peers"                # and Datasette beside us at each size

Figures:
- extraction: median ms per report and reports/s on one core (pure Python, no database);
- import: reports/s end to end (`manage.py import_reports`, a separate process) and that
  process's peak resident memory;
- search: p50/p95 server-side per request type of a fixed mix (`manage.py bench_search`),
  queries per request and the search page's size, at each archive size in MEETINGS (10,000 and
  100,000 by default). Each size is a scratch database `<db>_bench<N>m` loaded once through the
  importer's bulk path (`generate_corpus --load`) with enough reports for N meetings (about a
  fifth of the synthetic reports are further reports of a meeting), and reused on later runs:
  the first `make bench` takes about five minutes longer than the next ones, forty with
  --million (two loaders, ~570 reports/s on the benchmark machine);
- editors, at each of those sizes: the review queue (whole, by kind, by import, a late page,
  newest import first) and the meeting change page, p50/p95 and CPU ms
  (`manage.py bench_editors`), after the queue is synced once and a batch of 300 new reports
  is imported into the archive;
- with --peers, at each of those sizes: our search beside Datasette on a SQLite copy of the
  same meetings and PostgreSQL's floor for exact counts (scripts/bench_peers.py, also run alone
  by `make bench-peers`).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench-results"


def database_url() -> str:
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        state = ROOT / ".state" / "database_url"
        if not state.exists():
            sys.exit("No database: run `make db` first, or set DATABASE_URL.")
        url = state.read_text().strip()
    return url


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def recreate_database(url: str) -> str:
    """Drop and create ``<db>_bench``; return its URL."""
    import psycopg

    parts = urlsplit(url)
    name = (parts.path.lstrip("/") or "archive") + "_bench"
    admin_url = with_database(url, "postgres").replace("postgres://", "postgresql://", 1)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return with_database(url, name)


def corpus(n: int, seed: int) -> Path:
    from archive.bench.corpus import write_corpus

    directory = RESULTS / f"corpus-seed{seed}-n{n}"
    if not (directory / "truth.jsonl").exists():
        print(f"generating {n} reports into {directory} …", file=sys.stderr)
        write_corpus(directory, n, seed=seed)
    return directory


def bench_extraction(directory: Path, limit: int = 2000) -> dict:
    from archive.extraction import default_lexicon, extract

    lexicon = default_lexicon()
    files = sorted(directory.glob("*.txt"))[:limit]
    texts = [f.read_text(encoding="utf-8") for f in files]
    for text in texts[:20]:
        extract(text, lexicon=lexicon)  # warm-up
    timings = []
    started = time.perf_counter()
    for text in texts:
        t0 = time.perf_counter()
        extract(text, lexicon=lexicon)
        timings.append((time.perf_counter() - t0) * 1000)
    elapsed = time.perf_counter() - started
    sizes = [len(t.encode("utf-8")) for t in texts]
    return {
        "reports": len(texts),
        "mean_kb": round(statistics.mean(sizes) / 1024, 2),
        "median_ms": round(statistics.median(timings), 2),
        "p95_ms": round(sorted(timings)[int(len(timings) * 0.95) - 1], 2),
        "reports_per_s": round(len(texts) / elapsed, 1),
    }


def manage(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=manage_env(url),
        capture_output=True,
        text=True,
    )


def start_manage(url: str, *args: str) -> subprocess.Popen:
    """``manage.py`` started in the background; its stdout is discarded."""
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=manage_env(url),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def manage_env(url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "0",
        "ALLOWED_HOSTS": "testserver",
        "LOG_LEVEL": "WARNING",
        # Measure the work, not the cache: the mix repeats each request.
        "SEARCH_KEPT_SEARCHES": "0",
        "RATE_LIMITS": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-" + "x" * 50,
    }


def count_meetings(url: str) -> int:
    import psycopg

    try:
        with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as conn:
            return conn.execute("SELECT count(*) FROM archive_meeting").fetchone()[0]
    except psycopg.Error:
        return 0


def bench_search(url: str) -> dict:
    manage(url, "migrate", "-v0")  # a kept database may predate the latest migrations
    manage(url, "collectstatic", "--noinput", "-v0")  # production storage needs the manifest
    # As in production (cron, and every import): the home page's exact counts are precomputed.
    started = time.perf_counter()
    manage(url, "refresh_facet_counts", "-v0")
    snapshot_seconds = round(time.perf_counter() - started, 1)
    result = manage(url, "bench_search")
    try:
        figures = json.loads(result.stdout)
    except ValueError:
        sys.exit(f"bench_search failed:\n{result.stderr[-3000:]}")
    figures["refresh_facet_counts_s"] = snapshot_seconds
    return figures


# Synthetic reports per meeting (archive.bench.corpus: a fifth of the meetings are reported two or
# three times, 1.27 reports a meeting; 10,000 reports made 7,881 meetings), with a margin so a
# load reaches its meeting count.
REPORTS_PER_MEETING = 1.28


def search_database(base_url: str, size: int, seed: int) -> str:
    """A database of at least ``size`` synthetic meetings, loaded once and kept. An
    interrupted load resumes: the importer skips the reports it already holds."""
    import psycopg

    parts = urlsplit(base_url)
    name = f"{parts.path.lstrip('/') or 'archive'}_bench{size}m"
    url = with_database(base_url, name)
    if count_meetings(url) >= size:
        return url
    admin_url = with_database(base_url, "postgres").replace("postgres://", "postgresql://", 1)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    for step in (("migrate", "-v0"), ("load_reference_data", "-v0")):
        manage(url, *step)
    reports = int(size * REPORTS_PER_MEETING)
    # One loader per core, each on its own consecutive range of the same corpus: a loader
    # alternates between Python and PostgreSQL, so alone it keeps about one core busy.
    loaders = max(2, os.cpu_count() or 1)
    bounds = [reports * part // loaders for part in range(loaders + 1)]
    print(
        f"loading {reports:,} reports into {name} with {loaders} loaders (once) …", file=sys.stderr
    )
    running = [
        start_manage(
            url,
            "generate_corpus",
            "--count",
            str(end),
            "--skip",
            str(start),
            "--seed",
            str(seed),
            "--load",
            "--batch-size",
            "200",
            "-v0",
        )
        for start, end in itertools.pairwise(bounds)
    ]
    for loader in running:
        _, stderr = loader.communicate()
        if loader.returncode:
            sys.exit(f"loading {name} failed:\n{stderr[-3000:]}")
    manage(url, "dbshell", "--", "-c", "VACUUM ANALYZE")  # as autovacuum would, but now
    return url


# A fresh import into each search archive, so the review queue has an import batch of its own
# to filter by (the bulk-loaded corpus has one per loader): reports of another seed, which the
# archive does not hold yet.
REVIEW_BATCH_REPORTS = 300
REVIEW_BATCH_SEED_OFFSET = 100


def bench_editors(url: str, seed: int) -> dict:
    """The review queue and the meeting change page (``manage.py bench_editors``), after the
    queue is brought in step with the bulk-loaded archive (once) and a batch of new reports
    is imported the way editors import them (once)."""
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as conn:
        entries = conn.execute("SELECT count(*) FROM archive_reviewentry").fetchone()[0]
        imported = conn.execute(
            "SELECT count(*) FROM archive_importbatch WHERE origin = 'command'"
        ).fetchone()[0]
    prepared = {}
    manage(url, "createcachetable")  # the import's similar-people cache, as `make serve` does
    if not entries:
        started = time.perf_counter()
        manage(url, "sync_review_queue", "-v0")
        prepared["sync_review_queue_s"] = round(time.perf_counter() - started, 1)
    if not imported:
        batch_seed = seed + REVIEW_BATCH_SEED_OFFSET
        directory = RESULTS / f"review-batch-{batch_seed}"
        if not directory.exists():
            manage(
                url,
                "generate_corpus",
                "--count",
                str(REVIEW_BATCH_REPORTS),
                "--seed",
                str(batch_seed),
                "--out",
                str(directory),
            )
        started = time.perf_counter()
        manage(url, "import_reports", str(directory), "--quiet")
        prepared["import_batch_s"] = round(time.perf_counter() - started, 1)
    result = manage(url, "bench_editors")
    try:
        figures = json.loads(result.stdout)
    except ValueError:
        sys.exit(f"bench_editors failed:\n{result.stderr[-3000:]}")
    return {**figures, **prepared}


def bench_import(url: str, directory: Path, n: int) -> dict:
    for step in (("migrate", "-v0"), ("load_reference_data", "-v0")):
        result = manage(url, *step)
        if result.returncode:
            sys.exit(f"{' '.join(step)} failed:\n{result.stderr}")
    started = time.perf_counter()
    result = manage(
        url, "import_reports", str(directory), "--format", "json", "--status", "published"
    )
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    try:
        summary = json.loads(result.stdout)["summary"]
    except (ValueError, KeyError):
        sys.exit(f"import failed:\n{result.stderr[-3000:]}")
    truth_meetings = {
        json.loads(line)["key"] for line in (directory / "truth.jsonl").open(encoding="utf-8")
    }
    return {
        "reports": n,
        "seconds": round(elapsed, 1),
        "reports_per_s": round(n / elapsed, 1),
        "peak_memory_mb": round(peak_kb / 1024, 1),
        "summary": summary,
        "meetings_in_truth": len(truth_meetings),
    }


def print_table(results: dict) -> None:
    """The figures as a two-column table."""
    e, i = results["extraction"], results["import"]
    rows = [
        ("machine", results["machine"]),
        ("extraction: median ms/report", f"{e['median_ms']} (mean report {e['mean_kb']} KB)"),
        ("extraction: reports/s, one core", f"{e['reports_per_s']}"),
        (f"import of {i['reports']:,} reports: seconds", f"{i['seconds']}"),
        ("import: reports/s", f"{i['reports_per_s']}"),
        ("import: peak memory (MB)", f"{i['peak_memory_mb']}"),
        ("import: outcome", ", ".join(f"{v} {k}" for k, v in i["summary"].items())),
    ]
    for figures in results["search"].values():
        rows.append(
            (
                f"search at {figures['meetings']:,} meetings ({figures['published']:,} "
                "published): p95 ms (all requests)",
                f"{figures['p95_ms_all']}  (page {figures['search_page_bytes']:,} bytes)",
            )
        )
        rows.append(
            ("  precomputing the home page's counts: s", f"{figures['refresh_facet_counts_s']}")
        )
        for label, request in figures["requests"].items():
            rows.append(
                (
                    f"  {label}",
                    f"p50 {request['p50_ms']} / p95 {request['p95_ms']} ms, "
                    f"{request['queries']} queries, HTTP {request['status']}",
                )
            )
    for figures in results.get("editors", {}).values():
        rows.append(
            (
                f"editors at {figures['meetings']:,} meetings ({figures['open_entries']:,} open "
                "review items): worst p95 ms",
                f"queue {figures['queue_worst_p95_ms']}, meeting page "
                f"{figures['meeting_page_worst_p95_ms']} (load average "
                f"{figures['load_average'][0]})",
            )
        )
        for label, request in figures["requests"].items():
            rows.append(
                (
                    f"  {label}",
                    f"p50 {request['p50_ms']} / p95 {request['p95_ms']} ms "
                    f"(CPU {request['cpu_p50_ms']}), {request['queries']} queries",
                )
            )
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000, help="Corpus size (10,000).")
    parser.add_argument("--seed", type=int, default=1, help="Corpus seed (1).")
    parser.add_argument(
        "--search-sizes",
        default="10000,100000",
        help="Archive sizes in meetings for the search figures (10000,100000; loaded once).",
    )
    parser.add_argument("--million", action="store_true", help="Also search 1,000,000.")
    parser.add_argument(
        "--peers",
        action="store_true",
        help="Also time Datasette and PostgreSQL's floor beside our search at each size.",
    )
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    directory = corpus(args.reports, args.seed)
    results = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}",
        "extraction": bench_extraction(directory),
    }
    base_url = database_url()
    url = recreate_database(base_url)
    results["import"] = bench_import(url, directory, args.reports)
    results["search"] = {}
    sizes = [int(x) for x in args.search_sizes.split(",") if x.strip()]
    if args.million:
        sizes.append(1_000_000)
    results["editors"] = {}
    for size in sizes:
        search_url = search_database(base_url, size, args.seed)
        results["search"][str(size)] = bench_search(search_url)
        results["editors"][str(size)] = bench_editors(search_url, args.seed)
    if args.peers:
        import bench_peers

        results["peers"] = {
            str(size): bench_peers.run_size(base_url, size, args.seed, repeat=15) for size in sizes
        }

    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2))
    print_table(results)
    if args.peers:
        bench_peers.print_tables(results["peers"])
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
