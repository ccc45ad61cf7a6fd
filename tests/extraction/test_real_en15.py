"""Own-words rules for English reports, rounds 1-13 together: who leads a state or its policy
is no chair of the meeting."""

from __future__ import annotations

from archive.extraction import extract


def _facts(text: str, **kw) -> dict:
    return extract(text, file="t.txt", **kw).to_dict()


def _names(text: str) -> list[str]:
    return [p["name"] for p in _facts(text)["participants"]]


_REFORMS_UNDER_A_PRESIDENT = (
    "Customs chiefs meet exporters in Tashkent\n\n"
    "TASHKENT, May 4, 2028. Chairman of the State Customs Committee of Uzbekistan Akmal "
    "Yusupov met with members of the exporters' association at the committee.\n"
    "Akmal Yusupov spoke about the changes carried out in the customs service in recent years "
    "under the leadership of President Bakhtiyor Karimov and the new electronic declarations.\n"
)

_TIES_UNDER_TWO_LEADERS = (
    "Prosecutors of Kazakhstan and Georgia meet in Astana\n\n"
    "ASTANA, May 4, 2028. Prosecutor General of Kazakhstan Nurlan Abenov held talks with "
    "Prosecutor General of Georgia Levan Beridze.\n"
    "Nurlan Abenov noted that relations between the two states have strengthened under the "
    "leadership of President Daniyar Omarov and President Giorgi Tsereteli.\n"
)


def test_a_president_whose_reforms_are_praised_is_only_mentioned() -> None:
    """ "The changes carried out under the leadership of President X": X leads the state whose
    reforms are told, not the meeting; a head of state who does not chair is only mentioned."""
    names = _names(_REFORMS_UNDER_A_PRESIDENT)
    assert "Akmal Yusupov" in names
    assert "Bakhtiyor Karimov" not in names
    names = _names(_TIES_UNDER_TWO_LEADERS)
    assert {"Nurlan Abenov", "Levan Beridze"} <= set(names)
    assert "Daniyar Omarov" not in names


_MEETING_UNDER_A_LEADER = (
    "Collegium of the border service held in Bishkek\n\n"
    "BISHKEK, May 4, 2028. The collegium of the Border Service of Kyrgyzstan was held under the "
    "leadership of Director Almaz Toktogulov.\n"
    "The heads of the border detachments reported on the results of the first quarter.\n"
)


def test_a_meeting_under_someones_leadership_is_chaired_by_them() -> None:
    people = {p["name"]: p for p in _facts(_MEETING_UNDER_A_LEADER)["participants"]}
    assert people["Almaz Toktogulov"]["role"] == "chair"


_FAMILY_NAME_TO = (
    "Vietnam and Kazakhstan to widen police cooperation\n\n"
    "HANOI, May 4, 2028. Minister of Public Security of Vietnam General To Minh held talks "
    "with Minister of Internal Affairs of Kazakhstan Yerlan Turgumbayev.\n"
    "Minister To Minh thanked the guests and proposed joint training of investigators.\n"
)

_HEADLINE_TO = (
    "Border Chiefs To Meet\n\n"
    "ASTANA, May 4, 2028. The heads of the border services of Kazakhstan and Kyrgyzstan will "
    "meet next week, said Chairman of the Border Service Daniyar Seitkali.\n"
)


def test_a_vietnamese_name_spelt_like_to_after_a_title_is_a_person() -> None:
    """ "General To Minh": a family name that reads like the English "to", after a title or a
    state's name, with short given syllables and no capitalised word after them, is a name;
    a headline's "Chiefs To Meet" is not, its word standing in the text in lower case."""
    people = {p["name"]: p for p in _facts(_FAMILY_NAME_TO)["participants"]}
    assert "To Minh" in people
    assert people["To Minh"]["country"] == "Vietnam"
    names = _names(_HEADLINE_TO)
    assert not any(n.startswith("To ") for n in names)


_YESTERDAY_UNDER_A_DATELINE = (
    "Kyrgyz and Kazakh interior ministers discuss drug trafficking\n\n"
    "BISHKEK, June 4, 2028 - Kyrgyz Interior Minister Ulan Niyazbekov yesterday met here "
    "with his Kazakh counterpart Yerlan Turgumbayev.\n"
    "The ministers discussed joint operations against drug trafficking.\n"
)


def test_the_datelines_day_does_not_make_the_lead_another_meeting() -> None:
    """ "BISHKEK, June 4 - X yesterday met Y": the dateline's day is the news's, the meeting
    is of June 3, and the lead naming X and Y tells that meeting, not another one."""
    facts = _facts(_YESTERDAY_UNDER_A_DATELINE)
    assert facts["date_start"] == "2028-06-03"
    names = [p["name"] for p in facts["participants"]]
    assert {"Ulan Niyazbekov", "Yerlan Turgumbayev"} <= set(names)


_PARTICLE_NAMES = (
    "Kyrgyz police meet international partners\n\n"
    "BISHKEK, May 4, 2028. Minister of Internal Affairs of Kyrgyzstan Ulan Niyazbekov met with "
    "Head of the OSCE Programme Office Ambassador Hans von Bergen and with his Afghan "
    "counterpart Zia ul-Rahman Karimi.\n"
    "Deputy Prosecutor General of Malaysia Faizal bin Omar Rashid also took part in the "
    "meeting, held in Rio de Janeiro style, the ministry said.\n"
)


def test_a_name_runs_across_a_lower_case_particle() -> None:
    """ "Hans von Bergen", "Zia ul-Rahman Karimi", "Faizal bin Omar Rashid": one name each,
    after a title, a lower-case "counterpart" or a state's name; "in Rio de Janeiro" is none."""
    names = _names(_PARTICLE_NAMES)
    for name in ("Hans von Bergen", "Zia ul-Rahman Karimi", "Faizal bin Omar Rashid"):
        assert name in names
    assert not any("Janeiro" in n for n in names)


_ORGANISATION_STAGES_A_SEMINAR = (
    "Customs officers of Tajikistan trained on money laundering\n\n"
    "On March 3-5, 2028 the Organization for Security and Co-operation in Europe (OSCE) "
    "conducted a 3-day seminar for the customs officers of Tajikistan in Dushanbe.\n"
    "Twenty officers of the Customs Service of Tajikistan studied financial investigations.\n"
)

_ORGANISATIONS_JOINTLY_ORGANISE = (
    "First police forum held in Osh\n\n"
    "The Ministry of Internal Affairs of Kyrgyzstan and the OSCE last month jointly organised "
    "the country's first regional police forum in Osh.\n"
    "Police officers from the southern regions discussed community policing.\n"
)


def test_an_organisation_that_stages_the_event_takes_part() -> None:
    """ "The OSCE conducted a 3-day seminar", "... and the OSCE last month jointly organised
    the country's first forum": the organisation staging the event takes part in it."""
    assert "OSCE" in _facts(_ORGANISATION_STAGES_A_SEMINAR)["organizations"]
    assert "OSCE" in _facts(_ORGANISATIONS_JOINTLY_ORGANISE)["organizations"]


_MEETING_AT_A_CUSTOMS_POST = (
    "Border officials of Kazakhstan and Kyrgyzstan meet\n\n"
    "On April 9, 2028, a meeting of the border representatives of Kazakhstan and Kyrgyzstan "
    "was held at the Karasu customs post of the Zhambyl region.\n"
    "The sides discussed the queues of lorries and the working hours of the post.\n"
)

_MEETING_AT_A_NAMED_CHECKPOINT = (
    "Working groups of Tajikistan and Kyrgyzstan meet at the border\n\n"
    "The working groups of Tajikistan and Kyrgyzstan held a meeting at the border checkpoint "
    "“Karamyk” on May 2, 2028 and signed a protocol on the delimitation.\n"
)

_POST_OF_TWO_TOWNS = (
    "Border chiefs of Moldova and Ukraine meet\n\n"
    "On May 2, 2028 the meeting of the heads of the border services of Moldova and Ukraine was "
    "held at the Palanca-Mayaki-Udobnoe checkpoint.\n"
)


def test_a_meeting_held_at_a_border_post_is_in_the_posts_place() -> None:
    """ "was held at the Karasu customs post", "held a meeting at the border checkpoint
    “Karamyk”": the post's place is the meeting's town; a crossing named after the towns of
    both sides is no one town."""
    assert _facts(_MEETING_AT_A_CUSTOMS_POST)["city"] == "Karasu"
    assert _facts(_MEETING_AT_A_NAMED_CHECKPOINT)["city"] == "Karamyk"
    assert _facts(_POST_OF_TWO_TOWNS)["city"] is None


_MESSENGER_IN_THE_ROOM = (
    "Interior ministers of Kazakhstan and Georgia meet in Astana\n\n"
    "ASTANA, May 4, 2028. Minister of Internal Affairs of Kazakhstan Yerlan Turgumbayev held "
    "talks with Minister of Internal Affairs of Georgia Levan Beridze.\n"
    "Minister Levan Beridze conveyed warm greetings and good wishes of the Prime Minister of "
    "Georgia to his counterpart.\n"
)

_AUTHORITY_HANDED_OVER = (
    "CIS interior ministers meet in Minsk\n\n"
    "MINSK, May 4, 2028. The Council of Interior Ministers of the CIS held its meeting in Minsk. "
    "The outgoing chairman of the Council, Minister of Internal Affairs of Armenia Arman "
    "Sargsyan conveyed authority to Minister of Internal Affairs of Belarus Ivan Kubrakov.\n"
)

_GREETINGS_SENT = (
    "CIS interior ministers meet in Minsk\n\n"
    "MINSK, May 4, 2028. The Council of Interior Ministers of the CIS held its meeting in Minsk, "
    "chaired by Minister of Internal Affairs of Belarus Ivan Kubrakov.\n"
    "Minister of Internal Affairs of Armenia Arman Sargsyan conveyed his greetings to the "
    "participants.\n"
)


def test_who_conveys_anothers_greetings_is_present() -> None:
    """ "X conveyed the greetings and good wishes of Y", "X conveyed authority to Z": X speaks
    in the room; "X conveyed his greetings to the participants" still tells an absent X."""
    assert "Levan Beridze" in _names(_MESSENGER_IN_THE_ROOM)
    assert "Arman Sargsyan" in _names(_AUTHORITY_HANDED_OVER)
    assert "Arman Sargsyan" not in _names(_GREETINGS_SENT)


_PRESIDENT_RECEIVES_A_MINISTER = (
    "President receives the interior minister of Azerbaijan\n\n"
    "On July 28, 2028, President of Kazakhstan Daniyar Omarov received Minister of Internal "
    "Affairs of Azerbaijan Elnur Mammadov, who is in the country on a working visit.\n"
    "The guest passed on the greetings of President of Azerbaijan Rauf Huseynov.\n"
    "The sides discussed cooperation against drug trafficking.\n"
)


def test_the_head_of_state_the_lead_names_hosts_though_another_is_mentioned() -> None:
    """A president receiving one minister in the lead hosts that meeting even when another
    head of state is named further down (whose greetings are passed on), who stays only
    mentioned."""
    people = {p["name"]: p for p in _facts(_PRESIDENT_RECEIVES_A_MINISTER)["participants"]}
    assert people["Daniyar Omarov"]["role"] == "host"
    assert "Elnur Mammadov" in people
    assert "Rauf Huseynov" not in people


_TALKS_BY_TELEPHONE = (
    "ASTANA - Minister of Internal Affairs of Kazakhstan Yerlan Turgumbayev held a telephone "
    "conversation with Minister of Internal Affairs of Uzbekistan Pulat Bobojonov on May 4, "
    "2028.\n"
    "The ministers discussed the security of the coming summit in Tashkent and the exchange of "
    "information on wanted persons.\n"
)


def test_a_meeting_held_by_telephone_has_no_city() -> None:
    """ "held a telephone conversation": the ministers sat in their own capitals, so neither
    the desk's town nor the next summit's is the meeting's."""
    facts = _facts(_TALKS_BY_TELEPHONE)
    assert facts["city"] is None
    assert {p["name"] for p in facts["participants"]} >= {"Yerlan Turgumbayev", "Pulat Bobojonov"}


_PHRASE_AFTER_OF = (
    "Ministers of emergencies to meet in Bishkek\n\n"
    "Minister of Emergency Situations of Kazakhstan Syrym Sharipkhanov will take part in the "
    "third meeting of the Ministers for the Prevention of Forest Fires and Floods of the member "
    "states in Bishkek.\n"
    "The meeting saw the presence of Kanybek Dooranov, Minister of Emergency Situations of "
    "Kyrgyzstan.\n"
)


def test_a_capitalised_phrase_after_of_is_no_name() -> None:
    """ "the Ministers for the Prevention of Forest Fires": the capitalised words after "of"
    are the object of a title, not a person beside it; "the presence of X" still names one."""
    names = _names(_PHRASE_AFTER_OF)
    assert "Forest Fires" not in names
    assert "Kanybek Dooranov" in names


_AGREEMENT_OF_LONG_AGO = (
    "Heads of migration services meet in Almaty\n\n"
    "ALMATY, May 4, 2028. The heads of the migration services of Kazakhstan and Kyrgyzstan met "
    "in Almaty to discuss the registration of labour migrants.\n"
    "Opening the meeting, the chairman recalled that the agreement on labour migration "
    "between the two states had been signed twenty years ago.\n"
    "The sides agreed to exchange lists of migrants every month.\n"
)


def test_an_agreement_signed_long_ago_is_no_legal_topic() -> None:
    """ "the agreement ... had been signed twenty years ago": the history of the relations, not
    a legal instrument the meeting worked on."""
    assert "legal-framework" not in _facts(_AGREEMENT_OF_LONG_AGO)["topics"]


_SURNAMES_IN_CAPITALS = (
    "Press release\n\n"
    "On 14.03.2028, the meeting between the Minister of Internal Affairs of Romania, Mr. Dorin "
    "POPESCU and the Minister of Internal Affairs of the Republic of Moldova, Mrs. Elena "
    "RUSU, took place at the ministry's headquarters in Bucharest.\n"
    "The ministers signed a plan of joint training, and the Russian MIA was not mentioned.\n"
)


def test_a_surname_in_capitals_after_the_given_name_is_a_name() -> None:
    """ "Mr. Dorin POPESCU", "Mrs. Elena RUSU": an official release's capitals for the surname;
    an acronym after a state's adjective ("the Russian MIA") is no name."""
    names = _names(_SURNAMES_IN_CAPITALS)
    assert {"Dorin POPESCU", "Elena RUSU"} <= set(names)
    assert not any("MIA" in n for n in names)


_MEETING_BETWEEN_TWO = (
    "Investigators of Kazakhstan and Kyrgyzstan meet\n\n"
    "Today there was a meeting between Daulet Seitkali and the acting head of the Kyrgyz "
    "investigative service Ermek Sadyrov.\n"
    "Daulet Seitkali held an introductory meeting with the ambassador of Georgia as well.\n"
)


def test_a_meeting_between_two_people_has_them_take_part() -> None:
    """ "a meeting between X and Y", "X held an introductory meeting with": X takes part even
    though the report gives him no title."""
    assert "Daulet Seitkali" in _names(_MEETING_BETWEEN_TWO)


_WITH_THE_PARTICIPATION_OF = (
    "Security council secretaries meet in Dilijan\n\n"
    "YEREVAN, MAY 4, 2028. The session of the security council secretaries took place today "
    "in Dilijan with the participation of Aram Petrosyan (Armenia) and Oleg Ivanov (Russia).\n"
    "After the session A. Petrosyan told journalists that the session passed efficiently.\n"
    "The “Aram Khachaturian” patrol ship of the border guards was shown to the guests.\n"
)


def test_with_the_participation_of_someone_tells_them_taking_part() -> None:
    """ "held ... with the participation of X": X takes part, though he later talks to the
    press; a ship named after a person in quotation marks is no one."""
    names = _names(_WITH_THE_PARTICIPATION_OF)
    assert "Aram Petrosyan" in names
    assert "Aram Khachaturian" not in names


_SOURCE_AFTER_THE_NAME = (
    "Collegium of the security service held in Tashkent\n\n"
    "An expanded meeting of the collegium of the State Security Service was held under the "
    "chairmanship of the Chairman of the State Security Service Bakhodir Kurbanov, the Press "
    "Service of the President reports.\n"
    "The heads of the regional departments reported on the results of the year.\n"
)


def test_the_reports_source_after_a_name_is_no_title() -> None:
    """ "X, the Press Service of the President reports": the source of the news, not X's
    title (which would make X a spokesperson or a head of state)."""
    people = {p["name"]: p for p in _facts(_SOURCE_AFTER_THE_NAME)["participants"]}
    assert people["Bakhodir Kurbanov"]["role"] == "chair"
    assert "Press" not in (people["Bakhodir Kurbanov"]["title"] or "")


_UN_ORGAN = (
    "CSTO working group on Afghanistan to meet in Moscow\n\n"
    "The working group on Afghanistan will meet in Moscow on May 4, 2028, the CSTO "
    "Secretariat said.\n"
    "Representatives of the Monitoring Group of the UN Security Council's Committee on "
    "sanctions have also been invited to take part in the meeting.\n"
)


def test_an_organ_named_with_the_uns_name_is_not_the_un() -> None:
    """ "the Monitoring Group of the UN Security Council's Committee": an organ of the UN that
    the reference data does not know takes part, not the United Nations as such."""
    assert "United Nations" not in _facts(_UN_ORGAN)["organizations"]


_ORGANISATIONS_PROGRAMME = (
    "Drug agencies meet the programme's experts\n\n"
    "On 4 May 2028, the Drug Control Agency of Tajikistan held a meeting in Dushanbe. "
    "Representatives of the European Union's Border Management Programme in Central Asia took "
    "part in the meeting.\n"
    "The sides discussed the equipment of the border posts.\n"
)


def test_an_organisations_programme_named_with_its_possessive_is_not_it() -> None:
    """ "the European Union's Border Management Programme": the programme's people take part,
    not the European Union itself."""
    assert "European Union" not in _facts(_ORGANISATIONS_PROGRAMME)["organizations"]


_EARLIER_TALKS_WITH_AN_ORGANISATION = (
    "Migration services of Turkmenistan and Kazakhstan meet\n\n"
    "ASHGABAT, Turkmenistan, May 14. The State Migration Service of Turkmenistan held talks "
    "with the Migration Committee of Kazakhstan on the registration of workers.\n"
    "Earlier in May, the service held talks with representatives of the Organization for "
    "Security and Co-operation in Europe (OSCE).\n"
    "In April, consultations were held with the International Organization for Migration.\n"
)


def test_an_organisation_of_an_earlier_meeting_does_not_take_part() -> None:
    """ "Earlier in May, the service held talks with ... the OSCE", "In April, consultations
    were held with the IOM": organisations of earlier meetings, not of the one reported."""
    orgs = _facts(_EARLIER_TALKS_WITH_AN_ORGANISATION)["organizations"]
    assert "OSCE" not in orgs
    assert "International Organization for Migration" not in orgs


_SURNAME_THEN_GIVEN_NAME = (
    "Interior ministers of Kyrgyzstan and Turkey sign an agreement\n\n"
    "ANKARA, May 4, 2028. This was agreed during the meeting of the Interior Minister of "
    "Turkey Ali Yerlikaya with his Kyrgyz counterpart Mr. Niyazbekov Ulan here today.\n"
    "The ministers signed an agreement on extradition.\n"
)


def test_a_surname_then_a_given_name_is_put_given_name_first() -> None:
    """ "Mr. Niyazbekov Ulan": a surname written first, then a known given name, is the person
    "Ulan Niyazbekov", the text's spelling a variant."""
    people = {p["name"]: p for p in _facts(_SURNAME_THEN_GIVEN_NAME)["participants"]}
    assert "Ulan Niyazbekov" in people
    assert "Niyazbekov Ulan" in people["Ulan Niyazbekov"]["name_variants"]


_VIEWS_EXCHANGED = (
    "Defence ministers of three states to meet in Baku\n\n"
    "BAKU, May 4, 2028. The defence ministers of Azerbaijan, Georgia and Turkey will meet in "
    "Baku next week.\n"
    "During the meeting the sides will exchange views on the development of cooperation in a "
    "trilateral format and the security of regional projects.\n"
)


def test_an_exchange_of_views_is_no_information_exchange() -> None:
    """ "the sides will exchange views on ...": talks, not the exchange of information or
    experience between agencies."""
    assert "information-exchange" not in _facts(_VIEWS_EXCHANGED)["topics"]
