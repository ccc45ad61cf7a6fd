"""Russian reports as unseen real sites write them, in our own words: background told before
the meeting, another meeting's day and town in a clause, "today's session"."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.body_kinds import kind_in
from archive.extraction.russian.agencies import kind_ru
from archive.extraction.russian.chinese import place_pinyin


def _facts(text: str) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()


def _people(text: str) -> list[str]:
    return [p["name_native"] for p in _facts(text)["participants"]]


@pytest.mark.parametrize("opening", ["Ранее", "Напомним,"])
def test_who_spoke_before_the_meeting_is_mentioned(opening: str) -> None:
    """A background sentence ("Ранее ... заявил") names no participant."""
    text = (
        "В Минске прошло заседание коллегии МВД Беларуси и Литвы. Стороны обсудили охрану "
        f"границы.\n{opening} депутат литовского сейма Йонас Петраускас заявил, что правительство "
        "учтет итоги этих переговоров."
    )
    assert _people(text) == []


def test_who_speaks_at_the_meeting_after_a_background_sentence_takes_part() -> None:
    """A person named in a background sentence and again at the meeting takes part."""
    text = (
        "В Минске прошло заседание коллегии МВД Беларуси и Литвы.\nРанее министр внутренних "
        "дел Литвы Йонас Петраускас заявил о важности встречи. На заседании Йонас Петраускас "
        "выступил с докладом."
    )
    assert _people(text) == ["Йонас Петраускас"]


def test_todays_session_is_the_day_of_the_news() -> None:
    text = (
        "date 2026-04-14 Стороны обсудили борьбу с наркотрафиком.\nРешения, принятые в ходе "
        "сегодняшнего заседания, помогут в этой работе."
    )
    facts = _facts(text)
    assert (facts["date_start"], facts["date_basis"]) == ("2026-04-14", "publication")


def test_today_as_of_is_no_meeting_day() -> None:
    """ "на сегодняшний день" (as of now) dates nothing: the date is what it is without it."""
    lead = "date 2026-04-14 Стороны обсудили борьбу с наркотрафиком."
    with_as_of = _facts(f"{lead} На сегодняшний день группа раскрыла десять преступлений.")
    without = _facts(f"{lead} Группа раскрыла десять преступлений.")
    assert (with_as_of["date_start"], with_as_of["date_basis"]) == (
        without["date_start"],
        without["date_basis"],
    )


def test_last_years_sitting_gives_neither_its_month_nor_its_town() -> None:
    """ "группы, заседание которой состоялось в октябре прошлого года в Оше": another meeting."""
    text = (
        "date 2026-04-14 Министры обсудили работу рабочей группы, заседание которой состоялось "
        "в октябре прошлого года в Оше, и договорились продолжить ее работу."
    )
    facts = _facts(text)
    assert facts["date_start"] != "2026-10"
    assert facts["city"] is None


@pytest.mark.parametrize(
    ("term", "role"),
    [(" на 2027 год", "attendee"), (" в следующем году", "attendee"), ("", "chair")],
)
def test_chairman_elected_for_a_later_term_does_not_chair_this_sitting(
    term: str, role: str
) -> None:
    """Elected chairman for a term still to come: not this sitting's chair."""
    text = (
        "В Бишкеке прошло заседание Координационного совета по чрезвычайным ситуациям ОДКБ.\n"
        "Министр чрезвычайных ситуаций Кыргызской Республики Тимур Асанов избран председателем "
        f"совета{term}."
    )
    assert [p["role"] for p in _facts(text)["participants"]] == [role]


def test_three_states_heads_who_signed_name_their_agencies() -> None:
    """ "Главы МВД A, B и C подписали": the three states' interior ministries."""
    text = (
        "Главы МВД Казахстана, Кыргызстана и Узбекистана подписали протокол\n"
        "Министры внутренних дел трех стран обсудили в столице борьбу с терроризмом."
    )
    assert _facts(text)["body"] == "Interior Ministries of Kazakhstan, Kyrgyzstan and Uzbekistan"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("министр мчс россии", "emergencies"),
        ("председатель комитета по чрезвычайным ситуациям при правительстве", "emergencies"),
        ("председатель гостаможкомитета беларуси", "customs"),
        ("чрезвычайный и полномочный посол", None),
    ],
)
def test_kinds_of_agency_in_russian_titles(title: str, kind: str | None) -> None:
    found = kind_ru(title)
    assert (found.key if found else None) == kind


def test_english_titles_name_an_emergencies_ministry() -> None:
    assert kind_in("Minister of Emergency Situations of Armenia").key == "emergencies"


def test_csto_migration_council_with_the_membership_tail_inside_its_name() -> None:
    """ "Координационного совета руководителей компетентных органов государств-членов ОДКБ по
    вопросам борьбы с незаконной миграцией (КСБНМ)": the tail inside, "борьбы" for
    "противодействия"."""
    text = (
        "В Минске прошло 12-е заседание Координационного совета руководителей компетентных "
        "органов государств-членов ОДКБ по вопросам борьбы с незаконной миграцией (КСБНМ)."
    )
    assert _facts(text)["body"] == "CSTO Coordination Council on Combating Illegal Migration"


@pytest.mark.parametrize(
    ("sentence", "participant"),
    [
        # a visiting delegation's members
        ("В составе делегации находится заместитель министра Виорел Чобану.", True),
        ("Министр Виорел Чобану находится с рабочим визитом в Минске.", True),
        # a wanted man "находится в розыске": no participant
        ("Бывший заместитель министра Виорел Чобану находится в розыске.", False),
    ],
)
def test_being_on_a_visit_takes_part_being_wanted_does_not(
    sentence: str, participant: bool
) -> None:
    text = f"В Минске прошла встреча министров внутренных дел Беларуси и Молдовы.\n{sentence}"
    assert ("Виорел Чобану" in _people(text)) is participant


def test_who_takes_part_is_no_host_named_after_the_verb() -> None:
    """ "принял участие министр А": taking part, not receiving."""
    text = (
        "В Минске прошло заседание Совета министров внутренних дел СНГ. В заседании принял "
        "участие министр внутренних дел Молдовы Ион Русу."
    )
    assert [p["role"] for p in _facts(text)["participants"]] == ["attendee"]


@pytest.mark.parametrize(
    ("word", "pinyin"),
    [("Тяньцзинь", "Tianjin"), ("Ляньюньган", "Lianyungang"), ("Циньхуандао", "Qinhuangdao")],
)
def test_chinese_towns_of_up_to_three_syllables_in_pinyin(word: str, pinyin: str) -> None:
    assert place_pinyin(word) == pinyin


def test_a_russian_town_is_no_chinese_syllables() -> None:
    assert place_pinyin("Новосибирск") is None


def test_a_long_title_in_the_genitive_over_a_comma_declines_its_name() -> None:
    """ "под председательством Министра ... обороны, чрезвычайным ситуациям ... Александра
    Куренкова": a man in the genitive, not "Александра Куренкова" in the nominative."""
    text = (
        "18 августа в Москве под председательством Министра Российской Федерации по делам "
        "гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных "
        "бедствий Александра Куренкова прошло заседание Координационного совета по "
        "чрезвычайным ситуациям ОДКБ."
    )
    assert _people(text) == ["Александр Куренков"]


def test_an_arabic_name_in_the_instrumental_comes_out_whole_in_the_nominative() -> None:
    text = (
        "Директор Росгвардии Игорь Смирнов посетил Эр-Рияд, где провел встречу с министром "
        "Национальной гвардии Королевства Саудовская Аравия принцем Абдаллой Бен Бандаром Бен "
        "Абдельазизом Аль Саудом."
    )
    assert "Абдалла Бен Бандар Бен Абдельазиз Аль Сауд" in _people(text)
