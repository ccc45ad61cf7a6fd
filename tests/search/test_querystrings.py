"""The search's links: a facet value's link is the current parameters with its pair added or
removed, written exactly as ``urlencode`` writes the whole list."""

from urllib.parse import parse_qsl, urlencode

import pytest

from archive.search.querystrings import Links, url_from

CURRENT = [
    [],
    [("q", "Andrei Berdiyev")],
    [("q", "“drug trafficking” & arms"), ("country", "KZ"), ("country", "RU")],
    [("q", "Колокольцев"), ("participant", "vladimir-kolokoltsev")],
]
PAIRS = [
    ("country", "UZ"),
    ("city", "Nur-Sultan / Astana"),
    ("body", "cis-council"),
    ("q", "a+b=c"),
]


@pytest.mark.parametrize("items", CURRENT)
@pytest.mark.parametrize("pair", PAIRS)
def test_adding_a_pair_writes_what_urlencode_writes(items, pair):
    url = Links(items).adding(pair)
    assert url == url_from(items, add=pair)
    assert url == "?" + urlencode([*items, pair])
    assert parse_qsl(url[1:]) == [*items, pair]


def test_a_pair_already_there_is_not_added_twice():
    items = [("q", "border"), ("country", "KZ")]
    assert Links(items).adding(("country", "KZ")) == "?q=border&country=KZ"


def test_removing_a_pair_keeps_the_others_in_order():
    items = [("q", "border"), ("country", "KZ"), ("country", "RU")]
    assert Links(items).removing(("country", "KZ")) == "?q=border&country=RU"
    assert Links([("country", "KZ")]).removing(("country", "KZ")) == "?"
