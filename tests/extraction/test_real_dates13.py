"""Dating real published reports (round 13): the structures behind dates kept from the wrong
place, each in our own words."""

from __future__ import annotations

import pytest

from archive.extraction import extract
from archive.extraction.cleaning import clean


def _date(text: str, **kw) -> tuple:
    out = extract(text, **kw).to_dict()
    return out["date_start"], out["date_end"], out["date_precision"], out["date_basis"]


# --------------------------------------------------------------------------- a site's clock
CLOCK_EN = """TODAY IS FRIDAY, MARCH 9, 2029, 10:15:02 AM
Customs service holds talks with a neighbouring service

MOSCOW. The customs delegation started today talks with its counterparts in the border town. \
Tomorrow the sides will continue their talks.
"""

CLOCK_KY = """жума, 9-март, 2029 Бишкек убактысы 10:15

Border delegations meet in the border town

BISHKEK. The border delegations started today talks in the border town on the disputed \
sections. Tomorrow the sides will continue their talks.
"""


@pytest.mark.parametrize("text", [CLOCK_EN, CLOCK_KY])
def test_a_site_s_clock_is_no_publication_date(text: str) -> None:
    assert clean(text).publication_date is None


@pytest.mark.parametrize("text", [CLOCK_EN, CLOCK_KY])
def test_today_is_not_resolved_against_a_site_s_clock(text: str) -> None:
    assert _date(text)[0] is None


# ------------------------------------------------------- a stamp glued to the lead's opening
STAMP_EN = """Kyrgyzstan takes part in the plenary week of the regional group
14.10.2029 | 11:40 |On 9 October, the plenary week of the Eurasian Group on Combating Money \
Laundering and Financing of Terrorism opened in Bishkek. The week will continue until 13 October.
"""

STAMP_WRITTEN = """Agency strengthens cooperation with the border service
Geneva (Switzerland), 30 April 2029 – From 20 to 22 April, the Agency met with the heads and \
experts of the State Border Service in Bishkek to discuss their joint training programme.
"""

STAMP_RU = """Заседание руководителей таможенных служб

Бишкек, 14.10.2029 (Агентство «Новости»).- Пятое заседание руководителей таможенных служб \
государств Центральной Азии состоялось с 9 по 10 октября в городе Оше.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (STAMP_EN, ("2029-10-09", "2029-10-13", "day", "explicit")),
        (STAMP_RU, ("2029-10-09", "2029-10-10", "day", "explicit")),
        (STAMP_WRITTEN, ("2029-04-20", "2029-04-22", "day", "explicit")),
    ],
)
def test_a_stamp_glued_to_the_lead_yields_to_the_day_the_lead_states(text: str, want) -> None:
    assert _date(text) == want


# ------------------------------------------------- the day of an agreement signed before
SIGNED_BEFORE_RU = """ date 2029-12-17

Полицейские ведомства двух стран обсудили сотрудничество

ЕРЕВАН, 17 дек — Агентство. Перспективы сотрудничества обсудили на встрече в Тбилиси \
заместитель министра внутренних дел Армении и министр внутренних дел Грузии. На встрече \
говорилось о важности Соглашения между министерствами, подписанного 20 ноября этого года.
"""


def test_the_day_an_agreement_was_signed_before_is_not_the_meeting_s() -> None:
    assert _date(SIGNED_BEFORE_RU)[0] != "2029-11-20"


# ------------------------------------------------------ "Meanwhile": another item of the news
MEANWHILE_EN = """ date 2029-09-26

Prosecutors reaffirm legal cooperation

TASHKENT, September 26. The Secretary General of the regional organisation met with the \
Prosecutor General of Uzbekistan within the framework of the council of prosecutors general \
held in Tashkent, the agency reports. The parties discussed mutual legal assistance.

Meanwhile, during the summit held in Budapest on May 21, the heads of state discussed trade.
"""

MEANWHILE_RU = """ date 2029-09-26

Генпрокуроры обсудили правовое сотрудничество

ТАШКЕНТ, 26 сен — Агентство. Генеральный секретарь региональной организации встретился с \
Генеральным прокурором Узбекистана в рамках совета генеральных прокуроров в Ташкенте.

Тем временем на саммите, состоявшемся в Будапеште 21 мая, главы государств обсудили торговлю.
"""


@pytest.mark.parametrize("text", [MEANWHILE_EN, MEANWHILE_RU])
def test_a_sentence_turning_to_another_item_does_not_date_the_meeting(text: str) -> None:
    assert _date(text)[0] == "2029-09-26"


# --------------------------------------------------------- an invitation to another event
INVITED_EN = """Prosecutors general of Armenia and Georgia sign a cooperation programme

The prosecutors general of Armenia and Georgia signed a programme of cooperation for the \
coming years. At the meeting the Georgian prosecutor general invited his colleague to take \
part in the international conference of prosecutors in Tbilisi in September 2029.
"""

INVITED_RU = """Генпрокуроры Армении и Грузии подписали программу сотрудничества

Генеральные прокуроры Армении и Грузии подписали программу сотрудничества. В ходе встречи \
генпрокурор Грузии пригласил армянского коллегу посетить международный форум прокуроров \
в Тбилиси в сентябре 2029 года.
"""


@pytest.mark.parametrize("text", [INVITED_EN, INVITED_RU])
def test_the_date_of_an_event_invited_to_is_not_the_meeting_s(text: str) -> None:
    assert _date(text)[0] is None


# ---------------------------------------------------------- a year ending the URL's path
def test_a_year_after_the_item_number_ends_the_url() -> None:
    from archive.extraction.dates import url_date

    assert url_date("https://news.example.by/society/view/committees-meet-175877-2025") == (
        2025,
        None,
        None,
    )
    assert url_date("https://news.example.by/society/view/committees-meet-175877") is None


URL_YEAR_EN = """Investigative committees of two states step up partnership

MINSK, 17 January (Agency) - A meeting of the heads of the investigative committees of \
Belarus and Russia took place in Moscow on 16 January. The sides discussed joint \
investigative groups.
"""


def test_a_day_without_a_year_takes_the_url_s_year() -> None:
    url = "https://news.example.by/society/view/committees-step-up-partnership-175877-2025"
    assert _date(URL_YEAR_EN, url=url) == ("2025-01-16", None, "day", "inferred")


# ---------------------------------------------- the day an announcement was made, not the meeting's
SAID_ON_EN = """Security Meeting To Be Held From May 22-24 - Secretary

February 21, 2029

Security Meeting to Be Held From May 22-24 - Secretary

MOSCOW (Agency - 21st February, 2029) The twelfth international meeting of high \
representatives in charge of security issues will be held from May 22 to 24 this year in the \
Moscow Region near the capital, the Secretary of the Security Council of the country, \
Ivan Petrov, said on Wednesday.
"""

SAID_ON_RU = """ date 2029-09-11

Представители стран обсудят вопросы безопасности

11 сентября, Минск /Агентство/. Пятнадцатая встреча высоких представителей, курирующих \
вопросы безопасности, пройдет в Казани. Министр иностранных дел будет участвовать во \
встрече, заявила на брифинге в понедельник официальный представитель министерства.
"""


def test_the_day_an_announcement_was_made_is_not_the_meeting_s() -> None:
    assert _date(SAID_ON_EN)[:3] == ("2029-05-22", "2029-05-24", "day")


def test_the_day_a_participation_was_announced_is_not_the_meeting_s() -> None:
    assert _date(SAID_ON_RU)[0] != "2029-09-17"


SAID_AT_EN = """ date 2029-05-14 MINSK. AGENCY - A joint register of wanted persons will be set \
up by the three states, the chairman of the border committee said on Wednesday at the \
trilateral meeting with the heads of the border agencies of Kazakhstan and Kyrgyzstan.
"""


def test_a_weekday_said_at_the_meeting_is_still_its_day() -> None:
    assert _date(SAID_AT_EN)[0] is not None


# ------------------------------------------------- an act done at the meeting, on its day
ACT_AT_EN = """ date 2029-07-21

Customs heads of three states adopt a declaration

Cooperation between the customs services will be widened. This is envisaged \
by the declaration adopted in Baku July 19 at the first trilateral meeting of the heads of the \
customs services of Azerbaijan, Georgia and Turkey.
"""

ACT_ON_WEEKDAY_EN = """ date 2029-11-22 The interior ministers of Romania and Moldova discussed \
border co-operation. According to a release of the ministry, the heads of border police of \
the two countries signed on Thursday a document of bilateral co-operation at the end of the \
joint government meeting.
"""


@pytest.mark.parametrize(
    ("text", "want"), [(ACT_AT_EN, "2029-07-19"), (ACT_ON_WEEKDAY_EN, "2029-11-22")]
)
def test_the_day_of_an_act_done_at_the_meeting_is_the_meeting_s(text: str, want: str) -> None:
    assert _date(text)[:3] == (want, None, "day")


# ---------------------------------------------- the year before the body's next sitting
NEXT_SITTING_EN = """Four states to fight drug trafficking together

The heads of the drug control agencies of Afghanistan, Pakistan, Russia and Tajikistan met in \
Islamabad on Thursday and agreed on joint operations. The next meeting of the four heads will \
be held in 2027 in Russia.
"""

REGULAR_SITTING_EN = """Penitentiary services of the CIS meet in Minsk

The council of the heads of the correctional services of the CIS member countries met in \
Minsk on Thursday and Friday. The participants decided to hold the 2027 regular meeting of \
the council in Armenia.
"""

ONCOMING_EN = """Ministers and secretaries meet in Bishkek

BISHKEK. AGENCY - The joint meeting of the foreign ministers, defence ministers and security \
council secretaries took place in Bishkek. The documents will be submitted for approval at the \
oncoming session of the Collective Security Council slated for November 28. The regular joint \
meeting of the three councils will be held in 2027 in Russia.
"""


@pytest.mark.parametrize("text", [NEXT_SITTING_EN, REGULAR_SITTING_EN, ONCOMING_EN])
def test_the_year_before_the_next_sitting_is_the_meeting_s(text: str) -> None:
    assert _date(text) == ("2026", None, "year", "inferred")


# ------------------------------------- the desk's dateline, the meeting held in another town
DESK_ELSEWHERE_RU = """ date 2029-05-04

Миграционные службы СНГ обсудили сотрудничество

ТАШКЕНТ, 4 мая — Агентство. В Алматы прошло заседание Совета руководителей миграционных \
органов государств — участников СНГ, сообщили в пресс-службе.
"""

DESK_AT_VENUE_RU = """ date 2029-05-04

Миграционные службы СНГ обсудили сотрудничество

АЛМАТЫ, 4 мая — Агентство. В Алматы прошло заседание Совета руководителей миграционных \
органов государств — участников СНГ, сообщили в пресс-службе.
"""


def test_a_desk_s_day_in_another_town_is_inferred() -> None:
    assert _date(DESK_ELSEWHERE_RU) == ("2029-05-04", None, "day", "inferred")
    assert _date(DESK_AT_VENUE_RU) == ("2029-05-04", None, "day", "dateline")


DESK_ELSEWHERE_EN = """ date 2029-05-04

Security services of two states hold joint board

MOSCOW, May 4 (Agency) -- The joint board of the security services of Belarus and Russia was \
held in Mogilev, the press service said.
"""


def test_an_english_desk_s_day_in_another_town_is_inferred() -> None:
    assert _date(DESK_ELSEWHERE_EN) == ("2029-05-04", None, "day", "inferred")


DESK_QUOTE_EN = """ date 2029-09-28 Baku. 28 September. AGENCY/ "Relatively short time \
passed since our meeting in Minsk, and new threats have been identified that require joint \
discussion," the head of the State Security Service said, speaking at the meeting of the \
Council of the heads of security services.
"""


def test_a_town_a_speaker_names_does_not_move_the_meeting_from_the_desk() -> None:
    assert _date(DESK_QUOTE_EN)[3] != "inferred"


# ------------------------------------------------------- a date inside a URL's page name
@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://court.example.uz/ru/news-2025-05-21-1-2", (2025, 5, 21)),
        ("https://portal.example.ru/secretaries-meet-in-astana-2025-03-29-32078", (2025, 3, 29)),
        ("https://portal.example.ru/secretaries_2025_03_29_meet", (2025, 3, 29)),
        ("https://portal.example.ru/secretaries-2025_03-29", None),
    ],
)
def test_a_date_inside_a_page_name(url: str, want) -> None:
    from archive.extraction.dates import url_date

    assert url_date(url) == want


COURTS_ANNOUNCED_RU = """ЗАСЕДАНИЕ ПРЕДСЕДАТЕЛЕЙ ВЕРХОВНЫХ СУДОВ

23 мая в городе Ташкенте под председательством Узбекистана состоится девятнадцатое совещание \
председателей верховных судов государств-членов ШОС.
"""


def test_a_yearless_day_takes_the_year_of_a_date_in_the_page_name() -> None:
    url = "https://court.example.uz/ru/news-2025-05-21-1-2"
    assert _date(COURTS_ANNOUNCED_RU, url=url)[:3] == ("2025-05-23", None, "day")


ABOUT_THIS_RU = """Следующая встреча секретарей советов безопасности пройдет в Казахстане

Следующая встреча секретарей советов безопасности государств - членов ШОС состоится в \
Казахстане. Об этом в среду сообщила пресс-служба по итогам участия секретаря Совета \
безопасности в 18-й встрече секретарей советов безопасности стран ШОС в Нью-Дели.
"""


def test_the_day_the_news_was_given_is_not_the_meeting_s() -> None:
    url = "https://portal.example.ru/secretaries-meet-2025-03-29-32078"
    assert _date(ABOUT_THIS_RU, url=url)[:3] == ("2025-03", None, "month")
