"""Structures of real reports in both languages, in our own words: the roles of the two sides
of talks held at one side's home (the host receives, and the visiting side takes part,
"attendee", whatever its people said there; one who speaks at a session of many states'
officials is a speaker), and officials' talks on the sidelines of a session abroad."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _roles(text: str) -> dict[str, str]:
    facts = extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()
    return {p["name"]: p["role"] for p in facts["participants"]}


def test_a_russian_guest_who_thanks_the_host_takes_part() -> None:
    roles = _roles(
        "Пограничники Казахстана и Кыргызстана обсудили охрану границы\n\n"
        "Бишкек, 3 марта 2026 года. Председатель пограничной службы Кыргызстана Марат "
        "Токтосунов принял в Бишкеке делегацию пограничной службы Казахстана во главе с "
        "Ержаном Абдрахмановым.\n\n"
        "Стороны обсудили совместное патрулирование и борьбу с контрабандой.\n\n"
        "Ержан Абдрахманов поблагодарил кыргызскую сторону за гостеприимство и отметил "
        "высокий уровень взаимодействия двух ведомств."
    )
    assert roles == {"Marat Toktosunov": "host", "Yerzhan Abdrakhmanov": "attendee"}


def test_an_english_guest_who_thanks_the_host_takes_part() -> None:
    roles = _roles(
        "Border chiefs of Kazakhstan and Kyrgyzstan meet in Bishkek\n\n"
        "Bishkek, 3 March 2026. The Chairman of the Border Service of Kyrgyzstan Marat "
        "Toktosunov received in Bishkek a delegation of the Border Service of Kazakhstan led by "
        "Yerzhan Abdrakhmanov.\n\n"
        "The sides discussed joint patrols and the fight against smuggling.\n\n"
        "Yerzhan Abdrakhmanov thanked the Kyrgyz side for its hospitality and noted the high "
        "level of cooperation between the two services."
    )
    assert roles == {"Marat Toktosunov": "host", "Yerzhan Abdrakhmanov": "attendee"}


def test_a_minister_who_speaks_at_a_meeting_of_many_states_speaks() -> None:
    """A meeting of an organisation's member states in one of them, whose head of state
    receives one delegation: the minister who speaks there is a speaker, not a guest at talks."""
    roles = _roles(
        "Встреча министров внутренних дел стран ОЭС\n\n"
        "12 мая 2026 года в Тегеране прошла встреча министров внутренних дел государств-членов "
        "Организации экономического сотрудничества (ОЭС).\n\n"
        "Президент Ирана Масуд Пезешкиан принял участников встречи.\n\n"
        "Министр внутренних дел Туркменистана Мухаммет Хыдыров выступил на встрече и "
        "отметил важность совместной борьбы с наркотрафиком."
    )
    assert roles.get("Mukhammet Khydyrov") == "speaker"


def test_officials_meeting_on_the_sidelines_abroad_are_their_own_meeting() -> None:
    """ "A and B met on the sidelines of the session of <standing body> held in <third
    state's city>": the two officials' talks are the meeting, named by their agencies; the
    session's host state only frames it."""
    facts = extract(
        "Security council secretaries of Armenia and Russia meet\n\n"
        "date 2026-04-20 The Secretary of the Security Council of Armenia Aram Vardanyan and "
        "the Secretary of the Security Council of the Russian Federation Oleg Sergeyev today met "
        "on the sidelines of the session of the Committee of Secretaries of Security Councils of "
        "the Collective Security Treaty Organization (CSTO) being held in Dushanbe, Tajikistan.\n\n"
        "The parties discussed cooperation between the offices of the two security councils.",
        file="x.txt",
        lexicon=default_lexicon(),
    ).to_dict()
    assert facts["body"] == "Security Councils of Armenia and Russia"
    assert facts["countries"] == ["Armenia", "Russia"]
    assert "Tajikistan" in facts["countries_mentioned"]
    assert facts["city"] == "Dushanbe"
