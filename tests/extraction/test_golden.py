"""Golden reports: every report under tests/extraction/reports against its hand-written gold.

Prints per-field precision / recall / F1 (the scorer of archive.extraction.scoring, which also
scores the real reports of eval/real/); each quality target is a test of its own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.extraction import decode_report, extract
from archive.extraction.scoring import Scores, format_scores, score

REPORTS = Path(__file__).parent / "reports"


def golden_cases() -> list[tuple[Path, dict]]:
    cases = []
    for gold_path in sorted(REPORTS.glob("*.json")):
        src = next(p for p in REPORTS.glob(gold_path.stem + ".*") if p.suffix != ".json")
        cases.append((src, json.loads(gold_path.read_text(encoding="utf-8"))))
    return cases


def run_golden() -> Scores:
    return score(
        (src.stem, extract(decode_report(src.read_bytes()), file=src.name).to_dict(), gold)
        for src, gold in golden_cases()
    )


@pytest.fixture(scope="module")
def golden() -> Scores:
    scores = run_golden()
    print(format_scores(scores, "\nGolden reports"))
    return scores


def test_there_are_enough_golden_reports(golden: Scores) -> None:
    """At least the five seeds and twenty reports of our own."""
    assert golden.reports >= 25


def test_countries_f1_at_least_095(golden: Scores) -> None:
    """Participating countries F1 >= 0.95."""
    assert golden.fields["countries"].prf()[2] >= 0.95


def test_participants_f1_at_least_095(golden: Scores) -> None:
    """Participants (by normalised name) F1 >= 0.95."""
    assert golden.fields["participants"].prf()[2] >= 0.95


def test_role_accuracy_at_least_09(golden: Scores) -> None:
    """Roles of correctly found participants are right at least 90 % of the time."""
    assert golden.roles.asked and golden.roles.value >= 0.9


def test_participants_country_right_at_least_09(golden: Scores) -> None:
    """The country a found participant represents is right at least 90 % of the time."""
    assert golden.participant_country.asked and golden.participant_country.value >= 0.9


def test_participants_organization_right_at_least_09(golden: Scores) -> None:
    """The international body a found participant represents (or none) is right >= 90 %."""
    ratio = golden.participant_organization
    assert ratio.asked and ratio.value >= 0.9


def test_no_mentioned_only_person_is_a_participant(golden: Scores) -> None:
    """Bylines, spokespersons, presidents named in passing never become participants."""
    assert golden.mentioned_as_participant == []


def test_no_invented_dates(golden: Scores) -> None:
    """A date is either right or absent."""
    assert golden.invented_dates == []


@pytest.mark.parametrize("field", ["city", "body"])
def test_city_and_body_right_in_95_percent(golden: Scores, field: str) -> None:
    """City and convening body are right in at least 95 % of reports."""
    assert golden.per_report[field].value >= 0.95


def test_topics_and_organizations_reasonable(golden: Scores) -> None:
    """Topics and organizations are reported with useful precision and recall."""
    assert golden.fields["topics"].prf()[2] >= 0.75
    assert golden.fields["organizations"].prf()[2] >= 0.8


if __name__ == "__main__":
    print(format_scores(run_golden(), "Golden reports"))
