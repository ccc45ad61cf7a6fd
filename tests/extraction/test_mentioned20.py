"""People a report names only as mentioned, never as the meeting's participants: the sides of a
meeting it looks back on, and those quoted from a news conference or a social network page."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract

REPORT_EN = (
    "Kyrgyz and Turkish prosecutors general meet in Bishkek\n\n"
    "BISHKEK, 12 March 2026. The Prosecutor General of Kyrgyzstan Kurmanbek Toktosunov "
    "met with the Chief Public Prosecutor of Turkey Mehmet Yilmazoglu in Bishkek.\n\n"
    "The sides discussed legal assistance in criminal matters and extradition.\n\n"
    "{other}\n\n"
    "Following the talks, the prosecutors signed a plan of cooperation for 2027."
)


def _people_en(other: str) -> tuple[list[str], list[str]]:
    facts = extract(REPORT_EN.format(other=other), file="x.txt", lexicon=default_lexicon())
    return [p["name"] for p in facts.to_dict()["participants"]], facts.mentioned_people


SIDES_EN = ["Kurmanbek Toktosunov", "Mehmet Yilmazoglu"]


def test_an_earlier_conversation_is_another_meeting() -> None:
    names, mentioned = _people_en(
        "Earlier, a telephone conversation took place between the Minister of Internal "
        "Affairs of Kyrgyzstan Ulan Sarybaev and his Turkish counterpart Ahmet Korkmazer."
    )
    assert names == SIDES_EN
    assert {"Ulan Sarybaev", "Ahmet Korkmazer"} <= set(mentioned)


def test_a_meeting_recalled_by_a_speaker_is_another_meeting() -> None:
    names, mentioned = _people_en(
        "The Turkish guest recalled that during the meeting with the Chairman of the State "
        "Customs Service Colonel General Bakyt Osmonaliev fruitful talks were held."
    )
    assert names == SIDES_EN
    assert "Bakyt Osmonaliev" in mentioned


def test_words_said_at_a_press_conference_are_no_part_in_the_meeting() -> None:
    names, mentioned = _people_en(
        "On 2 February, the Deputy Head of the Customs Service Almaz Zhumabekov said at a "
        "press conference that the queues at the border had grown."
    )
    assert names == SIDES_EN
    assert "Almaz Zhumabekov" in mentioned


def test_words_posted_on_a_social_network_page_are_no_part_in_the_meeting() -> None:
    names, mentioned = _people_en(
        "A visit of the Interior Minister of Kyrgyzstan Erlan Sadykbekov to Ankara was "
        "cancelled, Minister Erlan Sadykbekov wrote on his Facebook page."
    )
    assert names == SIDES_EN
    assert "Erlan Sadykbekov" in mentioned


def test_a_host_quoting_his_own_meeting_on_a_channel_keeps_its_guest() -> None:
    facts = extract(
        "Ministers of Ukraine and Moldova meet in Kyiv\n\n"
        "KYIV, 14 May 2026. The Minister of Internal Affairs of Ukraine Oleh Kravchenko met "
        "with the Minister of Internal Affairs of Moldova Ion Rusnac in Kyiv.\n\n"
        '"Border security was discussed today during a meeting with Moldovan Interior '
        'Minister Ion Rusnac," he said on the Telegram channel.',
        file="x.txt",
        lexicon=default_lexicon(),
    )
    assert "Ion Rusnac" in [p["name"] for p in facts.to_dict()["participants"]]


REPORT_RU = (
    "Таможенники Кыргызстана и Китая обсудили работу пунктов пропуска\n\n"
    "БИШКЕК, 14 апреля 2026. Председатель Государственной таможенной службы Кыргызстана "
    "Адилет Жумабаев провел встречу с заместителем руководителя Главного таможенного "
    "управления КНР Ли Вэньцзюнем.\n\n"
    "В ходе встречи стороны обсудили работу пунктов пропуска на границе.\n\n"
    "{other}"
)


def _people_ru(other: str) -> tuple[list[str], list[str]]:
    facts = extract(REPORT_RU.format(other=other), file="x.txt", lexicon=default_lexicon())
    return [p["name_native"] for p in facts.to_dict()["participants"]], facts.mentioned_people


def test_russian_sides_of_a_meeting_whose_agreements_are_carried_out_are_mentioned() -> None:
    names, _ = _people_ru(
        "Стороны обсудили реализацию договоренностей, достигнутых по итогам встречи "
        "министра иностранных дел Кыргызстана Жээнбека Кулубаева с министром иностранных "
        "дел Китая Ван Сяоцином."
    )
    assert "Жээнбек Кулубаев" not in names
    assert "Адилет Жумабаев" in names


def test_russian_author_set_off_in_slashes_after_the_agency_is_no_participant() -> None:
    facts = extract(
        "Глава МВД избран председателем совета координаторов\n\n"
        "АСТАНА. 3 марта 2026. АГЕНТСТВО /Марат Серикбаев/ - На заседании Совета "
        "национальных координаторов в Астане председателем избран министр внутренних дел "
        "Казахстана Ерлан Тургумбаев. В заседании приняли участие представители Кыргызстана "
        "и Таджикистана.",
        file="x.txt",
        lexicon=default_lexicon(),
    )
    names = [p["name_native"] for p in facts.to_dict()["participants"]]
    assert "Марат Серикбаев" not in names
    assert "Ерлан Тургумбаев" in names


def test_russian_author_in_square_brackets_with_the_weekly_is_no_participant() -> None:
    facts = extract(
        "ОДКБ проведет консультации\n\n"
        "14 октября 2026, 16:41 [«Недельный обзор», Олег Трифонов ] 17 октября в Москве в "
        "Объединенном штабе ОДКБ пройдут консультации заместителей министров иностранных дел "
        "государств-членов.",
        file="x.txt",
        lexicon=default_lexicon(),
    )
    assert "Олег Трифонов" not in [p["name_native"] for p in facts.to_dict()["participants"]]
