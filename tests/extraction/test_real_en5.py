"""Own-words reports and rules for English reports of meetings between a few states' agencies:
bodies named by the officials' agencies (one side untitled, a police service of its own, the
occasion on whose sidelines they met), another organization's council of CIS-like words,
datelines that name the venue, and lists of the organizations taking part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.extraction import decode_report, default_lexicon, extract
from archive.extraction.body_kinds import kind_in
from archive.extraction.datelines import find_dateline, lone_dateline, lone_dateline_city
from archive.extraction.scoring import score

REPORTS = Path(__file__).parent / "reports"

STRUCTURES = [
    "real_other_owner_council_1",  # "Council of Heads of Customs of ECO (CHCA)": not the CIS's
    "real_sidelines_pair_1",  # "on the sidelines of the 70th session of ..., A met B"
    "real_framework_pair_1",  # "Prosecutors General of A and B, X and Y"; "within the framework"
    "real_police_side_1",  # "Chief of Police of Armenia ... received in Yerevan the delegation"
    "real_untitled_side_agency_1",  # "officials of Tajikistan counter-narcotics agency"; visited
    "real_chairs_no_country_1",  # "Secretary of the Security Council X" chairs: the host state's
    "real_lone_agency_dateline_1",  # "Baku. TurkicWorld:" on a line of its own
    "real_caps_agency_dateline_1",  # "YEREVAN, APRIL 12, ARMENPRESS."; the lead tells a visit
    "real_owner_bodies_list_1",  # "representatives of the CIS bodies (Executive Committee, ...)"
    "real_bullet_participants_1",  # "attended by representatives of:" then "- ..." items
    "real_wreath_head_of_state_1",  # "laid flowers paying tribute to X"; "Head of our State, Y"
    "real_held_between_titles_1",  # "a meeting was held in Osh between the chairman of ... A, ..."
    "real_kind_of_states_met_1",  # headline "Customs officers of A, B and C met at the junction"
    "real_bracket_dateline_earlier_1",  # "MINSK (Wire - 06th May, 2027)"; "Earlier in the day"
    "real_official_visit_day_1",  # "On March 22, ... arrived ... on a two-day official visit"
    "real_town_before_name_1",  # "In Marijampole Oleh Marchenko, Head of ..., met with"
    "real_one_state_office_1",  # a minister meets "the OSCE Programme Office in Dushanbe"
    "real_possessive_names_glossed_city_1",  # "in Kazakhstan’s southern city, Shymkent,"
    "real_gloss_in_heads_1",  # "Meeting of the Heads (Senior Chiefs of Staff) of the ..."
    "real_other_side_untitled_1",  # the visitor named bare; only the headline says whose head
    "real_paraphrased_council_1",  # "Council of empowered bodies counteracting ... – CSTO members"
]


@pytest.mark.parametrize("name", STRUCTURES)
def test_real_structure_extracted_exactly(name: str) -> None:
    """The report's extraction has no wrong, missing or invented fact."""
    text = decode_report((REPORTS / f"{name}.txt").read_bytes())
    gold = json.loads((REPORTS / f"{name}.json").read_text(encoding="utf-8"))
    scores = score([(name, extract(text, file=f"{name}.txt").to_dict(), gold)])
    assert scores.failures == []
    assert scores.mentioned_as_participant == []
    assert scores.invented_dates == []


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
