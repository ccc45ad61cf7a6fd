"""Own-words reports and rules for English reports of meetings between a few states' agencies:
bodies named by the officials' agencies (one side untitled, a police service of its own, the
occasion on whose sidelines they met), another organization's council of CIS-like words,
datelines that name the venue, and lists of the organizations taking part."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.body_kinds import kind_in
from archive.extraction.datelines import find_dateline, lone_dateline, lone_dateline_city


def _ref(name: str) -> int:
    lex = default_lexicon()
    return next(i for i, org in enumerate(lex.org_list) if org.name == name)


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("the Council of Heads of Customs of ECO (CHCA) met", True),
        ("the Council of Prosecutors General of the Organization of Turkic States", True),
        ("the Council of Heads of Customs of the CIS member states", False),
        ("the Council of Heads of Customs of Kazakhstan's neighbours", False),
    ],
)
def test_council_words_going_on_to_name_another_owner(text: str, owned: bool) -> None:
    """A CIS council's words followed by another organization's name are that one's council;
    followed by the CIS or by no organization, they stay the CIS's."""
    index = default_lexicon().name_index
    ref = _ref("Council of Heads of Customs Services of the CIS")
    start = text.index("Council")
    end = start + len("Council of Heads of Customs")
    if "Prosecutors" in text:
        ref = _ref("Coordination Council of Prosecutors General of the CIS")
        end = start + len("Council of Prosecutors General")
    assert index.owned_by_another(ref, text, start, end) is owned


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Chief of Police of Armenia", "police"),
        ("Head of Police", "police"),
        ("Police Colonel-General", "interior"),
        ("Minister of Internal Affairs, Police Colonel-General", "interior"),
        ("Head of the Main Police Department of the Interior Ministry", "interior"),
        ("director of the Georgian MIA Central Criminal Police Department", "interior"),
    ],
)
def test_police_service_of_its_own(title: str, kind: str | None) -> None:
    """A title naming the police and no ministry is a police service; a ministry's police
    department, or a police rank (held in an interior ministry), is not."""
    found = kind_in(title)
    assert (found.key if found else None) == kind


@pytest.mark.parametrize(
    ("line", "city"),
    [("Baku. TurkicWorld:", "Baku"), ("Tbilisi, February 28, AZERTAC", "Tbilisi")],
)
def test_dateline_on_a_line_of_its_own(line: str, city: str) -> None:
    """A city and an agency's name (with a date or a colon) on a line of their own."""
    assert lone_dateline(line)
    assert lone_dateline_city(line) == city


@pytest.mark.parametrize("line", ["Latest News:", "Read also:", "Baku. Photos:"])
def test_label_lines_are_no_datelines(line: str) -> None:
    """A label with a colon names no agency: no dateline."""
    assert not lone_dateline(line)


def test_bracketed_dateline_without_a_comma() -> None:
    """ "MINSK (Agency / Wire - 04th May, 2023) The ...": the city, then the day in brackets."""
    para = "MINSK (Wire Digest / Newsline - 04th May, 2023) The border agencies met."
    city, end, date_start, date_end = find_dateline(para)
    assert city == "MINSK"
    assert para[end:].startswith("The border")
    assert para[date_start:date_end] == "04th May, 2023"


def test_brackets_without_a_date_make_no_dateline() -> None:
    """ "MINSK (Reuters) The ...": no day in the brackets, no dateline of this form."""
    assert find_dateline("Minsk (Reuters) The talks were held.") is None


def test_capitals_dateline_with_agency_after_a_comma() -> None:
    """ "YEREVAN, FEBRUARY 23, ARMENPRESS. The ...": the dateline ends after the agency."""
    para = "YEREVAN, FEBRUARY 23, ARMENPRESS. The delegation arrived."
    city, end, date_start, date_end = find_dateline(para)
    assert city == "YEREVAN"
    assert para[end:].startswith("The delegation")
    assert para[date_start:date_end] == "FEBRUARY 23"


@pytest.mark.parametrize(
    "text",
    [
        # in a third country: neither side is at home
        "Director of the Drug Control Agency of Tajikistan Farrukh Safarov met with Russian "
        "Deputy Minister of Internal Affairs Oleg Sidorov in Vienna on 14 March 2027. They "
        "discussed drug trafficking.",
        # no place at all
        "The Prosecutor General of Kyrgyzstan Almaz Japarov met with the Prosecutor General of "
        "Azerbaijan Kamal Huseynov on 2 May 2027. They signed a cooperation programme.",
    ],
)
def test_two_sides_meeting_away_from_both_nobody_hosts_or_chairs(text: str) -> None:
    """Two states' heads meeting in a third country, or where the text does not say, and not
    as a joint body: both attend; the one who "met with" the other does not host."""
    roles = {p["name"]: p["role"] for p in extract(text).to_dict()["participants"]}
    assert len(roles) == 2
    assert set(roles.values()) == {"attendee"}


def test_meeting_led_by_its_chair() -> None:
    """ "The agenda of the meeting, led by Committee Chairman X, was approved": X chairs, and,
    with no country stated, represents the host state; the head of a delegation does not."""
    text = (
        "The 5th meeting of the Council of Heads of Customs of ECO was held in Tehran on 3 May "
        "2027. The agenda of the meeting, led by Committee Chairman Reza Karimi, was approved. "
        "A delegation led by Deputy Chairman of the Federal Board of Revenue of Pakistan Imran "
        "Qureshi attended."
    )
    people = {p["name"]: p for p in extract(text).to_dict()["participants"]}
    assert people["Reza Karimi"]["role"] == "chair"
    assert people["Reza Karimi"]["country"] == "Iran"
    assert people["Imran Qureshi"]["role"] == "attendee"


def test_the_visits_programme_gives_no_topic() -> None:
    """A wreath laid at a memorial complex on the visit beside the talks is no subject of the
    meeting; what the sides discussed is."""
    text = (
        "Georgian minister visits Yerevan\n\nYEREVAN, MAY 4, NEWSDESK. The delegation of the "
        "Georgian interior ministry laid a wreath at the eternal fire of the memorial complex "
        "to the victims of the war.\n\nOn 4 May 2027, Chief of Police of Armenia Karen "
        "Hovsepyan received Minister of Internal Affairs of Georgia Davit Lomidze. The sides "
        "discussed the fight against drug trafficking."
    )
    assert extract(text).to_dict()["topics"] == ["drug-trafficking"]
