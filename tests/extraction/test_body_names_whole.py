"""A body outside the reference data is named whole or not at all: a Russian name rendered in
English with every word, never a fragment, never a phrase that runs into a person's name."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon, extract
from archive.extraction.cleaning import clean
from archive.extraction.context import Context
from archive.extraction.russian.rendering import render
from archive.extraction.russian.text import prepare


def _render(phrase: str) -> str | None:
    ctx = Context(clean(prepare(phrase)), default_lexicon())
    return render(ctx, 0, len(ctx.text))


def test_every_word_of_the_name_is_rendered() -> None:
    # "судов" read as суд, not судно
    assert _render("Совещание председателей верховных судов стран") == (
        "Meeting of Chairpersons of Supreme Courts of States"
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Совет наблюдателей верховных судов",  # "наблюдатель" has no English in the glossary
        "Встреча Владимира Колокольцева",  # a person's name is no body's word
    ],
)
def test_a_name_less_one_of_its_words_is_not_rendered(phrase: str) -> None:
    assert _render(phrase) is None


def test_a_body_is_never_a_fragment_of_its_name() -> None:
    text = (
        "15 мая 2027 года в Минске прошло заседание Совета наблюдателей верховных судов "
        "государств-участников СНГ."
    )
    body = extract(text).to_dict()["body"]
    assert body is None or "Observers" in body


def test_a_body_name_never_runs_into_a_person_s_name() -> None:
    text = (
        "Customs chiefs sign declaration\n\n"
        "BAKU, 19 July 2027. A declaration was adopted at the first trilateral meeting of"
        " Chairman of the State Customs Committee of Azerbaijan Aydin Aliyev, the Finance Minister"
        " of Georgia Nino Beridze and the Trade Minister of Turkey Ahmet Yilmaz."
    )
    body = extract(text).to_dict()["body"]
    assert body is None or not {"Aliyev", "Beridze", "Yilmaz"} & set(body.split())
