"""Own-words rules for English reports, worked from failure classes of the development set:
a plural of states that announces the list after it ("delegates of the five states - A, B,
...", "from 12 nations (A, B, ...)", "countries and organisations, such as A, League, B") names
the states taking part when the sentence tells a gathering; who speaks to the press "following
the talks", is listed in "the meeting included ...", addresses "the first meeting" or speaks
"at a bilateral meeting" takes part; in one list of a delegation's people, a national office
that names no state is of the one state the others of the list are of;
in "A, Head of X and Mr B, Rector of Y" each keeps its own title; a capitalised office
phrase that goes on over "and" ("Service Affairs and Fighting Corruption Kairat ...") is no
part of the name after it; an international body's office "in the Republic of X" or delegation
"to the Republic of X" gives its official no state (a national bureau of one does); the side
named before "was received by X" or "met ... with X" is not X's; a list of agencies each "of
the Republic of X" goes on over the next agency's name, and a town naming an institution
("the Grodno Institute") does not end it; nor does another item's name among the states
("..., the Caspian Coast Guard Forum, Japan"), while a state that ends an item's name ("the
Turkish Republic of Northern Cyprus") is not taken from it; a seminar, course or workshop
"conducted ... in X", an agreement "concluded in X" or a plan "inked in X" places the meeting in
X (not a body's office "in X"); the first state of a list may stand far from its cue when the
words between name the people's agencies and end "of the" ("experts of the customs services,
as well as other competent departments of the Republic of A, B, ..."); someone whose
counterpart a sentence names by a state ("his Moldovan counterpart") is not of that state, but
of the one other state the report names."""

from __future__ import annotations

from archive.extraction import extract


def _facts(text: str) -> dict:
    return extract(text, file="t.txt").to_dict()


def test_states_after_a_dash_take_part() -> None:
    """A dash after "the member states" opens the list of those who came, however far the
    plural stands from the participation cue."""
    text = (
        "Experts met in Minsk to compare notes on forged travel documents.\n\n"
        "Delegates of nearly every border and migration agency of the member states - Armenia, "
        "Belarus, Kazakhstan and Kyrgyzstan - attended the session.\n"
    )
    assert sorted(_facts(text)["countries"]) == ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan"]


def test_states_in_brackets_after_a_count_take_part() -> None:
    """ "of the four partner states (A, B, C and D)" in a sentence telling a workshop."""
    text = (
        "A workshop on asset tracing closed in Bishkek on Friday.\n\n"
        "The workshop trained analysts and investigators of the four partner states (Georgia, "
        "Moldova, Tajikistan and Uzbekistan) in tracing criminal proceeds.\n"
    )
    assert sorted(_facts(text)["countries"]) == ["Georgia", "Moldova", "Tajikistan", "Uzbekistan"]


def test_organisations_in_the_list_do_not_end_it() -> None:
    """ "such as A, B, Caspian League, C": an organisation's name among the states is skipped,
    the states after it still take part."""
    text = (
        "Police chiefs gathered in Baku for a conference on road safety.\n\n"
        "Participants came from more than twenty countries and organisations, such as Egypt, "
        "Jordan, Caspian Road League, Malaysia, Nigeria and Senegal.\n"
    )
    got = _facts(text)["countries"]
    assert {"Egypt", "Jordan", "Malaysia", "Nigeria", "Senegal"} <= set(got)


def test_states_listed_as_a_subject_of_the_talks_are_mentioned() -> None:
    """ "discussed the drug situation in the neighbouring countries (A, B and C)": the states
    are what the meeting spoke of, not who came."""
    text = (
        "Interior ministers of Kazakhstan and Kyrgyzstan met in Astana on 3 May. The meeting "
        "discussed the drug situation in the neighbouring countries (Afghanistan, Pakistan "
        "and Iran) and measures against smuggling.\n"
    )
    facts = _facts(text)
    assert sorted(facts["countries"]) == ["Kazakhstan", "Kyrgyzstan"]
    assert "Pakistan" in facts["countries_mentioned"]


def test_states_named_in_a_plural_without_a_gathering_are_mentioned() -> None:
    """The same list in a sentence telling no gathering is only a mention."""
    text = (
        "Kazakhstan's interior minister received the ambassador of Japan in Astana.\n\n"
        "Floods threaten the five countries - Georgia, Moldova, Tajikistan and Uzbekistan - "
        "every spring.\n"
    )
    facts = _facts(text)
    assert "Moldova" not in facts["countries"]
    assert "Moldova" in facts["countries_mentioned"]


def _names(text: str) -> list[str]:
    return [p["name"] for p in _facts(text)["participants"]]


def test_told_the_media_following_the_talks_takes_part() -> None:
    """A press comment made after the talks is a participant's, and the one he talked with
    took part too."""
    text = (
        "Kazakhstan and Kyrgyzstan compared their border plans in Astana on 3 May.\n\n"
        "Deputy Minister of Internal Affairs of Kazakhstan Nurlan Abdirov told reporters "
        "following the talks with Deputy Minister of Internal Affairs of Kyrgyzstan Kanat "
        "Sultanov that the sides agreed on joint patrols.\n"
    )
    assert {"Nurlan Abdirov", "Kanat Sultanov"} <= set(_names(text))


def test_the_meeting_included_a_list_of_people() -> None:
    """ "The meeting included A, B and C": those listed took part, even the one who later
    briefed the press."""
    text = (
        "On 4 March a meeting on the flood season was held at the Emergencies Ministry in "
        "Minsk. The meeting included Minister of Emergencies Pavel Dorofeyev and Deputy Minister "
        "of Internal Affairs Oleg Vashkevich.\n\n"
        "Pavel Dorofeyev told journalists that the rivers were being watched day and night.\n"
    )
    assert "Pavel Dorofeyev" in _names(text)


def test_addressed_the_first_meeting_takes_part() -> None:
    """ "addressed the first meeting of the group": a word between the verb's object and
    "meeting" still tells a speech at it."""
    text = (
        "Deputy Minister of Justice of Armenia Karen Hovhannisyan addressed the first meeting "
        "of the regional anti-corruption working group in Yerevan on 9 June.\n\n"
        "Karen Hovhannisyan said in a statement that the group would meet twice a year.\n"
    )
    assert "Karen Hovhannisyan" in _names(text)


def test_at_a_bilateral_meeting_takes_part() -> None:
    """ "at a bilateral meeting held at the office, X noted" tells X there, whatever the
    report's source line says."""
    text = (
        "A report posted on the website of the Georgian Interior Ministry says the minister "
        "visits Ankara at Turkish Interior Minister Selim Kaya's invitation.\n\n"
        "At a bilateral meeting held at the Turkish ministry, Selim Kaya noted the long "
        "cooperation of the two police services.\n"
    )
    assert "Selim Kaya" in _names(text)


def _countries_of(text: str) -> dict[str, str | None]:
    return {p["name"]: p["country"] for p in _facts(text)["participants"]}


_ONE_LIST = (
    "On 12 April a meeting on the spring floods along the Kyrgyz-Kazakh border was held at "
    "the Emergencies Ministry in Bishkek. The meeting included Minister of Finance Aibek "
    "Toktorov, Minister of Emergency Situations of Kyrgyzstan Nurlan Sadykov and Head of the "
    "Water Resources State Service Talant Asanov.\n\n"
    "Representatives of Kazakhstan also took part by video link.\n"
)


def test_one_list_of_one_state_gives_its_state() -> None:
    """The list's one stated state is the state of the others' national offices."""
    got = _countries_of(_ONE_LIST)
    assert got["Aibek Toktorov"] == "Kyrgyzstan"
    assert got["Talant Asanov"] == "Kyrgyzstan"


def test_a_pair_joined_by_and_keeps_its_own_states() -> None:
    """ "A of Ukraine and the head of X B held a meeting": a pair joined by "and" is as often
    the two sides, so B is given no state from A."""
    text = (
        "Chairman of the Border Guard Service of Ukraine Oleh Bondar and the head of the "
        "Border Police Ion Rusu held a working meeting at the checkpoint on 5 June.\n\n"
        "Moldova and Ukraine agreed to patrol the border jointly.\n"
    )
    assert _countries_of(text).get("Ion Rusu") != "Ukraine"


def test_a_list_with_an_organisations_official_gives_no_state() -> None:
    """A list with a body's official in it may gather several states' people."""
    text = (
        "The meeting in Baku on 2 July was attended by Deputy Minister of Transport Elchin "
        "Aliyev, Deputy Secretary General of the Organization of Turkic States Omer Kocaman "
        "and Deputy Minister of Transport of Uzbekistan Jasur Karimov.\n\n"
        "Azerbaijan, Turkey and Uzbekistan agreed to speed up customs checks.\n"
    )
    assert _countries_of(text).get("Elchin Aliyev") != "Uzbekistan"


def test_a_title_ends_before_and_the_next_name() -> None:
    """ "A, Head of X of Kazakhstan and Mr B, Rector of Y of Kyrgyzstan": A's title ends before
    "and", and B is not given A's title nor A's state."""
    text = (
        "The meeting in Bishkek on 3 May was attended by Mr Nurlan Abdirov, Head of the Border "
        "Academy of Kazakhstan and Mr Kanat Sultanov, Rector of the Police Academy of "
        "Kyrgyzstan.\n"
    )
    got = {p["name"]: (p["title"], p["country"]) for p in _facts(text)["participants"]}
    assert got["Nurlan Abdirov"] == ("Head of the Border Academy of Kazakhstan", "Kazakhstan")
    assert got["Kanat Sultanov"] == ("Rector of the Police Academy of Kyrgyzstan", "Kyrgyzstan")


def test_a_title_without_honorific_ends_before_and_the_next_name() -> None:
    """ "A, the commander of the Iranian border guard and B the chief of ...": A's title is
    his own, not cut off as the next name's."""
    text = (
        "The talks in Astara on 9 June were attended by General Reza Tavakoli, the Iranian "
        "border guard commander and Elchin Mammadov the Chief of the State Border Service of "
        "Azerbaijan.\n"
    )
    got = {p["name"]: p["country"] for p in _facts(text)["participants"]}
    assert got["Reza Tavakoli"] == "Iran"


def test_an_office_phrase_over_and_is_no_part_of_the_name() -> None:
    """ "Head of the Division of Forgery and Document Examinations Kairat Omarov": the name
    starts at the given name, the words before it end the office's name."""
    text = (
        "The meeting in Yerevan on 4 May was attended by the Head of the Division of Forgery "
        "and Document Examinations Kairat Omarov.\n"
    )
    assert "Kairat Omarov" in _names(text)


def test_a_name_after_a_persons_name_and_keeps_its_first_word() -> None:
    """ "Ramil Usubov and Zarar Ahmad Osmani": the word before "and" is a surname, so the
    next name keeps its first word."""
    text = (
        "Interior Minister Ramil Usubov and Zarar Ahmad Osmani, Minister of Counter Narcotics "
        "of Afghanistan, held talks in Baku on 2 May.\n"
    )
    assert "Zarar Ahmad Osmani" in _names(text)


def test_an_international_office_in_the_republic_gives_no_state() -> None:
    """ "Head of the OSCE Programme Office in the Kyrgyz Republic" serves the OSCE, not
    Kyrgyzstan; nor does the head of the EU delegation "to the Republic of Moldova"."""
    text = (
        "The 40th meeting of the board in Chisinau on 3 May was chaired by Jan Novak, Head of "
        "the European Union Delegation to the Republic of Moldova, with Head of the OSCE "
        "Programme Office in the Kyrgyz Republic Pavel Dvorak attending.\n"
    )
    got = _countries_of(text)
    assert got.get("Jan Novak") is None
    assert got.get("Pavel Dvorak") is None


def test_a_national_bureau_of_interpol_is_its_states() -> None:
    """ "Chief of the National Central Bureau of Interpol in the Republic of Azerbaijan":
    that state's own office."""
    text = (
        "The working group met in Kyiv on 2 April with the participation of Chief of the "
        "National Central Bureau of Interpol in the Republic of Azerbaijan Major-General of "
        "Police Samir Aliyev.\n"
    )
    assert _countries_of(text).get("Samir Aliyev") == "Azerbaijan"


def test_the_delegation_received_by_someone_is_not_his_side() -> None:
    """ "the Kazakh delegation was received by the Head of the Service X": X receives the
    side, he is not of it."""
    text = (
        "On 3 May in Tashkent the Kazakh delegation was received by the Head of the State "
        "Customs Service, Colonel Bakhtiyor Yusupov.\n\n"
        "Uzbekistan and Kazakhstan discussed transit at their border.\n"
    )
    assert _countries_of(text).get("Bakhtiyor Yusupov") != "Kazakhstan"


def test_a_delegation_that_met_with_someone_is_not_his_side() -> None:
    """ "The Turkmen delegation headed by A met in Baku with the Chairman B": B is of the side
    met, not of the delegation."""
    text = (
        "The Turkmen delegation headed by the Deputy Chairman of the Customs Service of "
        "Turkmenistan, Merdan Orazov, met in Baku with the Chairman of the State Customs "
        "Committee, General Ilgar Mammadli.\n\n"
        "Azerbaijan and Turkmenistan agreed to simplify customs checks.\n"
    )
    got = _countries_of(text)
    assert got.get("Merdan Orazov") == "Turkmenistan"
    assert got.get("Ilgar Mammadli") != "Turkmenistan"


def test_a_list_of_agencies_of_states_takes_part() -> None:
    """ "attended by the heads of the Academy of the MIA of the Republic of Belarus, the Grodno
    Institute of ..., the Academy of ... of the Republic of Tajikistan and the Police Academy
    of the Republic of Armenia": every state of the list takes part."""
    text = (
        "The conference of police academies opened in Moscow on 12 October. The event was "
        "attended by the heads of the Academy of the MIA of the Republic of Belarus, the "
        "Grodno Institute of the MIA of the Republic of Belarus, the Academy of the MIA of the "
        "Republic of Tajikistan and the Police Academy of the Republic of Armenia.\n"
    )
    got = set(_facts(text)["countries"])
    assert {"Belarus", "Tajikistan", "Armenia"} <= got


def test_an_organisation_among_the_states_after_a_cue_does_not_end_the_list() -> None:
    """ "attended by delegations of Canada, China, the Caspian Coast Guard Forum, Japan and
    Russia": the item that is no state is passed over."""
    text = (
        "The forum of coast guards was held in Vladivostok on 9 September. It was attended by "
        "delegations of Canada, China, the Caspian Coast Guard Forum, Japan and Russia.\n"
    )
    assert {"Canada", "China", "Japan", "Russia"} <= set(_facts(text)["countries"])


def test_a_state_ending_an_items_name_is_not_taken() -> None:
    """ "..., the Turkish Republic of Northern Cyprus, ...": the state's name ends an item's
    name, it is not listed as taking part."""
    text = (
        "The meeting of interior ministers in Baku on 3 May brought together officials from "
        "Uzbekistan, Kazakhstan, the Turkish Republic of Northern Cyprus, Hungary and the "
        "Organization of Turkic States.\n"
    )
    got = _facts(text)["countries"]
    assert "Cyprus" not in got
    assert {"Uzbekistan", "Kazakhstan"} <= set(got)


def test_a_seminar_conducted_in_a_town_is_held_there() -> None:
    """ "The seminar was conducted on 4 to 5 March in Osh city": the seminar's town."""
    text = (
        "Financial investigators of Kyrgyzstan studied tracing of virtual assets.\n\n"
        "The seminar was conducted on 4 to 5 March 2019 in Osh city with support of donors.\n"
    )
    assert _facts(text)["city"] == "Osh"


def test_an_agreement_concluded_in_a_town_is_signed_there() -> None:
    """ "An agreement ... was concluded in Chisinau": the signing's town."""
    text = (
        "Moldova and Romania agreed to fight corruption together.\n\n"
        "An agreement on the exchange of information was concluded in Chisinau between the "
        "anticorruption agencies of the two states.\n"
    )
    assert _facts(text)["city"] == "Chisinau"


def test_a_bodys_office_in_a_town_does_not_place_the_workshop() -> None:
    """ "organized ... with the OSCE Centre in Bishkek": the Centre's town, not the
    workshop's."""
    text = (
        "Assessors of the member states completed a workshop on mutual evaluations.\n\n"
        "The workshop was organized by the agency in co-operation with the OSCE Centre in "
        "Bishkek.\n"
    )
    assert _facts(text)["city"] is None


def test_a_list_far_after_its_cue_behind_the_agencies_of_the_people() -> None:
    """ "The workshop gathered experts of the customs services, as well as other competent
    departments of the Republic of Armenia, Georgia and the Republic of Moldova"."""
    text = (
        "A regional workshop on container control opened in Tashkent on 6 May. The workshop "
        "brought together experts of the customs services, as well as other competent "
        "departments of the Republic of Armenia, Georgia and the Republic of Moldova.\n"
    )
    assert {"Armenia", "Georgia", "Moldova"} <= set(_facts(text)["countries"])


def test_his_counterpart_is_of_the_other_state() -> None:
    """ "Interior Minister X gave assurances to his Moldovan counterpart Y": X is not
    Moldovan; of Romania, the one other state named, which takes part."""
    text = (
        "Interior Minister Carmen Ionescu gave assurances to his Moldovan counterpart "
        "Alexandru Rusu that the ministry will continue its support, at the joint sitting of "
        "the governments of Romania and Moldova in Bucharest on 3 May.\n"
    )
    facts = _facts(text)
    got = {p["name"]: p["country"] for p in facts["participants"]}
    assert got["Carmen Ionescu"] == "Romania"
    assert got["Alexandru Rusu"] == "Moldova"
    assert "Romania" in facts["countries"]


def test_his_counterpart_named_after_it_is_of_that_state() -> None:
    """ "met his Kyrgyz counterpart Mr. Y": Y is the counterpart, of that state."""
    text = (
        "Interior Minister of Kazakhstan Yerlan Turgumbayev met his Kyrgyz counterpart Mr. "
        "Ulan Niyazbekov in Astana on 3 May.\n"
    )
    assert _countries_of(text)["Ulan Niyazbekov"] == "Kyrgyzstan"


def test_his_colleague_named_after_a_title_is_of_that_state() -> None:
    """ "said his Belarusian colleague, Minister Ivan Petrov": the colleague named after his
    title is of that state."""
    text = (
        "Interior Minister of Kazakhstan Yerlan Turgumbayev met in Minsk on 3 May with the "
        'Belarusian delegation. "We must act together", said his Belarusian colleague, '
        "Minister Ivan Petrov.\n"
    )
    assert _countries_of(text).get("Ivan Petrov") == "Belarus"


def test_a_city_that_played_host_is_the_venue() -> None:
    """ "Moscow recently played host to a series of meetings", "Osh city hosted the joint
    meeting": the town that hosts."""
    assert (
        _facts(
            "Customs services of the member states met to discuss digital declarations. Minsk "
            "recently played host to a series of their meetings.\n"
        )["city"]
        == "Minsk"
    )
    assert (
        _facts(
            "Osh city hosted the next joint meeting of the border delegations of Kyrgyzstan and "
            "Tajikistan.\n"
        )["city"]
        == "Osh"
    )
