"""Russian reports as real sites publish them, in our own words: the year a page without a
date still gives, headers glued to the lead, bodies named by description, and the rules behind
them."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.cleaning import clean
from archive.extraction.context import Context
from archive.extraction.russian.chinese import place_pinyin
from archive.extraction.russian.formats import joint_collegia, member_format
from archive.extraction.russian.people import nominative_name
from archive.extraction.russian.text import prepare
from archive.extraction.russian.years import content_year_ru


def _year(text: str) -> int | None:
    return content_year_ru(Context(clean(prepare(text)), default_lexicon()))


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Подведены итоги работы за 2025 год.", 2025),
        ("Обсуждены итоги работы совета во втором полугодии 2015 года.", 2015),
        ("Рассмотрены результаты деятельности в 2019 году.", 2019),
        ("Утвержден план работы на 2018 год.", 2017),
        ("Обсудят план мероприятий на 2013-2014 годы.", 2013),
        # results outrank a plan: the meeting sums up its year and plans the next two
        ("Подвели итоги работы за 2015 год. Принят план на 2016-2017 годы.", 2015),
        ("Это важно в год 80-летнего юбилея Великой Победы.", 2025),
        ("Юбилей выпал на год 80-летия Победы в Великой Отечественной войне.", 2025),
        ("Прошло заседание совета. Следующее заседание, в 2020 году, пройдет в Казахстане.", 2019),
    ],
)
def test_the_year_a_russian_report_points_to(text: str, year: int) -> None:
    assert _year(text) == year


@pytest.mark.parametrize(
    "text",
    [
        "Одобрена Антинаркотическая стратегия на 2026-2030 годы.",  # drafted years ahead
        "Подвели итоги работы за 2024 год. Обсудили итоги работы в 2025 году.",  # disagree
        # the next sitting's month is given: it may fall in this meeting's own year
        "Прошло заседание. Следующее заседание пройдет в ноябре 2020 года.",
        "Итоги 2019 года подведены.",  # no period of work named
    ],
)
def test_no_year_from_vague_or_conflicting_periods(text: str) -> None:
    assert _year(text) is None


@pytest.mark.parametrize(
    ("raw", "lines"),
    [
        ("07.09.20246 сентября делегация прибыла", ["07.09.2024", "6 сентября делегация прибыла"]),
        (
            "Щит Союзного государства7 июля 2022 года",
            ["Щит Союзного государства", "7 июля 2022 года"],
        ),
        # a day inside a number, or after a space, stays where it is
        ("Прибыли 15 сентября 2024 года", ["Прибыли 15 сентября 2024 года"]),
        ("Дата: 12.05.2027 11 мая", ["Дата: 12.05.2027 11 мая"]),
    ],
)
def test_a_header_glued_to_the_leads_date_is_split_off(raw: str, lines: list[str]) -> None:
    assert prepare(raw).split("\n") == lines


def _ctx(text: str) -> Context:
    return Context(clean(prepare(text)), default_lexicon())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Прошло совещание руководителей антинаркотических ведомств государств-членов ШОС.",
            "Meeting of Heads of Competent Authorities for Combating Illicit Drug Trafficking of "
            "SCO Member States",
        ),
        # the organisation's standing body for the office-holders
        (
            "В Баку встретились генеральные прокуроры государств-членов Организации тюркских "
            "государств.",
            "Council of Prosecutors General of the Organization of Turkic States",
        ),
        (
            "Прошло заседание министров внутренних дел государств-участников СНГ.",
            "CIS Council of Interior Ministers",
        ),
        (
            "Прошло совещание руководителей антинаркотических ведомств государств-членов ОДКБ.",
            "CSTO Coordination Council of Heads of Competent Authorities on Combating Drug "
            "Trafficking",
        ),
    ],
)
def test_a_member_state_format_gets_the_archives_name(text: str, name: str) -> None:
    found = member_format(_ctx(text))
    assert found is not None
    assert found[0] == name


@pytest.mark.parametrize(
    "text",
    [
        # a known body's own name (its secretariat heads the page), not a format
        "Секретариат Координационного совета генеральных прокуроров государств-участников СНГ",
        # office-holders named outside a sentence about a meeting
        "Главы антинаркотических ведомств стран ШОС подписали заявление.",
        # competent bodies with no field named: no office to name them by
        "Прошло совещание руководителей компетентных органов государств-членов ШОС.",
    ],
)
def test_no_member_state_format_without_a_meeting_of_an_office(text: str) -> None:
    assert member_format(_ctx(text)) is None


def test_collegia_of_one_kind_are_left_to_the_joint_collegium_rule() -> None:
    text = "В Бишкеке прошло заседание коллегий МВД Кыргызстана и МВД Казахстана."
    assert joint_collegia(_ctx(text)) is None


@pytest.mark.parametrize(
    ("words", "native"),
    [
        (["Юрия", "Чайки"], ["Юрий", "Чайка"]),  # a man's surname in -а, in the genitive
        (["Олегом", "Сорокой"], ["Олег", "Сорока"]),
        (["Олега", "Сороку"], ["Олег", "Сорока"]),  # the accusative after "встретил"
        (["Сергея", "Шойгу"], ["Сергей", "Шойгу"]),  # a surname that does not decline
        (["Юрия", "Гурули"], ["Юрий", "Гурули"]),  # a nominative in -и stays
        (["Владимира", "Колокольцева"], ["Владимир", "Колокольцев"]),
    ],
)
def test_a_mans_surname_in_a_is_put_back_in_the_nominative(
    words: list[str], native: list[str]
) -> None:
    hint = {"Юрия": "gent", "Олегом": "ablt", "Олега": "accs"}.get(words[0])
    assert nominative_name(words, hint)[0] == native


def test_a_long_cut_off_last_line_is_kept_as_a_sentence() -> None:
    head = "Заседание прошло в Минске. Участники обсудили итоги работы.\n\n"
    cut = (
        "С основными докладами выступили заместитель Генерального прокурора России Павел "
        "Гринько и заместитель Генерального прокурора Республики Бе"
    )
    assert prepare(head + cut).endswith("Республики Бе…")
    # a short last line may be another story's headline: cleaning decides
    assert prepare(head + "Прокуроры встретились в Минске").endswith("в Минске")


@pytest.mark.parametrize(
    ("word", "pinyin"),
    [("Тяньцзинь", "Tianjin"), ("Ханчжоу", "Hangzhou"), ("Сямэнь", "Xiamen"), ("Бишкек", None)],
)
def test_a_chinese_place_name_in_palladius_is_written_in_pinyin(
    word: str, pinyin: str | None
) -> None:
    assert place_pinyin(word) == pinyin


def test_only_the_subject_named_right_before_discussed_took_part() -> None:
    text = (
        "В Астане прошло заседание Совета министров внутренних дел государств-участников СНГ. "
        "В ходе встречи с советником президента Казахстана Асетом Нуровым министры обсудили "
        "обмен данными. Затем Сергей Лебедев и Арман Ахметов обсудили розыск преступников."
    )
    people = {p["name"] for p in extract(text).to_dict()["participants"]}
    assert {"Sergey Lebedev", "Arman Akhmetov"} <= people
    assert "Aset Nurov" not in people
