"""Ingest: reading reports, matching them to the archive, merging and writing records.

One report's way from the command to the tables, top-down:
``management/commands/import_reports`` → ``pipeline`` (read and extract ahead, batches) →
``importer.ReportImporter`` (one transaction per report or batch) → ``reading`` (decode, digest,
extract) → ``matching`` (is it a meeting the archive has?) → ``rebuilding`` / ``batch`` (new or
merged meeting) → ``merging`` (facts of all its reports) → ``rows`` (countries, organizations,
topics, attendances; people through ``resolver``) → ``bulk`` (COPY). ``reference_data`` loads the
fixtures the extractor and resolver read.
"""
