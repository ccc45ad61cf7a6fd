"""People of another visit told after the report's own meeting are only mentioned: a visit
placed earlier ("Earlier this year", "As was reported") or recalled by its outcomes."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract

REPORT = (
    "Tajik and Iranian interior ministers meet in Dushanbe\n\n"
    "DUSHANBE, 14 October 2026. The Minister of Internal Affairs of Tajikistan Ramazon "
    "Rahimzoda met with the Minister of Interior of Iran Eskandar Momeni in Dushanbe.\n\n"
    "The sides discussed the fight against drug trafficking and terrorism.\n\n"
    "{other}\n\n"
    "Following the talks, the ministers signed a plan of cooperation for 2027."
)


def _people(other: str) -> tuple[list[str], list[str]]:
    facts = extract(REPORT.format(other=other), file="x.txt", lexicon=default_lexicon())
    return [p["name"] for p in facts.to_dict()["participants"]], facts.mentioned_people


def test_an_earlier_visit_and_its_talks_are_another_meeting() -> None:
    names, mentioned = _people(
        "Earlier this year, Deputy Minister of Foreign Affairs of Iran Kazem Gharibabadi "
        "visited Tajikistan and held talks with the Secretary of the Security Council Nasrullo "
        "Mahmudzoda."
    )
    assert names == ["Ramazon Rahimzoda", "Eskandar Momeni"]
    assert {"Kazem Gharibabadi", "Nasrullo Mahmudzoda"} <= set(mentioned)


def test_a_visit_recalled_by_its_outcomes_is_another_meeting() -> None:
    names, mentioned = _people(
        "The ministers stressed the implementation of the outcomes of the state visit of the "
        "President of Iran, Masoud Pezeshkian, to Tajikistan in early 2026."
    )
    assert names == ["Ramazon Rahimzoda", "Eskandar Momeni"]
    assert "Masoud Pezeshkian" in mentioned
