"""Own-words rules for naming a meeting's convening body from its sides: a state's agency
with an international organisation, in English and in Russian."""

from __future__ import annotations

from archive.extraction import extract


def _body(text: str) -> str | None:
    return extract(text, file="t.txt").to_dict()["body"]


# the state's official unnamed, the agency named with the state
CUSTOMS_AND_UNODC = """12 марта 2024 года в Ашхабаде прошла встреча первого заместителя \
Председателя Государственной таможенной службы Туркменистана с Региональным представителем \
Управления ООН по наркотикам и преступности в Центральной Азии Иваном Петровичем Смирновым.

Стороны обсудили обучение сотрудников таможни и поставку сканеров.
"""

# the state's official titled by his agency's rank alone, the agency named before the state
DRUG_AGENCY_AND_UNODC = """Душанбе, 4 мая 2011 года. Вчера в Агентстве по контролю за \
наркотиками при Президенте Республики Таджикистан состоялась встреча директора Агентства \
Сергея Иванова с исполнительным директором Управления ООН по наркотикам и преступности Петром \
Сидоровым. Во встрече также участвовали сотрудники таджикского Агентства.

Стороны обсудили совместные проекты на границе.
"""


def test_agency_named_with_its_state_meets_an_organisation_ru() -> None:
    """One state's agency, named with the state only (its official unnamed or titled by rank
    alone), meeting an international organisation's official: the agency and the
    organisation."""
    assert _body(CUSTOMS_AND_UNODC) == (
        "Customs Service of Turkmenistan and United Nations Office on Drugs and Crime"
    )
    assert _body(DRUG_AGENCY_AND_UNODC) == (
        "Drug Control Agency of Tajikistan and United Nations Office on Drugs and Crime"
    )


BORDER_PAIR_RU = """12 апреля в Гродно прошла рабочая встреча руководства Государственного \
пограничного комитета Беларуси и Пограничной службы ФСБ России.

Председатель Госпогранкомитета Беларуси Иван Петрович Орлов и заместитель руководителя \
Пограничной службы ФСБ России Олег Николаевич Сомов обсудили охрану общей границы.
"""

SECURITY_PAIR_EN = """Minsk, 5 June 2019

A working meeting between the State Security Committee of Belarus and the Federal Security \
Service of Russia took place in Minsk on Tuesday.

The Chairman of the State Security Committee of Belarus, Valery Orlov, and the Deputy \
Director of the Federal Security Service of Russia, Oleg Somov, discussed joint work against \
terrorism.
"""


def test_two_agencies_named_together_by_their_reference_names() -> None:
    """A meeting between two states' agencies that the text names together, each by its
    reference name, is named by those names (not by their kind alone); an interior ministry
    keeps the kind's name."""
    assert _body(BORDER_PAIR_RU) == (
        "Border Service of the FSB of Russia and State Border Committee of Belarus"
    )
    assert _body(SECURITY_PAIR_EN) == (
        "Federal Security Service of Russia and State Security Committee of Belarus"
    )


CUSTOMS_EMBASSY_EN = """Baku, 9 March 2021

The Deputy Chairman of Georgia's State Customs Committee, Levan Orlov, received the Ambassador \
of Moldova to Georgia, Ion Somov, on Tuesday.

They discussed faster checks of lorries at the border.
"""

CUSTOMS_EMBASSY_RU = """Ташкент, 14 февраля 2024 года. Работу пунктов пропуска на границе \
обсудили в Ташкенте Чрезвычайный и Полномочный Посол Казахстана в Узбекистане Олег Сомов и \
заместитель председателя Государственного таможенного комитета Узбекистана Иван Орлов.

Стороны договорились о новых встречах.
"""

EMERGENCIES_EMBASSY_RU = """Душанбе, 3 апреля 2025 года. Председатель Комитета по \
чрезвычайным ситуациям Таджикистана Иван Петрович Орлов встретился с Чрезвычайным и \
Полномочным Послом Ирана в Таджикистане Олегом Николаевичем Сомовым.

Стороны обсудили помощь пострадавшим от паводков.
"""


def test_agency_receiving_an_ambassador_by_its_own_name() -> None:
    """A state's agency receiving another state's ambassador is named by the noun and rank its
    officials' titles give it ("State Customs Committee", "Committee for Emergency
    Situations"), not by its kind's name."""
    assert _body(CUSTOMS_EMBASSY_EN) == (
        "State Customs Committee of Georgia and Embassy of Moldova in Georgia"
    )
    assert _body(CUSTOMS_EMBASSY_RU) == (
        "State Customs Committee of Uzbekistan and Embassy of Kazakhstan in Uzbekistan"
    )
    assert _body(EMERGENCIES_EMBASSY_RU) == (
        "Committee for Emergency Situations of Tajikistan and Embassy of Iran in Tajikistan"
    )


COUNTERPART_EN = """Tbilisi, 4 May 2022

Armen Petrosyan, the head of Armenia's National Security Service, visited Georgia on Tuesday \
and met his Georgian counterpart Davit Beridze and Interior Minister Levan Kapanadze.

They agreed to exchange data on border crossings.
"""


def test_a_counterpart_brings_his_state_to_the_others_kind() -> None:
    """A state's official named as another's counterpart, his own title giving no agency,
    makes his state's side the counterpart of the other's agency, over another agency a
    compatriot's title names."""
    assert _body(COUNTERPART_EN) == "Security Services of Armenia and Georgia"


BUREAU_EN = """Washington, 3 June 2019

Prosecutor General of Kyrgyzstan Adil Omurov met in Washington with Director of the Federal \
Bureau of Investigation (FBI) James Carter.

They discussed the return of stolen assets.
"""

EMBASSY_OFFICE_EN = """Yerevan, 12 March 2019

The Deputy Chairman of the Investigative Committee of Armenia Aram Sargsyan received a \
delegation headed by Program Director of the US Embassy's Office of Defense Cooperation in \
Armenia John Miller.

They discussed training for investigators.
"""


def test_the_office_an_official_heads_by_its_name_alone() -> None:
    """A side known only by the office its official heads is named by the office's name,
    without its acronym or town ("Federal Bureau of Investigation", not its kind guessed from
    the other side); an office of an embassy makes that side the embassy."""
    assert _body(BUREAU_EN) == (
        "Prosecutor General's Office of Kyrgyzstan and Federal Bureau of Investigation of "
        "United States"
    )
    assert _body(EMBASSY_OFFICE_EN) == (
        "Investigative Committee of Armenia and Embassy of United States in Armenia"
    )


BORDER_COMMISSIONERS_RU = """Сегодня, 5 апреля, в пункте пропуска «Бенякони» прошла рабочая \
встреча заместителей главных пограничных уполномоченных Беларуси и Литвы.

Стороны обсудили очереди грузовиков на границе и обмен сведениями о нарушителях.
"""

BORDER_REPRESENTATIVES_EN = """Osh, 2 October 2020

A meeting of the border representatives of Kyrgyzstan and Uzbekistan took place at the Dostuk \
checkpoint on Friday.

The sides agreed to clear the disputed pastures of cattle.
"""


def test_border_commissioners_meeting_by_their_office() -> None:
    """Two states' border commissioners (or representatives) meeting are named by their
    office, not by their services."""
    assert _body(BORDER_COMMISSIONERS_RU) == (
        "Deputy Chief Border Commissioners of Belarus and Lithuania"
    )
    assert _body(BORDER_REPRESENTATIVES_EN) == "Border Representatives of Kyrgyzstan and Uzbekistan"


CUSTOMS_ADMINISTRATIONS_EN = """Galati, 14 March 2024

Port checks at the border
On 12 March, the heads of the customs administrations of Bulgaria, Romania and Moldova met in \
Galati to agree on joint checks of lorries.

The next meeting will take place in Sofia.
"""

MINISTRY_OF_TWO_EN = """The Ministry of Emergency Situations of Kazakhstan and Kyrgyzstan agreed \
on joint drills

The ministries of the two countries signed a plan of joint exercises in Almaty on Thursday.
"""


def test_agencies_of_states_by_the_nouns_the_text_gives() -> None:
    """The agencies of a few states meeting, named by a noun the text gives them: customs
    administrations; a ministry in the singular before two states, as a headline writes it."""
    assert _body(CUSTOMS_ADMINISTRATIONS_EN) == (
        "Customs administrations of Bulgaria, Moldova and Romania"
    )
    assert _body(MINISTRY_OF_TWO_EN) == "Emergencies Ministries of Kazakhstan and Kyrgyzstan"


SERVICE_COUNCIL_EN = """Yerevan, 9 February 2021

The Council of the Service Director held a meeting at the State Migration Service on Monday.

Director of the State Migration Service Armen Ghazaryan reported on the checks of foreign \
workers carried out last year.
"""

COMMITTEE_TITLE_EN = """The Committee for Fire Safety under the Government of Kyrgyzstan \
received Asan Usenov, Chairman of the Committee and Major-General of the Police, and Ivan \
Petrov, CSTO deputy Secretary General, reports Kabar.

Asan Usenov told his CSTO guest about the spring floods and the training of rescuers.
"""


def test_an_agency_called_by_its_noun_alone_by_its_full_name() -> None:
    """An agency a name or a title calls by its noun alone ("the Service", "the Committee") is
    called by the full name the text gives it; a rank after the office is no part of it."""
    assert _body(SERVICE_COUNCIL_EN) == "Council of the State Migration Service Director"
    assert _body(COMMITTEE_TITLE_EN) == (
        "Collective Security Treaty Organization and Committee for Fire Safety of Kyrgyzstan"
    )


CUSTOMS_AND_BORDER_EN = """Officials of the customs and border administrations of Latvia and \
Lithuania have signed a protocol on joint checks of trains at the Kena station.

The joint checks will start next month, the press service of the Latvian customs said.
"""

CUSTOMS_AND_BORDER_RU = """Латвия и Литва начали совместный контроль поездов

Представители таможенных и пограничных органов Латвии и Литвы начали совместный контроль \
поездов на станции Кена. Об этом сообщила таможня Латвии.

Совместный контроль сократит время стоянки поездов.
"""


def test_customs_and_border_agencies_named_together() -> None:
    """The customs and the border agencies of two states named together in the lead are both
    sides: "Customs and Border Agencies of A and B"."""
    assert _body(CUSTOMS_AND_BORDER_EN) == "Customs and Border Agencies of Latvia and Lithuania"
    assert _body(CUSTOMS_AND_BORDER_RU) == "Customs and Border Agencies of Latvia and Lithuania"


TERRORISM_TALKS_EN = """Ashgabat and Tashkent discuss ways to counter terrorism

The deputy foreign ministers of Turkmenistan Berdi Atayev and Uzbekistan Rustam Karimov met in \
Tashkent on Monday and discussed joint work against terrorism and extremism.

They agreed to meet again next year.
"""


def test_foreign_ministries_talks_on_terrorism() -> None:
    """Two states' foreign ministries meeting on terrorism, as the headline tells, are their
    counter-terrorism consultations."""
    assert _body(TERRORISM_TALKS_EN) == (
        "Counter-Terrorism Consultations of the Foreign Ministries of Turkmenistan and Uzbekistan"
    )


RESCUE_SERVICES_RU = """Спасательные службы Армении и Грузии готовы расширить сотрудничество. \
Между министерствами идет постоянный обмен сведениями о паводках.

Иван Петров впервые находится с официальным визитом в Грузии.
"""

RESCUE_COLLEGIUM_RU = """В Минске состоялось заседание совместной коллегии министерств по ЧС \
Армении, Грузии и Казахстана.

Спасательные службы трех стран обсудили совместные действия при паводках.
"""


def test_rescue_services_are_emergencies_agencies_ru() -> None:
    """Rescue services (спасательные службы) and ministries "по ЧС" are emergencies agencies;
    two states' rescue services named together in the headline are the meeting's sides."""
    assert _body(RESCUE_SERVICES_RU) == "Emergencies Ministries of Armenia and Georgia"
    assert _body(RESCUE_COLLEGIUM_RU) == (
        "Joint Collegium of the Emergencies Ministries of Armenia, Georgia and Kazakhstan"
    )


LISTED_MINISTERS_RU = """Министры внутренних дел Армении, Грузии, Молдовы и Казахстана подписали \
заявление о борьбе с торговлей людьми

Документ подписан в Кишиневе по итогам двухдневных переговоров.
"""

LISTED_HEADS_RU = """В Ереване соберутся главы антинаркотических структур Армении, Грузии и \
Казахстана

Во вторник в Ереване состоится очередная встреча глав антинаркотических структур Армении, \
Казахстана и Грузии.
"""


def test_agencies_of_three_or_more_listed_states_ru() -> None:
    """The ministers or heads of one kind of agency of three or more states listed together
    in the lead are those states' agencies (their heads, when heads meet)."""
    assert _body(LISTED_MINISTERS_RU) == (
        "Interior Ministries of Armenia, Georgia, Kazakhstan and Moldova"
    )
    assert _body(LISTED_HEADS_RU) == (
        "Heads of Drug Control Agencies of Armenia, Georgia and Kazakhstan"
    )
