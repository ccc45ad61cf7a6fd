"""The real-report scorer compares bodies outside the gazetteer by their identifying words, and
scores the body within its half of the golds (reference data, descriptive names)."""

from __future__ import annotations

from archive.extraction import extract
from archive.extraction.lexicon import default_lexicon
from archive.extraction.scoring import (
    Scores,
    body_matches,
    body_words,
    organization_name,
    score_body,
    score_report,
)


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


def _gold(body: str) -> dict:
    return {"body": body}


def test_a_body_is_scored_within_its_half_and_a_descriptive_ones_states_alone() -> None:
    """A reference body counts in its half; a descriptive one worded otherwise than the gold
    is wrong, but its states alone are right when they are the gold's."""
    scores = Scores()
    score_body(
        scores, "a", "CIS Council of Interior Ministers", _gold("CIS Council of Interior Ministers")
    )
    gold = _gold(
        "State Border Committee of Belarus and Border Service of the National Security "
        "Committee of Kazakhstan"
    )
    score_body(scores, "b", "Border Services of Belarus and Kazakhstan", gold)
    score_body(scores, "c", "Border Services of Belarus and Russia", gold)
    assert (scores.reference_body.right, scores.reference_body.asked) == (1, 1)
    assert (scores.descriptive_body.right, scores.descriptive_body.asked) == (0, 2)
    assert (scores.descriptive_body_states.right, scores.descriptive_body_states.asked) == (1, 2)
    assert (scores.descriptive_body_kinds.right, scores.descriptive_body_kinds.asked) == (1, 2)
    assert (scores.per_report["body"].right, scores.per_report["body"].asked) == (1, 3)


def test_a_descriptive_body_of_the_right_states_but_another_kind_of_agency_is_wrong_by_kinds():
    """The states and the kinds of agency together: the customs services of the gold's two
    states are right however the gold words them; their border services are not."""
    scores = Scores()
    gold = _gold("State Customs Committee of Uzbekistan and Federal Customs Service of Russia")
    score_body(scores, "a", "Customs Services of Russia and Uzbekistan", gold)
    score_body(scores, "b", "Border Services of Russia and Uzbekistan", gold)
    score_body(scores, "c", None, gold)
    assert (scores.descriptive_body_states.right, scores.descriptive_body_states.asked) == (2, 3)
    assert (scores.descriptive_body_kinds.right, scores.descriptive_body_kinds.asked) == (1, 3)


def test_a_descriptive_body_naming_no_state_is_not_scored_by_its_states() -> None:
    scores = Scores()
    score_body(scores, "a", None, _gold("Meeting of Heads of Emergency Agencies of SCO States"))
    assert (scores.descriptive_body.right, scores.descriptive_body.asked) == (0, 1)
    assert scores.descriptive_body_states.asked == 0


def test_an_organisation_named_by_another_of_its_names_is_the_same_organisation() -> None:
    assert organization_name("Organization for Security and Co-operation in Europe") == "OSCE"
    assert organization_name("International Criminal Police Organization") == "Interpol"
    assert organization_name("Council of Unknown Things") == "Council of Unknown Things"


def test_organisations_are_scored_by_the_organisation_not_the_spelling() -> None:
    """A gold naming the OSCE in full and an extraction naming it by its acronym agree; an
    organisation the gold does not list is still extra."""
    out = extract(
        "Representatives of the OSCE took part in the meeting of the interior ministers of "
        "Kyrgyzstan and Kazakhstan in Bishkek on 3 March 2021."
    ).to_dict()
    assert "OSCE" in out["organizations"]
    gold = dict(out)
    gold.update(date_acceptable=[], city_acceptable=[])
    gold["organizations"] = ["Organization for Security and Co-operation in Europe"]
    scores = Scores()
    score_report(scores, "a", out, gold)
    assert scores.fields["organizations"].prf()[2] == 1.0
    gold["organizations"] = ["Interpol"]
    scores = Scores()
    score_report(scores, "b", out, gold)
    assert scores.fields["organizations"].prf()[2] == 0.0
