"""Russian reports as the development set's sites write them, in our own words: rules that
fixed misses in reports of at least two sites."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _facts(text: str, url: str | None = None) -> dict:
    return extract(text, file="x.txt", lexicon=default_lexicon(), url=url).to_dict()


def _names(facts: dict) -> list[str]:
    return [p["name_native"] for p in facts["participants"]]


def test_a_head_of_state_a_visiting_minister_met_takes_part() -> None:
    """ "Министр А встретился с президентом страны Б и премьер-министром В": the heads the
    visitor met are the other side of his meetings, not a reception beside them."""
    facts = _facts(
        "Министр внутренних дел Армении Иван Петросян находился с рабочим визитом в Грузии.\n"
        "В Тбилиси Иван Петросян встретился с президентом страны Михаилом Саакашвили и "
        "премьер-министром Зурабом Ногаидели. Стороны обсудили борьбу с контрабандой."
    )
    names = _names(facts)
    assert "Михаил Саакашвили" in names
    assert "Зураб Ногаидели" in names
