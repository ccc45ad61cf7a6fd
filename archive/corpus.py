"""Old import path, kept for one release: use archive.bench.corpus."""

from .bench.corpus import Body, CorpusGenerator, GeneratedReport, write_corpus  # noqa: F401
from .bench.people import Person  # noqa: F401
