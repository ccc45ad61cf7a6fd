"""Russian reports as the development set's sites write them, in our own words: rules that
fixed misses in reports of at least two sites."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _facts(text: str, url: str | None = None) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon(), url=url).to_dict()


def _names(facts: dict) -> list[str]:
    return [p["name_native"] for p in facts["participants"]]


def test_a_head_of_state_a_visiting_minister_met_takes_part() -> None:
    """ "Министр А встретился с президентом страны Б и премьер-министром В": the heads the
    visitor met are the other side of his meetings, not a reception beside them."""
    facts = _facts(
        "Министр внутренних дел Армении Иван Петросян находился с рабочим визитом в Грузии.\n"
        "В Тбилиси Иван Петросян встретился с президентом страны Михаилом Саакашвили и "
        "премьер-министром Зурабом Ногаидели. Стороны обсудили борьбу с контрабандой."
    )
    names = _names(facts)
    assert "Михаил Саакашвили" in names
    assert "Зураб Ногаидели" in names


def test_the_two_who_discussed_named_after_the_verb() -> None:
    """ "обсудили секретари советов безопасности Беларуси и России – А и Б": the subjects of
    the plural verb come after it, in the nominative."""
    facts = _facts(
        "Вопросы пограничной безопасности обсудили в Москве руководители пограничных служб "
        "Казахстана и России – Дархан Ахметов и Сергей Волков.\n"
        "Стороны отметили рост числа нарушений границы."
    )
    names = _names(facts)
    assert "Дархан Ахметов" in names
    assert "Сергей Волков" in names


def test_those_who_discussed_under_a_headline_of_future_plans() -> None:
    """A headline telling what the states will do ("откроют новые пункты пропуска") over a
    lead telling the two who have already discussed it: they met."""
    facts = _facts(
        "Казахстан и Кыргызстан откроют новый пункт пропуска\n"
        "Вопросы пограничного сотрудничества обсудили в Бишкеке посол Казахстана в Кыргызстане "
        "Ерлан Серикбаев и первый заместитель председателя Пограничной службы Кыргызстана "
        "Нурлан Осмонов.\n"
        "Стороны договорились ускорить строительство пункта пропуска."
    )
    names = _names(facts)
    assert "Ерлан Серикбаев" in names
    assert "Нурлан Осмонов" in names


def test_the_town_a_delegation_visits_is_the_venue() -> None:
    """ "во главе делегации посетил Брянск": the town visited is where the visitors met
    their hosts, with no meeting word in the sentence."""
    facts = _facts(
        "Делегация пограничной службы Казахстана посетила Омск\n"
        "Во вторник делегация пограничной службы Казахстана во главе с Аскаром Нуриевым "
        "посетила Омск. Гостей принял начальник пограничного управления Олег Смирнов.\n"
        "Стороны обсудили охрану границы."
    )
    assert facts["city"] == "Omsk"


def test_the_town_of_an_official_visit_is_the_venue() -> None:
    """ "принял находящегося с официальным визитом в Тбилиси начальника службы": the town of
    the guest's visit."""
    facts = _facts(
        "Министр внутренних дел Грузии Георгий Махарадзе принял находящегося с официальным "
        "визитом в Тбилиси министра внутренних дел Армении Ивана Петросяна.\n"
        "Стороны обсудили борьбу с контрабандой."
    )
    assert facts["city"] == "Tbilisi"


def test_the_economic_cooperation_organisation_whose_secretary_general_takes_part() -> None:
    """ "Также приняли участие Генеральный секретарь ОЭС ...": the Economic Cooperation
    Organization is an organisation of the reference data, in Russian too."""
    facts = _facts(
        "15 октября 2024 года в Анкаре состоялась 3-я встреча министров внутренних дел "
        "Организации экономического сотрудничества (ОЭС).\n"
        "Во встрече приняли участие министры внутренних дел Ирана, Пакистана и Турции. Также "
        "в работе встречи приняли участие Генеральный секретарь ОЭС и представители "
        "государств-членов Организации."
    )
    assert "Economic Cooperation Organization" in facts["organizations"]


def test_the_town_of_the_event_one_took_part_in() -> None:
    """ "в городе Москве принял участие в работе ... съезда": no meeting word, but the event
    he took part in was held in the town."""
    facts = _facts(
        "Председатель Верховного суда Кыргызстана принял участие в работе съезда юристов\n"
        "12 марта 2015 года Председатель Верховного суда Кыргызстана Азамат Токтосунов в городе "
        "Минске (Республика Беларусь) принял участие в работе третьего съезда Евразийского "
        "союза юристов.\n"
        "Съезд рассмотрел вопросы судебной практики."
    )
    assert facts["city"] == "Minsk"


def test_those_a_coming_visit_will_meet_are_its_participants() -> None:
    """ "А встретится с директором Б, министром В": in an announcement, whom the visitor
    will meet, named in the instrumental, take part as well as the visitor."""
    facts = _facts(
        "Генеральный прокурор Литвы посетит Молдову\n"
        "На следующей неделе генеральный прокурор Литвы Эвалдас Пашилис совершит рабочий "
        "визит в Кишинев. Эвалдас Пашилис встретится с генеральным прокурором Молдовы "
        "Александром Стояногло, министром юстиции Молдовы Владимиром Чеботарем."
    )
    names = _names(facts)
    assert "Александр Стояногло" in names
    assert "Владимир Чеботарь" in names


def test_the_one_a_coming_session_is_held_together_with() -> None:
    """ "А совместно с главой МЧС Б проведет заседание комиссии": both sides of the coming
    session take part."""
    facts = _facts(
        "Министр по чрезвычайным ситуациям Армении посетит Грузию\n"
        "Завтра министр по чрезвычайным ситуациям Армении Андраник Пилоян посетит Грузию. В "
        "ходе визита министр в Тбилиси совместно с главой Службы чрезвычайных ситуаций Грузии "
        "Темуром Мгебришвили проведет второе заседание совместной комиссии."
    )
    names = _names(facts)
    assert "Темур Мгебришвили" in names


def test_one_who_discussed_it_with_another_official() -> None:
    """ "А обсудил расширение сотрудничества с руководителем представительства Б": the
    subject right before the singular verb and the one named after "с" met."""
    facts = _facts(
        "Начальник Государственной пограничной службы Азербайджана Эльчин Гулиев обсудил "
        "развитие пограничного сотрудничества с послом Грузии в Азербайджане Георгием "
        "Сагинадзе.\n"
        "Стороны отметили высокий уровень взаимодействия."
    )
    names = _names(facts)
    assert "Эльчин Гулиев" in names
    assert "Георгий Сагинадзе" in names


def test_carrying_out_agreements_already_made_is_no_legal_framework() -> None:
    """ "вопросам практической реализации двусторонних договоренностей и соглашений": the
    instruments in force, named in the plural, are carried out; no new law is made."""
    facts = _facts(
        "В Бишкеке 3 апреля состоялась встреча министра внутренних дел Кыргызстана Улана "
        "Ниязбекова и министра внутренних дел Казахстана Ерлана Тургумбаева.\n"
        "Особое внимание на встрече было уделено вопросам практической реализации "
        "двусторонних договоренностей и соглашений, а также борьбе с наркотрафиком."
    )
    assert "legal-framework" not in facts["topics"]


def test_a_signed_cooperation_programme_of_two_offices_is_no_crime_programme() -> None:
    """ "генпрокуроры подписали программу сотрудничества на 2025-2026 годы": the instrument
    of the two offices' own ties, not a programme against crime."""
    facts = _facts(
        "Генпрокуроры Казахстана и Армении подписали программу сотрудничества\n"
        "В Астане 14 мая 2024 года состоялась встреча генерального прокурора Казахстана "
        "Берика Асылова и генерального прокурора Армении Анны Вардапетян. По итогам встречи "
        "стороны подписали программу сотрудничества на 2024-2025 годы."
    )
    assert "crime-prevention-programs" not in facts["topics"]


def test_giving_each_other_information_is_information_exchange() -> None:
    """ "договорились предоставлять друг другу информацию": the sides giving each other what
    they know exchange information."""
    facts = _facts(
        "В Алматы 20 июня 2023 года состоялась встреча руководителей таможенных служб "
        "Казахстана и Кыргызстана.\n"
        "Стороны договорились предоставлять друг другу информацию для противодействия "
        "контрабанде."
    )
    assert "information-exchange" in facts["topics"]


def test_the_state_a_delegation_visits_hosts_the_meeting() -> None:
    """ "делегация ... осуществила рабочий визит в Республику Молдову": no town named, the
    state visited is the venue's."""
    facts = _facts(
        "Грузинские пограничники изучают опыт армянских коллег\n"
        "Делегация Пограничной полиции Грузии во главе с Георгием Гиоргадзе осуществила "
        "однодневный рабочий визит в Республику Армению.\n"
        "Делегация провела встречи с руководителями пограничных ведомств Армении."
    )
    assert facts["venue_country"] == "Armenia"
