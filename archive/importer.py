"""Old import path, kept for one release: use archive.ingest.importer (ReportImporter) and the
other modules of archive.ingest (reading, outcomes, matching, merging, rows, bulk)."""

from .extraction.textio import markdown_to_text  # noqa: F401
from .ingest.bulk import copy_insert  # noqa: F401
from .ingest.importer import ReportImporter  # noqa: F401
from .ingest.matching import (  # noqa: F401
    MATCH_FIELDS,
    MAX_MEETING_DAYS,
    REVIEW_CONFIDENCE,
    look_alike_flags,
    needs_review,
)
from .ingest.merging import (  # noqa: F401
    PRECISION_RANK,
    ROLE_RANK,
    merge_extractions,
    parse_partial_date,
)
from .ingest.outcomes import (  # noqa: F401
    DatabaseUnavailable,
    ImportFailed,
    Outcome,
    raise_if_connection_lost,
)
from .ingest.reading import (  # noqa: F401
    SUPPORTED_SUFFIXES,
    Prepared,
    Report,
    iter_report_paths,
    normalised_text,
    text_sha256,
)
