"""Own-words rules for English reports, rounds 1-13 together: who leads a state or its policy
is no chair of the meeting."""

from __future__ import annotations

from archive.extraction import extract


def _facts(text: str, **kw) -> dict:
    return extract(text, file="t.txt", **kw).to_dict()


def _names(text: str) -> list[str]:
    return [p["name"] for p in _facts(text)["participants"]]


_REFORMS_UNDER_A_PRESIDENT = (
    "Customs chiefs meet exporters in Tashkent\n\n"
    "TASHKENT, May 4, 2028. Chairman of the State Customs Committee of Uzbekistan Akmal "
    "Yusupov met with members of the exporters' association at the committee.\n"
    "Akmal Yusupov spoke about the changes carried out in the customs service in recent years "
    "under the leadership of President Bakhtiyor Karimov and the new electronic declarations.\n"
)

_TIES_UNDER_TWO_LEADERS = (
    "Prosecutors of Kazakhstan and Georgia meet in Astana\n\n"
    "ASTANA, May 4, 2028. Prosecutor General of Kazakhstan Nurlan Abenov held talks with "
    "Prosecutor General of Georgia Levan Beridze.\n"
    "Nurlan Abenov noted that relations between the two states have strengthened under the "
    "leadership of President Daniyar Omarov and President Giorgi Tsereteli.\n"
)


def test_a_president_whose_reforms_are_praised_is_only_mentioned() -> None:
    """ "The changes carried out under the leadership of President X": X leads the state whose
    reforms are told, not the meeting; a head of state who does not chair is only mentioned."""
    names = _names(_REFORMS_UNDER_A_PRESIDENT)
    assert "Akmal Yusupov" in names
    assert "Bakhtiyor Karimov" not in names
    names = _names(_TIES_UNDER_TWO_LEADERS)
    assert {"Nurlan Abenov", "Levan Beridze"} <= set(names)
    assert "Daniyar Omarov" not in names


_MEETING_UNDER_A_LEADER = (
    "Collegium of the border service held in Bishkek\n\n"
    "BISHKEK, May 4, 2028. The collegium of the Border Service of Kyrgyzstan was held under the "
    "leadership of Director Almaz Toktogulov.\n"
    "The heads of the border detachments reported on the results of the first quarter.\n"
)


def test_a_meeting_under_someones_leadership_is_chaired_by_them() -> None:
    people = {p["name"]: p for p in _facts(_MEETING_UNDER_A_LEADER)["participants"]}
    assert people["Almaz Toktogulov"]["role"] == "chair"
