"""Own-words rules for English reports: a person's name does not open with a place's, a
region's or an organisation's word, and a visiting delegation tells who the guests are."""

from __future__ import annotations

from archive.extraction import extract, people
from archive.extraction.lexicon import default_lexicon


def _found(text: str) -> list[str]:
    lex = default_lexicon()
    given = lex.given_names or frozenset()
    return [m.name for m in people.find_names(text, given, lex.name_tokens, lex.name_openers)]


def _facts(text: str) -> dict:
    return extract(text, file="t.txt").to_dict()


def test_a_countrys_name_before_a_name_is_no_part_of_it() -> None:
    """ "... of Bosnia and Herzegovina Dragan Kovač": the name starts after the country's."""
    assert _found("The Minister of Justice of Bosnia and Herzegovina Dragan Kovač arrived.") == [
        "Dragan Kovač"
    ]
    assert _found("An envoy of the United Arab Emirates Ahmed Saif Al-Mansouri spoke.") == [
        "Ahmed Saif Al-Mansouri"
    ]


def test_a_region_is_no_one() -> None:
    """A region's adjective and a place, or a demonym: no person's name."""
    assert _found("The office covers South Eastern Europe and Central Asia.") == []
    assert _found("Prosecutors of the Western Siberian transport district came.") == []
    assert _found("The governor of Mountainous Badakhshan spoke to the guests.") == []


def test_an_organisations_words_are_no_one() -> None:
    """Words of bodies' names ("Enforcement", "International") open no person's name."""
    assert _found("Chiefs of the Enforcement Divisions met in the hall.") == []
    assert _found("The co-chairs of the International Discussions arrived.") == []


def test_a_titles_word_in_the_plural_is_no_part_of_a_name() -> None:
    """ "Ministers of Interiors Ravshan Tolibov": the title's plural ends before the name."""
    assert _found("The Ministers of Interiors Ravshan Tolibov and Oleg Marchenko met.") == [
        "Ravshan Tolibov",
        "Oleg Marchenko",
    ]


def test_a_given_name_that_a_territory_holds_still_opens_a_name() -> None:
    """Only the word a country's name ends with is a place's word: "Jan" of a territory's
    name still opens a name."""
    assert _found("The ambassador Jan Wierzbicki opened the board.") == ["Jan Wierzbicki"]


_VISITING_DELEGATION = (
    "Emergency ministers meet\n\n"
    "Armenia's Minister of Emergency Situations Tigran Hakobyan has met with visiting "
    "delegation led by Minister of Security of Bosnia and Herzegovina Dragan Kovač.\n"
    "The sides discussed training of rescuers and signed a cooperation agreement.\n"
    "Dragan Kovač thanked the hosts for the warm welcome.\n"
)


def test_a_visiting_delegation_names_the_guests() -> None:
    """ "met with visiting delegation led by X of B": with no article, "visiting" before
    "delegation" still names the guests, so the other side hosts."""
    facts = _facts(_VISITING_DELEGATION)
    roles = {p["name"]: p["role"] for p in facts["participants"]}
    assert roles.get("Tigran Hakobyan") == "host"
    assert roles.get("Dragan Kovač") == "attendee"
    assert facts["venue_country"] == "Armenia"
