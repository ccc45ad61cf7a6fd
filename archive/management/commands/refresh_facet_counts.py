"""Count the unfiltered archive's facets exactly and store them for the home page, the browse
lists and the country, topic and organization pages.

Run from cron every few minutes in production (docs/OPERATIONS.md); ``import_reports`` runs it
after an import that changed anything. See models.FacetSnapshot for why.
"""

import time

from django.core.management.base import BaseCommand

from archive.search.snapshot_refresh import refresh_facet_snapshots


class Command(BaseCommand):
    help = "Count the whole archive exactly (home page, browse lists, entity pages)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        snapshots = refresh_facet_snapshots()
        elapsed = time.perf_counter() - started
        for snapshot in snapshots:
            entities = snapshot.entities.count()
            self.stdout.write(
                f"{snapshot.audience}: {snapshot.total} meetings, {entities} entity pages"
            )
        self.stdout.write(f"counted in {elapsed:.1f} s")
