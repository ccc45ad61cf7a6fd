"""Benchmark extract() on ~5 KB reports built from the golden reports (one core).

Prints the median milliseconds per report and reports per second. Not a test: a figure for the
README. Run: ``.venv/bin/python scripts/bench_extraction.py [--n 400]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.extraction import decode_report, default_lexicon, extract  # noqa: E402
from archive.extraction.core import detect_language  # noqa: E402

REPORTS = ROOT / "tests" / "extraction" / "reports"


def corpus(n: int, size: int = 5000, language: str = "en") -> list[str]:
    """``n`` reports of about ``size`` characters: each golden report padded with others' bodies
    (the English reports, or with ``language="ru"`` the Russian ones, ``ru_*``)."""
    paths = sorted(REPORTS.glob("*.txt"))
    paths = [p for p in paths if p.name.startswith("ru_") == (language == "ru")]
    texts = [decode_report(p.read_bytes()) for p in paths]
    if language == "ru":
        texts = [t for t in texts if detect_language(t) == "ru"]
    out = []
    for i in range(n):
        base = texts[i % len(texts)]
        j = i + 1
        while len(base) < size:
            extra = texts[j % len(texts)].split("\n", 1)[-1]
            base += "\n\n" + extra
            j += 1
        out.append(base[:size].rsplit(" ", 1)[0] + ".")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="number of reports (default 400)")
    parser.add_argument("--lang", choices=("en", "ru"), default="en", help="reports' language")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="time each report this many times and keep the fastest run, as timeit does, so "
        "other processes on the machine disturb the figure less (default 3)",
    )
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    lex = default_lexicon()
    build_ms = (time.perf_counter() - t0) * 1000
    docs = corpus(args.n, language=args.lang)
    for d in docs[:10]:  # warm-up
        extract(d, lexicon=lex)
    times = []
    cpu = []
    start = time.perf_counter()
    for d in docs:
        best_wall = best_cpu = float("inf")
        for _ in range(max(1, args.repeat)):
            t = time.perf_counter()
            c = time.process_time()
            extract(d, lexicon=lex)
            best_cpu = min(best_cpu, (time.process_time() - c) * 1000)
            best_wall = min(best_wall, (time.perf_counter() - t) * 1000)
        cpu.append(best_cpu)
        times.append(best_wall)
    total = (time.perf_counter() - start) / max(1, args.repeat)
    size = statistics.mean(len(d) for d in docs)
    print(f"lexicon build: {build_ms:.0f} ms (once per process)")
    print(f"reports: {len(docs)}, mean size {size / 1000:.1f} KB, best of {args.repeat} runs each")
    print(f"median: {statistics.median(times):.2f} ms/report, p95: "
          f"{sorted(times)[int(0.95 * len(times))]:.2f} ms")  # fmt: skip
    print(f"median CPU time: {statistics.median(cpu):.2f} ms/report (less sensitive to other load)")
    print(f"throughput: {len(docs) / total:.0f} reports/s on one core")
    # the machine may be shared: a figure taken under load is not comparable to a quiet one
    print(f"load average (1 min): {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()
