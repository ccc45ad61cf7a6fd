"""The convening body of two states' agencies meeting with no standing body named: each side
by its agency's own name when the text names that agency, by its kind otherwise."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract


def _body(text: str) -> str | None:
    return extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()["body"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            # one side's border agency named by its own name, the other's by its kind
            "Belarus and Kazakhstan discuss border protection\n\n"
            "ASTANA, 14 March. Chairman of the State Border Committee of Belarus Ivan Petrovich "
            "Sokolenko and the head of the border service of Kazakhstan Marat Abenovich "
            "Tulegenov held talks in Astana on 13 March. The border chiefs discussed joint "
            "patrols and the exchange of information.",
            "State Border Committee of Belarus and Border Service of Kazakhstan",
        ),
        (
            # one side's customs service named by its own name, the other's by its kind
            "Russian and Uzbek customs chiefs meet in Tashkent\n\n"
            "TASHKENT, 2 June. Head of the Federal Customs Service of Russia Oleg Ivanovich "
            "Kuznetsov and the chairman of the customs committee of Uzbekistan Rustam "
            "Akmalovich Nazarov met in Tashkent on Tuesday. They discussed forensic "
            "examinations of goods and signed a plan of joint checks.",
            "Federal Customs Service of Russia and Customs Service of Uzbekistan",
        ),
        (
            # a Russian report: one side's border agency by its own name
            "Пограничники Беларуси и Латвии обсудили совместные проекты\n\n"
            "Рабочая встреча председателя Госпогранкомитета Беларуси Ивана Петровича "
            "Соколова и начальника пограничной охраны Латвии Яниса Берзиньша прошла в "
            "Даугавпилсе. Стороны обсудили участие в международных проектах.",
            "State Border Committee of Belarus and Border Service of Latvia",
        ),
    ],
)
def test_sides_named_by_their_agencies(text: str, body: str) -> None:
    assert _body(text) == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            # both sides' own agencies named, of one kind: the kind names both
            "Kazakh and Russian security chiefs meet in Uralsk\n\n"
            "URALSK, 2 June. Director of the FSB of Russia Oleg Ivanovich Kuznetsov and "
            "Chairman of the National Security Committee of Kazakhstan Serik Amanovich "
            "Zhaksybekov met in Uralsk on Tuesday and discussed the fight against terrorism.",
            "Security Services of Kazakhstan and Russia",
        ),
        (
            # no side's own agency named: the kind names both
            "Border chiefs of Moldova and Ukraine met in Odessa\n\n"
            "ODESSA, 5 May. The head of the border police of Moldova Ion Vasilievich Rusu and "
            "the head of the border guard of Ukraine Petro Ivanovich Bondar met in Odessa on "
            "4 May to discuss joint patrols.",
            "Border Services of Moldova and Ukraine",
        ),
    ],
)
def test_sides_named_by_kind(text: str, body: str) -> None:
    assert _body(text) == body


# a minister receiving an ambassador, his own side told only by the minister's office
ENVOY_TO_AN_UNTITLED_MINISTER = """Chisinau, 3 March 2024

The Minister of Internal Affairs held a first meeting with Jan Novak, the new Ambassador of \
the Czech Republic to the Republic of Moldova. The sides discussed police cooperation and the \
fight against illegal migration.
"""

# an ambassador meeting the head of an office of no kind the extractor knows
ENVOY_TO_A_COMMITTEE = """Minsk, 12 April 2023

Ambassador Extraordinary and Plenipotentiary of the Republic of India to the Republic of \
Belarus Ravi Kumar Sharma met with Chairman of the State Committee of Forensic Examinations, \
Major General of Justice Pavel Ivanovich Orlov. During the working meeting the sides discussed \
training of forensic experts and an agreement on cooperation was signed.
"""


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            ENVOY_TO_AN_UNTITLED_MINISTER,
            "Interior Ministry of Moldova and Embassy of Czechia in Moldova",
        ),
        (
            ENVOY_TO_A_COMMITTEE,
            "State Committee of Forensic Examinations and Embassy of India in Belarus",
        ),
    ],
)
def test_the_envoys_side_is_his_embassy(text: str, body: str) -> None:
    """An ambassador calling on the other state's agency meets as his embassy even when no
    title of the host's side names a kind of agency: the host by its office's name, or by the
    kind the meeting's name gives it."""
    assert _body(text) == body


# the embassy named as a side, none of its people named
EMBASSY_AS_A_SIDE_RU = """Душанбе, 14 сентября 2022 года. Сегодня состоялась церемония \
подписания проекта между Комитетом по чрезвычайным ситуациям и гражданской обороне при \
Правительстве Республики Таджикистан и Посольством Японии в Таджикистане. На церемонии принял \
участие глава Комитета по чрезвычайным ситуациям Таджикистана генерал-майор Рустам Назаров, \
который поблагодарил японскую сторону за помощь в закупке спасательной техники.
"""

# an ambassador received by a minister whose own state the text gives only with his ministry
ENVOY_TO_A_MINISTRY_RU = """Киев, 5 февраля 2019 года. Министр внутренних дел провел встречу с \
Чрезвычайным и Полномочным Послом Молдовы в Украине Ионом Петровичем Русу. Стороны отметили \
высокий уровень сотрудничества МВД Украины и Молдовы в области полицейской деятельности.
"""


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            EMBASSY_AS_A_SIDE_RU,
            "Committee for Emergency Situations of Tajikistan and Embassy of Japan in Tajikistan",
        ),
        (ENVOY_TO_A_MINISTRY_RU, "Interior Ministry of Ukraine and Embassy of Moldova in Ukraine"),
    ],
)
def test_the_embassy_is_a_side_ru(text: str, body: str) -> None:
    """A Russian report of one state's agency meeting another state's embassy: the embassy is
    that state's side, not a counterpart agency of the other's kind."""
    assert _body(text) == body


# a ministry of public security named as a delegation's agency ("Министерства общественной
# безопасности"), not a minister's title
PUBLIC_SECURITY_MINISTRY_RU = """Душанбе, 10 октября 2021 года. Министр внутренних дел \
Таджикистана Рустам Акбарович Назаров провел переговоры с делегацией Министерства общественной \
безопасности КНР, которую возглавил Ван Сяомин. Стороны договорились провести совместные учения.
"""


def test_a_ministry_of_public_security_keeps_its_name_ru() -> None:
    """ "Министерство общественной безопасности" is a ministry of public security, as the
    minister's title ("министр общественной безопасности") is, not an interior ministry."""
    assert _body(PUBLIC_SECURITY_MINISTRY_RU) == (
        "Ministry of Public Security of China and Interior Ministry of Tajikistan"
    )
