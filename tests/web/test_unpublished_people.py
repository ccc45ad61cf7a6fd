"""People who appear only in drafts or meetings under review are not public, and what readers
see of anyone — title, country, spellings, counts — comes from published meetings only.
Staff still see everything."""

import pytest

from archive.models import Attendance, Meeting
from tests.factories import build, country, make_participant

pytestmark = pytest.mark.django_db


@pytest.fixture(name="people")
def people_fixture(reference_data):
    """Hidden: in a draft and a meeting under review only. Public: in a published meeting as
    "Minister of the Interior" for Kazakhstan, and in a later draft with another title,
    country and spelling."""
    hidden = make_participant("Dmitri Zakharchenkov", slug="dmitri-zakharchenkov")
    hidden.add_variant("Dmitri Zakharchenkov")
    hidden.add_variant("Dmitrii Zakharchenkoff")
    hidden.title = "Head of the Secret Directorate"
    hidden.country = country("RU")
    hidden.save()
    public = make_participant("Yerlan Turgumbayev", slug="yerlan-turgumbayev")
    public.add_variant("Yerlan Turgumbayev")
    public.add_variant("Erlan Turgumbaeff")  # only the draft spells him so
    public.title = "Draft-only Deputy Prime Minister"
    public.country = country("BY")
    public.save()
    published = build(
        title="Published collegium", year=2023, city="Astana", body=None,
        countries=["KZ"], topics=[], people=[public], text="Ministers met in Astana.",
    )  # fmt: skip
    Attendance.objects.filter(meeting=published, participant=public).update(
        title="Minister of the Interior", country=country("KZ")
    )
    draft = build(
        title="Unpublished draft", year=2025, city="Minsk", body=None, countries=["BY"],
        topics=[], people=[hidden, public], text="Draft text.", status=Meeting.Status.DRAFT,
    )  # fmt: skip
    Attendance.objects.filter(meeting=draft, participant=public).update(
        title="Draft-only Deputy Prime Minister",
        country=country("BY"),
        name_as_written="Erlan Turgumbaeff",
    )
    build(
        title="Meeting under review", year=2025, city="Bishkek", body=None, countries=["KG"],
        topics=[], people=[hidden], text="Review text.", status=Meeting.Status.NEEDS_REVIEW,
    )  # fmt: skip
    return {"hidden": hidden, "public": public}


def test_hidden_people_are_not_suggested_while_typing(client, admin_client, people):
    found = client.get("/api/suggest/", {"q": "zakharch"}).json()["results"]
    assert [r for r in found if r["kind"] == "person"] == []
    staff = admin_client.get("/api/suggest/", {"q": "zakharch"}).json()["results"]
    assert [r["value"] for r in staff if r["kind"] == "person"] == ["dmitri-zakharchenkov"]


@pytest.mark.parametrize("words", ["Dmitri Zakharchenkov", "Zakharchenkov", "Dmitry Zaharchenkov"])
def test_hidden_people_are_no_names_like_and_no_did_you_mean(client, admin_client, people, words):
    """Neither "Names like …" nor "Did you mean …" names them to readers."""
    content = client.get("/", {"q": words}).content.decode()
    assert "dmitri-zakharchenkov" not in content
    assert "dmitri-zakharchenkov" in admin_client.get("/", {"q": words}).content.decode()


def test_hidden_people_have_no_public_page_or_record(client, admin_client, people):
    assert client.get("/people/dmitri-zakharchenkov/").status_code == 404
    assert client.get("/api/participants/dmitri-zakharchenkov/").status_code == 404
    assert admin_client.get("/people/dmitri-zakharchenkov/").status_code == 200
    assert admin_client.get("/api/participants/dmitri-zakharchenkov/").status_code == 200


def test_a_hidden_person_is_an_unknown_filter_value(client, admin_client, people):
    """?participant=<slug> draws no chip with their name: the person is unknown to readers."""
    response = client.get("/", {"participant": "dmitri-zakharchenkov"})
    assert response.status_code == 400
    assert "Zakharchenkov" not in response.content.decode()
    api = client.get("/api/meetings/", {"participant": "dmitri-zakharchenkov"})
    assert api.status_code == 400 and "Unknown person" in api.json()["error"]
    staff = admin_client.get("/", {"participant": "dmitri-zakharchenkov"})
    assert staff.status_code == 200 and "Dmitri Zakharchenkov" in staff.content.decode()
    # The search form is built once per process: staff's people never reach a reader's.
    again = client.get("/export.csv", {"participant": "dmitri-zakharchenkov"})
    assert again.status_code == 400


def test_a_public_persons_record_comes_from_published_meetings_only(client, people):
    """Title, country, spellings and meetings of the published meeting, not the draft's."""
    data = client.get("/api/participants/yerlan-turgumbayev/").json()
    assert data["name"] == "Yerlan Turgumbayev"
    assert data["title"] == "Minister of the Interior"
    assert data["country"] == {"code": "KZ", "name": "Kazakhstan"}
    assert data["name_variants"] == ["Yerlan Turgumbayev"]
    assert [m["title"] for m in data["meetings"]] == ["Published collegium"]


def test_a_public_persons_page_comes_from_published_meetings_only(client, admin_client, people):
    content = client.get("/people/yerlan-turgumbayev/").content.decode()
    assert "Minister of the Interior" in content and "Kazakhstan" in content
    for hidden in ("Draft-only Deputy Prime Minister", "Turgumbaeff", "Belarus", "Unpublished"):
        assert hidden not in content, hidden
    staff = admin_client.get("/people/yerlan-turgumbayev/").content.decode()
    assert "Draft-only Deputy Prime Minister" in staff and "Turgumbaeff" in staff


def test_spellings_are_checked_against_hidden_reports_only_when_some_meeting_is_hidden(
    client, people
):
    """A person at published meetings only has no spelling to hide: the facet index says
    none of their meetings is hidden, and their page reads no report and no hidden
    attendance for it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    seen = make_participant("Ruslan Abdikarimov", slug="ruslan-abdikarimov")
    seen.add_variant("Ruslan Abdikarimov")
    seen.add_variant("Ruslan Abdykarimov")
    build(
        title="Another published collegium", year=2024, city="Astana", body=None,
        countries=["KZ"], topics=[], people=[seen], text="Ministers met again.",
    )  # fmt: skip
    client.get("/people/ruslan-abdikarimov/")  # the facet index loads
    with CaptureQueriesContext(connection) as queries:
        data = client.get("/api/participants/ruslan-abdikarimov/").json()
    assert sorted(data["name_variants"]) == ["Ruslan Abdikarimov", "Ruslan Abdykarimov"]
    assert not [q["sql"] for q in queries.captured_queries if "archive_sourcedocument" in q["sql"]]


def test_an_editors_curated_title_is_shown(client, people):
    """A title an editor set (curated) is the editor's word, shown as it is."""
    public = people["public"]
    public.title = "Minister of Internal Affairs (corrected)"
    public.mark_curated("title")
    public.save()
    data = client.get("/api/participants/yerlan-turgumbayev/").json()
    assert data["title"] == "Minister of Internal Affairs (corrected)"
    assert data["country"]["code"] == "KZ"
