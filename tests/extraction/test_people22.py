"""Participants in English and Russian reports: whole names as the report writes them (long
names of the Gulf and South Asia, Russian names put back in the nominative).

Each text is written for the test (it imitates how news reports are laid out, it copies none).
"""

from __future__ import annotations

from archive.extraction import extract

HEAD = "Emergency officials meet in Baku\n\n"


def _participants(text: str) -> set[str]:
    return {p["name"] for p in extract(HEAD + text).participants}


# --- a name of five words is kept whole ---------------------------------------------------


def test_five_word_name_is_kept_whole() -> None:
    """ "Khalid Ahmed Salem Rashid Al-Nuaimi": an Arab name of given name, father's and
    grandfather's names and family name is one person's name, not its last three words."""
    names = _participants(
        "Minister of Emergency Situations Kamran Aliyev received the guests in Baku on Monday. "
        "The talks were attended by the Director General of the Civil Protection Authority of "
        "the State of Kuwait Khalid Ahmed Salem Rashid Al-Nuaimi and other officials."
    )
    assert "Khalid Ahmed Salem Rashid Al-Nuaimi" in names


# --- Russian: who speaks, named right beside the verb, took the floor --------------------

RU_HEAD = "Руководители таможенных служб встретились в Минске\n\n"


def _ru_participants(text: str) -> set[str]:
    return {p["name_native"] for p in extract(RU_HEAD + text).participants}


def test_speaker_named_beside_the_verb_takes_part() -> None:
    """ "– заявил Геннадий Тарасенко", "Ерболат Жумагалиев отметил": the verb's subject,
    named right beside it, spoke at the meeting told, even with no title in the report."""
    names = _ru_participants(
        "В Минске прошла встреча руководителей таможенных служб Беларуси и Казахстана. "
        "Стороны обсудили обмен сведениями о грузах. «Мы готовы ускорить проверки на "
        "границе», – заявил Геннадий Тарасенко. Ерболат Жумагалиев отметил, что число "
        "нарушений снизилось."
    )
    assert {"Геннадий Тарасенко", "Ерболат Жумагалиев"} <= names


def test_speaker_behind_a_word_between_stays_mentioned() -> None:
    """ "поделилась официальный представитель А", "отметил эксперт Б": a word between the
    verb and the name (an office, a spokesperson's title) gives no speech at the meeting."""
    names = _ru_participants(
        "В Минске прошла встреча руководителей таможенных служб Беларуси и Казахстана. "
        "Об этом рассказала официальный представитель ведомства Ольга Лагутенко."
    )
    assert "Ольга Лагутенко" not in names


# --- a president of an agency or association is no head of state --------------------------


def test_president_of_an_agency_takes_part() -> None:
    """ "President of the Moldovan Customs Authority A": he heads an agency, whatever its
    adjectives, not a state; he takes part as any head of agency does."""
    names = _participants(
        "The heads of the customs services of Moldova and Romania met in Chisinau on Tuesday. "
        "President of the Romanian Customs Authority Dan Pescaru and Director General of the "
        "Customs Service of Moldova Igor Talmazan signed a protocol on joint border checks."
    )
    assert {"Dan Pescaru", "Igor Talmazan"} <= names


def test_president_of_an_association_takes_part_in_russian() -> None:
    """ "президент Международной ассоциации юристов А" presides over an association: he is
    the host's guest, not a head of state receiving the host in his own state."""
    people = extract(
        RU_HEAD + "Генеральный прокурор Беларуси Андрей Швед встретился в Минске с президентом "
        "Международной ассоциации юристов Олегом Коваленко. Стороны обсудили обучение "
        "прокуроров."
    ).participants
    roles = {p["name_native"]: (p["role"], p["country"]) for p in people}
    assert roles["Андрей Швед"] == ("host", "Belarus")
    assert roles["Олег Коваленко"] == ("attendee", None)


# --- Russian: a foreign name of three words ----------------------------------------------


def test_foreign_name_with_a_middle_name_keeps_its_surname() -> None:
    """ "Томас Холст Бреннер": a given name, a middle name the dictionary knows as a common
    noun ("холст") and the surname are one name; the surname is its last word."""
    names = _ru_participants(
        "В Баку начальник Государственной миграционной службы Азербайджана Вусал Гусейнов "
        "принял делегацию Международной организации по миграции. В переговорах участвовали "
        "директор регионального бюро Томас Холст Бреннер и советник Анна Свинг Лоренц."
    )
    assert {"Томас Бреннер", "Анна Лоренц"} <= names
    assert not {"Томас Холст", "Анна Свинг"} & names


# --- Russian: a given name in -ай put back in the nominative --------------------------------


def test_given_name_in_ai_back_in_the_nominative() -> None:
    """ "с председателем комитета Бектаем Ермековым": a man's given name in -ай declines
    as "Андрей" does; its nominative is "Бектай", not "Бекта"."""
    names = _ru_participants(
        "В Астане прошла встреча руководителей таможенных служб Казахстана и Кыргызстана. "
        "Председатель Государственной таможенной службы Кыргызстана Алмаз Турдубаев провел "
        "переговоры с председателем Комитета государственных доходов Казахстана Бектаем "
        "Ермековым."
    )
    assert "Бектай Ермеков" in names


# --- English: initials written without dots ------------------------------------------------


def test_initials_without_dots_make_a_name() -> None:
    """ "Shri RK Verma", "Joint Secretary in the home ministry, PS Rao" and "Anatoly V
    Petrov": initials without their dots, as Indian copy writes them, before a surname are a
    name."""
    names = _participants(
        "The India-Kazakhstan joint working group on counter-terrorism met in Astana on "
        "Monday. The Indian delegation was led by Joint Secretary (counter-terrorism) in the "
        "home ministry, PS Rao, while the Kazakh delegation was led by Deputy Foreign Minister "
        "Anatoly V Petrov. Shri RK Verma, Director of the National Investigation Agency, also "
        "took part."
    )
    assert {"PS Rao", "Anatoly V Petrov", "RK Verma"} <= names


# --- English: who takes part on a side's behalf is there ------------------------------------


def test_on_behalf_of_a_side_with_a_verb_of_taking_part() -> None:
    """ "On behalf of the Kyrgyz side the talks were attended by A", "Participating on behalf
    of B were C" and "on behalf of D, E, took part instead of me": on a side's behalf, with a
    verb of taking part, is no greeting sent from afar."""
    names = _participants(
        "The border services of Kazakhstan and Kyrgyzstan held talks in Almaty on Friday. On "
        "behalf of the Kyrgyz side the talks were attended by Deputy Director Ulan Sydykov. "
        "Participating on behalf of the Kazakh border service were Marat Zhakupov, head of the "
        'southern department. The minister said: "On behalf of our ministry, Colonel Aibek '
        'Osmonov, took part instead of me."'
    )
    assert {"Ulan Sydykov", "Marat Zhakupov", "Aibek Osmonov"} <= names


def test_greeting_on_behalf_of_a_president_stays_absent() -> None:
    """ "A read out a message on behalf of President B": B sent it and was not there."""
    names = _participants(
        "The border services of Kazakhstan and Kyrgyzstan held talks in Almaty on Friday. "
        "Deputy Director Ulan Sydykov read out greetings on behalf of President Sadyr Japarov."
    )
    assert "Sadyr Japarov" not in names


# --- English: a surname alone that opens a sentence and speaks ------------------------------


def test_surname_alone_speaking_takes_part() -> None:
    """ "Sadykov noted that ...": a report whose opening (with the full name) was cut off
    names the official by surname alone, as the subject of a verb of speech."""
    names = _participants(
        "The talks were held at the State Customs Committee in Baku on Tuesday. Sadykov noted "
        "that the exchange of customs data had grown. Both sides agreed to meet again in spring."
    )
    assert "Sadykov" in names


def test_surname_alone_of_a_person_named_in_full_is_no_new_person() -> None:
    """ "Kamil Sadykov ... Sadykov noted": the surname is the person already named."""
    names = _participants(
        "Customs chief Kamil Sadykov held talks in Baku on Tuesday. Sadykov noted that the "
        "exchange of customs data had grown."
    )
    assert "Sadykov" not in names
    assert "Kamil Sadykov" in names


def test_russian_surname_alone_speaking_takes_part() -> None:
    """ "Кроме того, Абдрахманов отметил ...": a surname alone, the subject of a verb of
    speech, names an official the report (its opening cut off) never names in full."""
    names = _ru_participants(
        "Переговоры прошли в Минске в здании Государственного таможенного комитета. Стороны "
        "обсудили обмен сведениями о грузах. Кроме того, Абдрахманов отметил, что число "
        "нарушений на границе снизилось."
    )
    assert "Абдрахманов" in names


# --- a head of state's leadership of the country chairs no meeting --------------------------


def test_leadership_of_a_president_chairs_nothing() -> None:
    """ "the growth of the country under the leadership of President A": A leads the state,
    he does not chair the meeting told, and is only mentioned."""
    names = _participants(
        "Head of the State Migration Service Vusal Huseynov met the IOM regional director "
        "Anna Lorenz in Baku on Monday. Lorenz praised the growth of Azerbaijan under the "
        "leadership of President of the Republic of Azerbaijan Mr. Ilham Aliyev."
    )
    assert "Ilham Aliyev" not in names


def test_russian_leadership_of_a_president_chairs_nothing() -> None:
    """ "под руководством Президента А": the country's course under its president, not a
    session he chairs."""
    names = _ru_participants(
        "Начальник Государственной миграционной службы Азербайджана Вусал Гусейнов встретился "
        "в Женеве с директором Международной организации по миграции Анной Лоренц. Анна "
        "Лоренц отметила успехи, достигнутые в Азербайджане под руководством Президента "
        "Ильхама Алиева."
    )
    assert "Ильхам Алиев" not in names
