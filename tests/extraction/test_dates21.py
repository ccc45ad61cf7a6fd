"""Meeting dates: what another event's date in the text does not give the report's meeting."""

from __future__ import annotations

import pytest

from archive.extraction import extract


def _date(text: str, **kw) -> tuple:
    out = extract(text, **kw).to_dict()
    return out["date_start"], out["date_end"], out["date_precision"], out["date_basis"]


# ------------------------------------------------------- a meeting with another number
@pytest.mark.parametrize(
    "text",
    [
        (
            "Seventh meeting of Caspian border chiefs opens in Baku\n\n"
            "The seventh meeting of the heads of border services of the Caspian states has "
            "begun at the State Border Service of Azerbaijan.\n\n"
            "The delegations reviewed the draft rules on patrols. The rules follow the plan "
            "approved at the Second Summit of the Caspian states in Astrakhan in June 2014."
        ),
        (
            "XII заседание рабочей группы по миграции прошло в Ташкенте\n\n"
            "В Ташкенте прошло XII заседание рабочей группы по миграции министерств внутренних "
            "дел Узбекистана и Казахстана.\n\n"
            "Стороны рассмотрели ход выполнения решений. Они обсудили протокол XI заседания "
            "рабочей группы от 14 марта 2021 года."
        ),
    ],
)
def test_a_date_of_a_meeting_with_another_number_is_not_the_meetings(text: str) -> None:
    start, _, _, _ = _date(text)
    assert start is None


def test_the_meetings_own_number_keeps_its_date() -> None:
    text = (
        "Fifth meeting of the border commission held in Tashkent\n\n"
        "The fifth meeting of the Uzbek-Kazakh border commission was held in Tashkent.\n\n"
        "The fifth meeting took place on 3 June 2019 at the State Border Committee."
    )
    assert _date(text)[:3] == ("2019-06-03", None, "day")


# ------------------------------------------------------- a plan's years
@pytest.mark.parametrize(
    "text",
    [
        (
            "ASTANA. KAZINFORM - Consultations of the security councils of Kazakhstan and "
            "Kyrgyzstan were held in Astana. The sides adopted a cooperation plan for 2022-2023 "
            "and discussed border security."
        ),
        (
            "BISHKEK, May 12. /TASS/. The emergency ministers of Russia and Kyrgyzstan signed a "
            "joint action plan for 2019-2020 at Thursday's meeting in Bishkek."
        ),
    ],
)
def test_a_plan_for_two_years_does_not_give_the_meetings_year(text: str) -> None:
    assert _date(text)[0] is None


# ------------------------------------------------------- an exercise named with its year
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The 40th meeting of the RATS Council was held in Tashkent on April 7. The Council "
            "reviewed the joint border exercise 'Steppe Shield-2027' held this spring.",
            ("2027-04-07", None, "day", "inferred"),
        ),
        (
            "В Бишкеке прошло совещание национальных штабов государств - членов ОДКБ. На "
            "совещании обсудили замысел операции под условным наименованием «Канал-2026» и "
            "согласовали сроки ее этапов.",
            ("2026", None, "year", "inferred"),
        ),
    ],
)
def test_an_exercise_named_with_its_year_gives_the_reports_year(text: str, want: tuple) -> None:
    assert _date(text) == want


def test_an_exercise_year_does_not_date_a_day_told_further_on() -> None:
    # 12 May, told after the lead, may be another event's day in another year
    text = (
        "Border chiefs meet in Almaty\n\n"
        "The heads of the border services of Kazakhstan and Kyrgyzstan met in Almaty. They "
        "discussed the joint exercise 'Mountain Pass-2027'.\n\n"
        "The sides exchanged views on trade. The previous talks in Osh took place on 12 May, "
        "the press service added."
    )
    assert _date(text)[0] in (None, "2027")


# ------------------------------------------------------- a news day tied to the sides' act
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Customs heads sign a protocol\n\n"
            "12.05.2027\n\n"
            "The customs services of Georgia and Armenia signed on Tuesday a protocol on the "
            "exchange of transit data. The document covers road crossings.",
            ("2027-05-11", None, "day", "publication"),
        ),
        (
            "Таможенники Армении и Ирана подписали протокол\n\n"
            "14.06.2027\n\n"
            "Представители таможенных служб Армении и Ирана подписали в четверг в Тегеране "
            "протокол об обмене сведениями о транзитных грузах. Документ охватывает "
            "автомобильные перевозки.",
            ("2027-06-10", None, "day", "publication"),
        ),
    ],
)
def test_a_news_day_tied_to_the_sides_act_dates_the_meeting(text: str, want: tuple) -> None:
    assert _date(text) == want


def test_a_statements_news_day_leaves_the_pages_month() -> None:
    text = (
        "Border guards met at the crossing\n\n"
        "12.05.2027\n\n"
        "The border representatives of Kazakhstan and Kyrgyzstan discussed the queues at the "
        "crossing, the press service said on Tuesday. They agreed to open two more lanes."
    )
    assert _date(text) == ("2027-05", None, "month", "inferred")


# ------------------------------------------------------- a dateline's day in the address's year
@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "MINSK, 14 June (BelTA) - The heads of the border services of Belarus and Lithuania "
            "held a working meeting at the Kamenny Log checkpoint. The sides discussed the "
            "queues of lorries.\n",
            "https://eng.belta.by/society/view/border-chiefs-meet-12345-2027/",
        ),
        (
            "14 июня, Минск /Корр. БЕЛТА/. Руководители пограничных ведомств Беларуси и Литвы "
            "провели рабочую встречу на пункте пропуска «Каменный Лог». Стороны обсудили "
            "очереди грузовиков.\n",
            "https://www.belta.by/society/view/vstrecha-pogranichnikov-12345-2027/",
        ),
    ],
)
def test_a_datelines_day_takes_the_year_of_the_pages_address(text: str, url: str) -> None:
    assert _date(text, url=url) == ("2027-06-14", None, "day", "inferred")
