"""Meeting-report extraction: plain text in, the meeting's facts (with provenance) out.

Pure Python, no Django: the importer maps the result onto models, the CLI prints it as JSON.

    >>> from archive.extraction import extract
    >>> extract(text, file="report.txt").to_dict()
"""

from .core import EXTRACTOR_VERSION, Extraction, extract
from .lexicon import Lexicon, default_lexicon
from .people import name_key, same_person
from .textio import ExtractionError, decode_report, html_to_text

__all__ = [
    "EXTRACTOR_VERSION",
    "Extraction",
    "ExtractionError",
    "Lexicon",
    "decode_report",
    "default_lexicon",
    "extract",
    "html_to_text",
    "name_key",
    "same_person",
]
