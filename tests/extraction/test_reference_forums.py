"""International organisations and standing forums outside the CIS family in the reference
data: European Union institutions and missions, UN programmes and the Council of Europe are read
under their own names, and a forum's own meeting is its convening body."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract


def _slugs(text: str) -> list[str]:
    lex = default_lexicon()
    return [lex.org_list[m.ref].slug for m in lex.scan(text) if m.kind == "org"]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Officials of the European Commission briefed the delegations.", "european-commission"),
        ("The European Union funds the project on border posts.", "european-union"),
        ("Frontex sent two liaison officers to the talks.", "frontex"),
        (
            "A Frontex expert and an EUBAM adviser joined the patrol.",
            "european-union-border-assistance-mission-to-moldova-and-ukraine",
        ),
        ("The United Nations Development Programme co-chaired the session.", "undp"),
        ("Experts of the Council of Europe presented the report.", "council-of-europe"),
        ("The Council of the European Union adopted the mandate.", "council-of-the-european-union"),
    ],
)
def test_an_organisation_outside_the_cis_family_is_read_by_its_name(text: str, slug: str) -> None:
    assert slug in _slugs(text)


def test_a_un_programme_is_not_read_as_the_united_nations() -> None:
    """ "the United Nations Development Programme" is UNDP, not the UN itself."""
    assert _slugs("The United Nations Development Programme co-chaired the session.") == ["undp"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Brussels, 4 March 2015. The ministers of justice and interior of Russia and the "
            "EU Troika met in Brussels on 4 March 2015 for the 18th meeting of the EU-Russia "
            "Permanent Partnership Council on Freedom, Security and Justice. They discussed "
            "visa facilitation and the fight against drug trafficking.",
            "EU-Russia Permanent Partnership Council on Freedom, Security and Justice",
        ),
        (
            "Vladivostok, 12 September 2012. Heads of the coast guards of Canada, China, "
            "Japan, South Korea, Russia and the United States gathered in Vladivostok on "
            "12 September 2012 for the North Pacific Coast Guard Forum to discuss illegal "
            "fishing and smuggling at sea.",
            "North Pacific Coast Guard Forum",
        ),
        (
            "The 30th EUBAM Advisory Board meeting took place in Odesa on 5 June 2018. "
            "Representatives of the border and customs services of Moldova and Ukraine "
            "reviewed joint border control.",
            "EUBAM Advisory Board",
        ),
        (
            "Odesa, 5 June 2018. The 30th Advisory Board Meeting of EUBAM brought together "
            "the border and customs services of Moldova and Ukraine to review joint control.",
            "EUBAM Advisory Board",
        ),
    ],
)
def test_a_standing_forum_is_the_convener(text: str, body: str) -> None:
    """The forum's own meeting is convened by the forum, not by the EU or a state's agency."""
    assert extract(text, file="forum.txt").to_dict()["body"] == body


@pytest.mark.parametrize(
    "text",
    [
        "Observers from the Eurasian Development Bank attended the plenary.",
        "В заседании приняли участие наблюдатели от Евразийского банка развития.",
    ],
)
def test_the_eurasian_development_bank_is_read_in_both_languages(text: str) -> None:
    assert "eurasian-development-bank" in _slugs(text)


def test_a_european_commissioner_speaks_for_the_commission() -> None:
    """ "European Commissioner for Home Affairs" in a title: the official's organisation is the
    Commission, which takes part."""
    text = (
        "Vienna, 2 June 2011. The Russian Minister of the Interior Ivan Petrov and the "
        "European Commissioner for Home Affairs Anna Lindqvist met in Vienna on 2 June 2011 "
        "to discuss readmission and visa facilitation."
    )
    out = extract(text, file="commissioner.txt").to_dict()
    assert "European Commission" in out["organizations"]
    lindqvist = next(p for p in out["participants"] if p["name"] == "Anna Lindqvist")
    assert lindqvist["organization"] == "European Commission"
