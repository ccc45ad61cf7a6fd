"""Reading reports: the files an import is given, each report's text (size limit, encoding,
HTML or Markdown to text), the digest that identifies it, and its extraction.

Reading and extracting need no database, so the command can do them in a worker process ahead
of the writer (``ReportReader.prepare``, ``archive.ingest.pipeline``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extraction import ExtractionError, decode_report, extract, html_to_text
from ..extraction.core import detect_language
from ..extraction.result import Extraction
from ..extraction.textio import markdown_to_text
from .lookups import Lookups
from .outcomes import ImportFailed, Outcome

logger = logging.getLogger(__name__)
# The key an extraction the extractor failed on carries: the error's class name.
EXTRACTOR_FAILED = "extractor_failed"

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
    def from_path(cls, path: Path, max_bytes: int | None = None) -> Report:
        """The report in the file at ``path`` (``read_file``), named printably."""
        return cls(name=printable_name(path), data=read_file(path, max_bytes))


def normalised_text(text: str) -> str:
    """The text whose digest identifies a report: Unicode NFC, Unix line ends, no trailing
    blanks — so a re-saved copy of the same article is recognised."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def text_sha256(text: str) -> str:
    return hashlib.sha256(normalised_text(text).encode("utf-8")).hexdigest()


def printable_name(path: Path | str) -> str:
    """``path`` as text that prints on one line in any terminal, log or database column: bytes
    that are not UTF-8 as ``\\xNN``, control and format characters (a newline, a right-to-left
    override) as their escapes."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def format_size(size: int) -> str:
    """``size`` bytes for people: "512 bytes", "4.9 KB", "5.0 MB"."""
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB"
    return f"{size / 1024:.1f} KB" if size >= 1024 else f"{size} bytes"


def size_limit_message(size: int, max_bytes: int, setting: str = "REPORT_MAX_BYTES") -> str:
    """Why a file over the limit is refused, naming the setting that sets it."""
    return f"the file is {format_size(size)}, over the {format_size(max_bytes)} limit ({setting})"


_FILE_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _check_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _FILE_KINDS if test(mode)), "something else")
        raise ImportFailed(f"not a regular file but {kind}; only regular files are read")


def read_file(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of the regular file at ``path``. ImportFailed, before reading anything, for
    something else (a named pipe would block for ever, a device never end) and for a file
    over ``max_bytes``; a file that grows while it is read is not read past the limit."""
    _check_regular(os.stat(path).st_mode)  # before opening: opening a device can act
    # Not blocking on open, in case a pipe took the file's place since the look.
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        info = os.fstat(descriptor)
        _check_regular(info.st_mode)
        if max_bytes is not None and info.st_size > max_bytes:
            raise ImportFailed(size_limit_message(info.st_size, max_bytes))
        os.set_blocking(descriptor, True)
        with open(descriptor, "rb", closefd=False) as file:
            data = file.read(-1 if max_bytes is None else max_bytes + 1)
    finally:
        os.close(descriptor)
    if max_bytes is not None and len(data) > max_bytes:
        raise ImportFailed(size_limit_message(len(data), max_bytes))
    return data


def _refused(path: Path | str, reason: str) -> Outcome:
    return Outcome(name=printable_name(path), action="failed", reason=reason)


def iter_report_paths(
    arguments: Iterable[str], *, follow_symlinks: bool = False
) -> Iterator[Path | Outcome]:
    """Files, directories (recursively: supported types only) and globs, each once, in order.

    Yields a failed Outcome for an argument that matches nothing and, unless
    ``follow_symlinks``, for a symbolic link inside a directory to a file outside it (a
    directory of reports is no way into the rest of the disk). Files named on the command line
    or by a glob are read wherever their links lead: they were asked for.
    """
    seen: set[Path] = set()
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            candidates = _directory_files(path, follow_symlinks)
        elif path.exists() or path.is_symlink():
            candidates = [path]
        elif any(ch in argument for ch in "*?["):
            base = Path(argument).anchor or "."
            pattern = argument[len(base) :] if Path(argument).is_absolute() else argument
            candidates = sorted(p for p in Path(base).glob(pattern) if not p.is_dir())
            if not candidates:
                yield _refused(argument, "no such file or directory")
        else:
            yield _refused(argument, "no such file or directory")
            continue
        for candidate in candidates:
            if isinstance(candidate, Outcome):
                yield candidate
                continue
            resolved = candidate.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield candidate


def _directory_files(directory: Path, follow_symlinks: bool) -> list[Path | Outcome]:
    """The report files under ``directory`` (symbolic links to directories are not entered),
    with refusals for links that lead out of it."""
    root = directory.resolve()
    found: list[Path | Outcome] = []
    for path in sorted(directory.rglob("*")):
        if path.suffix.lower() not in SUPPORTED_SUFFIXES or path.is_dir():
            continue
        if not follow_symlinks and path.is_symlink() and not path.resolve().is_relative_to(root):
            reason = "a symbolic link out of the directory: not followed (--follow-symlinks)"
            found.append(_refused(path, reason))
            continue
        found.append(path)
    return found


def read_text(report: Report, max_bytes: int) -> str:
    """The report's text, or ImportFailed/ExtractionError saying why it cannot be read."""
    if report.text is not None:
        text = report.text
        size = len(text.encode("utf-8"))
    else:
        data = report.data or b""
        size = len(data)
        if size > max_bytes:
            raise ImportFailed(size_limit_message(size, max_bytes))
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
        try:
            extraction = extract(
                text, file=report.name, lexicon=self.lookups.lexicon, url=report.url or None
            )
        except ExtractionError:
            raise  # not a report at all: empty, binary, nothing left once cleaned
        except Exception as exc:
            # A bug met on an unusual report. It is text, so it is kept unsorted for an editor
            # with the error named, not lost; the traceback goes to the log for us.
            logger.exception("extracting %s failed unexpectedly", report.name)
            extraction = Extraction(
                file=report.name, cleaned_text=text, language=detect_language(text)
            )
            data = extraction.to_dict()
            data[EXTRACTOR_FAILED] = exc.__class__.__name__
            return data, text
        return extraction.to_dict(), extraction.cleaned_text

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
