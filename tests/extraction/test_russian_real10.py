"""Russian reports as the development set's sites write them, in our own words: rules that
fixed misses in reports of at least two sites."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _facts(text: str) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()


def _people(text: str) -> dict[str, str]:
    """Each participant's Cyrillic name and role."""
    return {p["name_native"]: p["role"] for p in _facts(text)["participants"]}


def test_whom_an_exception_names_takes_no_part() -> None:
    """ "все главы ..., кроме президента А": A is the one absent; "за исключением Б": so is Б."""
    facts = _facts(
        "В Минске проходит заседание Совета глав МВД. На заседание прибыли все министры, "
        "кроме министра внутренних дел Армении Ашота Саакяна, который болен. В работе совета "
        "участвуют делегации всех стран Содружества, за исключением Туркмении. Министр "
        "внутренних дел Белоруссии Иван Кравченко открыл заседание."
    )
    names = {p["name_native"] for p in facts["participants"]}
    assert "Ашот Саакян" not in names and "Иван Кравченко" in names
    assert "Turkmenistan" not in facts["countries"]


def test_a_sentence_opening_with_the_side_names_a_state_taking_part() -> None:
    """ "От Казахстана присутствует премьер-министр": Kazakhstan takes part."""
    facts = _facts(
        "В Ереване проходит заседание Совета коллективной безопасности ОДКБ. "
        "От Казахстана присутствует премьер-министр. От Узбекистана на заседании "
        "присутствовал начальник департамента министерства."
    )
    assert {"Kazakhstan", "Uzbekistan"} <= set(facts["countries"])


def test_who_sends_greetings_is_not_there() -> None:
    """ "Приветственное слово участникам направили А и Б"; "передал приветствия его коллеги
    В": the senders stay mentioned, the bearer takes part."""
    roles = _people(
        "В Москве состоялось заседание Совета министров внутренних дел государств - участников "
        "СНГ. Приветственное слово участникам заседания направил Председатель Правительства "
        "России Михаил Соколов. Министр внутренних дел Казахстана Ерлан Жаксылыков передал "
        "участникам приветствия своего коллеги Бориса Громова и выступил с докладом."
    )
    assert roles == {"Ерлан Жаксылыков": "speaker"}
