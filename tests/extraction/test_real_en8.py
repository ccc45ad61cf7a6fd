"""Own-words rules for English reports: emergencies ministries and foreign intelligence
services as kinds of agency of their own (and the acronyms English copy keeps for security
services); a phrase after "a meeting of" that names only the officials who met is no body;
people named only as a state's national leader, as the guest of a further meeting of a visit or
as someone invited to a coming event; a head of government who also holds the ministry that
meets; a report that tells what was said "during the bilateral meeting" reports a meeting held,
so a coming event's date in it is not the meeting's; an agency receiving another state's
ambassador meets that state's embassy, and hosts; the head of a visiting delegation, quoted,
is still the host's guest; a dateline of a third state's news desk is neither the venue nor a
state mentioned; an "<organization>-organized workshop" is the organization's; "A and B have
discussed" makes both states sides of the talks; a wire dateline under a headline left as a
paragraph, "will examine here", and a decision's date; on a ministry's own page, its official
whose title names no state is of the one other state named, and a guest's office of no known
kind names his side; "the heads of border troops of A, B and C" are their border services."""

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


def _people(facts: dict) -> set[str]:
    return {p["name"] for p in facts["participants"]}


def test_a_national_leader_praised_is_not_a_participant() -> None:
    """ "the nationwide leader of Azerbaijan X" is an honorific for a state's founding head."""
    facts = _facts(
        " date 2029-02-01 The Interior Minister of Azerbaijan Vusal Hasanov met with the "
        "Ambassador of Belarus Pavel Ignatenko on 31 January. Thanks to the wisdom of the "
        "nationwide leader of Azerbaijan Elchin Mammadli, stability was restored, the Minister "
        "noted."
    )
    assert "Elchin Mammadli" not in _people(facts)
    assert {"Vusal Hasanov", "Pavel Ignatenko"} <= _people(facts)


@pytest.mark.parametrize(
    "aside",
    [
        "An invitation has been sent to his Kazakh colleague Marat Ospanov.",
        "Invitations were extended to the Kazakh Prosecutor General Marat Ospanov.",
        "During his visit, Nazarov also met with Senator Marat Ospanov.",
    ],
)
def test_invited_or_met_separately_is_only_mentioned(aside: str) -> None:
    """Someone invited to a coming event, or met at a further meeting of the visit."""
    facts = _facts(
        " date 2029-05-14 The Prosecutor General of Tajikistan Farrukh Nazarov held talks with "
        f"the Prosecutor General of Uzbekistan Bakhodir Yusupov in Tashkent. {aside}"
    )
    assert "Marat Ospanov" not in _people(facts)
    assert {"Farrukh Nazarov", "Bakhodir Yusupov"} <= _people(facts)


@pytest.mark.parametrize(
    "title",
    [
        "acting Prime Minister and Interior Minister",
        "Prime Minister - Minister of Internal Affairs",
    ],
)
def test_a_premier_who_is_also_the_minister_takes_part(title: str) -> None:
    """A head of government who also holds the ministry that meets is a participant."""
    facts = _facts(
        " date 2029-05-14 In Chisinau, Georgian Minister of Internal Affairs Nino Kapanadze met "
        f"with Moldovan {title} Ion Rusu on May 13."
    )
    assert "Ion Rusu" in _people(facts)


def test_a_coming_event_is_not_the_date_of_a_meeting_told_as_held() -> None:
    """A visit's lead, then "During the bilateral meeting, X noted": a date that a later
    sentence gives a coming conference ("will be held ... from October 6 to 9") is not the
    meeting's; the dateline's day is."""
    facts = _facts(
        " date 2029-05-14 TASHKENT, May 14. A delegation of Tajikistan's prosecutors has "
        "arrived in Uzbekistan on a working visit.\n\nDuring the bilateral meeting, the "
        "Prosecutor General of Uzbekistan Bakhodir Yusupov noted the growing contacts.\n\n"
        "He also said the annual conference of the Association of Prosecutors will be held in "
        "Samarkand from October 6 to 9 this year."
    )
    assert (facts["date_start"], facts["date_basis"]) == ("2029-05-14", "dateline")


def test_an_announcement_still_dates_its_meeting() -> None:
    """With no account of what was said at a meeting held, "will be held ... from October 6
    to 9" dates the announced meeting."""
    facts = _facts(
        " date 2029-05-14 TASHKENT, May 14. The annual conference of the Association of "
        "Prosecutors will be held in Samarkand from October 6 to 9 this year, the Prosecutor "
        "General's Office said."
    )
    assert facts["date_start"] == "2029-10-06"


@pytest.mark.parametrize("envoy", ["the Turkish Ambassador", "Turkey's Ambassador to Georgia"])
def test_an_agency_receiving_an_envoy_meets_the_embassy_and_hosts(envoy: str) -> None:
    """The head of a state's agency meets another state's envoy: the agency and the envoy's
    embassy in the host state; the agency's head hosts, in his state."""
    facts = _facts(
        " date 2029-03-10 The Head of the State Security Service of Georgia Levan Gelashvili "
        f"met with {envoy} Murat Aksoy on March 9."
    )
    assert facts["body"] == "Security Service of Georgia and Embassy of Turkey in Georgia"
    roles = {p["name"]: p["role"] for p in facts["participants"]}
    assert roles == {"Levan Gelashvili": "host", "Murat Aksoy": "attendee"}
    assert facts["venue_country"] == "Georgia"


@pytest.mark.parametrize(
    ("lead", "guest_role"),
    [
        (
            "met with a delegation headed by the Interior Minister of Tajikistan Rustam Nazarov",
            "attendee",
        ),
        # without a delegation, the guest who speaks attends all the same
        ("met with the Interior Minister of Tajikistan Rustam Nazarov", "attendee"),
    ],
)
def test_a_quoted_delegation_head_stays_the_guest(lead: str, guest_role: str) -> None:
    """At the host's, the visiting side's head who is quoted attends, whether or not he led a
    delegation."""
    facts = _facts(
        f" date 2029-09-08 The Interior Minister of Kyrgyzstan Talant Asanov {lead} in Bishkek "
        "on September 7. Rustam Nazarov said he hoped the visit would give a new impetus to "
        "cooperation."
    )
    roles = {p["name"]: p["role"] for p in facts["participants"]}
    assert roles == {"Talant Asanov": "host", "Rustam Nazarov": guest_role}


def test_a_third_states_desk_is_not_the_venue() -> None:
    """ "BAKU, Azerbaijan, June 3." over talks of Latvia's and Lithuania's ministers."""
    facts = _facts(
        " date 2029-06-04 BAKU, Azerbaijan, June 3. Latvia's Minister of the Interior Andris "
        "Kalnins held talks with the Minister of the Interior of Lithuania Juozas Petraitis."
    )
    assert (facts["city"], facts["venue_country"]) == (None, None)
    assert "Azerbaijan" not in facts["countries"] + facts["countries_mentioned"]


def test_a_desk_in_one_sides_state_is_the_venue() -> None:
    """ "RIGA, Latvia, June 3." over the same talks: the dateline's city, the host's."""
    facts = _facts(
        " date 2029-06-04 RIGA, Latvia, June 3. Latvia's Minister of the Interior Andris "
        "Kalnins held talks with the Minister of the Interior of Lithuania Juozas Petraitis."
    )
    assert facts["city"] == "Riga"


@pytest.mark.parametrize("event", ["workshop", "seminar", "training course", "round table"])
def test_an_organization_organized_event_is_its_own(event: str) -> None:
    """ "An OSCE-organized workshop for officers from A and B": the OSCE convenes it."""
    facts = _facts(
        f" date 2029-04-20 An OSCE-organized {event} for border officers from Kyrgyzstan and "
        "Tajikistan took place in Osh on 18 April 2029."
    )
    assert facts["body"] == "OSCE"


@pytest.mark.parametrize("verb", ["have discussed", "discussed", "agreed on", "signed"])
def test_two_states_as_the_subject_of_talks_take_part(verb: str) -> None:
    """ "Kazakhstan and China have discussed ...": both states are sides of the talks."""
    facts = _facts(
        f" date 2029-04-20 Kazakhstan and China {verb} border crossing points, the Border "
        "Service said."
    )
    assert sorted(facts["countries"]) == ["China", "Kazakhstan"]


def test_a_dateline_under_a_headline_paragraph_is_the_venue() -> None:
    """A headline ending in a full stop, then "ASTANA, March 4 (Agency) — ... will examine
    here": the dateline's city."""
    facts = _facts(
        "SCO border chiefs to review joint operation results.\n\nASTANA, March 4 (Steppe "
        "News) — The 12th meeting of the heads of border services of SCO member states will "
        "examine here the results of the joint border operation."
    )
    assert facts["city"] == "Astana"


def test_a_decisions_date_is_not_the_meetings() -> None:
    """ "In compliance with the decision of the Council of June 15, 2026": a decision's date."""
    facts = _facts(
        "ASTANA, March 4 (Steppe News) — The 12th meeting of the heads of border services of "
        "SCO member states will examine here the results of the joint operation.\n\nIn "
        "compliance with the decision of the SCO Council of Heads of State of June 15, 2026, "
        "the operation was given the status of a permanent joint operation."
    )
    assert facts["date_start"] is None


def test_an_official_of_no_state_meeting_a_foreigner_is_of_the_other_state_named() -> None:
    """A ministry's page: "Minister of Internal Affairs X received ... of Turkey Y", and only
    Kazakhstan besides: X is Kazakh, Kazakhstan takes part; the guest's office names his side."""
    facts = _facts(
        " date 2029-03-13 On March 12, Minister of Internal Affairs Nurlan Abenov received the "
        "Chief of the General Directorate of Security of the Republic of Turkey Mehmet Ozturk. "
        "The Minister noted the growing Kazakh-Turkish cooperation."
    )
    countries = {p["name"]: p["country"] for p in facts["participants"]}
    assert countries == {"Nurlan Abenov": "Kazakhstan", "Mehmet Ozturk": "Turkey"}
    assert (
        facts["body"]
        == "Interior Ministry of Kazakhstan and General Directorate of Security of Turkey"
    )


def test_an_official_of_no_state_in_a_national_meeting_is_not_given_a_mentioned_state() -> None:
    """Without a meeting between the two, a state mentioned (a threat's origin) is not his."""
    facts = _facts(
        " date 2029-03-13 On March 12, the Minister of Internal Affairs of Kazakhstan Yerlan "
        "Sadykov held a collegium. Deputy Minister Nurlan Abenov reported on drugs smuggled "
        "from Afghanistan."
    )
    assert "Afghanistan" not in facts["countries"]


def test_border_troops_of_three_states_are_their_border_services() -> None:
    """ "the heads of border troops of A, B and C": one descriptive name for the three
    services, whatever the report calls them."""
    facts = _facts(
        "BAKU, May 3. A meeting of the heads of border troops of Azerbaijan, Iran and Russia "
        "will be held in Baku on May 20."
    )
    assert facts["body"] == "Heads of Border Services of Azerbaijan, Iran and Russia"


def test_a_coming_events_number_is_not_the_meetings() -> None:
    """ "the 29th annual conference ... will be held", told beside a meeting held: another
    event's number."""
    facts = _facts(
        " date 2029-05-14 TASHKENT, May 14. A delegation of Tajikistan's prosecutors has "
        "arrived in Uzbekistan on a working visit.\n\nDuring the bilateral meeting, the "
        "Prosecutor General of Uzbekistan Bakhodir Yusupov noted the growing contacts.\n\n"
        "He also said the 29th annual conference of the Association of Prosecutors will be "
        "held in Samarkand in October."
    )
    assert facts["ordinal"] is None
