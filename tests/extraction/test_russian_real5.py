"""Russian reports as unseen real sites write them, in our own words: names left in an oblique
case, who receives whom, and the rules behind them."""

from __future__ import annotations

import pytest

from archive.extraction import default_lexicon
from archive.extraction.cleaning import clean
from archive.extraction.context import Context
from archive.extraction.russian.participants import left_title
from archive.extraction.russian.people import nominative_name
from archive.extraction.russian.text import prepare


@pytest.mark.parametrize(
    ("words", "hint", "native"),
    [
        # a surname declined as an adjective: the dictionary's lemma when it knows the word,
        # else the stressed "-ой" of most such surnames
        (["Александра", "Горового"], "gent", ["Александр", "Горовой"]),
        (["Льва", "Толстого"], "gent", ["Лев", "Толстой"]),
        (["Сергея", "Белого"], "gent", ["Сергей", "Белый"]),
        (["Ивану", "Луговому"], "datv", ["Иван", "Луговой"]),
        (["Петра", "Долгого"], "gent", ["Пётр", "Долгий"]),
        # other surnames keep their rules
        (["Сергея", "Шойгу"], "gent", ["Сергей", "Шойгу"]),
        (["Ержана", "Саденова"], "gent", ["Ержан", "Саденов"]),
        # a given name in -а left undeclined beside a declined surname
        (["Нигматилла", "Юлдашева"], "gent", ["Нигматилла", "Юлдашев"]),
        (["Хабибуллы", "Назарова"], "gent", ["Хабибулла", "Назаров"]),
        (["Кирилла", "Петрова"], "gent", ["Кирилл", "Петров"]),
    ],
)
def test_an_oblique_name_is_put_back_in_the_nominative(
    words: list[str], hint: str, native: list[str]
) -> None:
    assert nominative_name(words, hint)[0] == native


def _title_before(text: str, name: str) -> str | None:
    ctx = Context(clean(prepare(text)), default_lexicon())
    pos = ctx.text.index(name)
    span = left_title(ctx, ctx.doc.sentences[ctx.sent_idx(pos)][0], pos)
    return ctx.text[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Прибыла делегация во главе Генерального прокурора Республики Узбекистан "
            "Хабибулла Назарова.",
            "Хабибулла",
            "Генерального прокурора Республики Узбекистан",
        ),
        # an agency "при президенте" is part of the title, whose head is the director
        (
            "Прошла встреча директора Агентства по контролю за наркотиками при президенте "
            "Таджикистана Рустама Шарипова с делегацией.",
            "Рустама",
            "директора Агентства по контролю за наркотиками при президенте Таджикистана",
        ),
        # "после" is a preposition, never the noun "посол"
        (
            "Как отметил на пресс-конференции после церемонии генеральный прокурор России "
            "Иван Петров, документы подписаны.",
            "Иван",
            "генеральный прокурор России",
        ),
    ],
)
def test_the_title_before_a_name(text: str, name: str, title: str) -> None:
    assert _title_before(text, name) == title
