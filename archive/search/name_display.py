"""The script a reader reads people's names in: as the reports write them, Latin, or Cyrillic.

The choice never changes what is stored: ``Participant.name_in(script)`` picks among the
stored spellings (the most common one, the English Wikipedia romanisation of the Cyrillic name,
the Cyrillic name). The request's choice — from ``?names=`` or the ``names`` cookie
(archive.web.names) — is made current for the request like Django's active language, so every
label, page, API record and CSV row of the request uses it without passing it along.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.db import models

from ..extraction.name_scripts import DISPLAY_SCHEME_NAME, shown_name

PARAM = "names"  # the query-string parameter, and the cookie's name


class NameScript(models.TextChoices):
    REPORTS = "reports", "as in the reports"
    LATIN = "latin", "Latin"
    CYRILLIC = "cyrillic", "Cyrillic"


LATIN_STANDARD = DISPLAY_SCHEME_NAME
DEFAULT = NameScript.REPORTS.value

_current: ContextVar[str] = ContextVar("name_script", default=DEFAULT)


class UnknownNameScript(ValueError):
    """A ``names`` value that is not one of NameScript's."""


def parse_script(value: str | None, *, strict: bool = True) -> str | None:
    """``value`` when it names a script; None when empty; UnknownNameScript (or None when not
    ``strict``) otherwise."""
    value = (value or "").strip().lower()
    if not value:
        return None
    if value in NameScript.values:
        return value
    if not strict:
        return None
    choices = ", ".join(NameScript.values)
    raise UnknownNameScript(f"names: {value[:40]!r} is not a way to show names ({choices}).")


def current() -> str:
    """The script of the current request (``reports`` outside one)."""
    return _current.get()


@contextmanager
def override(script: str) -> Iterator[None]:
    token = _current.set(script)
    try:
        yield
    finally:
        _current.reset(token)


def activate(script: str) -> Any:
    """Make ``script`` current; returns the token for ``deactivate``."""
    return _current.set(script)


def deactivate(token: Any) -> None:
    _current.reset(token)


def person_name(participant: Any, script: str | None = None) -> str:
    """A Participant's name in ``script`` (default: the current one)."""
    return participant.name_in(script or current())


def name_in(
    script: str, *, name: str, name_reported: str, name_cyrillic: str, curated_fields=()
) -> str:
    """The same choice as ``Participant.name_in`` for a person read as plain values."""
    return shown_name(
        script,
        name=name,
        name_reported=name_reported or "",
        name_cyrillic=name_cyrillic or "",
        curated="name" in (curated_fields or ()),
    )


# The columns ``name_in`` reads, for ``values_list`` queries.
NAME_FIELDS = ("name", "name_reported", "name_cyrillic", "curated_fields")
