"""Topics as the golds read them, in our own words: a legal instrument is the meeting's topic
when the meeting signs, adopts, drafts or works on it, not when the report names one in force,
one of the past or an agreement in the sense of a consensus."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _topics(text: str) -> list[str]:
    return extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()["topics"]


# --------------------------------------------------------------------------- English

_WORK_UNDER_AN_AGREEMENT = (
    "Customs chiefs of Kazakhstan and Kyrgyzstan meet in Bishkek\n\n"
    "BISHKEK, May 4, 2028. The heads of the customs services of Kazakhstan and Kyrgyzstan met in "
    "Bishkek to discuss the smuggling of fuel across the common border.\n"
    "The chairman stressed that the two services work closely within the framework of the "
    "bilateral agreements and in accordance with the intergovernmental agreement on customs "
    "matters.\n"
)

_SIGNING_AT_THE_MEETING = (
    "Customs chiefs of Kazakhstan and Kyrgyzstan meet in Bishkek\n\n"
    "BISHKEK, May 4, 2028. The heads of the customs services of Kazakhstan and Kyrgyzstan met in "
    "Bishkek to discuss the smuggling of fuel across the common border.\n"
    "At the end of the meeting the chairmen signed an agreement on the exchange of customs "
    "declarations.\n"
)


def test_an_agreement_in_force_is_no_legal_topic() -> None:
    """ "within the framework of the bilateral agreements", "in accordance with the ...
    agreement": the instruments the work rests on, not law the meeting makes; an agreement
    the meeting signs still is its topic."""
    assert "legal-framework" not in _topics(_WORK_UNDER_AN_AGREEMENT)
    assert "legal-framework" in _topics(_SIGNING_AT_THE_MEETING)


_PARTIES_TO_A_MEMORANDUM = (
    "Drug control meeting held in Ashgabat\n\n"
    "ASHGABAT, May 4, 2028. Deputy foreign ministers of the states parties to the memorandum "
    "on regional drug control met in Ashgabat.\n"
    "The participants discussed the growth of synthetic drug trafficking along the northern "
    "route.\n"
)


def test_the_parties_to_an_instrument_name_the_members() -> None:
    """ "the states parties to the memorandum": who the members are, not a memorandum the
    meeting works on."""
    assert "legal-framework" not in _topics(_PARTIES_TO_A_MEMORANDUM)


_AGREEMENT_OF_THE_PARTIES = (
    "Border commanders of Uzbekistan and Tajikistan meet at the checkpoint\n\n"
    "TERMEZ, May 4, 2028. Border commanders of Uzbekistan and Tajikistan met at the Ayvaj "
    "checkpoint to discuss the situation on the border.\n"
    "It was decided that any engineering works near the line are carried out only by agreement "
    "of the parties.\n"
    "An agreement on the need to hold such meetings every quarter was also reached.\n"
)


def test_an_agreement_of_the_parties_is_a_consensus() -> None:
    """ "by agreement of the parties", "an agreement on ... was reached": a consensus, not a
    legal instrument."""
    assert "legal-framework" not in _topics(_AGREEMENT_OF_THE_PARTIES)


_A_PAST_YEAR_OPENS_THE_SENTENCE = (
    "Interior ministers of Tajikistan and Iran meet in Dushanbe\n\n"
    "DUSHANBE, May 4, 2028. The interior ministers of Tajikistan and Iran met in Dushanbe to "
    "discuss the fight against drug trafficking.\n"
    "In 2019, the two ministries signed a cooperation agreement.\n"
    "A 2021 treaty on extradition binds the two states as well.\n"
)


def test_an_agreement_of_a_past_year_is_history() -> None:
    """ "In 2019, the two ministries signed ...", "A 2021 treaty ...": the history of the
    relations, not an instrument of the meeting."""
    assert "legal-framework" not in _topics(_A_PAST_YEAR_OPENS_THE_SENTENCE)


_AN_AGREEMENT_NAMED_IN_PASSING = (
    "Prosecutors of Armenia and Georgia meet in Yerevan\n\n"
    "YEREVAN, May 4, 2028. The prosecutors general of Armenia and Georgia met in Yerevan to "
    "discuss the extradition of fugitives.\n"
    "The Georgian prosecutor general thanked his hosts for the warm welcome.\n"
    "He noted that the agreement on mutual legal assistance serves both nations well and that "
    "the UN Convention against Corruption remains the main point of reference.\n"
)


def test_an_instrument_named_in_passing_is_no_legal_topic() -> None:
    """An agreement or convention past the lead in a sentence where nobody signs, adopts,
    drafts or discusses it is named in passing; one the sides work on is the meeting's
    business."""
    assert "legal-framework" not in _topics(_AN_AGREEMENT_NAMED_IN_PASSING)
    assert "legal-framework" in _topics(
        _AN_AGREEMENT_NAMED_IN_PASSING
        + "Later the two sides discussed a draft agreement on the transfer of prisoners.\n"
    )


_AN_EXERCISE_REVIEWED = (
    "Anti-terrorist centre heads meet in Minsk\n\n"
    "MINSK, May 4, 2028. The heads of the anti-terrorist units of the CIS states met in Minsk.\n"
    "The participants approved the results of the joint anti-terrorist exercise held in the "
    "spring, and the chairman announced the dates of next year's exercises.\n"
)


def test_an_exercise_is_no_personnel_training() -> None:
    """ "the joint anti-terrorist exercise", "next year's exercises": forces drilled in an
    operation, not the training of staff, unless the lead names it or the meeting discusses
    it; the training of officers still is."""
    assert "personnel-training" not in _topics(_AN_EXERCISE_REVIEWED)
    assert "personnel-training" in _topics(
        _AN_EXERCISE_REVIEWED + "They also discussed the training of officers at the academy.\n"
    )


_EXPERIENCE_PRAISED = (
    "Interior ministers of Moldova and Ukraine meet in Kyiv\n\n"
    "KYIV, May 4, 2028. The interior ministers of Moldova and Ukraine met in Kyiv to discuss "
    "the fight against human trafficking.\n"
    "The Moldovan minister thanked his host for the warm welcome.\n"
    "He stressed that the two ministries value the sharing of best practices and the exchange "
    "of experience.\n"
)


def test_experience_shared_in_passing_is_no_information_exchange() -> None:
    """ "the sharing of best practices and the exchange of experience" praised in a speech:
    what the sides learn from each other, no exchange of information; experience the
    participants exchange at the meeting, or with information, still is one."""
    assert "information-exchange" not in _topics(_EXPERIENCE_PRAISED)
    assert "information-exchange" in _topics(
        _EXPERIENCE_PRAISED.replace(
            "the exchange of experience", "the exchange of experience and operational information"
        )
    )
    assert "information-exchange" in _topics(
        _EXPERIENCE_PRAISED + "The sides exchanged experience in tracing victims.\n"
    )


_FIRES_IN_BORDER_AREAS = (
    "Emergencies ministers of Kyrgyzstan and Tajikistan meet in Dushanbe\n\n"
    "DUSHANBE, May 4, 2028. The emergencies ministers of Kyrgyzstan and Tajikistan met in "
    "Dushanbe to discuss mudflows and forest fires in the border areas of the two states.\n"
    "The ministers also discussed asset recovery across borders and the help given to the "
    "border districts after the floods.\n"
)


def test_a_border_as_a_place_is_no_border_security() -> None:
    """ "fires in the border areas", "across borders", "the border districts": the border as
    the place where other work is done; its guard still is border security."""
    assert "border-security" not in _topics(_FIRES_IN_BORDER_AREAS)
    assert "border-security" in _topics(
        _FIRES_IN_BORDER_AREAS + "They agreed to step up the protection of the state border.\n"
    )


_JOINT_PROGRAMMES_OF_ANY_KIND = (
    "Investigators of Armenia meet the Italian ambassador\n\n"
    "YEREVAN, May 4, 2028. The chairman of the Investigative Committee of Armenia received the "
    "ambassador of Italy.\n"
    "The ambassador thanked his hosts and said the embassy was ready to support joint programs "
    "of the two countries in culture and science.\n"
)


def test_a_joint_programme_of_any_kind_is_no_crime_prevention_programme() -> None:
    """ "joint programs of the two countries in culture and science": a programme of any kind;
    a joint programme against crime still is one."""
    assert "crime-prevention-programs" not in _topics(_JOINT_PROGRAMMES_OF_ANY_KIND)
    assert "crime-prevention-programs" in _topics(
        _JOINT_PROGRAMMES_OF_ANY_KIND.replace("in culture and science", "against drug crime")
    )


_A_BODY_NAMED_AFTER_A_TREATY = (
    "Security chiefs discuss migration and drugs\n\n"
    "A joint sitting of the CSTO Foreign Ministers, Council of Defence Ministers and Security "
    "Council Secretaries opened in Minsk, Belarus.\n"
    "The secretaries discussed illegal migration and the fight against drug trafficking.\n"
)


def test_a_body_named_after_its_founding_treaty_is_no_legal_topic() -> None:
    """The "Collective Security Treaty Organization" is named after its founding act: the
    convening body's name gives its meeting no legal topic."""
    facts = extract(_A_BODY_NAMED_AFTER_A_TREATY, file="x.txt", lexicon=default_lexicon())
    assert "Treaty" in (facts.to_dict()["body"] or "")
    assert "legal-framework" not in facts.to_dict()["topics"]


_AN_AGENCY_NAMED_PROTECTION = (
    "Customs chiefs of Uzbekistan and the United States meet in Washington\n\n"
    "WASHINGTON, May 4, 2028. The chairman of the Customs Committee of Uzbekistan held talks "
    "with the Commissioner of US Customs and Border Protection on drug trafficking.\n"
    "He was also received by the Minister of Public Order and Citizen Protection of Greece.\n"
)


def test_a_name_ending_on_protection_is_no_topic() -> None:
    """ "US Customs and Border Protection", "the Minister of Public Order and Citizen
    Protection": agencies named after their field, not subjects of the meeting."""
    topics = _topics(_AN_AGENCY_NAMED_PROTECTION)
    assert "border-security" not in topics
    assert "public-order" not in topics


# --------------------------------------------------------------------------- Russian


def test_russian_an_agreement_signed_long_ago_is_history() -> None:
    """ "в 2019 году было подписано соглашение", "Тогда был подписан меморандум": the history
    of the relations."""
    topics = _topics(
        "В Минске прошла встреча руководителей пограничных ведомств Беларуси и Литвы.\n"
        "Стороны обсудили обстановку на общей границе и борьбу с контрабандой сигарет.\n"
        "Руководители напомнили, что в 2019 году было подписано соглашение о пунктах пропуска. "
        "Тогда был подписан и меморандум о взаимопонимании."
    )
    assert "legal-framework" not in topics


def test_russian_carrying_out_an_instrument_is_no_new_law() -> None:
    """ "вопросы реализации Соглашения", "государств - участников Конвенции": an instrument in
    force that the work carries out or that names its members."""
    topics = _topics(
        "В Сочи пройдет заседание совета руководителей спасательных служб.\n"
        "На заседании будут рассмотрены вопросы реализации Соглашения о подготовке спасателей "
        "и ход ликвидации последствий паводков.\n"
        "В заседании примут участие представители государств-участников Конвенции о "
        "гражданской обороне."
    )
    assert "legal-framework" not in topics


def test_russian_agreements_reached_are_a_consensus() -> None:
    """ "выполнения соглашений, достигнутых во время визита": a consensus reached, not an
    instrument; a signed one still counts."""
    text = (
        "В Ташкенте прошли переговоры министров внутренних дел Узбекистана и Турции.\n"
        "На повестке дня стояли вопросы борьбы с наркотиками и выполнения соглашений, "
        "достигнутых во время визита президента."
    )
    assert "legal-framework" not in _topics(text)
    assert "legal-framework" in _topics(
        text + "\nПо итогам переговоров министры подписали соглашение о сотрудничестве."
    )


def test_russian_an_instrument_named_in_passing_is_no_legal_topic() -> None:
    """An agreement past the lead in a sentence where nobody signs, adopts, drafts or
    discusses it is named in passing; one the sides sign is the meeting's business."""
    text = (
        "В Баку прошла встреча генеральных прокуроров Азербайджана и Казахстана.\n"
        "Прокуроры обменялись мнениями о розыске лиц, скрывающихся от правосудия.\n"
        "Гость поблагодарил хозяев за теплый прием.\n"
        "Он отметил, что конвенция о правовой помощи хорошо служит сотрудничеству двух стран."
    )
    assert "legal-framework" not in _topics(text)
    assert "legal-framework" in _topics(
        text + "\nЗатем стороны подписали соглашение об обмене электронными документами."
    )


def test_russian_an_exercise_is_no_personnel_training() -> None:
    """ "итоги совместных учений": forces drilled in an operation, not the training of staff;
    "подготовка кадров" still is."""
    text = (
        "Антитеррористические подразделения СНГ подвели итоги года\n\n"
        "В Минске прошло заседание совета руководителей антитеррористических подразделений.\n"
        "Председательствовал на заседании руководитель центра.\n"
        "Участники утвердили итоги совместных антитеррористических учений, а председатель "
        "назвал сроки учений следующего года."
    )
    assert "personnel-training" not in _topics(text)
    assert "personnel-training" in _topics(text + "\nОтдельно обсуждалась подготовка кадров.")


def test_russian_experience_shared_in_passing_is_no_information_exchange() -> None:
    """ "важность обмена опытом" in a speech: what the sides learn from each other; "обмен
    опытом и информацией" still is an exchange of information."""
    text = (
        "Министры внутренних дел Молдовы и Украины встретились в Киеве\n\n"
        "В Киеве прошла встреча министров внутренних дел Молдовы и Украины.\n"
        "Министры говорили о борьбе с торговлей людьми.\n"
        "Гость поблагодарил хозяев за теплый прием.\n"
        "Он подчеркнул важность обмена опытом между ведомствами."
    )
    assert "information-exchange" not in _topics(text)
    assert "information-exchange" in _topics(
        text.replace("обмена опытом", "обмена опытом и оперативной информацией")
    )


def test_russian_a_joint_programme_of_any_kind_is_no_crime_prevention_programme() -> None:
    """ "совместные программы двух стран в области культуры": a programme of any kind;
    "совместные программы борьбы с преступностью" still are crime prevention."""
    text = (
        "Министр внутренних дел Армении встретилась с послом Франции\n\n"
        "В Ереване министр внутренних дел Армении встретилась с послом Франции.\n"
        "Стороны обсудили совместные программы двух стран в области культуры."
    )
    assert "crime-prevention-programs" not in _topics(text)
    assert "crime-prevention-programs" in _topics(
        text.replace("в области культуры", "по борьбе с преступностью")
    )
