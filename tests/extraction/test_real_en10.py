"""Own-words rules for English reports, rounds 1-8 together: a meeting of one state's officials
whose report names nobody's state belongs to the state of the site's country-code domain, or
to the one state the text names as an office's owner."""

from __future__ import annotations

from archive.extraction import extract
from archive.extraction.cleaning import clean
from archive.extraction.context import Context
from archive.extraction.home_state import owner_states, site_state
from archive.extraction.lexicon import default_lexicon

_COLLEGIUM = (
    "Collegium of the Agency reviews the first half of the year\n\n"
    "On July 12, 2027 the Collegium of the Agency for Combating Economic Crimes was held. "
    "It was chaired by the Chairman of the Agency Bolat Seitkali.\n\n"
    "The Head of the Investigation Department Arman Zhunusov reported on the cases sent to "
    "court in the first half of the year.\n"
)


def _facts(text: str, url: str | None = None) -> dict:
    return extract(text, file="t.txt", url=url).to_dict()


def test_site_state_is_a_cis_country_code_domain() -> None:
    """A state's country-code domain names the site's state; a generic domain names none."""
    lex = default_lexicon()
    assert site_state(lex, "https://anticorruption.gov.kz/eng/news/1") == "KZ"
    assert site_state(lex, "https://www.example.org/news/1") is None
    assert site_state(lex, None) is None


def test_a_state_site_tells_its_own_collegium() -> None:
    """A national agency's own page names no state: its officials are the site's state's."""
    facts = _facts(_COLLEGIUM, url="https://economic-crimes.gov.kz/en/news/12")
    assert facts["countries"] == ["Kazakhstan"]
    assert facts["venue_country"] == "Kazakhstan"
    assert {p["name"]: p["country"] for p in facts["participants"]} == {
        "Bolat Seitkali": "Kazakhstan",
        "Arman Zhunusov": "Kazakhstan",
    }


def test_without_a_site_the_collegium_has_no_state() -> None:
    """The same page from an unknown address: nothing tells the state."""
    facts = _facts(_COLLEGIUM)
    assert facts["countries"] == []
    assert {p["country"] for p in facts["participants"]} == {None}


def test_a_national_site_reporting_another_states_meeting_keeps_it() -> None:
    """A national news site telling another state's officials' meeting gives them no state of
    its own: the state the text names takes part."""
    text = (
        "Kyrgyz interior ministry reviews cooperation with OSCE\n\n"
        "Minister of Internal Affairs of Kyrgyzstan Ulan Niyazbekov met with the Head of the "
        "OSCE Programme Office Pierre Martin on 3 March 2027.\n\n"
        "Deputy Minister Almaz Orozaliev also took part in the meeting.\n"
    )
    facts = _facts(text, url="https://news.example.az/en/1")
    assert "Azerbaijan" not in facts["countries"]
    assert all(p["country"] != "Azerbaijan" for p in facts["participants"])


def test_owner_states_are_offices_owners_not_places() -> None:
    """A state after "of", before "'s" or as a demonym before a noun names an owner; "in
    Kyrgyzstan" and "Vienna (Austria)" name places."""
    lex = default_lexicon()

    def owners(text: str) -> set[str]:
        return owner_states(Context(clean(text), lex))

    assert owners("The President of Kazakhstan met the minister.") == {"KZ"}
    assert owners("It improves Kazakhstan’s law enforcement practice.") == {"KZ"}
    assert owners("Kazakh authorities met the mission.") == {"KZ"}
    assert owners("Talks will be held in October in Kyrgyzstan.") == set()
    assert owners("The mission returned to Vienna (Austria) on Monday.") == set()


def test_among_the_participants_opens_the_states_list() -> None:
    """ "Among the participants were the services of A, B and C": each state takes part."""
    text = (
        "Penitentiary heads meet in Astana\n\n"
        "On 3 July 2027 the Council of Heads of Penitentiary Services of the CIS held its sixth "
        "session in Astana. Among the participants were the penitentiary services of Armenia, "
        "Belarus, Kazakhstan, Kyrgyzstan and Russia.\n"
    )
    facts = _facts(text)
    assert sorted(facts["countries"]) == [
        "Armenia",
        "Belarus",
        "Kazakhstan",
        "Kyrgyzstan",
        "Russia",
    ]
    assert facts["countries_mentioned"] == []


def test_a_president_receiving_delegations_of_a_session_stays_mentioned() -> None:
    """A head of state who receives the heads of delegations of a council's session is no
    participant of that session: the lead names no one official he meets."""
    text = (
        "CIS border commanders meet in Bishkek\n\n"
        "BISHKEK, 14 April 2027. The 95th meeting of the Council of Commanders of Border Troops "
        "of the CIS was held in Bishkek. President Almazbek Toktogulov received the heads of "
        "the delegations.\n\n"
        "The Chairman of the Council Nurlan Asanov opened the meeting.\n"
    )
    facts = _facts(text)
    assert "Almazbek Toktogulov" not in {p["name"] for p in facts["participants"]}


def test_a_founding_sentence_joins_nobody_to_the_meeting() -> None:
    """ "The organization was initially formed in 1992 by A and B, which were joined by C the
    following year": history, so C does not take part."""
    text = (
        "CSTO migration council meets in Dushanbe\n\n"
        "DUSHANBE, May 20, 2027. The heads of the migration services of Kazakhstan and "
        "Tajikistan took part in the session of the CSTO council held in Dushanbe on May 20.\n\n"
        "The regional security organization was initially formed in 1992 by Armenia, "
        "Kazakhstan and Russia, which were joined by Azerbaijan and Georgia the following year.\n"
    )
    facts = _facts(text)
    assert sorted(facts["countries"]) == ["Kazakhstan", "Tajikistan"]
    assert {"Azerbaijan", "Georgia"} <= set(facts["countries_mentioned"])
