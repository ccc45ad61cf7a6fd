from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.ingest.reference_data import load_reference_data


class Command(BaseCommand):
    help = (
        "Load countries, topics and organizations from fixtures/ (idempotent; fields editors "
        "changed are kept; a body an import already made under one of a new entry's names "
        "becomes that entry)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fixtures-dir",
            type=Path,
            default=None,
            help="Directory holding countries.json, topics.json, organizations.json "
            "(default: the project's fixtures/).",
        )

    def handle(self, *args, fixtures_dir=None, **options):
        try:
            results = load_reference_data(fixtures_dir)
        except (OSError, ValueError, KeyError) as exc:
            raise CommandError(f"Could not load reference data: {exc}") from exc
        for name, result in results.items():
            if options["verbosity"] >= 1:
                self.stdout.write(f"{name}: {result}")
                for adopted in result.adopted:
                    self.stdout.write(f"  made the reference entry: {adopted}")
                for left in result.left_for_editors:
                    self.stdout.write(self.style.WARNING(f"  left for an editor: {left}"))
            if options["verbosity"] >= 2:
                for kept in result.kept_curated:
                    self.stdout.write(f"  kept editor's value: {kept}")
        self.stdout.write(self.style.SUCCESS("Reference data loaded."))
