"""Meetings of one office across an organisation's member states: how they are named, and how
the office-holders tell them from the organisation's other bodies."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.cleaning import clean
from archive.extraction.context import Context
from archive.extraction.member_meetings import member_meetings


def _meetings(text: str) -> list[tuple[str, bool]]:
    lex = default_lexicon()
    return [(m.name, m.ref >= 0) for m in member_meetings(Context(clean(text), lex))]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The meeting of interior ministers of the SCO member states opened in Astana.",
            "Meeting of Interior Ministers of SCO Member States",
        ),
        (
            "The fourth meeting of the ministers of internal affairs and public security of the"
            " member states of the Shanghai Cooperation Organization (SCO) began in Tashkent.",
            "Meeting of Interior Ministers of SCO Member States",
        ),
        (
            "A meeting of the heads of border services of the SCO member countries ended.",
            "Meeting of Heads of Border Services of Competent Authorities of SCO Member States",
        ),
        (
            "Security council secretaries of the SCO member states met in Beijing on Monday.",
            "Meeting of Secretaries of Security Councils of SCO Member States",
        ),
        # an organisation's standing body for the office-holders is that body
        (
            "The meeting of interior ministers of the CIS member states opened in Minsk.",
            "CIS Council of Interior Ministers",
        ),
        (
            "The session of prosecutors general of the CIS member states opened in Baku.",
            "Coordination Council of Prosecutors General of the CIS",
        ),
        (
            "The meeting of secretaries of security councils of the CSTO member states began.",
            "CSTO Committee of Secretaries of Security Councils",
        ),
    ],
)
def test_a_known_format_or_standing_body_is_named_canonically(sentence: str, name: str) -> None:
    assert _meetings(sentence) == [(name, True)]


def test_a_format_the_gazetteer_lacks_gets_a_descriptive_name_for_review() -> None:
    text = "The meeting of prosecutors general of the CSTO member states was held in Yerevan."
    assert _meetings(text) == [("Meeting of Prosecutors General of CSTO Member States", False)]
    text = "The heads of border services of the CSTO member states met in Minsk."
    assert _meetings(text) == [("Meeting of Heads of Border Services of CSTO Member States", False)]


def test_office_holders_without_an_organisation_make_no_member_meeting() -> None:
    assert _meetings("The meeting of interior ministers of Kazakhstan and Russia opened.") == []
    assert _meetings("The SCO member states discussed border security at the meeting.") == []


def test_sco_prosecutors_are_not_the_cis_prosecutors_council() -> None:
    text = (
        "Prosecutors general of SCO states meet\n\n"
        "The 18th meeting of prosecutors general of the SCO member states opened in Minsk on"
        " 4 June 2027. The Coordination Council of Prosecutors General of the CIS sent its"
        " greetings to the participants."
    )
    assert extract(text).to_dict()["body"] == "Meeting of Prosecutors General of SCO Member States"


def test_an_experts_meeting_for_a_member_meeting_stays_the_experts() -> None:
    text = (
        "On 15 April 2027 the SCO RATS Executive Committee hosted an expert meeting on"
        " preparations for the Meeting of Security Council Secretaries of SCO Member States."
    )
    body = extract(text).to_dict()["body"]
    assert body == "Experts of the Meeting of Secretaries of Security Councils of SCO Member States"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The 14th meeting of Chairmen of the Supreme Courts of the SCO member states was"
            " held in Sochi.",
            "Meeting of Chairpersons of Supreme Courts of SCO Member States",
        ),
        (
            "Uzbekistan takes part in the meeting of SCO Supreme Courts chiefs in Astana.",
            "Meeting of Chairpersons of Supreme Courts of SCO Member States",
        ),
        (
            "The meeting of heads of emergency agencies of the SCO member states opened.",
            "Meeting of Heads of Emergency Agencies of SCO Member States",
        ),
        (
            "He took part in the 22nd meeting of the SCO Prosecutor Generals held in Bishkek.",
            "Meeting of Prosecutors General of SCO Member States",
        ),
    ],
)
def test_courts_emergency_agencies_and_plural_offices_are_member_meetings(
    sentence: str, name: str
) -> None:
    assert [found for found, _ in _meetings(sentence)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "В Душанбе открылось совещание председателей верховных судов государств-членов ШОС.",
            "Meeting of Chairpersons of Supreme Courts of SCO Member States",
        ),
        (
            "В Кыргызстане пройдет встреча министров МЧС стран ШОС.",
            "Meeting of Heads of Emergency Agencies of SCO Member States",
        ),
        (
            "Прошло совещание руководителей чрезвычайных ведомств государств-членов ШОС.",
            "Meeting of Heads of Emergency Agencies of SCO Member States",
        ),
    ],
)
def test_russian_courts_and_emergency_agencies_are_member_meetings(text: str, name: str) -> None:
    # the reference data knows some of these formats by their Russian names; the member
    # state format names the others
    assert extract(text).to_dict()["body"] == name
