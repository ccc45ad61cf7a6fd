"""Meeting dates where the text gives no day of its own: a dated page's month, and the year a
day and month without one take from the report's own dated events."""

from __future__ import annotations

import pytest

from archive.extraction import extract


def _date(text: str, **kw) -> tuple:
    out = extract(text, **kw).to_dict()
    return out["date_start"], out["date_end"], out["date_precision"], out["date_basis"]


# ------------------------------------------------------- a dated page's month
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Customs chief receives a Latvian delegation\n\n"
            "12.03.2019\n\n"
            "The Chairman of the State Customs Committee of Uzbekistan received a delegation of "
            "the State Revenue Service of Latvia. The guests were shown the new laboratory.\n\n"
            "The sides agreed to exchange data on transit cargo.",
            ("2019-03", None, "month", "inferred"),
        ),
        (
            "Прокуроры Армении и Грузии подписали меморандум\n\n"
            "14 октября 2020\n\n"
            "Генеральная прокуратура Армении и Генеральная прокуратура Грузии подписали "
            "меморандум об обмене сведениями.\n\nДокумент предусматривает стажировки.",
            ("2020-10", None, "month", "inferred"),
        ),
    ],
)
def test_a_dated_page_dates_an_undated_meeting_to_its_month(text: str, want: tuple) -> None:
    assert _date(text) == want


def test_a_date_years_from_the_page_does_not_hold_back_its_month() -> None:
    # the agreement of 2009 is history, not a day the meeting may have been held on
    text = (
        "Border guards show Frontex experts a checkpoint\n\n"
        "18.05.2022\n\n"
        "Officers of the border detachment showed Frontex experts the work of the checkpoint "
        "on the border with Moldova. The experts work under the working arrangement of 5 March "
        "2009.\n\nThe officers explained document checks."
    )
    assert _date(text) == ("2022-05", None, "month", "inferred")


def test_a_day_outside_the_pages_month_leaves_the_undated_meeting_alone() -> None:
    # the page of 2 November names 27 October: the meeting may be that day's, not November's
    text = (
        "Drug control head in Vienna\n\n"
        "02.11.2015\n\n"
        "The head of the Drug Control Agency of Tajikistan received support from the office "
        "in Vienna. On 27 October the agency had asked for equipment.\n\n"
        "The equipment will arrive next year."
    )
    start, _, _, _ = _date(text)
    assert start is None or not start.startswith("2015-11")


# ------------------------------------------------------- a stamp's parts in any order
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Главы таможен обсудили транзит\n\n"
            "2019-3-7 10:15 |\n\n"
            "7 марта председатель Государственного таможенного комитета Беларуси провел "
            "рабочую встречу с руководителем таможенной службы Армении.",
            ("2019-03-07", None, "day", "explicit"),
        ),
        (
            "Пограничники обсудили обмен сведениями\n\n"
            "Ноябрь 12/ 2017\n\n"
            "12 ноября в Минске руководители пограничных ведомств Беларуси и Литвы провели "
            "рабочую встречу.",
            ("2017-11-12", None, "day", "explicit"),
        ),
        (
            "Border talks in Osh\n\n"
            "On April 11 the heads of the border services of Kyrgyzstan and Uzbekistan held "
            "talks in Osh on the joint patrols.\n\n"
            "The sides agreed to meet again.\n\n"
            "11 04 2018, 09:40",
            ("2018-04-11", None, "day", "explicit"),
        ),
    ],
)
def test_a_stamp_line_in_any_order_gives_the_year(text: str, want: tuple) -> None:
    assert _date(text) == want


def test_a_site_clock_with_its_weekday_gives_no_year() -> None:
    # the day the page was shown, not the day it was written
    text = (
        "Customs heads talk transit\n\n"
        "Tuesday, 14, October, 2025\n\n"
        "On March 3 the heads of the customs services of Uzbekistan and Kazakhstan discussed "
        "transit by video link."
    )
    start, _, _, _ = _date(text)
    assert start is None or not start.startswith("2025")


# ------------------------------------------------------- a stamp opening the lead
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Пограничники двух стран подвели итоги\n\n"
            "Весь регион, 14 апреля, 2016, 11:20 — Агентство Восток. В Оше прошла встреча "
            "руководителей пограничных служб Кыргызстана и Узбекистана.\n\n"
            "Стороны обсудили совместное патрулирование.",
            ("2016-04", None, "month", "inferred"),
        ),
        (
            "Итоги визита таможенников\n\n"
            "Приморье. 3 декабря 2019 г. Пресс-центр. Подведены итоги рабочего визита "
            "делегации таможенной службы Китая в таможенное управление России.\n\n"
            "Стороны договорились об обмене сведениями.",
            ("2019-12", None, "month", "inferred"),
        ),
    ],
)
def test_a_full_date_opening_the_lead_like_a_stamp_dates_the_page(text: str, want: tuple) -> None:
    assert _date(text) == want


def test_a_date_the_opening_sentence_tells_of_is_no_stamp() -> None:
    text = (
        "Итоги визита таможенников\n\n"
        "С 5 марта 2018 года действуют новые правила. Подведены итоги рабочего визита "
        "делегации таможенной службы Китая в таможенное управление России.\n\n"
        "Стороны договорились об обмене сведениями."
    )
    start, _, _, _ = _date(text)
    assert start is None or not start.startswith("2018-03")


# ------------------------------------------------------- a meeting under way as the page is written
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Customs council meets in Tashkent\n\n"
            "14.06.2023\n\n"
            "The 40th session of the Council of Heads of Customs Services has officially opened "
            "in Tashkent, with delegations of Kazakhstan and Kyrgyzstan.\n\n"
            "The heads will sign a plan of joint operations.",
            ("2023-06-14", None, "day", "publication"),
        ),
        (
            "Эксперты-криминалисты собрались в Гродно\n\n"
            "22.10.2024\n\n"
            "Гродно принимает международную конференцию судебных экспертов Беларуси, Казахстана "
            "и Узбекистана.\n\nЭксперты обменяются методиками.",
            ("2024-10-22", None, "day", "publication"),
        ),
        (
            "Таможенники о транзите\n\n"
            "05.03.2024\n\n"
            "Вопросы транзита обсуждают в Бресте на совещании руководителей таможенных служб "
            "Беларуси и Польши.\n\nСтороны готовят общий план.",
            ("2024-03-05", None, "day", "publication"),
        ),
    ],
)
def test_a_meeting_told_under_way_takes_the_pages_day(text: str, want: tuple) -> None:
    assert _date(text) == want
