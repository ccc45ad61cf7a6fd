"""Russian reports as unseen real sites write them, in our own words: who only sends a
greeting or receives the delegations, and the days of a session still to come."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.russian.participants import Participant, _decide
from archive.extraction.russian.people import RuPerson


def _decided(cues: set[str]) -> Participant:
    part = Participant(RuPerson(native="А", name="A", surname="А"), title="министр", cues=cues)
    _decide(part, announcement=False)
    return part


@pytest.mark.parametrize(
    ("cues", "participant"),
    [
        # "Приветствие участникам направил А": the sender is not there
        ({"absent", "meeting"}, False),
        # a greeting read out at the session: its reader takes part
        ({"absent", "meeting", "speech"}, True),
        ({"absent", "attend"}, True),
        # a head of government receiving the delegations holds a reception of his own, even
        # when the delegations' "для участия" stands next to his name
        ({"head", "receives", "host", "attend", "meeting"}, False),
        # a head of state who takes part in the session itself
        ({"head", "attend", "meeting"}, True),
    ],
)
def test_who_sends_a_greeting_or_receives_delegations_is_mentioned(
    cues: set[str], participant: bool
) -> None:
    assert _decided(cues).participant is participant


def _date(text: str) -> tuple[str | None, str]:
    result = extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()
    return result["date_start"], result["date_precision"]


def test_the_coming_sessions_days_do_not_date_the_meeting_held() -> None:
    """An experts' meeting held with no day: the days of the session it prepares give only
    the year."""
    text = (
        "Совещание экспертов министерств внутренних дел государств - участников СНГ "
        "состоялось в Минске.\nЭксперты обсудили подготовку предстоящего заседания Совета "
        "министров внутренних дел, которое пройдет в Гродно с 14 по 16 октября 2026 года."
    )
    assert _date(text) == ("2026", "year")


def test_the_announced_sessions_days_date_an_announcement() -> None:
    """An announcement of the session itself keeps its days."""
    text = (
        "В Гродно пройдет заседание Совета министров внутренних дел государств - участников "
        "СНГ.\nЗаседание Совета министров внутренних дел СНГ пройдет в Гродно с 14 по 16 "
        "октября 2026 года."
    )
    assert _date(text) == ("2026-10-14", "day")
