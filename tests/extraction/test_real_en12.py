"""Own-words rules for English reports, rounds 1-10 together: organs named without their
owner, and people named only where the report tells of something else."""

from __future__ import annotations

from archive.extraction import extract


def _facts(text: str, **kw) -> dict:
    return extract(text, file="t.txt", **kw).to_dict()


_ORGAN_ALONE = (
    "Border chiefs of the Commonwealth meet in Almaty\n\n"
    "The 95th meeting of the Council of Commanders of Border Troops of the CIS took place in "
    "Almaty on June 3, 2027.\n"
    "Delegations of the border agencies of six member states and Coordination Service took "
    "part in the sitting.\n"
)

_ORGANS_CHAIRMAN = (
    "Border chiefs prepare new agreements\n\n"
    "BISHKEK, June 3, 2027. The Council of Commanders of Border Troops of the CIS is drafting "
    "two new agreements, Chairman of the Coordination Service, Colonel-General Ivan Petrenko, "
    "said at the 95th meeting of the Council.\n"
)


def test_an_organ_named_without_its_owner_is_the_owners() -> None:
    """ "Coordination Service" in a report of the border troops commanders' council is that
    council's Coordination Service, taking part; its chairman represents it."""
    facts = _facts(_ORGAN_ALONE)
    assert "Frontier Service Coordination Committee of the CIS" in facts["organizations"]
    facts = _facts(_ORGANS_CHAIRMAN)
    assert "Frontier Service Coordination Committee of the CIS" in facts["organizations"]
    person = next(p for p in facts["participants"] if p["name"] == "Ivan Petrenko")
    assert person["organization"] == "Frontier Service Coordination Committee of the CIS"


def test_an_organ_of_another_owner_is_not_taken() -> None:
    """Without its owner named, or with other words before it ("State Coordination Service"),
    the short name is no organ of the council."""
    text = _ORGAN_ALONE.replace(
        "the Council of Commanders of Border Troops of the CIS", "the border chiefs"
    )
    assert "Frontier Service Coordination Committee of the CIS" not in _facts(text)["organizations"]
    text = _ORGAN_ALONE.replace("and Coordination Service", "and the State Coordination Service")
    assert "Frontier Service Coordination Committee of the CIS" not in _facts(text)["organizations"]
