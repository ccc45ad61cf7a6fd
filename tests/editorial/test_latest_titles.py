"""A person's stored "latest known title" is the title of their latest dated meeting, whatever
order the reports came in and whatever an editor changes afterwards."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command

from archive.editorial.refresh import people_of, refresh_latest_titles
from archive.models import Attendance, Participant
from tests.factories import CMVD_KAZINFORM, make_meeting, make_participant

pytestmark = pytest.mark.django_db

# An older report of the same person in an earlier office.
CHSSS_2019 = """\
DUSHANBE, 3 October 2019 (Khovar) - The 47th meeting of the Council of Heads of Security Bodies
and Special Services of the CIS was held in Dushanbe on 3 October 2019.

The meeting was chaired by the Chairman of the State Committee for National Security of
Tajikistan Saimumin Yatimov. Yerzhan Sadenov, the Deputy Minister of Internal Affairs of
Kazakhstan, attended as a guest. Delegations of Russia, Belarus and Kyrgyzstan took part.

The participants discussed countering terrorism and extremism.
"""


def test_a_later_report_of_an_earlier_meeting_does_not_win(reference_data, tmp_path):
    """The 2019 report is imported first, the 2024 one after: the stored title is 2024's."""
    for name, text in (("older", CHSSS_2019), ("newer", CMVD_KAZINFORM)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{name}.txt").write_text(text)
        call_command("import_reports", str(folder), "--status", "published", "--quiet")
    titles = dict(
        Attendance.objects.filter(participant__name__endswith="Sadenov").values_list(
            "meeting__date_start__year", "title"
        )
    )
    assert titles[2019] != titles[2024]
    person = Participant.objects.get(name__endswith="Sadenov")
    assert person.title == titles[2024]


def test_refresh_follows_dates_and_leaves_curated_titles(reference_data):
    """The latest dated meeting's title wins, also after an editor moves a date; a curated
    title stays."""
    person = make_participant("Ivan Kubrakov")
    curated = make_participant("Oleg Curated", title="Chosen by an editor")
    curated.mark_curated("title")
    curated.save()
    first = make_meeting(date_start=datetime.date(2020, 1, 1))
    second = make_meeting(date_start=datetime.date(2022, 1, 1))
    for meeting, title in ((first, "Deputy Minister"), (second, "Minister")):
        for who in (person, curated):
            Attendance.objects.create(
                meeting=meeting, participant=who, name_as_written=who.name, title=title
            )
        meeting.refresh_facet_keys()
    assert refresh_latest_titles() == 1  # the curated one is left alone
    person.refresh_from_db()
    assert person.title == "Minister"
    first.date_start = datetime.date(2023, 1, 1)
    first.save()
    assert refresh_latest_titles(people_of([first.pk])) == 1
    person.refresh_from_db()
    curated.refresh_from_db()
    assert person.title == "Deputy Minister"
    assert curated.title == "Chosen by an editor"
