"""Venue rules read from real reports in English and Russian: where a text makes a word the
meeting's place, in our own wording."""

from __future__ import annotations

from archive.extraction import extract


def _venue(text: str) -> tuple[str | None, str | None]:
    out = extract(text).to_dict()
    return out["city"], out["venue_country"]


def test_the_place_of_signing_is_the_venue() -> None:
    text = (
        "Border agencies deepen their ties\n\n"
        "A protocol between the State Border Committee of Belarus and the Border Police of "
        "Serbia was signed in Belgrade on 3 May 2021. The heads of both agencies agreed to "
        "share data on forged passports and discussed training for patrol officers.\n"
    )
    assert _venue(text) == ("Belgrade", "Serbia")


def test_a_document_signed_elsewhere_earlier_is_no_venue() -> None:
    text = (
        "Customs heads talk by video link\n\n"
        "The customs chiefs of Moldova and Georgia held a meeting by video link on 4 June "
        "2020. They reviewed the agreement on mutual assistance, which was signed in Helsinki "
        "in 2008, and agreed on the exchange of risk profiles.\n"
    )
    assert _venue(text)[0] is None
