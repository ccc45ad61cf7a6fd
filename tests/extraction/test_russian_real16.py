"""Russian reports as the development set's sites write them, in our own words: rules that
fixed misses in reports of at least two sites."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _facts(text: str, url: str | None = None) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon(), url=url).to_dict()


def _people(facts: dict) -> dict[str, dict]:
    return {p["name_native"]: p for p in facts["participants"]}


def test_a_speaker_named_after_his_office() -> None:
    """ "... заявил министр внутренних дел Армении. Иван Петросян также отметил ...": the report
    names the speaker by his post first, by his name in the next sentence; he took the floor,
    with the post as his title."""
    facts = _facts(
        "В Ереване прошло совещание руководителей полиции приграничных районов.\n"
        "Взаимодействие наших ведомств постоянно растет, заявил на совещании министр внутренних "
        "дел Армении. Иван Петросян также отметил рост числа совместных операций."
    )
    people = _people(facts)
    assert "Иван Петросян" in people
    assert people["Иван Петросян"]["role"] == "speaker"
    assert people["Иван Петросян"]["country"] == "Armenia"
    assert people["Иван Петросян"]["title"] == "министр внутренних дел Армении"


def test_a_name_after_a_named_office_is_no_speaker_of_it() -> None:
    """An office already followed by its holder's name is his title: a later sentence opening
    with another name does not take it."""
    facts = _facts(
        "В Ереване прошло совещание руководителей полиции приграничных районов.\n"
        "Как заявил министр внутренних дел Армении Иван Петросян, сотрудничество растет. "
        "Сергей Волков отметил, что его книга вышла в прошлом году."
    )
    people = _people(facts)
    assert people["Иван Петросян"]["title"] == "министр внутренних дел Армении"
    assert (people.get("Сергей Волков") or {}).get("title") is None
