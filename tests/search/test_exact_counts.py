"""Every count of every search is exact, and stays exact in every process after every kind of
change: the facet index (archive.search.facet_index) of this process and of a second,
long-running one are compared with the plain SQL statement's counts after publishing,
unpublishing, an import, a merge, a re-extraction, an edit, a deletion and a rolled-back
change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest
from django.db import connection, transaction
from django.http import QueryDict

from archive.editorial.merging import move_reports
from archive.editorial.publishing import set_status
from archive.editorial.reextract import rerun_extraction
from archive.models import Meeting, MeetingCountry, MeetingTopic
from archive.search.facet_index import facet_index
from archive.search.filters import MeetingFilterSet
from archive.search.query import MeetingSearch
from tests.factories import (
    CHSSS_DUSHANBE,
    CMVD_BELTA,
    CMVD_KAZINFORM,
    build,
    country,
    generated_reports,
)
from tests.helpers import REPO, run_import, url_for

pytestmark = pytest.mark.django_db(transaction=True)

STAFF = SimpleNamespace(is_staff=True)
SEARCHES = [
    "",
    "country=RU",
    "country=KZ&country=RU",
    "topic=terrorism",
    "year=2023&year=2024",
    "city=Astana",
    "country=RU&year=2024&city=Minsk",
    "q=council",
    "q=drug+trafficking",
    "q=meeting&country=RU",
    # Words answered from the facet index's word bitmaps: AND, OR, AND NOT, and with a date.
    "q=council+-drug",
    "q=collegium+or+smuggling",
    "q=security+chiefs&year=2024",
    "q=council&date_from=2024-01-01",
    "date_from=2024-01-01",
    "country=KZ&country=RU&countries=exact",
    "country=RU&people=all",
    "office=interior-minister.RU",
    "country=BY&office=interior-minister.BY",
    "country=KZ&country=RU&office=interior-minister.RU&people=all",
    "role=chair.BY&q=council",
    "country=RU&role=chair.RU",
    "body_type=cis",
    "body_type=not-cis&country=RU&year=2024",
    # Phrases, read from the word-pair index (archive.search.phrases): two words, a stop word
    # inside, three words, Cyrillic, two words present but apart, with NOT and OR.
    "q=%22drug+trafficking%22",
    "q=%22council+of+ministers%22&country=RU",
    "q=%22ministers+of+internal+affairs%22",
    "q=%22%D1%81%D0%BE%D0%B2%D0%B5%D1%82+%D0%BC%D0%B8%D0%BD%D0%B8%D1%81%D1%82%D1%80%D0%BE%D0%B2%22",
    "q=%22drug+information%22",
    "q=%22drug+trafficking%22+-%22heads+of+security%22+or+%22security+chiefs%22",
]

# A second server process: it answers "counts of this search" from its own facet index,
# which it loads once and then keeps in step through the change log.
WORKER = """
import json, sys
import django
django.setup()
from types import SimpleNamespace
from django.db import connection
from django.http import QueryDict
from archive.models import Meeting
from archive.search.facet_index import facet_index
from archive.search.filters import MeetingFilterSet
from archive.search.query import MeetingSearch

for line in sys.stdin:
    asked = json.loads(line)
    user = SimpleNamespace(is_staff=True) if asked["staff"] else None
    answers = []
    for query in asked["searches"]:
        filterset = MeetingFilterSet(
            QueryDict(query), queryset=Meeting.objects.none(), user=user
        )
        assert filterset.is_valid(), filterset.errors
        counts = MeetingSearch(filterset, user=user).counter.counts(fetch=None)
        answers.append([counts.total, sorted(map(list, counts.rows))])
    print(json.dumps({"answers": answers, "rebuilds": facet_index().rebuilds}), flush=True)
    connection.close()
"""


def search(query: str, user) -> MeetingSearch:
    filterset = MeetingFilterSet(QueryDict(query), queryset=Meeting.objects.none(), user=user)
    assert filterset.is_valid(), filterset.errors
    return MeetingSearch(filterset, user=user)


def plain_sql(user) -> list:
    answers = []
    for query in SEARCHES:
        counts = search(query, user).counter.sql_counts(fetch=None)
        answers.append([counts.total, sorted(map(list, counts.rows))])
    return answers


def indexed(user) -> list:
    answers = []
    for query in SEARCHES:
        counts = search(query, user).counter.counts(fetch=None)
        answers.append([counts.total, sorted(map(list, counts.rows))])
    return answers


class Worker:
    def __init__(self) -> None:
        env = {
            **os.environ,
            "DEBUG": "1",
            "DJANGO_SETTINGS_MODULE": "archive.settings",
            "DATABASE_URL": url_for(connection.settings_dict["NAME"]),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-c", WORKER],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(self, staff: bool) -> tuple[list, int]:
        self.process.stdin.write(json.dumps({"staff": staff, "searches": SEARCHES}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, "the worker process ended"
        reply = json.loads(line)
        return reply["answers"], reply["rebuilds"]

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(name="worker")
def worker_fixture(archive):
    worker = Worker()
    yield worker
    worker.stop()


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_counts_stay_exact_in_every_process_after_every_kind_of_change(archive, worker, tmp_path):
    history: list = []

    def check(change: str, *, moves_counts: bool = True) -> None:
        for user, staff in ((None, False), (STAFF, True)):
            expected = plain_sql(user)
            assert indexed(user) == expected, f"this process, after: {change}"
            answers, rebuilds = worker.ask(staff)
            assert answers == expected, f"the worker process, after: {change}"
            assert rebuilds == 1, "the worker followed the change log without reloading"
            history.append((change, staff, expected))
        # Each change moved some count, so the comparison above had something to catch.
        if len(history) > 2 and moves_counts:
            assert history[-1][2] != history[-3][2] or history[-2][2] != history[-4][2], change

    check("the archive as the fixture left it")

    out, err, status = run_import(
        str(write(tmp_path, "kazinform.txt", CMVD_KAZINFORM)),
        str(write(tmp_path, "dushanbe.txt", CHSSS_DUSHANBE)),
    )
    assert status == 0, err
    check("an import")

    imported = Meeting.objects.filter(status=Meeting.Status.NEEDS_REVIEW)
    council = imported.get(city="Astana")
    set_status(Meeting.objects.filter(pk=council.pk), Meeting.Status.PUBLISHED)
    check("publishing")

    set_status(Meeting.objects.filter(pk=archive["m1"].pk), Meeting.Status.DRAFT)
    check("unpublishing")

    # A second report of the council's meeting, imported as a meeting of its own and then
    # merged into the first ("same meeting").
    out, err, status = run_import(str(write(tmp_path, "belta.txt", CMVD_BELTA)))
    assert status == 0, err
    check("an import joining a meeting", moves_counts=False)  # its facts were known
    build(
        title="An editor's meeting of the security chiefs",
        year=2024,
        city="Bishkek",
        body=archive["b2"],
        countries=["KG", "TJ"],
        topics=["terrorism"],
        text="Совет министров внутренних дел СНГ обсудил борьбу с оборотом наркотиков.",
        status=Meeting.Status.NEEDS_REVIEW,
    )
    check("a new meeting")
    dushanbe = Meeting.objects.get(city="Dushanbe")
    MeetingCountry.objects.filter(meeting=dushanbe).delete()
    dushanbe.refresh_facet_keys()
    check("an edit of a meeting's countries")
    rerun_extraction([dushanbe])
    check("re-extraction")
    known = set(Meeting.objects.values_list("pk", flat=True))
    report = generated_reports(1)[0]
    out, err, status = run_import(str(write(tmp_path, report.name, report.text)))
    assert status == 0, err
    check("an import of another meeting")
    (other,) = Meeting.objects.exclude(pk__in=known)
    move_reports(other, Meeting.objects.get(pk=council.pk))
    assert not Meeting.objects.filter(pk=other.pk).exists()
    check("a merge")

    m2 = Meeting.objects.get(pk=archive["m2"].pk)
    m2.city = "Astana"
    m2.save()
    MeetingTopic.objects.filter(meeting=m2).delete()
    m2.refresh_facet_keys()
    check("an edit of a meeting's city and topics")

    Meeting.objects.filter(pk=archive["m3"].pk).delete()
    check("a deletion")

    before = plain_sql(None)
    with pytest.raises(RuntimeError), transaction.atomic():
        Meeting.objects.update(status=Meeting.Status.DRAFT)
        assert indexed(None)[0][0] == 0  # seen inside the transaction
        raise RuntimeError("rolled back")
    assert indexed(None) == before == plain_sql(None)
    answers, _ = worker.ask(False)
    assert answers == before


def test_a_new_process_loads_the_index_and_a_country_filter_is_all_of(archive):
    """Loading: the counts of a freshly built index equal the SQL statement's; a facet with a
    key no meeting holds counts nothing."""
    index = facet_index()
    index.rebuild()
    for user in (None, STAFF):
        assert indexed(user) == plain_sql(user)
    unknown = search("country=KZ&country=RU&country=TM", None)
    MeetingCountry.objects.filter(country=country("TM")).delete()
    assert unknown.counter.counts().total == 0 == unknown.counter.sql_counts().total


def test_publishing_refreshes_the_snapshots_and_a_stale_one_is_not_read(archive, settings):
    """A change to any meeting makes the precomputed snapshot stale at once (its log position
    does not see the change); publishing also recounts it, in a background thread."""
    from archive.search import snapshot_refresh
    from archive.search.snapshots import fresh_snapshot

    snapshot_refresh.refresh_facet_snapshots()
    assert fresh_snapshot(None).total == 4
    draft = Meeting.objects.get(status=Meeting.Status.DRAFT)
    draft.city = "Baku"
    draft.save()
    assert fresh_snapshot(None) is None  # an edit: stale until recounted

    settings.SNAPSHOT_REFRESH_ON_PUBLISH = True
    set_status(Meeting.objects.filter(pk=draft.pk), Meeting.Status.PUBLISHED)
    snapshot_refresh.background_refresh.join(timeout=60)
    assert fresh_snapshot(None).total == 5
