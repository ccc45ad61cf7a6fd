"""Organisations taking part: reading principles that hold across sites and rounds."""

from __future__ import annotations

from archive.extraction import extract

OSCE = "OSCE"
UNODC = "United Nations Office on Drugs and Crime"


def orgs(text: str) -> list[str]:
    return extract(text).to_dict()["organizations"]


def test_every_organiser_in_an_organised_by_list_takes_part() -> None:
    text = (
        "A regional dialogue on probation was held in Almaty on 3 March 2027. The dialogue was"
        " co-organized by the national ombudsman's office, a local research institute, the"
        " British Embassy, the United Nations Office on Drugs and Crime (UNODC), the Prison"
        " Service of Kazakhstan and the Organization for Security and Co-operation in Europe"
        " (OSCE)."
    )
    found = orgs(text)
    assert UNODC in found
    assert OSCE in found


def test_partners_of_an_organised_event_take_part() -> None:
    text = (
        "A three-day workshop organised by the State Financial Intelligence Service of the"
        " Kyrgyz Republic in co-operation with the national bank, the Supreme Court, a foreign"
        " embassy and the Organization for Security and Co-operation in Europe (OSCE) took"
        " place in Bishkek on 5 May 2027."
    )
    assert OSCE in orgs(text)


def test_a_project_funded_with_support_is_no_organiser() -> None:
    text = (
        "The customs chiefs of two states met in Dushanbe on 6 June 2027 and discussed their"
        " border crossings. A new checkpoint will be built with the financial support of the"
        " United Nations Office on Drugs and Crime, the sides said."
    )
    assert UNODC not in orgs(text)
