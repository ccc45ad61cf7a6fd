"""The own-words structure reports (tests/extraction/reports/): each is extracted without a
wrong, missing or invented fact."""

from __future__ import annotations

import json
from pathlib import Path

from archive.extraction import decode_report, extract
from archive.extraction.scoring import score

REPORTS = Path(__file__).parent / "reports"


def assert_extracted_exactly(name: str, *, venue: bool = False) -> None:
    """The report ``name`` has no wrong, missing or invented fact (``venue``: nor a wrong venue
    country, which the scorer counts but does not list as a failure)."""
    text = decode_report((REPORTS / f"{name}.txt").read_bytes())
    gold = json.loads((REPORTS / f"{name}.json").read_text(encoding="utf-8"))
    out = extract(text, file=f"{name}.txt").to_dict()
    scores = score([(name, out, gold)])
    assert scores.failures == []
    if venue:
        assert out["venue_country"] == gold["venue_country"]
    assert scores.mentioned_as_participant == []
    assert scores.invented_dates == []
