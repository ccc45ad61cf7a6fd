"""Own-words rules for a convening body named descriptively, outside the reference data: two
states' agencies named by the kinds their officials' titles or the text give them, in English
and in Russian."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.body_kinds import _agency_in_titles, kind_in, president_in_lead
from archive.extraction.cleaning import clean
from archive.extraction.context import Context
from archive.extraction.people import Person
from archive.extraction.russian.agencies import kind_ru


def _body(text: str) -> str | None:
    return extract(text, file="t.txt").to_dict()["body"]


PRISONS = """Astana, 12 March 2019

Ivan Kowalczyk, Director General of the Central Administration of Poland's Penitentiary \
Service, held talks in Astana with Marat Bekov, Chairman of the Committee of the Correctional \
System of the Kazakhstan Ministry of Justice.

The two officials discussed the exchange of experience in the training of prison staff and the \
rehabilitation of convicts.
"""

GENDARMES = """Tashkent, 4 May 2021

A delegation headed by the Commander of the Gendarmerie of the Republic of Turkey, General \
Ahmet Yilmaz, visited Uzbekistan and met the Commander of the National Guard, Major General \
Rustam Karimov.

The sides discussed the training of personnel and joint exercises.
"""


def test_prison_services_of_two_states() -> None:
    """A correctional committee under a justice ministry and a penitentiary service are one
    kind of agency: the two states' penitentiary services meet."""
    assert _body(PRISONS) == "Penitentiary Services of Kazakhstan and Poland"


def test_gendarmerie_beside_a_national_guard() -> None:
    """A gendarmerie is an agency of its own kind, not an interior ministry."""
    assert _body(GENDARMES) == "Gendarmerie of Turkey and National Guard of Uzbekistan"


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Chairman of the Committee of the Correctional System", "penitentiary"),
        ("Head of the Penitentiary Department of the Interior Ministry", "penitentiary"),
        ("Commander-in-Chief of the Gendarmerie", "gendarmerie"),
        ("Head of the FSKN", "drug-control"),
    ],
)
def test_english_kinds(title: str, key: str) -> None:
    kind = kind_in(title)
    assert kind is not None and kind.key == key


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("директор фсин россии", "penitentiary"),
        ("председатель службы исполнения наказаний", "penitentiary"),
        ("начальник уголовно-исполнительной системы", "penitentiary"),
        ("командующий жандармерией турции", "gendarmerie"),
    ],
)
def test_russian_kinds(title: str, key: str) -> None:
    kind = kind_ru(title)
    assert kind is not None and kind.key == key


FOREIGN_MINISTER = """Ashgabat, 20 June 2023

Turkmenistan's Minister of Foreign Affairs Batyr Orazov received Aziz Tashpulatov, Deputy \
Secretary of the Security Council of Uzbekistan, in Ashgabat.

The two discussed regional security and the fight against terrorism.
"""


def test_foreign_minister_is_his_ministrys_side() -> None:
    """A foreign minister who is one side of the talks stands for his ministry."""
    assert _body(FOREIGN_MINISTER) == (
        "Foreign Ministry of Turkmenistan and Security Council of Uzbekistan"
    )


CUSTOMS_THREE = """Baku, 9 July 2017

A trilateral meeting was held in Baku between Samir Guliyev, Chairman of the State Customs \
Committee of Azerbaijan, Levan Kaladze, First Deputy Finance Minister of Georgia, and Mehmet \
Aksoy, Turkey's Minister of Customs and Trade.

The parties agreed to simplify the transit of goods along the railway corridor.
"""

PRESIDENT_RECEIVES = """Minsk, 3 April 2019

Belarusian President Viktor Lenko received Li Wen, China's Minister of Public Security, in \
Minsk.

They discussed cooperation between the law enforcement agencies of the two countries.
"""


def test_the_side_whose_agency_is_unsaid_is_the_others_counterpart() -> None:
    """Of three states' officials, two of one kind of agency and one whose title names none
    we know: the three states' agencies of that kind meet."""
    assert _body(CUSTOMS_THREE) == "Customs Services of Azerbaijan, Georgia and Turkey"


def test_a_head_of_state_is_no_counterpart() -> None:
    """A president receiving an agency's head is no meeting of two such agencies."""
    assert _body(PRESIDENT_RECEIVES) == (
        "President of Belarus and Ministry of Public Security of China"
    )


CUSTOMS_NAMED_TOGETHER = """Таможенники Казахстана и Киргизии ускорят оформление грузов

Бишкек, 14 марта 2022 года. Таможенные службы Казахстана и Киргизии подписали в Бишкеке \
протокол о совместном контроле на пунктах пропуска.

Стороны обсудили обмен данными о товарах и борьбу с контрабандой.
"""

CUSTOMS_OF_THE_TWO = """Узбекистан и Таджикистан упростят пропуск грузов

Ташкент, 5 октября 2021 года. Таможенники двух стран обсудили в Ташкенте работу пунктов \
пропуска и обмен информацией о грузах.
"""


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (CUSTOMS_NAMED_TOGETHER, "Customs Services of Kazakhstan and Kyrgyzstan"),
        (CUSTOMS_OF_THE_TWO, "Customs Services of Tajikistan and Uzbekistan"),
    ],
)
def test_russian_agencies_of_the_two_states_named_together(text: str, body: str) -> None:
    """With nobody named, the lead names one kind of agency of the two states taking part,
    by the states' names or as "двух стран": those agencies meet."""
    assert _body(text) == body


TWO_SIDES_OF_THREE_STATES = """SBU head, US envoy discuss countering Russian aggression

Kyiv, 2 June 2023

Head of the Security Service of Ukraine Vasyl Malyuk and U.S. Ambassador to Ukraine Bridget \
Brink discussed the cooperation of special services in the fight against the aggression of the \
Russian Federation.

The ambassador said that the United States stands with Ukraine.
"""


def test_the_sides_are_the_states_of_the_titled_officials() -> None:
    """Of three states read as taking part, the two whose titled officials meet are the sides:
    the third, none of whose officials is there, names no agency of the meeting."""
    assert _body(TWO_SIDES_OF_THREE_STATES) == (
        "Security Service of Ukraine and Embassy of United States in Ukraine"
    )


DRUG_SERVICE_AND_COMMITTEE = """Moscow, 10 June 2011

Viktor Petrov, Head of the FSKN of the Russian Federation, and Bakyt Osmonov, Deputy Chairman \
of the State Committee for National Security of Kyrgyzstan, signed an agreement on cooperation \
against drug trafficking in Moscow.
"""

TWO_COMMITTEES_RU = """Исфара, 3 июня 2021 года. Председатель Государственного комитета \
национальной безопасности Таджикистана Саймумин Ятимов и председатель Государственного \
комитета национальной безопасности Кыргызстана Камчыбек Ташиев провели переговоры в Исфаре.

Стороны обсудили обстановку на границе.
"""

COMMITTEE_AND_COUNTERPART = """Tashkent, 5 May 2022

The Chairman of the State Committee for National Security of Tajikistan, Saymumin Yatimov, held \
talks with his Uzbek counterpart Abdusalom Azizov in Tashkent.

The sides discussed the situation on the Afghan border.
"""


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            DRUG_SERVICE_AND_COMMITTEE,
            "State Committee for National Security of Kyrgyzstan and Drug Control Agency of Russia",
        ),
        (TWO_COMMITTEES_RU, "State Committees for National Security of Kyrgyzstan and Tajikistan"),
        # a state committee's counterpart is a security service: both are security services
        (COMMITTEE_AND_COUNTERPART, "Security Services of Tajikistan and Uzbekistan"),
    ],
)
def test_state_committees_for_national_security(text: str, body: str) -> None:
    """A state committee for national security is named as such, beside another agency or
    its like; beside another state's security service, both are security services."""
    assert _body(text) == body


MINISTER_WITH_AMBASSADOR_RU = """Пекин, 12 мая 2023 года. Министр внутренних дел Беларуси Иван \
Кубов провел переговоры с министром общественной безопасности КНР Ван Сяо. Во встрече \
участвовал Посол Беларуси в КНР Юрий Сенько.

Стороны обсудили борьбу с киберпреступностью.
"""

PUBLIC_SECURITY_BY_ACRONYM_RU = """Минск, 20 сентября 2015 года. Министр внутренних дел Беларуси \
Игорь Шуневич встретился с заместителем начальника управления международного сотрудничества \
МОБ КНР Ли Мином.

Стороны обсудили подготовку кадров.
"""

UNTITLED_MINISTER_RU = """Пекин, 12 мая 2023 года. Делегация МВД Беларуси во главе с Иваном \
Кубовым находится с визитом в Китае. Иван Кубов встретился с министром общественной \
безопасности этой страны Ван Сяо.

Стороны обсудили борьбу с экстремизмом.
"""


@pytest.mark.parametrize(
    "text", [MINISTER_WITH_AMBASSADOR_RU, PUBLIC_SECURITY_BY_ACRONYM_RU, UNTITLED_MINISTER_RU]
)
def test_russian_public_security_ministry_and_its_counterpart(text: str) -> None:
    """China's ministry of public security (by name, by "МОБ" or by a directorate of public
    security) meets an interior ministry, its counterpart; an ambassador who accompanies his
    minister is no side of his own, and the official of no stated state is of the state none of
    whose people is named."""
    assert _body(text) == "Interior Ministry of Belarus and Ministry of Public Security of China"


PRESIDENT_BY_LONG_TITLE = """DUSHANBE, April 11 - On April 11, at the Palace of the Nation, the \
Leader of the Nation, President of the Republic of Tajikistan, Honorable Emomali Rahmon, received \
the Minister of Public Security of the People's Republic of China Wang Jun.

They discussed cooperation against terrorism and extremism.
"""

PRESIDENT_UNTITLED = """Belarus and China to step up police cooperation

Belarus and China will work together against cross-border crime. This was the subject of the 10 \
April meeting of the President of Belarus with China's Minister of Public Security Zhao Kezhi.

Alexander Lukashenko noted that despite the distance the law enforcement agencies of Belarus \
and China have many common tasks.

Alexander Lukashenko, President of Belarus:
We face common challenges and must solve them together.
"""


@pytest.mark.parametrize("text", [PRESIDENT_BY_LONG_TITLE, PRESIDENT_UNTITLED])
def test_head_of_state_receives_an_official(text: str) -> None:
    """A head of state known by the last part of a long title, or untitled but named beside
    "President" in the text, meets one official: the president and the official's agency."""
    body = _body(text)
    assert body is not None
    assert body.startswith("President of ") and body.endswith(
        " and Ministry of Public Security of China"
    )


DRUG_AGENCY_BY_ACRONYM_RU = """Душанбе, 14 марта 2022 года. Директор АКН Таджикистана Хабибулло \
Вохидзода встретился с региональным представителем Управления ООН по наркотикам и преступности \
в Центральной Азии Ашитой Миттал.

Стороны обсудили наркоситуацию в регионе.
"""


def test_russian_drug_agency_by_its_acronym() -> None:
    """ "Директор АКН" heads a drug-control agency, which meets the UN office."""
    assert _body(DRUG_AGENCY_BY_ACRONYM_RU) == (
        "Drug Control Agency of Tajikistan and United Nations Office on Drugs and Crime"
    )


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("начальник сбнон мвд", "drug-control"),
        ("глава ск белоруссии", "investigative-committee"),
        ("председатель син", "penitentiary"),
        ("начальник нцб интерпола", "interpol"),
        ("председатель гтс туркменистана", "customs"),
        ("глава сбу", "security-service"),
        ("начальник амурского увд", "interior"),
    ],
)
def test_russian_acronyms_of_agencies(title: str, key: str) -> None:
    kind = kind_ru(title)
    assert kind is not None and kind.key == key


PRESIDENT_MEETS_VISITOR = """Talks on public order

Belarus is ready to share its practices in keeping public order, Belarus President Viktor Lenko \
said as he met with Vietnam Minister of Public Security Ho Vu on 2 March.

The head of state said that Vietnam is a priority partner.
"""

PRESIDENT_MEETING_VISITOR = """BISHKEK - Kyrgyzstan will expand cooperation on law enforcement, \
said Kyrgyz President Almaz Toktogulov on May 14 when meeting with visiting State Councilor and \
Minister of Public Security Zhao Min.

The president asked the guest to convey his greetings.
"""


@pytest.mark.parametrize(
    ("text", "states", "body"),
    [
        (
            PRESIDENT_MEETS_VISITOR,
            [],
            "President of Belarus and Ministry of Public Security of Vietnam",
        ),
        (
            PRESIDENT_MEETING_VISITOR,
            ["KG", "CN"],
            "President of Kyrgyzstan and Ministry of Public Security of China",
        ),
    ],
)
def test_head_of_state_meeting_a_visitor_in_the_lead(
    text: str, states: list[str], body: str
) -> None:
    """With no official's title to go by, the lead tells a head of state (his state named right
    before "President") meeting a visitor whose office names a kind of agency: the visitor's
    state is the one his words name, else the other state taking part."""
    ctx = Context(clean(text), default_lexicon())
    assert president_in_lead(ctx, states) == body


ACRONYM_GLOSSED = """UNODC supports anti-corruption reform in Kazakhstan

Astana, 12 May 2022 - UNODC met the leaders of the Anti-Corruption Agency (ACA) to discuss \
joint training. The UNODC adviser met the head of the ACA and agreed on a plan of work.
"""

ACRONYM_WITH_OWNER = """Dushanbe, 3 April 2018 - The Main Directorate for the Execution of \
Penalties of the Ministry of Justice of Tajikistan (MDEP) and Penal Reform International signed \
a plan of cooperation.
"""


@pytest.mark.parametrize(
    ("text", "title", "state", "agency"),
    [
        (ACRONYM_GLOSSED, "Head of the ACA", "KZ", "Anti-Corruption Agency of Kazakhstan"),
        (
            ACRONYM_WITH_OWNER,
            "Head of the MDEP of the Ministry of Justice of the Republic of Tajikistan",
            "TJ",
            "Main Directorate for the Execution of Penalties of the Ministry of Justice of "
            "Tajikistan",
        ),
    ],
)
def test_an_office_named_by_its_acronym_is_the_name_the_text_glosses(
    text: str, title: str, state: str, agency: str
) -> None:
    """The office an official heads, named in his title by an acronym, is named by the words the
    text glosses with that acronym."""
    ctx = Context(clean(text), default_lexicon())
    official = Person(name="Asel Nurlanov", title=title, country=state)
    assert _agency_in_titles(ctx, [official], state) == agency


MINISTER_OF_A_NAMED_AGENCY_RU = """Минск, 12 октября 2017 года. Делегация МЧС Республики \
Узбекистан во главе с министром Рустамом Джураевым находится с рабочим визитом в Республике \
Беларусь.

Стороны обсудили предупреждение и ликвидацию чрезвычайных ситуаций.
"""

SUBJECT_NOT_AGENCY_RU = """Москва, 5 мая 2021 года. Секретарь Совета безопасности России \
Николай Петров провел встречу с секретарем СБ при президенте Узбекистана Виктором Махмудовым. \
Обсуждены проблемы национальной безопасности России и Узбекистана.
"""


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (MINISTER_OF_A_NAMED_AGENCY_RU, "Emergencies Ministries of Belarus and Uzbekistan"),
        # a subject named before the states ("национальной безопасности") is no agency
        (SUBJECT_NOT_AGENCY_RU, "Security Councils of Russia and Uzbekistan"),
    ],
)
def test_russian_side_agency_named_with_its_state(text: str, body: str) -> None:
    """A state whose official's title names no agency ("министр") is of the agency the text
    names right before the state's name ("Делегация МЧС Республики Узбекистан")."""
    assert _body(text) == body
