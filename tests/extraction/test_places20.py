"""Venue rules read from real reports in English and Russian: where a text makes a word the
meeting's place, in our own wording."""

from __future__ import annotations

from archive.extraction import extract


def _venue(text: str) -> tuple[str | None, str | None]:
    out = extract(text).to_dict()
    return out["city"], out["venue_country"]


def test_the_place_of_signing_is_the_venue() -> None:
    text = (
        "Border agencies deepen their ties\n\n"
        "A protocol between the State Border Committee of Belarus and the Border Police of "
        "Serbia was signed in Belgrade on 3 May 2021. The heads of both agencies agreed to "
        "share data on forged passports and discussed training for patrol officers.\n"
    )
    assert _venue(text) == ("Belgrade", "Serbia")


def test_a_document_signed_elsewhere_earlier_is_no_venue() -> None:
    text = (
        "Customs heads talk by video link\n\n"
        "The customs chiefs of Moldova and Georgia held a meeting by video link on 4 June "
        "2020. They reviewed the agreement on mutual assistance, which was signed in Helsinki "
        "in 2008, and agreed on the exchange of risk profiles.\n"
    )
    assert _venue(text)[0] is None


def test_a_states_capital_is_a_town_though_its_state_goes_unnamed() -> None:
    # Slovenia is not named, and Ljubljana has fewer than a million people: a capital still
    text = (
        "Border chiefs compare notes\n\n"
        "The heads of the border services of Moldova and Ukraine met with European colleagues. "
        "The meeting took place in Ljubljana on 12 October 2019. The chiefs discussed patrols "
        "on the common border and the exchange of liaison officers.\n"
    )
    assert _venue(text) == ("Ljubljana", "Slovenia")


def test_a_chinese_town_in_russian_copy_is_named_as_english_writes_it() -> None:
    text = (
        "Полицейские Приамурья провели встречу с китайскими коллегами\n\n"
        "Делегация управления МВД России по Амурской области провела рабочую встречу с "
        "руководством департамента общественной безопасности провинции Хэйлунцзян. Встреча "
        "состоялась в Ланьчжоу 14 мая 2024 года. Стороны обсудили обмен информацией о "
        "преступлениях в приграничье.\n"
    )
    assert _venue(text) == ("Lanzhou", "China")


def test_a_town_russian_names_keeps_its_russian_spelling() -> None:
    # GeoNames writes the Tajik town "Qayroqqum"; English copy follows the Russian "Kayrakkum"
    text = (
        "Пограничники обсудили охрану границы\n\n"
        "Встреча руководителей пограничных ведомств Таджикистана и Киргизии состоялась в "
        "Кайраккуме 5 июня 2014 года. Стороны обсудили совместное патрулирование границы.\n"
    )
    assert _venue(text)[0] == "Kayrakkum"


def test_the_state_a_guest_travels_to_hosts() -> None:
    text = (
        "Rescuers strengthen ties\n\n"
        "The head of the Emergencies Ministry of Belarus Ivan Petrovich is on a working trip "
        "to Cuba this week. He held talks with the chief of the Civil Defence of Cuba, Jorge "
        "Martinez, on training of rescue teams and joint exercises.\n"
    )
    assert _venue(text) == (None, "Cuba")


def test_visiting_a_states_official_names_the_guests_state_not_the_host() -> None:
    text = (
        "Security talks\n\n"
        "The President of Tajikistan Rustam Saidov today received visiting Russia's Security "
        "Council Secretary Pavel Orlov. The two sides discussed border security.\n"
    )
    assert _venue(text)[1] != "Russia"


def test_the_state_a_russian_report_sends_the_guest_to_hosts() -> None:
    text = (
        "Спасатели Беларуси изучили опыт китайских коллег\n\n"
        "С 5 по 10 декабря в Китае находилась делегация Министерства по чрезвычайным "
        "ситуациям Республики Беларусь. Члены делегации провели переговоры с руководством "
        "пожарной службы и обсудили подготовку спасателей.\n"
    )
    assert _venue(text) == (None, "China")


def test_a_russian_guests_working_trip_names_the_host_state() -> None:
    text = (
        "Таможенники обсудили сотрудничество\n\n"
        "Председатель таможенного комитета Узбекистана находится с рабочей поездкой в "
        "Армении. Он провел переговоры с руководством Комитета госдоходов Армении об обмене "
        "информацией.\n"
    )
    assert _venue(text) == (None, "Armenia")


def test_a_russian_town_the_dictionary_lacks_is_found_in_geonames() -> None:
    text = (
        "Спасатели ШОС обсудили совместные учения\n\n"
        "14 октября в г. Чэнду (КНР) состоялось совещание руководителей ведомств по "
        "чрезвычайным ситуациям государств-членов ШОС. Стороны обсудили план совместных "
        "учений спасателей.\n"
    )
    assert _venue(text) == ("Chengdu", "China")


def test_a_town_named_after_the_state_adjective_and_town_noun() -> None:
    text = (
        "Пограничники двух стран провели переговоры\n\n"
        "В конце января в районе узбекистанского города Кувасай состоялась встреча "
        "руководителей пограничных ведомств Кыргызстана и Узбекистана. Стороны обсудили "
        "делимитацию границы.\n"
    )
    assert _venue(text) == ("Kuvasay", "Uzbekistan")


def test_here_in_a_town_places_the_meeting_told() -> None:
    text = (
        "The President and the intelligence chiefs\n\n"
        "The President spoke with the heads of the security and intelligence services of the "
        "CIS states. He thanked the guests for their work against terrorism. The chiefs "
        'reported on the exchange of data. "It is a great pleasure to see you all here in '
        'Moscow," the President said.\n'
    )
    assert _venue(text) == ("Moscow", "Russia")


def test_a_russian_desks_own_news_of_a_meeting_is_from_its_town() -> None:
    text = (
        "Прокуроры договорились о сотрудничестве\n\n"
        "АСТАНА, 21 октября. /ТАСС/. Генеральные прокуроры России и Белоруссии Иван Петров и "
        "Олег Сидоров подписали соглашение о сотрудничестве в сфере надзора.\n\n"
        "Стороны обсудили обмен опытом.\n"
    )
    assert _venue(text) == ("Astana", "Kazakhstan")


def test_a_russian_desks_relayed_news_keeps_no_town() -> None:
    text = (
        "Пограничники обсудили ситуацию\n\n"
        "АСТАНА, 7 октября. Представители пограничных служб Узбекистана и Афганистана провели "
        "встречу на границе, сообщает агентство со ссылкой на пресс-службу.\n"
    )
    assert _venue(text)[0] is None


def test_plural_sittings_in_a_town_place_the_meeting() -> None:
    text = (
        "Vietnam and Belarus step up police cooperation\n\n"
        "Vietnam's Ministry of Public Security and Belarus's Ministry of Internal Affairs agreed "
        "to share data on cybercrime. The officials signed a plan after their separate working "
        "sessions in Minsk on March 2. They also discussed the training of cadets.\n"
    )
    assert _venue(text) == ("Minsk", "Belarus")


def test_talks_in_a_state_name_the_host_state() -> None:
    text = (
        "Prosecutors compare notes\n\n"
        "The Prosecutor General of Romania Elena Popa met the head of the Anticorruption "
        "Prosecutor's Office of Moldova, Ana Rusu. The two held talks in Romania on "
        "communication tools and joint investigation teams.\n"
    )
    assert _venue(text) == (None, "Romania")


def test_last_months_meeting_elsewhere_is_no_venue() -> None:
    text = (
        "Judges of Turkic states meet\n\n"
        "The presidents of the councils of judges of the Turkic states held their third meeting "
        "on 5 May 2024. They discussed the training of judges. They also agreed on an exchange "
        "of court statistics. The chairman recalled that during last month's informal meeting "
        "of the heads of state held in Budapest, the leaders called for joint efforts on "
        "security.\n"
    )
    assert _venue(text)[0] != "Budapest"


def test_talks_days_before_elsewhere_are_no_venue() -> None:
    text = (
        "Border officials of Afghanistan and Tajikistan meet\n\n"
        "Officials of the border province of Badakhshan and the Tajik border forces held talks "
        "on trade and security on 2 March 2025. The visit comes days after a Tajik delegation "
        "held talks with officials in Kabul.\n"
    )
    assert _venue(text)[0] != "Kabul"


def test_a_meeting_at_a_named_border_crossing_in_a_state() -> None:
    text = (
        "Border officials meet\n\n"
        "Border officials of Turkmenistan and Afghanistan took part on 9 April 2007 in a first "
        "multilateral meeting with embassy representatives at the Zarbek border crossing "
        "checkpoint in Afghanistan. They discussed the flow of trucks and smuggling.\n"
    )
    assert _venue(text) == ("Zarbek", "Afghanistan")


def test_a_town_glossed_as_a_border_crossing() -> None:
    text = (
        "Customs deputies of Armenia and Iran meet\n\n"
        "The deputy chairman of the State Revenue Committee of Armenia Aram Petrosyan met with "
        "the delegation led by the deputy head of Iran's customs service in Tolvaz, the Iranian "
        "border crossing with Armenia. They discussed the hours of the crossing points.\n"
    )
    assert _venue(text)[0] == "Tolvaz"


def test_a_russian_meeting_at_a_states_council_is_in_that_state() -> None:
    text = (
        "Судьи обсудили сотрудничество с ООН\n\n"
        "В Высшем судейском совете Республики Узбекистан состоялась встреча с представителями "
        "Управления ООН по наркотикам и преступности. Стороны обсудили подготовку судей.\n"
    )
    assert _venue(text) == (None, "Uzbekistan")


def test_a_russian_source_agency_is_no_venue() -> None:
    text = (
        "Судьи изучают опыт коллег\n\n"
        "Делегация судей Киргизии приняла участие в тренинге по судопроизводству, проходившем "
        "с 1 по 10 сентября. Об этом сообщили в Верховном суде Киргизии.\n"
    )
    assert _venue(text)[1] != "Kyrgyzstan"


def test_a_russian_meeting_at_an_unnamed_agency_is_in_its_heads_state() -> None:
    text = (
        "Прокуроры подписали меморандум\n\n"
        "В Генеральной прокуратуре состоялась встреча генерального прокурора Казахстана Ивана "
        "Петрова с главным прокурором Грузии Георгием Беридзе. Стороны подписали меморандум о "
        "сотрудничестве.\n"
    )
    assert _venue(text) == (None, "Kazakhstan")


def test_an_envoy_posted_to_a_state_is_received_there() -> None:
    text = (
        "Law-enforcement cooperation discussed\n\n"
        "The Minister of Internal Affairs held an introductory meeting with the newly appointed "
        "Head of the EU Delegation to Georgia, Jan Novak. The parties discussed police training "
        "and the fight against drug trafficking.\n"
    )
    assert _venue(text) == (None, "Georgia")


def test_an_embassys_people_at_a_video_conference_name_no_host() -> None:
    text = (
        "Experts confer\n\n"
        "A video-conference of experts on data protection was held with invited "
        "representatives of the US Embassy in Ukraine. The meeting discussed secure channels.\n"
    )
    assert _venue(text) == (None, None)


def test_a_russian_report_of_a_president_meeting_is_at_his_home() -> None:
    text = (
        "Президент встретился с главой Следственного комитета\n\n"
        "Президент Беларуси провел встречу с председателем Следственного комитета России "
        "Иваном Петровым. Стороны обсудили расследование преступлений против граждан.\n"
    )
    assert _venue(text) == (None, "Belarus")


def test_a_presidents_agency_is_no_president() -> None:
    text = (
        "Генсек ШОС встретился с главой антинаркотического ведомства\n\n"
        "Генеральный секретарь ШОС Ли Вэй в ходе встречи с директором Агентства по контролю "
        "за наркотиками при Президенте Республики Таджикистан Рустамом Саидовым обсудил "
        "обмен информацией.\n"
    )
    assert _venue(text)[1] != "Tajikistan"


def test_a_russian_town_in_brackets_after_the_place_named() -> None:
    text = (
        "Эксперты согласовали проект\n\n"
        "Эксперты антитеррористических центров СНГ и ОДКБ обсудили проект программы. "
        "Заседание прошло в штаб-квартире Антитеррористического центра (г. Москва). "
        "Участники согласовали план работы.\n"
    )
    assert _venue(text) == ("Moscow", "Russia")


def test_a_national_agency_hosting_names_the_host_state() -> None:
    text = (
        "Investigative committees meet\n\n"
        "The Investigative Committee of Russia hosted a working meeting of its chairman and the "
        "chairman of the Investigative Committee of Belarus. They discussed joint "
        "investigations of crimes against citizens of both states.\n"
    )
    assert _venue(text) == (None, "Russia")
