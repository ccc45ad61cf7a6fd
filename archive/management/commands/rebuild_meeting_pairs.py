"""Count who meets whom again from the published meetings (archive.models.network).

A trigger keeps the pair tables in step with every change to a meeting, so this is needed
only after restoring the tables from elsewhere or should they ever be in doubt; the migration
that created them runs the same recount.
"""

import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from archive.models import CountryPair, PersonPair


class Command(BaseCommand):
    help = "Recount the pairs of people and of countries at the same published meetings."

    def handle(self, *args, **options):
        started = time.perf_counter()
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT archive_rebuild_meeting_pairs()")
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"{PersonPair.objects.count()} pairs of people, "
            f"{CountryPair.objects.count()} pairs of countries by body, "
            f"counted in {elapsed:.1f} s"
        )
