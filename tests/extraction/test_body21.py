"""Own-words rules for the convening body of a meeting that names no standing body: the
heads of one kind of agency of a group of states, and a state's agency meeting an
international organisation's office."""

from __future__ import annotations

from archive.extraction import extract


def _body(text: str) -> str | None:
    return extract(text, file="t.txt").to_dict()["body"]


# the heads of one kind of agency of a region's states, the kind right before the region
EMERGENCY_HEADS_REGION = """Heads of emergency services of Central Asian countries gather in Bishkek

Bishkek, 14 October 2022. The chiefs of the emergency services of Central Asian countries \
came together in Bishkek for their yearly regional forum on mudflows and earthquakes.

The Minister of Emergency Situations of Kyrgyzstan, Major General Ivan Petrov, opened the \
forum and proposed a joint early-warning network.
"""

# the heads of one kind of agency of an organisation's member states, by the reference name
PROSECUTORS_MEMBER_STATES = """Astana, 3 June 2016

Chief prosecutors of Shanghai Cooperation Organization (SCO) member states gathered in Astana \
on Friday and agreed to share data on synthetic drugs.

Prosecutor General of Kazakhstan Ivan Sidorov said that new drugs reach the region every \
month.
"""


def test_heads_of_one_kind_of_a_group_of_states_meet() -> None:
    """No body named: the officials of one kind of agency of a region's or an organisation's
    member states meet as the group's heads of that kind (the reference data's name when it
    lists the meeting)."""
    assert _body(EMERGENCY_HEADS_REGION) == (
        "Meeting of Heads of Emergency Agencies of Central Asian Countries"
    )
    assert _body(PROSECUTORS_MEMBER_STATES) == "Meeting of Prosecutors General of SCO Member States"


# the state's officials titled by the kind of their agency only ("Deputy Interior Minister")
INTERIOR_AND_ORGANISATION = """Ashgabat, 9 March 2021

Deputy Interior Minister of Turkmenistan Ivan Petrov received Oleg Sidorov, Regional \
Coordinator of the United Nations Office on Drugs and Crime.

The sides discussed training of police officers in the detection of synthetic drugs.
"""

# the organisation's official from its office in the state's capital
OFFICE_IN_THE_CAPITAL = """Bishkek, 12 May 2014

Ivan Petrov, Director of the State Penitentiary Service of Kyrgyzstan, met Oleg Sidorov, \
Senior Adviser at the OSCE Centre in Bishkek, to discuss training for prison staff.

The sides agreed on a course for wardens in June.
"""


def test_state_agency_by_its_kind_meets_an_organisations_office() -> None:
    """One state's agency named by the kind its officials' titles give it, and the
    organisation by the office its official works at."""
    assert _body(INTERIOR_AND_ORGANISATION) == (
        "Interior Ministry of Turkmenistan and United Nations Office on Drugs and Crime"
    )
    assert _body(OFFICE_IN_THE_CAPITAL) == (
        "OSCE Centre in Bishkek and State Penitentiary Service of Kyrgyzstan"
    )


# two states' justice ministers, and a rank "of justice" that names no ministry
JUSTICE_PAIR_RU = """Минск, 14 мая 2023 года. Министр юстиции Республики Беларусь Иван Петрович \
Орлов провел переговоры с первым заместителем министра юстиции Республики Узбекистан Олегом \
Николаевичем Сомовым.

Стороны обсудили обмен опытом в сфере нотариата и правовой помощи.
"""

JUSTICE_AND_PROSECUTOR_EN = """Tashkent, 3 April 2019

Minister of Justice of Kyrgyzstan Ivan Petrov met Prosecutor General of Uzbekistan Oleg \
Sidorov in Tashkent. The sides discussed the transfer of convicted persons.
"""


def test_justice_ministries_are_a_kind_of_agency() -> None:
    """A justice minister's side of two states' talks is his ministry, as an interior
    minister's is his."""
    assert _body(JUSTICE_PAIR_RU) == "Justice Ministries of Belarus and Uzbekistan"
    assert _body(JUSTICE_AND_PROSECUTOR_EN) == (
        "Justice Ministry of Kyrgyzstan and Prosecutor General's Office of Uzbekistan"
    )


# a state the reference data lists no country for, its agency named in the lead
UNRECOGNISED_AND_RUSSIA_RU = """Сухум, 12 сентября 2024 года. Делегация МВД России во главе с \
заместителем министра внутренних дел Российской Федерации Иваном Петровичем Орловым провела \
рабочую встречу с министром внутренних дел Республики Абхазия Олегом Николаевичем Сомовым.

Стороны обсудили охрану общественного порядка в курортный сезон.
"""

TWO_UNRECOGNISED_RU = """Тирасполь, 5 марта 2019 года. Министерства юстиции Приднестровья и \
Южной Осетии подписали соглашение о сотрудничестве в сфере нотариата.

Документ подписали министр юстиции ПМР Иван Орлов и министр юстиции Южной Осетии Олег Сомов.
"""


def test_unrecognised_states_agencies_are_sides() -> None:
    """A state the reference data lists no country for meets through its agency as any state
    does: the two sides' agencies, by the kind the lead or the officials' titles give them."""
    assert _body(UNRECOGNISED_AND_RUSSIA_RU) == "Interior Ministries of Abkhazia and Russia"
    assert _body(TWO_UNRECOGNISED_RU) == "Justice Ministries of South Ossetia and Transnistria"


# no official named: the lead names each state's agency
AGENCIES_IN_LEAD_RU = """Делегация МЧС России прибыла в Борисов

Борисов, 3 июня 2021 года. Делегация МЧС России прибыла в Борисов для встречи с \
белорусскими спасателями. Стороны обсудили совместные учения на границе.
"""


def test_two_states_agencies_named_in_the_lead() -> None:
    """With no body and no official named, the agencies the lead names with the two states
    meet; a side whose agency is unsaid is the other's counterpart."""
    assert _body(AGENCIES_IN_LEAD_RU) == "Emergencies Ministries of Belarus and Russia"


# an ambassador calling on an agency the lead names with its state, the host state's own
# officials unnamed
ENVOY_AND_AGENCY_RU = """Посол Болгарии посетил МВД Грузии

Тбилиси, 7 октября 2022 года. Посол Республики Болгария Иван Петров посетил МВД Грузии, где \
обсудил с руководством ведомства обмен опытом в борьбе с торговлей людьми.
"""


def test_an_envoy_calls_on_an_agency_named_in_the_lead() -> None:
    """An ambassador meeting the agency the lead names with the host state: the agency and
    the envoy's embassy in that state."""
    assert _body(ENVOY_AND_AGENCY_RU) == (
        "Interior Ministry of Georgia and Embassy of Bulgaria in Georgia"
    )


# the ambassador leads his side, an attaché of his state's ministry beside him
ENVOY_WITH_ATTACHE_EN = """Tbilisi, 12 May 2023

Minister of Internal Affairs of Georgia Ivan Petrov received Ambassador of Turkey to Georgia \
Oleg Sidorov and Pavel Orlov, police attaché of the Ministry of Internal Affairs of Turkey in \
Georgia. The sides discussed joint work against migrant smuggling.
"""


def test_the_ambassador_leads_his_side() -> None:
    """A state whose first official at the talks is its ambassador meets as its embassy, the
    officials beside him notwithstanding."""
    assert _body(ENVOY_WITH_ATTACHE_EN) == (
        "Interior Ministry of Georgia and Embassy of Turkey in Georgia"
    )


# a phrase naming only who met ("руководителей таможенных ведомств двух государств")
WHO_MET_RU = """Москва, 14 марта 2012 года. В Москве прошла встреча руководителей таможенных \
ведомств двух государств.

Председатель Государственной таможенной службы Украины Иван Петров и руководитель Федеральной \
таможенной службы России Олег Сидоров обсудили работу пунктов пропуска на общей границе.
"""


def test_a_phrase_naming_only_who_met_is_the_sides_agencies_ru() -> None:
    """A described name whose owners are only "states" names no body: the two sides'
    agencies met (the Russian side by its reference name, the Ukrainian one by its kind)."""
    assert _body(WHO_MET_RU) == "Federal Customs Service of Russia and Customs Service of Ukraine"


# both sides led by diplomats: no envoy calls on the other's agency
TWO_DIPLOMATS_EN = """Bishkek, 4 June 2014

US Ambassador Ivan Petrov and Oleg Sidorov, Deputy Chief of Mission of the Russian \
Federation, handed over ten vehicles for the drug control service. Pavel Orlov, Russian \
Federal Drug Control Service Colonel, and Anton Belov, US Drug Enforcement Administration \
attaché, attended the ceremony.
"""


def test_no_envoy_when_both_sides_are_led_by_diplomats() -> None:
    """Two states whose sides are both led by diplomats: neither is an envoy calling on the
    other's agency."""
    body = _body(TWO_DIPLOMATS_EN) or ""
    assert "Embassy" not in body
