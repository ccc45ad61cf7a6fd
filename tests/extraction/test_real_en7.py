"""Own-words reports and rules for English reports: a meeting "held between the customs
authorities of A and B" (who took part and the body they form), and a body "created by the
<date> decision" (history, not the meeting's date), and a meeting of experts told beside the
council's session it prepares (the council's date and number, not the experts'); people named
only as another meeting's guest ("days after receiving X") or as a crime's victim or accused;
one state's agency meeting an international organization ("<agency> and <organization>"); a
body "of the country" followed by a source whose name begins with a state's; at two sides'
talks where neither is at home, a head quoted still attends; a visit to a state with no town
named puts the meeting in that state."""

from __future__ import annotations

import pytest

from archive.extraction import extract


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


_COUNCIL_LEAD = (
    "18 April 2029\n\nOn 14 April, the customs services held a meeting of experts, "
    "followed by the regular session of the Council of Heads of Customs Services of the CIS "
    "on 16 April. The meetings took place in Bishkek."
)


def test_date_after_followed_by_is_the_bodys_session() -> None:
    """'experts on 14 April, followed by the Council's session on 16 April': the 16th."""
    assert _facts(_COUNCIL_LEAD)["date_start"] == "2029-04-16"


def test_date_before_preceded_by_is_the_bodys_session() -> None:
    """'the Council's session on 16 April, preceded by the experts on 14 April': the 16th."""
    text = (
        "18 April 2029\n\nThe regular session of the Council of Heads of Customs Services of "
        "the CIS took place on 16 April, preceded by a meeting of experts on 14 April. The "
        "meetings took place in Bishkek."
    )
    assert _facts(text)["date_start"] == "2029-04-16"


def test_first_meeting_of_the_body_is_not_history_beside_an_experts_number() -> None:
    """'the second meeting of experts' numbers another meeting: 'the first meeting of the
    Council' is this one, dated and numbered."""
    text = (
        "Experts\n\nOn March 10, 2029 the second meeting of experts of the member states was "
        "held in Almaty. The draft went to the Council of Heads of Customs Services of the CIS."
        "\n\nOn March 12, 2029 the first meeting of the Council of Heads of Customs Services of "
        "the CIS was held in Almaty."
    )
    facts = _facts(text)
    assert (facts["date_start"], facts["ordinal"]) == ("2029-03-12", 1)


def test_a_later_numbered_session_still_makes_the_first_history() -> None:
    """'the 30th meeting ...; the first meeting was held on 5 May 1993': still history."""
    text = (
        "On March 12, 2029 the 30th meeting of the Council of Heads of Customs Services of the "
        "CIS was held in Almaty. The first meeting of the Council was held on May 5, 1993."
    )
    facts = _facts(text)
    assert (facts["date_start"], facts["ordinal"]) == ("2029-03-12", 30)


_PROSECUTORS = (
    "Bishkek, 9 June 2029\n\nThe Prosecutor General of Kyrgyzstan Talant Asanov met with the "
    "Prosecutor General of Kazakhstan Berik Zhumabayev in Bishkek on 8 June. "
)


def _names(text: str) -> list[str]:
    return [p["name"] for p in _facts(text)["participants"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "They discussed the case of the killing of the former head of the bank Ruslan Temirov.",
        "They discussed the extradition of the former mayor of Osh Ruslan Temirov.",
        "A criminal case against the former head of the customs service, Ruslan Temirov, was "
        "also discussed.",
        "The talks came three days after receiving Ruslan Temirov, the Uzbek envoy.",
        "The talks came a week before his talks with the Uzbek envoy Ruslan Temirov.",
    ],
)
def test_person_placed_elsewhere_is_not_a_participant(sentence: str) -> None:
    """A crime's victim or accused, another meeting's guest: named, not present."""
    assert "Ruslan Temirov" not in _names(_PROSECUTORS + sentence)


def test_person_named_again_as_present_stays_a_participant() -> None:
    """One mention as a case's subject does not remove a person the report also puts there."""
    text = (
        _PROSECUTORS + "They discussed the criminal case against the former deputy, Ruslan "
        "Temirov. The deputy prosecutor Ruslan Temirov also took part in the meeting."
    )
    assert "Ruslan Temirov" in _names(text)


def test_organization_meeting_two_states_keeps_the_states_body() -> None:
    """An international organization's adviser meeting two states' officials: no pair."""
    text = (
        "A working meeting took place on 3 March 2029 between the UNODC Regional Adviser Peter "
        "Lindqvist, the Interior Minister of Kazakhstan Yerlan Sadenov and the Interior "
        "Minister of Kyrgyzstan Ulan Niyazbekov. The sides discussed drug trafficking."
    )
    body = _facts(text)["body"]
    assert body is None or "United Nations Office" not in body


def test_agency_named_by_its_officials_title() -> None:
    """'Chairman of State Customs Service of Turkmenistan': the office the official heads."""
    text = (
        "Secretary General of the World Customs Organization Anna Kowalska held a meeting with "
        "Chairman of State Customs Service of Turkmenistan Merdan Orazov on 14 May 2029. They "
        "discussed customs procedures."
    )
    assert _facts(text)["body"] == (
        "State Customs Service of Turkmenistan and World Customs Organization"
    )


@pytest.mark.parametrize(
    ("said", "body"),
    [
        (
            "at a meeting of the Security Council of the country, Tajikistan National News "
            "Agency reported.",
            "Security Council of Tajikistan",
        ),
        (
            "at a meeting of the heads of the border services of Kazakhstan, Kyrgyzstan and "
            "Tajikistan.",
            "Heads of Border Services of Kazakhstan, Kyrgyzstan and Tajikistan",
        ),
    ],
)
def test_a_body_name_goes_on_after_a_comma_only_in_a_list_of_states(said: str, body: str) -> None:
    """'of the country, Tajikistan National News Agency': the name stops at the comma; 'of
    Kazakhstan, Kyrgyzstan and Tajikistan': the list goes on."""
    text = "Sherali Nazarzoda, head of the Border Troops of Tajikistan, made a report " + said
    assert _facts(text)["body"] == body


def test_heads_quoted_at_talks_with_no_venue_attend() -> None:
    """Two sides' heads meeting where the text names no venue: quoted, they still attend."""
    roles = {
        p["name"]: p["role"]
        for p in _facts(
            "The Director of the National Security Service of Armenia Armen Sargsyan met the "
            "Director of the Foreign Intelligence Service of Russia Sergey Volkov on 2 May 2029. "
            '"We discussed the fight against terrorism," Sergey Volkov said after the meeting.'
        )["participants"]
    }
    assert roles == {"Armen Sargsyan": "attendee", "Sergey Volkov": "attendee"}


def test_speakers_at_a_multilateral_meeting_stay_speakers() -> None:
    """Three states' heads: the one quoted keeps the speaker's role."""
    roles = {
        p["name"]: p["role"]
        for p in _facts(
            "The interior ministers of Kazakhstan Yerlan Sadenov, of Kyrgyzstan Ulan Niyazbekov "
            'and of Tajikistan Ramazon Hamrozoda met in Almaty on 2 May 2029. "Drug '
            'trafficking is our common threat," Ulan Niyazbekov said at the meeting.'
        )["participants"]
    }
    assert roles["Ulan Niyazbekov"] == "speaker"


def _venue(text: str) -> tuple[str | None, str | None]:
    facts = _facts(text)
    return facts["city"], facts["venue_country"]


@pytest.mark.parametrize(
    "lead",
    [
        "The Interior Minister of Georgia Levan Beridze visited Armenia and held talks with the "
        "Interior Minister of Armenia Gor Sargsyan on 11 April 2029.",
        "During his visit to Armenia, the Interior Minister of Georgia Levan Beridze held talks "
        "with the Interior Minister of Armenia Gor Sargsyan on 11 April 2029.",
    ],
)
def test_a_visit_to_a_state_is_the_venue_country(lead: str) -> None:
    """'visited Armenia', 'his visit to Armenia': the meeting is in Armenia, town unknown."""
    assert _venue(lead + " They discussed organized crime.") == (None, "Armenia")


def test_the_datelines_city_in_the_visited_state_is_the_venue() -> None:
    """'YEREVAN ... visited Armenia': the dateline's city, in the state visited."""
    text = (
        "YEREVAN, April 12. The Interior Minister of Georgia Levan Beridze visited Armenia and "
        "held talks with the Interior Minister of Armenia Gor Sargsyan. They discussed "
        "organized crime."
    )
    assert _venue(text) == ("Yerevan", "Armenia")
