"""Russian reports as the development set's sites write them, in our own words: rules that
fixed misses in reports of at least two sites."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.dates import url_date
from archive.extraction.russian import cues as C
from archive.extraction.russian.facts import _ORGANISER
from tests.extraction.structures import assert_extracted_exactly

# own-words reports of the structures these rules read, each extracted without a miss
STRUCTURES = [
    "ru_matter_of_founding_1",  # "проекта соглашения о создании Совета", "на основании": no history
    "ru_other_side_state_1",  # two states' talks; "командующим пограничными войсками страны А"
    "ru_host_of_the_venue_1",  # "в Минске состоялась встреча министра России А с министром Б"
    "ru_framing_organisation_1",  # a CSTO council; "учений ОДКБ": the CSTO takes no part itself
    "ru_organiser_takes_part_1",  # "Заседание организовано Исполнительным комитетом СНГ"
    "ru_passive_held_1",  # "Пограничной службой ... проведено заседание"; "Игорем Глухим"
    "ru_states_acting_1",  # "Белоруссия, Литва и Польша обсудили": the states take part
    "ru_town_state_from_geonames_1",  # "в Обнинске проходит заседание": a town not in the gazetteer
]


def _facts(text: str) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()


@pytest.mark.parametrize("name", STRUCTURES)
def test_real_structure_extracted_exactly(name: str) -> None:
    """The report's extraction has no wrong, missing or invented fact."""
    assert_extracted_exactly(name, venue=True)


@pytest.mark.parametrize(
    ("sentence", "history"),
    [
        ("совет был создан в 1992 году", True),
        ("образованного в 2004 году комитета", True),
        ("учреждена решением глав правительств", True),
        ("проект соглашения о создании совета", False),
        ("проект соглашения об образовании совета", False),
        ("на основании предложений сторон", False),
        ("в связи с учреждением бюро", False),
    ],
)
def test_founding_told_as_done_is_history_the_matter_of_founding_is_not(
    sentence: str, history: bool
) -> None:
    """ "создан", "образованного": another, past event; "о создании", "на основании": not."""
    assert C.OTHER_EVENT.found_in(sentence) is history


def test_a_meeting_on_founding_a_body_keeps_its_stated_days_and_town() -> None:
    text = (
        "date 2026-05-20 14—15 мая в Исполнительном комитете СНГ в Минске прошло заседание "
        "экспертной группы по проекту соглашения об образовании Совета руководителей "
        "миграционных служб государств — участников СНГ."
    )
    facts = _facts(text)
    assert (facts["date_start"], facts["date_end"], facts["city"]) == (
        "2026-05-14",
        "2026-05-15",
        "Minsk",
    )


def test_the_one_official_of_no_state_in_two_states_talks_is_of_the_other_state() -> None:
    text = (
        "16 апреля в Минске прошли белорусско-литовские переговоры. Министр внутренних дел "
        "Беларуси Иван Сидоренко провел встречу с министром Игорем Балтрушайтисом."
    )
    people = {p["name_native"]: p["country"] for p in _facts(text)["participants"]}
    assert people == {"Иван Сидоренко": "Belarus", "Игорь Балтрушайтис": "Lithuania"}


def test_an_official_of_no_state_stays_so_when_three_states_take_part() -> None:
    text = (
        "16 апреля в Минске прошли переговоры. В них приняли участие представители Беларуси, "
        "Латвии и Литвы. Министр внутренних дел Беларуси Иван Сидоренко провел встречу с "
        "министром Игорем Балтрушайтисом."
    )
    facts = _facts(text)
    people = {p["name_native"]: p["country"] for p in facts["participants"]}
    assert len(facts["countries"]) == 3
    assert people["Игорь Балтрушайтис"] is None


def test_one_who_receives_hosts_whatever_town_is_named_elsewhere() -> None:
    """ "Его армянский коллега А встретил гостя": A hosts even when another sentence names a
    town of the visitor's state."""
    text = (
        "С визитом в Ереван прибыл секретарь Совета безопасности России Николай Петров. Его "
        "армянский коллега Армен Саакян встретил гостя. Петров и Саакян беседовали недавно в "
        "Уфе, на полях международной встречи по вопросам безопасности."
    )
    facts = _facts(text)
    roles = {p["name_native"]: p["role"] for p in facts["participants"]}
    assert facts["venue_country"] == "Armenia"  # the town he came to, not the other meeting's
    assert roles == {"Николай Петров": "attendee", "Армен Саакян": "host"}


def test_a_small_town_of_a_state_the_report_does_not_name_gives_no_state() -> None:
    """A town GeoNames puts in a state the report never names gives no venue state unless it
    is a big one: "в Обнинске" in a report naming only Kazakhstan and Kyrgyzstan."""
    text = (
        "14 октября 2026 года в Обнинске проходит заседание совместной коллегии МВД Казахстана "
        "и Кыргызстана."
    )
    facts = _facts(text)
    assert (facts["city"], facts["venue_country"]) == ("Obninsk", None)


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://agency.example/news/20260528034615519-Stranyi-SNG", (2026, 5, 28)),
        ("https://agency.example/news/politics/sng1-20260915-41948196/", (2026, 9, 15)),
        ("https://agency.example/news/item_20260915.html", (2026, 9, 15)),
        ("https://agency.example/news/20261399-slug", None),  # no such month
        ("https://agency.example/news/12026091541948196-slug", None),  # an id
        ("https://agency.example/news/2026091599-slug", None),  # no time of day
    ],
)
def test_packed_dates_in_urls(url: str, want: tuple | None) -> None:
    """Eight digits of a date between separators, or a time stamp's date, in a URL's path."""
    assert url_date(url) == want


def test_a_time_stamped_url_dates_a_weekday_of_the_news() -> None:
    """ "В пятницу ... завершилось заседание" on a page whose URL is stamped on that Friday."""
    text = (
        "Баку, 29 мая - AGENCY\nВ пятницу в Алма-Ате завершилось заседание Координационного "
        "совета руководителей органов налоговых расследований государств-участников СНГ."
    )
    url = "https://agency.example/news/20260529101500123-Sovet-SNG"
    facts = extract(text, file="x.txt", lexicon=default_lexicon(), url=url).to_dict()
    assert (facts["date_start"], facts["date_precision"]) == ("2026-05-29", "day")


def test_the_framing_organisation_takes_part_through_its_officials() -> None:
    """A CSTO council's sitting with the CSTO's deputy secretary general there: the CSTO
    takes part."""
    text = (
        "Минск, 12 октября 2026 года. Заседание Координационного совета по чрезвычайным "
        "ситуациям государств-членов ОДКБ открылось сегодня в Минске. В заседании принял "
        "участие заместитель Генерального секретаря ОДКБ Валерий Семенов. Участники "
        "рассмотрят план совместных учений ОДКБ."
    )
    assert _facts(text)["organizations"] == ["Collective Security Treaty Organization"]


@pytest.mark.parametrize(
    ("words", "organiser"),
    [
        ("под эгидой", True),
        ("сборы проведены", True),
        ("мероприятие организовано", True),
        ("борьба с организованной преступностью", False),
        ("проведение учений", False),
    ],
)
def test_words_of_organising_a_meeting(words: str, organiser: bool) -> None:
    """Holding or organising the meeting, not organised crime nor a plan to hold one."""
    assert bool(_ORGANISER.search(words)) is organiser


def test_the_passive_of_holding_tells_the_meeting_and_its_town() -> None:
    """ "Центром ... проведены сборы": held there, though "сборы" is no word for a sitting."""
    text = (
        "2 сентября 2026 года в г. Актау Антитеррористическим центром государств-участников "
        "СНГ проведены сборы руководителей антитеррористических подразделений."
    )
    facts = _facts(text)
    assert (facts["city"], facts["venue_country"]) == ("Aktau", "Kazakhstan")


@pytest.mark.parametrize(
    ("phrase", "native"),
    [
        ("во главе с генерал-полковником Олегом Плохим", "Олег Плохой"),
        ("во главе с генерал-полковником Сергеем Белым", "Сергей Белый"),
        ("во главе с генерал-полковником Сергеем Ивановым", "Сергей Иванов"),
        ("во главе с генерал-полковником Сергеем Никитиным", "Сергей Никитин"),
    ],
)
def test_a_surname_declined_as_an_adjective_in_the_instrumental(phrase: str, native: str) -> None:
    text = f"В Минске прошло заседание коллегии МВД. Прибыла российская делегация {phrase}."
    assert [p["name_native"] for p in _facts(text)["participants"]] == [native]


_OWN_SITE_LEAD = (
    "12 мая 2026 года в Минске состоялось заседание Совета министров внутренних дел "
    "государств-участников СНГ. В заседании приняла участие делегация во главе с {title} "
    "Иваном Петровым."
)


@pytest.mark.parametrize(
    ("url", "title", "country"),
    [
        ("https://police.example.kg/news/1", "министром внутренних дел", "Kyrgyzstan"),
        ("https://agency.example.az/ru/news/2", "начальником службы", "Azerbaijan"),
        ("https://channel.example.tv/news/3", "министром внутренних дел", None),  # no CIS state
        ("https://police.example.kg/news/4", "Генеральным секретарем ОДКБ", None),
    ],
)
def test_a_national_site_tells_its_own_official_without_his_state(
    url: str, title: str, country: str | None
) -> None:
    """The one participant of no state on a CIS state's site, holding a national office, is of
    that state."""
    text = _OWN_SITE_LEAD.format(title=title)
    facts = extract(text, file="x.txt", lexicon=default_lexicon(), url=url).to_dict()
    assert [p["country"] for p in facts["participants"]] == [country]


def test_a_national_site_names_no_state_for_two_officials_of_no_state() -> None:
    text = (
        "12 мая 2026 года прошла встреча министра внутренних дел Ивана Петрова и министра "
        "внутренних дел Олега Сидоренко."
    )
    url = "https://police.example.kg/news/5"
    facts = extract(text, file="x.txt", lexicon=default_lexicon(), url=url).to_dict()
    assert len(facts["participants"]) == 2
    assert [p["country"] for p in facts["participants"]] == [None, None]


@pytest.mark.parametrize(
    ("sentence", "taking_part"),
    [
        ("Россия и Казахстан обсудили охрану границы.", {"Russia", "Kazakhstan"}),
        (
            "Армения, Россия и Белоруссия создадут координационный совет.",
            {"Armenia", "Russia", "Belarus"},
        ),
        # a state alone, or states not the subject of a verb, are not told to act together
        ("Сотрудничество России и Казахстана развивается.", set()),
    ],
)
def test_states_listed_as_the_subject_of_a_plural_verb_take_part(
    sentence: str, taking_part: set[str]
) -> None:
    assert set(_facts(f"Ташкент, 14 мая. {sentence}")["countries"]) == taking_part


def test_names_listed_as_the_subject_of_a_plural_verb_take_part() -> None:
    """ "А и Б утвердили план": the two did it together, so met (any verb in the plural, not
    only "обсудили" and its kin)."""
    text = (
        "В Чолпон-Ате Иван Петренко и Азамат Садыков утвердили план сотрудничества в области "
        "ликвидации чрезвычайных ситуаций на 2027 год."
    )
    assert {p["name_native"] for p in _facts(text)["participants"]} == {
        "Иван Петренко",
        "Азамат Садыков",
    }


def test_names_in_an_oblique_case_before_a_plural_verb_do_not_act() -> None:
    """ "Посланию Ивана Петренко и Азамата Садыкова уделили внимание": not the verb's subject."""
    text = (
        "В Чолпон-Ате прошла выставка. Посланию Ивана Петренко и Азамата Садыкова уделили "
        "внимание журналисты."
    )
    assert _facts(text)["participants"] == []
