"""Own-words rules for English reports: a page's date stamp written year first, or standing
alone under an undated article; the lead's "today" whatever its verb; a lead in the present
perfect ("A and B have discussed") as the news of its wire dateline's day and town, unless it
relays what a source said; a signing told in the lead as the meeting's act, for its day and
its town; a meeting held at one state's agency is held in that state, and one where a state's
official receives the guests, in his state."""

from __future__ import annotations

import datetime as dt

import pytest

from archive.extraction import extract
from archive.extraction.cleaning import clean
from archive.extraction.dates import stamp_dates


def _facts(text: str) -> dict:
    return extract(text, file="t.txt").to_dict()


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2016.03.10 / 17:38", dt.date(2016, 3, 10)),
        ("Source:Agency Published: 2018/8/4 15:39:12", dt.date(2018, 8, 4)),
    ],
)
def test_year_first_stamp(line: str, day: dt.date) -> None:
    """A stamp with the year first is year, month, day."""
    assert [d for _, _, d in stamp_dates(line)] == [day]


def test_year_first_stamp_needs_a_calendar_day() -> None:
    """No thirteenth month; a version number's dotted digits are no date."""
    assert stamp_dates("2016.13.10") == []
    assert stamp_dates("v1.2016.03.10.4") == []


_ARTICLE = (
    "The Chief of the Border Service of Kazakhstan Nurlan Beisenov met with the Chief of the "
    "State Border Service of Turkmenistan Batyr Orazov to discuss the common border.\n\n"
    "They reviewed the exchange of information on smuggling across the border.\n\n"
)


def test_lone_date_under_the_article_is_the_page_date() -> None:
    """An unlabelled date line under an undated article is the page's own stamp."""
    doc = clean(_ARTICLE + "4th February 2027\n\nClose Search Window\n")
    assert (doc.publication_date, doc.publication_source) == (dt.date(2027, 2, 4), "footer")


def test_two_lone_dates_under_the_article_date_nothing() -> None:
    """Two different dates alone under the article (a list of other items): neither is taken."""
    doc = clean(_ARTICLE + "4th February 2027\n\nAnother story\n\n6th February 2027\n")
    assert doc.publication_date is None


def test_a_header_stamp_outranks_a_lone_date_below() -> None:
    """The page's header stamp stands; a date alone under the article does not replace it."""
    doc = clean("Published: 03.02.2027\n\n" + _ARTICLE + "4th February 2027\n")
    assert doc.publication_date == dt.date(2027, 2, 3)


def test_lead_today_dates_a_signing() -> None:
    """ "was signed today" in the lead dates what the lead tells, with no meeting word."""
    text = (
        "date 2027-03-02 An agreement between the customs services of Tajikistan and Pakistan "
        "was signed today in Dushanbe.\n\nThe agreement provides for the exchange of customs "
        "information.\n"
    )
    facts = _facts(text)
    assert (facts["date_start"], facts["date_basis"]) == ("2027-03-02", "publication")
    assert facts["city"] == "Dushanbe"


def test_relayed_lead_under_a_dateline_gives_no_town() -> None:
    """ "have discussed ..., the press service said": the desk's town is not the venue."""
    text = (
        "MOSCOW, Nov. 27 (Agency) - The interior ministers of Russia and Belarus have discussed "
        "border security, the press service of the ministry said.\n\nThey agreed on joint "
        "measures.\n"
    )
    assert _facts(text)["city"] is None


def test_own_lead_under_a_dateline_gives_its_town_and_day() -> None:
    """The same lead told as the correspondent's own news: the dateline's town and day."""
    text = (
        "date 2027-11-27 MOSCOW, Nov. 27 (Agency) - The interior ministers of Russia and "
        "Belarus have discussed border security.\n\nThey agreed on joint measures.\n"
    )
    facts = _facts(text)
    assert facts["city"] == "Moscow"
    assert (facts["date_start"], facts["date_basis"]) == ("2027-11-27", "dateline")


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("A meeting with the delegation was held at the State Migration Service of "
         "Turkmenistan.", "Turkmenistan"),
        ("A plan was signed as part of a meeting of the heads of the border authorities from "
         "Romania and Moldova at the headquarters of the Romanian Border Police.", "Romania"),
    ],
)  # fmt: skip
def test_meeting_held_at_a_states_agency(sentence: str, venue: str) -> None:
    """A meeting held at one state's agency, with no town named, is held in that state."""
    text = sentence + "\n\nThe parties discussed border security and migration.\n"
    assert _facts(text)["venue_country"] == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Tajik President Karim Nazarov today received visiting Russia's Security Council "
         "Secretary Pavel Orlov.", "Tajikistan"),
        ("The delegation of Armenia's Police led by Police Chief Aram Petrosyan was hosted today "
         "by Georgia's minister of internal affairs Levan Beridze at the ministry.", "Georgia"),
    ],
)  # fmt: skip
def test_receiving_officials_state_is_the_venue(text: str, venue: str) -> None:
    """Whoever receives the guests, with no town named, receives them in his own state."""
    assert _facts(text + "\n\nThey discussed border security.\n")["venue_country"] == venue


def test_received_information_places_nothing() -> None:
    """ "received" without an official receiving anyone says nothing of the venue."""
    text = (
        "The Interior Ministry of Belarus received 40 requests for extradition from Russia."
        "\n\nThe ministers met to discuss border security.\n"
    )
    assert _facts(text)["venue_country"] is None


# A meeting told without its day, beside the date of the earlier session whose protocol it
# carries out ("held as part of the implementation of the protocol of the 9th meeting of ...,
# held on 3-4 October 2026", "a follow-up to the Protocol of the 13th session ... held in
# November 2025"): that date is the earlier session's.
_FOLLOW_UP = (
    " date 2027-03-16 Border delegations of Tajikistan and Uzbekistan met in Khujand to agree"
    " on joint patrols along the common border.\n\n"
    "The meeting was held {frame} the 9th meeting of the Tajik-Uzbek Intergovernmental"
    " Commission, held on 3-4 October 2026 in Samarkand.\n\n"
    "The sides agreed to exchange information on illegal crossings.\n"
)


@pytest.mark.parametrize(
    "frame",
    ["as part of the implementation of the protocol of", "as a follow-up to the protocol of"],
)
def test_the_date_of_the_session_whose_protocol_is_carried_out_is_not_the_meetings(frame):
    facts = _facts(_FOLLOW_UP.format(frame=frame))
    assert (facts["date_start"], facts["date_precision"], facts["date_basis"]) == (
        "2027-03",
        "month",
        "inferred",
    )
