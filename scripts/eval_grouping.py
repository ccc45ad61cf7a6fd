"""Score how the archive groups real reports into meetings: import every stored text of the
development set into a scratch database, each with the address its gold gives (as
``import_reports --addresses`` takes them, and as scripts/eval_real.py hands them to the
extractor), then compare the meetings it made with the golds.

Two reports are the same meeting in the gold when their golds name the same body and the same
day (day precision on both). Printed: how many of those pairs the archive put in one meeting
(recall), how many pairs it put in one meeting that the golds tell apart (different days, or
bodies that do not match), the reports kept unsorted, and each miss and wrong merge by name.
A benchmark, not a test: run ``make eval-grouping`` (or this script) where the texts are.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402  (scripts/bench.py: scratch databases, manage.py runs)

from archive.extraction import default_lexicon  # noqa: E402
from archive.extraction.scoring import body_matches  # noqa: E402

REAL = ROOT / "eval" / "real"


def development_reports(held_out: int) -> dict[str, tuple[Path, dict]]:
    """File name -> (text, gold) of every development report whose text is present."""
    reports = {}
    for gold_path in sorted(REAL.glob("*/*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold.get("holdout_round") == held_out:
            continue
        text = REAL / "texts" / gold_path.parent.name / f"{gold_path.stem}.txt"
        if text.exists():
            reports[f"{gold_path.parent.name}-{gold_path.stem}.txt"] = (text, gold)
    return reports


def gold_key(gold: dict) -> tuple[str, str] | None:
    """(body, day) of a gold dated to the day, the body by its reference slug when it has one."""
    if gold.get("date_precision") != "day" or not gold.get("body") or not gold.get("date_start"):
        return None
    body = default_lexicon().org_by_name(gold["body"])
    return (body.slug if body else gold["body"].lower(), gold["date_start"])


def told_apart(a: dict, b: dict) -> bool:
    """Whether two golds are different meetings: both dated to the day more than a day apart
    (two reports of one sitting may give its first or its second day), or both with bodies that
    do not match."""
    days = (a.get("date_precision"), b.get("date_precision")) == ("day", "day")
    if days and abs(_day(a) - _day(b)) > dt.timedelta(days=1):
        return True
    if a.get("body") and b.get("body"):
        return not body_matches(a["body"], b["body"])  # the same either way round
    return False


def _day(gold: dict) -> dt.date:
    return dt.date.fromisoformat(gold["date_start"])


def import_into_scratch(
    reports: dict[str, tuple[Path, dict]],
) -> tuple[dict[str, int | None], set[frozenset], dict[str, int]]:
    """Import the texts into a fresh database: (file name -> meeting id, None when kept
    unsorted; the pairs of meetings flagged as possibly the same; the import's count of each
    reason for keeping a report unsorted)."""
    import psycopg

    url = bench.recreate_database(bench.database_url())
    for step in (("migrate", "-v0"), ("load_reference_data", "-v0")):
        result = bench.manage(url, *step)
        if result.returncode:
            sys.exit(f"{' '.join(step)} failed:\n{result.stderr}")
    with tempfile.TemporaryDirectory() as folder:
        with (Path(folder) / "addresses.csv").open("w", encoding="utf-8", newline="") as out:
            listing = csv.writer(out)
            listing.writerow(["file", "url"])
            for name, (text, gold) in reports.items():
                shutil.copyfile(text, Path(folder) / name)
                if gold.get("url"):
                    listing.writerow([name, gold["url"]])
        result = bench.manage(
            url,
            "import_reports",
            folder,
            "--format",
            "json",
            "--status",
            "published",
            "--addresses",
            str(Path(folder) / "addresses.csv"),
        )
    if result.returncode not in (0, 1):
        sys.exit(f"import failed:\n{result.stderr[-3000:]}")
    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as conn:
        rows = conn.execute("SELECT file_name, meeting_id FROM archive_sourcedocument").fetchall()
        flagged = conn.execute(
            "SELECT from_meeting_id, to_meeting_id FROM archive_meeting_possible_duplicates"
        ).fetchall()
    reasons = json.loads(result.stdout).get("unsorted_reasons", {})
    placed = {Path(file_name).name: meeting for file_name, meeting in rows}
    return placed, {frozenset(pair) for pair in flagged}, reasons


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "ru"), help="Only this language's reports.")
    args = parser.parse_args()
    held_out = int((REAL / "HELD_OUT_ROUND").read_text(encoding="utf-8").split()[0])
    reports = development_reports(held_out)
    if args.lang:
        reports = {k: v for k, v in reports.items() if k.startswith(args.lang + "-")}
    if not reports:
        sys.exit("No texts present (eval/real/texts/): nothing to score.")
    placed, flagged, reasons = import_into_scratch(reports)

    by_meeting: dict[int, list[str]] = defaultdict(list)
    for name, meeting in placed.items():
        if meeting is not None:
            by_meeting[meeting].append(name)
    together = {
        frozenset(pair)
        for names in by_meeting.values()
        for pair in itertools.combinations(sorted(names), 2)
    }
    by_key: dict[tuple, list[str]] = defaultdict(list)
    for name, (_, gold) in reports.items():
        key = gold_key(gold)
        if key:
            by_key[key].append(name)
    same = {
        frozenset(pair)
        for names in by_key.values()
        for pair in itertools.combinations(sorted(names), 2)
    }
    found = same & together
    # the gold's pairs left apart but flagged for an editor as "possible same meeting"
    for_review = {
        pair for pair in same - together if frozenset(placed.get(name) for name in pair) in flagged
    }
    wrong = sorted(
        tuple(sorted(pair))
        for pair in together
        if told_apart(*(reports[name][1] for name in sorted(pair)))
    )
    unsorted = sorted(name for name in reports if placed.get(name) is None)

    print(f"reports: {len(reports)} imported into {len(by_meeting)} meetings")
    print(f"same meeting in the gold: {len(same)} pairs; put together: {len(found)}", end="")
    print(f" (recall {len(found) / len(same):.3f})" if same else "")
    print(f"  left apart but flagged as possibly the same meeting: {len(for_review)}")
    print(f"put together: {len(together)} pairs; told apart by the gold: {len(wrong)}")
    print(f"kept unsorted or not imported: {len(unsorted)}")
    for reason, count in sorted(reasons.items(), key=lambda item: -item[1]):
        print(f"  {count} {reason}")
    for pair in sorted(tuple(sorted(p)) for p in same - together):
        print("  flagged:" if frozenset(pair) in for_review else "  missed: ", " + ".join(pair))
    for pair in wrong:
        print("  wrongly together:", " + ".join(pair))


if __name__ == "__main__":
    main()
