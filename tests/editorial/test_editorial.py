"""Editorial workflow: merging people and undoing it, re-extraction that keeps
curated fields, re-applying topics, the review queue, evidence highlighting."""

import hashlib
import json
import re

import psycopg
import pytest
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.core import serializers
from django.db import connection
from django.urls import reverse

from archive import editorial
from archive.editorial.merging import suggest_keeper
from archive.ingest.importer import ReportImporter
from archive.ingest.pipeline import IMPORT_LOCK
from archive.ingest.reading import Report
from archive.models import (
    Attendance,
    Meeting,
    MeetingCountry,
    MergeLog,
    Participant,
    ParticipantNameVariant,
    ReviewDismissal,
    SourceDocument,
    Topic,
)
from archive.search.highlighting import evidence_of, evidence_spans, mark_evidence
from tests.factories import CMVD_BELTA, CMVD_KAZINFORM, country, make_meeting, make_participant
from tests.helpers import change_form_data, url_for

pytestmark = pytest.mark.django_db


def person(name, **fields):
    p = make_participant(name, **fields)
    p.add_variant(name)
    return p


def attend(meeting, participant, **fields):
    fields.setdefault("name_as_written", participant.name if participant else "Someone")
    return Attendance.objects.create(meeting=meeting, participant=participant, **fields)


def unsorted_report(title):
    """A report kept without a meeting, as the importer keeps one it cannot place."""
    return SourceDocument.objects.create(
        title=title,
        sha256=hashlib.sha256(title.encode()).hexdigest(),
        raw_text=f"{title}.",
        cleaned_text=f"{title}.",
        extraction={"title": title, "body": None, "participants": []},
    )


def state_of_people():
    """Every person, name variant and attendance, serialised: to compare before and after."""
    rows = []
    for model in (Participant, ParticipantNameVariant, Attendance):
        objects = model.objects.order_by("pk")
        data = json.loads(serializers.serialize("json", objects))
        for row in data:
            row["fields"].pop("updated_at", None)
        rows += data
    return rows


@pytest.fixture
def two_spellings(reference_data):
    """One person under two records: both at meeting `shared`, the second also at `other`."""
    kz = country("KZ")
    keep = person("Yerzhan Sadenov", country=kz)
    dupe = person("Erzhan Sadenov", title="Minister of Internal Affairs")
    dupe.add_variant("Erjan Sadenov")
    shared = make_meeting(title="Shared meeting")
    other = make_meeting(title="Other meeting")
    a_keep = attend(shared, keep, role="attendee", title="", evidence="")
    a_dupe = attend(
        shared,
        dupe,
        role="chair",
        title="Minister",
        country=kz,
        evidence="chaired by Erzhan Sadenov",
        curated_fields=["role"],
        match="fuzzy",
    )
    a_other = attend(other, dupe, role="speaker", match="new")
    for meeting in (shared, other):
        meeting.refresh_facet_keys()
    return {
        "keep": keep,
        "dupe": dupe,
        "shared": shared,
        "other": other,
        "a_keep": a_keep,
        "a_dupe": a_dupe,
        "a_other": a_other,
    }


# --- merging ----------------------------------------------------------------------------------


def test_merge_moves_attendances_and_combines_overlapping_ones(two_spellings, admin_user):
    """Both at one meeting: one attendance, strongest role, every detail; nothing doubled."""
    s = two_spellings
    dupe_pk = s["dupe"].pk
    merge_log = editorial.merge_participants(s["keep"], [s["dupe"]], user=admin_user)

    assert not Participant.objects.filter(pk=dupe_pk).exists()
    shared = Attendance.objects.get(meeting=s["shared"])
    assert shared.pk == s["a_keep"].pk
    assert shared.participant == s["keep"]
    assert shared.role == "chair"
    assert shared.title == "Minister"
    assert shared.country == country("KZ")
    assert shared.evidence == "chaired by Erzhan Sadenov"
    assert "role" in shared.curated_fields
    assert shared.match == Attendance.Match.EDITOR
    moved = Attendance.objects.get(pk=s["a_other"].pk)
    assert moved.participant == s["keep"] and moved.role == "speaker"
    assert Attendance.objects.count() == 2

    names = set(s["keep"].name_variants.values_list("name", flat=True))
    assert names == {"Yerzhan Sadenov", "Erzhan Sadenov", "Erjan Sadenov"}
    s["keep"].refresh_from_db()
    assert s["keep"].title == "Minister of Internal Affairs"  # filled from the other record
    for meeting in (s["shared"], s["other"]):
        meeting.refresh_from_db()
        assert meeting.participant_ids == [s["keep"].pk]

    assert merge_log.kept == s["keep"] and merge_log.merged_ids == [dupe_pk]
    assert {row["pk"] for row in merge_log.snapshot["attendances"]} == {
        s["a_keep"].pk,
        s["a_dupe"].pk,
        s["a_other"].pk,
    }
    flags = set(LogEntry.objects.values_list("object_id", "action_flag"))
    assert (str(s["keep"].pk), CHANGE) in flags
    assert (str(dupe_pk), DELETION) in flags


def test_undo_restores_exactly_what_the_merge_changed(two_spellings, admin_user):
    """After undo every person, name and attendance is as it was."""
    s = two_spellings
    dupe_pk = s["dupe"].pk
    before = state_of_people()
    merge_log = editorial.merge_participants(s["keep"], [s["dupe"]], user=admin_user)
    assert state_of_people() != before

    editorial.undo_merge(merge_log, user=admin_user)
    assert state_of_people() == before
    merge_log.refresh_from_db()
    assert merge_log.undone_at is not None and merge_log.undone_by == admin_user
    s["other"].refresh_from_db()
    assert s["other"].participant_ids == [dupe_pk]
    with pytest.raises(editorial.EditorialError):
        editorial.undo_merge(merge_log, user=admin_user)


def test_merge_and_undo_through_the_admin(two_spellings, admin_client):
    """The action leads to a page to choose the record to keep; the log's button undoes."""
    s = two_spellings
    changelist = reverse("admin:archive_participant_changelist")
    response = admin_client.post(
        changelist,
        {"action": "merge_people", "_selected_action": [s["keep"].pk, s["dupe"].pk]},
    )
    assert response.status_code == 302
    page = admin_client.get(response["Location"])
    assert page.status_code == 200
    assert b"Erzhan Sadenov" in page.content and b"Yerzhan Sadenov" in page.content

    ids = f"{s['keep'].pk},{s['dupe'].pk}"
    response = admin_client.post(
        reverse("admin:archive_participant_merge"), {"ids": ids, "keep": s["dupe"].pk}
    )
    assert response.status_code == 302
    assert not Participant.objects.filter(pk=s["keep"].pk).exists()
    merge_log = MergeLog.objects.get()
    assert merge_log.kept_id == s["dupe"].pk

    change = admin_client.get(reverse("admin:archive_mergelog_change", args=[merge_log.pk]))
    assert b"Undo this merge" in change.content
    response = admin_client.post(reverse("admin:archive_mergelog_undo", args=[merge_log.pk]))
    assert response.status_code == 302
    assert Participant.objects.filter(pk=s["keep"].pk).exists()
    assert Attendance.objects.count() == 3


def test_the_suggested_keeper_has_more_meetings_then_more_curated_fields(reference_data):
    """The record to keep by default is the one with more meetings; between equals, the one
    editors curated more; and the reason says so with the figures."""
    weak = person("Vladimir Kolokolcev")
    strong = person("Vladimir Kolokoltsev")
    for n in range(10):
        attend(make_meeting(), strong)
        if n < 3:
            attend(make_meeting(), weak)
    choice = suggest_keeper([weak, strong])
    assert choice.person == strong
    assert choice.reason == "Vladimir Kolokoltsev has the most meetings: 10, against 3."

    plain = person("Ivan Kubrakov")
    curated = person("Ivan Kubrakow", curated_fields=["country", "title"])
    for p in (plain, curated):
        attend(make_meeting(), p)
    choice = suggest_keeper([plain, curated])
    assert choice.person == curated
    assert choice.reason == (
        "Ivan Kubrakow has as many meetings (1) and the most fields an editor curated: 2, "
        "against 0."
    )
    choice = suggest_keeper([person("Same One"), person("Same Two")])
    assert choice.reason.endswith("the oldest record.")


def test_same_meeting_leaves_the_emptied_meetings_address_leading_to_the_kept_one(
    imported, admin_client
):
    """The meeting whose reports moved is gone, and its address answers 301 to the other."""
    from tests.factories import CHSSS_DUSHANBE

    existing = imported
    outcome = ReportImporter().import_report(Report(name="khovar.txt", text=CHSSS_DUSHANBE))
    other = Meeting.objects.get(pk=outcome.meeting_id)
    old_url = other.get_absolute_url()
    editorial.move_reports(other, existing)
    response = admin_client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == existing.get_absolute_url()


# --- re-extraction ----------------------------------------------------------------------------


@pytest.fixture
def imported(reference_data):
    importer = ReportImporter()
    outcome = importer.import_report(Report(name="kazinform.txt", text=CMVD_KAZINFORM))
    assert outcome.action == "created", outcome.reason
    return Meeting.objects.get(pk=outcome.meeting_id)


def test_rerun_extraction_keeps_curated_fields(imported, admin_client):
    """Editors' corrections survive the action; damaged machine fields are restored."""
    meeting = imported
    chair = meeting.attendances.get(role="chair")
    url = reverse("admin:archive_attendance_change", args=[chair.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    data.update(
        meeting=meeting.pk,
        participant=chair.participant_id,
        role="co-chair",
        title="Minister (editor's wording)",
        curated_fields="",
        **{"initial-curated_fields": ""},
    )
    for key in ("country", "organization"):
        data[key] = data.get(key) or ""
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content[:3000]
    chair.refresh_from_db()
    assert chair.role == "co-chair"
    assert set(chair.curated_fields) >= {"role", "title"}

    Meeting.objects.filter(pk=meeting.pk).update(summary="Editor's summary.", ordinal=99)
    meeting.refresh_from_db()
    meeting.mark_curated("summary")
    meeting.save()
    attendances_before = meeting.attendances.count()

    response = admin_client.post(
        reverse("admin:archive_meeting_changelist"),
        {"action": "rerun_extraction", "_selected_action": [meeting.pk]},
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.summary == "Editor's summary."
    assert meeting.ordinal == 52  # machine field, re-extracted
    chair.refresh_from_db()
    assert (chair.role, chair.title) == ("co-chair", "Minister (editor's wording)")
    assert meeting.attendances.count() == attendances_before
    assert LogEntry.objects.filter(
        object_id=str(meeting.pk), change_message__startswith="Re-ran extraction"
    ).exists()


def test_rerun_extraction_waits_for_a_running_import_and_says_when_it_cannot(imported):
    """Re-extraction writes like an import, so it takes the archive's import lock: while
    another import holds it, the run stops within its wait, says so, and changes nothing."""
    Meeting.objects.filter(pk=imported.pk).update(city="Damaged")
    with psycopg.connect(url_for(connection.settings_dict["NAME"])) as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s, %s)", IMPORT_LOCK)
        run = editorial.rerun_extraction([imported], lock_wait=0.5)
    assert run.meetings == 0 and run.reports == 0
    assert len(run.failures) == 1 and "another import is writing" in run.failures[0]
    imported.refresh_from_db()
    assert imported.city == "Damaged"
    run = editorial.rerun_extraction([imported], lock_wait=0.5)
    assert run.meetings == 1 and not run.failures
    imported.refresh_from_db()
    assert imported.city != "Damaged"


def test_reapply_topics_uses_the_edited_patterns(imported, admin_client):
    """A new topic pattern reaches meetings already in the archive only on request."""
    meeting = imported
    topic = Topic.objects.create(slug="joint-work", name="Joint work", patterns=["+joint work"])
    assert not meeting.topic_links.filter(topic=topic).exists()
    response = admin_client.post(
        reverse("admin:archive_topic_changelist"),
        {"action": "reapply_topics", "_selected_action": [topic.pk]},
    )
    assert response.status_code == 302
    link = meeting.topic_links.get(topic=topic)
    assert "joint work" in link.evidence.lower()
    meeting.refresh_from_db()
    assert topic.pk in meeting.topic_ids


def test_reapply_topics_leaves_curated_topic_sets_alone(imported):
    """A meeting whose topics an editor set keeps them."""
    meeting = imported
    meeting.topic_links.all().delete()
    meeting.mark_curated("topics")
    meeting.save()
    Topic.objects.create(slug="joint-work", name="Joint work", patterns=["+joint work"])
    editorial.reapply_topics()
    assert meeting.topic_links.count() == 0


# --- evidence ---------------------------------------------------------------------------------


def marked_report(source) -> tuple[list, str]:
    """The evidence spans of one report and its text as the admin marks it."""
    meeting = source.meeting
    links = [
        *meeting.attendances.all(),
        *meeting.country_links.select_related("country"),
        *meeting.organization_links.select_related("organization"),
        *meeting.topic_links.select_related("topic"),
    ]
    spans = evidence_spans(source.cleaned_text, evidence_of(source.pk, links))
    return spans, str(mark_evidence(source.cleaned_text, spans))


def test_meeting_page_shows_each_report_with_evidence_marked(imported, admin_client):
    """The source inline marks the sentences facts came from."""
    meeting = imported
    source = meeting.sources.get()
    spans, marked = marked_report(source)
    assert len(spans) >= 5, "the import stored evidence for people, countries and topics"
    response = admin_client.get(reverse("admin:archive_meeting_change", args=[meeting.pk]))
    content = response.content.decode()
    assert marked in content
    assert content.count("<mark") >= 4
    assert 'title="Kazakhstan; person: Yerzhan Sadenov">The meeting was chaired by' in content


# --- the review queue -------------------------------------------------------------------------


@pytest.fixture
def problems(reference_data):
    """One of each kind of problem the queue shows, and a meeting with none."""
    weak = make_meeting(
        title="Weak meeting", field_confidence={"city": 0.2, "body": 0.4, "date": 0.9}
    )
    undated = make_meeting(
        title="Undated meeting",
        date_start=None,
        date_precision="unknown",
        status="needs_review",
        # Nothing for an editor beyond the unknown date: no ordinal is no problem.
        field_confidence={"date": 0.0, "ordinal": 0.0},
    )
    known = person("Vladimir Kolokoltsev")
    fuzzy = attend(weak, known, name_as_written="Vladimir Kolokoltzev", match="fuzzy")
    unresolved = attend(weak, None, name_as_written="Mr. Smith", match="ambiguous")
    newcomer = person("Vladimir Kolokolcev")
    attend(undated, newcomer, match="new")
    original = make_meeting(title="Original meeting")
    look_alike = make_meeting(title="Look-alike meeting")
    look_alike.possible_duplicates.add(original)
    fine = make_meeting(title="Fine meeting", field_confidence={"city": 0.95})
    unsorted = unsorted_report("A report of no meeting")
    editorial.sync_everything()  # as an import does for what it wrote
    return {
        "weak": weak,
        "undated": undated,
        "fuzzy": fuzzy,
        "unresolved": unresolved,
        "known": known,
        "newcomer": newcomer,
        "original": original,
        "look_alike": look_alike,
        "fine": fine,
        "unsorted": unsorted,
    }


def open_keys():
    return {(e.kind, e.key) for e in editorial.review_queue()}


def test_review_queue_lists_each_kind_of_problem_weakest_first(problems, admin_client):
    """Every kind appears once per problem, with its certainty and reason, linking to the
    place to fix it."""
    p = problems
    entries = editorial.review_queue()
    by_key = {(e.kind, e.key): e for e in entries}
    weak = str(p["weak"].pk)
    assert by_key[("weak_place", weak)].certainty == 0.2  # 0.9 for the date is fine
    assert by_key[("weak_body", weak)].certainty == 0.4
    assert ("weak_date", weak) not in by_key
    assert by_key[("weak_body", weak)].reason == "no convening body in the reports"
    undated = by_key[("weak_date", str(p["undated"].pk))]
    assert (undated.certainty, undated.reason) == (0.0, "no date in the reports")
    assert {e.kind for e in entries if e.meeting_id == p["undated"].pk} == {"weak_date"}
    fuzzy = by_key[("uncertain_person", str(p["fuzzy"].pk))]
    assert fuzzy.reason == "spelling close to Vladimir Kolokoltsev's"
    assert ("uncertain_person", str(p["unresolved"].pk)) in by_key
    pair = "-".join(str(pk) for pk in sorted([p["known"].pk, p["newcomer"].pk]))
    assert by_key[("similar_people", pair)].reason.startswith("names ")
    dup = by_key[("possible_duplicate", f"{p['look_alike'].pk}-{p['original'].pk}")]
    assert dup.reason == "same day"
    unsorted = by_key[("unsorted_report", str(p["unsorted"].pk))]
    assert "no recognisable meeting" in unsorted.reason
    assert not any(e.meeting_id == p["fine"].pk for e in entries)
    # Unscored items (unplaced, undecided) first, then the weakest.
    scored = [e.certainty for e in entries if e.certainty is not None]
    assert scored == sorted(scored)
    assert entries[0].certainty is None
    assert {e.kind for e in entries} == set(editorial.KINDS) - {"new_body", "weak_fields"}

    page = admin_client.get(reverse("admin:archive_review_queue"))
    assert page.status_code == 200
    html = page.content.decode()
    for entry in entries:
        assert f'data-key="{entry.key}"' in html
    assert "unsure · 40%" in html and "very unsure · 20%" in html
    assert "no date in the reports" in html
    weak_url = reverse("admin:archive_meeting_change", args=[p["weak"].pk])
    assert f'href="{weak_url}#id_city"' in html
    assert f'merge/?ids={pair.replace("-", ",")}"' in html
    place = reverse("admin:archive_sourcedocument_place", args=[p["unsorted"].pk])
    assert f'href="{place}"' in html
    # Every "Fix" link opens.
    links = re.findall(r'class="button fix-link" href="([^"]+)"', html)
    assert len(links) == len(entries)
    for link in links:
        assert admin_client.get(link.split("#")[0]).status_code == 200, link


def test_dismissing_takes_an_item_out_of_the_queue(problems, admin_client):
    """Dismissed items leave the open queue and are listed as dismissed; a dismissed
    duplicate also drops the link; the editor lands on the queue as they left it."""
    p = problems
    url = reverse("admin:archive_review_queue")
    key = f"{p['look_alike'].pk}-{p['original'].pk}"
    response = admin_client.post(url, {"kind": "possible_duplicate", "key": key})
    assert response.status_code == 302
    assert not p["look_alike"].possible_duplicates.exists()
    response = admin_client.post(
        url,
        {"kind": "weak_date", "key": str(p["undated"].pk), "back": "?kind=weak_date&page=1"},
    )
    assert response["Location"] == url + "?kind=weak_date&page=1"
    keys = open_keys()
    assert ("possible_duplicate", key) not in keys
    assert ("weak_date", str(p["undated"].pk)) not in keys
    assert ReviewDismissal.objects.count() == 2
    dismissed = editorial.review_queue(editorial.QueueFilter(status="dismissed"))
    assert {(e.kind, e.key) for e in dismissed} == {
        ("possible_duplicate", key),
        ("weak_date", str(p["undated"].pk)),
    }
    # Another look at the records leaves them dismissed.
    editorial.sync_everything()
    assert ("weak_date", str(p["undated"].pk)) not in open_keys()


def test_mark_reviewed_clears_meeting_items_and_readies_the_meeting(problems, admin_client):
    """After review a meeting leaves the queue and waits as a draft."""
    p = problems
    admin_client.post(
        reverse("admin:archive_meeting_changelist"),
        {"action": "mark_reviewed", "_selected_action": [p["undated"].pk, p["weak"].pk]},
    )
    keys = open_keys()
    assert ("weak_date", str(p["undated"].pk)) not in keys
    assert ("weak_place", str(p["weak"].pk)) not in keys
    assert ("weak_body", str(p["weak"].pk)) not in keys
    assert ("uncertain_person", str(p["fuzzy"].pk)) in keys  # people are checked one by one
    p["undated"].refresh_from_db()
    assert p["undated"].status == Meeting.Status.DRAFT


def test_fixing_an_attendance_takes_it_out_of_the_queue(problems, admin_client):
    """Saving the person's attendance confirms the match and marks the edit curated."""
    p = problems
    a = p["fuzzy"]
    url = reverse("admin:archive_attendance_change", args=[a.pk]) + "?next=review"
    response = admin_client.post(
        url,
        {
            "meeting": a.meeting_id,
            "name_as_written": a.name_as_written,
            "participant": a.participant_id,
            "role": "speaker",
            "title": "",
            "country": "",
            "organization": "",
            "curated_fields": "",
            "initial-curated_fields": "",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:archive_review_queue")
    a.refresh_from_db()
    assert (a.role, a.match) == ("speaker", Attendance.Match.EDITOR)
    assert a.curated_fields == ["role"]
    keys = open_keys()
    assert ("uncertain_person", str(a.pk)) not in keys
    resolved = editorial.review_queue(editorial.QueueFilter(status="resolved"))
    assert ("uncertain_person", str(a.pk)) in {(e.kind, e.key) for e in resolved}


# --- the meetings list ------------------------------------------------------------------------


def test_meeting_list_counts_people_and_reports_without_a_query_per_row(
    reference_data, admin_client, django_assert_max_num_queries
):
    """Participant and report counts come from the list's one query."""
    for n in range(6):
        meeting = make_meeting(title=f"Counted {n}")
        for i in range(n):
            attend(meeting, person(f"Person {n} {i}"))
    url = reverse("admin:archive_meeting_changelist")
    with django_assert_max_num_queries(20):
        response = admin_client.get(url)
    rows = {m.title: m for m in response.context["cl"].result_list}
    assert rows["Counted 3"].participant_count == 3
    assert rows["Counted 5"].participant_count == 5
    assert rows["Counted 0"].source_count == 0


def test_meeting_list_filters(reference_data, admin_client):
    """Country, topic, year and confidence band each narrow the list."""
    ru, kz = country("RU"), country("KZ")
    topic = Topic.objects.get(slug="terrorism")
    a = make_meeting(title="Alpha", confidence=0.9)
    b = make_meeting(title="Beta", confidence=0.3, date_start=None, date_precision="unknown")
    MeetingCountry.objects.create(meeting=a, country=ru)
    MeetingCountry.objects.create(meeting=b, country=kz)
    a.topic_links.create(topic=topic)
    for m in (a, b):
        m.refresh_facet_keys()
    url = reverse("admin:archive_meeting_changelist")

    def titles(**params):
        response = admin_client.get(url, params)
        assert response.status_code == 200
        return {m.title for m in response.context["cl"].result_list}

    assert titles(country=ru.pk) == {"Alpha"}
    assert titles(country=kz.pk) == {"Beta"}
    assert titles(topic=topic.pk) == {"Alpha"}
    assert titles(year=2024) == {"Alpha"}
    assert titles(confidence="low") == {"Beta"}
    assert titles(confidence="high") == {"Alpha"}
    assert titles(status="published") == {"Alpha", "Beta"}


def test_publish_unpublish_and_clear_curated_marks(reference_data, admin_client, admin_user):
    """Status actions mark the status curated and are logged; marks can be cleared."""
    meeting = make_meeting(status="needs_review")
    url = reverse("admin:archive_meeting_changelist")
    admin_client.post(
        url, {"action": "publish", "_selected_action": [meeting.pk], "confirm": "all"}
    )
    meeting.refresh_from_db()
    assert meeting.status == "published" and meeting.curated_fields == ["status"]
    assert LogEntry.objects.filter(
        object_id=str(meeting.pk), change_message="Status: Needs review → Published."
    ).exists()
    admin_client.post(url, {"action": "unpublish", "_selected_action": [meeting.pk]})
    meeting.refresh_from_db()
    assert meeting.status == "draft"
    admin_client.post(url, {"action": "clear_curated_marks", "_selected_action": [meeting.pk]})
    meeting.refresh_from_db()
    assert meeting.curated_fields == []


def test_attaching_a_second_report_keeps_a_merge(reference_data, admin_user):
    """After a merge, a later report naming either spelling links to the kept person."""
    importer = ReportImporter()
    importer.import_report(Report(name="kazinform.txt", text=CMVD_KAZINFORM))
    kubrakov = Participant.objects.get(name="Ivan Kubrakov")
    twin = person("Ivan Kubrakow")
    editorial.merge_participants(kubrakov, [twin], user=admin_user)
    ReportImporter().import_report(Report(name="belta.txt", text=CMVD_BELTA))
    assert Participant.objects.filter(name__startswith="Ivan Kubrak").count() == 1
    assert Attendance.objects.filter(participant=kubrakov).count() == Meeting.objects.count()


# --- editing through the change form: curated marks and history -----------------------------


def test_meeting_edits_are_curated_visible_clearable_and_in_the_history(imported, admin_client):
    """An edit marks the field and the set curated, the history says old → new, and the
    editor can clear a mark in the form."""
    meeting = imported
    url = reverse("admin:archive_meeting_change", args=[meeting.pk])
    data = change_form_data(admin_client.get(url))
    data["city"] = "Almaty"
    attendance_prefix = next(
        key[: -len("-name_as_written")]
        for key, value in data.items()
        if key.endswith("-name_as_written") and value == "Ivan Kubrakov"
    )
    data[f"{attendance_prefix}-role"] = "co-chair"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    meeting.refresh_from_db()
    assert meeting.city == "Almaty"
    assert {"city", "attendances"} <= set(meeting.curated_fields)
    kubrakov = meeting.attendances.get(name_as_written="Ivan Kubrakov")
    assert kubrakov.role == "co-chair" and "role" in kubrakov.curated_fields

    entry = LogEntry.objects.filter(object_id=str(meeting.pk)).latest("action_time")
    message = entry.get_change_message()
    assert "City: Astana → Almaty" in message
    assert "Role: speaker → co-chair" in message

    # The mark is shown in the form, and clearing it there lets re-extraction set the city.
    page = admin_client.get(url)
    assert "city" in page.context["adminform"].form["curated_fields"].value()
    data = change_form_data(page)
    data["curated_fields"] = "\n".join(f for f in meeting.curated_fields if f != "city")
    assert admin_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    assert "city" not in meeting.curated_fields and "attendances" in meeting.curated_fields
    editorial.rerun_extraction([meeting])
    meeting.refresh_from_db()
    assert meeting.city == "Astana"
    assert meeting.attendances.get(name_as_written="Ivan Kubrakov").role == "co-chair"


def test_renaming_a_body_or_person_refreshes_the_search_documents(imported, admin_client):
    """Names editors change reach the meetings' search documents at once."""
    meeting = imported
    body = meeting.body
    assert body is not None
    url = reverse("admin:archive_organization_change", args=[body.pk])
    data = change_form_data(admin_client.get(url))
    data["aliases"] = "Zorbakian Interior Council"
    assert admin_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    assert "Zorbakian Interior Council" in meeting.search_names

    kubrakov = Participant.objects.get(name="Ivan Kubrakov")
    url = reverse("admin:archive_participant_change", args=[kubrakov.pk])
    data = change_form_data(admin_client.get(url))
    extra = next(k for k, v in data.items() if k.endswith("-name") and v == "")
    data[extra] = "Ivan Kubrakou"
    assert admin_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    assert "Ivan Kubrakou" in meeting.search_names


def test_merges_are_undone_latest_first(two_spellings, admin_user):
    """Undoing an earlier merge under a later one that built on it is refused, not botched."""
    s = two_spellings
    third = person("Yerzhan Sadenov-Kz")
    before = state_of_people()
    first = editorial.merge_participants(s["keep"], [s["dupe"]], user=admin_user)
    second = editorial.merge_participants(third, [s["keep"]], user=admin_user)
    assert Participant.objects.count() == 1
    with pytest.raises(editorial.EditorialError, match="later merge"):
        editorial.undo_merge(first, user=admin_user)
    editorial.undo_merge(second, user=admin_user)
    editorial.undo_merge(first, user=admin_user)
    assert state_of_people() == before


def test_same_meeting_moves_the_reports_and_rebuilds(imported, admin_client):
    """Confirming a possible duplicate moves its reports; the emptied meeting goes."""
    from tests.factories import CHSSS_DUSHANBE

    existing = imported
    outcome = ReportImporter().import_report(Report(name="khovar.txt", text=CHSSS_DUSHANBE))
    other = Meeting.objects.get(pk=outcome.meeting_id)
    assert other.pk != existing.pk
    other.possible_duplicates.add(existing)
    editorial.sync_review_entries(meetings=[other.pk])  # as the importer does
    assert not existing.topic_links.filter(topic__slug="terrorism").exists()
    key = f"{other.pk}-{existing.pk}"
    url = reverse("admin:archive_review_queue")
    assert b"Same meeting: move its reports there" in admin_client.get(url).content

    other.status = Meeting.Status.PUBLISHED
    other.save()
    admin_client.post(url, {"kind": "possible_duplicate", "key": key, "same": "1"})
    assert Meeting.objects.filter(pk=other.pk).exists()  # published: refused
    other.status = Meeting.Status.NEEDS_REVIEW
    other.save()

    response = admin_client.post(url, {"kind": "possible_duplicate", "key": key, "same": "1"})
    assert response.status_code == 302
    assert not Meeting.objects.filter(pk=other.pk).exists()
    assert existing.sources.count() == 2
    # Facts of the moved report now belong to the existing meeting.
    terrorism = Topic.objects.get(slug="terrorism")
    assert existing.topic_links.filter(topic=terrorism).exists()
    existing.refresh_from_db()
    assert terrorism.pk in existing.topic_ids
    assert LogEntry.objects.filter(
        object_id=str(existing.pk), change_message__startswith="Took over 1 report"
    ).exists()


def test_a_meeting_an_editor_added_is_theirs(reference_data, admin_client):
    """Fields typed into a new meeting are curated, and re-extraction leaves it alone."""
    url = reverse("admin:archive_meeting_add")
    data = change_form_data(admin_client.get(url))
    data.update(
        title="Joint collegium in Minsk",
        slug="joint-collegium-minsk",
        date_start="2024-03-01",
        date_precision="day",
        city="Minsk",
        status="draft",
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    meeting = Meeting.objects.get(slug="joint-collegium-minsk")
    assert {"title", "city", "date_start"} <= set(meeting.curated_fields)
    run = editorial.rerun_extraction([meeting])
    assert run.failures and run.meetings == 0
    meeting.refresh_from_db()
    assert (meeting.title, meeting.city) == ("Joint collegium in Minsk", "Minsk")


def test_review_queue_queries_do_not_grow_with_the_queue(
    problems, admin_client, django_assert_max_num_queries
):
    """Many problems, same few queries."""
    for n in range(15):
        meeting = make_meeting(title=f"Weak {n}", field_confidence={"city": 0.1})
        attend(meeting, person(f"Person Number{n}"), match="fuzzy")
        attend(meeting, None, name_as_written=f"Unknown {n}", match="ambiguous")
        meeting.possible_duplicates.add(problems["original"])
        unsorted_report(f"Unsorted report {n}")
    editorial.sync_everything()
    with django_assert_max_num_queries(12):
        response = admin_client.get(reverse("admin:archive_review_queue"))
    assert len(response.context["rows"]) > 60


def test_report_page_marks_the_evidence(imported, admin_client):
    """The report's own page shows its text with the evidence marked."""
    source = imported.sources.get()
    response = admin_client.get(reverse("admin:archive_sourcedocument_change", args=[source.pk]))
    assert marked_report(source)[1] in response.content.decode()
