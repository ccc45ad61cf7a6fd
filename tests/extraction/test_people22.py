"""Participants in English and Russian reports: whole names as the report writes them (long
names of the Gulf and South Asia, Russian names put back in the nominative).

Each text is written for the test (it imitates how news reports are laid out, it copies none).
"""

from __future__ import annotations

from archive.extraction import extract

HEAD = "Emergency officials meet in Baku\n\n"


def _participants(text: str) -> set[str]:
    return {p["name"] for p in extract(HEAD + text).participants}


# --- a name of five words is kept whole ---------------------------------------------------


def test_five_word_name_is_kept_whole() -> None:
    """ "Khalid Ahmed Salem Rashid Al-Nuaimi": an Arab name of given name, father's and
    grandfather's names and family name is one person's name, not its last three words."""
    names = _participants(
        "Minister of Emergency Situations Kamran Aliyev received the guests in Baku on Monday. "
        "The talks were attended by the Director General of the Civil Protection Authority of "
        "the State of Kuwait Khalid Ahmed Salem Rashid Al-Nuaimi and other officials."
    )
    assert "Khalid Ahmed Salem Rashid Al-Nuaimi" in names
