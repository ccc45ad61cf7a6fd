"""Latency of the editors' heaviest admin pages on the current database, server-side: the
review queue (whole, by kind, by import, both, newest import first, a late page) and the
meeting change page; prints JSON.

Called by scripts/bench.py (`make bench`) after the search figures, and alone as
``manage.py bench_editors``. Like bench_search, the requests go through Django's whole stack
in-process with the test client, signed in as a staff account of the Editors group (made
once: ``bench-editor``, no usable password).
"""

import json
import os
import statistics
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.urls import reverse

from archive.editorial import REVIEW_PAGE_SIZE
from archive.models import Meeting, ReviewEntry, ReviewStatus

EDITOR = "bench-editor"


class Command(BaseCommand):
    help = "Measure the review queue and the meeting change page (p50/p95 ms); JSON."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=10, help="Timed runs per request.")
        parser.add_argument(
            "--meetings", type=int, default=8, help="Meeting change pages to time (8)."
        )

    def handle(self, *args, repeat, meetings, **options):
        if not ReviewEntry.objects.exists():
            raise CommandError("The review queue is empty: run manage.py sync_review_queue.")
        client = Client()
        client.force_login(editor())
        requests = queue_requests() | meeting_requests(meetings)
        results = {label: self._measure(client, url, repeat) for label, url in requests.items()}
        queue = [r for label, r in results.items() if label.startswith("queue")]
        pages = [r for label, r in results.items() if label.startswith("meeting")]
        summary = {
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "meetings": Meeting.objects.count(),
            "review_entries": ReviewEntry.objects.count(),
            "open_entries": ReviewEntry.objects.filter(status=ReviewStatus.OPEN).count(),
            "queue_worst_p95_ms": max(r["p95_ms"] for r in queue),
            "meeting_page_worst_p95_ms": max(r["p95_ms"] for r in pages),
            "requests": results,
        }
        self.stdout.write(json.dumps(summary, indent=2))

    def _measure(self, client: Client, url: str, repeat: int) -> dict:
        queries: list[str] = []

        def count(execute, sql, params, many, context):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            _, status, size, _ = _get(client, url)
        if status != 200:
            raise CommandError(f"{url} answered {status}")
        runs = [_get(client, url) for _ in range(repeat)]
        timings = [run[0] for run in runs]
        return {
            "url": url,
            "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(_p95(timings), 1),
            # This process's own CPU time: what the request costs without waiting for a busy
            # machine's cores or the database.
            "cpu_p50_ms": round(statistics.median(run[3] for run in runs), 1),
            "queries": len(queries),
            "bytes": size,
        }


def editor():
    """The benchmark's staff account in the Editors group (what real editors have)."""
    user, created = get_user_model().objects.get_or_create(
        username=EDITOR, defaults={"is_staff": True}
    )
    if created:
        user.set_unusable_password()
        user.save()
        group = Group.objects.filter(name="Editors").first()
        if group:
            user.groups.add(group)
    return user


def queue_requests() -> dict[str, str]:
    """The queue as editors open it; the kind and import are the biggest ones, so their pages
    are the slowest to count and read."""
    url = reverse("admin:archive_review_queue")
    open_entries = ReviewEntry.objects.filter(status=ReviewStatus.OPEN).order_by()
    kind = open_entries.values_list("kind", flat=True).annotate(n=Count("*")).order_by("-n").first()
    newest_batch = (
        open_entries.filter(import_batch__isnull=False)
        .order_by("-import_batch")
        .values_list("import_batch", flat=True)
        .first()
    )
    last_page = max(1, (open_entries.count() + REVIEW_PAGE_SIZE - 1) // REVIEW_PAGE_SIZE)
    requests = {
        "queue, whole": url,
        f"queue, kind {kind}": f"{url}?kind={kind}",
        "queue, unsorted reports": f"{url}?kind=unsorted_report",
        "queue, newest import first": f"{url}?order=newest",
        f"queue, late page ({last_page})": f"{url}?page={last_page}",
        "queue, any status": f"{url}?status=all",
    }
    if newest_batch:
        requests[f"queue, import #{newest_batch}"] = f"{url}?batch={newest_batch}"
        requests["queue, import and kind"] = f"{url}?batch={newest_batch}&kind={kind}"
    return requests


def meeting_requests(count: int) -> dict[str, str]:
    """Change pages of meetings spread over the archive, and of the one with most people."""
    ids = list(Meeting.objects.order_by("pk").values_list("pk", flat=True)[::1000])
    step = max(1, len(ids) // max(1, count - 1))
    chosen = ids[::step][: count - 1]
    crowded = (
        Meeting.objects.annotate(n=Count("attendances")).order_by("-n").values_list("pk", flat=True)
    ).first()
    requests = {
        f"meeting #{pk}": reverse("admin:archive_meeting_change", args=[pk]) for pk in chosen
    }
    if crowded:
        requests[f"meeting #{crowded} (most people)"] = reverse(
            "admin:archive_meeting_change", args=[crowded]
        )
    return requests


def _get(client: Client, url: str) -> tuple[float, int, int, float]:
    """(wall milliseconds, status, bytes, CPU milliseconds of this process)."""
    started, cpu = time.perf_counter(), time.process_time()
    response = client.get(url, secure=True)
    body = response.content
    wall = (time.perf_counter() - started) * 1000
    return wall, response.status_code, len(body), (time.process_time() - cpu) * 1000


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
