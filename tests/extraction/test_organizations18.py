"""An organisation named only as the frame the member states or the sides work in is not
taking part."""

from __future__ import annotations

import pytest

from archive.extraction import extract

SCO = "Shanghai Cooperation Organization"
CSTO = "Collective Security Treaty Organization"


@pytest.mark.parametrize(
    "text",
    [
        # the states of a framework before the name
        "On 4 June 2027 in Almaty the 30th meeting of the justice ministers of the member"
        " countries of the Shanghai Cooperation Organization (SCO) ended.",
        # the organisation's acronym in brackets after its owned body, then the member states
        "Experts attended the 40th session of the Council of the Regional Anti-Terrorist"
        " Structure (RATS) of the Shanghai Cooperation Organization (SCO) in Tashkent on"
        " 3 March 2027. Delegations of the SCO's member states attended the session.",
    ],
)
def test_an_organisation_framing_member_states_is_not_taking_part(text: str) -> None:
    assert SCO not in extract(text).to_dict()["organizations"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "10 апреля 2027 года в Душанбе прошёл семинар для судей. Семинар был организован"
            " для укрепления связей между странами-членами Шанхайской организации"
            " сотрудничества (ШОС).",
            SCO,
        ),
        (
            "Генеральные прокуроры двух стран провели встречу в Пекине 5 мая 2027 года. В ней"
            " приняли участие делегации, которые отметили работу сторон в форматах ШОС и БРИКС.",
            SCO,
        ),
        (
            "Секретарь Совета безопасности принял участие во встрече с коллегами по Организации"
            " Договора о коллективной безопасности в Ереване 7 июня 2027 года.",
            CSTO,
        ),
    ],
)
def test_a_russian_frame_of_states_is_not_taking_part(text: str, org: str) -> None:
    assert org not in extract(text).to_dict()["organizations"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "В Бишкеке 12 мая 2027 года проходит заседание Координационного совета по ЧС ОДКБ."
            " За столом собрались спасатели пяти стран и руководство Секретариата ОДКБ.",
            CSTO,
        ),
        (
            "С 3 по 6 апреля 2027 года заместитель Генерального секретаря ОДКБ посетил"
            " пограничные заставы рабочей группы в Хороге.",
            CSTO,
        ),
    ],
)
def test_the_organisations_secretariat_named_takes_part(text: str, org: str) -> None:
    assert org in extract(text).to_dict()["organizations"]


@pytest.mark.parametrize(
    "text",
    [
        # the statement the report is made of, at another meeting
        "Встреча министров состоится в Ташкенте в июне 2027 года, об этом заявил генеральный"
        " секретарь ОДКБ на пресс-конференции.",
        # someone else's meeting with the secretary-general
        "3 марта 2027 года министр иностранных дел провёл встречу с генеральным секретарём"
        " ОДКБ в Москве.",
        # a post filled
        "5 мая 2027 года генеральный секретарь ОДКБ был назначен на эту должность.",
    ],
)
def test_the_secretary_general_quoted_met_or_appointed_is_not_taking_part(text: str) -> None:
    assert CSTO not in extract(text).to_dict()["organizations"]


GUAM = "GUAM"


@pytest.mark.parametrize(
    "text",
    [
        "On 9 May 2027 the 12th meeting of the GUAM Working Group on Cybercrime took place in"
        " the GUAM Secretariat in Kyiv.",
        "The 3rd sitting of the expert group of the CIS ATC and the Secretariat of the CSTO"
        " was held in Minsk on 2 June 2027.",
    ],
)
def test_an_organisations_secretariat_named_takes_part(text: str) -> None:
    orgs = extract(text).to_dict()["organizations"]
    assert GUAM in orgs or CSTO in orgs


@pytest.mark.parametrize(
    "text",
    [
        # the secretary-general's own audience, another meeting
        "On 9 May 2027 the President received the CSTO Secretary General, who told him about"
        " the drug council held in Astana.",
        # the secretariat as the source of the report
        "The ministers met in Delhi on 9 May 2027, according to the SCO Secretariat.",
    ],
)
def test_a_secretary_general_received_or_quoted_does_not_add_the_organisation(text: str) -> None:
    orgs = extract(text).to_dict()["organizations"]
    assert CSTO not in orgs and SCO not in orgs
