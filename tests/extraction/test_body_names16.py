"""Own-words rules for naming a meeting's convening body: a description resolved to the one
reference body it stands for, and bodies named descriptively outside the reference data, in
English and in Russian."""

from __future__ import annotations

from archive.extraction import extract


def _body(text: str) -> str | None:
    return extract(text, file="t.txt").to_dict()["body"]


CENTRES_HEADS = """Moscow Region, 3 March 2016

Fewer fighters now try to reach the conflict zones, the head of the CIS Anti-Terrorism Center \
told reporters on the sidelines of the eighth conference of the heads of CIS anti-terror \
centres, which opened near Moscow.

The partners share data on such persons every week, he said.
"""


def test_a_joint_body_of_several_organisations_is_not_one_ones() -> None:
    """A conference of heads of the CIS anti-terror centres is the CIS meeting of the heads of
    national anti-terrorist centres, not the expert group the CIS centre runs jointly with the
    SCO's and the CSTO's bodies (whose names also speak of an anti-terrorism centre)."""
    assert _body(CENTRES_HEADS) == (
        "Meeting of Heads of National Anti-Terrorist Centers of CIS Member States"
    )
