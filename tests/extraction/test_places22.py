"""Unit tests of the venue rules of the 22nd round: the city and the venue's state the
reports name (own wording, not the articles')."""

from __future__ import annotations

from archive.extraction import extract


def _out(text: str) -> dict:
    return extract(text).to_dict()


# ---------------------------------------------------------------- the town a guest came to
def test_the_town_a_delegation_visits_is_the_venue() -> None:
    out = _out(
        "Prison services of two states widen their ties\n\n"
        "The head of the penal committee of Kazakhstan held talks with his Latvian colleague "
        "on the training of prison staff.\n\n"
        "Both sides spoke of an exchange of teachers between their academies.\n\n"
        "The working trip of the Latvian delegation to Astana was arranged under a programme "
        "of the two governments."
    )
    assert out["city"] == "Astana"
    assert out["venue_country"] == "Kazakhstan"


def test_the_town_of_a_commanders_visit_is_the_venue() -> None:
    out = _out(
        "Border chiefs discuss joint patrols\n\n"
        "The chairman of the border committee of Tajikistan discussed joint patrols with the "
        "head of the Kyrgyz border service.\n\n"
        "The visit of the Kyrgyz commander to Dushanbe lasted two days, the committee said."
    )
    assert out["city"] == "Dushanbe"


def test_two_towns_visited_leave_the_venue_unsaid() -> None:
    out = _out(
        "Customs officers of two states meet\n\n"
        "The head of the customs committee of Kyrgyzstan discussed the transit of goods with "
        "his colleague from Tajikistan.\n\n"
        "They agreed to share data on lorries crossing the border.\n\n"
        "Both heads praised the work of their officers.\n\n"
        "The trip of the delegation to Osh and the trip of its head to Karakol took three days."
    )
    assert out["city"] is None


# ------------------------------------------------------------- the host's state, no place
def test_the_state_of_the_one_host_is_the_venue_country() -> None:
    out = _out(
        "Rescue services widen their ties\n\n"
        "Kazakhstan's Minister of Emergency Situations, General Yuri Ilyin has met with a "
        "visiting delegation led by Serbia's Minister of Interior Ivica Dacic, the ministry "
        "reports.\n\n"
        "The Kazakh minister spoke of the training of rescue teams and of the equipment his "
        "ministry has bought."
    )
    assert out["city"] is None
    assert out["venue_country"] == "Kazakhstan"


def test_a_meeting_by_video_link_is_placed_by_no_host() -> None:
    out = _out(
        "Rescue services widen their ties\n\n"
        "Kazakhstan's Minister of Emergency Situations, General Yuri Ilyin has met by video "
        "link with Serbia's Minister of Interior Ivica Dacic, the ministry reports.\n\n"
        "The Kazakh minister spoke of the training of rescue teams and of the equipment his "
        "ministry has bought."
    )
    assert out["venue_country"] is None


# ------------------------------------------------------ the town a Russian visit went to
def test_the_town_a_delegations_visit_went_to_is_the_venue_ru() -> None:
    out = _out(
        "Пограничники двух стран договорились о совместных патрулях\n\n"
        "12-14 марта состоялась рабочая поездка и визит делегации пограничной службы "
        "Кыргызстана во главе с ее директором в город Душанбе.\n\n"
        "Стороны обсудили охрану общей границы и обмен сведениями о нарушителях."
    )
    assert out["city"] == "Dushanbe"
    assert out["venue_country"] == "Tajikistan"


def test_a_visit_of_another_month_places_nothing_ru() -> None:
    out = _out(
        "Пограничники двух стран договорились о совместных патрулях\n\n"
        "Директор пограничной службы Кыргызстана обсудил с коллегой из Таджикистана охрану "
        "общей границы.\n\n"
        "Они отметили рост числа задержанных нарушителей.\n\n"
        "Речь шла и о подготовке кадров.\n\n"
        "Визит делегации в Душанбе в марте этого года дал начало обмену сведениями."
    )
    assert out["city"] is None
