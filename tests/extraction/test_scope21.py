"""The states taking part against the states only mentioned, and the topics' conventions, in
English and Russian reports (own wording)."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _facts(text: str) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()


# ---------------------------------------------------------------- the host state at home
HOST_AT_HOME_EN = (
    "Border chiefs of Black Sea states meet in Varna\n\n"
    "On 14 May 2025, heads of border agencies of Georgia, Moldova and Ukraine met in Varna. "
    "Bulgaria chaired the meeting as the current president of the forum. "
    "The participants discussed irregular migration and smuggling at sea."
)


def test_a_host_state_named_at_home_takes_part_outside_the_cis() -> None:
    facts = _facts(HOST_AT_HOME_EN)
    assert facts["city"] == "Varna"
    assert "Bulgaria" in facts["countries"]
    assert {"Georgia", "Moldova", "Ukraine"} <= set(facts["countries"])


def test_a_state_only_locating_the_town_does_not_take_part() -> None:
    facts = _facts(
        "Central Asian drug agencies meet in Vienna\n\n"
        "On 14 May 2025, heads of drug control agencies of Kazakhstan, Kyrgyzstan and "
        "Tajikistan met in Vienna, Austria. "
        "The participants discussed trafficking of synthetic drugs."
    )
    assert facts["city"] == "Vienna"
    assert "Austria" not in facts["countries"]
