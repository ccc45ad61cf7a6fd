"""Own-words rules for English reports: emergencies ministries and foreign intelligence
services as kinds of agency of their own (and the acronyms English copy keeps for security
services); a phrase after "a meeting of" that names only the officials who met is no body."""

from __future__ import annotations

import pytest

from archive.extraction import extract
from archive.extraction.body_kinds import kind_in


def _facts(text: str) -> dict:
    return extract(text, file="t.txt").to_dict()


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Minister of Emergency Situations of Kyrgyzstan", "emergencies"),
        ("Chairman of the Committee for Emergency Situations and Civil Defense", "emergencies"),
        ("Director of the Russian Foreign Intelligence Service (SVR)", "foreign-intelligence"),
        ("Chairman of the KGB of Belarus", "security-service"),
        ("Chairman of the State Security Committee", "security-service"),
        ("Minister of Internal Affairs", "interior"),
    ],
)
def test_kind_of_agency_in_a_title(title: str, key: str) -> None:
    """Emergencies and foreign intelligence are kinds of their own; "KGB" is a security service."""
    kind = kind_in(title)
    assert kind is not None and kind.key == key


@pytest.mark.parametrize(
    "phrase",
    [
        "a session of the representatives of the two structures",
        "a meeting of the heads of the border authorities",
        "a working meeting of Director of Kyrgyzstan's Border Service Almaz Usenov and Head of "
        "Tajikistan's Border Service Tolib Rakhimov",
    ],
)
def test_a_phrase_saying_only_who_met_gives_way_to_the_agencies(phrase: str) -> None:
    """Officials of two states' border services held <phrase>: the body is their services'."""
    text = (
        " date 2029-06-10 The Head of the Border Service of Kyrgyzstan Almaz Usenov arrived in "
        "Dushanbe, where he was received by the Head of the Border Service of Tajikistan Tolib "
        f"Rakhimov. On June 9, they held {phrase}."
    )
    assert _facts(text)["body"] == "Border Services of Kyrgyzstan and Tajikistan"


def test_a_named_council_keeps_its_words() -> None:
    """A descriptive name with words of its own ("Coordination Council ... Tax Investigation")
    is a body, not a phrase saying who met."""
    text = (
        " date 2029-06-10 On June 9, a meeting of the Coordination Council of Heads of Tax "
        "Investigation Services was held in Minsk. The Head of the Tax Investigation Department "
        "of Belarus Oleg Zhuk and the Head of the Tax Police of Kazakhstan Yerlan Bekov took part."
    )
    assert "Tax Investigation" in (_facts(text)["body"] or "")
