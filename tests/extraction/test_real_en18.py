"""Own-words rules for English reports: a title that names its agency without the state
("First Deputy Head of the Agency") takes the state the report gives that agency elsewhere."""

from __future__ import annotations

from archive.extraction import extract


def _facts(text: str) -> dict:
    return extract(text, file="t.txt").to_dict()


def _country_of(facts: dict, name: str) -> str | None:
    return next(p["country"] for p in facts["participants"] if p["name"] == name)


def test_agency_named_with_its_state_elsewhere() -> None:
    """The agency's state, given once in full, is the state of an official whose title names
    the agency alone."""
    facts = _facts(
        "The Customs Inspection Agency of the Republic of Kazakhstan received a delegation of "
        "the State Customs Service of Kyrgyzstan on 3 March 2021 in Astana.\n\n"
        "The talks were held by Deputy Head of the Customs Inspection Agency Marat Seitkaliyev, "
        "Chairman of the State Customs Service of Kyrgyzstan Almaz Dzhumabekov and UNODC "
        "adviser Aliaksandr Vadziany.\n"
    )
    assert _country_of(facts, "Marat Seitkaliyev") == "Kazakhstan"


def test_agency_of_two_states_gives_none() -> None:
    """Two states' agencies of one name leave the title's state unknown."""
    facts = _facts(
        "The Customs Inspection Agency of Kazakhstan and the Customs Inspection Agency of "
        "Kyrgyzstan held a working meeting on 3 March 2021 in Almaty.\n\n"
        "Deputy Head of the Customs Inspection Agency Marat Seitkaliyev spoke at the meeting.\n"
    )
    assert _country_of(facts, "Marat Seitkaliyev") is None


def test_the_one_other_state_named_is_the_unstated_sides() -> None:
    """One state takes part, one other is named only in passing: the one participant of no
    stated state beside that state's officials is of the other, which takes part."""
    facts = _facts(
        "DUSHANBE, 12 May 2015 - A memorandum on cooperation against drug trafficking was "
        "signed here on Monday.\n\n"
        "It was signed by Director of the Drug Control Agency of Tajikistan Rustam Sharipov "
        "and Regional Director of the DEA John P. Holloway, the Embassy of the United States "
        "said.\n"
    )
    assert _country_of(facts, "John P. Holloway") == "United States"
    assert "United States" in facts["countries"]


def test_two_other_states_named_leave_the_side_unknown() -> None:
    """With two other states named in passing, neither is read as the unstated side's."""
    facts = _facts(
        "DUSHANBE, 12 May 2015 - A memorandum on cooperation against drug trafficking was "
        "signed here on Monday.\n\n"
        "It was signed by Director of the Drug Control Agency of Tajikistan Rustam Sharipov "
        "and Regional Director of the DEA John P. Holloway, the Embassy of the United States "
        "said. Heroin comes from Afghanistan, says the Afghan police.\n"
    )
    assert _country_of(facts, "John P. Holloway") is None


def test_sites_own_official_beside_an_international_body() -> None:
    """A state's own site, reporting its officials' meeting with an international body's,
    leaves the state of one of its own officials unsaid: he is of the site's state."""
    facts = extract(
        "Astana, 4 June 2019 - Chairman of the State Revenue Committee of Kazakhstan Marat "
        "Tokenov met UNODC Regional Representative Ashley Brandt on 3 June.\n\n"
        "Head of the Risk Management Department Dauren Seitov also took part in the talks.\n",
        file="t.txt",
        url="https://kgd.gov.kz/en/news/1",
    ).to_dict()
    assert _country_of(facts, "Dauren Seitov") == "Kazakhstan"
