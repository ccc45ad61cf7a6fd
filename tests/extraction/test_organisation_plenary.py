"""An international organisation's own plenary or intersessional sitting is convened by that
organisation."""

from __future__ import annotations

import pytest

from archive.extraction import extract

EAG = "Eurasian Group on Combating Money Laundering and Financing of Terrorism"


@pytest.mark.parametrize(
    "text",
    [
        "В городе Сямэнь 20 мая 2027 года состоялось 45-е Пленарное заседание Евразийской группы"
        " по противодействию легализации преступных доходов и финансированию терроризма.",
        "Делегация Росфинмониторинга принимает участие в пленарной неделе ЕАГ в Минске.",
        "12 октября 2027 года в Москве прошло Межсессионное заседание ЕАГ.",
    ],
)
def test_the_organisations_plenary_is_its_meeting(text: str) -> None:
    assert extract(text).to_dict()["body"] == EAG


def test_a_plenary_of_a_council_is_still_the_council() -> None:
    text = (
        "15 мая 2027 года в Минске прошло пленарное заседание Совета министров внутренних дел"
        " государств-участников СНГ."
    )
    assert extract(text).to_dict()["body"] == "CIS Council of Interior Ministers"
