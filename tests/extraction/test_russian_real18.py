"""Russian reports as the development set's sites write them, in our own words: rules that
fixed misses of participants' states and venues in reports of at least two sites."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract


def _countries(text: str) -> dict[str, str | None]:
    """Each participant's Cyrillic name and state."""
    facts = extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()
    return {p["name_native"]: p["country"] for p in facts["participants"]}


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "В Харбине прошла встреча делегаций полиции. Начальник амурского УВД Олег "
            "Смирнов встретился с делегацией управления общественной безопасности провинции "
            "Хэйлунцзян во главе с Лю Бином.",
            "Олег Смирнов",
            "Russia",
        ),
        (
            "В Харбине прошла встреча. Губернатор Приморского края Павел Комаров встретился с "
            "губернатором провинции Хэйлунцзян Ваном Ли.",
            "Павел Комаров",
            "Russia",
        ),
        (
            "В Исфаре прошла встреча. Председатель Согдийской области Раджаб Каримов встретился "
            "с полномочным представителем президента Кыргызстана Бакытом Асановым.",
            "Раджаб Каримов",
            "Tajikistan",
        ),
    ],
)
def test_region_in_title_gives_its_state(text: str, name: str, state: str) -> None:
    """A region named by an adjective no reference town makes ("Приморского края", "амурского
    УВД") gives the official's state."""
    assert _countries(text).get(name) == state
