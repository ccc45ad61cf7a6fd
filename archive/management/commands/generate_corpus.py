import itertools
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from archive.bench.corpus import CorpusGenerator, write_corpus
from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import ImportBatch, Meeting


class Command(BaseCommand):
    help = (
        "Generate a deterministic synthetic corpus of meeting reports (archive/bench/corpus.py): "
        "write them as files, or load them straight through the importer's bulk path."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="Number of reports.")
        parser.add_argument("--seed", type=int, default=1, help="Seed; same seed, same corpus.")
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument("--out", type=Path, help="Write report files (and truth.jsonl) here.")
        target.add_argument(
            "--load",
            action="store_true",
            help="Import into the database through the importer, without files.",
        )
        parser.add_argument(
            "--status",
            choices=Meeting.Status.values,
            default=Meeting.Status.PUBLISHED,
            help="Status of loaded meetings (default: published).",
        )
        parser.add_argument(
            "--batch-size", type=int, default=200, help="Reports per transaction when loading."
        )
        parser.add_argument(
            "--skip",
            type=int,
            default=0,
            help=(
                "Load only the reports after the first SKIP of the --count. The corpus is the "
                "same whatever the count, so loaders given consecutive ranges can run at once."
            ),
        )

    def handle(self, *args, count, seed, out, load, status, batch_size, skip, **options):
        if count < 1:
            raise CommandError("--count must be at least 1")
        if not 0 <= skip < count:
            raise CommandError("--skip must be at least 0 and less than --count")
        if out and skip:
            raise CommandError("--skip applies to --load only")
        started = time.monotonic()
        if out:
            write_corpus(out, count, seed=seed)
            self.stdout.write(self.style.SUCCESS(f"{count} reports written to {out}"))
            return
        import_batch = ImportBatch.objects.create(
            origin=ImportBatch.Origin.CORPUS, label=f"seed {seed}, reports {skip + 1}-{count}"
        )
        importer = ReportImporter(status=status, import_batch=import_batch)
        done = failed = 0
        wanted = count - skip
        batch: list[Report] = []
        for report in itertools.islice(CorpusGenerator(seed).reports(count), skip, None):
            batch.append(Report(name=f"synthetic/{seed}/{report.name}", text=report.text))
            if len(batch) >= batch_size or done + len(batch) == wanted:
                with transaction.atomic():
                    outcomes = importer.import_batch(batch)
                failed += sum(outcome.failed for outcome in outcomes)
                done += len(batch)
                batch = []
                if options["verbosity"] >= 1:
                    rate = done / (time.monotonic() - started)
                    self.stdout.write(f"{done}/{wanted} reports ({rate:.0f}/s)")
        self.stdout.write(
            self.style.SUCCESS(
                f"{done} reports loaded, {failed} failed, in {time.monotonic() - started:.0f} s"
            )
        )
        # Loaders run side by side over one archive: the review queue is brought in step once,
        # after all of them (manage.py sync_review_queue), not by each.
        import_batch.finished_at = timezone.now()
        import_batch.save(update_fields=["finished_at"])
