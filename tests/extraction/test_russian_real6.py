"""Russian reports as unseen real sites write them, in our own words: who only sends a
greeting or receives the delegations, and the days of a session still to come."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.cleaning import clean
from archive.extraction.context import Context
from archive.extraction.russian.participants import Participant, _decide, left_title
from archive.extraction.russian.people import CASES, RuPerson, _choose_case
from archive.extraction.russian.pipeline import _home_side_hosts
from archive.extraction.russian.text import prepare, story_after_news_items


def _decided(cues: set[str]) -> Participant:
    part = Participant(RuPerson(native="А", name="A", surname="А"), title="министр", cues=cues)
    _decide(part, announcement=False)
    return part


@pytest.mark.parametrize(
    ("cues", "participant"),
    [
        # "Приветствие участникам направил А": the sender is not there
        ({"absent", "meeting"}, False),
        # a greeting read out at the session: its reader takes part
        ({"absent", "meeting", "speech"}, True),
        ({"absent", "attend"}, True),
        # a head of government receiving the delegations holds a reception of his own, even
        # when the delegations' "для участия" stands next to his name
        ({"head", "receives", "host", "attend", "meeting"}, False),
        # a head of state who takes part in the session itself
        ({"head", "attend", "meeting"}, True),
    ],
)
def test_who_sends_a_greeting_or_receives_delegations_is_mentioned(
    cues: set[str], participant: bool
) -> None:
    assert _decided(cues).participant is participant


def _date(text: str) -> tuple[str | None, str]:
    result = extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()
    return result["date_start"], result["date_precision"]


def test_the_coming_sessions_days_do_not_date_the_meeting_held() -> None:
    """An experts' meeting held with no day: the days of the session it prepares give only
    the year."""
    text = (
        "Совещание экспертов министерств внутренних дел государств - участников СНГ "
        "состоялось в Минске.\nЭксперты обсудили подготовку предстоящего заседания Совета "
        "министров внутренних дел, которое пройдет в Гродно с 14 по 16 октября 2026 года."
    )
    assert _date(text) == ("2026", "year")


def test_the_announced_sessions_days_date_an_announcement() -> None:
    """An announcement of the session itself keeps its days."""
    text = (
        "В Гродно пройдет заседание Совета министров внутренних дел государств - участников "
        "СНГ.\nЗаседание Совета министров внутренних дел СНГ пройдет в Гродно с 14 по 16 "
        "октября 2026 года."
    )
    assert _date(text) == ("2026-10-14", "day")


def _facts(text: str) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a lead with no meeting word tells the meeting by what the sides did there
        ("29 ноября в Москве главы ведомств России и Молдавии подписали соглашения.", "Moscow"),
        ("Полицейские Грузии и Армении обсудили в Ереване охрану границы.", "Yerevan"),
        # a town named beside a joint act deep in the report is no venue by that alone
        (
            "Министры внутренних дел встретились.\nОни говорили о многом.\nГости осмотрели "
            "музей.\nРанее стороны подписали в Бресте план.",
            None,
        ),
    ],
)
def test_a_lead_telling_a_joint_act_names_the_venue(text: str, city: str | None) -> None:
    assert _facts(text)["city"] == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Глава МВД побывал в Гродно, где провел прием граждан.\nЗаседание Совета министров "
            "внутренних дел СНГ состоялось в режиме видеоконференцсвязи.",
            None,
        ),
        (
            "Глава МВД побывал в Гродно, где провел прием граждан.\nВ режиме онлайн прошло "
            "заседание Совета министров внутренних дел СНГ.",
            None,
        ),
        # a town the remote sitting itself names is its host's
        (
            "Заседание Совета министров внутренних дел СНГ состоялось в Минске в режиме "
            "видеоконференцсвязи.",
            "Minsk",
        ),
        # delegations joined by video to a sitting held in a town
        (
            "В Минске прошло заседание Совета министров внутренних дел СНГ. Делегации Армении "
            "и Казахстана подключились в режиме видеоконференцсвязи.",
            "Minsk",
        ),
    ],
)
def test_a_sitting_held_by_video_link_has_no_town_of_another_sentence(
    text: str, city: str | None
) -> None:
    assert _facts(text)["city"] == city


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "В Генеральной прокуратуре Кыргызской Республики состоялась встреча первого "
            "заместителя генерального прокурора Абая Иманова с послом Турции.",
            "Kyrgyzstan",
        ),
        (
            "В Государственном комитете по делам миграции Республики Армения прошло совещание.",
            "Armenia",
        ),
    ],
)
def test_a_meeting_at_a_states_agency_is_held_in_that_state(text: str, venue: str) -> None:
    assert _facts(text)["venue_country"] == venue


def test_heads_of_one_kind_of_agency_of_two_states_name_the_body() -> None:
    text = (
        "12 марта в Ташкенте руководители пограничных ведомств Узбекистана и Казахстана "
        "подписали план."
    )
    facts = _facts(text)
    assert facts["body"] == "Border Services of Kazakhstan and Uzbekistan"
    assert sorted(facts["countries"]) == ["Kazakhstan", "Uzbekistan"]


def test_the_delegations_demonym_gives_its_heads_state_and_the_one_met_at_home_hosts() -> None:
    text = (
        "Полицейские Грузии и Армении обсудили в Ереване охрану общей границы. Грузинская "
        "делегация во главе с первым заместителем министра Леваном Гогиашвили провела встречу "
        "с министром внутренних дел Армении Ваэ Казаряном."
    )
    people = {p["name_native"]: (p["country"], p["role"]) for p in _facts(text)["participants"]}
    assert people == {
        "Леван Гогиашвили": ("Georgia", "attendee"),
        "Ваэ Казарян": ("Armenia", "host"),
    }


_HEADLINE = "XVIII заседание Координационного совета ОДКБ состоялось в режиме видеоконференцсвязи."


@pytest.mark.parametrize(
    ("page", "story"),
    [
        # other items dated years before the story's date line: the story from its headline
        (
            "Генсек выступил на форуме.\n12 марта 2025 года в Бишкеке состоялась встреча Генсека "
            f"с министром.\nЗавершилась операция «Канал».\n{_HEADLINE}\n15.06.2022\n15 июня 2022 "
            "года",
            (f"{_HEADLINE}\n15.06.2022\n15 июня 2022 года", "2022-06-15"),
        ),
        # a date line under the page's own headline at the top: the page is the story
        (
            f"{_HEADLINE}\n15.06.2022\nЗаседание прошло под председательством Армении.\nБыл "
            "принят план.",
            None,
        ),
        # the lines above dated within the month: the story's own lead, not other news
        (
            "Генсек выступил на форуме.\n14 июня 2022 года в Бишкеке состоялась встреча Генсека "
            f"с министром.\nЗавершилась операция «Канал».\n{_HEADLINE}\n15.06.2022",
            None,
        ),
    ],
)
def test_news_items_above_a_headline_over_its_date_line_are_not_the_story(
    page: str, story: tuple[str, str] | None
) -> None:
    found = story_after_news_items(page)
    assert (None if found is None else (found[0], found[1].isoformat())) == story


@pytest.mark.parametrize(
    ("raw", "prepared"),
    [
        (
            "Делегация прибыла в Ташκент из Узбеκистана.",
            "Делегация прибыла в Ташкент из Узбекистана.",
        ),
        # Latin look-alikes in a Russian word of a page with Greek ones; Latin words stay
        ("Агентство Podrobno.uz: Κыргызстaн.", "Агентство Podrobno.uz: Кыргызстан."),
        # Greek in a Greek word stays
        ("Слово λόγος.", "Слово λόγος."),
    ],
)
def test_look_alike_letters_inside_russian_words_are_read_as_cyrillic(
    raw: str, prepared: str
) -> None:
    assert prepare(raw).strip() == prepared


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("В Минске пройдет 34 заседание Совета руководителей органов безопасности СНГ.", 34),
        # a count: "21 заседание" takes the singular after a number ending in 1
        ("Совет руководителей органов безопасности СНГ провел 21 заседание.", None),
        ("Совет руководителей органов безопасности СНГ провел 24 заседания.", None),
        ("ХIV заседание Совета руководителей органов безопасности СНГ прошло в Минске.", 14),
        # a lone Cyrillic "Х" is a letter
        ("Х заседание Совета руководителей органов безопасности СНГ прошло в Минске.", None),
    ],
)
def test_bare_and_cyrillic_roman_ordinals(text: str, ordinal: int | None) -> None:
    assert _facts(text)["ordinal"] == ordinal


def _person(country: str, role: str = "attendee") -> Participant:
    return Participant(RuPerson(native="А", name="A", surname="А"), country=country, role=role)


@pytest.mark.parametrize(
    ("countries", "known_body", "roles"),
    [
        # two states' talks in Belarus: the Belarusian hosts the Russian
        (["RU", "BY"], False, ["attendee", "host"]),
        # a known body's session: its roles are its own
        (["RU", "BY"], True, ["attendee", "attendee"]),
        # two of the venue's state: which one hosts is not told
        (["RU", "BY", "BY"], False, ["attendee", "attendee", "attendee"]),
    ],
)
def test_the_one_participant_of_the_venues_state_hosts_two_states_talks(
    countries: list[str], known_body: bool, roles: list[str]
) -> None:
    people = [_person(c) for c in countries]
    part = {c: {"start": 0, "end": 1, "text": ""} for c in countries}
    _home_side_hosts(people, "BY", part, known_body)
    assert [p.role for p in people] == roles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Заседание открыл первый заместитель министра внутренних дел Кыргызской Республики "
            "- полковник милиции Адылбек Бийбосунов.",
            "первый заместитель министра внутренних дел Кыргызской Республики",
        ),
        # no rank after the dash: no title reaches back over it
        ("Заседание открыл министр - Адылбек Бийбосунов.", None),
    ],
)
def test_a_title_before_a_dash_and_a_rank_is_the_names(text: str, title: str | None) -> None:
    ctx = Context(clean(prepare(text)), default_lexicon())
    pos = ctx.text.index("Адылбек")
    span = left_title(ctx, ctx.doc.sentences[ctx.sent_idx(pos)][0], pos)
    assert (ctx.text[span[0] : span[1]] if span else None) == title


def test_a_given_name_read_as_a_vocative_is_inflected_as_a_nominative() -> None:
    """pymorphy3 also tags a vocative ("Саш") and second genitives and locatives: a name whose
    given name has such a parse is still put in one of the six cases, not refused."""
    assert _choose_case(["Саш", "Иванов"], ["given", "surn"], None)[0] in CASES
    assert extract("Заседание открыл генерал Саш Иванов. Он выступил с докладом.").to_dict()


@pytest.mark.parametrize(
    "place", ["в узбекском Самарканде", "в туркменском Авазе", "в турецкой Анкаре"]
)
def test_a_state_s_adjective_before_a_town_is_not_read_as_an_agency(place: str) -> None:
    """ "в узбекском Самарканде" in a meeting's sentence: the adjective is a state's (a
    demonym), which the venue rule for a meeting "в <state or agency>" must not look up among
    the agencies (it raised IndexError)."""
    text = f"Министры внутренних дел провели встречу. Встреча состоялась {place} 5 мая 2027 года."
    assert extract(text).to_dict()["language"] == "ru"
