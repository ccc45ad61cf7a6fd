"""Participants in English and Russian reports: name forms of the region's partners, offices
under a head of state, and the near misses that must not count.

Each text is written for the test (it imitates how news reports are laid out, it copies none).
"""

from __future__ import annotations

from archive.extraction import extract

HEAD = "Border officials meet in Tashkent\n\n"


def _participants(text: str) -> set[str]:
    return {p["name"] for p in extract(HEAD + text).participants}


# --- given names of partner states, family names that come first ----------------------------


def test_partner_given_names_are_read_as_names() -> None:
    """European, Iranian and Turkish given names ("Linda", "Majid", "Necmi") start a name as
    the region's own do, so the officials they name take part."""
    names = _participants(
        "Interior Minister Pulat Bobojonov received the delegations in Tashkent on Monday. Linda "
        "Brockhurst represented the training centre at the meeting, Majid Rostamani represented "
        "the Iranian border police, and Necmi Dural represented the Turkish border directorate."
    )
    assert {"Linda Brockhurst", "Majid Rostamani", "Necmi Dural"} <= names


def test_east_asian_family_name_first_is_read_as_a_name() -> None:
    """A Chinese or Korean family name written first ("Guo Lanfeng", "Kim Sung Ho") makes a
    name as a given name does."""
    names = _participants(
        "Interior Minister Pulat Bobojonov received the delegations in Tashkent on Monday. Kim "
        "Sung Ho represented the Korean immigration service at the meeting, and Guo Lanfeng "
        "represented the Chinese police."
    )
    assert {"Kim Sung Ho", "Guo Lanfeng"} <= names


def test_initials_before_a_given_name_stay_in_the_name() -> None:
    """ "Under Secretary of State R. Nicholas Kline": the initial before the given name is part
    of the name, not a word of the title."""
    names = _participants(
        "The working group met in Tashkent. Under Secretary of State R. Nicholas Kline "
        "represented the American side at the meeting."
    )
    assert "R. Nicholas Kline" in names


# --- an office under the head of state is no head of state ----------------------------------


def test_assistant_to_the_president_with_a_post_takes_part() -> None:
    """The title "Assistant to the Kazakh President – Secretary of the Security Council A":
    he serves the president and sits by his own post, he does not head the state."""
    names = _participants(
        "On Tuesday in Astana, the Assistant to the Kazakh President – Secretary of the Security "
        "Council Arman Dzhaksybekov held consultations with the State Secretary of the Security "
        "Council of Belarus Pavel Volkov. The sides discussed regional security."
    )
    assert names == {"Arman Dzhaksybekov", "Pavel Volkov"}


def test_russian_representative_of_the_president_takes_part() -> None:
    """The title "полномочный представитель президента в области А": the president's envoy
    to a region meets the neighbour's governor; he does not head the state."""
    text = (
        "Встреча на границе\n\nНа границе двух стран встретились полномочный представитель "
        "президента в Ошской области Абдыкадыр Жолдошев и председатель Согдийской области "
        "Таджикистана Рахим Назаров. Стороны обсудили обстановку на границе."
    )
    names = {p["name"] for p in extract(text).participants}
    assert names == {"Abdykadyr Zholdoshev", "Rakhim Nazarov"}


def test_russian_president_himself_is_still_a_head_of_state() -> None:
    """The sentence "Президент Кыргызстана А направил приветствие": the head of state who
    only greets the meeting stays out of it."""
    text = (
        "Заседание пограничных ведомств в Бишкеке\n\nВ Бишкеке прошло заседание руководителей "
        "пограничных ведомств. Председатель пограничной службы Кыргызстана Улан Мамытов открыл "
        "заседание. Президент Кыргызстана Садыр Токтобеков направил участникам приветствие."
    )
    names = {p["name"] for p in extract(text).participants}
    assert "Sadyr Toktobekov" not in names


# --- a diplomat's title names the state he speaks for -----------------------------------------


def _countries(text: str) -> dict[str, str | None]:
    return {p["name"]: p["country"] for p in extract(HEAD + text).participants}


def test_charge_d_affaires_title_gives_the_state() -> None:
    """The title "Chargé d'Affaires of the United States in Uzbekistan" names his state."""
    countries = _countries(
        "Interior Minister Pulat Bobojonov signed the memorandum in Tashkent. The ceremony was "
        "attended by Chargé d'Affaires of the United States in Uzbekistan Linda Brockhurst."
    )
    assert countries.get("Linda Brockhurst") == "United States"


def test_embassy_to_a_state_stays_in_the_title() -> None:
    """In "Deputy Chief of Mission at the US Embassy to Uzbekistan A" the state after "to" is
    the one the embassy is sent to, still part of the title; the title names his state."""
    countries = _countries(
        "Interior Minister Pulat Bobojonov met in Tashkent with the Deputy Chief of Mission at "
        "the US Embassy to Uzbekistan Nina Harwell."
    )
    assert countries.get("Nina Harwell") == "United States"


def test_a_signature_after_by_colon_is_no_participant() -> None:
    """In "Classified By: Chargé d'Affaires A" the name is the page's signature, no delegate."""
    names = _participants(
        "Classified By: Chargé d'Affaires Linda Brockhurst.\n\nInterior Minister Pulat "
        "Bobojonov and Deputy Interior Minister of Russia Igor Zubkov discussed migration at the "
        "meeting in Tashkent."
    )
    assert "Linda Brockhurst" not in names


# --- a visitor hosts nothing abroad -----------------------------------------------------------


def _roles(text: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in extract(text).participants}


def test_russian_meeting_of_two_visitors_in_a_third_state_has_no_host() -> None:
    """In "в китайском городе Урумчи прошла встреча председателя погранслужбы Кыргызстана А с
    начальником погранвойск Узбекистана Б" neither is of the venue's state: A does not host."""
    roles = _roles(
        "Встреча пограничников в Урумчи\n\nВ китайском городе Урумчи прошла встреча председателя "
        "пограничной службы Кыргызстана Алмаза Токтосунова с начальником пограничных войск "
        "Узбекистана Рустамом Юлдашевым. Стороны обсудили обстановку на границе."
    )
    assert roles == {"Almaz Toktosunov": "attendee", "Rustam Yuldashev": "attendee"}


def test_russian_visitor_meeting_a_host_at_home_still_leaves_the_host() -> None:
    """In "в Бишкеке прошла встреча министра Узбекистана А с министром Кыргызстана Б" the
    official of the venue's state hosts."""
    roles = _roles(
        "Встреча министров в Бишкеке\n\nВ Бишкеке прошла встреча министра внутренних дел "
        "Узбекистана Пулата Бобожонова с министром внутренних дел Кыргызстана Уланом Ниязовым. "
        "Стороны обсудили обстановку на границе."
    )
    assert roles.get("Ulan Niyazov") == "host"
    assert roles.get("Pulat Bobozhonov") != "host"


# --- a head of state and his one official ------------------------------------------------------


def test_head_of_state_receives_his_sole_official() -> None:
    """A report whose only participant is an official of the head of state's own state tells
    their meeting: the president receives him."""
    roles = _roles(
        "Security chief briefs the head of state\n\nChairman of the State Security Committee of "
        "Belarus Ivan Tertsov reported on the situation at the western border on Monday. "
        "Belarusian President Alexander Lukashenko instructed the committee to strengthen the "
        "border."
    )
    assert roles.get("Alexander Lukashenko") == "host"
    assert "Ivan Tertsov" in roles


def test_head_of_state_who_sent_greetings_stays_out() -> None:
    """A president who sent greetings to a meeting of his own state's official meets no one."""
    roles = _roles(
        "Intelligence chiefs meet in Moscow\n\nThe meeting of the heads of intelligence services "
        "was held in Moscow. Director of the Federal Security Service of Russia Alexei Borzov "
        "opened the meeting. Russian President Vladimir Putin sent greetings to the participants."
    )
    assert "Vladimir Putin" not in roles


# --- the subjects of the talks ----------------------------------------------------------------


def test_names_that_discussed_take_part() -> None:
    """In "A, B and C discussed in detail the border" the names are the subjects of the talks,
    though no title stands beside them."""
    names = _participants(
        "The heads of the security services met in Fergana on Friday. Kamal Toktorov, Saidmurod "
        "Yakubov and Abdulaziz Rakhimov discussed in detail the situation on the borders."
    )
    assert {"Kamal Toktorov", "Saidmurod Yakubov", "Abdulaziz Rakhimov"} <= names


def test_a_name_before_was_discussed_is_no_subject_of_talks() -> None:
    """In "the book by A was discussed" A is no one who talked: with no title he stays out."""
    names = _participants(
        "The heads of the security services met in Fergana on Friday. The Interior Minister of "
        "Uzbekistan Pulat Bobojonov chaired the meeting. A book by Kamal Toktorov was discussed."
    )
    assert "Kamal Toktorov" not in names


def test_one_met_here_with_takes_part() -> None:
    """In "A yesterday met here with B" B is the other side of the talks, though his title is
    not read; so is each name of "the meeting of A and B"."""
    names = _participants(
        "TASHKENT, March 3 -- Interior Minister Pulat Bobojonov yesterday met here with Kamal "
        "Toktorov. The meeting of Saidmurod Yakubov and Abdulaziz Rakhimov followed it."
    )
    assert {"Kamal Toktorov", "Saidmurod Yakubov"} <= names


def test_a_charge_daffaires_title_is_no_part_of_the_name_after_it() -> None:
    """ "Chargé d’Affaires Kevin Smallwood": the title's last word, glued to its "d’", is no
    given name, whatever given name follows it."""
    names = _participants(
        "DUSHANBE — On 30 November, US Chargé d’Affaires Kevin Smallwood joined the commander of "
        "the Tajik border guards, Colonel-General Rajab Nazarov, to open a new border post."
    )
    assert "Kevin Smallwood" in names
    assert not any("Affaires" in name for name in names)
