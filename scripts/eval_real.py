#!/usr/bin/env python
"""Score the extractor on real published reports: the development set in eval/real/.

    make eval-real                                   # the development half, both languages
    .venv/bin/python scripts/eval_real.py --lang en --failures
    .venv/bin/python scripts/eval_real.py --holdout  # the held-out set: look only at the end

A benchmark, not a test. Gold facts and URLs are committed (eval/real/<lang>/*.json); the
articles' texts are not ours to redistribute and live, git-ignored, in
eval/real/texts/<lang>/<same name>.txt. Reports whose text is missing are counted and skipped,
so the figures are for whatever texts are present. eval/real/texts.sha256 records each stored
text's digest (`sha256sum` format): a text that differs from it is counted as changed, since
its gold was written from the recorded copy.

The held-out set is the reports whose gold says ``"holdout_round": N`` for the round N named in
eval/real/HELD_OUT_ROUND: reports read and written up after the last round of rule changes,
whose extractor output nobody looks at until that round ends. When a round has been scored, the
file names the next one, and the scored reports (like the first round's quarter chosen by URL
hash) belong to the development set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.extraction import decode_report, default_lexicon, extract  # noqa: E402
from archive.extraction.scoring import format_scores, score  # noqa: E402

EVAL_DIR = ROOT / "eval" / "real"
GOLDEN_DIR = ROOT / "tests" / "extraction" / "reports"
LANGUAGES = ("en", "ru")


def current_round() -> int:
    """The hold-out round now open (eval/real/HELD_OUT_ROUND): its reports are held out, the
    reports of rounds already scored are development."""
    return int((EVAL_DIR / "HELD_OUT_ROUND").read_text(encoding="utf-8").split()[0])


def is_held_out(gold: dict, held_out_round: int) -> bool:
    return held_out_round > 0 and gold.get("holdout_round", 0) == held_out_round


def recorded_digests() -> dict[str, str]:
    """The recorded SHA-256 of each stored text, by its path under texts/ ("en/<name>.txt")."""
    path = EVAL_DIR / "texts.sha256"
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split(maxsplit=1) for line in lines if line)}


def changed_texts(cases: list[tuple[str, Path, dict]]) -> list[str]:
    """The names of the cases whose text differs from its recorded digest."""
    recorded = recorded_digests()
    changed = []
    for name, text_path, _ in cases:
        key = f"{text_path.parent.name}/{text_path.name}"
        digest = hashlib.sha256(text_path.read_bytes()).hexdigest()
        if key in recorded and recorded[key] != digest:
            changed.append(name)
    return changed


def load_cases(language: str, held_out: bool) -> tuple[list[tuple[str, Path, dict]], int]:
    """(name, text path, gold) of one language's set, and how many texts are missing."""
    cases, missing = [], 0
    held_out_round = current_round()
    for gold_path in sorted((EVAL_DIR / language).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if is_held_out(gold, held_out_round) != held_out:
            continue
        text_path = EVAL_DIR / "texts" / language / f"{gold_path.stem}.txt"
        if not text_path.exists():
            missing += 1
            continue
        cases.append((gold_path.stem, text_path, gold))
    return cases, missing


def load_golden_cases(language: str) -> tuple[list[tuple[str, Path, dict]], int]:
    """(name, text path, gold) of the own-words golden reports of one language (Russian ones
    are named ``ru_*``), for the same table beside the real reports'."""
    cases = []
    for gold_path in sorted(GOLDEN_DIR.glob("*.json")):
        if gold_path.stem.startswith("ru_") != (language == "ru"):
            continue
        text = next(p for p in GOLDEN_DIR.glob(gold_path.stem + ".*") if p.suffix != ".json")
        cases.append((gold_path.stem, text, json.loads(gold_path.read_text(encoding="utf-8"))))
    return cases, 0


SHOWN_FIELDS = ("title", "body", "date_start", "date_end", "date_precision", "date_basis", "city",
                "venue_country", "ordinal", "countries", "countries_mentioned", "organizations",
                "topics")  # fmt: skip
PERSON_FIELDS = ("name", "name_native", "role", "title", "country", "organization")


def show_report(name: str, out: dict, gold: dict) -> str:
    """One report's extraction beside its gold: the differing fields marked with '!', every
    participant on both sides, and the evidence behind the body, date and city, so that a miss
    can be traced to its cause."""
    lines = [f"== {name}  {gold.get('url', '')}"]
    for key in SHOWN_FIELDS:
        if key not in gold:
            continue
        got, want = out.get(key), gold[key]
        same = sorted(got) == sorted(want) if isinstance(want, list) and got else got == want
        lines.append(f"{' ' if same else '!'} {key:20} {got!r}")
        if not same:
            lines.append(f"  {'gold':>20} {want!r}")
    for person in out["participants"]:
        lines.append("  person " + " | ".join(f"{k}={person.get(k)}" for k in PERSON_FIELDS))
    for person in gold["participants"]:
        lines.append("  gold   " + " | ".join(f"{k}={person.get(k)}" for k in PERSON_FIELDS))
    if out.get("mentioned_people"):
        lines.append(f"  mentioned people: {out['mentioned_people']}")
    for key in ("body", "date", "city"):
        if key in out["evidence"]:
            lines.append(f"  evidence {key}: {out['evidence'][key]!r}")
    if gold.get("notes"):
        lines.append(f"  notes: {gold['notes']}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="Only this language.")
    parser.add_argument("--holdout", action="store_true", help="Score the held-out set.")
    parser.add_argument(
        "--golden",
        action="store_true",
        help="Score the own-words golden set (tests/extraction/reports/) in the same table.",
    )
    parser.add_argument("--failures", action="store_true", help="List every wrong fact.")
    parser.add_argument("--json", type=Path, help="Also write the figures to this file.")
    parser.add_argument(
        "--show",
        metavar="PART",
        action="append",
        help="Print, for each report whose name contains PART ('all': every report), the "
        "extraction beside its gold (the fields that differ marked), every participant on both "
        "sides and the evidence behind the body, date and city (repeatable).",
    )
    args = parser.parse_args()

    lexicon = default_lexicon()
    half = "held-out set" if args.holdout else "development set"
    figures = {}
    for language in args.lang or LANGUAGES:
        if args.golden:
            cases, missing = load_golden_cases(language)
            half = "the golden set (own words)"
        else:
            cases, missing = load_cases(language, args.holdout)
        if not cases:
            print(f"{language}: no reports with texts present ({missing} missing)\n")
            continue
        started = time.perf_counter()
        outputs = [
            (
                name,
                extract(
                    decode_report(path.read_bytes()),
                    file=path.name,
                    lexicon=lexicon,
                    url=gold.get("url"),
                ),
            )
            for name, path, gold in cases
        ]
        elapsed = time.perf_counter() - started
        scores = score(
            (name, result.to_dict(), gold)
            for (name, result), (_, _, gold) in zip(outputs, cases, strict=True)
        )
        for (name, result), (_, _, gold) in zip(outputs, cases, strict=True):
            if args.show and any(part == "all" or part in name for part in args.show):
                print(show_report(name, result.to_dict(), gold))
        title = f"{'Golden' if args.golden else 'Real'} {language} reports, {half}"
        changed = [] if args.golden else changed_texts(cases)
        title += "" if args.golden else f" ({missing} texts missing)"
        title += f" ({len(changed)} texts differ from texts.sha256)" if changed else ""
        print(format_scores(scores, title, failures=args.failures))
        print(f"extraction: {len(cases) / elapsed:.0f} reports/s\n")
        figures[language] = {
            "reports": scores.reports,
            "missing_texts": missing,
            "changed_texts": changed,
            "fields": {k: dict(zip("prf", t.prf(), strict=True)) for k, t in scores.fields.items()},
            "per_report": {k: r.value for k, r in scores.per_report.items()},
            "roles": scores.roles.value,
            "participant_country": scores.participant_country.value,
            "mentioned_as_participant": len(scores.mentioned_as_participant),
            "invented_dates": len(scores.invented_dates),
        }
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
