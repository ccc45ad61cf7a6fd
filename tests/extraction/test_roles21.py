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


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "TEHRAN, 4 May. Iranian Police Chief Brigadier General Hamid Rostami arrived in "
            "Moscow for talks at the Russian National Guard. In his speech at the talks Hamid "
            "Rostami said that the two forces must share data on drug smuggling routes.",
            "Hamid Rostami",
        ),
        (
            "HAVANA, 12 June. Russian Interior Minister Vladimir Kolokoltsev held talks at the "
            "Cuban Ministry of the Interior in Havana. Speaking at the talks, Vladimir "
            "Kolokoltsev noted that the two ministries fight drug trafficking together.",
            "Vladimir Kolokoltsev",
        ),
    ],
)
def test_the_visitor_attends_two_states_talks(text: str, guest: str) -> None:
    """At two states' talks at one side's home, the visiting side's words are the talks
    themselves: its head attends, though he addressed the meeting."""
    assert _roles(text).get(guest) == "attendee"


def test_a_standing_joint_body_named_as_a_topic_is_not_the_meeting() -> None:
    """Two ministers who talk at one's home about "the work of the joint working group" meet
    as host and guest: the group is a topic of their talks, not the body that sits."""
    roles = _roles(
        "MOSCOW, 3 March. Russian Interior Minister Vladimir Kolokoltsev held talks in Moscow "
        "with Turkish Interior Minister Ali Yerlikaya. The ministers reviewed the work of the "
        "joint working group on fighting organised crime and agreed to widen police training."
    )
    assert roles.get("Vladimir Kolokoltsev") == "host"
    assert roles.get("Ali Yerlikaya") == "attendee"


def test_the_meeting_of_a_joint_working_group_is_co_chaired() -> None:
    """A text that tells of the joint working group's own meeting keeps its two heads as
    co-chairs."""
    roles = _roles(
        "MOSCOW, 3 March. The meeting of the joint working group of the interior ministries of "
        "Russia and Turkey was held in Moscow. Russian Interior Minister Vladimir Kolokoltsev "
        "and Turkish Interior Minister Ali Yerlikaya discussed organised crime."
    )
    assert roles.get("Vladimir Kolokoltsev") == "co-chair"
    assert roles.get("Ali Yerlikaya") == "co-chair"


def test_of_equal_rank_the_side_named_first_leads_it() -> None:
    """Of two officials of equal rank on the home side, the one the text names first, before
    all of his side, heads it and hosts the guest."""
    roles = _roles(
        "MOSCOW, 9 April. Director of the Russian National Guard Viktor Zolotov and Director of "
        "the Russian Federal Security Service Alexander Bortnikov held talks in Moscow with "
        "Iranian Police Chief Ahmad-Reza Radan. The sides signed a memorandum on police "
        "cooperation."
    )
    assert roles.get("Viktor Zolotov") == "host"
    assert roles.get("Alexander Bortnikov") == "attendee"
