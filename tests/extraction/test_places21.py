"""Unit tests of the venue rules of the 21st round: the city and the venue's state the
reports name (own wording, not the articles')."""

from __future__ import annotations

from archive.extraction import extract


def _out(text: str) -> dict:
    return extract(text).to_dict()


# ------------------------------------------------------------- the day between act and place
def test_a_day_between_the_act_and_its_town_keeps_the_town_the_venue() -> None:
    out = _out(
        "Regional probation dialogue\n\n"
        "The second regional dialogue on probation and prison reform is taking place from "
        "14 to 17 March 2021 in Almaty, with experts of five states.\n\n"
        "The participants share their practice of alternatives to custody."
    )
    assert out["city"] == "Almaty"
    assert out["venue_country"] == "Kazakhstan"


def test_a_document_signed_on_a_day_in_a_town_is_not_the_venue() -> None:
    out = _out(
        "Prosecutors of Russia visit Azerbaijan\n\n"
        "A delegation of the Prosecutor General's Office of Russia arrived in Azerbaijan to "
        "carry out the Cooperation Programme signed on 14 February 2022 in Moscow by the two "
        "prosecutors general.\n\n"
        "The guests met the staff of the Academy of Justice."
    )
    assert out["city"] is None
    assert out["venue_country"] == "Azerbaijan"


# --------------------------------------------------------------- a Russian guest's arrival
def test_a_guest_arriving_in_a_town_meets_there_ru() -> None:
    out = _out(
        "Вчера, 3 марта, президент Узбекистана принял министра внутренних дел Беларуси, "
        "прибывшего в Ташкент с рабочим визитом. Стороны обсудили борьбу с "
        "наркопреступностью и обмен опытом подготовки кадров.\n\n"
        "Министр напомнил о договоренностях, достигнутых на встрече глав ведомств в прошлом "
        "году в городе Минске."
    )
    assert out["city"] == "Tashkent"
    assert out["venue_country"] == "Uzbekistan"


# ------------------------------------------------------------------ one state's officials
def test_one_states_officials_meet_at_home() -> None:
    out = _out(
        "Abuse in prisons discussed at the Prosecutor General's Office\n\n"
        "Prosecutor General of Kazakhstan Berik Asylov held a meeting with the Chairman of the "
        "Penal Correction Committee Marat Akhmetzhanov. They discussed complaints of convicts "
        "and the inspection of penal colonies."
    )
    assert out["city"] is None
    assert out["venue_country"] == "Kazakhstan"


def test_one_states_official_and_a_un_office_are_not_placed() -> None:
    out = _out(
        "The Chairman of the State Migration Service of Turkmenistan Batyr Orazov held a "
        "working meeting with the Chief of Mission of the International Organization for "
        "Migration Anna Svensson. The sides discussed the return of migrants."
    )
    assert out["venue_country"] is None


def test_one_states_official_with_an_envoy_is_not_placed() -> None:
    out = _out(
        "The regional prosecutor Nurlan Abenov met the Consul General of Turkey Mehmet Ozturk. "
        "The sides discussed the extradition of wanted persons."
    )
    assert out["venue_country"] != "Turkey"


def test_one_states_official_online_is_not_placed() -> None:
    out = _out(
        "The Chairman of the State Migration Service of Turkmenistan Batyr Orazov took part "
        "in an online conference of the International Organization for Migration. He spoke "
        "about the return of migrants."
    )
    assert out["venue_country"] is None


def test_one_states_official_at_an_organisation_of_states_is_not_placed() -> None:
    out = _out(
        "The Chairman of the State Migration Service of Turkmenistan Batyr Orazov held a "
        "working meeting with the Secretary General of the Shanghai Cooperation Organization. "
        "The sides discussed the return of migrants."
    )
    assert out["venue_country"] is None


def test_one_states_officials_meet_at_home_ru() -> None:
    out = _out(
        "Председатель Агентства по противодействию коррупции Казахстана Асхат Жумабеков провел "
        "совещание с руководителями территориальных департаментов агентства. На совещании "
        "обсуждены итоги работы за полугодие и задачи по профилактике коррупции в сфере "
        "госзакупок."
    )
    assert out["city"] is None
    assert out["venue_country"] == "Kazakhstan"


# ---------------------------------------------------------------------- an event's own line
def test_an_event_line_with_its_days_names_its_town() -> None:
    out = _out(
        "Customs officers of two states train together\n\n"
        "Odessa, 12-14 May 2015 – Officers of the customs services of Moldova and Ukraine "
        "were brought together for a training on the control of rail freight.\n\n"
        "The trainers showed methods of risk analysis."
    )
    assert out["city"] == "Odesa"
    assert out["venue_country"] == "Ukraine"


def test_an_event_line_with_its_days_names_a_geonames_town() -> None:
    out = _out(
        "Border committee meets under the Danish presidency\n\n"
        "10-12 April 2018, Helsingør, Denmark. The border committee of the Baltic states held "
        "its first meeting under the Danish presidency, with guards of Estonia and Poland."
    )
    assert out["city"] == "Helsingør"
    assert out["venue_country"] == "Denmark"


def test_one_states_delegation_alone_is_not_placed_at_home() -> None:
    out = _out(
        "Visit of the delegation of the Police of Iran\n\n"
        "The delegation of the Police of Iran headed by General Reza Karimi visited the "
        "Police Academy. The guests got acquainted with the training of cadets."
    )
    assert out["venue_country"] != "Iran"
