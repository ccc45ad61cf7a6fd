"""Hostile paths and keys: a NUL or a non-ASCII letter where a country code goes is a 404 (or
a 400 in a search parameter), never a database error, never another country."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/countries/%00/",
        "/api/countries/%00/",
        "/countries/K%00Z/",
        "/api/countries/K%00/",
        "/countries/%C3%9F/",  # "ß": "ß".upper() is "SS", South Sudan
        "/api/countries/%C3%9F/",
        "/countries/%EF%AC%86/",  # "ﬆ": upper() is "ST", São Tomé
        "/countries/KAZ/",
    ],
)
def test_country_paths_take_two_ascii_letters_only(client, reference_data, path):
    client.raise_request_exception = False
    assert client.get(path).status_code == 404


def test_country_codes_in_paths_still_ignore_case(client, reference_data):
    assert client.get("/countries/kz/").status_code == 200
    assert client.get("/api/countries/kz/").json()["code"] == "KZ"


@pytest.mark.parametrize("value", ["ß", "ﬆ", "K\u0130"])
def test_a_country_parameter_is_never_another_country_by_case_folding(client, archive, value):
    """ "ß" is no country code, whatever its upper case is."""
    response = client.get("/api/meetings/", {"country": value})
    assert response.status_code == 400
    assert "Unknown country code" in response.json()["error"]
