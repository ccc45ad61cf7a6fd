"""A meeting is named for what it was (session, convening body, city); a report's headline is
the report's title, and names the meeting only when no body is known and it reads as a title."""

import pytest

from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.ingest.titles import meeting_title, session_of, title_weakness
from archive.models import Meeting, SourceDocument

# Paragraphs on one line each, as pages give them. A news angle for a headline, over a report
# that names the body, its session and the city.
ANGLED_HEADLINE = """\
A shield for honest citizens, a sword for the underworld

Bishkek, 14 September 2017. The 42nd meeting of the Council of Heads of Security Bodies and \
Special Services of the CIS was held in Bishkek on 14 September. Delegations of Armenia, \
Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan discussed countering terrorism.
"""

# The same kind of page with a site's furniture where the headline would be, and no body named.
FURNITURE_HEADLINE = """\
Home | News | Contacts

Tashkent, 3 March 2019. Interior Minister Pulat Bobojonov of Uzbekistan received the visiting \
First Deputy Interior Minister of Kazakhstan, Marat Kozhayev, in Tashkent on 3 March. The two \
discussed border crime and the exchange of information.
"""


@pytest.mark.django_db
def test_a_meeting_is_named_for_its_session_not_for_a_reports_news_angle(reference_data):
    outcome = ReportImporter(status="published").import_report(
        Report(name="angle.txt", text=ANGLED_HEADLINE)
    )
    assert not outcome.failed and not outcome.unsorted, outcome.reason
    meeting = Meeting.objects.get()
    assert meeting.title == (
        "42nd meeting of the Council of Heads of Security Bodies and Special Services of the "
        "CIS in Bishkek"
    )
    # The headline stays the report's own title.
    assert SourceDocument.objects.get().title == (
        "A shield for honest citizens, a sword for the underworld"
    )


@pytest.mark.django_db
def test_furniture_where_the_headline_would_be_never_names_a_meeting(reference_data):
    outcome = ReportImporter(status="published").import_report(
        Report(name="furniture.txt", text=FURNITURE_HEADLINE)
    )
    assert not outcome.failed and not outcome.unsorted, outcome.reason
    title = Meeting.objects.get().title
    assert "|" not in title and "Home" not in title
    assert title.endswith("in Tashkent")


@pytest.mark.parametrize(
    ("data", "body", "title"),
    [
        (
            {"ordinal": 55, "city": "Astana", "title": "CIS security chiefs convene"},
            "Council of Heads of Security Bodies and Special Services of the CIS",
            "55th meeting of the Council of Heads of Security Bodies and Special Services of "
            "the CIS in Astana",
        ),
        (
            {"title": "Kolokoltsev: we will work together"},
            "CIS Council of Interior Ministers",
            "Meeting of the CIS Council of Interior Ministers",
        ),
        (
            {"ordinal": 8, "city": "Khiva"},
            "Regional Meeting of Heads of Border Agencies of CIS Member States",
            "8th Regional Meeting of Heads of Border Agencies of CIS Member States in Khiva",
        ),
        ({"city": "Lyon"}, "Interpol", "Meeting of Interpol in Lyon"),
        (
            {"title": "Uzbek and Tajik ministers hold talks", "city": "Dushanbe"},
            None,
            "Uzbek and Tajik ministers hold talks",
        ),
        (
            {"title": "Home | News | English", "countries": ["Russia", "Kazakhstan"]},
            None,
            "Meeting of Kazakhstan and Russia",
        ),
        ({"title": "Federal Customs Service", "city": "Minsk"}, None, "Meeting in Minsk"),
        ({"title": "Interior ministers met in"}, None, "Meeting"),
    ],
)
def test_meeting_title(data, body, title):
    assert meeting_title(data, body, frozenset({"federal customs service"})) == title


def _person(name: str) -> tuple[dict, tuple]:
    """A merged participant as set_scalars holds it: the person, and where a report names him."""
    return {"name": name, "role": "attendee"}, ("report.txt", None)


@pytest.mark.parametrize(
    ("data", "title"),
    [
        # One state is no body: its people, when the report names few, tell the meeting.
        (
            {
                "countries": ["Uzbekistan"],
                "city": "Tashkent",
                "participants": [_person("Ramazon Ashropov"), _person("Kim Jeong-do")],
            },
            "Meeting with Ramazon Ashropov and Kim Jeong-do in Tashkent",
        ),
        (
            {"countries": ["Tajikistan"], "city": "Paris", "participants": []},
            "Meeting with officials of Tajikistan in Paris",
        ),
        (
            {
                "countries": ["Georgia"],
                "participants": [_person(f"Person Number{i}") for i in range(5)],
            },
            "Meeting with officials of Georgia",
        ),
        # No state at all, but the people taking part are known.
        ({"participants": [_person("Ivan Petrov")]}, "Meeting with Ivan Petrov"),
        # Two states or more: the states, as before, whoever their people are.
        (
            {"countries": ["Russia", "Armenia"], "participants": [_person("Ivan Petrov")]},
            "Meeting of Armenia and Russia",
        ),
    ],
)
def test_a_bodyless_meeting_of_one_state_is_never_named_as_if_the_state_were_its_body(data, title):
    assert meeting_title(data, None) == title


def test_a_body_named_with_the_article_is_not_given_a_second_one():
    assert session_of("The Council of Interior Ministers", 3) == (
        "3rd meeting of the Council of Interior Ministers"
    )


def test_a_headline_that_is_a_bodys_bare_name_is_weak():
    assert title_weakness("The Federal Customs Service", frozenset({"federal customs service"}))


def test_a_bodyless_meetings_address_names_its_city_once():
    """The title of a meeting with no body already ends "in Minsk": the address adds no second
    "minsk"; a headline that does not name the city still gets it."""
    import datetime as dt

    from archive.ingest.merging import slug_text
    from archive.models.base import slug_base

    month = Meeting.DatePrecision.MONTH
    named = Meeting(
        title="Meeting of Belarus and Tajikistan in Minsk",
        city="Minsk",
        date_start=dt.date(2025, 12, 1),
        date_precision=month,
    )
    assert slug_base(slug_text(named)) == "2025-12-meeting-of-belarus-and-tajikistan-in-minsk"
    headline = Meeting(
        title="Uzbek and Tajik ministers hold talks",
        city="Dushanbe",
        date_start=dt.date(2025, 12, 1),
        date_precision=month,
    )
    assert slug_base(slug_text(headline)) == (
        "2025-12-uzbek-and-tajik-ministers-hold-talks-dushanbe"
    )


def test_a_long_titles_address_ends_on_a_whole_word_before_the_city():
    """A headline longer than the address keeps of it is cut between words, not inside one
    ("...-v-bend-bendery")."""
    import datetime as dt

    from archive.ingest.merging import slug_text
    from archive.models.base import slug_base

    meeting = Meeting(
        title="Political representatives for the settlement of the conflict met again in Bendery",
        city="Bendery",
        date_start=dt.date(2017, 7, 13),
        date_precision=Meeting.DatePrecision.DAY,
    )
    assert slug_base(slug_text(meeting)) == (
        "2017-07-13-political-representatives-for-the-settlement-of-the-conflict-met-again-in-"
        "bendery"
    )
