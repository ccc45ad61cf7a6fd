"""``python -m archive.extraction FILE...``: print the extraction of each report as a JSON array.

A file that cannot be read as a report (missing, empty, binary, undecodable) is reported on
stderr with its name; the other files are still processed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import ExtractionError, decode_report, extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m archive.extraction",
        description="Extract meeting facts from report files and print them as a JSON array.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="report files (.txt or .html)")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON output")
    parser.add_argument("--with-text", action="store_true", help="include cleaned_text")
    parser.add_argument(
        "--url",
        help="the report's address (one FILE only): a date in its path dates the report when "
        "the page states none",
    )
    args = parser.parse_args(argv)
    if args.url and len(args.files) > 1:
        parser.error("--url applies to one FILE")

    results = []
    failed = 0
    for name in args.files:
        try:
            data = Path(name).read_bytes()
            text = decode_report(data)
            result = extract(text, file=name, url=args.url)
            results.append(result.to_dict(include_text=args.with_text))
        except (OSError, ExtractionError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"{name}: {reason}", file=sys.stderr)
            failed += 1
    try:
        json.dump(results, sys.stdout, indent=2 if args.pretty else None, ensure_ascii=False)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:  # "... | head": the reader has gone, nothing left to say
        sys.stderr.close()
        return 1 if failed else 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
