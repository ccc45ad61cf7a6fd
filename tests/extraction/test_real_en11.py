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
