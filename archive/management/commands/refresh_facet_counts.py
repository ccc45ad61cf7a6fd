"""Count the unfiltered archive's facets exactly and store them for the home page.

Run from cron every few minutes in production (docs/OPERATIONS.md); ``import_reports`` runs it
after an import that changed anything. See models.FacetSnapshot for why.
"""

import time

from django.core.management.base import BaseCommand

from archive.search import refresh_facet_snapshots


class Command(BaseCommand):
    help = "Count the unfiltered archive's facets exactly (for the home page)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        snapshots = refresh_facet_snapshots()
        elapsed = time.perf_counter() - started
        for snapshot in snapshots:
            self.stdout.write(f"{snapshot.audience}: {snapshot.total} meetings")
        self.stdout.write(f"counted in {elapsed:.1f} s")
