"""Bring the whole review queue in step with the archive (after a bulk load, an upgrade, or
to check that nothing drifted); imports and edits keep it in step on their own."""

import time

from django.core.management.base import BaseCommand

from archive.editorial import sync_everything


class Command(BaseCommand):
    help = (
        "Re-derive every review item (weak fields, new bodies, possible duplicates, uncertain "
        "and similar people, unsorted reports) and update the queue's entries: new problems "
        "open, fixed ones resolved, dismissed ones left dismissed."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        result = sync_everything()
        if options["verbosity"] >= 1:
            kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(result.kinds.items()))
            self.stdout.write(
                self.style.SUCCESS(
                    f"Review queue: {result} in {time.monotonic() - started:.1f} s "
                    f"(found: {kinds or 'nothing'})"
                )
            )
