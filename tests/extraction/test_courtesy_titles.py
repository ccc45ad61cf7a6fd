"""A courtesy word between a title and a name ("Head of the Service Mr. A") belongs to neither:
the title ends before it, the name after it, and a side named from the title carries no "Mr"."""

from __future__ import annotations

from archive.extraction import extract

VISIT = (
    "Yerevan – On 14 March 2023, the Regional Coordinator of the International Organization for "
    "Migration for the South Caucasus Mr. Ivo Kraan held a meeting with the Head of the State "
    "Migration Service of Armenia Mr. Armen Ghazaryan.\n\n"
    "The parties discussed the management of labour migration and the return of irregular "
    "migrants."
)

WORKING_MEETING = (
    "Dushanbe, 3 June 2021 – The Director of the Drug Control Agency of Tajikistan held a working "
    "meeting with the Representative of the UNODC Regional Office in Central Asia Ms. Laura "
    "Keller.\n\n"
    "The sides discussed the drug situation in the region and joint operations against "
    "trafficking of heroin from Afghanistan."
)


def _people(result):
    return {p["name"]: p for p in result.participants}


def test_titles_end_before_the_courtesy_word() -> None:
    people = _people(extract(VISIT))
    assert people["Armen Ghazaryan"]["title"] == "Head of the State Migration Service of Armenia"
    assert people["Armen Ghazaryan"]["country"] == "Armenia"
    kraan = people["Ivo Kraan"]  # a given name the name lists lack, held by the title beside it
    assert kraan["title"].endswith("for the South Caucasus")
    assert kraan["organization"] == "International Organization for Migration"


def test_a_side_named_from_a_title_carries_no_courtesy_word() -> None:
    visit = extract(VISIT)
    assert visit.body == (
        "International Organization for Migration and State Migration Service of Armenia"
    )
    meeting = extract(WORKING_MEETING)
    assert (
        meeting.body
        == "Drug Control Agency of Tajikistan and UNODC Regional Office in Central Asia"
    )
    assert _people(meeting)["Laura Keller"]["title"] == (
        "Representative of the UNODC Regional Office in Central Asia"
    )
