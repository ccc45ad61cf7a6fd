"""Meeting dates read from the lead: the one full date the lead states dates what the report
tells, whatever it calls the event, while a page's stamp, a wire's dateline, the start of a
state of affairs and a date tied to another noun do not."""

from __future__ import annotations

import datetime as dt

import pytest

from archive.extraction import extract


def _date(text: str, **kw) -> tuple:
    out = extract(text, **kw).to_dict()
    return out["date_start"], out["date_end"], out["date_precision"], out["date_basis"]


# ------------------------------------------------------- the lead's one full date
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Customs trainers share practice in Khujand\n\n"
            "Customs officers of Tajikistan and Kyrgyzstan studied risk profiling together. "
            "On 9-10 March 2022, in Khujand, the Programme Office ran a course for them.\n\n"
            "Twenty officers took part in it.",
            ("2022-03-09", "2022-03-10", "day", "explicit"),
        ),
        (
            "Prosecutors trained in Termez\n\n"
            "A three-day course for prosecutors of Uzbekistan and Turkmenistan on asset "
            "recovery opened in Termez. The course was conducted on 4 to 6 April 2023 in "
            "Termez city.\n\nTrainers came from two agencies.",
            ("2023-04-04", "2023-04-06", "day", "explicit"),
        ),
        (
            "Border trainers visit Osh\n\n"
            "Under the joint plan of the two border services, from June 12 to 14, 2019, a "
            "group of Kazakh border officers worked with their Kyrgyz colleagues in Osh.\n\n"
            "They shared experience of patrolling.",
            ("2019-06-12", "2019-06-14", "day", "explicit"),
        ),
        (
            "Обучение таможенников в Бресте\n\n"
            "Таможенники Беларуси и Польши изучили досмотр грузов. 12 мая 2021 года в Бресте "
            "инструкторы показали им новые сканеры.\n\nСканеры работают на границе.",
            ("2021-05-12", None, "day", "explicit"),
        ),
    ],
)
def test_the_one_full_date_opening_the_lead_dates_the_event(text: str, want: tuple) -> None:
    assert _date(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a page's stamp standing alone
        "Пограничники провели рабочую встречу\n\n14 марта 2024.\n\n"
        "Представители пограничных ведомств Армении и Грузии обсудили обмен сведениями.",
        # a wire's dateline
        "Customs workshop for Tajik and Afghan officers\n\n"
        "KHOROG, 14 May 2017 – A workshop on the exchange of customs data brought together "
        "officers of Tajikistan and Afghanistan.\n\nIt was the third of its kind.",
        # the start of a state of affairs, not an event
        "Rules of the joint border checkpoint\n\n"
        "From 1 July 2020 the officers of the joint checkpoint of Kazakhstan and Kyrgyzstan "
        "apply the new rules of inspection.\n\nThe rules were discussed by both services.",
        # a date tied to another noun: the programme the visit carries out
        "Prosecutors' delegation in Baku\n\n"
        "A delegation of the Prosecutor's Office of Georgia arrived in Baku to implement the "
        "programme signed on March 3, 2022, in Tbilisi between the two offices.\n\n"
        "Seminars on extradition were held.",
    ],
)
def test_a_stamp_a_dateline_a_beginning_or_another_event_is_not_the_lead_date(text: str) -> None:
    start, _, _, _ = _date(text)
    assert start is None or len(start) < 10


# ------------------------------------------- a page's stamp long after its address's date
def test_a_stamp_weeks_after_the_address_date_is_the_day_the_page_was_stored() -> None:
    text = (
        "Border chiefs of Kazakhstan and Kyrgyzstan meet\n"
        "17.02.2022 09:40\n"
        "The heads of the border services of Kazakhstan and Kyrgyzstan met in Bishkek on "
        "14 May and discussed joint patrols.\n"
    )
    url = "https://news.example/2019/05/14/border-chiefs-meet"
    assert _date(text, url=url)[:3] == ("2019-05-14", None, "day")


def test_a_stamp_a_few_days_after_the_address_date_still_dates_the_page() -> None:
    text = (
        "Border chiefs of Kazakhstan and Kyrgyzstan meet\n"
        "17.05.2019 09:40\n"
        "The heads of the border services of Kazakhstan and Kyrgyzstan met in Bishkek "
        "yesterday and discussed joint patrols.\n"
    )
    url = "https://news.example/2019/05/14/border-chiefs-meet"
    assert _date(text, url=url)[:3] == ("2019-05-16", None, "day")


# ------------------------------------- a year alone in a history or in what was said
@pytest.mark.parametrize(
    "text",
    [
        "Anti-drug commission sits by video link\n\n"
        "The anti-drug commission of Kyrgyzstan held a meeting by video link. It was "
        "stressed at the meeting that seizures of heroin in 2021 were the largest in a decade.\n",
        "Border chiefs of Central Asia\n\n"
        "The heads of the border services held a meeting by video link. In 1998 the services "
        "proposed such meetings, and in 2003 the meetings became a council.\n",
    ],
)
def test_a_year_in_a_history_or_in_what_was_said_is_not_the_meetings(text: str) -> None:
    assert _date(text)[:3] == (None, None, "unknown")


def test_a_year_stated_alone_for_the_meeting_is_still_read() -> None:
    text = (
        "Border chiefs of Central Asia\n\n"
        "In 2019 the heads of the border services held their meeting in Bishkek.\n"
    )
    assert _date(text)[:3] == ("2019", None, "year")


# ------------------------------------------ a weekday written with its stated date
def test_a_weekday_written_with_its_date_is_that_date_not_the_pages_week() -> None:
    text = (
        "Prison officers from Kyrgyzstan visit Ohio\n\n"
        "Columbus, OH (May 20, 2019) On Monday, May 13, 2019, two officers from Kyrgyzstan "
        "spent the day with the staff of the state prisons.\n\n"
        "They saw the training centre.\n"
    )
    assert _date(text)[:3] == ("2019-05-13", None, "day")


# ------------------------------------------------ the day of a statement or a briefing
@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyz delegation to attend border council\n\n"
        "A delegation of Kyrgyzstan will travel to Almaty for the meeting of the border "
        "council next week, said the Kyrgyz foreign ministry on Thursday. The meeting will "
        "take place from June 13 to 15.\n",
        "Ministers to sign customs memorandum\n\n"
        "At a press conference in Tashkent on Monday, a deputy head of the customs committee "
        "said the memorandum will be signed during a meeting of customs heads of Uzbekistan "
        "and Kazakhstan in Samarkand on June 13.\n",
    ],
)
def test_the_day_of_a_statement_or_a_briefing_is_not_the_meetings(text: str) -> None:
    assert _date(text, publication_date=dt.date(2022, 6, 6))[0] == "2022-06-13"
