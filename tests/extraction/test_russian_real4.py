"""Russian reports as real sites publish them, in our own words: the year a page without a
date still gives, headers glued to the lead, bodies named by description, and the rules behind
them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.extraction import decode_report, default_lexicon, extract
from archive.extraction.cleaning import clean
from archive.extraction.context import Context
from archive.extraction.russian.chinese import place_pinyin
from archive.extraction.russian.formats import joint_collegia, member_format
from archive.extraction.russian.people import nominative_name
from archive.extraction.russian.text import prepare
from archive.extraction.russian.years import content_year_ru
from archive.extraction.scoring import score

REPORTS = Path(__file__).parent / "reports"

STRUCTURES = [
    "ru_results_period_year_1",  # "итоги работы за 2027 год" outranks "план на 2028-2029 годы"
    "ru_two_year_plan_1",  # "Сегодня, 14 апреля" on a dateless page; "план на 2031-2032 годы"
    "ru_victory_year_1",  # "накануне" on a dateless page; "в год 85-летия Великой Победы"
    "ru_next_sitting_year_1",  # "Следующее заседание, в 2029 году, пройдет ...": this one 2028
    "ru_glued_date_line_1",  # "12.05.202711 мая делегация ...": page date glued to the lead's
    "ru_glued_headline_1",  # "Общий щит союзников11 мая 2027 года ..." under "12 май 2027"
    "ru_member_drug_agencies_1",  # "Главы антинаркотических ведомств стран ШОС встретились"
    "ru_member_drug_agencies_2",  # "... (ШОС), наделенных полномочиями по борьбе с ... оборотом"
    "ru_two_agencies_collegia_1",  # "заседание коллегий Службы внешней разведки ... и КГБ ..."
    "ru_short_council_name_1",  # "в рамках III заседания межгоссовета по противодействию ..."
    "ru_gloss_in_body_name_1",  # "органов налоговых (финансовых) расследований ... (КСОНР)"
    "ru_truncated_last_line_1",  # page cut off mid-word in a speakers' line; "Олега Сороки"
    "ru_spoke_later_1",  # "принял участие А ... В ходе заседания А отметил": a speaker
    "ru_chinese_town_1",  # "в г. Ханчжоу Китайской Народной Республики": Hangzhou, China
    "ru_other_meeting_city_1",  # "11 мая т.г. в Санкт-Петербурге прошло заседание" глав
    "ru_later_same_place_1",  # "... в Ярославле. Позднее прошло заседание"; "А и Б обсудили"
    "ru_headline_place_state_1",  # "... по борьбе с наркотрафиком из Афганистана": a place
    "ru_one_line_page_1",  # the whole page on one line: no headline to take sides from
    "ru_members_after_org_1",  # "государств-членов ... (ШОС) Казахстана, Кыргызстана, ..."
    "ru_pronoun_subject_1",  # "Об этом он сообщил на встрече с ... Б"; "Он уточнил" after А
    "ru_surname_first_led_1",  # "представители ... под руководством ... Рахимзода Джамшеда Саидо"
    "ru_list_over_agencies_1",  # "генпрокуратур А, Б, В, профильных агентств Г и Д"
    "ru_ministries_pair_1",  # "Министерства внутренних дел Армении и Грузии провели ..."
    "ru_delegation_of_body_1",  # "делегация АТЦ СНГ во главе с ..."; "в г. Баку (Азербайджан)"
    "ru_delegation_venue_state_1",  # "... прошло в городе Чолпон-Ата Кыргызской Республики"
    "ru_opened_then_report_1",  # "Заседание ... открыл А. С докладом выступил И.В. Соколов."
    "ru_prosecutors_talks_1",  # "Генеральные прокуроры Армении и Казахстана А и Б провели ..."
    "ru_speakers_list_1",  # "С докладами выступили А, Б и В": the whole list speaks
    "ru_ended_today_1",  # "завершилось двухдневное заседание" under the page's 14 October
]


@pytest.mark.parametrize("name", STRUCTURES)
def test_real_structure_extracted_exactly(name: str) -> None:
    """The report's extraction has no wrong, missing or invented fact."""
    text = decode_report((REPORTS / f"{name}.txt").read_bytes())
    gold = json.loads((REPORTS / f"{name}.json").read_text(encoding="utf-8"))
    scores = score([(name, extract(text, file=f"{name}.txt").to_dict(), gold)])
    assert scores.failures == []
    assert scores.mentioned_as_participant == []
    assert scores.invented_dates == []


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
        (
            "В Баку встретились генеральные прокуроры государств-членов Организации тюркских "
            "государств.",
            "Meeting of Prosecutors General of OTS Member States",
        ),
        # the organisation's standing body for the office-holders
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
