"""One canonical JSON line per report of what extract() gives: a change that claims to leave
the extractor's outputs alone must leave this file byte for byte the same.

    .venv/bin/python scripts/extraction_fingerprint.py --out /tmp/before.jsonl
    (change the code)
    .venv/bin/python scripts/extraction_fingerprint.py --out /tmp/after.jsonl
    diff /tmp/before.jsonl /tmp/after.jsonl

Reads every golden report (tests/extraction/reports/*.txt) and every real text
(eval/real/texts/{en,ru}/*.txt, read only). Each line holds the file's name and either the
whole result (every field, the cleaned text included) or the error extract() raised.
``--limit N`` extracts only the first N reports (N=0: none, for measuring the start-up alone).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.extraction import decode_report, default_lexicon, extract  # noqa: E402


def report_paths(texts: Path) -> list[Path]:
    paths = sorted((ROOT / "tests" / "extraction" / "reports").glob("*.txt"))
    for language in ("en", "ru"):
        paths += sorted((texts / language).glob("*.txt"))
    return paths


def fingerprint(path: Path, lex) -> str:
    name = f"{path.parent.name}/{path.name}"
    try:
        result = extract(decode_report(path.read_bytes()), file=path.name, lexicon=lex)
        out = {"report": name, "result": dataclasses.asdict(result)}
    except Exception as exc:  # the error is an output too
        out = {"report": name, "error": f"{type(exc).__name__}: {exc}"}
    return json.dumps(out, ensure_ascii=False, sort_keys=True, default=str)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="output file (default: standard output)")
    parser.add_argument(
        "--texts",
        type=Path,
        default=ROOT / "eval" / "real" / "texts",
        help="folder of the real texts, with en/ and ru/ (default eval/real/texts)",
    )
    parser.add_argument("--limit", type=int, default=None, help="extract the first N only")
    parser.add_argument("--lang", choices=("en", "ru"), help="only reports in this language")
    args = parser.parse_args()
    lex = default_lexicon()
    paths = report_paths(args.texts)
    if args.lang:
        paths = [p for p in paths if _language(p) == args.lang]
    if args.limit is not None:
        paths = paths[: args.limit]
    lines = [fingerprint(p, lex) for p in paths]
    text = "".join(line + "\n" for line in lines)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _language(path: Path) -> str:
    """The report's language as its place says: ru_* golden reports and texts/ru are Russian."""
    return "ru" if path.name.startswith("ru_") or path.parent.name == "ru" else "en"


if __name__ == "__main__":
    main()
