"""The reader's script of names: as in the reports, Latin (English Wikipedia romanisation) or
Cyrillic, on every public page, the API and CSV; chosen by ``?names=`` or the cookie it sets,
and never changing what is stored."""

import re

import pytest

from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import Meeting, Participant
from archive.search.name_display import NameScript
from archive.search.snapshot_refresh import refresh_facet_snapshots
from tests.search.test_either_script import ENGLISH_REPORT, RUSSIAN_REPORT

pytestmark = pytest.mark.django_db

LATIN, CYRILLIC = "Vladimir Kolokoltsev", "Владимир Колокольцев"


@pytest.fixture
def meeting(reference_data):
    importer = ReportImporter(status="published")
    # Two Russian reports and one English one: "as in the reports" is the Cyrillic spelling.
    second = RUSSIAN_REPORT.replace("Стороны обсудили", "Министры обсудили")
    for name, text in (("ru.txt", RUSSIAN_REPORT), ("en.txt", ENGLISH_REPORT), ("ru2", second)):
        importer.import_report(Report(name=name, text=text))
    refresh_facet_snapshots()
    return Meeting.objects.get()


@pytest.fixture
def person(meeting):
    return Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")


def _html(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


def _people_cell(html: str) -> str:
    return re.search(r'<table class="people">.*?</table>', html, re.S).group(0)


@pytest.mark.parametrize(
    ("names", "shown", "hidden"),
    [("latin", LATIN, CYRILLIC), ("cyrillic", CYRILLIC, LATIN), ("reports", CYRILLIC, LATIN)],
)
def test_the_meeting_page_names_people_in_the_chosen_script(client, meeting, names, shown, hidden):
    table = _people_cell(_html(client, meeting.get_absolute_url(), names=names))
    assert shown in table and hidden not in table


def test_the_search_page_chips_facets_and_similar_names_follow_the_script(client, person):
    """The chosen person's chip, the people facet and "Names like …" all name him in the
    chosen script, and nowhere in the other (the report snippets aside: no words searched)."""
    for names, shown, hidden in (("cyrillic", CYRILLIC, LATIN), ("latin", LATIN, CYRILLIC)):
        main = _html(client, "/", participant=person.slug, names=names).split("<main", 1)[1]
        main = re.sub(r'<p class="snippet">.*?</p>', "", main, flags=re.S)  # report text
        assert main.count(shown) >= 2 and hidden not in main, names
    # A spelling none of his names holds: the search says whom it added, in the chosen script.
    similar = _html(client, "/", q="Kolokolcev", names="cyrillic")
    names_like = re.search(r'<p class="similar">.*?</p>', similar, re.S).group(0)
    assert CYRILLIC in names_like and LATIN not in names_like


def test_a_name_typed_in_cyrillic_is_not_reported_as_a_similar_name(client, person):
    """«Колокольцев» is his name, not one like it: nothing is listed as "also matching"."""
    html = _html(client, "/", q="Колокольцев", names="latin")
    assert LATIN in html and '<p class="similar">' not in html


def test_facet_and_page_links_keep_the_choice(client, person):
    html = _html(client, "/", q="Колокольцев", names="cyrillic")
    links = re.findall(r'href="/(\?[^"]*)"', html)
    assert links and all("names=cyrillic" in link for link in links)


def test_the_person_page_lists_the_name_in_both_scripts(client, person):
    html = _html(client, person.get_absolute_url(), names="latin")
    assert f"<h1>{LATIN}</h1>" in html
    assert LATIN in html and f'<span lang="ru">{CYRILLIC}</span>' in html
    assert "English Wikipedia romanisation" in html
    assert f"<h1>{CYRILLIC}</h1>" in _html(client, person.get_absolute_url(), names="cyrillic")


def test_country_and_people_pages_follow_the_script(client, meeting, person):
    russia = person.country.get_absolute_url()
    for url, params in ((russia, {}), ("/people/", {"letter": "V"})):
        assert CYRILLIC in _html(client, url, names="cyrillic", **params), url
        assert LATIN in _html(client, url, names="latin", **params), url


def test_the_api_names_people_in_the_chosen_script(client, meeting, person):
    record = client.get(f"/api/meetings/{meeting.slug}/", {"names": "cyrillic"}).json()
    names = {p["participant"]["name"] for p in record["participants"] if p["participant"]}
    assert CYRILLIC in names and LATIN not in names
    person_json = client.get(f"/api/participants/{person.slug}/", {"names": "latin"}).json()
    assert person_json["name"] == LATIN and person_json["name_cyrillic"] == CYRILLIC
    assert person_json["name_latin"] == LATIN and person_json["names"] == "latin"
    search = client.get("/api/meetings/", {"participant": person.slug, "names": "cyrillic"})
    labels = {v["label"] for v in search.json()["facets"]["participant"]}
    assert CYRILLIC in labels and LATIN not in labels


def test_suggestions_name_people_in_the_chosen_script(client, person):
    found = client.get("/api/suggest/", {"q": "Kolokol", "names": "cyrillic"}).json()
    labels = [s["label"] for s in found["results"] if s["kind"] == "person"]
    assert labels == [CYRILLIC]
    found = client.get("/api/suggest/", {"q": "Колокол", "names": "latin"}).json()
    assert [s["label"] for s in found["results"] if s["kind"] == "person"] == [LATIN]


def test_the_csv_names_people_in_the_chosen_script(client, meeting):
    for names, shown, hidden in (("cyrillic", CYRILLIC, LATIN), ("latin", LATIN, CYRILLIC)):
        response = client.get("/export.csv", {"names": names})
        body = b"".join(response.streaming_content).decode()
        assert shown in body and hidden not in body


def test_the_choice_is_remembered_in_a_cookie(client, meeting):
    response = client.get("/", {"names": "cyrillic"})
    assert response.cookies["names"].value == "cyrillic"
    table = _people_cell(_html(client, meeting.get_absolute_url()))  # no parameter: the cookie
    assert CYRILLIC in table and LATIN not in table
    table = _people_cell(_html(client, meeting.get_absolute_url(), names="latin"))
    assert LATIN in table


def test_the_control_offers_every_script_and_names_the_latin_standard(client, meeting):
    html = _html(client, meeting.get_absolute_url(), names="latin")
    control = re.search(r'<form class="names-control".*?</form>', html, re.S).group(0)
    assert '<label for="names-choice">' in control
    for value in NameScript.values:
        assert f'value="{value}"' in control
    assert 'value="latin" selected' in control
    assert "English Wikipedia romanisation" in control


def test_an_unknown_script_is_a_clear_400(client, meeting):
    page = client.get("/", {"names": "klingon"})
    assert page.status_code == 400 and b"names: 'klingon'" in page.content
    api = client.get("/api/meetings/", {"names": "klingon"})
    assert api.status_code == 400 and "latin" in api.json()["error"]


def test_a_bad_cookie_is_ignored(client, meeting):
    client.cookies["names"] = "klingon"
    assert _html(client, "/")


def test_the_choice_never_changes_what_is_stored(client, person):
    before = Participant.objects.values().get(pk=person.pk)
    for names in NameScript.values:
        _html(client, person.get_absolute_url(), names=names)
    assert Participant.objects.values().get(pk=person.pk) == before


def test_the_meeting_page_shows_each_report_in_its_language_with_its_evidence(client, meeting):
    """A lang attribute on each report's text, the language named, evidence marked in each."""
    html = _html(client, meeting.get_absolute_url())
    sources = re.findall(r'<section id="source-\d+".*?</section>', html, re.S)
    assert len(sources) == 3
    languages = sorted(re.search(r'lang="(\w+)"', s).group(1) for s in sources)
    assert languages == ["en", "ru", "ru"]
    for source in sources:
        language = re.search(r'lang="(\w+)"', source).group(1)
        assert ("In Russian" if language == "ru" else "In English") in source
    marked = [s for s in sources if "<mark" in s]
    assert {re.search(r'lang="(\w+)"', s).group(1) for s in marked} == {"en", "ru"}
