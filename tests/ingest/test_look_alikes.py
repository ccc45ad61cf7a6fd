"""Reports of one meeting that the extractor read differently enough not to attach them (one
dated to the month and one to the day, one with no town or no date) still reach an editor as
"possible same meeting" when nothing in them contradicts it."""

from __future__ import annotations

import pytest

from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import Meeting

COUNCIL_IN_JUNE = """\
The CIS Council of Interior Ministers met in Minsk in June 2027.

The meeting was chaired by the Minister of Internal Affairs of Belarus Ivan Kubrin. Delegations of
Russia, Kazakhstan and Uzbekistan took part.
"""

COUNCIL_ON_THE_DAY = """\
MINSK, 5 June 2027 - The CIS Council of Interior Ministers met in Minsk on 5 June 2027.

The meeting was chaired by the Minister of Internal Affairs of Belarus Ivan Kubrin. Delegations of
Russia, Kazakhstan and Uzbekistan took part.
"""

COUNCIL_IN_JULY = COUNCIL_IN_JUNE.replace("June", "July")

COUNCIL_ON_THE_DAY_NO_TOWN = """\
The CIS Council of Interior Ministers met on 5 June 2027.

The meeting was chaired by the Minister of Internal Affairs of Belarus Ivan Kubrin. Delegations of
Russia, Kazakhstan and Uzbekistan took part.
"""

# The same sitting told with neither a town nor a date.
COUNCIL_NOWHERE = """\
The CIS Council of Interior Ministers held a sitting on the fight against cybercrime.

The meeting was chaired by the Minister of Internal Affairs of Belarus Ivan Kubrin. The ministers
of Russia, Kazakhstan and Uzbekistan took part.
"""

COUNCIL_NOWHERE_AGAIN = """\
Ivan Kubrin, the Minister of Internal Affairs of Belarus, chaired a sitting of the CIS Council of
Interior Ministers, where the fight against drug trafficking was discussed.
"""


def _import_two(first: str, second: str) -> tuple[Meeting, Meeting]:
    importer = ReportImporter(status="published")
    made = importer.import_report(Report(name="first.txt", text=first))
    later = importer.import_report(Report(name="second.txt", text=second))
    assert made.action == later.action == "created", (made.reason, later.reason)
    return Meeting.objects.get(pk=made.meeting_id), Meeting.objects.get(pk=later.meeting_id)


@pytest.mark.parametrize(
    "first, second",
    [(COUNCIL_IN_JUNE, COUNCIL_ON_THE_DAY), (COUNCIL_ON_THE_DAY, COUNCIL_IN_JUNE)],
    ids=["day after month", "month after day"],
)
def test_a_meeting_known_to_the_month_and_one_known_to_the_day_go_to_review(
    reference_data, first, second
):
    earlier, later = _import_two(first, second)
    assert list(later.possible_duplicates.all()) == [earlier]


def test_another_month_is_another_meeting(reference_data):
    earlier, later = _import_two(COUNCIL_ON_THE_DAY, COUNCIL_IN_JULY)
    assert not later.possible_duplicates.exists()


@pytest.mark.parametrize(
    "first, second",
    [
        (COUNCIL_NOWHERE, COUNCIL_NOWHERE_AGAIN),
        (COUNCIL_NOWHERE, COUNCIL_ON_THE_DAY_NO_TOWN),
    ],
    ids=["undated after undated", "dated after undated"],
)
def test_a_body_and_a_person_tie_reports_that_tell_no_town(reference_data, first, second):
    """Neither a town nor a date to compare: the same body and one of the same people make the
    two a pair for an editor (never one meeting)."""
    earlier, later = _import_two(first, second)
    assert list(later.possible_duplicates.all()) == [earlier]


def test_a_report_with_no_date_at_all_is_not_tied_to_the_persons_dated_meetings(reference_data):
    """With neither a date nor a publication date, the chair's dated sittings of the body are
    any of them or none: no pair for an editor."""
    earlier, later = _import_two(COUNCIL_ON_THE_DAY, COUNCIL_NOWHERE)
    assert not later.possible_duplicates.exists()
