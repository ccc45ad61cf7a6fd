"""Own-words rules for English reports, rounds 1-9 together: the dates of incidents, coming
meetings and stamps that are not the meeting's."""

from __future__ import annotations

import datetime as dt

from archive.extraction import extract


def _facts(text: str, **kw) -> dict:
    return extract(text, file="t.txt", **kw).to_dict()


_INCIDENT = (
    "Border guards of the two states agree on a joint inquiry\n\n"
    "Date: 09:15, 14-05-2027.\n\n"
    "The district of Batken hosted a meeting of Kyrgyz and Uzbek border officials on the "
    "incident that happened on May 10, 2027, the press service of the Border Service said.\n"
    '"On May 13, 2027, the two delegations met to compare what each side knows", the press '
    "service said.\n"
    "The sides agreed on a joint inquiry into the incident.\n"
)

_ATTACK = (
    "The Interior Ministry met a foreign security official\n\n"
    "The Interior Ministry of Tajikistan hosted a meeting with a senior French security "
    "official, the ministry said in a statement.\n\n"
    "At the meeting, the French side thanked the ministry for its help in the inquiry into the "
    "attack committed Sept. 14 in Lyon by a native of Khujand.\n"
)


def test_an_incidents_day_is_not_the_meetings() -> None:
    """A date after "happened"/"committed" is the incident's: the meeting keeps its own day,
    or, with none stated, the month of the page."""
    facts = _facts(_INCIDENT)
    assert (facts["date_start"], facts["date_precision"]) == ("2027-05-13", "day")
    facts = _facts(_ATTACK, publication_date=dt.date(2027, 11, 20))
    assert (facts["date_start"], facts["date_precision"]) == ("2027-11", "month")


_TALKS_AND_NEXT = (
    "Tajikistan and Russia to open a joint migration office\n\n"
    "A delegation of the Tajik Labour Ministry led by Deputy Minister Rustam Nazarov held talks "
    "in Moscow on the joint office.\n\n"
    "The parties discussed the exchange of data on labour migrants.\n\n"
    "The parties agreed to hold the first meeting of the joint working group on March 3, 2027 "
    "in Dushanbe.\n"
)

_DISCUSSED_AND_COMING = (
    "date 2027-02-10\n\n"
    "Kazakhstan's Ambassador Serik Omarov and Kyrgyz Finance Minister Almaz Bekov have "
    "discussed the cooperation of the two countries' customs services, Kabar has reported.\n\n"
    "The sides stressed the importance of the agreement on border crossing points to be "
    "signed at the 5th meeting of the Intergovernmental Commission, which will take place in "
    "October 2026.\n"
)


def test_a_coming_meetings_day_does_not_date_talks_held() -> None:
    """Talks told as held ("held talks", "have discussed"): the day of a meeting the parties
    "agreed to hold" or that "will take place" is a coming meeting's, not theirs."""
    facts = _facts(_TALKS_AND_NEXT)
    assert facts["date_start"] != "2027-03-03"
    facts = _facts(_DISCUSSED_AND_COMING)
    assert (facts["date_start"], facts["date_precision"]) == ("2027-02", "month")


_COMING_SUMMIT = (
    "Defence minister meets the organization's secretary general\n\n"
    "Kyrgyz Defence Minister Almaz Toktogulov met on June 12, 2027 with CSTO Secretary General "
    "Ivan Petrov, who arrived in Kyrgyzstan to discuss the preparation of the CSTO summit and "
    "of the defence ministers' council, both to be held in Astana this autumn.\n\n"
    "The sides discussed the joint exercises of the collective forces.\n"
)

_COMING_CONFERENCE = (
    "Prosecutors general of two states meet\n\n"
    "A Kazakh delegation led by Prosecutor General Berik Asanov is on a visit to Uzbekistan. The "
    "meeting of the prosecutors general of the two countries took place on Tuesday, 3 August "
    "2027, at the Prosecutor General's Office of Uzbekistan.\n\n"
    "Asanov invited his Uzbek counterpart to a conference of prosecutors to be held in the "
    "capital of Kazakhstan in October.\n"
)


def test_a_coming_meetings_town_is_not_the_venue() -> None:
    """In a report of a meeting held, the town where another meeting is "to be held" is not
    the venue, named or as a state's capital."""
    facts = _facts(_COMING_SUMMIT)
    assert (facts["city"], facts["venue_country"]) == (None, "Kyrgyzstan")
    facts = _facts(_COMING_CONFERENCE)
    assert (facts["city"], facts["venue_country"]) == (None, "Uzbekistan")


_AT_THE_OFFICE = (
    "Prosecutors of two states sign a plan\n\n"
    "A Kyrgyz delegation led by Prosecutor General Kurmanbek Sadykov is in Kazakhstan. The "
    "talks of the prosecutors general of the two countries took place Monday at the "
    "Prosecutor General’s Office of Kazakhstan.\n\n"
    "Prosecutor General of Kazakhstan Berik Asanov said that trust between the two offices "
    "is high.\n\n"
    "The sides signed a plan on the extradition of fugitives.\n"
)

_IN_THE_OFFICE = (
    "Council of prosecutors meets\n\n"
    "The meeting of representatives of the prosecutors' offices of the member states was held "
    "in the General Prosecutor's Office of Tajikistan.\n\n"
    "The participants discussed the fight against cybercrime.\n"
)


def test_an_office_of_a_state_as_the_place_gives_its_state() -> None:
    """ "took place Monday at the Prosecutor General's Office of A", "was held in the ...
    Office of A": the venue is A, its head the host of a two states' meeting."""
    facts = _facts(_AT_THE_OFFICE)
    assert facts["venue_country"] == "Kazakhstan"
    assert {p["name"]: p["role"] for p in facts["participants"]}["Berik Asanov"] == "host"
    assert _facts(_IN_THE_OFFICE)["venue_country"] == "Tajikistan"


_GROUP_TO_BE_SET_UP = (
    "Interior ministers of two states meet in Osh\n\n"
    "Minister of Internal Affairs of Kyrgyzstan Ulan Niyazbekov met with Minister of Internal "
    "Affairs of Tajikistan Ramazon Kholov in Osh on 4 May 2027.\n\n"
    "Following the meeting, the ministers signed an order to set up a coordination group of "
    "the two ministries.\n"
)

_COMMISSION_OF_ANOTHER_DAY = (
    "Ambassador and minister discuss customs\n\n"
    "Georgian Ambassador Levan Beridze and Armenian Finance Minister Vahan Sargsyan met in "
    "Yerevan on 9 March 2027 to discuss the cooperation of the customs services.\n\n"
    "They recalled the agreement on border crossing points signed at the meeting of the "
    "Intergovernmental Commission, which will take place in the autumn.\n"
)


def test_a_joint_body_to_be_set_up_or_of_another_meeting_has_no_co_chairs() -> None:
    """A joint body that is only to be set up, or whose meeting is another one, does not make
    the two sides' heads co-chairs: at one side's home, that side hosts."""
    roles = {p["name"]: p["role"] for p in _facts(_GROUP_TO_BE_SET_UP)["participants"]}
    assert roles == {"Ulan Niyazbekov": "host", "Ramazon Kholov": "attendee"}
    roles = {p["name"]: p["role"] for p in _facts(_COMMISSION_OF_ANOTHER_DAY)["participants"]}
    assert roles == {"Vahan Sargsyan": "host", "Levan Beridze": "attendee"}


_GUEST_HOSTED_BY = (
    "Police chiefs of two states meet\n\n"
    "The delegation of Kazakhstan's Police led by Police Chief Marat Akhmetov was hosted on "
    "12 March 2027 by Kyrgyzstan's minister of internal affairs Ulan Niyazbekov at the ministry "
    "in Bishkek.\n\n"
    "Ulan Niyazbekov said that the two services fight the same threats.\n"
)


def test_the_visiting_delegations_head_hosts_nobody() -> None:
    """At one side's home, the head who led the visiting delegation is the guest, however a
    sentence puts him ("A's delegation was hosted by B", "B received the delegation headed by
    A")."""
    roles = {p["name"]: p["role"] for p in _facts(_GUEST_HOSTED_BY)["participants"]}
    assert roles == {"Marat Akhmetov": "attendee", "Ulan Niyazbekov": "host"}


_DASHED_DATELINE = (
    "TASHKENT -- Tajik Interior Minister Ramazon Kholov attended a session of the Council of "
    "Interior Ministers of the CIS in Tashkent on Friday, a rare visit by a Tajik official.\n\n"
    "The chief of the Uzbek police, Pulat Nazarov, met with Kholov before the session.\n"
)

_AGENCY_DATELINE = (
    "Tajik minister in Tashkent for the CIS meeting\n\n"
    "TASHKENT (RFE/RL)—Tajikistan’s Interior Minister Ramazon Kholov attended a session of "
    "the Council of Interior Ministers of the CIS in Tashkent on Friday.\n\n"
    "The chief of the Uzbek police, Pulat Nazarov, met with Kholov before the session.\n"
)


def test_a_datelines_city_is_no_part_of_a_title() -> None:
    """ "TASHKENT -- Tajik Interior Minister A", "TASHKENT (RFE/RL)—Tajikistan's Interior
    Minister A": the dateline ends before the title, so A is of his own state, not the
    dateline town's."""
    for text in (_DASHED_DATELINE, _AGENCY_DATELINE):
        people = {p["name"]: p for p in _facts(text)["participants"]}
        assert people["Ramazon Kholov"]["country"] == "Tajikistan"
        assert not people["Ramazon Kholov"]["title"].startswith("TASHKENT")


_PRESIDENT_AND_CHAIRMAN = (
    "President hears the anti-corruption chief\n\n"
    "President of Kyrgyzstan Almazbek Toktomatov held a meeting on Tuesday, 2 March 2027, with "
    "Chairman of the Anti-Corruption Service Bakyt Osmonov.\n\n"
    "The President was briefed on the results of the service's work in 2026.\n"
)

_REPORT_TO_THE_PRESIDENT = (
    "MINSK, 12 May (BelTA) - We discussed the joint investigative teams, Chairman of the "
    "Russian Investigative Committee Pavel Orlov told the media after the meeting with "
    "Belarusian President Viktor Lesnik in Minsk on 12 May.\n"
)


def test_a_head_of_state_and_one_official_name_the_meeting() -> None:
    """A head of state hosting one official, no body named: "President of A and <the office
    the official heads>" (of his own state or another's)."""
    assert _facts(_PRESIDENT_AND_CHAIRMAN)["body"] == (
        "President of Kyrgyzstan and Anti-Corruption Service of Kyrgyzstan"
    )
    assert _facts(_REPORT_TO_THE_PRESIDENT)["body"] == (
        "President of Belarus and Investigative Committee of Russia"
    )


_EMBASSY_NAMED = (
    "Kazakh Interior Ministry hosted a meeting with a senior French security official, where "
    "the security of the French Embassy in Astana was discussed on 14 May 2027, the ministry "
    "said.\n\n"
    "At the meeting, the French side thanked Kazakhstan for guarding its diplomats.\n"
)


def test_a_state_known_only_by_its_embassy_meets_as_the_embassy() -> None:
    """Of two states, one with nobody named whose embassy the text names meets the other's
    agency as "Embassy of B in A"."""
    assert _facts(_EMBASSY_NAMED)["body"] == (
        "Interior Ministry of Kazakhstan and Embassy of France in Kazakhstan"
    )


_TODAY_LEAD = (
    "Round table on financial monitoring\n\n"
    "Today, on May 5, 2027, the Round Table: “Financial Monitoring in the Kyrgyz Republic” was "
    "held in Bishkek city. The event was organized by the State Financial Intelligence Service "
    "of the Kyrgyz Republic.\n"
)

_NAME_LEAD = (
    "Rustam Davlatov, Director of the Drug Control Agency (DCA) under the President of "
    "Tajikistan, took part in the 36th International Drug Enforcement Conference held in "
    "Lisbon, Portugal on May 16-18, 2027.\n\n"
    "Davlatov spoke about the drug situation in the region.\n"
)


def test_a_lead_whose_town_is_no_place_is_no_dateline() -> None:
    """ "Today, on May 5, 2027, ...:" and "A, Director of the Agency (DCA) ..." are leads, not
    datelines: the lead's date is the meeting's, and the lead is kept whole."""
    facts = _facts(_TODAY_LEAD)
    assert (facts["date_start"], facts["date_basis"]) == ("2027-05-05", "explicit")
    assert _facts(_NAME_LEAD)["summary"].startswith("Rustam Davlatov, Director")


_WEEKDAY_AND_DAY = (
    "May 20, 2027\n\n"
    "1. The Conference on Border Management was held in Dushanbe, Tajikistan on Tuesday, "
    "April 6.\n"
    "2. Experts of the two states discussed the crossing points.\n"
)

_WIRE_TODAY = (
    "ARMENPRESS\n"
    "ARMENIAN PRESIDENT RECEIVED THE DEFENCE MINISTERS\n"
    "YEREVAN, NOVEMBER 12, ARMENPRESS: Armenian President Aram Sargsyan\n"
    "received today the defence ministers of the CSTO member countries who\n"
    "arrived in Yerevan to take part in the session of the council of\n"
    "defence ministers of the CSTO member countries. The Secretary General\n"
    "of the CSTO Ivan Petrov also took part in the meeting.\n"
    "The president said that the partnership of the armed forces must grow.\n"
)


def test_a_stated_day_beside_a_relative_one_is_the_meetings() -> None:
    """ "on Tuesday, April 6" on a page of May 20, and a wire's "NOVEMBER 12 ... received today"
    on a repost dated by its address: the day the text states, not the page's week."""
    assert _facts(_WEEKDAY_AND_DAY)["date_start"] == "2027-04-06"
    facts = _facts(_WIRE_TODAY, url="https://example.org/2027/11/15/president-received/")
    assert facts["date_start"] == "2027-11-12"


_SPEECH_ACTS = (
    "Council of prosecutors meets in Astana\n\n"
    "The 21st meeting of Prosecutors General of SCO Member States was held in Astana on 14 "
    "September 2027, attended by Prosecutor General of Kyrgyzstan Kurmanbek Sadykov and "
    "Prosecutor General of Tajikistan Rustam Davlatov.\n\n"
    "Deputy Prosecutor General of Uzbekistan Sardor Bekov read out a message of welcome to the "
    "participants.\n\n"
    "During the meeting, Sadykov articulated a series of proposals on joint investigations.\n\n"
    "Rustam Davlatov made a presentation on the return of assets.\n"
)


def test_a_message_read_out_or_a_presentation_made_is_a_speech() -> None:
    """ "read out a message of welcome", "articulated a series of proposals", "made a
    presentation": each speaks at the meeting."""
    roles = {p["name"]: p["role"] for p in _facts(_SPEECH_ACTS)["participants"]}
    assert roles["Sardor Bekov"] == "speaker"
    assert roles["Kurmanbek Sadykov"] == "speaker"
    assert roles["Rustam Davlatov"] == "speaker"
