"""A search's words are checked against the names of places, countries, bodies and topics
before they are widened to people with similar names: every kind of name, in any case."""

from __future__ import annotations

import pytest

from archive.models import Country, Organization
from archive.search.suggestions import name_like, names_something_else
from tests.factories import build


@pytest.mark.parametrize(
    "words",
    [
        "kyrgyzstan",  # a country's name
        "KYRGYZ REPUBLIC",  # its official name
        "Kirghizia",  # an alias
        "kyrgyzstani",  # a demonym
        "cmvd",  # a body's acronym
        "council of cis interior ministers",  # a body's alias
        "Organized Crime",  # a topic
        "ISSYK-KUL",  # a meeting's city, written another way
    ],
)
def test_every_kind_of_name_is_something_else(reference_data, words):
    build(title="Talks", year=2024, city="Issyk-Kul", body=None, countries=["KG"], topics=[])
    assert names_something_else(words)
    assert not name_like(words)


def test_a_person_s_name_is_not(reference_data):
    build(title="Talks", year=2024, city="Issyk-Kul", body=None, countries=["KG"], topics=[])
    assert not names_something_else("Bakyt Asanov")
    assert name_like("Bakyt Asanov")


def test_names_added_or_changed_by_editors_count_at_once(reference_data):
    kyrgyzstan = Country.objects.get(code="KG")
    kyrgyzstan.demonyms = [*kyrgyzstan.demonyms, "Kyrgyzstanian"]
    kyrgyzstan.save()
    Organization.objects.create(
        slug="border-council", name="Border Council", aliases=["Frontier Board of Heads"]
    )
    assert names_something_else("kyrgyzstanian")
    assert names_something_else("frontier board of heads")
    assert not names_something_else("frontier board")
