"""Own-words rules for English reports: a title that names its agency without the state
("First Deputy Head of the Agency") takes the state the report gives that agency elsewhere."""

from __future__ import annotations

from archive.extraction import extract


def _facts(text: str) -> dict:
    return extract(text, file="t.txt").to_dict()


def _country_of(facts: dict, name: str) -> str | None:
    return next(p["country"] for p in facts["participants"] if p["name"] == name)


def test_agency_named_with_its_state_elsewhere() -> None:
    """The agency's state, given once in full, is the state of an official whose title names
    the agency alone."""
    facts = _facts(
        "The Customs Inspection Agency of the Republic of Kazakhstan received a delegation of "
        "the State Customs Service of Kyrgyzstan on 3 March 2021 in Astana.\n\n"
        "The talks were held by Deputy Head of the Customs Inspection Agency Marat Seitkaliyev, "
        "Chairman of the State Customs Service of Kyrgyzstan Almaz Dzhumabekov and UNODC "
        "adviser Aliaksandr Vadziany.\n"
    )
    assert _country_of(facts, "Marat Seitkaliyev") == "Kazakhstan"


def test_agency_of_two_states_gives_none() -> None:
    """Two states' agencies of one name leave the title's state unknown."""
    facts = _facts(
        "The Customs Inspection Agency of Kazakhstan and the Customs Inspection Agency of "
        "Kyrgyzstan held a working meeting on 3 March 2021 in Almaty.\n\n"
        "Deputy Head of the Customs Inspection Agency Marat Seitkaliyev spoke at the meeting.\n"
    )
    assert _country_of(facts, "Marat Seitkaliyev") is None
