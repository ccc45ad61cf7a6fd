"""Own-words reports and rules for English reports: roles at bilateral meetings (a meeting at
one side's home told without a visit word, a joint body named only for the sides' next meeting,
a quotation's attribution after a name inside the quotation), a council's working group named
"within the purview of" the council, heads meeting "in the “A – B” format", and topic words
that mean something else where they stand (a consensus reached, fighters' training, an
office's name)."""

from __future__ import annotations

import pytest

from archive.extraction import extract


def _roles(text: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in extract(text, file="t.txt").to_dict()["participants"]}


def test_home_side_hosts_without_a_visit_word() -> None:
    """Two ministers meeting in one side's capital: that side hosts, the other attends."""
    roles = _roles(
        "Minsk, 3 May 2027\n\nThe Interior Minister of Belarus Ivan Kuzmich and the Interior "
        "Minister of Armenia Gor Sargsyan held a meeting in Minsk on 2 May. The ministers "
        "discussed the fight against drug trafficking."
    )
    assert roles == {"Ivan Kuzmich": "host", "Gor Sargsyan": "attendee"}


def test_joint_body_of_the_meeting_itself_is_co_chaired() -> None:
    """A joint board of the two ministries sitting in one side's capital is co-chaired."""
    roles = _roles(
        "Minsk, 3 May 2027\n\nA joint board of the interior ministries of Belarus and Armenia "
        "was held in Minsk on 2 May. The Interior Minister of Belarus Ivan Kuzmich and the "
        "Interior Minister of Armenia Gor Sargsyan discussed drug trafficking."
    )
    assert roles == {"Ivan Kuzmich": "co-chair", "Gor Sargsyan": "co-chair"}


def test_joint_body_of_the_next_meeting_leaves_host_and_guest() -> None:
    """'hold the next meeting of the Joint Board': another meeting's body, not this one's."""
    roles = _roles(
        "Minsk, 3 May 2027\n\nThe Interior Minister of Belarus Ivan Kuzmich and the Interior "
        "Minister of Armenia Gor Sargsyan met in Minsk on 2 May. The ministers discussed "
        "drug trafficking and agreed to hold the next meeting of the Joint Board of "
        "the two ministries in Yerevan."
    )
    assert roles == {"Ivan Kuzmich": "host", "Gor Sargsyan": "attendee"}


def test_attribution_after_a_quotation_is_not_the_named_persons_speech() -> None:
    """'"... A and B met in Astana," the spokeswoman said': neither A nor B speaks."""
    roles = _roles(
        'Astana, 3 May 2027\n\n"Today, the Interior Minister of Kazakhstan Yerlan Sadenov, the '
        "Interior Minister of Kyrgyzstan Ulan Niyazbekov and the Interior Minister of Tajikistan "
        "Ramazon Nazarov met in Astana,\" the ministry's spokeswoman said. The ministers "
        "discussed drug trafficking."
    )
    assert roles["Ulan Niyazbekov"] == "attendee"
    assert roles["Ramazon Nazarov"] == "attendee"


def _topics(text: str) -> list[str]:
    return extract(text, file="t.txt").to_dict()["topics"]


_LEAD = (
    "Tashkent, 3 May 2027\n\nDelegations of Kazakhstan, Tajikistan and Uzbekistan met in "
    "Tashkent on 2 May to discuss the fight against drug trafficking. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The sides reached an agreement on joint patrols of the border.",
        "The agreements reached will be reviewed at the next meeting.",
        "An agreement was reached on joint patrols.",
    ],
)
def test_consensus_reached_is_no_legal_framework(sentence: str) -> None:
    """'reached an agreement', 'the agreements reached': a consensus, not a treaty."""
    assert "legal-framework" not in _topics(_LEAD + sentence)


def test_agreement_signed_is_legal_framework() -> None:
    """An agreement signed at the meeting still gives the legal framework."""
    assert "legal-framework" in _topics(_LEAD + "The sides signed an agreement on cooperation.")


def test_fighters_combat_training_is_no_personnel_training() -> None:
    """'militants who received combat training abroad': not the training of staff."""
    text = _LEAD + "They discussed militants who received combat training abroad."
    assert "personnel-training" not in _topics(text)
    assert "personnel-training" in _topics(_LEAD + "They discussed the training of police staff.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Experts of the Regional Office for Capacity Building took part.",
        "Experts of the International Training and Methodology Centre took part.",
    ],
)
def test_topic_word_in_an_organs_name_is_no_topic(sentence: str) -> None:
    """A topic word inside an office's or centre's capitalised name says what it does."""
    assert "personnel-training" not in _topics(_LEAD + sentence)


def test_document_about_an_organ_keeps_its_topic() -> None:
    """'the Regulation on the Bureau ...': a document, whose topic stands."""
    text = _LEAD + "The experts discussed the draft Regulation on the Bureau for Coordination."
    assert "legal-framework" in _topics(text)


@pytest.mark.parametrize(
    ("fmt", "body"),
    [
        ("“Central Asia – China”", "Heads of customs services of Central Asia and China"),
        ("“Central Asia + China”", "Heads of customs services of Central Asia and China"),
        ("“C5+1”", "Heads of customs services"),
    ],
)
def test_format_names_whose_heads_meet(fmt: str, body: str) -> None:
    """'heads of X in the “A – B” format': the heads of A and B; '“C5+1”' is left alone."""
    text = (
        f"The second meeting of heads of customs services in the {fmt} format was held on "
        "May 22 in Almaty. The heads discussed smuggling."
    )
    assert extract(text, file="t.txt").to_dict()["body"] == body
