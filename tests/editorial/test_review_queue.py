"""The review queue as editors use it: filters by kind, import batch and status that combine
and survive paging, exact counts per filter value, newest imports first, certainty in words
with the reason the records give, items that resolve themselves when fixed."""

import hashlib
import re

import pytest
from django.urls import reverse

from archive import editorial
from archive.admin.review import certainty_words, present
from archive.models import ImportBatch, Meeting, ReviewEntry, SourceDocument
from tests.factories import CMVD_KAZINFORM, make_meeting, make_organization
from tests.helpers import change_form_data, run_import

pytestmark = pytest.mark.django_db

QUEUE = "admin:archive_review_queue"
TRAM = """\
The weather in the capital stayed mild through the week, and the city's parks were full of
families. Officials said the new tram line would open in the spring, after the last tests of
the rolling stock. Residents welcomed the news and asked for more evening services.
"""


def report_of(meeting, batch, **extraction):
    """A stored report of ``meeting`` from import ``batch``."""
    text = f"{meeting.title} {batch.pk if batch else '-'}"
    return SourceDocument.objects.create(
        meeting=meeting,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        raw_text=text,
        cleaned_text=text,
        extraction=extraction,
        import_batch=batch,
    )


def weak_meetings(batch, count, field="city", prefix="Weak"):
    meetings = []
    for n in range(count):
        meeting = make_meeting(title=f"{prefix} {n:03}", field_confidence={field: n / 1000})
        report_of(meeting, batch)
        meetings.append(meeting)
    return meetings


def counts_in(html, filter_id):
    """{label: count} of one filter box of the page."""
    box = html.split(f'id="filter-{filter_id}"', 1)[1].split("</ul>", 1)[0]
    return {
        label: int(n)
        for label, n in re.findall(r'<a href="[^"]*">([^<]+)</a> <span class="count">(\d+)', box)
    }


def test_an_import_records_its_batch_and_fills_the_queue(reference_data, tmp_path, admin_client):
    """import_reports stores its reports under one ImportBatch and brings the queue in step:
    the report it kept unsorted is an open item of that import, with the reason."""
    (tmp_path / "tram.txt").write_text(TRAM)
    (tmp_path / "kazinform.txt").write_text(CMVD_KAZINFORM)
    out, _, status = run_import(str(tmp_path))
    assert status == 0
    batch = ImportBatch.objects.get()
    assert batch.origin == "command" and batch.finished_at and str(tmp_path) in batch.label
    assert SourceDocument.objects.filter(import_batch=batch).count() == 2
    assert f"Review queue (import batch #{batch.pk})" in out
    unsorted = ReviewEntry.objects.get(kind="unsorted_report")
    assert (unsorted.status, unsorted.import_batch) == ("open", batch)
    assert "no recognisable meeting" in unsorted.reason

    html = admin_client.get(reverse(QUEUE), {"batch": batch.pk}).content.decode()
    assert f'data-key="{unsorted.key}"' in html
    assert (
        counts_in(html, "batch")[str(batch)]
        == ReviewEntry.objects.filter(import_batch=batch, status="open").count()
    )


def test_filters_combine_and_survive_paging_with_exact_counts(reference_data, admin_client):
    """Kind and import together: every page holds only their items, the page links keep both
    filters, and each filter value's count is the exact number the others leave."""
    older = ImportBatch.objects.create(label="older")
    newer = ImportBatch.objects.create(label="newer")
    weak_meetings(older, editorial.REVIEW_PAGE_SIZE + 7)
    weak_meetings(newer, 3)
    weak_meetings(newer, 2, field="body", prefix="Bodiless")
    editorial.sync_everything()
    url = reverse(QUEUE)

    first = admin_client.get(url, {"kind": "weak_place", "batch": older.pk})
    html = first.content.decode()
    rows = [row["entry"] for row in first.context["rows"]]
    assert len(rows) == editorial.REVIEW_PAGE_SIZE
    assert {(e.kind, e.import_batch_id) for e in rows} == {("weak_place", older.pk)}
    assert f'href="?kind=weak_place&amp;batch={older.pk}&amp;page=2"' in html
    kinds = counts_in(html, "kind")
    assert kinds["Weak place"] == editorial.REVIEW_PAGE_SIZE + 7
    assert kinds["Weak body"] == 0  # the older import has none
    assert kinds["any kind"] == editorial.REVIEW_PAGE_SIZE + 7
    batches = counts_in(html, "batch")
    assert batches[str(newer)] == 3 and batches[str(older)] == editorial.REVIEW_PAGE_SIZE + 7
    assert counts_in(html, "status")["Open"] == editorial.REVIEW_PAGE_SIZE + 7

    second = admin_client.get(url, {"kind": "weak_place", "batch": older.pk, "page": 2})
    rows = [row["entry"] for row in second.context["rows"]]
    assert len(rows) == 7
    assert {(e.kind, e.import_batch_id) for e in rows} == {("weak_place", older.pk)}
    # Every count agrees with the table.
    for kind, n in counts_in(admin_client.get(url).content.decode(), "kind").items():
        if kind != "any kind":
            value = next(v for v, label in editorial.KINDS.items() if label == kind)
            assert n == ReviewEntry.objects.filter(kind=value, status="open").count()


def test_newest_import_first_is_an_option(reference_data, admin_client):
    """By default the weakest come first; "newest import first" puts the last import's items
    on top, weakest first within it, and the reports from before batches last."""
    older = ImportBatch.objects.create(label="older")
    newer = ImportBatch.objects.create(label="newer")
    weak_meetings(older, 2, prefix="Old")
    weak_meetings(newer, 2, prefix="New")
    weak_meetings(None, 1, prefix="Unbatched")
    editorial.sync_everything()
    weakest = admin_client.get(reverse(QUEUE))
    assert [r["entry"].title for r in weakest.context["rows"]][:1] in (
        [str(m) for m in Meeting.objects.filter(title="Old 000")],
        [str(m) for m in Meeting.objects.filter(title="New 000")],
        [str(m) for m in Meeting.objects.filter(title="Unbatched 000")],
    )
    newest = admin_client.get(reverse(QUEUE), {"order": "newest"})
    batches = [r["entry"].import_batch_id for r in newest.context["rows"]]
    assert batches == [newer.pk, newer.pk, older.pk, older.pk, None]
    html = newest.content.decode()
    assert 'href="?batch=none&amp;order=newest"' in html  # the unbatched reports' filter
    assert counts_in(html, "batch")["before batches were recorded"] == 1


def test_a_fixed_item_is_resolved_and_reopens_if_the_problem_returns(reference_data, admin_client):
    """Correcting the city on the meeting form resolves its weak-place item (listed under
    Resolved with the time); a later extraction that makes it weak again reopens it only if
    the editor's correction is gone."""
    (meeting,) = weak_meetings(None, 1)
    editorial.sync_everything()
    entry = ReviewEntry.objects.get(kind="weak_place")
    assert entry.status == "open"

    change = reverse("admin:archive_meeting_change", args=[meeting.pk])
    data = change_form_data(admin_client.get(change))
    data["city"] = "Astana"
    assert admin_client.post(change, data).status_code == 302
    entry.refresh_from_db()
    assert entry.status == "resolved" and entry.resolved_at is not None
    resolved = admin_client.get(reverse(QUEUE), {"status": "resolved"}).content.decode()
    assert f'data-key="{entry.key}"' in resolved and "Resolved" in resolved
    assert f'data-key="{entry.key}"' not in admin_client.get(reverse(QUEUE)).content.decode()

    Meeting.objects.filter(pk=meeting.pk).update(curated_fields=[])
    editorial.sync_review_entries(meetings=[meeting.pk])
    entry.refresh_from_db()
    assert entry.status == "open" and entry.resolved_at is None


def test_certainty_is_words_and_a_percentage_with_the_records_reason(reference_data):
    """Scores read as words and percentages; the reason comes from what extraction and
    import recorded (the date's basis, the reference list of bodies)."""
    from_publication = make_meeting(title="Dated by its page", field_confidence={"date": 0.0})
    report_of(from_publication, None, date_basis="publication")
    stated = make_meeting(
        title="Month only",
        date_start="2024-10-01",
        date_precision="month",
        field_confidence={"date": 0.5},
    )
    report_of(stated, None, date_basis="explicit")
    invented = make_organization("regional-police-board", name="Regional Police Board")
    make_meeting(title="Of a new body", body=invented)
    editorial.sync_everything()

    dated = ReviewEntry.objects.get(kind="weak_date", meeting=from_publication)
    assert (dated.certainty, dated.reason) == (0.0, "date from publication only")
    assert certainty_words(dated) == "very unsure · 0%"
    month = ReviewEntry.objects.get(kind="weak_date", meeting=stated)
    assert month.reason == "only the month is stated"
    assert certainty_words(month) == "fairly sure · 50%"
    body = ReviewEntry.objects.get(kind="new_body")
    assert (body.organization, body.reason) == (invented, "body not in the reference list")
    assert body.detail == "convenes 1 meeting"
    assert certainty_words(body) == "unchecked"
    assert present(body)["url"].endswith(f"/organization/{invented.pk}/change/")
    # A body of the reference list is no new body.
    assert not ReviewEntry.objects.filter(kind="new_body").exclude(organization=invented)


@pytest.mark.parametrize(
    "query",
    [{"kind": "nonsense"}, {"status": "gone"}, {"batch": "1;drop"}, {"order": "x"}],
)
def test_a_bad_filter_is_a_clear_error(admin_client, query):
    """Each filter value is checked: a bad one answers 400 saying which, never a traceback."""
    response = admin_client.get(reverse(QUEUE), query)
    assert response.status_code == 400
    assert f"{next(iter(query))}:" in response.content.decode()


def test_a_new_body_an_editor_corrects_leaves_the_queue(reference_data, admin_client):
    """A body not in the reference list is an item until an editor edits the record."""
    invented = make_organization("regional-police-board", name="Regional Police Board")
    make_meeting(title="Of a new body", body=invented)
    editorial.sync_everything()
    entry = ReviewEntry.objects.get(kind="new_body")
    assert entry.status == "open"
    change = reverse("admin:archive_organization_change", args=[invented.pk])
    data = change_form_data(admin_client.get(change))
    data["kind"] = "body"
    assert admin_client.post(change, data).status_code == 302
    entry.refresh_from_db()
    assert entry.status == "resolved"


def test_dismissals_of_the_old_kinds_carry_over(db):
    """An editor's dismissal from before the queue had its present kinds still holds: the
    migration turns "low_confidence 12:body,city" into "weak_body 12" and "weak_place 12"."""
    import importlib

    from django.apps import apps

    from archive.models import ReviewDismissal

    migration = importlib.import_module("archive.migrations.0022_review_entries")
    ReviewDismissal.objects.create(kind="low_confidence", key="12:body,city", note="fine")
    ReviewDismissal.objects.create(kind="unknown_date", key="13")
    ReviewDismissal.objects.create(kind="uncertain_person", key="7")
    migration.carry_dismissals_over(apps, None)
    assert set(ReviewDismissal.objects.values_list("kind", "key", "note")) == {
        ("weak_body", "12", "fine"),
        ("weak_place", "12", "fine"),
        ("weak_date", "13", ""),
        ("uncertain_person", "7", ""),
    }


def test_a_new_body_no_meeting_convenes_any_more_is_resolved(reference_data):
    """Correcting the only meeting of a new body to a body of the reference list resolves the
    new body's item, though the sync looked at that meeting only."""
    from archive.models import Organization

    invented = make_organization("regional-police-board", name="Regional Police Board")
    meeting = make_meeting(title="Of a new body", body=invented)
    editorial.sync_everything()
    assert ReviewEntry.objects.get(kind="new_body").status == "open"
    meeting.body = Organization.objects.get(name="CIS Council of Interior Ministers")
    meeting.save()
    editorial.refresh_meeting(meeting)  # as the meeting form does after a save
    assert ReviewEntry.objects.get(kind="new_body").status == "resolved"
