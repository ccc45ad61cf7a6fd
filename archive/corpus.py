"""Old import path, kept for one release: use archive.bench.corpus."""

from .bench.corpus import (  # noqa: F401
    Body,
    CorpusGenerator,
    GeneratedReport,
    Person,
    write_corpus,
)
