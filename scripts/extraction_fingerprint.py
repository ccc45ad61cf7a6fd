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

``--synthetic N`` reads, instead of the files, texts no one wrote: N reports of the bench corpus
generator (English, ``archive/bench/corpus.py``, seed 1), N Russian reports each stitched from
the headline and lead of one golden report and paragraphs of others (seeded, so the same every
run), and the padded reports ``scripts/bench_extraction.py`` times (300 a language). A speed
change is checked on these too, since they reach combinations the golden reports do not.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
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


def synthetic_reports(count: int, language: str | None) -> list[tuple[str, str]]:
    """(name, text) of the synthetic reports ``--synthetic`` reads, in a fixed order."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_extraction import corpus

    from archive.bench.corpus import CorpusGenerator

    reports: list[tuple[str, str]] = []
    if language in (None, "en"):
        reports += [(f"synthetic/{r.name}", r.text) for r in CorpusGenerator(1).reports(count)]
        reports += [(f"padded-en/{i:04d}", t) for i, t in enumerate(corpus(300, language="en"))]
    if language in (None, "ru"):
        reports += stitched_russian(count)
        reports += [(f"padded-ru/{i:04d}", t) for i, t in enumerate(corpus(300, language="ru"))]
    return reports


def stitched_russian(count: int) -> list[tuple[str, str]]:
    """``count`` Russian texts: one golden report's first two paragraphs (headline, lead) and one
    to four paragraphs of other Russian golden reports, in a seeded random order."""
    paths = sorted((ROOT / "tests" / "extraction" / "reports").glob("ru_*.txt"))
    paragraphs = [decode_report(p.read_bytes()).split("\n\n") for p in paths]
    rng = random.Random(1)
    out = []
    for i in range(count):
        text = "\n\n".join(rng.choice(paragraphs)[:2])
        for _ in range(rng.randint(1, 4)):
            text += "\n\n" + rng.choice(rng.choice(paragraphs))
        out.append((f"stitched-ru/{i:05d}", text))
    return out


def fingerprint(path: Path, lex) -> str:
    name = f"{path.parent.name}/{path.name}"
    return fingerprint_text(name, decode_report(path.read_bytes()), path.name, lex)


def fingerprint_text(name: str, text: str, file: str | None, lex) -> str:
    try:
        result = extract(text, file=file, lexicon=lex)
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
    parser.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help="read N generated and N stitched Russian reports and the padded bench reports "
        "instead of the files",
    )
    args = parser.parse_args()
    lex = default_lexicon()
    if args.synthetic is not None:
        reports = synthetic_reports(args.synthetic, args.lang)[: args.limit]
        lines = [fingerprint_text(name, text, None, lex) for name, text in reports]
        _write(lines, args.out)
        return
    paths = report_paths(args.texts)
    if args.lang:
        paths = [p for p in paths if _language(p) == args.lang]
    if args.limit is not None:
        paths = paths[: args.limit]
    _write([fingerprint(p, lex) for p in paths], args.out)


def _write(lines: list[str], out: Path | None) -> None:
    text = "".join(line + "\n" for line in lines)
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _language(path: Path) -> str:
    """The report's language as its place says: ru_* golden reports and texts/ru are Russian."""
    return "ru" if path.name.startswith("ru_") or path.parent.name == "ru" else "en"


if __name__ == "__main__":
    main()
