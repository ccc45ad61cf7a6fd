"""Organisations taking part: reading principles that hold across sites and rounds."""

from __future__ import annotations

import pytest

from archive.extraction import extract

OSCE = "OSCE"
UNODC = "United Nations Office on Drugs and Crime"


def orgs(text: str) -> list[str]:
    return extract(text).to_dict()["organizations"]


def test_every_organiser_in_an_organised_by_list_takes_part() -> None:
    text = (
        "A regional dialogue on probation was held in Almaty on 3 March 2027. The dialogue was"
        " co-organized by the national ombudsman's office, a local research institute, the"
        " British Embassy, the United Nations Office on Drugs and Crime (UNODC), the Prison"
        " Service of Kazakhstan and the Organization for Security and Co-operation in Europe"
        " (OSCE)."
    )
    found = orgs(text)
    assert UNODC in found
    assert OSCE in found


def test_partners_of_an_organised_event_take_part() -> None:
    text = (
        "A three-day workshop organised by the State Financial Intelligence Service of the"
        " Kyrgyz Republic in co-operation with the national bank, the Supreme Court, a foreign"
        " embassy and the Organization for Security and Co-operation in Europe (OSCE) took"
        " place in Bishkek on 5 May 2027."
    )
    assert OSCE in orgs(text)


def test_a_project_funded_with_support_is_no_organiser() -> None:
    text = (
        "The customs chiefs of two states met in Dushanbe on 6 June 2027 and discussed their"
        " border crossings. A new checkpoint will be built with the financial support of the"
        " United Nations Office on Drugs and Crime, the sides said."
    )
    assert UNODC not in orgs(text)


CICA = "Conference on Interaction and Confidence Building Measures in Asia"
EPPO = "European Public Prosecutor's Office"
ENFSI = "European Network of Forensic Science Institutes"
IAP = "International Association of Prosecutors"
EUBAM = "European Union Border Assistance Mission to Moldova and Ukraine"
UNOCT = "UN Office of Counter-Terrorism"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "A seminar on countering smuggling opened in Astana on 2 April 2027. It was attended"
            " by officers of five states and by the Executive Director of the Secretariat of the"
            " Conference on Interaction and Confidence Building Measures in Asia (CICA).",
            CICA,
        ),
        (
            "The Prosecutor General of Moldova met the European Chief Prosecutor in Chisinau on"
            " 9 May 2027. Representatives of the European Public Prosecutor's Office (EPPO) took"
            " part in the talks.",
            EPPO,
        ),
        (
            "A round table of forensic experts was held in Tashkent on 14 April 2027 with the"
            " participation of representatives of the European Network of Forensic Science"
            " Institutes.",
            ENFSI,
        ),
        (
            "Генеральный прокурор Молдовы встретился в Кишинёве 9 мая 2027 года с делегацией."
            " Во встрече приняли участие представители Европейской прокуратуры.",
            EPPO,
        ),
        (
            "Онлайн-семинар по противодействию контрабанде прошёл 16 мая 2027 года. В нём"
            " приняли участие представители Совещания по взаимодействию и мерам доверия в Азии.",
            CICA,
        ),
        (
            "Генеральный прокурор Азербайджана принял в Баку 3 июня 2027 года делегацию. В"
            " переговорах приняли участие генеральный секретарь и исполнительный директор"
            " Международной ассоциации прокуроров.",
            IAP,
        ),
        (
            "Заседание рабочей группы по Афганистану прошло 8 июля 2027 года в режиме"
            " видеоконференции. В заседании приняли участие представители Контртеррористического"
            " управления ООН.",
            UNOCT,
        ),
        (
            "Председатель пограничной службы провёл встречу в Одессе 5 мая 2027 года. Во встрече"
            " принял участие глава Миссии ЕС по приграничной помощи Украине и Молдове.",
            EUBAM,
        ),
    ],
)
def test_international_bodies_the_archive_knows_take_part(text: str, org: str) -> None:
    assert org in orgs(text)


def test_the_organisations_officer_named_by_anaphora_brings_it() -> None:
    text = (
        "The ministers of internal affairs of the member states of the Shanghai Cooperation"
        " Organization (SCO) met in Samarkand on 11 March 2027. The host minister thanked the"
        " delegations and the Secretary General of the organization Li Wei, who joined the"
        " meeting by video link."
    )
    assert "Shanghai Cooperation Organization" in orgs(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The partnership council met in Riga on 4 October 2027. Commissioner Anna Berg"
            " represented the European Commission at the meeting on justice issues.",
            "European Commission",
        ),
        (
            "The plenary of the evaluators' committee was held in Strasbourg on 6 June 2027."
            " The plenary heard a presentation by the European Commission on the risks of money"
            " laundering.",
            "European Commission",
        ),
        (
            "A conference on extremism opened in Bishkek on 9 September 2027. During the"
            " conference the leadership of the CIS Anti-Terrorism Center thanked the hosts.",
            "CIS Anti-Terrorism Center",
        ),
    ],
)
def test_an_organisation_whose_people_act_at_the_meeting_takes_part(text: str, org: str) -> None:
    assert org in orgs(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "В Казани 10 июня 2027 года открылось совещание руководителей спецслужб. Об участии"
            " заявили делегации из разных стран, членов Евросоюза, НАТО и ШОС.",
            ["European Union", "Shanghai Cooperation Organization"],
        ),
        (
            "Пленарное заседание прошло в Москве 4 июня 2027 года. В заседании приняли участие"
            " делегации семи государств, еще две страны — члены ЕАГ прислали наблюдателей.",
            ["Eurasian Group on Combating Money Laundering and Financing of Terrorism"],
        ),
    ],
)
def test_states_that_are_an_organisations_members_are_no_part_of_it(
    text: str, absent: list[str]
) -> None:
    found = orgs(text)
    for org in absent:
        assert org not in found


SCO = "Shanghai Cooperation Organization"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The ninth meeting of the border chiefs opened in Almaty on 3 May 2027. Heads of CSTO"
            " member state will take part in the session.",
            "Collective Security Treaty Organization",
        ),
        (
            "Delegations from SCO and CIS countries took part in the conference on terrorism in"
            " Tashkent on 5 May 2027.",
            SCO,
        ),
        (
            "Customs attaches of the EU and CIS countries took part in the club's meeting in"
            " Moscow on 7 May 2027.",
            "European Union",
        ),
    ],
)
def test_an_organisations_member_state_is_no_part_of_it(text: str, absent: str) -> None:
    assert absent not in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The border chiefs met in Delhi on 15 June 2027. The meeting was attended by"
        " representatives of the border services of Kazakhstan, China and Russia and the"
        " Executive Committee of the Regional Anti-Terrorism Structure (RATS) SCO.",
        "Under the chairmanship of India, the regional counter-terror body of the Shanghai"
        " Cooperation Organization on Friday 8 October 2027 approved joint measures, attended"
        " by delegations of eight states.",
    ],
)
def test_the_owner_named_with_its_body_is_no_participant(text: str) -> None:
    assert SCO not in orgs(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "A meeting with the EU delegation on the border management programme was held at the"
            " State Migration Service in Ashgabat on 2 March 2027.",
            "European Union",
        ),
        (
            "From 14 to 16 March 2027 the UNODC together with the EBRD team met the leaders of the"
            " anti-corruption agency in Astana.",
            "European Bank for Reconstruction and Development",
        ),
    ],
)
def test_an_organisations_people_named_after_it_bring_it(text: str, org: str) -> None:
    assert org in orgs(text)
