"""Russian reports as the development set's sites write them, in our own words: rules that
fixed misses in reports of at least two sites."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _facts(text: str, url: str | None = None) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon(), url=url).to_dict()


def _people(text: str) -> dict[str, str]:
    """Each participant's Cyrillic name and role."""
    return {p["name_native"]: p["role"] for p in _facts(text)["participants"]}


def test_a_wire_dateline_ending_in_a_double_hyphen_dates_the_news_not_the_meeting() -> None:
    """ "Пекин, 16 мая /Синьхуа/ -- ... пройдет 21-22 мая": the dateline is the day of the
    news, the meeting's days are those the sentence states."""
    facts = _facts(
        "Министры встретятся в Пекине\n"
        "Пекин, 16 мая /Синьхуа/ -- Очередное заседание министров внутренних дел государств ШОС "
        "пройдет в Пекине 21-22 мая. Об этом сообщил представитель министерства.",
        url="http://example.org/2018-05/16/c_1.htm",
    )
    assert (facts["date_start"], facts["date_end"]) == ("2018-05-21", "2018-05-22")


def test_a_headline_of_a_coming_event_over_a_lead_of_a_meeting_held() -> None:
    """ "В Минске в 2027 году пройдет форум" over "В Беларуси состоялось заседание совета":
    the report is of the sitting held, in the month of the page; the forum's year is not its."""
    facts = _facts(
        "  • 14 марта, 2026\n"
        "В Минске в 2027 году пройдет международный форум прокуроров\n\n"
        "В Беларуси состоялось очередное заседание Межведомственного совета по противодействию "
        "коррупции.\n\n"
        "На заседании председатель совета отметил, что решение о проведении форума в Минске в "
        "2027 году подтверждает авторитет страны.\n"
    )
    assert (facts["date_start"], facts["date_precision"]) == ("2026-03", "month")


def test_who_speaks_during_his_meeting_with_colleagues_from_another_state_hosts_it() -> None:
    """ "Об этом заявил министр А во время встречи с коллегами из Б": the colleagues came from
    their state, A receives them at home."""
    roles = _people(
        "Главы МВД Армении и Грузии подписали протокол. Раскрываемость преступлений выросла, "
        "заявил министр внутренних дел Армении Арам Григорян во время встречи со своими "
        "коллегами из Грузии. Стороны обсудили борьбу с наркотрафиком."
    )
    assert roles == {"Арам Григорян": "host"}


def test_who_speaks_during_his_meeting_with_an_ambassador_at_home_hosts_it() -> None:
    """ "такое мнение высказал министр А во время рабочей встречи с послом Б", other officials
    of A's state beside him: A hosts."""
    roles = _people(
        "Сотрудничество полиции двух стран растет. Такое мнение высказал министр внутренних дел "
        "Киргизии Бакыт Осмонов во время рабочей встречи с Чрезвычайным и Полномочным Послом "
        "Казахстана в Киргизии Ермеком Адилетовым. Во встрече участвовали также заместитель "
        "министра внутренних дел Киргизии Улан Ниязбеков и начальник ГУВД Бишкека Азамат "
        "Ногойбаев."
    )
    assert roles["Бакыт Осмонов"] == "host"


def test_a_head_of_state_who_holds_or_calls_the_meeting_chairs_it() -> None:
    """ "президент А проводит очередное заседание Совета безопасности", "Президент Б собрал
    совещание": they chair it, not stand apart as heads of state."""
    roles = _people(
        "Бишкек. 3 марта. Сегодня в Бишкеке президент Киргизии Садыр Асанов проводит очередное "
        "заседание Совета безопасности республики. В работе заседания участвуют руководители "
        "силовых структур."
    )
    assert roles == {"Садыр Асанов": "chair"}
    roles = _people(
        "Президент Казахстана Ерлан Маликов 5 мая собрал совещание по вопросам деятельности "
        "Комитета национальной безопасности. В начале глава государства отметил важность темы."
    )
    assert roles == {"Ерлан Маликов": "chair"}


def test_who_held_the_meeting_a_participant_attended_chairs_it() -> None:
    """ "А принял участие в совещании руководителей ведомств, которое провел Президент Б"."""
    roles = _people(
        "Министр внутренних дел Армении Арам Григорян принял участие в совещании руководителей "
        "силовых ведомств, которое провел Президент Армении Давид Авакян."
    )
    assert roles == {"Арам Григорян": "attendee", "Давид Авакян": "chair"}


def test_an_ambassador_is_the_guest_of_the_agencies_he_meets() -> None:
    """ "встреча главы комитета А и посла Б", "посол В встретился с замминистра Г": the
    ambassador is sent to their state, he does not host them."""
    roles = _people(
        "На этой неделе состоялась встреча председателя Комитета государственных доходов Армении "
        "Рустама Бадасяна и посла Грузии в Ереване Георгия Шарвашидзе. Во встрече участвовали "
        "также первый заместитель председателя Комитета государственных доходов Армении Арман "
        "Саргсян и начальник таможенного департамента Армении Давид Ананян."
    )
    assert roles["Георгий Шарвашидзе"] == "attendee"
    roles = _people(
        "ДУШАНБЕ, 4 мар – РИА Новости. Посольство России проинформировало МИД Таджикистана о "
        "новых правилах, сообщил российский посол в республике Семен Григорьев. На прошлой "
        "неделе Григорьев встретился с заместителем министра иностранных дел Таджикистана "
        "Фаррухом Шарифзода, они обсудили условия для трудовых мигрантов в России."
    )
    assert roles["Семён Григорьев"] != "host"


def test_a_federal_service_of_no_stated_state_is_russias() -> None:
    """ "глава Федеральной службы по финансовому мониторингу А": a federal service is Russia's."""
    facts = _facts(
        "В Москве прошло заседание рабочей группы. С докладом выступил глава Федеральной службы "
        "по финансовому мониторингу Петр Смирнов."
    )
    people = {p["name_native"]: p["country"] for p in facts["participants"]}
    assert people == {"Пётр Смирнов": "Russia"}


def test_a_town_after_its_states_adjective_and_town_noun_is_the_venue() -> None:
    """ "в казахстанском городе Актау состоится заседание", "в таджикском города Худжанде"
    (the noun's slip kept): the town named after the state's adjective."""
    facts = _facts(
        "Мигранты и безвизовый въезд. 12 мая в казахстанском городе Актау состоится заседание "
        "Координационного совета руководителей органов по миграции государств - членов ОДКБ."
    )
    assert (facts["city"], facts["venue_country"]) == ("Aktau", "Kazakhstan")
    facts = _facts(
        "Правительственные делегации Кыргызстана и Таджикистана подписали протокол. Переговоры "
        "проходили в таджикском города Худжанде с 3 по 9 марта, сообщили в пресс-службе."
    )
    assert (facts["city"], facts["venue_country"]) == ("Khujand", "Tajikistan")


def test_a_state_secretary_is_a_title() -> None:
    """ "и госсекретаря СГ Дмитрия Мезенцева": the name after the title, in the nominative."""
    facts = _facts(
        "Сегодня в Москве состоялось заседание коллегии Таможенного комитета Союзного "
        "государства с участием руководителя таможенной службы Армении Рустама Бадасяна и "
        "госсекретаря СГ Дмитрия Мезенцева."
    )
    people = {p["name_native"]: p["title"] for p in facts["participants"]}
    assert people.get("Дмитрий Мезенцев") == "госсекретарь СГ"


def test_the_head_of_an_agency_who_tells_the_journalists_there_takes_part() -> None:
    """ "заявил журналистам руководитель Центра А", "Как сообщил в ходе совещания начальник
    управления Б": heads of agencies speaking there, not sources relaying the news (a
    department's head who tells it stays a source)."""
    roles = _people(
        "В Бишкеке начались сборы руководителей антитеррористических подразделений. Угроза "
        "терроризма растет, заявил журналистам в среду руководитель Антитеррористического "
        "центра СНГ Ерлан Сатыбалдиев. Как сообщила начальник отдела информации министерства "
        "Айгуль Токтогулова, сборы продлятся два дня."
    )
    assert roles == {"Ерлан Сатыбалдиев": "speaker"}
    roles = _people(
        "В Оренбурге проходит встреча полицейских двух областей. Как сообщил в ходе совещания "
        "начальник ГУВД Оренбургской области Игорь Широков, преступность снизилась."
    )
    assert "Игорь Широков" in roles


def test_an_exchange_of_views_is_no_exchange_of_information() -> None:
    """ "В ходе беседы состоялся обмен мнениями": talks, not the information-exchange topic."""
    facts = _facts(
        "В Ереване состоялась встреча министра внутренних дел Армении Арама Григоряна с "
        "министром внутренних дел Грузии Гелой Хвадагиани. В ходе беседы состоялся обмен "
        "мнениями по вопросам сотрудничества двух стран."
    )
    assert "information-exchange" not in facts["topics"]


def test_the_minutes_of_the_meeting_are_no_legal_instrument() -> None:
    """ "подписали протокол заседания ... Подписанный протокол включает меры": the minutes, not
    the legal-framework topic; a "протокол о сотрудничестве" still is one."""
    text = (
        "В Душанбе состоялось заседание генеральных прокуроров государств - членов ШОС. Прокуроры "
        "подвели итоги встречи и подписали протокол заседания. Подписанный протокол включает "
        "меры по борьбе с терроризмом."
    )
    assert "legal-framework" not in _facts(text)["topics"]
    text += " Кроме того, стороны подписали протокол о сотрудничестве."
    assert "legal-framework" in _facts(text)["topics"]


def test_law_and_order_named_in_passing_is_no_public_order_topic() -> None:
    """ "вклад органов правопорядка", "в сфере безопасности и правопорядка": the words of
    offices and fields; ensuring order somewhere ("обеспечение правопорядка на границе") is."""
    text = (
        "В Москве состоялась встреча министра внутренних дел России Бориса Громова с "
        "начальником штаба по борьбе с наркотиками Ирана Али Резаи. Министр отметил вклад "
        "иранских органов правопорядка в борьбу с наркотрафиком."
    )
    assert "public-order" not in _facts(text)["topics"]
    text += " Министры обсудили обеспечение правопорядка на общей границе."
    assert "public-order" in _facts(text)["topics"]


def test_patrolling_a_border_is_no_public_order_topic() -> None:
    """ "договорились о совместном воздушном патрулировании государственной границы"."""
    facts = _facts(
        "В Алматы прошла встреча руководителей пограничных служб Казахстана и Киргизии. "
        "Делегации договорились о совместном воздушном патрулировании государственной границы."
    )
    assert "public-order" not in facts["topics"]


def test_an_instrument_the_work_rests_on_is_no_legal_topic() -> None:
    """ "согласно протоколу, председательствует Россия", "создан в соответствии с соглашением":
    the instrument in force; one to be signed ("в рамках визита будет подписано соглашение")
    is the legal-framework topic."""
    text = (
        "В Иркутске прошла встреча глав чрезвычайных ведомств Беларуси, Казахстана и России. "
        "Согласно протоколу, в этом году председательствует Россия."
    )
    assert "legal-framework" not in _facts(text)["topics"]
    text += " В рамках встречи будет подписано соглашение о подготовке спасателей."
    assert "legal-framework" in _facts(text)["topics"]


def test_security_during_a_championship_is_mass_events_security() -> None:
    """ "на время проведения чемпионата мира по хоккею": the security of a mass event."""
    facts = _facts(
        "В Минске прошла встреча руководителей таможенных служб Беларуси и Литвы. Стороны "
        "договорились усилить контроль на границе на время проведения чемпионата мира по хоккею."
    )
    assert "mass-events-security" in facts["topics"]


def test_exchanging_information_told_by_its_verb_is_information_exchange() -> None:
    """ "стороны обменялись информацией", "обмену разведывательной информацией"."""
    for said in ("Стороны обменялись информацией о положении на границе.",
                 "Стороны договорились об обмене разведывательной информацией."):  # fmt: skip
        facts = _facts(
            "В Кишиневе прошла встреча руководителей пограничных ведомств Молдовы и Румынии. "
            + said
        )
        assert "information-exchange" in facts["topics"], said


def test_an_ambassador_meeting_a_foreign_ministry_names_the_body() -> None:
    """ "посол Казахстана встретился с заместителем министра иностранных дел Киргизии":
    "Foreign Ministry of Kyrgyzstan and Embassy of Kazakhstan in Kyrgyzstan"."""
    facts = _facts(
        "На минувшей неделе посол Казахстана в Киргизии Ермек Адилетов встретился с заместителем "
        "министра иностранных дел Киргизии Асейин Исаевым, они обсудили вопросы трудовой миграции."
    )
    assert facts["body"] == "Foreign Ministry of Kyrgyzstan and Embassy of Kazakhstan in Kyrgyzstan"


def test_two_states_supreme_court_chairmen_meet_as_their_courts() -> None:
    """ "встреча председателя Верховного суда А и председателя Верховного суда Б", within a
    session of the SCO's chairmen: "Supreme Courts of A and B", the session no party."""
    facts = _facts(
        "Сегодня в Душанбе состоялась встреча председателя Верховного суда Республики "
        "Таджикистан Шермухаммада Шохиёна и председателя Верховного суда Республики Узбекистан "
        "Бетхора Исламова. Стороны обсудили сотрудничество судов. Встреча организована в рамках "
        "проведения совещания председателей верховных судов государств - членов ШОС."
    )
    assert facts["body"] == "Supreme Courts of Tajikistan and Uzbekistan"
    assert facts["organizations"] == []


def test_a_head_of_state_giving_a_reception_is_outside_the_session() -> None:
    """ "все лидеры присутствовали на торжественном приеме президента А": his own reception,
    not the prosecutors' session the report tells."""
    roles = _people(
        "Генпрокурор Казахстана Берик Асылов избран председателем Координационного совета "
        "генеральных прокуроров СНГ. Такое решение приняли участники проходящего в Бишкеке "
        "заседания совета. До этого все лидеры государств СНГ присутствовали на торжественном "
        "приеме президента Киргизии Садыра Асанова."
    )
    assert "Садыр Асанов" not in roles and "Берик Асылов" in roles


def test_who_receives_the_guests_hosts_whatever_the_order_of_words() -> None:
    """ "Гостей встретил руководитель управления А", "заявил командующий Б, принимая с рабочим
    визитом делегацию": they host the visit."""
    roles = _people(
        "Делегация полиции Армении посетила управление МВД по Ростовской области. Армянскую "
        "делегацию возглавил заместитель начальника полиции Армении Ара Фиданян. Гостей "
        "встретил руководитель управления Олег Агарков. Он рассказал о работе управления."
    )
    assert roles.get("Олег Агарков") == "host"
    roles = _people(
        "Сотрудничество важно для обеих стран, заявил командующий внутренними войсками МВД "
        "Киргизии Нурбек Абдыкаимов, принимая с рабочим визитом российскую делегацию во главе "
        "с заместителем директора Росгвардии Олегом Плохим."
    )
    assert roles.get("Нурбек Абдыкаимов") == "host"


def test_an_announcements_expected_guests_and_reporters_take_part() -> None:
    """ "на встрече ожидается участие глав А и Б", "губернатор В доложит о ...": the
    announced meeting's participants."""
    roles = _people(
        "В Душанбе пройдет встреча глав антинаркотических ведомств. На встрече ожидается участие "
        "глав АКН Таджикистана Рустама Назарова и ФСКН России Виктора Иванова."
    )
    assert set(roles) == {"Рустам Назаров", "Виктор Иванов"}
    roles = _people(
        "В Хабаровске пройдет совместное заседание коллегий МЧС России. В частности, губернатор "
        "Хабаровского края Вячеслав Шпорт доложит о готовности края к паводку."
    )
    assert roles == {"Вячеслав Шпорт": "speaker"}


def test_an_embassys_meeting_is_in_the_state_it_is_in() -> None:
    """The foreign ministry of A meeting B's embassy in A, no town named: A is the venue, and
    its official the host."""
    facts = _facts(
        "На минувшей неделе посол Казахстана Ермек Адилетов встретился с заместителем министра "
        "иностранных дел Киргизии Асейин Исаевым, они обсудили условия для мигрантов в "
        "Казахстане."
    )
    assert facts["venue_country"] == "Kyrgyzstan"
    roles = {p["name_native"]: p["role"] for p in facts["participants"]}
    assert roles == {"Ермек Адилетов": "attendee", "Асейин Исаев": "host"}


def test_an_adjective_before_its_noun_is_no_surname() -> None:
    """ "заместитель начальника Департамента по Жамбылской области Ерлан Сейтказин": the
    region's adjective is no lone surname, the name after it is the person."""
    roles = _people(
        "В области прошло совещание по антикоррупционной политике. «Работа продолжится», — "
        "сказал на совещании заместитель начальника Департамента по Жамбылской области Ерлан "
        "Сейтказин."
    )
    assert set(roles) == {"Ерлан Сейтказин"}


def test_a_head_of_state_who_meets_an_official_hosts_with_no_venue_told() -> None:
    """ "Глава государства А встретился с директором службы Б ... А подчеркнул": the head of
    state receives, though the report names no town."""
    roles = _people(
        "Глава государства Садыр Асанов встретился с директором Службы внешней разведки "
        "Киргизии Мирланом Абдиевым. Садыр Асанов подчеркнул важность работы службы."
    )
    assert roles["Садыр Асанов"] == "host"
