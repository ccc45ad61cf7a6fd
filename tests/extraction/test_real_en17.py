"""Own-words rules for English reports, worked from failure classes of the development set:
someone named only in a later sentence that opens on another time than the meeting's ("In
May, the chief of staff travelled to ...") belongs to the report's background, not to its
meeting."""

from __future__ import annotations

from archive.extraction import extract


def _facts(text: str) -> dict:
    return extract(text, file="t.txt").to_dict()


def _names(facts: dict) -> list[str]:
    return sorted(p["name"] for p in facts["participants"])


def test_a_sentence_opening_on_another_month_is_background() -> None:
    """ "In January, talks were held with Ambassador X" in a report of a meeting in March: X
    was not at the March meeting."""
    text = (
        "The Migration Service of Kyrgyzstan and the Border Guard of Mongolia held talks in "
        "Bishkek on March 14, 2024.\n\n"
        "Head of the Migration Service Aibek Toktogulov received Deputy Commander Batbold "
        "Ganbaatar to discuss the exchange of data on overstaying travellers.\n\n"
        "The sides agreed to meet again next year.\n\n"
        "In January, the service held consultations with the Ambassador of Latvia, Janis "
        "Berzins, on visa questions.\n"
    )
    names = _names(_facts(text))
    assert "Janis Berzins" not in names
    assert "Aibek Toktogulov" in names


def test_honorifics_are_no_part_of_the_name() -> None:
    """ "H.E. A, Minister of X and H.E. B, Director of Y" and "Honorable C": the honorific
    stands before the name, as "Mr" does, and no title runs over it."""
    text = (
        "H.E. Murat Ozturkmen, Minister of Justice of the Republic of Türkiye, and H.E. Selim "
        "Karaduman, Director of the Prison Service, met their Kyrgyz colleagues in Bishkek on "
        "4 March 2024.\n\n"
        "The sides discussed the transfer of sentenced persons.\n"
    )
    names = _names(_facts(text))
    assert "Murat Ozturkmen" in names
    assert "Selim Karaduman" in names
    assert not any(n.startswith("H.E.") for n in names)


def test_honorable_before_a_name_is_dropped() -> None:
    text = (
        "The Minister of Internal Affairs of Kyrgyzstan, Honorable Ulan Osmonaliev, received "
        "the Chief of the Border Police of Georgia, Davit Kapanadze, in Bishkek on 9 May "
        "2023.\n\n"
        "They discussed joint patrols.\n"
    )
    names = _names(_facts(text))
    assert "Ulan Osmonaliev" in names
    assert not any(n.startswith("Honorable") for n in names)


def test_a_later_sentence_on_another_thread_names_no_participant() -> None:
    """ "Meanwhile, ..." or "At the same time, ..." opening a later sentence turns to another
    thread of the news: the officials it names met elsewhere."""
    text = (
        "The chiefs of the border guards of Kazakhstan and Uzbekistan met in Shymkent on "
        "2 June 2022.\n\n"
        "General Daulet Abenov and General Rustam Yuldashev signed a plan of joint patrols.\n\n"
        "The next meeting is due in Termez.\n\n"
        "Meanwhile, the Deputy Foreign Minister of Kazakhstan Askar Bekov and his Uzbek "
        "counterpart Bakhodir Nurmatov discussed water sharing at a forum.\n\n"
        "At the same time, the Deputy Prime Minister of Uzbekistan Sardor Umarov visited a "
        "new customs post.\n"
    )
    names = _names(_facts(text))
    assert "Askar Bekov" not in names
    assert "Bakhodir Nurmatov" not in names
    assert "Sardor Umarov" not in names
    assert "Daulet Abenov" in names


def test_a_national_site_leaves_its_own_officials_state_unsaid() -> None:
    """On a state's own site (its country-code domain), at a meeting of that state and one
    other, a national office holder given no state is of the site's state; one named in a
    sentence with the other state, or among "the respective" heads, is not decided so."""
    text = (
        "Border talks held in Osh\n\n"
        "The delegations of Kyrgyzstan and Tajikistan met in Osh on 12 April 2023 to discuss "
        "the opening of two crossing points.\n\n"
        "The meeting was chaired by Deputy Chairman of the Cabinet Nurlan Asanov.\n\n"
        "Head of the Customs Service Bolot Temirov reported on the queues of trucks.\n"
    )
    facts = extract(text, file="t.txt", url="https://news.example.kg/border-talks").to_dict()
    countries = {p["name"]: p["country"] for p in facts["participants"]}
    assert countries.get("Bolot Temirov") == "Kyrgyzstan"
    assert countries.get("Nurlan Asanov") == "Kyrgyzstan"
    # the same report on a site of no state of the meeting leaves them unsaid
    facts = extract(text, file="t.txt", url="https://news.example.com/border-talks").to_dict()
    countries = {p["name"]: p["country"] for p in facts["participants"]}
    assert countries.get("Bolot Temirov") is None


def test_a_national_site_names_its_own_delegates_of_a_gathering_without_state() -> None:
    """The same on a state's site about a gathering of several states: its own delegates,
    named in a sentence of no other state, are the site's state's."""
    text = (
        "Forensic experts of Armenia, Belarus and Kazakhstan held a video conference on "
        "3 March 2022 on a draft agreement on forensic examinations.\n\n"
        "Director of the Expertise Centre Aram Petrosyan and Head of the Division of Ballistics "
        "Karen Hakobyan took part in the discussion.\n"
    )
    facts = extract(text, file="t.txt", url="https://expertise.example.am/news/1").to_dict()
    countries = {p["name"]: p["country"] for p in facts["participants"]}
    assert countries.get("Karen Hakobyan") == "Armenia"


def test_an_international_bodys_office_for_a_state_gives_no_state() -> None:
    """ "UNODC Representative for Afghanistan", "Head of the OSCE Baku Office": the state or
    town an international body's office serves or sits in is not its official's state."""
    text = (
        "The Minister of Internal Affairs of Azerbaijan met international partners in Baku on "
        "5 May 2021.\n\n"
        "Minister Vilayat Eyvazov received Head of the OSCE Baku Office Pietro Conti and the "
        "UNODC Programme Coordinator for Afghanistan Maria Lindqvist.\n\n"
        "They discussed police training.\n"
    )
    countries = {p["name"]: p["country"] for p in _facts(text)["participants"]}
    assert countries.get("Pietro Conti", "absent") is None
    assert countries.get("Maria Lindqvist", "absent") is None


def test_a_name_after_an_honorific_is_a_persons() -> None:
    """ "Mr Udo Burkholder", "Ms. Ashita Mittal": names of no known given name nor usual
    surname ending are a person's all the same when "Mr", "Mrs", "Ms" or "Dr" addresses them."""
    text = (
        "The customs services of Moldova and Ukraine met in Odessa on 14 June 2012.\n\n"
        "The protocol was signed by the Director General of the Customs Service of Moldova "
        "Tudor Balan, the Chairman of the Customs Service of Ukraine Igor Kovalenko and Mr "
        "Ebbe Lindqvart.\n\n"
        "Ms. Wenke Osterholm also attended the meeting.\n"
    )
    names = _names(_facts(text))
    assert "Ebbe Lindqvart" in names
    assert "Wenke Osterholm" in names


def test_the_end_of_an_offices_field_is_no_name() -> None:
    """ "Commissioner for Human Rights", "Commander of the Border Police Panj Zone",
    "Department of International Cooperation and Humanitarian Aid": the last capitalised words
    of an office's field or area are not a person's name."""
    text = (
        "A regional dialogue on probation opened in Almaty on 3 October 2019.\n\n"
        "It was organised by the Office of the Commissioner for Human Rights and attended by "
        "the Deputy Director of the Department of International Cooperation and Humanitarian "
        "Aid of the Ministry for Emergency Situations of Kazakhstan.\n\n"
        "Commander of the Border Police Panj Zone also attended.\n"
    )
    names = _names(_facts(text))
    assert "Human Rights" not in names
    assert "Humanitarian Aid" not in names
    assert "Panj Zone" not in names


def test_sentence_adverbs_and_ordinal_words_are_no_part_of_a_name() -> None:
    """ "Elsewhere Rahmani Fazli underlined ...", "the Communiqué of the Fifth Caspian Summit":
    a sentence adverb or an ordinal word is never part of a person's name."""
    text = (
        "The interior ministers of Iran and Tajikistan met in Tehran on 10 June 2019.\n\n"
        "Minister Abdolreza Rahmani Fazli welcomed his Tajik counterpart Ramazon Rahimzoda.\n\n"
        "Elsewhere Rahmani Fazli underlined the value of teacher exchanges.\n\n"
        "The ministers recalled the declaration of the Fifth Caspian Summit.\n"
    )
    names = _names(_facts(text))
    assert not any(n.startswith(("Elsewhere", "Fifth")) for n in names)


def test_a_headline_verb_after_a_name_is_no_part_of_it() -> None:
    """ "Chairman Hayk Grigoryan Received Delegation": a headline's capitalised verb ends the
    name before it."""
    text = (
        "Chairman of the Investigative Committee Armen Vardanyan Received Delegation of the "
        "Embassy\n\n"
        "Chairman of the Investigative Committee of Armenia Armen Vardanyan received a "
        "delegation of the Embassy of France in Yerevan on 25 January 2019.\n"
    )
    names = _names(_facts(text))
    assert not any(n.endswith("Received") for n in names)
    assert "Armen Vardanyan" in names


def test_the_guest_of_a_coming_meeting_is_not_a_participant() -> None:
    """In a report of a meeting held, someone named after "will meet with" or "will have a
    meeting with" is the guest of a further meeting still to come."""
    text = (
        "The border police of Moldova and Ukraine signed a protocol in Kyiv on 18 May 2017.\n\n"
        "The document was signed by the head of the Border Police Dorin Munteanu and the head "
        "of the border service of Ukraine Petro Tkachenko.\n\n"
        "The Moldovan delegation will also meet with the Minister of Internal Affairs of "
        "Ukraine, Oleksandr Bondarenko, to discuss police cooperation.\n"
    )
    names = _names(_facts(text))
    assert "Oleksandr Bondarenko" not in names
    assert "Dorin Munteanu" in names
