"""The JSON API: schema of the search and detail endpoints, suggestions."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

FACET_NAMES = {
    "country",
    "topic",
    "participant",
    "organization",
    "office",
    "role",
    "city",
    "year",
    "body",
}


def test_search_schema(client, archive):
    """count, next, previous, results and facets with value/label/count."""
    data = client.get("/api/meetings/?country=RU&q=collegium&year=2023").json()
    assert set(data) == {
        "count",
        "page",
        "next",
        "previous",
        "results",
        "facets",
    }
    assert data["count"] == len(data["results"]) == 1
    result = data["results"][0]
    for key in (
        "slug",
        "title",
        "url",
        "api_url",
        "date_start",
        "date_end",
        "date_precision",
        "date_display",
        "city",
        "body",
        "countries",
        "topics",
        "summary",
        "snippet_html",
    ):
        assert key in result, key
    assert result["date_start"] == "2023-06-01"
    assert {"code": "RU", "name": "Russia"} in result["countries"]
    assert result["body"] == {
        "slug": "council-of-interior-ministers",
        "name": "Testland Council of Ministers",
    }
    assert set(data["facets"]) == FACET_NAMES
    for values in data["facets"].values():
        for value in values:
            assert set(value) == {"value", "label", "count", "selected"}
            assert isinstance(value["count"], int) and value["count"] > 0
    ru = next(v for v in data["facets"]["country"] if v["value"] == "RU")
    assert ru == {"value": "RU", "label": "Russia", "count": 1, "selected": True}


def test_bad_parameters_are_json_400(client, archive):
    """The API answers errors in JSON."""
    response = client.get("/api/meetings/?page=-1")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "page" in response.json()["error"]


def test_detail_endpoints(client, archive):
    """Meeting, participant, country, topic and organization records."""
    meeting = client.get(f"/api/meetings/{archive['m2'].slug}/").json()
    assert meeting["title"] == archive["m2"].title
    assert {p["participant"]["slug"] for p in meeting["participants"]} == {"yerzhan-sadenov"}
    assert {c["code"] for c in meeting["countries"]} == {"RU", "KZ", "BY"}
    assert {t["slug"] for t in meeting["topics"]} == {"terrorism", "cybercrime"}
    assert meeting["organizations"] == [
        {"slug": "anti-terrorism-center", "name": "Testland Anti-Terrorism Centre"}
    ]
    person = client.get("/api/participants/yerzhan-sadenov/").json()
    assert [m["slug"] for m in person["meetings"]] == [archive["m1"].slug, archive["m2"].slug]
    assert "Yerzhan Sadenov" in person["name_variants"]
    country = client.get("/api/countries/kz/").json()
    assert country["code"] == "KZ" and country["meeting_count"] == 3
    topic = client.get("/api/topics/cybercrime/").json()
    assert topic["meeting_count"] == 2
    org = client.get("/api/organizations/security-council/").json()
    assert org["meeting_count"] == 2
    assert client.get(f"/api/meetings/{archive['draft'].slug}/").status_code == 404
    assert client.get("/api/participants/nobody/").status_code == 404


def test_suggestions_for_people_places_and_bodies(client, archive):
    """Word prefixes of three letters or more: a person, a place, a body."""
    people = client.get("/api/suggest/?q=kolo").json()["results"]
    assert {
        "kind": "person",
        "label": "Vladimir Kolokoltsev",
        "param": "participant",
        "value": "vladimir-kolokoltsev",
        "detail": "1 meeting",  # no country or office recorded for him here
    } in people
    places = client.get("/api/suggest/?q=ast").json()["results"]
    assert any(s["kind"] == "place" and s["label"] == "Astana" for s in places)
    bodies = client.get("/api/suggest/?q=testland+sec").json()["results"]
    assert [s["value"] for s in bodies if s["param"] in ("body", "organization")] == [
        "security-council"
    ]
    assert client.get("/api/suggest/?q=ko").json()["results"] == []  # too short for trigrams
    assert client.get("/api/suggest/?q=" + "x" * 101).status_code == 400
    assert client.get("/api/suggest/?q=%5B%28*").status_code == 200  # regex characters
