"""The country of people in English lists: the layouts news reports use to say whom each
delegate represents, and the near misses that must not count.

Each text is written for the test (it imitates how news reports are laid out, it copies none).
"""

from __future__ import annotations

from archive.extraction import extract

HEAD = "Heads of anti-drug agencies meet in Ashgabat\n\n"


def _countries(text: str) -> dict[str, str | None]:
    return {p["name"]: p["country"] for p in extract(HEAD + text).participants}


def _participants(text: str) -> set[str]:
    return {p["name"] for p in extract(HEAD + text).participants}


def _titles(text: str) -> dict[str, str | None]:
    return {p["name"]: p["title"] for p in extract(HEAD + text).participants}


# --- "Name from the Agency of Country" -----------------------------------------------------


def test_agency_a_delegate_comes_from_gives_the_country() -> None:
    """Written as "A from the Ministry of Internal Affairs of Kyrgyzstan": the agency is the
    title and names the state."""
    countries = _countries(
        "The meeting was attended by Nurlan Asanov from the Ministry of Internal Affairs of "
        "Kyrgyzstan and Kirill Orlov from the Interior Ministry of Russia."
    )
    assert countries == {"Nurlan Asanov": "Kyrgyzstan", "Kirill Orlov": "Russia"}


def test_of_before_a_lower_case_word_is_no_agency() -> None:
    """Written as "A of the delegation said" names no agency: no title is read from it."""
    titles = _titles(
        "The meeting was attended by Nurlan Asanov, Deputy Minister of Internal Affairs of "
        "Kyrgyzstan. Nurlan Asanov of the delegation said the border was calm."
    )
    assert titles == {"Nurlan Asanov": "Deputy Minister of Internal Affairs of Kyrgyzstan"}


# --- a title over several commas ------------------------------------------------------------


def test_title_goes_on_to_the_agency_and_the_state() -> None:
    """Written as "A, Deputy Director-General of the Department, Ministry of Public Security
    of China" and "B, Deputy Head of the Service, Kyrgyzstan": the later parts belong to the
    same title."""
    countries = _countries(
        "Zhang Lihua, Deputy Director-General of the Narcotics Control Department, Ministry of "
        "Public Security of China, and Aizhan Osmonova, Deputy Head of the Drug Control Service, "
        "Kyrgyzstan, attended the meeting."
    )
    assert countries == {"Zhang Lihua": "China", "Aizhan Osmonova": "Kyrgyzstan"}


def test_title_part_running_into_the_next_name_is_that_names() -> None:
    """Written as "A, Head of the Service, Kyrgyzstan, Police Colonel B": the rank that runs
    on into B without a comma is B's, the parts before it are A's."""
    titles = _titles(
        "The meeting was attended by Nurlan Asanov, Head of the Drug Control Service, "
        "Kyrgyzstan, Police Colonel Kirill Orlov, Deputy Minister of Internal Affairs of Russia."
    )
    assert titles["Nurlan Asanov"] == "Head of the Drug Control Service, Kyrgyzstan"


def test_title_between_two_names_is_the_first_ones_when_the_second_has_its_own() -> None:
    """Written as "A, Head of X under Kazakhstan's Ministry, B, Deputy Director of Y, Ministry
    of China": the title between the names is A's."""
    countries = _countries(
        "The meeting was attended by Timur Zhaksylykov, Head of the Criminal Police Committee "
        "under Kazakhstan's Interior Ministry, Zhang Lihua, Deputy Director-General of the "
        "International Department, Ministry of Public Security of China."
    )
    assert countries == {"Timur Zhaksylykov": "Kazakhstan", "Zhang Lihua": "China"}


def test_acronym_in_brackets_does_not_end_a_title() -> None:
    """Written as "Director of the Drug Control Agency (DCA) under the President of Tajikistan"."""
    countries = _countries(
        "Rustam Nazirov, Director of the Drug Control Agency (DCA) under the President of "
        "Tajikistan, attended the meeting."
    )
    assert countries == {"Rustam Nazirov": "Tajikistan"}


def test_place_in_an_international_bodys_name_is_no_country() -> None:
    """The Secretary-General of the Shanghai Cooperation Organization is not China's."""
    countries = _countries(
        "The Secretary-General of the Shanghai Cooperation Organization Rustam Ismatov attended "
        "the meeting."
    )
    assert countries == {"Rustam Ismatov": None}


# --- lists and labels -------------------------------------------------------------------------


def test_paired_lists_with_no_mark_between() -> None:
    """Written as "Ministers of Internal Affairs of Kazakhstan and Russia A and B": A and B
    in order."""
    countries = _countries(
        "Ministers of Internal Affairs of Kazakhstan and Russia Yerlan Sadykov and Oleg Vetrov "
        "attended the meeting."
    )
    assert countries == {"Yerlan Sadykov": "Kazakhstan", "Oleg Vetrov": "Russia"}


def test_nearest_part_of_a_title_gives_the_country() -> None:
    """When an unread name leaves two offices before a name, the nearer one is the person's."""
    countries = _countries(
        "Afghan Deputy Interior Minister Mohammad ul-Haq Safi, Iranian Deputy Interior Minister "
        "Hossein Karimi attended the meeting."
    )
    assert countries["Hossein Karimi"] == "Iran"


def test_country_opening_a_list_item_headed_by() -> None:
    """Written as "the Republic of Armenia headed by the Prosecutor General A;" in a list of
    delegations."""
    countries = _countries(
        "The following delegations took part:\n"
        "the Republic of Armenia headed by the Prosecutor General Levon Sargsyan;\n"
        "the Kyrgyz Republic headed by the Prosecutor General Azamat Toktomushev."
    )
    assert countries == {"Levon Sargsyan": "Armenia", "Azamat Toktomushev": "Kyrgyzstan"}


def test_country_labelling_a_list_with_a_dash() -> None:
    """Written as "officials of the Republic of Belarus – Title A, Title B and Title C"."""
    countries = _countries(
        "Also present were officials of the Republic of Belarus – Chairman of the Supreme Court "
        "Pavel Zhukovsky, Chairman of the State Security Committee Ivan Ratkevich and Minister "
        "of the Interior Oleg Shumsky."
    )
    assert countries == {
        "Pavel Zhukovsky": "Belarus",
        "Ivan Ratkevich": "Belarus",
        "Oleg Shumsky": "Belarus",
    }


def test_dash_joining_two_offices_labels_no_list() -> None:
    """In "Prosecutor General of Russia - Chairman of the Council A and Executive Secretary B"
    the dash joins A's two offices: B, the body's official, is not Russia's."""
    countries = _countries(
        "Prosecutor General of the Russian Federation - Chairman of the Coordination Council "
        "Igor Vlasov and Executive Secretary of the Coordination Council Leonid Gromov attended "
        "the meeting."
    )
    assert countries == {"Igor Vlasov": "Russia", "Leonid Gromov": None}


def test_possessive_country_before_the_name() -> None:
    """Written as "Uzbekistan's Farrukh Umarov" and "Azerbaijan's Minister of Internal
    Affairs, X"."""
    countries = _countries(
        "Uzbekistan's Farrukh Umarov took part in the meeting. The meeting was also attended by "
        "Azerbaijan's Minister of Internal Affairs, Vilayat Huseynov."
    )
    assert countries == {"Farrukh Umarov": "Uzbekistan", "Vilayat Huseynov": "Azerbaijan"}


def test_possessive_before_other_words_is_no_country() -> None:
    """Written as "At Uzbekistan's invitation, X took part": the invitation is Uzbekistan's,
    not X."""
    countries = _countries(
        "At Uzbekistan's invitation, Nurlan Asanov took part in the meeting as an observer."
    )
    assert countries.get("Nurlan Asanov") is None


def test_name_of_country() -> None:
    """Written as "the delegation led by Arman Seitov of Kazakhstan"."""
    countries = _countries("The delegation led by Arman Seitov of Kazakhstan took part.")
    assert countries == {"Arman Seitov": "Kazakhstan"}


# --- roles read across titles and lists -------------------------------------------------------


# a third state's delegate: a meeting of two states' delegates is co-chaired by their heads
THIRD = "Nurlan Asanov, Deputy Minister of Internal Affairs of Kazakhstan, also attended."
THIRD_ROLE = {"Nurlan Asanov": "attendee"}


def _roles(text: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in extract(HEAD + text).participants}


def test_verb_after_two_appositions_is_the_names() -> None:
    """Written as "Mr. A, Deputy Prosecutor General of X, head of the delegation, thanked the
    hosts": A speaks, though the verb is far from the name."""
    roles = _roles(
        "Mr. Artem Vlasov, Deputy Prosecutor General of the Russian Federation, head of the "
        "Russian delegation, thanked the hosts for the warm welcome."
    )
    assert roles == {"Artem Vlasov": "speaker"}


def test_verb_after_a_list_of_titled_names_is_each_ones() -> None:
    """Written as "A, Director of X, and B, Director of Y, presented ...": both speak."""
    roles = _roles(
        "Bakyt Osmonov, Director of the Anti-Drug Service of Kyrgyzstan, and Farrukh Umarov, "
        "Director of the Drug Control Agency of Uzbekistan, presented their agencies' results. "
        + THIRD
    )
    assert roles == {"Bakyt Osmonov": "speaker", "Farrukh Umarov": "speaker", **THIRD_ROLE}


def test_person_spoken_to_after_a_title_does_not_speak() -> None:
    """Written as "A, Minister of X, thanked B, Director of Y, for ...": B is thanked."""
    roles = _roles(
        "Bakyt Osmonov, Minister of Internal Affairs of Kyrgyzstan, thanked Farrukh Umarov, "
        "Director of the Drug Control Agency of Uzbekistan, for the joint operation. " + THIRD
    )
    assert roles == {"Bakyt Osmonov": "speaker", "Farrukh Umarov": "attendee", **THIRD_ROLE}


def test_everyone_listed_after_remarks_were_made_by_speaks() -> None:
    """Written as "Welcome remarks were made by ... officials of Belarus – Title A and Title B"."""
    roles = _roles(
        "Welcome remarks were made by the heads of delegations and by officials of the Republic "
        "of Belarus – Chairman of the Supreme Court Pavel Zhukovsky and Chairman of the State "
        "Control Committee Ivan Ratkevich."
    )
    assert roles == {"Pavel Zhukovsky": "speaker", "Ivan Ratkevich": "speaker"}


def test_second_of_two_under_the_chairmanship_of_is_co_chair() -> None:
    """Written as "held under the chairmanship of A and B": A chairs, B beside A."""
    roles = _roles(
        "The meeting of the joint board was held under the chairmanship of the Prosecutor "
        "General of Kazakhstan Daniyar Seitkali and the Prosecutor General of Belarus Sergei "
        "Kovalenko."
    )
    assert roles == {"Daniyar Seitkali": "chair", "Sergei Kovalenko": "co-chair"}


def test_who_held_the_rotating_chairmanship_chairs() -> None:
    """Written as "X, who held the rotating council chairmanship, praised ...": X chairs."""
    roles = _roles(
        "Kazakh Deputy Interior Minister Marat Nurmagambetov, who held the rotating council "
        "chairmanship, praised the work of the agencies."
    )
    assert roles == {"Marat Nurmagambetov": "chair"}


def test_who_held_the_countrys_presidency_does_not_chair() -> None:
    """Written as "X, who held the presidency of the country in 2010, was mentioned"."""
    roles = _roles(
        "Kazakh Deputy Interior Minister Marat Nurmagambetov, who held the presidency of the "
        "country's police association, attended the meeting."
    )
    assert roles == {"Marat Nurmagambetov": "attendee"}


def test_learned_from_someone_is_their_speaking() -> None:
    """Written as "BelTA learned from Prosecutor General of X Y at a session": Y told it."""
    roles = _roles(
        "Corruption will be fought harder, BelTA learned from Prosecutor General of Kazakhstan "
        "Daniyar Seitkali at the session. " + THIRD
    )
    assert roles == {"Daniyar Seitkali": "speaker", **THIRD_ROLE}


def test_verb_after_a_title_with_its_article_is_the_names() -> None:
    """Written as "X, the first deputy head of the Office, chaired the session"."""
    roles = _roles(
        "Sergei Kovalenko, the first deputy head of the Belarusian Prosecutor General's Office, "
        "chaired the session. " + THIRD
    )
    assert roles == {"Sergei Kovalenko": "chair", **THIRD_ROLE}


def test_who_serves_the_president_is_no_head_of_state() -> None:
    """Written as "Special Representative of the President of Russia in the SCO X greeted the
    participants": X takes part; the president himself, named in passing, does not."""
    names = _participants(
        "Special Representative of the President of the Russian Federation in the SCO Bakhyt "
        "Khamidov greeted the participants. President of Uzbekistan Shavkat Rakhimov sent a "
        "message to the meeting."
    )
    assert names == {"Bakhyt Khamidov"}


# --- one descriptive name for one kind of meeting ---------------------------------------------


def _body(text: str) -> str | None:
    return extract(text).body


def test_two_states_interior_ministries_in_alphabetical_order() -> None:
    """Whichever state the report names first, the body is the same."""
    first = _body(
        "Minister of Internal Affairs of Uzbekistan Pulat Karimov met with his Kyrgyz "
        "counterpart Ulan Osmonov in Tashkent on 5 October 2027."
    )
    second = _body(
        "Minister of Internal Affairs of Kyrgyzstan Ulan Osmonov met with his Uzbek "
        "counterpart Pulat Karimov in Tashkent on 5 October 2027."
    )
    assert first == second == "Interior Ministries of Kyrgyzstan and Uzbekistan"


def test_each_states_agency_from_its_officials_title() -> None:
    """A border service's head and an interior minister: each state's agency by its kind."""
    body = _body(
        "Head of the State Border Service of Azerbaijan Rauf Mammadov and Georgian Minister of "
        "Internal Affairs Levan Beridze met in Tbilisi on 14 March 2027."
    )
    assert body == "Border Service of Azerbaijan and Interior Ministry of Georgia"


def test_members_agencies_named_generically_get_the_formats_name() -> None:
    """ "Senior Officials of the SCO Member States' Counternarcotics Agencies" and "the Heads of
    the Competent Authorities ..., empowered to combat drug trafficking" are one format, the
    reference data's."""
    officials = _body(
        "The 9th Meeting of Senior Officials of the SCO Member States' Counternarcotics Agencies "
        "was held in Bishkek on 12 May 2027."
    )
    heads = _body(
        "The 9th Meeting of the Heads of the Competent Authorities of the member states of the "
        "Shanghai Cooperation Organization, empowered to combat drug trafficking, opened in "
        "Bishkek on 12 May 2027."
    )
    drug_heads = "Heads of Competent Authorities for Combating Illicit Drug Trafficking"
    assert officials == heads == f"Meeting of {drug_heads} of SCO Member States"


def test_a_specific_description_keeps_its_words() -> None:
    """ "heads of the operational departments of ... interior ministries": no generic agencies,
    so the name stays as written."""
    body = _body(
        "A meeting of heads of the operational departments of the CIS interior ministries was "
        "held in Astana on 2 June 2027."
    )
    assert body is not None and "operational departments" in body.lower()


def test_agencies_of_several_states_get_one_name() -> None:
    """ "Drug control agencies of C, A and B" and "heads of anti-drug agencies of B, C and A"."""
    first = _body(
        "Heads of anti-drug agencies of Tajikistan, Russia and Afghanistan met in Dushanbe on 4 "
        "April 2027."
    )
    second = _body(
        "Representatives of the drug control agencies of Russia, Afghanistan and Tajikistan met "
        "in Dushanbe on 4 April 2027."
    )
    assert first == second == "Heads of Drug Control Agencies of Afghanistan, Russia and Tajikistan"


def test_joint_board_of_the_two_agencies_is_their_joint_collegium() -> None:
    """ "the Joint Board of the two agencies" chaired by two prosecutors general."""
    body = _body(
        "A meeting of the Joint Board of the two agencies was held in Astana on 3 November 2027 "
        "under the chairmanship of the Prosecutor General of Kazakhstan Daniyar Seitkali and the "
        "Prosecutor General of the Kyrgyz Republic Azamat Toktomushev."
    )
    assert (
        body == "Joint Collegium of the Prosecutor General's Offices of Kazakhstan and Kyrgyzstan"
    )


# --- people named who were not there --------------------------------------------------------


def test_photographer_credit_is_no_participant() -> None:
    """Written as "... attended the meeting. (Photo by Daniyar Serikov/Xinhua)"."""
    names = _participants(
        "Kazakh Interior Minister Marat Nurmagambetov and the delegations attended the meeting. "
        "(Photo by Daniyar Serikov/Xinhua)"
    )
    assert names == {"Marat Nurmagambetov"}


def test_the_dead_remembered_are_no_participants() -> None:
    """Written as "honoured the victims ..., including the martyr Colonel X"."""
    names = _participants(
        "Kazakh Interior Minister Marat Nurmagambetov chaired the meeting. The participants "
        "honoured the officers who died on duty, including the martyr Colonel Arman Bekov."
    )
    assert names == {"Marat Nurmagambetov"}


def test_praise_of_a_living_participant_is_no_memorial() -> None:
    """Written as "paid tribute to X for ...": X, praised, took part."""
    names = _participants(
        "The participants paid tribute to Kazakh Interior Minister Marat Nurmagambetov for the "
        "organisation of the meeting."
    )
    assert names == {"Marat Nurmagambetov"}


def test_one_council_whatever_verb_and_owners_place() -> None:
    """ "CIS Interstate Council for Counteracting Corruption" and "Interstate Council for
    Countering Corruption in the CIS" are one council."""
    first = _body(
        "A session of the CIS Interstate Council for Counteracting Corruption was held in Minsk "
        "on 9 July 2027."
    )
    second = _body(
        "A session of the Interstate Council for Countering Corruption in the CIS was held in "
        "Minsk on 9 July 2027."
    )
    assert first == second == "Interstate Council for Combating Corruption of the CIS"


def test_a_meeting_reported_in_both_languages_has_one_body() -> None:
    """The Russian pipeline names two states' ministries in the order of its text, the English
    one in alphabetical order: the result puts both in that order, so the reports attach to one
    meeting."""
    english = _body(
        "MINSK, 12 August 2027. Russian Interior Minister Vladimir Kolokoltsev held talks in Minsk "
        "with Belarusian Interior Minister Ivan Kubrakov."
    )
    russian = _body(
        "МИНСК, 12 августа 2027 года. 12 августа в Минске министр внутренних дел Российской "
        "Федерации Владимир Колокольцев провёл встречу с министром внутренних дел Республики "
        "Беларусь Иваном Кубраковым."
    )
    assert english == russian == "Interior Ministries of Belarus and Russia"
