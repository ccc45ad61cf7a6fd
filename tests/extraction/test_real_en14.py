"""Own-words rules for English reports, rounds 1-12 together: the CSTO's working group on
Afghanistan as its own body, and the state a body works on, which is no member."""

from __future__ import annotations

from archive.extraction import extract


def _facts(text: str, **kw) -> dict:
    return extract(text, file="t.txt", **kw).to_dict()


_AFGHANISTAN_GROUP = (
    "Experts review the situation near the southern borders\n\n"
    "The 45th meeting of the Working Group on Afghanistan under the CSTO Council of Foreign "
    "Ministers took place on March 9, 2028 at the CSTO Secretariat in Moscow.\n"
    "Delegates of the member states discussed the threats of terrorism and drug trafficking "
    "coming from the region.\n"
)


def test_the_working_group_on_afghanistan_is_its_own_body() -> None:
    """The group under the foreign ministers' council convenes, not the council itself; the
    state it works on is mentioned, not a member taking part."""
    facts = _facts(_AFGHANISTAN_GROUP)
    assert facts["body"] == (
        "Working Group on Afghanistan under the CSTO Council of Foreign Ministers"
    )
    assert "Afghanistan" not in facts["countries"]
