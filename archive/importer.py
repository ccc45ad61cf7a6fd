"""Old import path, kept for one release: use archive.ingest.importer (and the other modules
of archive.ingest)."""

from .ingest.importer import (  # noqa: F401
    MATCH_FIELDS,
    MAX_MEETING_DAYS,
    PRECISION_RANK,
    REVIEW_CONFIDENCE,
    ROLE_RANK,
    SUPPORTED_SUFFIXES,
    DatabaseUnavailable,
    ImportFailed,
    Outcome,
    Prepared,
    Report,
    ReportImporter,
    copy_insert,
    iter_report_paths,
    look_alike_flags,
    markdown_to_text,
    merge_extractions,
    needs_review,
    normalised_text,
    parse_partial_date,
    raise_if_connection_lost,
    text_sha256,
)
