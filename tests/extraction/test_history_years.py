"""A history sentence gives no date to the meeting, however it is worded."""

from __future__ import annotations

import pytest

from archive.extraction import extract


@pytest.mark.parametrize(
    "history",
    [
        "Set up in 2015, the council brings together five states.",
        "The council, formed in 2015, brings together five states.",
        "The council was initially set up in 2015 at a meeting in Astana.",
    ],
)
def test_a_founding_year_is_no_meeting_date(history: str) -> None:
    text = (
        "Penitentiary heads to meet in Minsk\n\n"
        "MINSK (Agency) - The heads of penitentiary services of the CIS states will discuss the"
        f" exchange of experience at the council's next sitting in Minsk. {history}"
    )
    assert extract(text).to_dict()["date_start"] != "2015"
