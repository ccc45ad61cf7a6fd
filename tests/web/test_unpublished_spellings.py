"""A person's shown names come from published meetings' reports only: a Cyrillic name or a
"most common" spelling that only drafts' reports wrote reaches no reader — not the person page,
the API, the CSV, the suggestions nor the search — until the meeting is published, and goes
again when it is unpublished. Staff still see every spelling in the admin."""

import json

import pytest
from django.urls import reverse

from archive import editorial
from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import Meeting, Participant, ParticipantNameVariant
from tests.helpers import change_form_data
from tests.search.test_either_script import ENGLISH_REPORT, RUSSIAN_REPORT

pytestmark = pytest.mark.django_db

LATIN, CYRILLIC = "Vladimir Kolokoltsev", "Владимир Колокольцев"
# Another meeting of the same people, in March: a report of it is no report of the August one.
RUSSIAN_MARCH = RUSSIAN_REPORT.replace("12 августа", "3 марта")
RUSSIAN_MARCH_AGAIN = RUSSIAN_MARCH.replace("Стороны обсудили", "Министры обсудили")


def _import(status: str, *texts: str) -> Meeting:
    importer = ReportImporter(status=status)
    for number, text in enumerate(texts):
        outcome = importer.import_report(Report(name=f"{status}{number}.txt", text=text))
        assert not outcome.failed, outcome.reason
    return Meeting.objects.get(pk=outcome.meeting_id)


@pytest.fixture
def draft_russian(reference_data):
    """The Cyrillic spelling is written only by a draft meeting's report; the person is seen
    by readers through a published meeting whose report is English."""
    draft = _import("draft", RUSSIAN_MARCH)
    published = _import("published", ENGLISH_REPORT)
    assert draft.pk != published.pk
    return draft, published


@pytest.fixture
def person(draft_russian):
    return Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")


def _text(client, url, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:500]
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    if response["Content-Type"].startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)  # not as \u escapes
    return response.content.decode()


def _public_surfaces(client, person) -> dict[str, str]:
    """Everything a reader reads where the person's names appear, in Cyrillic mode."""
    return {
        "person page": _text(client, person.get_absolute_url(), names="cyrillic"),
        "person API": _text(client, f"/api/participants/{person.slug}/", names="cyrillic"),
        "search page": _text(client, "/", participant=person.slug, names="cyrillic"),
        "search API": _text(client, "/api/meetings/", q="Kolokoltsev", names="cyrillic"),
        "CSV": _text(client, "/export.csv", names="cyrillic"),
        "suggestions": _text(client, "/api/suggest/", q="Kolokol", names="cyrillic"),
    }


def _shows_cyrillic(client, person) -> dict[str, bool]:
    return {where: CYRILLIC in text for where, text in _public_surfaces(client, person).items()}


def test_a_cyrillic_name_only_a_draft_wrote_is_shown_nowhere(client, person):
    """No public page, the API, the CSV, the suggestions or the search shows it."""
    person.refresh_from_db()
    assert person.name_cyrillic == ""
    assert client.get(f"/api/participants/{person.slug}/").json()["name_cyrillic"] is None
    assert not any(_shows_cyrillic(client, person).values())


def test_publishing_the_meeting_shows_it_and_unpublishing_hides_it_again(
    client, draft_russian, person
):
    draft, _ = draft_russian
    editorial.set_status(Meeting.objects.filter(pk=draft.pk), Meeting.Status.PUBLISHED)
    person.refresh_from_db()
    assert person.name_cyrillic == CYRILLIC
    assert all(_shows_cyrillic(client, person).values())

    editorial.set_status(Meeting.objects.filter(pk=draft.pk), Meeting.Status.DRAFT)
    person.refresh_from_db()
    assert person.name_cyrillic == ""
    assert not any(_shows_cyrillic(client, person).values())


def test_publishing_and_unpublishing_from_the_admin_actions_and_form(
    admin_client, client, draft_russian, person
):
    """The list's actions and the meeting form's status field move the shown names too."""
    draft, _ = draft_russian
    changelist = "/admin/archive/meeting/"
    picked = {"_selected_action": [draft.pk], "confirm": "all"}
    response = admin_client.post(changelist, {"action": "publish", **picked})
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.name_cyrillic == CYRILLIC
    response = admin_client.post(changelist, {"action": "unpublish", **picked})
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.name_cyrillic == ""
    assert not any(_shows_cyrillic(client, person).values())

    form = reverse("admin:archive_meeting_change", args=[draft.pk])
    for status, shown in (("published", CYRILLIC), ("draft", "")):
        data = change_form_data(admin_client.get(form))
        data["status"] = status
        assert admin_client.post(form, data).status_code == 302
        person.refresh_from_db()
        assert person.name_cyrillic == shown, status


def test_the_most_common_spelling_counts_published_reports_only(reference_data, client):
    """Two draft reports write the Cyrillic spelling, one published report the Latin one:
    readers see the Latin one "as in the reports"; once the draft is published, the Cyrillic."""
    draft = _import("draft", RUSSIAN_MARCH, RUSSIAN_MARCH_AGAIN)
    assert draft.sources.count() == 2
    _import("published", ENGLISH_REPORT)
    person = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    assert person.name_reported == LATIN
    assert f"<h1>{LATIN}</h1>" in _text(client, person.get_absolute_url(), names="reports")
    suggested = client.get("/api/suggest/", {"q": "Kolokol", "names": "reports"}).json()
    assert [s["label"] for s in suggested["results"] if s["kind"] == "person"] == [LATIN]

    editorial.set_status(Meeting.objects.filter(pk=draft.pk), Meeting.Status.PUBLISHED)
    person.refresh_from_db()
    assert person.name_reported == CYRILLIC
    assert f"<h1>{CYRILLIC}</h1>" in _text(client, person.get_absolute_url(), names="reports")


def test_a_published_meetings_search_document_holds_no_draft_only_spelling(
    client, draft_russian, person
):
    """The published meeting is not found by a spelling only the draft's report wrote, nor
    does the typeahead offer him for it."""
    _, published = draft_russian
    published.refresh_from_db()
    assert "Колокольцев" not in published.search_names
    typed = client.get("/api/suggest/", {"q": "Колокол"}).json()
    assert [s for s in typed["results"] if s["kind"] == "person"] == []


def test_staff_see_every_spelling_in_the_admin(admin_client, person):
    page = admin_client.get(f"/admin/archive/participant/{person.pk}/change/")
    assert page.status_code == 200 and CYRILLIC in page.content.decode()


def test_deleting_a_published_meeting_takes_back_its_spellings(reference_data):
    """Its reports wait unsorted: they no longer count for anyone's shown names."""
    published = _import("published", RUSSIAN_REPORT)
    _import("published", ENGLISH_REPORT.replace("12 August", "3 March"))
    person = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    assert person.name_cyrillic == CYRILLIC
    editorial.delete_meetings([published.pk])
    person.refresh_from_db()
    assert person.name_cyrillic == ""
    assert person.name_reported == LATIN


def test_a_report_placed_again_at_a_published_meeting_counts_again(reference_data):
    """Deleted with its meeting, the Russian report waits unsorted; attached to a published
    meeting, its Cyrillic spelling is shown again."""
    russian = _import("published", RUSSIAN_REPORT)
    english = _import("published", ENGLISH_REPORT.replace("12 August", "3 March"))
    report = russian.sources.get()
    editorial.delete_meetings([russian.pk])
    person = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    assert person.name_cyrillic == ""
    report.refresh_from_db()
    editorial.attach_report(report, english)
    person.refresh_from_db()
    assert person.name_cyrillic == CYRILLIC


def test_a_drafts_reports_moved_to_a_published_meeting_count_there(reference_data):
    """ "Same meeting": the draft's Russian report joins the published meeting, and readers
    now see the Cyrillic spelling it wrote."""
    draft = _import("draft", RUSSIAN_MARCH)
    published = _import("published", ENGLISH_REPORT)
    editorial.move_reports(draft, published)
    person = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    assert person.name_cyrillic == CYRILLIC


def test_re_extraction_counts_each_report_once(reference_data):
    """Re-extracting a published meeting takes back its reports' counts and counts them
    again: the published count stays one report."""
    meeting = _import("published", RUSSIAN_REPORT)
    editorial.rerun_extraction([meeting])
    editorial.rerun_extraction([meeting])
    person = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    variant = person.name_variants.get(name=CYRILLIC)
    assert (variant.reports, variant.published_reports) == (1, 1)
    assert person.name_cyrillic == CYRILLIC


def test_merging_people_adds_up_their_published_counts(reference_data):
    """Two records of one person, one seen in published Russian reports: the kept record
    shows the Cyrillic name."""
    _import("published", RUSSIAN_REPORT)
    seen = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    other = Participant.objects.create(name="V. Kolokoltsev", slug="v-kolokoltsev")
    other.add_variant(CYRILLIC)  # a record of the same spelling, of no report
    editorial.merge_participants(other, [seen])
    other.refresh_from_db()
    assert other.name_variants.get(name=CYRILLIC).published_reports == 1
    assert other.name_cyrillic == CYRILLIC


def test_a_deleted_drafts_spelling_stays_hidden(client, draft_russian, person):
    """Deleting the draft leaves its report unsorted, still unpublished: its spelling, counted
    by no report now, finds nobody and is shown nowhere."""
    draft, published = draft_russian
    editorial.delete_meetings([draft.pk])
    person.refresh_from_db()
    assert person.name_cyrillic == ""
    published.refresh_search_document()
    assert "Колокольцев" not in published.search_names
    typed = client.get("/api/suggest/", {"q": "Колокол"}).json()
    assert [s for s in typed["results"] if s["kind"] == "person"] == []
    assert not any(_shows_cyrillic(client, person).values())


def test_recounting_from_scratch_gives_the_counts_kept_along_the_way(draft_russian, person):
    """The command counts every report again: what publishing and unpublishing kept."""
    from django.core.management import call_command

    draft, _ = draft_russian
    editorial.set_status(Meeting.objects.filter(pk=draft.pk), Meeting.Status.PUBLISHED)
    editorial.set_status(Meeting.objects.filter(pk=draft.pk), Meeting.Status.DRAFT)
    fields = ("normalized", "reports", "published_reports", "written")
    kept = sorted(person.name_variants.values_list(*fields))
    ParticipantNameVariant.objects.update(reports=7, published_reports=7)
    call_command("recount_spellings", verbosity=0)
    assert sorted(person.name_variants.values_list(*fields)) == kept
    person.refresh_from_db()
    assert (person.name_reported, person.name_cyrillic) == (LATIN, "")
