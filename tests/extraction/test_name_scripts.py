"""A name in both scripts: the case forms of a Russian name, its Latin spellings in the standard
schemes, and the spellings a typed name may stand for."""

import pytest

from archive.extraction.name_scripts import (
    case_forms,
    is_cyrillic,
    latin_name,
    latin_spellings,
    query_spellings,
)


def test_a_russian_name_is_declined_in_the_other_five_cases():
    """Given name by pymorphy3, surname by the rules of surname declension."""
    forms = case_forms("Владимир Колокольцев")
    for form in ("Владимира Колокольцева", "Владимиру Колокольцеву", "Владимиром Колокольцевым",
                 "Владимире Колокольцеве", "Колокольцева", "Колокольцевым"):  # fmt: skip
        assert form in forms
    assert "Владимир Колокольцев" not in forms


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ирина Петровская", {"Ирины Петровской", "Ирину Петровскую", "Ириной Петровской"}),
        ("Анна Иванова", {"Анны Ивановой", "Анну Иванову"}),
        ("Сергей Шевчук", {"Сергея Шевчука", "Сергеем Шевчуком"}),
        ("Ержан Саденов", {"Ержана Саденова", "Ержаном Саденовым"}),
    ],
)
def test_surnames_decline_by_their_ending_and_gender(name, expected):
    assert expected <= set(case_forms(name))


@pytest.mark.parametrize("name", ["Сергей Шойгу", "Хабибулло Вохидзода", "Kolokoltsev"])
def test_indeclinable_surnames_and_latin_names_get_no_invented_forms(name):
    surname = name.split()[-1]
    assert not any(form.endswith(surname + "а") for form in case_forms(name))


def test_a_cyrillic_name_is_spelled_in_every_standard_romanisation():
    spellings = set(latin_spellings("Владимир Колокольцев"))
    assert {
        "Vladimir Kolokoltsev",  # Wikipedia, ICAO passports
        "Vladimir Kolokol'tsev",  # MVD passports
        "Vladimir Kolokoltcev",  # GOST R 52535
        "Vladimir Kolokolcev",  # ISO 9 / scholarly, without the prime
    } <= spellings
    assert latin_spellings("Vladimir Kolokoltsev") == ()


def test_the_displayed_latin_name_is_the_wikipedia_romanisation():
    assert latin_name("Юрий Шевчук") == "Yury Shevchuk"
    assert latin_name("Ержан Саденов") == "Yerzhan Sadenov"
    assert latin_name("Yerzhan Sadenov") == "Yerzhan Sadenov"
    assert is_cyrillic("Колокольцев") and not is_cyrillic("Kolokoltsev")


def test_a_typed_name_stands_for_its_nominative_and_its_latin_spelling():
    assert {"Колокольцев", "Kolokoltsev"} <= set(query_spellings("Колокольцева"))
    assert "Vladimir Kolokoltsev" in query_spellings("Владимира Колокольцева")
    assert "Kolokoltsev" in query_spellings("Kolokolcev")
    assert "Kolokolcev" not in query_spellings("Kolokolcev")  # not the text itself
    assert "Kuznetsov" in query_spellings("Kuznecov")
    assert query_spellings("security") == ()  # a word, not a surname
