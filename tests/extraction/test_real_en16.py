"""Own-words rules for English reports, worked from failure classes of the development set:
a plural of states that announces the list after it ("delegates of the five states - A, B,
...", "from 12 nations (A, B, ...)", "countries and organisations, such as A, League, B") names
the states taking part when the sentence tells a gathering."""

from __future__ import annotations

from archive.extraction import extract


def _facts(text: str) -> dict:
    return extract(text, file="t.txt").to_dict()


def test_states_after_a_dash_take_part() -> None:
    """A dash after "the member states" opens the list of those who came, however far the
    plural stands from the participation cue."""
    text = (
        "Experts met in Minsk to compare notes on forged travel documents.\n\n"
        "Delegates of nearly every border and migration agency of the member states - Armenia, "
        "Belarus, Kazakhstan and Kyrgyzstan - attended the session.\n"
    )
    assert sorted(_facts(text)["countries"]) == ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan"]


def test_states_in_brackets_after_a_count_take_part() -> None:
    """ "of the four partner states (A, B, C and D)" in a sentence telling a workshop."""
    text = (
        "A workshop on asset tracing closed in Bishkek on Friday.\n\n"
        "The workshop trained analysts and investigators of the four partner states (Georgia, "
        "Moldova, Tajikistan and Uzbekistan) in tracing criminal proceeds.\n"
    )
    assert sorted(_facts(text)["countries"]) == ["Georgia", "Moldova", "Tajikistan", "Uzbekistan"]


def test_organisations_in_the_list_do_not_end_it() -> None:
    """ "such as A, B, Caspian League, C": an organisation's name among the states is skipped,
    the states after it still take part."""
    text = (
        "Police chiefs gathered in Baku for a conference on road safety.\n\n"
        "Participants came from more than twenty countries and organisations, such as Egypt, "
        "Jordan, Caspian Road League, Malaysia, Nigeria and Senegal.\n"
    )
    got = _facts(text)["countries"]
    assert {"Egypt", "Jordan", "Malaysia", "Nigeria", "Senegal"} <= set(got)


def test_states_named_in_a_plural_without_a_gathering_are_mentioned() -> None:
    """The same list in a sentence telling no gathering is only a mention."""
    text = (
        "Kazakhstan's interior minister received the ambassador of Japan in Astana.\n\n"
        "Floods threaten the five countries - Georgia, Moldova, Tajikistan and Uzbekistan - "
        "every spring.\n"
    )
    facts = _facts(text)
    assert "Moldova" not in facts["countries"]
    assert "Moldova" in facts["countries_mentioned"]
