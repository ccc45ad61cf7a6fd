"""Old import path, kept for one release: use archive.ingest.reference_data."""

from .ingest.reference_data import (  # noqa: F401
    FIXTURES_DIR,
    LoadResult,
    load_countries,
    load_organizations,
    load_reference_data,
    load_topics,
    read_fixture,
)
