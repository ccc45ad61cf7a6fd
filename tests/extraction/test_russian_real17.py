"""Russian reports as the development set's sites write them, in our own words: rules that
fixed misses in reports of at least two sites."""

from __future__ import annotations

from archive.extraction import default_lexicon, extract


def _people(text: str) -> dict[str, str]:
    """Each participant's Cyrillic name and role."""
    facts = extract(text, file="x.txt", lexicon=default_lexicon()).to_dict()
    return {p["name_native"]: p["role"] for p in facts["participants"]}


def test_an_agencys_compound_short_name_before_a_name_is_no_surname() -> None:
    """ "председателем Гостаможслужбы Игорем Калетником": the compound short name of the
    agency ("гос" + "таможслужбы") heads no name; the person is Игорь Калетник."""
    people = _people(
        "Состоялись переговоры между председателем Гостаможслужбы Игорем Кравчуком и "
        "руководителем Федеральной таможенной службы России Андреем Беловым. Стороны обсудили "
        "работу пунктов пропуска."
    )
    assert "Игорь Кравчук" in people
    assert not any("Гостаможслужб" in name for name in people)


def test_a_city_executive_committees_short_name_is_no_surname() -> None:
    people = _people(
        "Во встрече министра внутренних дел Беларуси Ивана Кубова с послом России приняли "
        "участие заместитель министра Дмитрий Корнев и начальник ГУВД Мингорисполкома Михаил "
        "Граб."
    )
    assert not any("Мингорисполком" in name for name in people)
