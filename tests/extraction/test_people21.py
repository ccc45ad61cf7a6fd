"""Participants in English and Russian reports: name forms of the region's partners, offices
under a head of state, and the near misses that must not count.

Each text is written for the test (it imitates how news reports are laid out, it copies none).
"""

from __future__ import annotations

from archive.extraction import extract

HEAD = "Border officials meet in Tashkent\n\n"


def _participants(text: str) -> set[str]:
    return {p["name"] for p in extract(HEAD + text).participants}


# --- given names of partner states, family names that come first ----------------------------


def test_partner_given_names_are_read_as_names() -> None:
    """European, Iranian and Turkish given names ("Linda", "Majid", "Necmi") start a name as
    the region's own do, so the officials they name take part."""
    names = _participants(
        "Interior Minister Pulat Bobojonov received the delegations in Tashkent on Monday. Linda "
        "Brockhurst represented the training centre at the meeting, Majid Rostamani represented "
        "the Iranian border police, and Necmi Dural represented the Turkish border directorate."
    )
    assert {"Linda Brockhurst", "Majid Rostamani", "Necmi Dural"} <= names


def test_east_asian_family_name_first_is_read_as_a_name() -> None:
    """A Chinese or Korean family name written first ("Guo Lanfeng", "Kim Sung Ho") makes a
    name as a given name does."""
    names = _participants(
        "Interior Minister Pulat Bobojonov received the delegations in Tashkent on Monday. Kim "
        "Sung Ho represented the Korean immigration service at the meeting, and Guo Lanfeng "
        "represented the Chinese police."
    )
    assert {"Kim Sung Ho", "Guo Lanfeng"} <= names


def test_initials_before_a_given_name_stay_in_the_name() -> None:
    """ "Under Secretary of State R. Nicholas Kline": the initial before the given name is part
    of the name, not a word of the title."""
    names = _participants(
        "The working group met in Tashkent. Under Secretary of State R. Nicholas Kline "
        "represented the American side at the meeting."
    )
    assert "R. Nicholas Kline" in names
