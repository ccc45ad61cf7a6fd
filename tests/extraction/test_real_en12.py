"""Own-words rules for English reports, rounds 1-10 together: organs named without their
owner, and people named only where the report tells of something else."""

from __future__ import annotations

import pytest

from archive.extraction import extract


def _facts(text: str, **kw) -> dict:
    return extract(text, file="t.txt", **kw).to_dict()


_ORGAN_ALONE = (
    "Border chiefs of the Commonwealth meet in Almaty\n\n"
    "The 95th meeting of the Council of Commanders of Border Troops of the CIS took place in "
    "Almaty on June 3, 2027.\n"
    "Delegations of the border agencies of six member states and Coordination Service took "
    "part in the sitting.\n"
)

_ORGANS_CHAIRMAN = (
    "Border chiefs prepare new agreements\n\n"
    "BISHKEK, June 3, 2027. The Council of Commanders of Border Troops of the CIS is drafting "
    "two new agreements, Chairman of the Coordination Service, Colonel-General Ivan Petrenko, "
    "said at the 95th meeting of the Council.\n"
)


def test_an_organ_named_without_its_owner_is_the_owners() -> None:
    """ "Coordination Service" in a report of the border troops commanders' council is that
    council's Coordination Service, taking part; its chairman represents it."""
    facts = _facts(_ORGAN_ALONE)
    assert "Frontier Service Coordination Committee of the CIS" in facts["organizations"]
    facts = _facts(_ORGANS_CHAIRMAN)
    assert "Frontier Service Coordination Committee of the CIS" in facts["organizations"]
    person = next(p for p in facts["participants"] if p["name"] == "Ivan Petrenko")
    assert person["organization"] == "Frontier Service Coordination Committee of the CIS"


def test_an_organ_of_another_owner_is_not_taken() -> None:
    """Without its owner named, or with other words before it ("State Coordination Service"),
    the short name is no organ of the council."""
    text = _ORGAN_ALONE.replace(
        "the Council of Commanders of Border Troops of the CIS", "the border chiefs"
    )
    assert "Frontier Service Coordination Committee of the CIS" not in _facts(text)["organizations"]
    text = _ORGAN_ALONE.replace("and Coordination Service", "and the State Coordination Service")
    assert "Frontier Service Coordination Committee of the CIS" not in _facts(text)["organizations"]


_AGENCYS_SOURCE = (
    "Tajik and Russian migration officials agree on a data plan\n\n"
    "DUSHANBE, March 12, 2027, Asia-Plus -- The first meeting of the Tajik-Russian working "
    "group on labour migration was held in Moscow on March 10, 2027, with Deputy Minister "
    "Rustam Nazarov leading the Tajik delegation.\n"
    "Farrukh Sharipov, head of the international department of the Tajik Labour Ministry, "
    "told Asia-Plus that the sides had agreed to exchange data on migrants.\n"
)

_SOURCE_AND_ANOTHER_MEETING = (
    "CSTO news\n\n"
    "On 14 March 2027, the 20th meeting of the Council of the CSTO centre for computer "
    "incidents was held in Minsk under the chairmanship of Viktor Lebedev.\n\n"
    "The CSTO Secretary General Marat Sultanov took part in the debate on regional "
    "organizations held on 2 September 2027 at the UN Security Council.\n\n"
    "Marat Sultanov, the CSTO Secretary General, told BELTA news agency correspondent whether "
    "the organization would grow.\n"
)


def _participants(facts: dict) -> list[str]:
    return [p["name"] for p in facts["participants"]]


def test_who_tells_a_news_agency_is_its_source() -> None:
    """Named only telling a news agency what the meeting decided: the report's source, not a
    participant; the delegation's head stays."""
    names = _participants(_facts(_AGENCYS_SOURCE))
    assert "Farrukh Sharipov" not in names
    assert "Rustam Nazarov" in names


def test_a_source_named_at_another_dated_meeting_is_mentioned() -> None:
    """Named at another day's debate and as a news agency's source: not at this meeting."""
    names = _participants(_facts(_SOURCE_AND_ANOTHER_MEETING))
    assert "Marat Sultanov" not in names
    assert "Viktor Lebedev" in names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The U.S.-Russia Working Group on Counterterrorism met for its 20th session in "
            "Washington on May 4, 2027, co-chaired by the two deputy ministers.",
            "U.S.-Russia Working Group on Counterterrorism",
        ),
        (
            "India and Russia held the 15th meeting of the Indo-Russian joint working group on "
            "counter-terrorism in New Delhi on May 4, 2027.",
            "India-Russia Joint Working Group on Counter-Terrorism",
        ),
        (
            "On May 4, 2027, the secretary of the Security Council chaired the 17th Meeting of "
            "BRICS National Security Advisors by video link.",
            "Meeting of BRICS High Representatives for Security Issues",
        ),
        (
            "MONEYVAL held its 70th Plenary meeting in Strasbourg from 4 to 6 May 2027 and "
            "adopted two mutual evaluation reports.",
            "MONEYVAL Plenary Meeting",
        ),
    ],
)
def test_a_standing_forum_is_its_meetings_body(text: str, body: str) -> None:
    """Standing forums of two or five states and a Council of Europe committee convene under
    their own names."""
    assert _facts("Forum news\n\n" + text + "\n")["body"] == body


@pytest.mark.parametrize(
    ("lead", "body"),
    [
        (
            "A trilateral meeting of Kazakh, Kyrgyz and Tajik defence ministers will be held in "
            "Bishkek on March 31, 2027.",
            "Defence Ministers of Kazakhstan, Kyrgyzstan and Tajikistan",
        ),
        (
            "A trilateral meeting of the defense ministers of Kazakhstan, Kyrgyzstan and "
            "Tajikistan will take place today in Bishkek.",
            "Defence Ministries of Kazakhstan, Kyrgyzstan and Tajikistan",
        ),
    ],
)
def test_defence_ministers_of_several_states_meet_as_their_ministries(lead: str, body: str) -> None:
    """Defence ministries are a kind of agency; the states named before their officials
    ("Kazakh, Kyrgyz and Tajik defence ministers") go after them in the body's name."""
    assert _facts("Ministers to meet\n\n" + lead + "\n")["body"] == body


_CIS_ORGANS = (
    "CIS interior ministers meet in Dushanbe\n\n"
    "The Council of Interior Ministers of the CIS held its meeting in Dushanbe on June 3, "
    "2027.\n"
    "The meeting was attended by the heads of the interior ministries of the CIS member "
    "states, the CIS Executive Committee and the Anti-Terrorism Center.\n"
)


def test_the_commonwealths_organ_named_alone_is_the_commonwealths() -> None:
    """ "the Anti-Terrorism Center" in a report naming the CIS is the CIS one; with no CIS
    named it is nobody's known centre."""
    assert "CIS Anti-Terrorism Center" in _facts(_CIS_ORGANS)["organizations"]
    text = _CIS_ORGANS.replace("CIS Executive Committee", "ministry's staff").replace(
        "of the CIS member states", "of the region"
    )
    text = text.replace("CIS interior", "Interior").replace("of the CIS held", "held")
    assert "CIS Anti-Terrorism Center" not in _facts(text)["organizations"]


def test_the_head_of_a_delegation_to_a_state_represents_its_organization() -> None:
    """ "the Head of the EU Delegation to Armenia, X": the title goes on past "to", X speaks
    for the European Union, and the state the delegation is sent to is not X's."""
    facts = _facts(
        "Minister meets EU envoy\n\n"
        "The Minister of Internal Affairs of Armenia Vahe Ghazaryan held a meeting with the "
        "newly appointed Head of the EU Delegation to Armenia, Anna Kowalczyk, on June 3, 2027.\n"
    )
    person = next(p for p in facts["participants"] if p["name"] == "Anna Kowalczyk")
    assert person["organization"] == "European Union"
    assert person["country"] is None


_SPONSORED = (
    "Round table on financial monitoring\n\n"
    "A round table on the national risk assessment was held in Bishkek on June 3, 2027. The "
    "event was arranged by the State Financial Intelligence Service of Kyrgyzstan with the "
    "support of the OSCE Programme Office in Bishkek.\n"
)


def test_the_sponsor_of_an_event_takes_part() -> None:
    """An event arranged "with the support of" an organization has it taking part; a project
    carried out with its money does not."""
    assert "OSCE" in _facts(_SPONSORED)["organizations"]
    funded = _SPONSORED.replace("The event was arranged by", "The centres are built by").replace(
        "with the support of", "with the financial support of"
    )
    assert "OSCE" not in _facts(funded)["organizations"]


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        (
            "Representatives of the International Association of Prosecutors also took part.",
            "International Association of Prosecutors",
        ),
        (
            "The meeting was also attended by representatives of the International Training "
            "and Methodology Center for Financial Monitoring.",
            "International Training and Methodology Centre for Financial Monitoring",
        ),
        (
            "Delegations of the member states and the UNOCT participated in the meeting.",
            "UN Office of Counter-Terrorism",
        ),
        (
            "Experts of Penal Reform International took part in the meeting.",
            "Penal Reform International",
        ),
    ],
)
def test_an_international_organisation_of_the_reference_data_takes_part(
    sentence: str, org: str
) -> None:
    text = (
        "Prosecutors meet in Minsk\n\n"
        "The Coordination Council of Prosecutors General of the CIS held its meeting in Minsk "
        f"on June 3, 2027.\n{sentence}\n"
    )
    assert org in _facts(text)["organizations"]


@pytest.mark.parametrize(
    "org",
    [
        "International Association of Prosecutors",
        "Eurasian Group on Combating Money Laundering and Financing of Terrorism",
    ],
)
def test_another_bodys_coming_meeting_is_not_the_body(org: str) -> None:
    """In a report of two prosecutors general meeting, the general meeting of an organization
    that "will be held" later is another meeting, not the convening body."""
    facts = _facts(
        "Prosecutors of Azerbaijan and Kazakhstan meet\n\n"
        "BAKU, June 3. Prosecutor General of Azerbaijan Kamran Aliyev met with Deputy "
        "Prosecutor General of Kazakhstan Zhandos Umiraliyev in Baku.\n"
        f"Kamran Aliyev said the 30th general meeting of the {org} will be held in Baku in "
        "September.\n"
    )
    assert facts["body"] == "Prosecutor General's Offices of Azerbaijan and Kazakhstan"


def test_the_union_state_takes_part_through_its_state_secretary() -> None:
    """The Union State's State Secretary at a board meeting speaks for the Union State; the
    Union State named as the object of others' acts takes no part."""
    facts = _facts(
        "Border board meets in Minsk\n\n"
        "A meeting of the Board of the Border Committee of the Union State was held in Minsk "
        "on May 4, 2027. It was attended by State Secretary of the Union State Pavel Orlov.\n"
    )
    person = next(p for p in facts["participants"] if p["name"] == "Pavel Orlov")
    assert person["organization"] == "Union State"
    assert "Union State" in facts["organizations"]
    facts = _facts(
        "Special services to work together\n\n"
        "The heads of the Russian and Belarusian special services met in Vitebsk on May 4, "
        "2027 and agreed to counter hostile activities against the Union State.\n"
    )
    assert "Union State" not in facts["organizations"]


def test_the_turkic_speaking_states_council_takes_part_through_its_secretary_general() -> None:
    facts = _facts(
        "Customs chief meets Turkic council delegation\n\n"
        "The Chairman of the State Customs Committee of Azerbaijan Safar Mehdiyev met on Oct. 6, "
        "2027 with a delegation led by Secretary General of the Cooperation Council of "
        "Turkic-speaking States (CCTS) Omar Kerimov.\n"
    )
    person = next(p for p in facts["participants"] if p["name"] == "Omar Kerimov")
    assert person["organization"] == "Cooperation Council of Turkic-Speaking States"


def test_a_loose_name_does_not_run_into_a_known_one() -> None:
    """ "the Director of the Executive Committee of the Regional Anti-Terrorist Structure of the
    SCO X": the known name the description runs into is the organization X serves."""
    facts = _facts(
        "SCO security council secretaries meet\n\n"
        "The meeting of the secretaries of security councils of the SCO member states was held "
        "in Tashkent on June 3, 2027. It was attended by the Director of the Executive "
        "Committee of the Regional Anti-Terrorist Structure of the SCO Ivan Petrov.\n"
    )
    person = next(p for p in facts["participants"] if p["name"] == "Ivan Petrov")
    assert person["organization"] == "SCO Regional Anti-Terrorist Structure"


def test_defence_cooperation_is_no_defence_ministry() -> None:
    """A defence ministry is named as one ("Defense Minister", "Ministry of Defence"); an
    embassy's office of defense cooperation is not one."""
    from archive.extraction.body_kinds import kind_in

    assert kind_in("Minister of National Defence of Poland").key == "defence"
    assert kind_in("Turkish Defense Minister").key == "defence"
    assert kind_in("Program Director of the Embassy's Office of Defense Cooperation") is None


def test_ra_is_the_republic_of_armenia() -> None:
    """Armenian agencies' English pages write the state as "RA": "Chairman of the RA
    Investigative Committee"."""
    facts = _facts(
        "Investigators meet FBI attache\n\n"
        "On June 3, 2027, Chairman of the RA Investigative Committee Aram Sargsyan received "
        "the FBI Legal Attache John Miller.\n"
    )
    person = next(p for p in facts["participants"] if p["name"] == "Aram Sargsyan")
    assert person["country"] == "Armenia"


def test_a_ministrys_field_is_no_part_of_its_ministers_name() -> None:
    """ "Minister of Water Resources and Irrigation Nurlan Asanov", "Minister of Economy Artem
    Popov": the field the ministry covers ends the title; the name is the minister's own."""
    facts = _facts(
        "Ministers discuss water sharing\n\n"
        "On March 3, 2027, the Minister of Emergency Situations of Kyrgyzstan Boobek Ajikeev "
        "met in Astana with the Minister of Water Resources and Irrigation of Kazakhstan "
        "Nurlan Asanov and Deputy Minister of Economy Artem Popov.\n"
    )
    names = _participants(facts)
    assert "Nurlan Asanov" in names and "Artem Popov" in names
    assert not any(n.startswith(("Irrigation", "Economy")) for n in names)


def test_office_words_before_a_name_are_no_part_of_it() -> None:
    """ "the Russian-Uzbek Working Group Oleg Petrov", "Ambassadors Benjamin and ...", "Shri
    Ravi Kumar": words of an office, a group or an honorific are not names."""
    facts = _facts(
        "Counterterrorism talks\n\n"
        "On March 3, 2027, the Coordinator for Counterterrorism Daniel Moore and the Special "
        "Representative for Counterterrorism Anatoliy Petrov co-chaired the meeting of the "
        "working group in Moscow. Minister of State Shri Ravi Kumar addressed the meeting.\n"
    )
    names = _participants(facts)
    assert "Anatoliy Petrov" in names and "Ravi Kumar" in names
    assert not any(n.startswith(("Counterterrorism", "Shri")) for n in names)


def test_a_given_name_before_a_middle_initial_is_part_of_the_name() -> None:
    """ "John J. Sullivan", "Oleg V. Syromolotov": the given name, the middle initial and the
    surname are one name, not "J. Sullivan" beside an unnamed John."""
    facts = _facts(
        "Counterterrorism dialogue\n\n"
        "On March 3, 2027, Deputy Secretary of State Mark T. Hollis and Deputy Foreign "
        "Minister Oleg V. Syromolotov held the talks in Vienna.\n"
    )
    names = _participants(facts)
    assert "Mark T. Hollis" in names and "Oleg V. Syromolotov" in names
