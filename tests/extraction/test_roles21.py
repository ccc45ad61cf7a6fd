"""Roles of the people at a meeting, in our own words: reading principles drawn from the
development set's reports of many rounds and sites."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract


def _roles(text: str) -> dict[str, str]:
    """Each participant's name and role."""
    facts = extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()
    return {p["name"]: p["role"] for p in facts["participants"]}


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        (
            "Chief of the State Border Service of Azerbaijan Colonel General Elchin Guliyev met "
            "with Iranian Border Guard Commander Qasem Rezaee. Before the talks, Qasem Rezaee "
            "visited the memorial park. The two chiefs discussed border checkpoints and drug "
            "smuggling.",
            "Elchin Guliyev",
            "Qasem Rezaee",
        ),
        (
            "Kazakh Minister of Emergency Situations Yuri Ilyin held talks with a visiting "
            "delegation from the Polish State Fire Service led by its chief, General Andrzej "
            "Bartkowiak. The ministers discussed rescue training and forest fires.",
            "Yuri Ilyin",
            "Andrzej Bartkowiak",
        ),
    ],
)
def test_the_visited_side_hosts_talks_of_no_stated_venue(text: str, host: str, guest: str) -> None:
    """Two states' talks whose place the text leaves unsaid are held at the home of the side
    the other one visits: that side's head hosts, and the visitor attends."""
    roles = _roles(text)
    assert roles.get(host) == "host"
    assert roles.get(guest) == "attendee"
