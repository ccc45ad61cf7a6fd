"""Old import path, kept for one release: use archive.ingest.resolver (and
archive.extraction.names for ``name_keys`` and ``fold_word``)."""

from .ingest.resolver import (
    PeopleResolver,
    PersonMatch,
    PersonRequest,
    ReferenceResolver,
    fold_word,
    name_keys,
)

__all__ = [
    "PeopleResolver",
    "PersonMatch",
    "PersonRequest",
    "ReferenceResolver",
    "fold_word",
    "name_keys",
]
