"""Participants as real published reports write them: list layouts, names, titles, who was not
there, and the roles that follow from the meeting as a whole.

Each text is written for the test (it imitates how news reports are laid out, it copies none).
"""

from __future__ import annotations

import pytest

from archive.extraction import extract

HEAD = "Interior ministers meet in Dushanbe\n\n"


def _people(text: str) -> tuple[dict[str, dict], list[str]]:
    """The participants by name, and the names of the people only mentioned."""
    ex = extract(text)
    return {p["name"]: p for p in ex.participants}, ex.mentioned_people


def _countries(text: str) -> dict[str, str | None]:
    return {name: p["country"] for name, p in _people(text)[0].items()}


def _roles(text: str) -> dict[str, str]:
    return {name: p["role"] for name, p in _people(text)[0].items()}


# --- the country a participant represents ----------------------------------------------------


def test_country_written_before_the_name_in_brackets() -> None:
    """In "Belarus (Ivan Kubrakov)" the country labels the name in brackets after it."""
    text = HEAD + (
        "The session brought together the interior ministers of Armenia (Vahe Ghazaryan), "
        "Belarus (Ivan Kubrakov) and Kyrgyzstan (Ulan Niyazbekov), the ministry's press centre "
        "said.\n\nThey discussed the fight against drug trafficking."
    )
    assert _countries(text) == {
        "Vahe Ghazaryan": "Armenia",
        "Ivan Kubrakov": "Belarus",
        "Ulan Niyazbekov": "Kyrgyzstan",
    }


def test_lists_of_countries_and_names_are_paired_by_position() -> None:
    """In "the ministers of A and B, X and Y" X is A's and Y is B's."""
    text = HEAD + (
        "The interior ministers of Kazakhstan and Kyrgyzstan, Yerlan Sadenov and Ulan Niyazbekov, "
        "held talks in Dushanbe on the sidelines of the Council.\n\nThey discussed border crime."
    )
    assert _countries(text) == {"Yerlan Sadenov": "Kazakhstan", "Ulan Niyazbekov": "Kyrgyzstan"}


def test_a_plural_title_is_shared_by_the_second_name() -> None:
    """In "Interior Ministers of A X and of B Y" Y has the title too, with B's name."""
    text = "ALMATY. The joint collegium of the interior ministries opened in Almaty.\n\n" + (
        "Interior Ministers of Kazakhstan Yerlan Sadenov and of Russia Vladimir Kolokoltsev are "
        "taking part in it.\n\nThey discussed crime on the railways."
    )
    people, _ = _people(text)
    assert people["Vladimir Kolokoltsev"]["country"] == "Russia"
    assert people["Vladimir Kolokoltsev"]["title"] == "Interior Minister of Russia"


def test_country_labels_with_a_dash_and_names_written_surname_first() -> None:
    """In "Tajikistan – Rahimzoda Ramazon Hamro" the label gives the country; whole name."""
    text = HEAD + (
        "Ministers of internal affairs of Kazakhstan Yerlan Turgumbayev, Tajikistan – Rahimzoda "
        "Ramazon Hamro and Uzbekistan – Pulat Bobozhonov took part in the meeting.\n\n"
        "They discussed illegal migration."
    )
    assert _countries(text) == {
        "Yerlan Turgumbayev": "Kazakhstan",
        "Rahimzoda Ramazon Hamro": "Tajikistan",
        "Pulat Bobozhonov": "Uzbekistan",
    }


def test_a_title_before_the_next_name_is_that_names_title() -> None:
    """In "Title A, Rank B, Title C, Rank D" each title goes with the name after it, and a
    title may hold "and" between capitalised words ("Organization and Inspection")."""
    text = HEAD + (
        "The Uzbek delegation was met at the border post by the Head of the Organization and "
        "Inspection Department of the Ministry of Internal Affairs of Tajikistan, Militia Major "
        "General Soliev Karim Khodzhievich, and the Head of the regional police of Kazakhstan, "
        "Police Colonel Marat Zhanuzakov.\n\nA working meeting then began."
    )
    # (the name may come out given name first: "Karim Khodzhievich Soliev")
    countries = {" ".join(sorted(n.split())): c for n, c in _countries(text).items()}
    assert countries["Karim Khodzhievich Soliev"] == "Tajikistan"


def test_a_country_run_into_the_name_that_follows_it() -> None:
    """In "Ministers of Internal Affairs of TajikistanRamazon Rahimzoda and of RussiaVladimir
    Kolokoltsev" a page lost the spaces: each country still goes with its name."""
    text = "Interior ministers of Tajikistan and Russia to meet\n\n" + (
        "Ministers of Internal Affairs of TajikistanRamazon Rahimzoda and of RussiaVladimir "
        "Kolokoltsev will discuss terrorism at a joint board in September."
    )
    assert _countries(text) == {"Ramazon Rahimzoda": "Tajikistan", "Vladimir Kolokoltsev": "Russia"}


def test_the_side_that_introduces_a_list_gives_every_name_its_country() -> None:
    """In "Azerbaijan is represented by A, B and C" all three are Azerbaijan's."""
    text = HEAD + (
        "Delegations of seven countries have come together in Baku for the meeting of the CIS "
        "Interstate Council for Emergency Situations.\n\nAzerbaijan is represented by first "
        "deputy minister of emergency situations Rafail Mirzayev, deputy minister Faig "
        "Taghizade and deputy chief of the ministry's staff Gunduz Hamzayev."
    )
    countries = _countries(text)
    assert countries["Faig Taghizade"] == countries["Gunduz Hamzayev"] == "Azerbaijan"


def test_a_delegation_headed_by_and_a_country_represented() -> None:
    """A delegation of a country's ministry headed by A; B who "will represent" a country."""
    text = HEAD + (
        "The delegation of the Ministry of Internal Affairs of the Republic of Tajikistan headed "
        "by the First Deputy Minister Abdurahmon Alamshozoda departed for the meeting.\n\n"
        "First Deputy Foreign Minister, Saymumin Yatimov, will represent Tajikistan at the "
        "meeting."
    )
    assert _countries(text) == {
        "Abdurahmon Alamshozoda": "Tajikistan",
        "Saymumin Yatimov": "Tajikistan",
    }


def test_an_acronym_defined_in_the_report_gives_the_country() -> None:
    """The "head of SBS" after "the Azerbaijani State Border Service (SBS)"."""
    text = HEAD + (
        "The meeting of the heads of staff was held at the Azerbaijani State Border Service "
        "(SBS) with participation of Elchin Guliyev, the head of SBS.\n\nThey discussed "
        "smuggling on the Caspian Sea."
    )
    assert _countries(text) == {"Elchin Guliyev": "Azerbaijan"}


def test_an_international_bodys_office_in_a_country_is_not_that_country() -> None:
    """A "representative of the UN Office on Drugs and Crime in Kyrgyzstan": no country."""
    text = HEAD + (
        "The session brought together CSTO Secretary General Nikolai Bordyuzha and "
        "representative of the UN Office on Drugs and Crime in Kyrgyzstan Alexander Fedulov.\n\n"
        "They discussed drug trafficking."
    )
    people, _ = _people(text)
    assert people["Alexander Fedulov"]["country"] is None
    assert people["Alexander Fedulov"]["organization"] == "United Nations Office on Drugs and Crime"


def test_a_title_with_an_acronym_in_brackets_and_a_semicolon_list_of_initials() -> None:
    """In "V. Reut, Director of ...; M. Abdrakhmanov, Deputy Head of the ... Centre (ATC)"
    each item keeps its title, also a short surname after initials."""
    text = HEAD + (
        "The meeting, chaired by Rosfinmonitoring Director Yu. Chikhanchin, was attended by "
        "V. Reut, Director of the Financial Monitoring Department of the Belarusian State "
        "Control Committee; M. Abdrakhmanov, Deputy Head of the CIS Anti-Terrorism Center "
        "(ATC); and F. Bilolov, Director of the Financial Monitoring Department of the Tajik "
        "National Bank."
    )
    people, _ = _people(text)
    assert people["V. Reut"]["country"] == "Belarus"
    assert people["M. Abdrakhmanov"]["organization"] == "CIS Anti-Terrorism Center"


def test_director_of_a_service_with_its_acronym_in_brackets() -> None:
    """A "Director of Russia's Federal Security Service (FSB) Alexander Bortnikov"."""
    text = "TASHKENT. Nov 7 (Interfax) - Director of Russia's Federal Security Service (FSB) " + (
        "Alexander Bortnikov has invited the Council to adopt a document.\n\n"
        '"We plan to submit it," Bortnikov said at the meeting.'
    )
    assert _countries(text) == {"Alexander Bortnikov": "Russia"}


# --- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The head of the Ministry of Counter Narcotics of Afghanistan Zarar Ahmad Moqbeli "
            "Usmoni took part in the meeting.",
            "Zarar Ahmad Moqbeli Usmoni",
        ),
        (
            "Ministers of Internal Affairs of TajikistanRamazon Rahimzoda and Russia will meet.",
            "Ramazon Rahimzoda",
        ),
        (
            "The meeting was attended by a representative of the Kyrgyz MIA AzizDolosbayev.",
            "Aziz Dolosbayev",
        ),
        (
            "Pakistan's National Security Adviser Naseer Khan Janjua will attend the meeting.",
            "Naseer Khan Janjua",
        ),
        (
            "The head of the Belarusian Ministry of Internal Affaires Uladzimir Navumau took part "
            "in the meeting.",
            "Uladzimir Navumau",
        ),
    ],
)
def test_names_as_real_reports_write_them(text: str, name: str) -> None:
    """Longer given names, names run into the word before, a title word before the name and a
    misspelt office word before a Belarusian name."""
    people, _ = _people(HEAD + text)
    assert name in people


def test_capitalised_phrases_are_not_names() -> None:
    """A title-case headline and "the Global Compact" hold no names."""
    text = (
        "CIS Security Chiefs Convene in Bishkek Amid Rising Regional Tensions\n\n"
        "The heads of the migration agencies also focused on the action plan for implementation "
        "of the Global Compact for Safe, Orderly and Regular Migration."
    )
    assert _people(text)[0] == {}


# --- who is not a participant ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“Ten issues are on the agenda,” said Jaloliddin Sadriddinov, a spokesman for the "
            "Ministry of Interior of Tajikistan (MoI).",
            "Jaloliddin Sadriddinov",
        ),
        (
            "In his congratulatory message to the meeting participants, CIS Executive Secretary "
            "Sergei Lebedev stressed the role of financial intelligence.",
            "Sergei Lebedev",
        ),
        (
            "The prosecutors were awarded medals by Sergey Antufiev on behalf of the Chairperson "
            "of the Council of the Assembly Valentina Matvienko.",
            "Valentina Matvienko",
        ),
        (
            "Armenian Minister Suren Papikyan does not participate in the Council of Defense "
            "Ministers.",
            "Suren Papikyan",
        ),
        (
            "President of Kazakhstan Kassym-Jomart Tokayev received the heads of delegations "
            "before the meeting.",
            "Kassym-Jomart Tokayev",
        ),
        (
            "The Council endorsed the candidate of the representative of China Cheung Sinfen to "
            "the post of Director of the Executive Committee.",
            "Cheung Sinfen",
        ),
        (
            "The meeting continues the programmes which were signed by the Minister of Internal "
            "Affairs of Tajikistan, Militia Colonel General Rahimzoda Ramazon.",
            "Rahimzoda Ramazon",
        ),
        (
            "Ukraine will not take part: the organisers mentioned the recent hospitalisation of "
            "the Ukrainian Minister of Internal Affairs Yuriy Lutsenko.",
            "Yuriy Lutsenko",
        ),
    ],
)
def test_people_who_were_not_at_the_meeting(text: str, name: str) -> None:
    """A spokesman quoted as a source, the sender of a message, one on whose behalf another
    acts, one who stays away or is in hospital, a president who received the delegations, a
    candidate, the signer of earlier programmes: mentioned, never participants."""
    people, mentioned = _people(HEAD + "The meeting of the Council opened in Dushanbe.\n\n" + text)
    assert name not in people
    assert name in mentioned


def test_an_assistant_to_the_president_is_not_a_head_of_state() -> None:
    """An "Assistant to the President and Secretary of the Security Council" takes part."""
    text = HEAD + (
        "Assistant to the President and Secretary of the Security Council of Kazakhstan Nurlan "
        "Yermekbayev will attend the meeting."
    )
    assert _countries(text) == {"Nurlan Yermekbayev": "Kazakhstan"}


# --- roles ----------------------------------------------------------------------------------


def test_speaker_cues() -> None:
    """Who "will present a report", and X in "according to <title>, X", speak; "according to the
    press centre" after a list, "member states" and being spoken to do not."""
    text = HEAD + (
        "The head of the CIS Anti-Terrorism Center, Andrei Novikov, will present a report on "
        "the joint exercises.\n\nTaking part in the event will be the secretaries of the CSTO "
        "member states and CSTO Acting Secretary General Valery Semerikov.\n\nGuliyev said to "
        "Mansur Valiyev (Russia) that the border is calm, according to the press centre.\n\n"
        "According to the head of the Ministry of Counter Narcotics of Afghanistan, Zarar Ahmad "
        "Moqbeli Usmoni, most opium is grown in the south."
    )
    roles = _roles(text)
    assert roles["Andrei Novikov"] == "speaker"
    assert roles["Valery Semerikov"] == "attendee"
    assert roles["Mansur Valiyev"] == "attendee"
    assert roles["Zarar Ahmad Moqbeli Usmoni"] == "speaker"


def test_a_deputy_chairman_of_the_council_does_not_chair_the_meeting() -> None:
    """A standing title with "Deputy Chairman of the Council" is no chair of this sitting; he
    spoke to reporters on the sidelines of it."""
    text = "BAKU, June 8. The Council of Commanders of the Border Troops is working on " + (
        "two documents, Deputy Chairman of the Council of Commanders of the Border Troops - "
        "Chairman of the Coordination Service, Colonel-General Alexander Manilov told "
        "reporters.\n\nManilov made the remark on the sidelines of the 86th meeting of the "
        "Council in Baku."
    )
    assert _roles(text) == {"Alexander Manilov": "speaker"}


def test_who_opens_a_meeting_that_another_chairs_hosts_it() -> None:
    """X in "Opening the meeting, X" hosts it when the report names another chair."""
    text = "The 91st meeting of the Council of Commanders of Border Troops was held in " + (
        "Bishkek, chaired by Army General Vladimir Kulishov, head of the Border Service of "
        "Russia.\n\n"
        "Opening the meeting, the Chairman of the State Committee for National Security of "
        "Kyrgyzstan, Kamchybek Tashiev, noted the importance of the event."
    )
    assert _roles(text) == {"Vladimir Kulishov": "chair", "Kamchybek Tashiev": "host"}


def test_who_invites_or_welcomes_hosts() -> None:
    """X in "at the invitation of X" and "in his welcoming remarks, X" hosts."""
    text = "The meeting of the Council was held in New Delhi.\n\n" + (
        "In his welcoming remarks, the head of the Indian FIU, Pankaj Kumar Mishra, spoke of "
        "joint operations.\n\nAt the invitation of Chinese Minister of Public Security Zhao "
        "Kezhi, Secretary of the Security Council of Kyrgyzstan Damir Sagynbayev will attend."
    )
    roles = _roles(text)
    assert roles["Pankaj Kumar Mishra"] == "host"
    assert roles["Zhao Kezhi"] == "host"
    assert roles["Damir Sagynbayev"] == "attendee"


def test_delegation_leaders_of_two_sides_co_chair() -> None:
    """In "the delegation of A under the leadership of X and the delegation led by Y" the two
    heads co-chair; "under the leadership of" a delegation is no chair of the meeting."""
    text = HEAD + (
        "Representatives of the police of the border regions of Tajikistan and Uzbekistan met "
        "in Khujand.\n\nThe delegation of Tajikistan under the leadership of Deputy Minister of "
        "Internal Affairs, Militia Major General Navdzhuvonov Abdullo Shanbievich and the "
        "delegation led by Colonel Norghitov Shuhrat Irkinovich, Head of the Organizational "
        "Department of the MIA of Uzbekistan, took part in this meeting."
    )
    assert _roles(text) == {
        "Navdzhuvonov Abdullo Shanbievich": "co-chair",
        "Norghitov Shuhrat Irkinovich": "co-chair",
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ALMATY. The joint collegium of the interior ministries of Kazakhstan and Russia "
            "started its work in Almaty. Interior Minister of Kazakhstan Yerlan Sadenov and "
            "Interior Minister of Russia Vladimir Kolokoltsev take part in it.",
            {"Yerlan Sadenov": "co-chair", "Vladimir Kolokoltsev": "co-chair"},
        ),
        (
            "Interior ministers of Tajikistan and Uzbekistan, Ramazon Rahimzoda and Abdusalom "
            "Azizov, had talks in Dushanbe on June 29. The Uzbek minister last visited "
            "Tajikistan years ago.",
            {"Ramazon Rahimzoda": "host", "Abdusalom Azizov": "attendee"},
        ),
        (
            "Azerbaijan's Minister of Internal Affairs Ramil Usubov has met Minister of Internal "
            "Affairs of Georgia Giorgi Gakharia. They discussed cooperation against terrorism.",
            {"Ramil Usubov": "attendee", "Giorgi Gakharia": "attendee"},
        ),
    ],
)
def test_roles_at_a_meeting_of_two_sides(text: str, want: dict[str, str]) -> None:
    """The two heads co-chair a joint body's meeting; in one side's country, after a visit,
    that side's head hosts; at a meeting held at no stated place nobody hosts or chairs."""
    assert _roles(text) == want


def test_the_host_countrys_sole_participant_hosts_when_the_report_says_it_hosts() -> None:
    """When "Almaty hosted the conference", the only participant from Kazakhstan hosts."""
    text = "ALMATY. Almaty hosted the conference of the interior ministers.\n\n" + (
        "Ministers of internal affairs of Kazakhstan Yerlan Turgumbayev, Kyrgyzstan Ulan "
        "Niyazbekov and Uzbekistan Pulat Bobozhonov participated in the meeting."
    )
    assert _roles(text) == {
        "Yerlan Turgumbayev": "host",
        "Ulan Niyazbekov": "attendee",
        "Pulat Bobozhonov": "attendee",
    }
