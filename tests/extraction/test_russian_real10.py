"""Russian reports as the development set's sites write them, in our own words: rules that
fixed misses in reports of at least two sites."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _facts(text: str) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()


def _people(text: str) -> dict[str, str]:
    """Each participant's Cyrillic name and role."""
    return {p["name_native"]: p["role"] for p in _facts(text)["participants"]}


def test_whom_an_exception_names_takes_no_part() -> None:
    """ "все главы ..., кроме президента А": A is the one absent; "за исключением Б": so is Б."""
    facts = _facts(
        "В Минске проходит заседание Совета глав МВД. На заседание прибыли все министры, "
        "кроме министра внутренних дел Армении Ашота Саакяна, который болен. В работе совета "
        "участвуют делегации всех стран Содружества, за исключением Туркмении. Министр "
        "внутренних дел Белоруссии Иван Кравченко открыл заседание."
    )
    names = {p["name_native"] for p in facts["participants"]}
    assert "Ашот Саакян" not in names and "Иван Кравченко" in names
    assert "Turkmenistan" not in facts["countries"]


def test_a_sentence_opening_with_the_side_names_a_state_taking_part() -> None:
    """ "От Казахстана присутствует премьер-министр": Kazakhstan takes part."""
    facts = _facts(
        "В Ереване проходит заседание Совета коллективной безопасности ОДКБ. "
        "От Казахстана присутствует премьер-министр. От Узбекистана на заседании "
        "присутствовал начальник департамента министерства."
    )
    assert {"Kazakhstan", "Uzbekistan"} <= set(facts["countries"])


def test_who_sends_greetings_is_not_there() -> None:
    """ "Приветственное слово участникам направили А и Б"; "передал приветствия его коллеги
    В": the senders stay mentioned, the bearer takes part."""
    roles = _people(
        "В Москве состоялось заседание Совета министров внутренних дел государств - участников "
        "СНГ. Приветственное слово участникам заседания направил Председатель Правительства "
        "России Михаил Соколов. Министр внутренних дел Казахстана Ерлан Жаксылыков передал "
        "участникам приветствия своего коллеги Бориса Громова и выступил с докладом."
    )
    assert roles == {"Ерлан Жаксылыков": "speaker"}


def test_a_head_of_state_who_is_a_side_of_the_meeting_told_hosts_it() -> None:
    """ "встреча президента А с директором ... Б": A hosts, B visits; the body is named by
    the president and the visitor's agency. Another event's talks ("в свете состоявшихся ...
    переговоров Президента В") leave В mentioned."""
    facts = _facts(
        "Сегодня в Бишкеке состоялась встреча президента Киргизии Садыра Асанова с "
        "директором Федеральной службы безопасности Российской Федерации Игорем Петровым. "
        "Стороны отметили значимость встречи в свете состоявшихся в марте в Москве переговоров "
        "Президента России Бориса Громова."
    )
    roles = {p["name_native"]: p["role"] for p in facts["participants"]}
    assert roles == {"Садыр Асанов": "host", "Игорь Петров": "attendee"}
    assert facts["body"] == "President of Kyrgyzstan and Security Service of Russia"


def test_a_head_of_states_meeting_beside_a_session_stays_outside_it() -> None:
    """A president's talks with a minister come for a joint collegium: the session's report."""
    roles = _people(
        "В Минске состоялось заседание объединенной коллегии МВД Беларуси и России. Накануне "
        "прошла встреча Президента Беларуси Петра Климука с главой МВД России Борисом Громовым."
    )
    assert "Петр Климук" not in roles and "Пётр Климук" not in roles


def test_a_chinese_name_declined_in_full_comes_back_to_the_nominative() -> None:
    """ "с министром ... КНР Ваном Сяохуном", "с прокурором Китая Ин Юном": the surname
    declines with the given name, or not at all."""
    from archive.extraction.russian.chinese import find_chinese_names

    found = find_chinese_names("с Ваном Сяохуном, с Чжаном Цзюнем и с Ин Юном")
    assert [(s, g) for _, _, s, g in found] == [
        ("Ван", "Сяохуном"),
        ("Чжан", "Цзюнем"),
        ("Ин", "Юном"),
    ]


def test_the_talks_of_a_visit_are_the_meeting_told_when_no_session_is_named() -> None:
    """ "В рамках визита министр А провел встречу с министром ... Б": with no session of a
    body in the report, those talks are its meeting and Б takes part."""
    roles = _people(
        "Министр внутренних дел Беларуси Иван Кравченко находится с визитом в Китае. В рамках "
        "визита министр Иван Кравченко провел встречу с министром общественной безопасности "
        "КНР Ваном Сяохуном."
    )
    assert "Ван Сяохун" in roles


def test_a_town_in_a_title_gives_its_state() -> None:
    """ "начальник управления общественной безопасности Пекина А": A is of China."""
    facts = _facts(
        "В Пекине состоялась встреча министра внутренних дел Беларуси Ивана Кравченко с "
        "начальником управления общественной безопасности Пекина Цинь Юньбяо."
    )
    states = {p["name_native"]: p["country"] for p in facts["participants"]}
    assert states["Цинь Юньбяо"] == "China"


def test_where_those_taking_part_arrived_is_the_venue() -> None:
    """ "Генпрокурор А прибыл в Анкару", "В Ереван прибыли все главы": the town they came to
    for the meeting."""
    facts = _facts(
        "Генеральный прокурор России Игорь Петров прибыл в Анкару. В ходе визита он проведет "
        "переговоры с генеральным прокурором Турции."
    )
    assert facts["city"] == "Ankara"
    facts = _facts(
        "Заседание Совета коллективной безопасности ОДКБ проходит за закрытыми дверями. "
        "Обсуждаются вопросы безопасности.\n\nВ Ереван прибыли все главы государств."
    )
    assert facts["city"] == "Yerevan"


def test_a_head_of_government_who_opens_or_greets_the_session_is_there() -> None:
    """ "заседание открыл премьер-министр А": A speaks; "В своем приветственном слове президент
    Б отметил" in Б's own capital: Б hosts."""
    roles = _people(
        "В Баку прошло заседание Совета руководителей органов безопасности и специальных служб "
        "государств - участников СНГ. Заседание открыл премьер-министр Армении Тигран Арутюнян, "
        "выразивший уверенность в успехе работы."
    )
    assert roles["Тигран Арутюнян"] == "speaker"
    roles = _people(
        "В Ереване прошла сессия Совета коллективной безопасности ОДКБ. В своем приветственном "
        "слове президент Армении Ашот Саакян отметил важность встречи."
    )
    assert roles == {"Ашот Саакян": "host"}


def test_a_head_of_state_who_received_the_delegations_before_the_session_stays_outside() -> None:
    """ "главы делегаций были приняты Президентом А, который в своём приветственном слове
    подчеркнул": his reception, not the session."""
    roles = _people(
        "В Минске прошло заседание Совета руководителей органов безопасности и специальных "
        "служб государств - участников СНГ. Перед началом мероприятия главы делегаций были "
        "приняты Президентом Республики Беларусь Петром Климуком, который в своём приветственном "
        "слове подчеркнул роль совета."
    )
    assert not any(name.endswith("Климук") for name in roles)


def test_a_governor_greeting_the_session_is_of_the_venues_state() -> None:
    """ "губернатор региона А" in Pskov: a title of its own, of the venue's state."""
    facts = _facts(
        "Коллегия Пограничного комитета Союзного государства прошла в Пскове. Как отметил в "
        "приветственном слове губернатор региона Андрей Волков, вопросы границы для области "
        "актуальны."
    )
    people = {p["name_native"]: (p["title"], p["country"]) for p in facts["participants"]}
    assert people["Андрей Волков"] == ("губернатор региона", "Russia")


def test_who_welcomes_a_guest_at_the_airport_takes_no_part_by_it() -> None:
    """ "В аэропорту его встретили губернатор А и председатель Б": a welcome on arrival; the
    list of delegations goes on over "полиции" ("министерства ... Азербайджана, полиции
    Армении, Беларуси")."""
    facts = _facts(
        "Сегодня в Казань прибыл министр внутренних дел России Иван Петров. Министр примет "
        "участие в совещании руководителей кадровых аппаратов МВД государств - участников СНГ. "
        "В аэропорту его встретили губернатор Олег Смирнов и председатель думы Юрий Котов. "
        "В совещании принимают участие делегации министерства внутренних дел Азербайджана, "
        "полиции Армении, Беларуси, Казахстана и России."
    )
    names = {p["name_native"] for p in facts["participants"]}
    assert names == {"Иван Петров"}
    assert {"Azerbaijan", "Armenia", "Belarus", "Kazakhstan", "Russia"} <= set(facts["countries"])


def test_the_counterpart_who_meets_the_delegation_at_the_airport_takes_part() -> None:
    """ "Его армянский коллега А встретил делегацию в аэропорту": the host of the talks."""
    roles = _people(
        "С визитом в Ереван прибыл секретарь Совета безопасности России Николай Петров. Его "
        "армянский коллега Армен Саакян встретил делегацию лично в аэропорту."
    )
    assert "Армен Саакян" in roles


def test_who_represents_a_side_takes_part() -> None:
    """ "Российскую милицию представляли министр ... А", "Казахстан будет представлять Б"."""
    roles = _people(
        "В Оренбурге прошло совещание руководителей органов внутренних дел приграничных "
        "регионов России и Казахстана. Российскую милицию представляли министр внутренних дел "
        "Иван Петров и начальники управлений."
    )
    assert "Иван Петров" in roles
    roles = _people(
        "В Бишкеке пройдет встреча министров МЧС стран ШОС. Казахстан будет представлять "
        "Олег Смирнов, вице-премьер."
    )
    assert "Олег Смирнов" in roles


def test_the_town_those_taking_part_will_gather_in_is_the_venue() -> None:
    """ "В Бишкек 25 июля съедутся генеральные прокуроры", "в Оренбург с рабочим визитом
    прибыл министр А": the day or the visit stands between the town and the verb."""
    facts = _facts("В Бишкек 25 июля съедутся генеральные прокуроры восьми стран.")
    assert facts["city"] == "Bishkek"
    facts = _facts(
        "Вчера в Оренбург с рабочим визитом прибыл министр внутренних дел России Иван Петров. "
        "Он проведет совещание с коллегами из Казахстана."
    )
    assert facts["city"] == "Orenburg"


def test_a_police_service_and_a_foreign_intelligence_service_are_kinds_of_their_own() -> None:
    """ "начальник полиции Армении" beside Georgia's interior minister; "директор Службы
    внешней разведки России" beside "глава Службы государственной безопасности страны"."""
    facts = _facts(
        "В Тбилиси состоялась встреча министра внутренних дел Грузии Георгия Беридзе и "
        "начальника полиции Армении Ашота Саакяна. Стороны обсудили борьбу с преступностью."
    )
    assert facts["body"] == "Police of Armenia and Interior Ministry of Georgia"
    facts = _facts(
        "В Ташкенте директор Службы внешней разведки России Иван Петров встретился с главой "
        "Службы государственной безопасности страны Рустамом Алиевым. Стороны обсудили "
        "сотрудничество спецслужб России и Узбекистана."
    )
    assert facts["body"] == (
        "Foreign Intelligence Service of Russia and Security Service of Uzbekistan"
    )


def test_a_president_receiving_his_own_states_official_names_the_body() -> None:
    """ "Президент РФ А встретился с председателем Следственного комитета РФ Б", "Глава
    государства А принял директора службы внешней разведки Казахстана Б": the president and
    the agency of his own state."""
    facts = _facts(
        "МОСКВА, 7 мар - Агентство. Президент РФ Иван Петров в субботу встретился с "
        "председателем Следственного комитета РФ Олегом Смирновым."
    )
    assert facts["body"] == "President of Russia and Investigative Committee of Russia"
    facts = _facts(
        "Глава государства Ерлан Сатпаев принял директора службы внешней разведки Республики "
        "Казахстан Габита Омарова. Глава государства отметил важность работы службы."
    )
    assert facts["body"] == (
        "President of Kazakhstan and Foreign Intelligence Service of Kazakhstan"
    )
