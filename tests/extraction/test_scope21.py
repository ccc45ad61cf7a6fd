"""The states taking part against the states only mentioned, and the topics' conventions, in
English and Russian reports (own wording)."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _facts(text: str) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()


# ---------------------------------------------------------------- the host state at home
HOST_AT_HOME_EN = (
    "Border chiefs of Black Sea states meet in Varna\n\n"
    "On 14 May 2025, heads of border agencies of Georgia, Moldova and Ukraine met in Varna. "
    "Bulgaria chaired the meeting as the current president of the forum. "
    "The participants discussed irregular migration and smuggling at sea."
)


def test_a_host_state_named_at_home_takes_part_outside_the_cis() -> None:
    facts = _facts(HOST_AT_HOME_EN)
    assert facts["city"] == "Varna"
    assert "Bulgaria" in facts["countries"]
    assert {"Georgia", "Moldova", "Ukraine"} <= set(facts["countries"])


def test_a_state_only_locating_the_town_does_not_take_part() -> None:
    facts = _facts(
        "Central Asian drug agencies meet in Vienna\n\n"
        "On 14 May 2025, heads of drug control agencies of Kazakhstan, Kyrgyzstan and "
        "Tajikistan met in Vienna, Austria. "
        "The participants discussed trafficking of synthetic drugs."
    )
    assert facts["city"] == "Vienna"
    assert "Austria" not in facts["countries"]


# ---------------------------------------------------------------- the other side of two
TWO_SIDES_EN = (
    "Interior minister receives envoy\n\n"
    "ISLAMABAD, 9 February 2026. The Minister of Interior of Pakistan Rashid Qureshi "
    "received Ambassador Farhod Tursunov at the ministry. {closing}"
)


def test_the_one_other_state_named_at_a_meeting_of_two_sides_takes_part() -> None:
    facts = _facts(
        TWO_SIDES_EN.format(
            closing="The two countries agreed to step up joint work against drug "
            "trafficking, and Uzbekistan offered training for police officers."
        )
    )
    assert set(facts["countries"]) == {"Pakistan", "Uzbekistan"}
    assert facts["countries_mentioned"] == []


def test_without_two_sides_the_other_state_stays_mentioned() -> None:
    facts = _facts(
        TWO_SIDES_EN.format(
            closing="The minister spoke about drug trafficking routes that lead through Uzbekistan."
        )
    )
    assert facts["countries"] == ["Pakistan"]
    assert facts["countries_mentioned"] == ["Uzbekistan"]


def test_an_international_organization_named_may_be_the_other_side() -> None:
    facts = _facts(
        TWO_SIDES_EN.format(
            closing="The sides discussed a project of the United Nations Office on Drugs and "
            "Crime, and Uzbekistan was named as its next beneficiary."
        )
    )
    assert "Uzbekistan" not in facts["countries"]


TWO_SIDES_RU = (
    "Генеральный прокурор Армении встретился с гостями\n\n"
    "Ереван, 4 марта 2026 года. Генеральный прокурор Республики Армения Арам Мкртчян "
    "встретился с делегацией прокуроров, прибывшей с визитом. {closing}"
)


def test_russian_the_one_other_state_named_at_a_meeting_of_two_sides_takes_part() -> None:
    facts = _facts(
        TWO_SIDES_RU.format(
            closing="Стороны обсудили борьбу с коррупцией и отметили, что Соединённые Штаты "
            "готовы помочь в обучении прокуроров."
        )
    )
    assert set(facts["countries"]) == {"Armenia", "United States"}


def test_russian_without_two_sides_the_other_state_stays_mentioned() -> None:
    facts = _facts(
        TWO_SIDES_RU.format(
            closing="Речь шла о борьбе с коррупцией; прокуроры недавно вернулись с учёбы "
            "в Соединённых Штатах."
        )
    )
    assert "United States" not in facts["countries"]


# ---------------------------------------------------------------- a state named by its agency
def test_russian_states_named_only_by_their_agencies_take_part() -> None:
    facts = _facts(
        "Министерства обсудили планы\n\n"
        "Душанбе, 5 мая 2026 года. МВД Таджикистана в этом году проведёт совместную "
        "коллегию с МВД России. На ней будут обсуждены борьба с терроризмом и незаконная "
        "миграция."
    )
    assert set(facts["countries"]) == {"Tajikistan", "Russia"}


def test_russian_an_agency_telling_the_news_does_not_take_part() -> None:
    facts = _facts(
        "Пограничники обсудили охрану границы\n\n"
        "Актау, 5 мая 2026 года. Начальник пограничного управления КНБ Республики Казахстан "
        "по Мангистауской области Ерлан Сапаров провёл рабочую встречу с коллегами из "
        "соседних регионов. Обсуждались вопросы охраны морской границы и обмена "
        "информацией, сообщили в пресс-службе ФСБ России."
    )
    assert facts["countries"] == ["Kazakhstan"]


def test_russian_an_agency_whose_head_was_absent_does_not_take_part() -> None:
    """ "Причина отсутствия главы МВД Азербайджана не сообщается": a sentence telling who was
    away makes neither the agency's state nor its head a participant."""
    facts = _facts(
        "Министры внутренних дел СНГ встретились в Минске\n\n"
        "Минск, 14 августа 2025 года. Заседание Совета министров внутренних дел государств — "
        "участников СНГ прошло в Минске. В нём участвовали представители Армении, Белоруссии, "
        "Казахстана и России. Причина отсутствия главы МВД Азербайджана Вилаята Эйвазова не "
        "сообщается."
    )
    assert "Azerbaijan" not in facts["countries"]
    assert "Vilayat Eyvazov" not in {p["name"] for p in facts["participants"]}


# ---------------------------------------------------------------- topics: information exchange
EXCHANGE_EN = (
    "Emergency ministers meet in Almaty\n\n"
    "ALMATY, 12 April 2026. The ministers for emergency situations of Kazakhstan and "
    "Kyrgyzstan met in Almaty. {agenda}"
)


def test_an_exchange_of_qualified_information_is_information_exchange() -> None:
    facts = _facts(
        EXCHANGE_EN.format(
            agenda="They agreed on regularly exchanging seismic monitoring data on mountain lakes."
        )
    )
    assert "information-exchange" in facts["topics"]


def test_an_exchange_named_in_a_documents_title_is_no_topic() -> None:
    facts = _facts(
        EXCHANGE_EN.format(
            agenda="They discussed floods. The ministers will also consider carrying out the "
            "agreement of 2009 on the exchange of meteorological data."
        )
    )
    assert "information-exchange" not in facts["topics"]


# ---------------------------------------------------------------- topics: crime across states
def test_crime_across_states_is_organized_crime() -> None:
    facts = _facts(
        EXCHANGE_EN.format(
            agenda="The sides discussed joint measures against transboundary crime and "
            "floods in the mountains."
        )
    )
    assert "organized-crime" in facts["topics"]


def test_crime_in_its_organized_forms_is_organized_crime() -> None:
    facts = _facts(
        EXCHANGE_EN.format(
            agenda="The ministers discussed the fight against crime in all its organized forms."
        )
    )
    assert "organized-crime" in facts["topics"]


# ---------------------------------------------------------------- topics: legal cooperation
def test_russian_legal_assistance_and_cooperation_are_legal_framework() -> None:
    facts = _facts(
        "Министры юстиции встретились в Бишкеке\n\n"
        "Бишкек, 3 июня 2026 года. Министр юстиции Кыргызстана Аяна Шаршенова провела "
        "встречу с министром юстиции Казахстана Ерланом Сарсембаевым. Министры обсудили "
        "развитие правовой помощи по гражданским делам."
    )
    assert "legal-framework" in facts["topics"]


# ---------------------------------------------------------------- topics: training by any name
def test_russian_trainings_and_courses_are_personnel_training() -> None:
    facts = _facts(
        "Спасатели договорились о сотрудничестве\n\n"
        "Душанбе, 8 июля 2026 года. Министр по чрезвычайным ситуациям Таджикистана Рустам "
        "Назарзода встретился с послом Монголии. Стороны обсудили проведение тренингов "
        "для горноспасателей."
    )
    assert "personnel-training" in facts["topics"]


# ---------------------------------------------------------------- states of the body that met
def test_the_states_after_of_in_the_meeting_held_take_part() -> None:
    facts = _facts(
        "Border committee meets in Tallinn\n\n"
        "TALLINN, 2 October 2026. The second Border Committee meeting under the Estonian "
        "Presidency gathered representatives from the police, border and coast guard as well "
        "as customs authorities from Finland, Latvia, Lithuania and Poland. Smuggling at sea "
        "was discussed."
    )
    assert {"Finland", "Latvia", "Lithuania", "Poland"} <= set(facts["countries"])


def test_states_the_talks_were_about_stay_mentioned() -> None:
    facts = _facts(
        "Drug agencies meet in Kazan\n\n"
        "KAZAN, 2 October 2026. A meeting on the drug situation in the territory of "
        "Afghanistan, Pakistan and Iran was held on 1 October by the heads of drug agencies "
        "of Russia."
    )
    assert not {"Afghanistan", "Pakistan", "Iran"} & set(facts["countries"])


# ---------------------------------------------------------------- topics: border crossings
def test_russian_checkpoints_are_border_security() -> None:
    facts = _facts(
        "Таможенники обсудили работу пунктов пропуска\n\n"
        "Бишкек, 9 сентября 2026 года. Председатель Государственной таможенной службы "
        "Кыргызстана Алмаз Садыков встретился с делегацией провинции Юньнань. Стороны "
        "обсудили продление часов работы КПП «Нарын» в летний период."
    )
    assert "border-security" in facts["topics"]
