"""Participants' states as the development set's sites leave them unsaid, in our own words:
rules read from the reports of many rounds and sites."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract


def _countries(text: str, url: str | None = None) -> dict[str, str | None]:
    """Each participant's Cyrillic (or Latin) name and state."""
    facts = extract(text, file="x.txt", lexicon=default_lexicon(), url=url).to_dict()
    return {p.get("name_native") or p["name"]: p["country"] for p in facts["participants"]}


@pytest.mark.parametrize(
    ("text", "url", "name", "state"),
    [
        (
            "Директор прокуратуры Кении Джеймс Мванги прибыл с визитом в Азербайджан. "
            "Генеральная прокуратура Азербайджана сообщает, что 3 мая прошла встреча Мванги с "
            "генпрокурором Рашадом Мамедовым. Стороны обсудили обмен опытом.",
            "https://news.example.az/item/1",
            "Рашад Мамедов",
            "Azerbaijan",
        ),
        (
            "В Минске на совещании обсудили обстановку на белорусско-польской границе. В "
            "совещании приняли участие "
            "государственный секретарь Совета Безопасности Павел Круглов и глава Министерства "
            "иностранных дел Олег Соколов.",
            "https://tv.example.by/news/2",
            "Павел Круглов",
            "Belarus",
        ),
    ],
)
def test_the_sites_own_officials(text: str, url: str, name: str, state: str) -> None:
    """A state's own site leaves its officials' state unsaid: a national office of no stated
    state, in a sentence naming no other state, is of the site's state when it takes part."""
    assert _countries(text, url).get(name) == state


@pytest.mark.parametrize(
    ("text", "url", "name"),
    [
        (
            # the guests' site: who receives them abroad is the host's
            "Кыргызская делегация посетила управление ФСИН по Волгоградской области. "
            "Делегацию возглавил председатель СИН Кыргызстана Алмаз Токтогулов. Гостей "
            "встретил руководитель территориального органа Игорь Петров.",
            "https://news.example.kg/3",
            "Игорь Петров",
        ),
        (
            # a place the gazetteer does not know stands in the title
            "В Казани прошло совещание служб спасения стран БРИКС с участием Беларуси. В "
            "совещании принял участие глава Татарстана Ильдар Гарипов.",
            "https://news.example.by/4",
            "Ильдар Гарипов",
        ),
    ],
)
def test_not_the_sites_own(text: str, url: str, name: str) -> None:
    """The host of the site's delegation and an official of a region named in his title are
    not given the site's state."""
    assert _countries(text, url).get(name) not in ("Kyrgyzstan", "Belarus")


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Заседание белорусско-украинской комиссии по чрезвычайным ситуациям пройдет в "
            "Гомеле. В заседании примут участие руководители МЧС двух стран Антон Лисовский и "
            "Богдан Кравчук.",
            {"Антон Лисовский": "Belarus", "Богдан Кравчук": "Ukraine"},
        ),
        (
            "Таможенные службы Казахстана и Армении подписали план. Документ подписан главами "
            "таможенных ведомств Нурлан Ахметов и Арам Петросян.",
            {"Нурлан Ахметов": "Kazakhstan", "Арам Петросян": "Armenia"},
        ),
        (
            "Главы МЧС Грузии и Молдовы подписали план. На совещании в Батуми Леван Гелашвили "
            "и Ион Руснак утвердили план сотрудничества.",
            {"Леван Гелашвили": "Georgia", "Ион Руснак": "Moldova"},
        ),
    ],
)
def test_pair_of_heads_follows_the_states(text: str, states: dict[str, str]) -> None:
    """Two states' heads named as a pair with no state of their own ("руководители МЧС двух
    стран А и Б", "А и Б утвердили") stand in the order the report first names the states."""
    got = _countries(text)
    assert {name: got.get(name) for name in states} == states


def test_pair_of_heads_english() -> None:
    """ "the heads of the agencies of the two countries, A and B": in the states' order."""
    text = (
        "Georgia and Armenia signed a customs agreement. The document was signed in Tbilisi "
        "on 4 May by the heads of the customs agencies of the two countries, Levan Beridze and "
        "Karen Hovsepyan."
    )
    got = _countries(text)
    assert (got.get("Levan Beridze"), got.get("Karen Hovsepyan")) == ("Georgia", "Armenia")


def test_pair_of_heads_waits_for_agreement() -> None:
    """When the headline and the sentence before the pair name the states in different orders,
    the pair keeps no state rather than a guessed one."""
    text = (
        "Emergency ministries of Russia and Armenia to cooperate\n\nThe emergency ministries "
        "of Armenia and Russia signed a plan in Yerevan. The heads of the respective "
        "ministries, Aram Grigoryan and Pavel Smirnov, formalised the plan."
    )
    got = _countries(text)
    assert (got.get("Aram Grigoryan"), got.get("Pavel Smirnov")) != ("Russia", "Armenia")


def test_ru_site_is_weaker_evidence() -> None:
    """A .ru page tells another state's minister with his state only in the sentence's
    delegation ("делегации МВД Беларуси"): no Russian participant is made of him."""
    text = (
        "Во время официального визита делегации МВД Беларуси в Монголию министр внутренних "
        "дел Павел Лисицын провел переговоры. Стороны обсудили борьбу с наркотиками."
    )
    facts = extract(
        text, file="x.txt", lexicon=default_lexicon(), url="https://news.example.ru/1"
    ).to_dict()
    assert "Russia" not in facts["countries"]
    assert [p["country"] for p in facts["participants"]] != ["Russia"]


def test_national_site_still_gives_its_state() -> None:
    """On a state's own site outside .ru the one national official keeps the site's state."""
    text = (
        "В мероприятии в Баку приняли участие делегации. В мероприятии принял участие "
        "начальник Службы внешней разведки Орхан Гасанов."
    )
    assert _countries(text, "https://news.example.az/5").get("Орхан Гасанов") == "Azerbaijan"


def test_one_untitled_person_is_the_sites() -> None:
    """On a state's own site the one participant named with no title ("Igor Rusu had a
    working meeting with the director ...") is of the site's state."""
    text = (
        "Igor Rusu had a working meeting with the director of the Border Police of the "
        "Republic of Moldova, Ion Ceban\n\nThe two discussed how the service develops.\n\n"
        "Also, Igor Rusu highlighted that he will support the service in its work."
    )
    assert _countries(text, "https://president.example.md/1").get("Igor Rusu") == "Moldova"


def test_two_untitled_people_could_be_either_side() -> None:
    """Two named with no title, in a report of two states, are left without a state."""
    text = (
        "Prosecutors General of Uzbekistan and Russia met in Tashkent. At the meeting, Oleg "
        "Smirnov noted the fight against cybercrime. Bakhtiyor Rakhimov and his Russian "
        "counterpart signed a plan."
    )
    assert _countries(text, "https://news.example.uz/2").get("Oleg Smirnov") != "Uzbekistan"


def test_one_untitled_person_is_the_sites_russian() -> None:
    """The same on a Russian-language page: "судья ... Ч. Осмонова" of no title read."""
    text = (
        "Делегация Конституционной палаты Кыргызстана приняла участие в конференции в "
        "Душанбе. На сессии выступила Айгуль Осмонова с докладом о правосудии."
    )
    assert _countries(text, "https://court.example.kg/3").get("Айгуль Осмонова") == "Kyrgyzstan"


def _roles(text: str) -> dict[str, str]:
    facts = extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()
    return {p["name_native"] or p["name"]: p["role"] for p in facts["participants"]}


def test_two_sides_talks_with_no_host_have_no_speaker() -> None:
    """Two states' talks with no host told (a phone call): what each side said is the talks
    themselves, so each attends."""
    text = (
        "Секретарь Совета безопасности Армении Давид Саркисян провел телефонный разговор с "
        "секретарем Совета безопасности Казахстана Ерболом Нуриевым. Давид Саркисян отметил "
        "важность сотрудничества двух стран в сфере безопасности."
    )
    assert _roles(text) == {"Давид Саркисян": "attendee", "Ербол Нуриев": "attendee"}


@pytest.mark.parametrize(
    "text",
    [
        "АСТАНА. 3 марта. КАЗИНФОРМ /Айгерим Сарсенова/ - Министр внутренних дел Казахстана "
        "Берик Ахметов провел встречу с министром внутренних дел Кыргызстана Улуком Асановым.",
        "Министры встретятся в Минске 12 мая 2015, 10:20 [«Вечерние Вести», Ольга Пронина ] "
        "Министр внутренних дел Беларуси Иван Петров проведет встречу с министром внутренних "
        "дел Армении Ашотом Гаспаряном.",
    ],
)
def test_author_in_the_byline_is_no_participant(text: str) -> None:
    """A name set in the byline's marks after the agency or the outlet is the report's author."""
    names = set(_countries(text))
    assert not names & {"Айгерим Сарсенова", "Ольга Пронина"}
    assert len(names) == 2


def test_head_of_state_speaking_at_his_meeting_takes_part() -> None:
    """ "Об этом заявил глава государства А 5 мая на встрече с директором Б": the president
    said it at his own meeting with the visitor, whom he received."""
    text = (
        "Сотрудничество спецслужб укрепляется. Об этом заявил глава государства Эмиль "
        "Садыков 5 мая на встрече с директором Службы внешней разведки России Олегом "
        "Васильевым, сообщили в пресс-службе президента Кыргызстана."
    )
    assert "Эмиль Садыков" in _countries(text)


def test_national_agency_copy_on_an_aggregator() -> None:
    """An aggregator's .ru copy of a national agency's report ("/Корр. БЕЛТА/") tells that
    state's official with no state, as the agency's own site does."""
    text = (
        "12 мая, Минск /Корр. БЕЛТА/. Во время официального визита в Монголию министр "
        "внутренних дел Павел Лисицын встретился с руководством полиции Улан-Батора."
    )
    facts = extract(
        text, file="x.txt", lexicon=default_lexicon(), url="https://news.example.ru/2"
    ).to_dict()
    assert [p["country"] for p in facts["participants"]][:1] == ["Belarus"]


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "Южные границы Казахстана охраняются усиленно. Об этом заявил председатель "
            "Пограничной службы республики Ерлан Серикбаев во время заседания командующих "
            "пограничными войсками стран СНГ.",
            "Ерлан Серикбаев",
            "Kazakhstan",
        ),
        (
            "В аппарате Генеральной прокуратуры Республики Армения руководитель ведомства Арам "
            "Симонян провел встречу с представителями МВД Кыргызстана.",
            "Арам Симонян",
            "Armenia",
        ),
    ],
)
def test_title_pointing_back_to_the_state(text: str, name: str, state: str) -> None:
    """ "председатель Погранкомитета республики", "председатель ведомства": the title points
    back to the one state named before it."""
    assert _countries(text).get(name) == state


def test_this_country_is_not_the_state_just_named() -> None:
    """ "встретился с министром этой страны", "командующий войсками страны": the state the
    story is about or is held in, not the one the sentence names first."""
    text = (
        "Делегация белорусского министерства находится с визитом в Китае. Руководитель "
        "белорусского милицейского ведомства встретился с министром общественной "
        "безопасности этой страны Ли Мином."
    )
    assert _countries(text).get("Ли Мин") != "Belarus"


def test_country_of_the_venue_is_not_the_state_just_named() -> None:
    text = (
        "Вчера директор Пограничной службы Казахстана Ерлан Ахметов провел встречу в Бишкеке "
        "с командующим пограничными войсками страны Нурбеком Асановым."
    )
    assert _countries(text).get("Нурбек Асанов") != "Kazakhstan"


def test_who_met_the_delegation_is_not_of_its_state() -> None:
    """ "А провел рабочую встречу с делегацией прокуратуры Армении": А met the delegation, he
    is not of its state."""
    text = (
        "Председатель Следственного комитета Олег Сидоров провел рабочую встречу с "
        "делегацией Генеральной прокуратуры Армении во главе с заместителем генерального "
        "прокурора Ашотом Мкртчяном."
    )
    assert _countries(text).get("Олег Сидоров") != "Armenia"
