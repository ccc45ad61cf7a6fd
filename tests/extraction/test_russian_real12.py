"""Russian reports as the development set's sites write them, in our own words: rules that
fixed misses in reports of at least two sites."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _facts(text: str, url: str | None = None) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon(), url=url).to_dict()


def _people(text: str) -> dict[str, str]:
    """Each participant's Cyrillic name and role."""
    return {p["name_native"]: p["role"] for p in _facts(text)["participants"]}


def test_who_tells_the_guests_about_his_agency_hosts_them() -> None:
    """ "Б. Каримов рассказал гостю о работе службы": who tells or greets the guest receives
    him, though a speech verb alone would make him a speaker."""
    roles = _people(
        "В ходе встречи делегации Интерпола с директором Службы по борьбе с наркотиками "
        "Таджикистана Бахтиёром Каримовым обсуждены вопросы сотрудничества.\n"
        "Б. Каримов рассказал гостю о задачах службы и отметил рост изъятий героина."
    )
    assert roles["Бахтиёр Каримов"] == "host"


def test_two_heads_who_greet_the_guests_host_them() -> None:
    """ "Начальник управления А и начальник отдела Б поприветствовали гостей": both host."""
    roles = _people(
        "В Нарын прибыла делегация полиции провинции Синьцзян. Начальник Нарынского областного "
        "управления Азамат Токтогулов и начальник городского управления Эрмек Бакиров "
        "поприветствовали гостей и подчеркнули важность обмена опытом. Стороны обсудили "
        "охрану общественного порядка."
    )
    assert roles["Азамат Токтогулов"] == "host"
    assert roles["Эрмек Бакиров"] == "host"


def test_a_minister_who_met_a_delegation_and_briefs_the_guests_hosts_at_home() -> None:
    """ "министр А встретился с делегацией ... Министр проинформировал гостей": no town is
    named, but the one who briefs the guests receives them in his own state."""
    roles = _people(
        "5 мая министр внутренних дел Армении Арам Петросян встретился с делегацией полиции "
        "Ирана во главе с генералом Резой Хоссейни.\n"
        "Министр проинформировал гостей о криминогенной обстановке в стране.\n"
        "Стороны обсудили борьбу с незаконным оборотом наркотиков."
    )
    assert roles["Арам Петросян"] == "host"


def test_a_georgian_given_name_in_a_stays_as_written_after_a_nominative_title() -> None:
    """ "министр ... Грузии Гека Геладзе": the dictionary reads "Гека" only as the genitive of
    "Гек"; after a title in the nominative and beside a surname that never declines, the name
    stands as written."""
    roles = _people(
        "Министр внутренних дел Грузии Гека Мчедлидзе встретился с послом Армении в Грузии "
        "Ашотом Смбатяном. Стороны обсудили сотрудничество в борьбе с преступностью."
    )
    assert "Гека Мчедлидзе" in roles


def test_a_title_of_two_posts_one_the_chairmanship_of_the_council_chairs() -> None:
    """ "вице-премьер, председатель Координационного совета А отметил": of his two posts, the
    chairmanship of the council makes him its chair, not a speaker."""
    roles = _people(
        "В Ташкенте состоялось заседание Координационного совета по борьбе с отмыванием "
        "доходов. На заседании вице-премьер, председатель Координационного совета Бахром "
        "Усмонов отметил рост числа подозрительных операций."
    )
    assert roles["Бахром Усмонов"] == "chair"


def test_the_chairman_of_an_organisation_by_its_acronym_and_another_post_chairs() -> None:
    """ "Председатель ЕАГ – Директор ... А поблагодарил делегации": the chairman of the group
    whose plenary is told chairs it."""
    roles = _people(
        "В Минске прошло пленарное заседание ЕАГ. Председатель ЕАГ – Директор Департамента "
        "финансовых расследований Андрей Ковалёв поблагодарил делегации за участие в заседании."
    )
    assert roles["Андрей Ковалёв"] == "chair"


def test_the_chairman_elected_chairs_later_when_another_presides_this_sitting() -> None:
    """ "А избран председателем совета ... председательствующий на заседании министр": the
    sitting has a presiding officer of its own; the one elected chairs from then on."""
    roles = _people(
        "В Бишкеке прошло заседание Совета министров юстиции. Министр юстиции Казахстана Ерлан "
        "Сарсенов избран председателем совета. «Нам предстоит большая работа», - отметил "
        "председательствующий на заседании министр юстиции Кыргызстана."
    )
    assert roles["Ерлан Сарсенов"] != "chair"


def test_the_chairman_elected_chairs_later_when_a_state_presides_this_year() -> None:
    """ "в этом году председательствует Армения, в следующем - Казахстан": the rotation names
    this year's chair; the one just elected chairs from the next."""
    roles = _people(
        "Глава МЧС Казахстана Канат Исабеков избран председателем координационного совета. "
        '"Заседание совета прошло в Ереване. Председательство переходит ежегодно: в этом году '
        'председательствует Армения, в следующем - Казахстан", - говорится в сообщении.'
        "Исабеков предложил расширить обмен опытом."
    )
    assert roles["Канат Исабеков"] != "chair"


def test_the_guam_working_group_by_its_own_russian_name_and_acronym() -> None:
    """ "заседание Рабочей группы по борьбе с терроризмом, организованной преступностью и
    распространением наркотиков (РГБТОП)": the GUAM working group, by the name its
    secretariat's releases use."""
    facts = _facts(
        "10 марта 2012 года в Киеве состоялось 15-е заседание Рабочей группы по борьбе с "
        "терроризмом, организованной преступностью и распространением наркотиков (РГБТОП). "
        "РГБТОП одобрила план мероприятий на следующий год."
    )
    assert facts["body"] == (
        "GUAM Working Group on Combating Terrorism, Organized Crime and Drug Trafficking"
    )


def test_the_organisation_whose_seat_holds_the_meeting_takes_part() -> None:
    """ "12 марта в Исполнительном комитете СНГ состоялось заседание ...": the organisation
    that hosts the sitting at its seat takes part in it."""
    facts = _facts(
        "12 марта 2024 года в Исполнительном комитете СНГ состоялось заседание Совета "
        "руководителей миграционных органов государств - участников СНГ. Участники обсудили "
        "обмен информацией о нелегальной миграции."
    )
    assert "CIS Executive Committee" in facts["organizations"]


def test_an_experts_group_drafting_at_the_organisations_seat_leaves_it_out() -> None:
    """ "в Исполнительном комитете СНГ прошло заседание экспертной группы": the experts use
    the organisation's rooms; it does not take part by that."""
    facts = _facts(
        "12 марта 2024 года в Исполнительном комитете СНГ прошло заседание экспертной группы по "
        "доработке проекта соглашения о сотрудничестве в сфере миграции."
    )
    assert "CIS Executive Committee" not in facts["organizations"]


def test_the_states_whose_agencies_a_meeting_brings_together_take_part() -> None:
    """ "состоялась встреча между пограничными службами Казахстана и Кыргызстана": the states
    of the agencies the meeting's noun phrase names are its sides."""
    facts = _facts(
        "5 мая 2023 года состоялась встреча между пограничными службами Казахстана и "
        "Кыргызстана в формате видеоконференции. Стороны обсудили работу пунктов пропуска."
    )
    assert set(facts["countries"]) == {"Kazakhstan", "Kyrgyzstan"}


def test_the_state_of_the_official_whose_meeting_is_told_takes_part() -> None:
    """ "состоялась встреча заместителя председателя таможенной службы Туркменистана с
    представителем УНП ООН": the official's state is a side."""
    facts = _facts(
        "3 июня 2025 года состоялась встреча заместителя Председателя Государственной таможенной "
        "службы Туркменистана с представителем Управления ООН по наркотикам и преступности. "
        "Собеседники обсудили контроль за грузами."
    )
    assert "Turkmenistan" in facts["countries"]


def test_an_agency_of_one_state_meeting_an_international_organisation_names_both() -> None:
    """ "встреча заместителя председателя таможенной службы А с представителем УНП ООН Б": the
    state's agency and the organisation are the meeting's two sides."""
    facts = _facts(
        "В Ашхабаде состоялась встреча заместителя Председателя Государственной таможенной "
        "службы Туркменистана Аннамурада Овезова с Региональным представителем Управления ООН "
        "по наркотикам и преступности в Центральной Азии Мартином Келлером. Стороны обсудили "
        "борьбу с контрабандой наркотиков."
    )
    assert facts["body"] == (
        "Customs Service of Turkmenistan and United Nations Office on Drugs and Crime"
    )


def test_a_foreign_minister_meeting_an_organisations_secretary_general() -> None:
    """ "встреча министра иностранных дел А с Генеральным секретарем ОДКБ Б": the ministry and
    the organisation's chief officer, as the golds name him."""
    facts = _facts(
        "В Бишкеке состоялась встреча министра иностранных дел Кыргызской Республики Эрлана "
        "Абдылдаева с Генеральным секретарем Организации Договора о коллективной безопасности "
        "Николаем Бордюжей. Стороны обсудили сотрудничество в сфере региональной безопасности."
    )
    assert facts["body"] == "Foreign Ministry of Kyrgyzstan and CSTO Secretary General"


def test_a_rank_in_the_genitive_before_a_name_gives_its_case() -> None:
    """ "под руководством генерал-полковника Леонида Мальцева", "с генерал-майором Ли Хуаном":
    the rank's ending gives the name's case, so the name comes out in the nominative (not a
    woman's "Леонида Мальцева")."""
    facts = _facts(
        "В Минске состоялось заседание коллегии пограничного комитета. Заседание прошло под "
        "руководством генерал-полковника Леонида Мальцева. Члены коллегии обсудили охрану "
        "границы."
    )
    assert [p["name_native"] for p in facts["participants"]] == ["Леонид Мальцев"]


def test_two_states_talks_on_delimiting_their_border_are_their_government_delegations() -> None:
    """ "стороны подписали протокол о делимитации границы": the talks on the border's line are
    held by the two governments' delegations, whoever heads them."""
    facts = _facts(
        "Казахстан и Кыргызстан подписали протокол о делимитации участка государственной "
        "границы. Переговоры прошли в Оше. На встрече присутствовали председатели комитетов "
        "национальной безопасности Казахстана Ермек Сагимбаев и Кыргызстана Камчыбек Ташиев."
    )
    assert facts["body"] == (
        "Government Delegations of Kazakhstan and Kyrgyzstan on Border Delimitation and Demarcation"
    )


def test_initials_and_a_surname_in_the_genitive_are_the_man_named_in_full() -> None:
    """ "Представитель ... Борис Кравцов ... в ходе встречи Б. Кравцова с директором": the
    initials with the genitive surname are the same man, not a woman "Б. Кравцова"."""
    facts = _facts(
        "Новый представитель Управления ООН по наркотикам и преступности Борис Кравцов прибыл "
        "в Бишкек.\n"
        "В ходе встречи Б. Кравцова с директором Службы по борьбе с наркотиками Киргизии "
        "Тимуром Абдрахмановым обсуждены вопросы сотрудничества."
    )
    names = [p["name_native"] for p in facts["participants"]]
    assert "Борис Кравцов" in names
    assert not any(n.endswith("Кравцова") for n in names)


def test_the_guest_the_host_tells_about_his_agency_is_no_host() -> None:
    """ "встречи Б. Кравцова с директором ... А. А рассказал гостю": A receives, so the one "the
    meeting of Б with A" names first is the guest, not the host."""
    roles = _people(
        "Новый представитель Управления ООН по наркотикам и преступности Борис Кравцов прибыл "
        "в Бишкек.\n"
        "В ходе встречи Б. Кравцова с директором Службы по борьбе с наркотиками Киргизии "
        "Тимуром Абдрахмановым обсуждены вопросы сотрудничества.\n"
        "Т. Абдрахманов рассказал гостю о работе службы."
    )
    assert roles["Тимур Абдрахманов"] == "host"
    assert roles["Борис Кравцов"] != "host"


def test_one_who_met_a_counterpart_where_the_report_names_no_venue_is_a_side() -> None:
    """ "Глава МЧС А встретился с министром Б ... А отметил": with no venue, who hosts is
    unknown; A is one of the two sides, not a speaker at another's meeting."""
    roles = _people(
        "Глава МЧС России Сергей Орлов встретился с министром по чрезвычайным ситуациям "
        "Армении Гагиком Манукяном. Сергей Орлов отметил, что ведомства двух стран активно "
        "сотрудничают в подготовке спасателей."
    )
    assert roles["Сергей Орлов"] in ("attendee", "host")


def test_the_general_confederation_of_trade_unions_takes_part() -> None:
    """ "приняли участие ... представители Исполнительного комитета СНГ, Всеобщей конфедерации
    профсоюзов": the confederation is an international organisation of the region."""
    facts = _facts(
        "В Ташкенте прошло заседание Совета руководителей миграционных органов государств - "
        "участников СНГ. В заседании приняли участие делегации Казахстана, Кыргызстана и "
        "Узбекистана, а также представители Исполнительного комитета СНГ и Всеобщей "
        "конфедерации профсоюзов."
    )
    assert "General Confederation of Trade Unions" in facts["organizations"]


def test_the_town_of_a_visit_during_which_the_document_was_signed() -> None:
    """ "Меморандум был подписан в ходе визита делегации ... в Ереван": the signing is the
    meeting told, held in the town the visit went to."""
    facts = _facts(
        "Грузия и Армения договорились о сотрудничестве спасателей. Меморандум был подписан в "
        "ходе визита грузинской делегации во главе с министром Гиоргием Беридзе в Ереван, по "
        "итогам встречи с армянским коллегой Арменом Саргсяном."
    )
    assert facts["city"] == "Yerevan"


def test_an_earlier_agreement_in_another_clause_leaves_the_town_of_the_sitting() -> None:
    """ "В ходе прошедшего в Ашхабаде заседания комиссии по консульским, пограничным и
    таможенным вопросам обсуждена реализация ранее достигнутых договоренностей": the earlier
    agreements are another clause's; the sitting was held in the town."""
    facts = _facts(
        "Туркменистан и Казахстан усилят пограничный контроль\n\n"
        "В ходе прошедшего в Ашхабаде заседания межправительственной комиссии по консульским, "
        "пограничным и таможенным вопросам была обсуждена реализация ранее достигнутых "
        "договоренностей."
    )
    assert facts["city"] == "Ashgabat"


def test_the_brics_high_representatives_for_security_by_their_russian_name() -> None:
    """ "встреча представителей государств БРИКС, курирующих вопросы безопасности": the BRICS
    security representatives' meeting of the reference data."""
    facts = _facts(
        "В Москве прошла пятнадцатая встреча представителей государств БРИКС, курирующих "
        "вопросы безопасности. Участники обсудили противодействие терроризму."
    )
    assert facts["body"] == "Meeting of BRICS High Representatives for Security Issues"


def test_the_regional_meeting_of_border_heads_with_a_hyphenated_region() -> None:
    """ "Региональное совещание руководителей пограничных ведомств Центрально-Азиатского
    региона СНГ": the reference body, the region spelt with a hyphen; no "Центрально-Азиатский"
    person."""
    facts = _facts(
        "В Бишкеке проходит Региональное совещание руководителей пограничных ведомств\n\n"
        "В Бишкеке проходит V Региональное совещание руководителей пограничных ведомств "
        "Центрально-Азиатского региона Содружества Независимых Государств. В его работе "
        "принимают участие руководители пограничных ведомств Кыргызстана и Казахстана."
    )
    assert facts["body"] == "Regional Meeting of Heads of Border Agencies of CIS Member States"
    assert facts["participants"] == []


def test_a_surname_in_the_instrumental_outweighs_a_genitive_title_word_before_it() -> None:
    """ "встреча с первым вице-премьером, и.о. премьер-министра Таласбеком Жумабаевым": the
    nearest title word is a genitive, the name's own ending an instrumental."""
    facts = _facts(
        "В Бишкеке состоялась встреча директора ФСКН России Виктора Иванова с первым "
        "вице-премьером, и.о. министра внутренних дел Таласбеком Жумабаевым. Стороны обсудили "
        "борьбу с наркотрафиком."
    )
    names = [p["name_native"] for p in facts["participants"]]
    assert "Таласбек Жумабаев" in names


def test_a_states_leader_receiving_the_heads_of_delegations_takes_no_part() -> None:
    """ "В рамках форума состоялась встреча глав делегаций с таджикским лидером А": a leader of
    the state is its head; his reception beside the sitting is no part of it."""
    facts = _facts(
        "В Душанбе прошла девятая встреча секретарей советов безопасности государств - членов "
        "ШОС. В рамках форума состоялась встреча глав делегаций с таджикским лидером Эмомали "
        "Рахмоном. Участники обсудили борьбу с терроризмом."
    )
    assert facts["participants"] == []


def test_the_ordinal_of_the_session_a_meeting_is_held_within_is_not_its_own() -> None:
    """ "встреча прошла в Вене в рамках участия в 66-й сессии Комиссии по наркотическим
    средствам": the session frames the meeting; its count is not the meeting's."""
    facts = _facts(
        "Глава Агентства по контролю за наркотиками Таджикистана встретился с делегацией "
        "Пакистана. Встреча прошла 14 марта в Вене в рамках участия в 66-й сессии Комиссии по "
        "наркотическим средствам. Стороны обсудили обмен информацией."
    )
    assert facts["ordinal"] is None


def test_experts_on_the_draft_agreement_founding_a_council_are_its_expert_group() -> None:
    """ "Эксперты стран СНГ на встрече в Минске согласовали проект соглашения об образовании
    Межгосударственного совета по противодействию коррупции": the experts' group on the
    draft, not the council it will found."""
    facts = _facts(
        "Минск, 3 марта. Эксперты стран СНГ на встрече в Минске 1-2 марта согласовали проект "
        "соглашения об образовании Межгосударственного совета по противодействию коррупции. "
        "Документ будет внесен на рассмотрение глав государств."
    )
    assert facts["body"] == (
        "Expert Group on the Draft Agreement on the Establishment of the Interstate Council for "
        "Combating Corruption of the CIS"
    )


def test_a_region_before_a_given_name_is_no_surname_when_the_surname_follows() -> None:
    """ "начальник управления полиции края Самцхе-Джавахети Ираклий Гелашвили": the region's
    name is not read as a surname put first; the name is the given name and the surname after
    it."""
    roles = _people(
        "В Кутаиси прошла встреча руководителей полиции Грузии и Армении. Во встрече принял "
        "участие начальник управления полиции края Самцхе-Джавахети Ираклий Гелашвили. Стороны "
        "обсудили охрану границы."
    )
    assert "Ираклий Гелашвили" in roles


def test_the_economic_court_of_the_cis_takes_part() -> None:
    """ "с участием ... представителей Экономического Суда СНГ": the Commonwealth's court is an
    organisation of the reference data."""
    facts = _facts(
        "В Минске состоялось заседание Совета председателей верховных судов государств - "
        "участников СНГ. В заседании приняли участие представители верховных судов Армении, "
        "Беларуси и Казахстана, а также Экономического Суда СНГ."
    )
    assert "Economic Court of the CIS" in facts["organizations"]


def test_two_officials_who_talked_with_no_venue_told_are_the_two_sides() -> None:
    """ "Глава погранслужбы А и глава пограничной полиции Б обсудили ... А отметил": no venue
    and no host; each is one of the two sides, not a speaker at the other's meeting."""
    roles = _people(
        "Председатель Государственной пограничной службы Украины Андрей Демченко и глава "
        "Пограничной полиции Молдовы Ион Попеску обсудили совместное патрулирование границы. "
        "Андрей Демченко отметил, что обмен информацией между ведомствами улучшился."
    )
    assert roles == {"Андрей Демченко": "attendee", "Ион Попеску": "attendee"}


def test_the_state_of_an_earlier_visit_in_another_clause_is_no_venue() -> None:
    """ "В рамках реализации договорённостей, достигнутых в ходе визита Президента в Турецкую
    Республику, состоялась встреча прокурора области А с консулом Б": Turkey is the earlier
    visit's, not the venue."""
    facts = _facts(
        "В рамках реализации договорённостей, достигнутых в ходе официального визита Президента "
        "Республики Казахстан в Турецкую Республику, состоялась встреча прокурора области Нурлана "
        "Абенова с Генеральным консулом Турецкой Республики Мехметом Озтюрком. Стороны обсудили "
        "экстрадицию разыскиваемых лиц."
    )
    assert facts["venue_country"] != "Turkey"
