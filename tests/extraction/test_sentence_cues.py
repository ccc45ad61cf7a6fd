"""Every sentence cue starts with a literal word, so the cue finder finds the sentences of all
of them in one pass; a cue without one is searched sentence by sentence in every report."""

from __future__ import annotations

import importlib
import pkgutil

import archive.extraction
from archive.extraction.rx import SENTENCE_CUES


def test_every_sentence_cue_has_a_literal_start() -> None:
    for module in pkgutil.walk_packages(archive.extraction.__path__, "archive.extraction."):
        importlib.import_module(module.name)
    assert SENTENCE_CUES.unregistered == []
