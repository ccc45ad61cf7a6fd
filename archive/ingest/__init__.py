"""Ingest: reading reports, matching them to the archive, merging and writing records."""
