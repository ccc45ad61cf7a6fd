"""Own-words rules for naming a meeting's convening body: a description resolved to the one
reference body it stands for, and bodies named descriptively outside the reference data, in
English and in Russian."""

from __future__ import annotations

from archive.extraction import extract


def _body(text: str) -> str | None:
    return extract(text, file="t.txt").to_dict()["body"]


CENTRES_HEADS = """Moscow Region, 3 March 2016

Fewer fighters now try to reach the conflict zones, the head of the CIS Anti-Terrorism Center \
told reporters on the sidelines of the eighth conference of the heads of CIS anti-terror \
centres, which opened near Moscow.

The partners share data on such persons every week, he said.
"""


def test_a_joint_body_of_several_organisations_is_not_one_ones() -> None:
    """A conference of heads of the CIS anti-terror centres is the CIS meeting of the heads of
    national anti-terrorist centres, not the expert group the CIS centre runs jointly with the
    SCO's and the CSTO's bodies (whose names also speak of an anti-terrorism centre)."""
    assert _body(CENTRES_HEADS) == (
        "Meeting of Heads of National Anti-Terrorist Centers of CIS Member States"
    )


DEMARCATION = """Minsk, 9 June 2022

The 12th meeting of the Lithuanian-Belarusian joint demarcation commission was held in Vilnius \
on 7 and 8 June.

The delegations agreed on the marking of the last sections of the border line.
"""

CUSTOMS_GROUP = """Helsinki, 14 May 2015

A meeting of the Estonian-Finnish interdepartmental working group on customs matters opened in \
Helsinki today. The two customs services plan joint checks of freight at the ports.
"""

FORM_ONLY = """Tashkent, 5 April 2023

The third meeting of the Uzbek-Kazakh interdepartmental coordination working group was held \
at the Ministry of Internal Affairs of Uzbekistan. The Minister of Internal Affairs of \
Kazakhstan and the Minister of Internal Affairs of Uzbekistan discussed joint patrols.
"""


def test_two_states_commission_by_their_demonyms() -> None:
    """Two states' commission named in lower case by their joined demonyms and its subject is
    the body, by those words."""
    assert _body(DEMARCATION) == "Lithuanian-Belarusian Joint Demarcation Commission"


def test_two_states_working_group_on_a_subject() -> None:
    assert _body(CUSTOMS_GROUP) == (
        "Estonian-Finnish Interdepartmental Working Group on Customs Matters"
    )


def test_a_group_named_by_its_form_alone_is_left_to_the_agencies() -> None:
    """A working group the text names only by its form says less than the ministries whose
    officials meet in it."""
    assert _body(FORM_ONLY) == "Interior Ministries of Kazakhstan and Uzbekistan"


HEAD_OF_STATE_HEARS = """12 May 2018
Meeting with Aidar Sultanov, Minister of Internal Affairs

At the meeting, the Minister of Internal Affairs reported to the Head of State on crime in \
the regions and on the reform of the patrol police.

The President of Kazakhstan asked for more attention to road safety.
"""

PRESIDENT_RECEIVES = """Kyrgyz President receives Interior Minister

Bishkek, 3 October 2022. Today Kyrgyz Interior Minister Ulan Tokoev briefed President Sadyrov \
on the fight against drug crime and on the work of the migration police.
"""

AGENCY_UNDER_PRESIDENT = """Astana, 2 June 2021

Aset Nurlanov, First Deputy Chairman of the Financial Monitoring Agency under the President of \
Kazakhstan, spoke about risk assessment at a coordination meeting held in Astana.
"""


def test_a_head_of_state_hears_his_minister() -> None:
    """A head of state hearing the report of one agency's official (the president named only
    as the Head of State): the president of the official's own state and that agency."""
    assert _body(HEAD_OF_STATE_HEARS) == (
        "President of Kazakhstan and Interior Ministry of Kazakhstan"
    )


def test_a_president_receives_one_minister() -> None:
    assert _body(PRESIDENT_RECEIVES) == (
        "President of Kyrgyzstan and Interior Ministry of Kyrgyzstan"
    )


def test_an_agency_under_the_president_is_no_meeting_with_him() -> None:
    """'The agency under the President' names whose agency it is: its official does not meet
    the president."""
    assert not (_body(AGENCY_UNDER_PRESIDENT) or "").startswith("President of")


RECEPTION_THEN_MINISTRIES = """Dushanbe, 6 March 2024

On Wednesday, Tajikistan's President Emomali Rahmon received the Minister of Internal Affairs \
of Kyrgyzstan, Ulan Niyazbekov, who came to Dushanbe on a working visit.

They spoke about bilateral relations and security on the common border.

Much attention went to closer cooperation between the interior ministries of both countries.
"""

MET_THE_PRESIDENT_RU = """Министр внутренних дел Беларуси встретился с президентом Вьетнама

Минск, 4 апреля. Министр внутренних дел Беларуси Иван Кубраков встретился с президентом \
Вьетнама Во Ван Тхыонгом в Ханое.

Стороны обсудили сотрудничество министерств внутренних дел двух стран в борьбе с \
преступностью.
"""

PRESIDENT_AT_MEETING_RU = """Президент Казахстана на встрече с секретарем Совета безопасности \
Армении Арменом Григоряном обсудил вопросы региональной безопасности.

По словам главы государства, страны давно сотрудничают в этой сфере.
"""


def test_a_reception_in_the_lead_outranks_the_ministries_cooperation() -> None:
    """A president receiving one minister in the lead is the meeting, though the text then
    speaks of the two interior ministries' cooperation."""
    assert _body(RECEPTION_THEN_MINISTRIES) == (
        "President of Tajikistan and Interior Ministry of Kyrgyzstan"
    )


def test_a_visitor_meets_the_president_ru() -> None:
    assert _body(MET_THE_PRESIDENT_RU) == "President of Vietnam and Interior Ministry of Belarus"


def test_a_president_at_a_meeting_with_a_visitor_ru() -> None:
    assert _body(PRESIDENT_AT_MEETING_RU) == (
        "President of Kazakhstan and Security Council of Armenia"
    )


LEGAL_STATISTICS = """Kyiv, 20 April 2016

The GUAM Working Sub-Group on Legal Statistics met for its seventh session at the GUAM \
Secretariat. The delegations compared the crime figures of the member states for 2015.
"""

LEGAL_STATISTICS_RU = """Киев, 20 апреля 2016 года

В Секретариате ГУАМ прошло 7-е заседание Рабочей подгруппы по правовой статистике. Делегации \
государств-членов сверили данные о преступности за 2015 год.
"""


def test_guam_legal_statistics_sub_group() -> None:
    """Reference data: GUAM's working sub-group on legal statistics, in English and Russian
    (in Russian also without the organisation's name beside it)."""
    assert _body(LEGAL_STATISTICS) == "GUAM Working Sub-Group on Legal Statistics"
    assert _body(LEGAL_STATISTICS_RU) == "GUAM Working Sub-Group on Legal Statistics"


GROUP_UNDER_RU = """Бишкек, 5 марта 2024 года

В Бишкеке прошло очередное заседание экспертной рабочей группы при Совещании министров обороны \
государств – членов ШОС. Эксперты обсудили план военного сотрудничества на следующий год.
"""

TEMPORARY_GROUP_RU = """Москва, 10 февраля 2012 года

Представители компетентных ведомств обсудили подготовку учения в ходе заседания временной \
рабочей группы при Комитете секретарей советов безопасности ОДКБ.
"""


def test_a_bodys_working_group_meets_ru() -> None:
    """The working group a known body has ('рабочая группа при ...') meets, not the body."""
    assert _body(GROUP_UNDER_RU) == (
        "Expert Working Group under the Meeting of Defence Ministers of SCO Member States"
    )
    assert _body(TEMPORARY_GROUP_RU) == (
        "Temporary Working Group under the CSTO Committee of Secretaries of Security Councils"
    )


REGION_EMERGENCIES_RU = """Совещание руководителей чрезвычайных ведомств стран Центральной Азии \
прошло в Туркестане

12 сентября 2023 года в Туркестане прошло совещание руководителей чрезвычайных ведомств стран \
Центральной Азии. Стороны обсудили совместные учения спасателей.
"""

REGION_SERVICES_RU = """Душанбе, 3 июня 2022 года

В Душанбе состоялась встреча глав специальных служб государств Центральной Азии. Участники \
обсудили угрозы с афганского направления.
"""

REGION_AND_CHINA_RU = """Пекин, 3 июня 2022 года

В Пекине состоялось совещание руководителей таможенных служб стран Центральной Азии и Китая. \
Участники обсудили упрощение транзита.
"""


def test_central_asian_office_holders_meet_ru() -> None:
    """The Central Asian states' heads of one kind of agency meeting: the region's meeting of
    that office."""
    assert _body(REGION_EMERGENCIES_RU) == (
        "Meeting of Heads of Emergency Agencies of Central Asian States"
    )
    assert (
        _body(REGION_SERVICES_RU) == "Meeting of Heads of Special Services of Central Asian States"
    )


def test_the_region_with_another_state_is_another_format_ru() -> None:
    assert _body(REGION_AND_CHINA_RU) != (
        "Meeting of Heads of Customs Services of Central Asian States"
    )


TASK_FORCE = """Baku, 8 July 2019

A deputy interior minister of Turkey travelled to Baku for the first meeting of the \
Turkey-Azerbaijan Joint Security Task Force. In a meeting with the Azerbaijani Interior \
Minister, he said the task force would coordinate action against organized crime.
"""


def test_two_states_task_force() -> None:
    """A task force is a body's head noun as a commission is: two states' own task force named
    by their joined names is the body."""
    assert _body(TASK_FORCE) == "Turkey-Azerbaijan Joint Security Task Force"


PREMIER_DELEGATION = """Bishkek, 4 May 2019

A delegation of Kyrgyzstan headed by Deputy Prime Minister Almaz Usenov flew to Dushanbe to \
continue negotiations on the situation on the Kyrgyz-Tajik border, the government's press \
service reported. The delegation includes Customs Service Chairman Nurlan Abdiev.
"""

INTERGOVERNMENTAL_THIRD_STATE = """Osh, 10 April 2018

Kyrgyz-Tajik intergovernmental meeting opens in Osh. The Kyrgyz governmental delegation led \
by Deputy Prime Minister Almaz Usenov started talks with the Tajik counterparts led by the \
Tajikistan Security Council's Secretary Rustam Nazarov. The sides discuss the border and \
customs issues. Meanwhile, the Uzbek side reopened a bridge on its own border.
"""


def test_a_delegation_a_deputy_prime_minister_heads_is_the_governments() -> None:
    """A delegation a deputy prime minister heads, negotiating on the two states' border: the
    two states' government delegations on the border."""
    assert _body(PREMIER_DELEGATION) == (
        "Government Delegations of Kyrgyzstan and Tajikistan on Border and Customs Issues"
    )


def test_a_third_state_without_titled_officials_is_no_side_of_government_talks() -> None:
    assert _body(INTERGOVERNMENTAL_THIRD_STATE) == (
        "Government Delegations of Kyrgyzstan and Tajikistan on Border and Customs Issues"
    )


THREE_STATES_RU = """Худжанд, 12 мая 2023 года

В Худжанде состоялась встреча председателя Государственного комитета национальной \
безопасности Таджикистана Рустама Назарова, председателя Службы государственной безопасности \
Узбекистана Бахтияра Юсупова и председателя Комитета национальной безопасности Казахстана \
Ерлана Сагинтаева. Стороны обсудили безопасность на общих границах.
"""


def test_three_states_agencies_by_their_officials_ru() -> None:
    """Three states' officials meeting, no body named, each state's agency read from its own
    officials' titles: the three states' agencies, as two states' are."""
    assert _body(THREE_STATES_RU) == "Security Services of Kazakhstan, Tajikistan and Uzbekistan"


PRESIDENT_AND_COMMITTEE = """Minsk, 14 December (news agency) - Joint investigative teams \
of the two states work without obstacles, Chairman of the Russian Investigative Committee \
Igor Semenov told the media after the meeting with Belarusian President Aleksandr Lukashenko. \
In Belarus, he noted, serious crimes are also investigated by the General Prosecutor's Office \
of Belarus, which his committee works with closely.
"""


def test_a_president_and_one_official_are_no_two_agencies() -> None:
    """A head of state meeting one official of another state: the president and that
    official's agency, though the text names an agency of the president's state as well."""
    assert _body(PRESIDENT_AND_COMMITTEE) == (
        "President of Belarus and Investigative Committee of Russia"
    )
