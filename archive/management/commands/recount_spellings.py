"""Count every report's spellings of people's names again, and derive the names readers are
shown from the published counts (migration 0024 does it once; imports and edits keep the
counts in step on their own)."""

import time

from django.core.management.base import BaseCommand
from django.db import transaction

from archive.ingest.spellings import recount_spellings


class Command(BaseCommand):
    help = (
        "Recount how many reports, and how many reports of published meetings, wrote each "
        "spelling of each person's name, and derive every person's name as most published "
        "reports write it and their Cyrillic name again (to check that nothing drifted)."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        with transaction.atomic():
            counted = recount_spellings()
        if options["verbosity"] >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Counted {counted} spelling(s) of people's names in "
                    f"{time.monotonic() - started:.1f} s."
                )
            )
