"""The import pipeline: reports in, records out — idempotent, atomic per report, people resolved."""

import json
import threading
from pathlib import Path

import pytest
from django.db import DatabaseError, connection, transaction
from django.test.utils import CaptureQueriesContext

from archive.ingest import importer as importer_module
from archive.ingest.importer import ReportImporter
from archive.ingest.matching import REVIEW_CONFIDENCE
from archive.ingest.reading import Report, text_sha256
from archive.ingest.rows import RowBuilder
from archive.models import (
    Attendance,
    Country,
    Meeting,
    MeetingCountry,
    MeetingTopic,
    Organization,
    Participant,
    ParticipantNameVariant,
    SourceDocument,
)
from tests.factories import (
    CHSSS_DUSHANBE,
    CMVD_BELTA,
    CMVD_KAZINFORM,
    archive_snapshot,
    clear_archive,
    generated_reports,
)
from tests.helpers import REPO, run_import

pytestmark = pytest.mark.django_db

REPORTS = REPO / "fixtures" / "reports"


def write(directory: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = directory / name
    if isinstance(content, str):
        path.write_bytes(content.encode(encoding))
    else:
        path.write_bytes(content)
    return path


def table_counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            Meeting,
            SourceDocument,
            Attendance,
            Participant,
            ParticipantNameVariant,
            MeetingCountry,
            MeetingTopic,
            Organization,
        )
    }


def test_sample_reports_import_into_linked_records(reference_data):
    """The five commissioned reports become meetings with people, countries and topics."""
    out, err, status = run_import(str(REPORTS), "--status", "published")
    assert status == 0, err
    assert SourceDocument.objects.count() == 5
    assert Meeting.objects.count() >= 4
    # --status applies to new meetings, except those too uncertain to publish unseen.
    for meeting in Meeting.objects.all():
        expected = "published" if meeting.confidence >= REVIEW_CONFIDENCE else "needs_review"
        assert meeting.status == expected, (meeting.title, meeting.confidence)
    assert Meeting.objects.filter(status="published").exists()
    tulebayev = Attendance.objects.get(name_as_written__contains="Tulebayev")
    assert tulebayev.role == "chair"
    assert tulebayev.meeting.city == "Astana"
    assert tulebayev.evidence and tulebayev.source_id is not None
    for meeting in Meeting.objects.all():
        assert meeting.sources.exists()
        assert meeting.country_ids, meeting.title
        assert meeting.topic_ids, meeting.title


def test_importing_the_same_reports_twice_changes_nothing(reference_data):
    """Idempotent: a second run reports everything unchanged and writes nothing."""
    run_import(str(REPORTS))
    before = table_counts()
    snapshot = list(Meeting.objects.order_by("pk").values())
    out, _, status = run_import(str(REPORTS))
    assert status == 0
    assert "5 unchanged" in out
    assert table_counts() == before
    assert list(Meeting.objects.order_by("pk").values()) == snapshot


def test_same_text_with_other_line_endings_is_the_same_report():
    """The digest is of the normalised text: CRLF and trailing blanks do not matter."""
    assert text_sha256("A report.\r\nSecond line.  \r\n") == text_sha256("A report.\nSecond line.")


def test_two_reports_of_one_meeting_make_one_meeting_with_two_sources(reference_data, tmp_path):
    """A second report of the same meeting attaches to it and merges its facts."""
    write(tmp_path, "kazinform.txt", CMVD_KAZINFORM)
    write(tmp_path, "belta.txt", CMVD_BELTA)
    out, err, status = run_import(str(tmp_path))
    assert status == 0, err
    assert "1 created" in out and "1 attached" in out
    meeting = Meeting.objects.get()
    assert meeting.sources.count() == 2
    assert meeting.city == "Astana"
    # One person per human being, though the two reports spell two of them differently.
    sadenov = Participant.objects.get(name_variants__normalized="yerzhan sadenov")
    assert meeting.attendances.filter(participant=sadenov).count() == 1
    assert meeting.attendances.get(participant=sadenov).role == "chair"
    assert set(sadenov.name_variants.values_list("name", flat=True)) >= {
        "Yerzhan Sadenov",
        "Erjan Sadenov",
    }
    kolokoltsev = Participant.objects.get(name_variants__normalized="vladimir kolokoltsev")
    assert kolokoltsev.name_variants.filter(normalized="vladimir kolokoltzev").exists()
    assert Participant.objects.filter(name__icontains="Kolokolt").count() == 1


def test_name_variants_across_meetings_link_to_one_person(reference_data, tmp_path):
    """'Erjan Sadenov' at one meeting and 'Yerzhan Sadenov' at another are one Participant."""
    write(tmp_path, "a.txt", CMVD_KAZINFORM)
    write(tmp_path, "b.txt", CHSSS_DUSHANBE)
    _, err, status = run_import(str(tmp_path))
    assert status == 0, err
    assert Meeting.objects.count() == 2
    people = Participant.objects.filter(
        name_variants__normalized__in=["erjan sadenov", "yerzhan sadenov"]
    )
    assert people.distinct().count() == 1
    person = people.first()
    assert person.attendances.count() == 2
    titles = set(person.attendances.values_list("title", flat=True))
    assert any("Minister of Internal Affairs" in t for t in titles)


def test_namesakes_are_kept_apart(reference_data):
    """Two people sharing a surname, or a name in different countries, are not merged."""
    from archive.ingest.resolver import PeopleResolver

    resolver = PeopleResolver()
    kz, by = Country.objects.get(code="KZ"), Country.objects.get(code="BY")
    ivan = resolver.resolve("Ivan Petrov", country=kz).participant
    sergei = resolver.resolve("Sergei Petrov", country=kz).participant
    assert ivan != sergei
    ivan_by = resolver.resolve("Ivan Petrov", country=by).participant
    assert ivan_by != ivan
    # With two Ivan Petrovs on record, a report that gives no country cannot pick one.
    unresolved = resolver.resolve("Ivan Petrov")
    assert unresolved.participant is None and unresolved.match == "ambiguous"
    # The same person again, same country: found, not created.
    assert resolver.resolve("Ivan Petrov", country=kz).participant == ivan


def test_transliteration_and_middle_names_resolve_to_one_person(reference_data):
    """Spelling systems and patronymics do not split a person."""
    from archive.ingest.resolver import PeopleResolver

    resolver = PeopleResolver()
    person = resolver.resolve("Vladimir Kolokoltsev").participant
    for spelling in (
        "Vladimir Kolokoltzev",
        "Vladimir Alexandrovich Kolokoltsev",
        "VLADIMIR KOLOKOLTSEV",
    ):
        match = resolver.resolve(spelling)
        assert match.participant == person, spelling
    nurgaliev = resolver.resolve("Rashid Nurgaliev").participant
    assert resolver.resolve("Rashid Nurgaliyev").participant == nurgaliev
    # Different middle names are different people; a missing one is not a difference.
    ali = resolver.resolve("Ali Ilgar Aliyev").participant
    assert resolver.resolve("Ali Aliyev").participant == ali
    assert resolver.resolve("Ali Rashad Aliyev").participant != ali
    # Now two people fit "Ali Aliyev": the resolver refuses to guess.
    assert resolver.resolve("Ali Aliyev").match == "ambiguous"
    fuzzy = resolver.resolve("Aleksandr Bortnikov")
    assert resolver.resolve("Alexandr Bortnikov").participant == fuzzy.participant


def test_update_refreshes_machine_facts_but_keeps_curated_ones(reference_data, tmp_path):
    """--update re-extracts; what an editor changed stays as the editor left it."""
    write(tmp_path, "kazinform.txt", CMVD_KAZINFORM)
    run_import(str(tmp_path))
    meeting = Meeting.objects.get()
    # An editor corrects the summary; the machine's ordinal is damaged to see it restored.
    meeting.summary = "Editor's summary."
    meeting.mark_curated("summary")
    meeting.ordinal = 99
    meeting.save()
    chair = meeting.attendances.get(role="chair")
    chair.title = "Minister (editor's wording)"
    chair.mark_curated("title")
    chair.save()
    source = meeting.sources.get()
    source.extractor_version = "0-old"
    source.save()

    out, err, status = run_import(str(tmp_path), "--update")
    assert status == 0, err
    assert "1 updated" in out
    meeting.refresh_from_db()
    assert meeting.summary == "Editor's summary."
    assert meeting.ordinal == 52
    chair.refresh_from_db()
    assert chair.title == "Minister (editor's wording)"
    assert meeting.attendances.filter(participant=chair.participant).count() == 1
    # Nothing to refresh the second time.
    out, _, _ = run_import(str(tmp_path), "--update")
    assert "1 unchanged" in out


def test_failure_mid_report_leaves_nothing_and_others_go_on(reference_data, tmp_path, monkeypatch):
    """A crash after some rows were written rolls the whole report back."""
    first = write(tmp_path, "a.txt", CMVD_KAZINFORM)
    second = write(tmp_path, "b.txt", CHSSS_DUSHANBE)
    importer = ReportImporter()
    real = RowBuilder.attendance_rows

    def explode(self, meeting, *args):
        assert MeetingTopic.objects.filter(meeting=meeting).exists()  # rows were written
        assert Participant.objects.exists()  # and people created
        raise DatabaseError("disk full (injected)")

    before = table_counts()
    monkeypatch.setattr(RowBuilder, "attendance_rows", explode)
    outcome = importer.import_report(Report.from_path(first))
    assert outcome.failed and "disk full" in outcome.reason
    assert table_counts() == before
    monkeypatch.setattr(RowBuilder, "attendance_rows", real)
    outcome = importer.import_report(Report.from_path(second))
    assert outcome.action == "created", outcome.reason
    assert Meeting.objects.count() == 1


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r"])
def test_every_encoding_is_read(reference_data, tmp_path, encoding):
    """UTF-8 with and without BOM, UTF-16, Windows-1251 and KOI8-R reports all import."""
    quote = (
        "\n\nThe minister said: 'Совместная работа министерств внутренних дел государств "
        "Содружества позволила пресечь деятельность преступных группировок и перекрыть "
        "каналы наркотрафика на территории наших стран'.\n"
    )
    path = write(tmp_path, f"report-{encoding}.txt", CMVD_KAZINFORM + quote, encoding)
    _, err, status = run_import(str(path))
    assert status == 0, err
    source = SourceDocument.objects.get()
    assert "Совместная работа министерств" in source.raw_text
    assert source.meeting.city == "Astana"


def test_html_and_markdown_reports_are_stripped(reference_data, tmp_path):
    """Markup and page furniture do not reach the stored text."""
    html = (
        "<!doctype html><html><head><title>News</title><script>var x = 1;</script>"
        "<style>p{}</style></head><body><nav>Home | News | Contacts</nav><article>"
        + "".join(f"<p>{para}</p>" for para in CMVD_KAZINFORM.split("\n\n"))
        + "</article><footer>© 2024 Kazinform</footer></body></html>"
    )
    write(tmp_path, "page.html", html)
    write(tmp_path, "brief.md", "# Dushanbe meeting\n\n" + CHSSS_DUSHANBE)
    _, err, status = run_import(str(tmp_path))
    assert status == 0, err
    for source in SourceDocument.objects.all():
        assert "<p>" not in source.raw_text and "var x" not in source.raw_text
        assert "# " not in source.cleaned_text


def test_bad_input_fails_clearly_and_writes_nothing(reference_data, tmp_path):
    """Empty, binary, oversized and undecodable files each fail with a reason; text that
    describes no meeting is kept unsorted, with the reason."""
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "binary.txt", bytes(range(256)) * 40)
    write(tmp_path, "huge.txt", "The council met. " * 400_000)
    write(tmp_path, "garbage.txt", b"\xff\xfe\x00\xd8" * 1000 + b"\x00" * 100)
    write(tmp_path, "recipe.txt", "Mix flour and water. Bake the bread for forty minutes.\n" * 3)
    write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n")
    good = write(tmp_path, "good.txt", CMVD_KAZINFORM)
    out, err, status = run_import(
        str(tmp_path), str(good), str(tmp_path / "image.png"), str(tmp_path / "missing.txt")
    )
    assert status == 1
    for name in (
        "empty.txt",
        "binary.txt",
        "huge.txt",
        "garbage.txt",
        "image.png",
        "missing.txt",
    ):
        assert f"FAILED {tmp_path / name}" in err, name
    assert "MB limit" in err
    assert f"FAILED {tmp_path / 'recipe.txt'}" not in err
    assert "1 kept unsorted" in out and "no recognisable meeting" in out
    assert "unsupported file type .png" in err
    assert "no such file" in err
    assert "Traceback" not in err
    assert SourceDocument.objects.filter(meeting__isnull=False).count() == 1
    assert SourceDocument.objects.get(meeting__isnull=True).file_name.endswith("recipe.txt")


def test_dry_run_shows_what_would_happen_and_writes_nothing(reference_data, tmp_path):
    """--dry-run reports the meeting and people it would create, and the database is as before."""
    write(tmp_path, "kazinform.txt", CMVD_KAZINFORM)
    before = table_counts()
    out, err, status = run_import(str(tmp_path), "--dry-run")
    assert status == 0, err
    assert "would be created" in out
    assert "Sadenov" in out
    assert "Dry run" in out
    assert table_counts() == before
    # The real run afterwards still works (caches were not poisoned by the rollback).
    out, _, _ = run_import(str(tmp_path))
    assert "1 created" in out


def test_an_import_that_changes_something_renews_the_home_page_counts(reference_data, tmp_path):
    """The precomputed counts of the whole archive (FacetSnapshot) follow each import; a dry
    run, or a run with nothing new, leaves them alone."""
    from archive.models import FacetSnapshot

    write(tmp_path, "kazinform.txt", CMVD_KAZINFORM)
    run_import(str(tmp_path), "--dry-run")
    assert not FacetSnapshot.objects.exists()
    _, err, status = run_import(str(tmp_path), "--status", "published")
    assert status == 0, err
    snapshots = {s.audience: s for s in FacetSnapshot.objects.all()}
    assert snapshots["public"].total == snapshots["staff"].total == 1
    assert {facet for facet, _, _ in snapshots["public"].rows} >= {"country", "participant"}
    counted_at = snapshots["public"].computed_at
    run_import(str(tmp_path))  # unchanged: nothing to count again
    assert FacetSnapshot.objects.get(audience="public").computed_at == counted_at


def test_json_report_format(reference_data, tmp_path):
    """--format json gives a summary and one entry per report, failures with reasons."""
    write(tmp_path, "a.txt", CMVD_KAZINFORM)
    write(tmp_path, "b.txt", CMVD_BELTA)
    write(tmp_path, "empty.txt", "")
    out, _, status = run_import(str(tmp_path), "--format", "json")
    assert status == 1
    report = json.loads(out)
    assert report["summary"] == {
        "created": 1,
        "updated": 0,
        "attached": 1,
        "unchanged": 0,
        "unsorted": 0,
        "failed": 1,
    }
    by_file = {Path(r["file"]).name: r for r in report["reports"]}
    assert by_file["empty.txt"]["action"] == "failed" and by_file["empty.txt"]["reason"]
    assert by_file["a.txt"]["meeting"]["slug"] == Meeting.objects.get().slug
    assert {p["match"] for p in by_file["b.txt"]["people"]} <= {
        "exact",
        "variant",
        "fuzzy",
        "new",
        "ambiguous",
    }


def test_queries_per_report_stay_bounded_as_the_archive_grows(reference_data, tmp_path):
    """The importer's cost per report does not grow with the number of records."""
    importer = ReportImporter()
    counts = []
    for i in range(6):
        text = CHSSS_DUSHANBE.replace("55th", f"{60 + i}th").replace(
            "3 October 2024", f"{3 + i} October 2024"
        )
        with CaptureQueriesContext(connection) as queries:
            outcome = importer.import_report(Report(name=f"r{i}.txt", text=text))
        assert outcome.action == "created", outcome.reason
        counts.append(len(queries))
    assert max(counts[1:]) <= 80, counts
    assert counts[-1] <= counts[1] + 2, counts


@pytest.mark.slow  # imports 60 reports twice
def test_batch_import_makes_the_same_records_as_one_by_one(reference_data):
    """The bulk path is an optimisation only: same meetings, people, links and evidence."""
    from django.db import transaction

    reports = generated_reports(60)
    one_by_one = ReportImporter()
    singles = [one_by_one.import_report(r) for r in reports]
    expected = archive_snapshot()
    assert {o.action for o in singles} == {"created", "attached"}  # repeats were matched

    clear_archive()
    batch_importer = ReportImporter()
    outcomes = []
    for start in range(0, len(reports), 25):
        with transaction.atomic():
            outcomes += batch_importer.import_batch(reports[start : start + 25])
    assert [o.action for o in outcomes] == [o.action for o in singles]
    actual = archive_snapshot()
    assert actual["people"] == expected["people"]
    assert actual["meetings"].keys() == expected["meetings"].keys()
    for key, meeting in expected["meetings"].items():
        for part, value in meeting.items():
            if part == "search_names":
                continue
            assert actual["meetings"][key][part] == value, (part, meeting["facts"][0])
    # Search names include every spelling known for the meeting's people when it was
    # written: a batch knows its later reports' spellings too, so it may list more — but
    # never more than a fresh read of the database gives.
    for m in Meeting.objects.all():
        written = set(m.search_names.split(" · "))
        m.refresh_search_document(save=False)
        key = SourceDocument.objects.filter(meeting=m).order_by("sha256")[0].sha256
        assert set(expected["meetings"][key]["search_names"]) <= written, m.title
        assert written <= set(m.search_names.split(" · ")), m.title


def test_batch_writes_with_a_bounded_number_of_queries(reference_data):
    """A batch of new meetings costs a few queries per report, not dozens."""
    reports = generated_reports(40, seed=11)
    importer = ReportImporter()
    importer.import_batch(reports[:2])  # warm the caches (lexicon, countries, topics)
    with CaptureQueriesContext(connection) as queries:
        outcomes = importer.import_batch(reports[2:])
    assert not [o for o in outcomes if o.failed]
    assert len(queries) <= 2 * len(outcomes) + 20, len(queries)


def test_a_failing_batch_is_imported_one_by_one(reference_data, monkeypatch, tmp_path):
    """When the bulk write fails, every report is retried alone and a bad one is isolated."""
    reports = generated_reports(8, seed=3)
    reports.append(Report(name="recipe.txt", text="Bake the bread for forty minutes. " * 5))

    def broken(self, groups, outcomes):
        raise DatabaseError("bulk insert failed (injected)")

    monkeypatch.setattr(ReportImporter, "_write_new_meetings", broken)
    outcomes = ReportImporter().import_batch(reports)
    assert [o.action for o in outcomes[:-1]].count("failed") == 0
    assert outcomes[-1].unsorted and "no recognisable meeting" in outcomes[-1].reason
    assert SourceDocument.objects.filter(meeting__isnull=False).count() == 8
    assert SourceDocument.objects.filter(meeting__isnull=True).count() == 1


def test_an_unexpected_error_fails_that_report_only(reference_data, monkeypatch, caplog):
    """A bug met on one report fails that report, logs why, and the run goes on."""
    from archive.extraction import extract

    reports = generated_reports(4, seed=5)
    real = importer_module.placement_problem
    importer = ReportImporter()
    poisoned = extract(importer.read(reports[0]), lexicon=importer.lexicon).to_dict()["title"]

    def check(data):
        if data.get("title") == poisoned:
            raise KeyError("surprise")
        return real(data)

    monkeypatch.setattr(importer_module, "placement_problem", check)
    outcomes = importer.import_batch(reports)
    assert outcomes[0].failed and "internal error (KeyError)" in outcomes[0].reason
    assert [o.action for o in outcomes[1:]].count("failed") == 0
    assert "importing" in caplog.text and "KeyError" in caplog.text
    assert not SourceDocument.objects.filter(file_name=reports[0].name).exists()


@pytest.mark.parametrize("path", ["one by one", "batch"])
def test_a_report_the_extractor_fails_on_is_kept_unsorted(
    reference_data, monkeypatch, caplog, path
):
    """A bug of the extractor met on one report keeps that report, as text, unsorted for an
    editor with the error named (the traceback in the log); the others are imported."""
    from archive.ingest import reading

    reports = generated_reports(4, seed=7)
    real = reading.extract

    def extract(text, **kwargs):
        if kwargs.get("file") == reports[0].name:
            raise IndexError("list index out of range")
        return real(text, **kwargs)

    monkeypatch.setattr(reading, "extract", extract)
    importer = ReportImporter()
    if path == "batch":
        outcomes = importer.import_batch(reports)
    else:
        outcomes = [importer.import_report(report) for report in reports]
    assert outcomes[0].unsorted, outcomes[0]
    assert "extractor failed on this report (IndexError)" in outcomes[0].reason
    assert [o.action for o in outcomes[1:]].count("failed") == 0
    kept = SourceDocument.objects.get(file_name=reports[0].name)
    assert kept.meeting is None and kept.raw_text.strip()
    assert "extracting" in caplog.text and "IndexError" in caplog.text


def test_a_russian_report_the_extractor_fails_on_is_kept_as_russian(reference_data, monkeypatch):
    """The report kept unsorted after an extractor bug says its language, so the editor's
    queue and a later re-extraction read it as what it is."""
    from archive.ingest import reading

    def extract(text, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(reading, "extract", extract)
    text = "В Минске прошло заседание Совета министров внутренних дел государств СНГ.\n"
    outcome = ReportImporter().import_report(Report(name="ru.txt", text=text))
    assert outcome.unsorted, outcome
    assert SourceDocument.objects.get(file_name="ru.txt").language == "ru"


def test_a_report_the_extractor_fails_on_when_re_extracted_keeps_its_meeting(
    reference_data, monkeypatch
):
    """Re-extracting (--update) a placed report the extractor now fails on leaves its meeting
    and stored extraction as they were, and says so."""
    from archive.ingest import reading

    report = Report(name="cmvd.txt", text=CMVD_KAZINFORM)
    placed = ReportImporter().import_report(report)
    meeting = Meeting.objects.get(pk=placed.meeting_id)
    before = SourceDocument.objects.get(file_name="cmvd.txt").extraction

    def extract(text, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(reading, "extract", extract)
    outcome = ReportImporter(update=True).import_report(report)
    assert outcome.failed and "extractor failed on this report (IndexError)" in outcome.reason
    source = SourceDocument.objects.get(file_name="cmvd.txt")
    assert source.meeting_id == meeting.pk and source.extraction == before
    assert Meeting.objects.get(pk=meeting.pk).title == meeting.title


@pytest.mark.parametrize("path", ["one by one", "batch"])
def test_a_look_alike_is_flagged_for_review_not_merged(reference_data, path):
    """Same body and day but another city: a new meeting, under review, linked to the other."""
    almaty = CMVD_KAZINFORM.replace("ASTANA", "ALMATY").replace("in Astana", "in Almaty")
    reports = [
        Report(name="astana.txt", text=CMVD_KAZINFORM),
        Report(name="almaty.txt", text=almaty),
    ]
    importer = ReportImporter(status="published")
    if path == "batch":
        outcomes = importer.import_batch(reports)
    else:
        outcomes = [importer.import_report(r) for r in reports]
    assert [o.action for o in outcomes] == ["created", "created"]
    first = Meeting.objects.get(city="Astana")
    second = Meeting.objects.get(city="Almaty")
    assert list(second.possible_duplicates.all()) == [first]
    assert second.status == "needs_review"
    assert first.status == "published"
    assert outcomes[1].flags == [f"may describe the same meeting as: {first.title} (#{first.pk})"]


@pytest.mark.django_db(transaction=True)
def test_a_body_another_import_creates_meanwhile_is_found_not_duplicated(reference_data):
    """Two imports at once (the benchmark's parallel loaders, an upload during a run) may both
    meet a new body. The second finds the first's row, whether that was committed after the
    second started or is committed while the second waits to insert its own."""
    from archive.ingest.resolver import ReferenceResolver

    resolver = ReferenceResolver()
    Organization.objects.create(name="Collegium of the Osh Region", slug="collegium-osh")
    assert resolver.organization("Collegium of the Osh Region", create=False).slug == (
        "collegium-osh"
    )

    inserted, release = threading.Event(), threading.Event()

    def other_import():
        try:
            with transaction.atomic():
                Organization.objects.create(name="Board of the Naryn Region", slug="board-naryn")
                inserted.set()
                release.wait(10)
        finally:
            connection.close()

    other = threading.Thread(target=other_import)
    other.start()
    assert inserted.wait(10)
    threading.Timer(0.5, release.set).start()  # commits while our insert waits on its row
    found = resolver.organization("Board of the Naryn Region", kind=Organization.Kind.BODY)
    other.join(10)
    assert found.slug == "board-naryn"
    assert Organization.objects.filter(name="Board of the Naryn Region").count() == 1


@pytest.mark.django_db
def test_a_new_body_named_in_another_word_order_is_the_same_body(reference_data):
    """A body the reference data lacks is named from the report's words: the same two
    ministries' meetings, named with their states in another order or by demonym, make one
    body; other agencies of the same states make another."""
    from archive.ingest.resolver import ReferenceResolver

    resolver = ReferenceResolver()
    kind = Organization.Kind.BODY
    first = resolver.organization("Interior Ministries of Tajikistan and Turkmenistan", kind=kind)
    assert (
        ReferenceResolver().organization(
            "Interior Ministries of Turkmenistan and Tajikistan", kind=kind
        )
        == first
    )
    assert resolver.organization("Turkmen and Tajik Interior Ministries", kind=kind) == first
    other = resolver.organization("Border Services of Tajikistan and Turkmenistan", kind=kind)
    assert other != first
    resolver.create_organizations(
        ["Customs of Kazakhstan and China", "Customs of China and Kazakhstan"], kind=kind
    )
    assert Organization.objects.filter(name__startswith="Customs of").count() == 1
    known = Organization.objects.get(acronym="CSTO")
    assert (
        resolver.organization(known.name.replace("Collective Security", "Security Collective"))
        == known
    )


# Two states' talks at a date and place, with no body and no one named.
TALKS_OF_TWO_STATES = (
    "OSH, 12 March 2024 - Talks between Kyrgyzstan and Uzbekistan on the situation at the "
    "common border took place in Osh on Tuesday. The sides discussed joint patrols and the "
    "exchange of information about smuggling across the border.\n"
)
# One state at a date: not yet a meeting of anyone.
ONE_STATE_AT_A_DATE = (
    "OSH, 12 March 2024 - Kyrgyzstan strengthened the patrols at its southern border on "
    "Tuesday, and more smuggling was found at the checkpoints than a year before.\n"
)


@pytest.mark.parametrize("batch", [False, True], ids=["one by one", "in a batch"])
def test_two_states_meeting_at_a_date_and_place_make_a_meeting_for_review(reference_data, batch):
    """No body and nobody named, but two states met at a date and a place: a meeting, named
    for them, that an editor sees before readers do whatever --status says; one state at a
    date stays unsorted."""
    reports = [
        Report(name="talks.txt", text=TALKS_OF_TWO_STATES),
        Report(name="patrols.txt", text=ONE_STATE_AT_A_DATE),
    ]
    importer = ReportImporter(status=Meeting.Status.PUBLISHED)
    if batch:
        outcomes = importer.import_batch(reports)
    else:
        outcomes = [importer.import_report(report) for report in reports]
    talks, patrols = outcomes
    assert talks.action == "created", talks.reason
    meeting = Meeting.objects.get(pk=talks.meeting_id)
    assert meeting.status == Meeting.Status.NEEDS_REVIEW
    assert meeting.title == "Meeting of Kyrgyzstan and Uzbekistan in Osh"
    assert sorted(meeting.countries.values_list("name", flat=True)) == [
        "Kyrgyzstan",
        "Uzbekistan",
    ]
    assert patrols.unsorted and "no two states meeting" in patrols.reason
