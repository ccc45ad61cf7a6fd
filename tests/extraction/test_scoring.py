"""The real-report scorer compares bodies outside the gazetteer by their identifying words."""

from __future__ import annotations

from archive.extraction.lexicon import default_lexicon
from archive.extraction.scoring import body_matches, body_words


def test_plural_function_words_are_not_identifying() -> None:
    words = body_words("Heads of Drug Control Agencies of SCO Member States", default_lexicon())
    assert words == {"head", "drug", "control", "agenc", "sco"}


def test_descriptive_names_differing_only_in_function_words_match() -> None:
    assert body_matches(
        "Heads of Drug Control Agencies of the SCO Member States",
        "Meeting of Heads of Drug Control Agencies of SCO",
    )


def test_descriptive_names_of_different_agencies_do_not_match() -> None:
    assert not body_matches(
        "Heads of Drug Control Agencies of SCO Member States",
        "Heads of Border Agencies of SCO Member States",
    )
