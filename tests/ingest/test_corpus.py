"""The synthetic corpus is deterministic, varied, and loads through the importer."""

import datetime
import hashlib

import pytest
from django.core.management import CommandError, call_command

from archive.bench.corpus import CorpusGenerator
from archive.models import Meeting, Participant, SourceDocument

ONE_DAY = datetime.timedelta(days=1)


def digest(directory) -> str:
    sha = hashlib.sha256()
    for path in sorted(directory.iterdir()):
        sha.update(path.name.encode() + path.read_bytes())
    return sha.hexdigest()


def test_same_seed_same_corpus_other_seed_other_corpus(tmp_path):
    """Byte-identical for a seed, different for another."""
    call_command("generate_corpus", count=30, seed=5, out=tmp_path / "a", verbosity=0)
    call_command("generate_corpus", count=30, seed=5, out=tmp_path / "b", verbosity=0)
    call_command("generate_corpus", count=30, seed=6, out=tmp_path / "c", verbosity=0)
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert digest(tmp_path / "a") != digest(tmp_path / "c")
    assert len(list((tmp_path / "a").glob("*.txt"))) == 30


def test_corpus_is_varied():
    """Sizes from 1 to 8 KB, boilerplate on some pages, meetings reported more than once,
    spelling variants of people, dates across 1992–2026."""
    reports = list(CorpusGenerator(2).reports(400))
    sizes = [len(r.text.encode()) for r in reports]
    assert min(sizes) < 1500 and max(sizes) > 7000
    assert 0.2 < sum("Related news" in r.text for r in reports) / len(reports) < 0.5
    assert len({r.meeting_key for r in reports}) < len(reports)
    years = {int(r.truth["date"][:4]) for r in reports}
    assert min(years) < 1997 and max(years) > 2021
    generator = CorpusGenerator(2)
    assert len(generator.people) >= 3000
    assert sum(bool(p.variants) for p in generator.people) > 1000


def test_a_body_never_meets_twice_within_a_day():
    """Two meetings of one body a day apart would be one meeting to the importer (same body,
    overlapping days): a big corpus would be mostly look-alikes. 20,000 reports are enough to
    make such pairs common if the dates were drawn without the body's calendar."""
    days: dict[str, set[datetime.date]] = {}
    seen = set()
    for report in CorpusGenerator(3).reports(20_000):
        if report.meeting_key in seen:
            continue
        seen.add(report.meeting_key)
        day = datetime.date.fromisoformat(report.truth["date"])
        taken = days.setdefault(report.truth["body"], set())
        assert not taken & {day - ONE_DAY, day, day + ONE_DAY}, report.truth
        taken.add(day)
    assert len(days) > 300  # national and regional bodies, not only the 26 CIS-wide ones


def test_body_kinds_hold_their_country_and_city():
    """A national body meets in its own state with its own officials in the chair; a regional
    body in its own city."""
    generator = CorpusGenerator(4)
    national = {b.name: b for b in generator.bodies["national"]}
    regional = {b.name: b for b in generator.bodies["regional"]}
    names = {p.name: p for p in generator.people}
    checked = set()
    for report in generator.reports(3000):
        truth = report.truth
        if truth["body"] in national:
            body = national[truth["body"]]
            assert names[truth["participants"][0]].country == body.country
            assert truth["city"] in body.cities
            checked.add("national")
        elif truth["body"] in regional:
            assert truth["city"] == regional[truth["body"]].cities[0]
            assert truth["body"].endswith(f"of the {truth['city']} Region")
            checked.add("regional")
    assert checked == {"national", "regional"}


@pytest.mark.django_db
def test_load_imports_through_the_bulk_path(reference_data):
    """--load makes published meetings, one per distinct meeting of the corpus."""
    call_command("generate_corpus", count=40, seed=9, load=True, verbosity=0)
    key_of = {f"synthetic/9/{r.name}": r.meeting_key for r in CorpusGenerator(9).reports(40)}
    truth = set(key_of.values())
    assert SourceDocument.objects.count() == 40
    assert SourceDocument.objects.filter(import_batch__origin="corpus").count() == 40
    for meeting in Meeting.objects.all():
        keys = {key_of[name] for name in meeting.sources.values_list("file_name", flat=True)}
        assert len(keys) == 1, f"{meeting.title} merges reports of different meetings"
    # The importer may keep a doubtful repeat apart, never merge two distinct meetings.
    assert len(truth) <= Meeting.objects.count() <= len(truth) + 2
    assert not Meeting.objects.exclude(status__in=["published", "needs_review"]).exists()
    assert Participant.objects.count() > 40


@pytest.mark.django_db
def test_load_in_consecutive_ranges_loads_each_report_once(reference_data):
    """--skip lets parallel loaders share one corpus: two ranges load the same reports as one."""
    call_command("generate_corpus", count=25, seed=9, load=True, skip=10, verbosity=0)
    assert set(SourceDocument.objects.values_list("file_name", flat=True)) == {
        f"synthetic/9/{r.name}" for r in list(CorpusGenerator(9).reports(25))[10:]
    }
    call_command("generate_corpus", count=10, seed=9, load=True, verbosity=0)
    assert SourceDocument.objects.count() == 25
    assert set(SourceDocument.objects.values_list("file_name", flat=True)) == {
        f"synthetic/9/{r.name}" for r in CorpusGenerator(9).reports(25)
    }
    with pytest.raises(CommandError, match="--skip"):
        call_command("generate_corpus", count=10, seed=9, load=True, skip=10, verbosity=0)
