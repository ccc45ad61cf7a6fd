"""Read every stored report again with the extractor as it is now.

After the extractor or the title rules change, meetings already in the archive keep what the
old rules made until their reports are read again. This rebuilds each meeting from its
reports (title, body, date, place, countries, people, topics), keeping whatever editors
curated, and places the reports kept unsorted that the extractor can now place. It needs no
files: the reports' texts are stored. Each meeting is rebuilt under the archive's import lock,
so it can run beside readers and editors.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from archive.editorial import place_unsorted_again, rerun_extraction
from archive.editorial.refresh import people_of, refresh_latest_titles
from archive.models import Meeting
from archive.search.snapshot_refresh import refresh_facet_snapshots

# Meetings are read a chunk at a time: a whole archive's rows need not sit in memory.
CHUNK = 500


class Command(BaseCommand):
    help = (
        "Re-extract stored reports with the current extractor: rebuild meetings (curated "
        "fields kept) and place unsorted reports that can now be placed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--meeting",
            action="append",
            default=[],
            metavar="SLUG",
            help="Only this meeting (repeatable). Without it: every meeting with reports.",
        )
        parser.add_argument(
            "--skip-unsorted",
            action="store_true",
            help="Leave the reports kept unsorted as they are.",
        )
        parser.add_argument(
            "--lock-wait",
            type=float,
            default=60.0,
            metavar="SECONDS",
            help="How long each step waits for a running import to finish (default 60).",
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        slugs = options["meeting"]
        meetings = Meeting.objects.filter(sources__isnull=False).distinct()
        if slugs:
            meetings = meetings.filter(slug__in=slugs)
            missing = set(slugs) - set(meetings.values_list("slug", flat=True))
            if missing:
                raise CommandError(
                    "No meeting with reports has the slug " + ", ".join(sorted(missing))
                )
        ids = list(meetings.order_by("pk").values_list("pk", flat=True))
        titles_before = dict(Meeting.objects.filter(pk__in=ids).values_list("pk", "title"))

        rebuilt = reports = 0
        failures: list[str] = []
        stopped = False
        for first in range(0, len(ids), CHUNK):
            chunk = Meeting.objects.filter(pk__in=ids[first : first + CHUNK]).order_by("pk")
            run = rerun_extraction(chunk, lock_wait=options["lock_wait"])
            rebuilt += run.meetings
            reports += run.reports
            failures.extend(run.failures)
            if run.stopped:
                stopped = True
                break
        titles_after = dict(Meeting.objects.filter(pk__in=ids).values_list("pk", "title"))
        retitled = sum(1 for pk, title in titles_after.items() if titles_before.get(pk) != title)
        self.stdout.write(
            f"Meetings rebuilt: {rebuilt} of {len(ids)}, from {reports} report(s); "
            f"{retitled} title(s) changed."
        )

        placed = []
        if not slugs and not options["skip_unsorted"] and not stopped:
            unsorted = place_unsorted_again(lock_wait=options["lock_wait"])
            failures.extend(unsorted.failures)
            stopped = unsorted.stopped
            placed = unsorted.placed
            self.stdout.write(
                f"Unsorted reports read again: {unsorted.reports}; placed now: "
                f"{len(unsorted.placed)} (in {unsorted.meetings} meeting(s)), the rest stay "
                "unsorted for an editor."
            )

        if rebuilt or placed:
            self._refresh_counts(set(ids))
        for failure in failures:
            self.stderr.write(failure)
        self.stdout.write(f"Done in {time.monotonic() - started:.1f} s.")
        if stopped:
            raise CommandError(
                "Stopped: an import held the archive's lock for too long. What was rebuilt "
                "is kept; run the command again when the import is done.",
                returncode=2,
            )
        if failures:
            raise CommandError(f"{len(failures)} problem(s), listed above", returncode=1)

    def _refresh_counts(self, meetings: set[int]) -> None:
        """People's latest titles and the home page's exact counts follow the rebuilt facts."""
        try:
            refresh_latest_titles(people_of(meetings))
            refresh_facet_snapshots()
        except DatabaseError as exc:  # the rebuilt meetings themselves are committed
            self.stderr.write(
                f"Could not refresh the counts ({exc}); run `manage.py refresh_facet_counts`."
            )
