"""Words PostgreSQL's query parser cannot run ("tsquery stack too small" and the like) are bad
parameters: a 400 with a message on the page, JSON from the API, a 400 before any CSV is sent,
and a 400 from the admin lists that search words, never a 500."""

import pytest

pytestmark = pytest.mark.django_db

# websearch_to_tsquery raises "tsquery stack too small" on 33 or more "-" in a row.
UNREADABLE = ["-" * 33, "- " * 40 + "police", "police " + "-" * 40 + " border"]


@pytest.mark.parametrize("words", UNREADABLE)
def test_the_search_page_refuses_unreadable_words(client, archive, words):
    """A 400 page that says the words cannot be searched."""
    response = client.get("/", {"q": words})
    assert response.status_code == 400
    assert "cannot be searched" in response.content.decode()


@pytest.mark.parametrize("words", UNREADABLE)
def test_the_api_refuses_unreadable_words_in_json(client, archive, words):
    response = client.get("/api/meetings/", {"q": words})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "cannot be searched" in response.json()["error"]


def test_the_feed_refuses_unreadable_words(client, archive):
    response = client.get("/feed/", {"q": UNREADABLE[0]})
    assert response.status_code == 400
    assert "cannot be searched" in response.content.decode()


def test_the_csv_export_refuses_unreadable_words_before_sending_anything(client, archive):
    """A 400, not a 200 whose stream breaks off."""
    response = client.get("/export.csv", {"q": UNREADABLE[0]})
    assert response.status_code == 400
    assert not response.streaming
    assert "cannot be searched" in response.content.decode()


def test_readable_words_with_many_operators_still_search(client, archive):
    """Up to what the parser can run, operators work as before."""
    response = client.get("/", {"q": "-" * 32 + "collegium"})
    assert response.status_code == 200
    response = client.get("/api/meetings/", {"q": "collegium -cyber"})
    assert response.status_code == 200
    assert [m["title"] for m in response.json()["results"]] == [archive["m1"].title]


@pytest.mark.parametrize("model", ["meeting", "attendance", "sourcedocument"])
def test_admin_lists_refuse_unreadable_words(admin_client, archive, model):
    """The admin's search box goes through the same check: a 400, not a 500."""
    admin_client.raise_request_exception = False
    response = admin_client.get(f"/admin/archive/{model}/", {"q": UNREADABLE[0]})
    assert response.status_code == 400
    assert admin_client.get(f"/admin/archive/{model}/", {"q": "collegium"}).status_code == 200
