"""Reading reports: the files an import is given, each report's text (size limit, encoding,
HTML or Markdown to text), the digest that identifies it, and its extraction.

Reading and extracting need no database, so the command can do them in a worker process ahead
of the writer (``ReportReader.prepare``, ``archive.ingest.pipeline``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extraction import ExtractionError, decode_report, extract, html_to_text
from ..extraction.textio import markdown_to_text
from .lookups import Lookups
from .outcomes import ImportFailed

SUPPORTED_SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ".markdown"}


@dataclass
class Prepared:
    """What the importer works out from a report without the database: its text, digest and
    extraction, or the error reading or extracting it raised. The command computes it in a
    worker process ahead of the writer (``ReportReader.prepare``); the importer uses it in
    place of doing that work itself, raising the error where it would have met it."""

    text: str = ""
    sha256: str = ""
    data: dict[str, Any] | None = None
    cleaned_text: str = ""
    read_error: Exception | None = None  # the report cannot be read
    extraction_error: Exception | None = None  # readable, but nothing can be extracted


@dataclass
class Report:
    """One report to import: raw bytes from a file or an upload, or text pasted by an editor."""

    name: str
    data: bytes | None = None
    text: str | None = None
    url: str = ""
    prepared: Prepared | None = field(default=None, repr=False)

    @classmethod
    def from_path(cls, path: Path) -> Report:
        return cls(name=str(path), data=path.read_bytes())


def normalised_text(text: str) -> str:
    """The text whose digest identifies a report: Unicode NFC, Unix line ends, no trailing
    blanks — so a re-saved copy of the same article is recognised."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def text_sha256(text: str) -> str:
    return hashlib.sha256(normalised_text(text).encode("utf-8")).hexdigest()


def iter_report_paths(arguments: Iterable[str]) -> Iterable[Path | str]:
    """Files, directories (recursively: supported types only) and globs, each once, in order.

    Yields a string (the argument itself) for an argument that matches nothing, so the caller
    can report it as a failure.
    """
    seen: set[Path] = set()
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            candidates = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        elif path.exists():
            candidates = [path]
        elif any(ch in argument for ch in "*?["):
            base = Path(argument).anchor or "."
            pattern = argument[len(base) :] if Path(argument).is_absolute() else argument
            candidates = sorted(p for p in Path(base).glob(pattern) if p.is_file())
            if not candidates:
                yield argument
        else:
            yield argument
            continue
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield candidate


def read_text(report: Report, max_bytes: int) -> str:
    """The report's text, or ImportFailed/ExtractionError saying why it cannot be read."""
    if report.text is not None:
        text = report.text
        size = len(text.encode("utf-8"))
    else:
        data = report.data or b""
        size = len(data)
        if size > max_bytes:
            raise ImportFailed(
                f"the file is {size / 1_048_576:.1f} MB, over the "
                f"{max_bytes / 1_048_576:.1f} MB limit (REPORT_MAX_BYTES)"
            )
        text = decode_report(data)
    if size > max_bytes:
        raise ImportFailed(f"the text is over the {max_bytes} byte limit")
    suffix = Path(report.name).suffix.lower()
    if suffix in {".html", ".htm"} or (
        report.text is None and re.match(r"\s*(<!doctype html|<html)", text[:200], re.I)
    ):
        text = html_to_text(text)
    elif suffix in {".md", ".markdown"}:
        text = markdown_to_text(text)
    if not text.strip():
        raise ImportFailed("the report is empty")
    return text


class ReportReader:
    """Reads and extracts reports for one import run, or takes what a worker already
    prepared (``Report.prepared``), raising the error the worker met where the import meets
    it."""

    def __init__(self, *, max_bytes: int, lookups: Lookups) -> None:
        self.max_bytes = max_bytes
        self.lookups = lookups

    def read(self, report: Report) -> str:
        """The report's text, or ImportFailed/ExtractionError saying why it cannot be read."""
        return read_text(report, self.max_bytes)

    def text(self, report: Report) -> str:
        """The report's text, as prepared ahead or read now."""
        if report.prepared is None:
            return self.read(report)
        if report.prepared.read_error is not None:
            raise report.prepared.read_error
        return report.prepared.text

    @staticmethod
    def digest(report: Report, text: str) -> str:
        if report.prepared is not None and report.prepared.text == text:
            return report.prepared.sha256
        return text_sha256(text)

    def extract(self, report: Report, text: str) -> tuple[dict[str, Any], str]:
        """(extraction as stored, cleaned text) of the report's ``text``."""
        prepared = report.prepared
        if prepared is not None and prepared.text == text and prepared.sha256:
            if prepared.extraction_error is not None:
                raise prepared.extraction_error
            if prepared.data is not None:
                return prepared.data, prepared.cleaned_text
        extraction = extract(
            text, file=report.name, lexicon=self.lookups.lexicon, url=report.url or None
        )
        data = extraction.to_dict()
        data.pop("cleaned_text", None)
        return data, extraction.cleaned_text

    def extraction_of(self, report: Report, text: str, sha: str) -> dict[str, Any] | None:
        """The report's extraction, kept on it for the import that follows; None when nothing
        can be extracted (the import reports why)."""
        if report.prepared is None or report.prepared.text != text:
            report.prepared = Prepared(text=text, sha256=sha)
            try:
                report.prepared.data, report.prepared.cleaned_text = self.extract(report, text)
            except (ImportFailed, ExtractionError) as exc:
                report.prepared.extraction_error = exc
        return report.prepared.data

    def prepare(self, report: Report) -> Report:
        """Read and extract ``report`` ahead of importing it (no database needed), so a worker
        process can do it while this one writes. Unexpected errors are left for the import to
        meet again, in-process, where they are logged and the report fails on its own."""
        prepared = Prepared()
        try:
            prepared.text = self.read(report)
        except (ImportFailed, ExtractionError) as exc:
            prepared.read_error = exc
        else:
            prepared.sha256 = text_sha256(prepared.text)
            try:
                prepared.data, prepared.cleaned_text = self.extract(report, prepared.text)
            except (ImportFailed, ExtractionError) as exc:
                prepared.extraction_error = exc
        report.prepared = prepared
        report.data = None  # the text is all the import needs now; don't ship the bytes back
        return report
