"""Meeting-report extraction: plain text in, the meeting's facts (with provenance) out.

Pure Python, no Django: the importer maps the result onto models, the CLI prints it as JSON.

    >>> from archive.extraction import decode_report, extract
    >>> result = extract(decode_report(raw_bytes), file="report.txt")
    >>> result.to_dict()              # the JSON object of DESIGN.md's extraction contract
    >>> result.cleaned_text           # every evidence offset points into this text

Pipeline (one module per step; rules and gazetteers, no statistical models):

- ``textio``: bytes -> text (encoding detection), HTML -> text, refusal of non-reports.
- ``cleaning``: page furniture removed, headline, publication date, byline, dateline, sentences.
- ``lexicon``: countries, cities, organizations and topic patterns in one Aho-Corasick automaton.
- ``dates`` (the grammar), ``publication`` (the page's date), ``years`` (the year from the
  report's reporting periods, or stated alone), ``date_cues`` (which meeting a sentence speaks
  of) and ``when`` (which date is the meeting's; never invents a year).
- ``places`` (venue), ``bodies`` (convening body; ``body_names`` for bodies outside the
  gazetteer), ``ordinals`` (the session's number), ``organizations`` (those taking part),
  ``people`` (names, cue words) and ``participants`` (titles, roles, mentioned-only people),
  ``countries`` (taking part vs mentioned), ``topics``; ``core`` runs the steps and
  ``result`` assembles the contract (for the Russian pipeline in ``russian`` too).
- ``names``: the one name normaliser and transliteration key, shared with the importer.
"""

from .core import EXTRACTOR_VERSION, extract
from .lexicon import Lexicon, default_lexicon
from .names import name_key, name_keys, normalize_name, same_person
from .result import Extraction
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
    "name_keys",
    "normalize_name",
    "same_person",
]
