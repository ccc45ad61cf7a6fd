"""Meeting dates: dates the text gives to something other than the reported meeting."""

from __future__ import annotations

import pytest

from archive.extraction import extract


def _date(text: str, **kw) -> tuple:
    out = extract(text, **kw).to_dict()
    return out["date_start"], out["date_end"], out["date_precision"], out["date_basis"]


# ------------------------------------------------------- the results of an earlier meeting
@pytest.mark.parametrize(
    "text",
    [
        (
            "Interior minister receives the regional organisation's envoy\n\n"
            "The interior minister of Armenia received the envoy of the regional organisation "
            "in Yerevan.\n\n"
            "They reviewed the results of the meeting of the organisation's crime working group "
            "held on 14 March 2019 and agreed to keep in touch."
        ),
        (
            "Делегация миграционной службы Киргизии посетила Москву\n\n"
            "Делегация миграционной службы Киргизии провела встречу с руководством МВД России "
            "в Москве.\n\n"
            "Стороны договорились продолжить работу в соответствии с итогами переговоров "
            "министров в мае 2017 года."
        ),
    ],
)
def test_the_date_of_a_meeting_whose_results_are_discussed_is_not_the_meetings(
    text: str,
) -> None:
    start, _, _, _ = _date(text)
    assert start is None


def test_the_results_of_a_meeting_held_today_keep_its_day() -> None:
    text = (
        "Главы полиции стран ШОС завершили встречу в Астане\n\n"
        "Министры внутренних дел стран ШОС провели встречу в Астане.\n\n"
        "Стороны подписали протокол по итогам совещания, прошедшего в столице сегодня, "
        "12 мая 2016 года."
    )
    assert _date(text)[:3] == ("2016-05-12", None, "day")


# ------------------------------------------------------- the day of words the meeting follows up
@pytest.mark.parametrize(
    "text",
    [
        (
            "Министры юстиции тюркских государств провели первое заседание\n\n"
            "В Астане прошло первое заседание совета министров юстиции тюркских государств.\n\n"
            "Заседание проведено в рамках поручения президента, озвученного на саммите "
            "организации 12 октября 2022 года."
        ),
        (
            "Georgian prosecutor general arrives in Armenia\n\n"
            "The prosecutor general of Georgia is holding talks with his Armenian counterpart in "
            "Yerevan.\n\n"
            "The talks follow the invitation extended by the Armenian prosecutor at their meeting "
            "in Tbilisi on 14 April 2017."
        ),
    ],
)
def test_the_day_an_instruction_or_invitation_was_given_is_not_the_meetings(text: str) -> None:
    start, _, _, _ = _date(text)
    assert start is None


# ------------------------------------------------------- the years of other sittings of the body
def test_the_next_sittings_year_in_the_lead_is_not_the_held_meetings() -> None:
    text = (
        "MINSK, 9 October (Agency) - The next meeting of the council of emergency ministers will "
        "be held in Kazakhstan in 2027, the ministry's press service said.\n"
        "The heads of the emergency services met in Bishkek on 7-8 October and reviewed joint "
        "drills."
    )
    start, _, _, _ = _date(text)
    assert start != "2027"


def test_the_years_of_a_sitting_agreed_on_and_of_the_first_one_are_not_the_meetings() -> None:
    text = (
        "В Ташкенте состоялось второе заседание министров юстиции тюркских государств.\n\n"
        "Заседание прошло под председательством министра юстиции Узбекистана.\n\n"
        "Министры договорились провести третье заседание в 2027 году в Баку.\n\n"
        "Первое заседание министров прошло в Астане в 2024 году."
    )
    assert _date(text)[0] is None


# ------------------------------------------------------- a dateline with a two-digit year
def test_a_dateline_with_a_two_digit_year_dates_the_news() -> None:
    text = (
        "Пограничники Киргизии и Казахстана обсудили обстановку на границе\n\n"
        "Бишкек, 14.03.19. /Агентство/. Сегодня в Бишкеке состоялась встреча руководителей "
        "пограничных служб Киргизии и Казахстана. Стороны обсудили обстановку на границе."
    )
    assert _date(text)[:3] == ("2019-03-14", None, "day")


# ------------------------------------------------------- the year a day's own sentence states
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Border control secretariat meets\n\n"
            "The second secretariat meeting of the regional border control cooperation in 2019 "
            "took place 12-13 March in Riga. Five member states attended.",
            "2019-03-12",
        ),
        (
            "Рабочая группа провела заседание\n\n"
            "Второе в 2021 году заседание рабочей группы совещания по безопасности состоялось "
            "9 июня в онлайн-формате. Участники обсудили план работы.",
            "2021-06-09",
        ),
    ],
)
def test_a_day_without_a_year_takes_the_year_its_sentence_states(text: str, day: str) -> None:
    assert _date(text)[0] == day


# ------------------------------------------------------- a desk's day glued before the lead's own
@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "ГЛАВА ВЕДОМСТВА ВСТРЕТИЛСЯ С ПОСЛОМ\n"
            "Душанбе, 12 марта (Агентство, Иван Петров) 11 марта 2015 года в Агентстве по "
            "контролю за наркотиками состоялась встреча директора Агентства с послом.",
            "https://news.example.org/2015/03/12/item",
        ),
        (
            "Организация проведет встречу группы высокого уровня\n"
            "10 марта 2015, 12:30 [«Еженедельник», Петр Иванов ] 11 марта с.г. в Москве в штабе "
            "организации пройдут консультации заместителей министров иностранных дел.",
            None,
        ),
    ],
)
def test_the_day_after_a_glued_stamp_or_desk_day_is_the_meetings(text: str, url: str) -> None:
    assert _date(text, url=url)[0] == "2015-03-11"


# ------------------------------------------------------- days just after the page's date
@pytest.mark.parametrize(
    "text",
    [
        (
            "Руководители спецслужб встретятся в Одессе\n\n"
            "По данным газеты, подписание соглашения может состояться 19-20 мая в Одессе, на "
            "встрече руководителей ФСБ и СБУ."
        ),
        (
            "Security services chiefs may meet in Odessa\n\n"
            "According to the weekly, the agreement may be signed on May 19-20 in Odessa at a "
            "meeting of the heads of the two services."
        ),
    ],
)
def test_a_day_just_after_the_pages_date_is_not_read_as_a_year_before(text: str) -> None:
    start, _, _, _ = _date(text, url="https://news.example.org/2015/05/12/item")
    assert start is None or start.startswith("2015")


def test_a_document_adopted_before_does_not_date_the_meeting() -> None:
    text = (
        "Министры юстиции двух стран обсудили сотрудничество\n\n"
        "Министр юстиции Узбекистана встретился с министром юстиции Туркменистана на полях "
        "международной конференции.\n\n"
        "На встрече было отмечено успешное завершение программы сотрудничества, принятой в "
        "2021 году."
    )
    assert _date(text)[0] is None
