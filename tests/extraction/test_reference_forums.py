"""International organisations and standing forums outside the CIS family in the reference
data: European Union institutions and missions, UN programmes and the Council of Europe are read
under their own names, and a forum's own meeting is its convening body."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon


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
