"""Russian reports as the development set's sites write them, in our own words: rules that
fixed misses in reports of at least two sites."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from tests.extraction.structures import assert_extracted_exactly

# own-words reports of the structures these rules read, each extracted without a miss
STRUCTURES = [
    "ru_head_receives_official_1",  # "Президент А принял министра ... Б": A hosts, B visits
    "ru_head_receives_official_2",  # "Президент А встретился с директором ... Б"
    "ru_announce_present_lead_1",  # "делегацию возглавляет А"; "напомнили, что ... участвовали"
    "ru_announce_subjects_1",  # "Министры А и Б на коллегии обсудят"; "пройдет, сообщил В"
    "ru_members_after_organisation_1",  # "представители ... Организации Договора ... — A, B"
    "ru_list_national_offices_1",  # "министр ... Кыргызстана А и председатель Госслужбы Б"
]


def _people(text: str) -> dict[str, str]:
    """Each participant's Cyrillic name and role."""
    facts = extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()
    return {p["name_native"]: p["role"] for p in facts["participants"]}


@pytest.mark.parametrize("name", STRUCTURES)
def test_real_structure_extracted_exactly(name: str) -> None:
    """The report's extraction has no wrong, missing or invented fact."""
    assert_extracted_exactly(name, venue=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Президент Узбекистана Рустам Алиев принял министра внутренних дел России Игоря Петрова.",
        "Об этом заявил президент Армении Сергей Осипов, принимая главу МВД Грузии Нико Беридзе.",
    ],
)
def test_a_head_of_state_receiving_one_official_hosts_the_meeting(sentence: str) -> None:
    """ "Президент А принял министра ... Б": the reception is the meeting, A hosts it."""
    roles = _people(sentence + " Стороны обсудили борьбу с терроризмом.")
    assert sorted(roles.values()) == ["attendee", "host"]


def test_a_head_of_state_receiving_the_delegations_of_a_session_is_only_mentioned() -> None:
    """ "принял руководителей делегаций, прибывших для участия в заседании": his own
    reception beside the session, not the session's."""
    roles = _people(
        "Премьер-министр Армении Сергей Осипов принял руководителей делегаций, прибывших в "
        "Ереван для участия в заседании Совета руководителей пенитенциарных служб государств - "
        "участников СНГ. Директор ФСИН России Иван Лебедев выступил с ответным словом."
    )
    assert roles == {"Иван Лебедев": "speaker"}


def test_accepting_a_decision_is_no_reception() -> None:
    """ "Президент А принял решение": no one is received."""
    roles = _people(
        "Президент Киргизии Алмаз Токтосунов принял решение о проведении заседания. "
        "Министр внутренних дел Казахстана Ерлан Жаксылыков выступил на заседании Совета."
    )
    assert "Алмаз Токтосунов" not in roles


def test_the_next_summit_does_not_date_a_session_under_way() -> None:
    """ "участники проходящего в Душанбе заседания": under way on the page's day; "Следующий
    саммит ... пройдет 9 октября" dates another, coming meeting."""
    facts = extract(
        "date 2025-10-21 Генеральный прокурор Армении Арам Петросян избран председателем "
        "Координационного совета генеральных прокуроров государств - участников СНГ. Такое "
        "решение приняли участники проходящего в Душанбе заседания совета.\n\nСледующий "
        "саммит глав государств СНГ пройдет 9 октября 2026 года в Ашхабаде.",
        file="x.txt",
        lexicon=default_lexicon(),
    ).to_dict()
    assert (facts["date_start"], facts["date_basis"]) == ("2025-10-21", "publication")


@pytest.mark.parametrize(
    ("sentence", "taking_part"),
    [
        ("Казахстанскую делегацию возглавляет министр внутренних дел Ерлан Сапаров.", True),
        (
            "В ведомстве напомнили, что в предыдущем заседании участвовал министр внутренних "
            "дел Казахстана Ерлан Сапаров.",
            False,
        ),
        ("Ранее в заседании участвовал министр внутренних дел Казахстана Ерлан Сапаров.", False),
    ],
)
def test_an_announcement_takes_the_present_tense_not_background(
    sentence: str, taking_part: bool
) -> None:
    """In an announcement, "делегацию возглавляет А" tells the plan; "напомнили, что ...
    участвовал А" tells another sitting."""
    roles = _people(
        "22 мая в Бресте состоится заседание Совета министров внутренних дел государств - "
        "участников СНГ. " + sentence
    )
    assert ("Ерлан Сапаров" in roles) is taking_part


@pytest.mark.parametrize(
    ("sentence", "taking_part"),
    [
        ("Заседание будет вести министр внутренних дел Армении Ваге Казарян.", True),
        ("Министр внутренних дел Армении Ваге Казарян на заседании обсудит охрану границы.", True),
        (
            "Заседание пройдет в Ереване, сообщил министр внутренних дел Армении Ваге Казарян.",
            False,
        ),
        ("Проведение заседания поручено заместителю министра Ваге Казаряну.", False),
    ],
)
def test_an_announcement_takes_the_subject_of_the_coming_meeting(
    sentence: str, taking_part: bool
) -> None:
    """ "Заседание будет вести А": A, in the nominative, is to take part; one who tells of the
    plan ("пройдет ..., сообщил А") or a name in another case is not said to."""
    roles = _people(
        "В апреле в Ереване состоится заседание Совета министров внутренних дел государств - "
        "участников СНГ. " + sentence
    )
    assert ("Ваге Казарян" in roles) is taking_part


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Как сообщается, 17 июля в Гомеле состоялось", "2013-07-17"),
        ("Согласно сообщению, 17 июля в Гомеле состоялось", "2013-07-17"),
    ],
)
def test_a_date_after_as_reported_and_a_comma_opens_the_clause_told(opening: str, day: str) -> None:
    """ "Как сообщается, 17 июля ... состоялось": the day of the meeting, not of the news."""
    facts = extract(
        "date 2013-07-18 Совместная коллегия МЧС Беларуси и России провела заседание.\n\n"
        + opening
        + " первое заседание совместной коллегии МЧС Беларуси и России.",
        file="x.txt",
        lexicon=default_lexicon(),
    ).to_dict()
    assert facts["date_start"] == day


def test_the_day_a_statement_was_made_is_still_the_news_day() -> None:
    """ "Об этом сообщила во вторник, 21 октября, А": the day of the news, not the meeting's."""
    facts = extract(
        "date 2025-10-22 Заседание Совета министров внутренних дел государств - участников СНГ "
        "прошло в Сочи. Об этом сообщила 21 октября официальный представитель МВД России "
        "Ирина Волкова.",
        file="x.txt",
        lexicon=default_lexicon(),
    ).to_dict()
    assert facts["date_start"] != "2025-10-21"


def test_a_state_spoken_of_yields_to_the_home_of_the_one_who_receives() -> None:
    """ "Президент Узбекистана А принял министра России Б. На встрече говорилось о визите
    президента в Российскую Федерацию": the reception is in Uzbekistan, at the dateline's
    town."""
    facts = extract(
        "Ташкент. 24 мая. УзТАГ – Президент Узбекистана Рустам Алиев принял министра "
        "внутренних дел Российской Федерации Игоря Петрова.\nНа встрече говорилось о недавнем "
        "визите президента в Российскую Федерацию и о борьбе с терроризмом.\n",
        file="x.txt",
        lexicon=default_lexicon(),
    ).to_dict()
    assert (facts["city"], facts["venue_country"]) == ("Tashkent", "Uzbekistan")


@pytest.mark.parametrize(
    ("second", "state"),
    [
        ("первый заместитель начальника таможенной службы Немат Рахимов", "Tajikistan"),
        ("государственный секретарь Союзного государства Дмитрий Орлов", None),
    ],
)
def test_a_national_office_of_no_state_in_a_list_is_of_the_state_before(
    second: str, state: str | None
) -> None:
    """ "первый заместитель командующего ... Таджикистана А, первый заместитель начальника
    таможенной службы Б": Б is Tajik; not an international office."""
    facts = extract(
        "В Душанбе прошло заседание Совета командующих Пограничными войсками. С приветствием "
        "к участникам обратились первый заместитель командующего пограничными войсками "
        "Таджикистана Шараф Файзуллаев, " + second + ".",
        file="x.txt",
        lexicon=default_lexicon(),
    ).to_dict()
    countries = {p["name_native"]: p["country"] for p in facts["participants"]}
    assert countries[" ".join(second.split()[-2:])] == state


def test_an_announcements_dateline_is_the_day_of_the_news_not_of_the_meeting() -> None:
    """ "ДУШАНБЕ, 5 окт — ... На очередном заседании комиссии в Ереване будут обсуждаться":
    the meeting is still to come, on a day the news does not give; a related story's line
    ("74-я сессия ... в Нью-Йорке") tells no meeting held."""
    facts = extract(
        "Страны СНГ обсудят вопросы миграции\n\nПредставители стран Содружества встретятся "
        "для обсуждения вопросов незаконной миграции\n\nДУШАНБЕ, 5 окт — Спутник. На "
        "очередном заседании комиссии стран СНГ в Ереване будут обсуждаться вопросы "
        "незаконной миграции, сообщает пресс-служба Исполкома СНГ.\n\n74-я сессия "
        "Генеральной Ассамблеи ООН в Нью-Йорке. День третий - Спутник Таджикистан\nЧлены "
        "комиссии рассмотрят информацию о каналах незаконной миграции.\n",
        file="x.txt",
        lexicon=default_lexicon(),
        url="https://example.org/migration/20191005/1/sng.html",
    ).to_dict()
    assert facts["date_start"] != "2019-10-05"


def test_agreements_carried_out_date_the_earlier_visit_not_the_meeting() -> None:
    """ "в рамках исполнения договоренностей, достигнутых в ходе визита ... в Астану 25-26
    декабря 2017 года": the visit's days, not the meeting's, nor its town."""
    facts = extract(
        "Посол Казахстана в Кыргызстане Нурлан Абенов встретился с председателем "
        "Государственной пограничной службы Кыргызстана Адылбеком Исаевым. В ходе встречи "
        "стороны обсудили охрану границы в рамках исполнения договоренностей, достигнутых в "
        "ходе визита президента Кыргызстана в Астану 25-26 декабря 2017 года.",
        file="x.txt",
        lexicon=default_lexicon(),
    ).to_dict()
    assert (facts["date_start"], facts["city"]) == (None, None)
