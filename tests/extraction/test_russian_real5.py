"""Russian reports as unseen real sites write them, in our own words: names left in an oblique
case, who receives whom, and the rules behind them."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.cleaning import clean
from archive.extraction.context import Context
from archive.extraction.russian.agencies import kind_ru
from archive.extraction.russian.chinese import find_chinese_names
from archive.extraction.russian.facts import find_body, find_ordinal
from archive.extraction.russian.participants import left_title
from archive.extraction.russian.people import nominative_name
from archive.extraction.russian.text import find_dateline, prepare


@pytest.mark.parametrize(
    ("words", "hint", "native"),
    [
        # a surname declined as an adjective: the dictionary's lemma when it knows the word,
        # else the stressed "-ой" of most such surnames
        (["Александра", "Горового"], "gent", ["Александр", "Горовой"]),
        (["Льва", "Толстого"], "gent", ["Лев", "Толстой"]),
        (["Сергея", "Белого"], "gent", ["Сергей", "Белый"]),
        (["Ивану", "Луговому"], "datv", ["Иван", "Луговой"]),
        (["Петра", "Долгого"], "gent", ["Пётр", "Долгий"]),
        # other surnames keep their rules
        (["Сергея", "Шойгу"], "gent", ["Сергей", "Шойгу"]),
        (["Ержана", "Саденова"], "gent", ["Ержан", "Саденов"]),
        # a given name in -а left undeclined beside a declined surname
        (["Нигматилла", "Юлдашева"], "gent", ["Нигматилла", "Юлдашев"]),
        (["Хабибуллы", "Назарова"], "gent", ["Хабибулла", "Назаров"]),
        (["Кирилла", "Петрова"], "gent", ["Кирилл", "Петров"]),
    ],
)
def test_an_oblique_name_is_put_back_in_the_nominative(
    words: list[str], hint: str, native: list[str]
) -> None:
    assert nominative_name(words, hint)[0] == native


def _title_before(text: str, name: str) -> str | None:
    ctx = Context(clean(prepare(text)), default_lexicon())
    pos = ctx.text.index(name)
    span = left_title(ctx, ctx.doc.sentences[ctx.sent_idx(pos)][0], pos)
    return ctx.text[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Прибыла делегация во главе Генерального прокурора Республики Узбекистан "
            "Хабибулла Назарова.",
            "Хабибулла",
            "Генерального прокурора Республики Узбекистан",
        ),
        # an agency "при президенте" is part of the title, whose head is the director
        (
            "Прошла встреча директора Агентства по контролю за наркотиками при президенте "
            "Таджикистана Рустама Шарипова с делегацией.",
            "Рустама",
            "директора Агентства по контролю за наркотиками при президенте Таджикистана",
        ),
        # "после" is a preposition, never the noun "посол"
        (
            "Как отметил на пресс-конференции после церемонии генеральный прокурор России "
            "Иван Петров, документы подписаны.",
            "Иван",
            "генеральный прокурор России",
        ),
    ],
)
def test_the_title_before_a_name(text: str, name: str, title: str) -> None:
    assert _title_before(text, name) == title


def _ctx(text: str) -> Context:
    return Context(clean(prepare(text)), default_lexicon())


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("председатель государственного пограничного комитета беларуси", "border"),
        ("первый заместитель директора фсб россии, руководитель пограничной службы", "border"),
        ("генеральный прокурор республики узбекистан", "prosecutor"),
        ("директор агентства по контролю за наркотиками при президенте", "drug-control"),
        ("министр общественной безопасности китая", "public-security"),
        ("председатель комитета национальной безопасности", "security-service"),
        ("секретарь совета безопасности", "security-council"),
        ("глава мвд туркменистана", "interior"),
        ("посол республики казахстан", None),
    ],
)
def test_the_kind_of_agency_a_russian_title_names(title: str, kind: str | None) -> None:
    found = kind_ru(title)
    assert (found.key if found else None) == kind


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a short name with the membership tail
        (
            "В Астане открылось заседание совета прокуроров стран СНГ.",
            "Coordination Council of Prosecutors General of the CIS",
        ),
        (
            "Министр открыл заседание совета глав МВД и полиции государств Содружества.",
            "CIS Council of Interior Ministers",
        ),
    ],
)
def test_short_russian_names_of_known_bodies(text: str, body: str) -> None:
    assert find_body(_ctx(text), [])[0] == body


def test_a_short_name_needs_the_membership_tail() -> None:
    """A council of a region's prosecutors is no council of the CIS's."""
    found = find_body(_ctx("Заседание совета прокуроров области прошло в Бресте."), [])[0]
    assert found != "Coordination Council of Prosecutors General of the CIS"


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("В Тегеране состоялась 4-я встреча министров внутренних дел.", 4),
        ("Министры провели 12-ю встречу в Ташкенте.", 12),
    ],
)
def test_an_ordinal_with_a_feminine_ending(text: str, ordinal: int) -> None:
    assert find_ordinal(_ctx(text), None)[0] == ordinal


def test_a_day_first_dateline_with_the_agency_between_slashes() -> None:
    ctx = _ctx("5 мая, Минск /Корр. БЕЛТА/. Стороны обсудили вопросы границы.")
    find_dateline(ctx.doc, ctx.lex)
    assert ctx.doc.dateline is not None
    assert ctx.doc.dateline.city_text == "Минск"
    # a day, then a town, with no agency: a sentence, not a dateline
    ctx = _ctx("5 мая, Минск стал местом встречи министров.")
    find_dateline(ctx.doc, ctx.lex)
    assert ctx.doc.dateline is None


def _people(text: str) -> dict[str, str]:
    return {p["name_native"]: p["role"] for p in extract(text).to_dict()["participants"]}


def test_a_surname_alone_after_a_title_is_a_name() -> None:
    text = (
        "В Минске прошло заседание Совета министров внутренних дел государств-участников СНГ "
        "под председательством министра внутренних дел Республики Беларусь Кубракова."
    )
    assert _people(text) == {"Кубраков": "chair"}


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised common word after a title, a place, an acronym: no surname
        "В Минске прошло заседание Совета министров внутренних дел государств-участников СНГ "
        "под председательством министра внутренних дел Республики Беларусь.",
        "Заседание провел министр внутренних дел Беларуси. Участники обсудили Программу.",
    ],
)
def test_no_surname_without_a_surname_after_the_title(text: str) -> None:
    assert _people(text) == {}


def test_a_surname_first_then_the_full_name_is_one_person() -> None:
    text = (
        "Генпрокурор России Краснов прибыл на заседание Координационного совета генеральных "
        "прокуроров государств-участников СНГ. Генпрокурор России Игорь Краснов выступил с "
        "докладом."
    )
    assert _people(text) == {"Игорь Краснов": "speaker"}


def test_a_vertical_list_of_flags_is_one_list() -> None:
    raw = "В нем приняли участие представители\n🇦🇲Армении\n🇧🇾Белоруссии,\n\nИсполком СНГ."
    assert prepare(raw) == "В нем приняли участие представители Армении, Белоруссии, Исполком СНГ."


def test_a_chinese_name_right_after_a_state_in_the_genitive() -> None:
    found = find_chinese_names("заместитель министра общественной безопасности Китая Мэн Хунвэй.")
    assert [(surname, given) for _, _, surname, given in found] == [("Мэн", "Хунвэй")]


def test_one_elected_years_before_took_no_part() -> None:
    text = (
        "В Баку прошло заседание Совета министров внутренних дел государств-участников СНГ. "
        "Министр внутренних дел Азербайджана Вилаят Эйвазов выступил с докладом. Президент "
        "Азербайджана Ильхам Алиев, в 2003 году избран главой государства."
    )
    assert _people(text) == {"Вилаят Эйвазов": "speaker"}


def test_talks_within_a_session_of_many_states_leave_the_body() -> None:
    text = (
        "В Бишкеке прошло заседание Координационного совета генеральных прокуроров "
        "государств-участников СНГ. В нем приняли участие генпрокуроры Армении, Беларуси, "
        "Казахстана, Кыргызстана и России. В рамках заседания проведена двусторонняя встреча "
        "генеральных прокуроров Казахстана и Армении."
    )
    assert extract(text).to_dict()["body"] == (
        "Coordination Council of Prosecutors General of the CIS"
    )


def test_the_kyrgyz_spelling_of_a_town() -> None:
    text = "В городе Жалал-Абад прошло заседание рабочей группы."
    assert extract(text).to_dict()["city"] == "Jalal-Abad"


def test_the_russian_name_of_the_world_bank() -> None:
    text = (
        "В Бишкеке прошло заседание Совета руководителей миграционных органов государств-"
        "участников СНГ. В нем приняли участие представители Исполнительного комитета СНГ и "
        "Всемирного банка."
    )
    assert "World Bank" in extract(text).to_dict()["organizations"]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("министром Гелой (Гекой) Геладзе.", "министром Гелой Геладзе."),
        # a state in brackets between a town and a name stays
        ("в Минске (Беларусь) Иван Петров", "в Минске (Беларусь) Иван Петров"),
    ],
)
def test_another_form_of_a_given_name_in_brackets(raw: str, text: str) -> None:
    assert prepare(raw) == text


def test_an_agreement_signed_years_before_names_no_signatory() -> None:
    text = (
        "В Ташкенте прошла встреча генеральных прокуроров Узбекистана и Таджикистана. "
        "Соглашение, подписанного 6 февраля 2018 года министром Иваном Петровым, действует."
    )
    assert "Иван Петров" not in _people(text)


@pytest.mark.parametrize(
    ("weekday", "date"),
    [
        ("в пятницу", "2022-10-14"),  # 14 October 2022 was a Friday
        ("в среду", "2022"),  # a weekday that disagrees: the year alone
    ],
)
def test_a_dateline_day_with_the_year_of_the_figures(weekday: str, date: str) -> None:
    text = (
        f"ЕРЕВАН, 14 окт — РИА Новости. Заседание совета прошло, сообщил {weekday} министр "
        "внутренних дел РФ Петр Соколов. По состоянию на 1 сентября 2022 года в банке данных "
        "миллион записей."
    )
    assert extract(text).to_dict()["date_start"] == date


def test_two_prosecutors_meeting_within_a_session_is_the_meeting() -> None:
    text = (
        "Соглашение между Генеральной прокуратурой Армении и Генеральной прокуратурой Казахстана "
        "подписано в ходе десятого заседания Координационного совета генеральных прокуроров "
        "государств-участников СНГ. В ходе встреч, проведенных в рамках заседания, Генеральный "
        "прокурор Армении Анна Варданян встретилась с Генеральным прокурором Казахстана Берик "
        "Асыловым."
    )
    found = extract(text).to_dict()
    assert found["body"] == "Prosecutor General's Offices of Armenia and Kazakhstan"
    assert found["ordinal"] is None


def test_two_bodies_share_one_membership_tail() -> None:
    text = (
        "В Минске прошло заседание Совета командующих Пограничными войсками государств-"
        "участников СНГ. Участвовали во встрече и представители Исполнительного комитета и "
        "Антитеррористического центра Содружества."
    )
    organizations = extract(text).to_dict()["organizations"]
    assert "CIS Executive Committee" in organizations
    assert "CIS Anti-Terrorism Center" in organizations
