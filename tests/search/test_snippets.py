"""Search snippets built in Python (archive.search.snippets): the words PostgreSQL matched are the
words marked, and the fragments are whole words around them."""

import re
from pathlib import Path

import pytest
from django.db import connection

from archive.search.highlighting import MARK_START, MARK_STOP
from archive.search.snippets import (
    FIND_CHUNK,
    FRAGMENT_CHARS,
    FRAGMENT_DELIMITER,
    WINDOW_CHARS,
    WINDOW_LEAD,
    lexeme,
    snippet,
    sought,
    window_start,
)
from archive.search.words import SEARCH_CONFIG

FILLER = "The delegations exchanged views on the current situation in the region. "


def tsquery(words: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT websearch_to_tsquery(%s::regconfig, %s)::text", [SEARCH_CONFIG, words]
        )
        return cursor.fetchone()[0]


def marked(text: str) -> list[str]:
    return re.findall(f"{MARK_START}(.*?){MARK_STOP}", text)


def plain(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_STOP, "")


def vocabulary() -> list[str]:
    """Every word of the seed reports and the own-words test reports, and some the stemmers of
    different Snowball releases disagree on."""
    words = {
        *("international", "organization", "organizations", "emergency", "universities"),
        *("city", "cities", "ёлка", "Колокольцева", "совещании", "covid19", "2024", "Türkmen"),
    }
    roots = [Path(__file__).parents[2] / "fixtures", Path(__file__).parents[1] / "extraction"]
    for root in roots:
        for path in root.rglob("*"):
            if path.suffix in {".txt", ".json", ".py"}:
                words.update(
                    re.findall(r"[^\W_]+", path.read_text(encoding="utf-8", errors="ignore"))
                )
    return sorted(words)


@pytest.mark.django_db
def test_every_word_is_stemmed_as_the_search_vector_stems_it():
    """The snippet's stemmer gives each word the lexeme to_tsvector gives it in the search
    config: Latin words by the English stemmer, Cyrillic ones by the Russian, words with digits
    as they are. A Snowball release other than PostgreSQL's would differ ("international":
    "intern" in 2.2, "internat" in 3.0)."""
    words = vocabulary()
    assert len(words) > 5_000
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w, array(SELECT lexeme FROM unnest(to_tsvector(%s::regconfig, w)))"
            " FROM unnest(%s::text[]) AS w",
            [SEARCH_CONFIG, words],
        )
        expected = dict(cursor.fetchall())
    differing = {
        word: (lexemes[0], lexeme(word))
        for word, lexemes in expected.items()
        if len(lexemes) == 1 and lexemes[0] != lexeme(word)
    }
    assert differing == {}
    assert sum(len(lexemes) == 1 for lexemes in expected.values()) > 5_000


def matched_words(text: str, sought_words: str) -> list[str]:
    """The words of ``text`` whose lexemes PostgreSQL's search config shares with
    ``sought_words``, in order."""
    written = re.findall(r"[^\W_]+", text)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w, tsvector_to_array(to_tsvector(%(c)s::regconfig, w))"
            " && tsvector_to_array(to_tsvector(%(c)s::regconfig, %(s)s))"
            " FROM unnest(%(w)s::text[]) AS w",
            {"c": SEARCH_CONFIG, "s": sought_words, "w": written},
        )
        matches = dict(cursor.fetchall())
    return [word for word in written if matches[word]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text, words, sought_words",
    [
        (
            "Smuggling was discussed. The smugglers were named. Smuggle less, trade more.",
            "smuggle",
            "smuggle",
        ),
        ("Police of the city met. City police and cities.", "city -police", "city"),
        (
            "Terrorism, terrorists and terror; extremism or extremists.",
            "terrorism OR extremist",
            "terrorism extremist",
        ),
        (
            "Владимир Колокольцев провёл совещание. Колокольцеву и Колокольцева поблагодарили. "
            "Совещания прошли, на совещании решили.",
            "Колокольцев совещание",
            "Колокольцев совещание",
        ),
        (
            "Kolokoltsev's talks on anti-drug work in 2024 with MVD-2 units.",
            "anti-drug 2024",
            "anti-drug 2024",
        ),
    ],
)
def test_the_words_postgresql_matches_are_the_words_marked(text, words, sought_words):
    """Every word whose lexeme is one of the searched words' (all but those under a NOT) is
    marked, and no other: the same stems, Cyrillic cases, words with digits and the parts of
    hyphenated words."""
    result = snippet(text, sought(tsquery(words)))
    assert plain(result) == text
    assert marked(result) == matched_words(text, sought_words)
    assert marked(result)


@pytest.mark.django_db
def test_a_word_whose_stem_is_not_its_prefix_is_found_and_marked():
    text = FILLER * 60 + "The cities of the region sent delegations. " + FILLER * 10
    result = snippet(text, sought(tsquery("city")))
    assert marked(result) == ["cities"]


@pytest.mark.django_db
def test_fragments_are_whole_words_around_the_words_and_far_ones_are_two():
    text = (
        FILLER * 10
        + "Drug routes were discussed. "
        + FILLER * 8
        + "Drug routes again. "
        + FILLER * 10
    )
    result = snippet(text, sought(tsquery("drug routes")))
    fragments = result.split(FRAGMENT_DELIMITER)
    assert len(fragments) == 2
    assert [marked(f) for f in fragments] == [["Drug", "routes"], ["Drug", "routes"]]
    for fragment in fragments:
        assert plain(fragment) in text
        words = plain(fragment).split()
        start = text.index(plain(fragment))
        # Whole words: the fragment starts after a space and ends before one.
        assert text[start - 1] == " " and text[start + len(plain(fragment))] == " "
        assert FRAGMENT_CHARS - 30 <= len(plain(fragment)) <= FRAGMENT_CHARS
        assert words[0][0].isupper() or words[0].islower()


@pytest.mark.django_db
def test_near_words_share_one_fragment():
    text = FILLER * 10 + "Drug routes were discussed and drug routes again. " + FILLER * 10
    result = snippet(text, sought(tsquery("drug routes")))
    assert FRAGMENT_DELIMITER not in result
    assert marked(result) == ["Drug", "routes", "drug", "routes"]


@pytest.mark.django_db
def test_a_phrase_places_the_window_at_the_phrase_not_at_a_lone_word():
    lone = "Drug control was discussed. "
    text = lone + FILLER * 40 + "Illicit drug trafficking was condemned. " + FILLER * 5
    result = snippet(text, sought(tsquery('"drug trafficking"')))
    assert "drug" in marked(result) and "trafficking" in marked(result)
    assert text.index(lone) + len(lone) + WINDOW_LEAD < text.index("Illicit") - WINDOW_CHARS


@pytest.mark.django_db
def test_a_window_without_the_words_shows_the_texts_start():
    """A meeting found through a similar name, whose text never writes the words."""
    text = "Ministers met in Astana on 3 May. " + FILLER * 10
    result = snippet(text, sought(tsquery("Zakharchenkov")))
    assert marked(result) == []
    assert result.startswith("Ministers met in Astana") and len(result) <= FRAGMENT_CHARS


@pytest.mark.django_db
def test_markup_and_sentinels_in_the_text_are_left_out():
    text = f'Talks on <a href="javascript:x()">terrorism</a> {MARK_START}and{MARK_STOP} more.'
    result = snippet(text, sought(tsquery("terrorism")))
    assert marked(result) == ["terrorism"]
    assert "href" not in result and "<a" not in result
    assert result.count(MARK_START) == result.count(MARK_STOP) == 1


@pytest.mark.django_db
def test_letters_whose_lower_case_is_longer_keep_the_marks_in_place():
    """ "İ" lower-cases to two characters: the words are still found where they are."""
    text = "İİİİ İstanbul hosted the border talks. " * 3
    result = snippet(text, sought(tsquery("border")))
    assert marked(result) == ["border"] * 3
    assert plain(result) == text.strip()


@pytest.mark.django_db
def test_a_word_across_the_boundary_of_the_parts_looked_through_is_found():
    """The text is looked through FIND_CHUNK characters at a time: a word that begins in one
    part and ends in the next is still the first place of the words."""
    first = FIND_CHUNK - 3
    text = FILLER * (first // len(FILLER))
    text += "x" * (first - len(text) - 1) + " smuggling routes. "
    text += FILLER * 300 + "More smuggling. "
    assert text.index("smuggling") == first
    wanted = sought(tsquery("smuggling"))
    assert window_start(text, wanted) == first - WINDOW_LEAD
    assert "smuggling routes" in plain(snippet(text, wanted))
