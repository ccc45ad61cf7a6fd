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


def _venue(text: str) -> tuple[str | None, str | None]:
    facts = extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()
    return facts["city"], facts["venue_country"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Казахстанская делегация во главе с министром Ерланом Нурлановым в Самарканде. "
            "Министр внутренних дел Узбекистана Азиз Рахимов показал гостям центр управления.",
            "Samarkand",
        ),
        (
            "В Алматы сотрудники секретариатов стран ОДКБ подвели итоги операции «Канал». "
            "Задержаны десятки курьеров, изъяты тонны наркотиков.",
            "Almaty",
        ),
    ],
)
def test_only_town_told_in_lead_is_the_venue(text: str, city: str) -> None:
    """The one town the lead names "в" it, no other town named so in the report, is where the
    meeting was, though the sentence has no word of meeting."""
    assert _venue(text)[0] == city


def test_seat_in_lead_is_not_the_venue() -> None:
    """A body's seat the lead names ("со штаб-квартирой в Москве") is not the venue."""
    text = (
        "Группа, созданная семь лет назад, стала организацией со штаб-квартирой в Москве. "
        "Соглашение об этом подписали представители девяти государств."
    )
    assert _venue(text)[0] is None
