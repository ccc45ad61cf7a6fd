"""Own-words reports and rules for English reports: a meeting "held between the customs
authorities of A and B" (who took part and the body they form), and a body "created by the
<date> decision" (history, not the meeting's date)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.extraction import decode_report, extract
from archive.extraction.scoring import score

REPORTS = Path(__file__).parent / "reports"

STRUCTURES = [
    "real_held_between_agencies_1",  # "A meeting was held between the customs authorities of"
    "real_created_by_decision_1",  # "The Council was created by the May 12, 1993 decision"
]


@pytest.mark.parametrize("name", STRUCTURES)
def test_real_structure_extracted_exactly(name: str) -> None:
    """The report's extraction has no wrong, missing or invented fact."""
    text = decode_report((REPORTS / f"{name}.txt").read_bytes())
    gold = json.loads((REPORTS / f"{name}.json").read_text(encoding="utf-8"))
    scores = score([(name, extract(text, file=f"{name}.txt").to_dict(), gold)])
    assert scores.failures == []
    assert scores.mentioned_as_participant == []
    assert scores.invented_dates == []


def _facts(text: str) -> dict:
    return extract(text, file="t.txt").to_dict()


@pytest.mark.parametrize(
    "lead",
    [
        "A meeting was held between the border services of Kyrgyzstan and Tajikistan on May 2.",
        "Talks were held between the border services of Kyrgyzstan and Tajikistan on May 2.",
        "The meeting held between the border services of Kyrgyzstan and Tajikistan on May 2 "
        "lasted three hours.",
    ],
)
def test_agencies_a_meeting_was_held_between_take_part_and_form_the_body(lead: str) -> None:
    """'held between the <agencies> of A and B': both states take part; the body is theirs."""
    facts = _facts(f"Bishkek, 3 May 2027\n\n{lead} The sides discussed smuggling.")
    assert facts["countries"] == ["Kyrgyzstan", "Tajikistan"]
    assert facts["body"] == "Border Services of Kyrgyzstan and Tajikistan"


@pytest.mark.parametrize(
    "history",
    [
        "The Council was created by the May 12, 1993 decision of the heads of state.",
        "The Council was set up on May 12, 1993 by the heads of state.",
        "The Council was formed on 12 May 1993.",
    ],
)
def test_a_body_created_on_a_date_is_history(history: str) -> None:
    """'was created by the <date> decision', 'was set up on', 'was formed on': not the meeting."""
    facts = _facts(
        "ALMATY, Kazakhstan, June 8. The chairman of the Border Service of Kazakhstan Yerlan "
        "Alimov spoke at the 90th meeting of the Council of Commanders of the Border Troops "
        f"in Almaty, the agency reports. {history}"
    )
    assert facts["date_start"] is None or not facts["date_start"].startswith("1993")
