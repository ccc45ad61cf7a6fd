"""Public keys and names for the ids on a search page, read in one statement.

Facet rows, chosen filters and the shown meetings hold ids (facet keys); links and labels need
ISO codes, slugs and names. ``Labels.for_ids`` gathers every id a page shows and reads them
in one statement, a branch per entity type (countries, topics, people, organizations).

Reports are named by ``report_label``: their title or publisher, never the imported file's path.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath
from urllib.parse import urlsplit

from django.db import connection

from ..models import Country, Meeting, Organization, Participant, SourceDocument, Topic
from . import name_display
from .name_display import NAME_FIELDS, name_in
from .offices import held_country_ids, held_labels

FacetRow = tuple[str, str, int]  # (facet, key, count)
Entry = tuple[str, str]  # (public key, label)
HELD = ("office", "role")  # facets whose keys are an office or role and a country id

# Entity type -> (model, public key field, label field)
ENTITIES = {
    "country": (Country, "code", "name"),
    "topic": (Topic, "slug", "name"),
    "participant": (Participant, "slug", "name"),
    "organization": (Organization, "slug", "name"),
}


class Labels:
    """Public keys and labels for the ids on a page, read in one statement."""

    def __init__(self) -> None:
        self.maps: dict[str, dict[str, Entry]] = {}

    @classmethod
    def for_ids(
        cls, rows: Iterable[FacetRow], meetings: list[Meeting], selected: dict[str, list[str]]
    ) -> Labels:
        rows = list(rows)
        held = {
            name: {key for facet, key, _ in rows if facet == name} | set(selected.get(name, []))
            for name in HELD
        }
        wanted = _wanted_ids(rows, meetings, selected)
        for keys in held.values():
            wanted["country"] |= held_country_ids(keys)
        labels = cls()
        labels.maps = {name: {} for name in ENTITIES}
        script = name_display.current()
        for name, pk, key, label, *names in _entity_rows(wanted):
            if name == "participant":
                fields = dict(zip(NAME_FIELDS, (label, *names), strict=True))
                label = name_in(script, **fields)
            labels.maps[name][str(pk)] = (key, label)
        labels.maps["body"] = labels.maps["organization"]
        countries = {int(pk): entry for pk, entry in labels.maps["country"].items()}
        for name, keys in held.items():
            labels.maps[name] = held_labels(keys, countries, name)
        return labels

    def entry(self, facet: str, key: str) -> Entry | None:
        if facet in ("city", "year"):
            return key, key
        return self.maps.get(facet, {}).get(str(key))

    def get(self, facet: str, key) -> Entry | None:
        return self.entry(facet, str(key)) if key is not None else None

    def list(self, facet: str, keys) -> list[Entry]:
        entries = [self.entry(facet, str(key)) for key in keys or []]
        return sorted((entry for entry in entries if entry), key=lambda entry: entry[1])


# The column types of the name fields other than ``name``, for the NULLs of the other branches.
_OTHER_NAME_TYPES = [
    Participant._meta.get_field(field).db_type(connection) for field in NAME_FIELDS[1:]
]


def _entity_rows(wanted: dict[str, set[int]]) -> list[tuple]:
    """(entity type, id, public key, label, *the other NAME_FIELDS) for the ``wanted`` ids of
    each entity type, in one statement; the other name fields are NULL but for people."""
    branches: list[str] = []
    params: list[list[int]] = []
    for name, (model, key_field, label_field) in ENTITIES.items():
        if not wanted[name]:
            continue
        meta = model._meta
        columns = [meta.get_field(key_field).column, meta.get_field(label_field).column]
        if name == "participant":
            columns += [meta.get_field(field).column for field in NAME_FIELDS[1:]]
        else:
            columns += [f"NULL::{field_type}" for field_type in _OTHER_NAME_TYPES]
        branches.append(
            f"SELECT '{name}', {meta.pk.column}, {', '.join(columns)} "
            f"FROM {meta.db_table} WHERE {meta.pk.column} = ANY(%s)"
        )
        params.append(sorted(wanted[name]))
    if not branches:
        return []
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(branches), params)
        return cursor.fetchall()


def _wanted_ids(
    rows: Iterable[FacetRow], meetings: list[Meeting], selected: dict[str, list[str]]
) -> dict[str, set[int]]:
    """Every entity id the page shows: facet values, chosen filters, the meetings' own."""
    wanted: dict[str, set[int]] = {name: set() for name in ENTITIES}
    for name, key, _ in rows:
        if name in wanted:
            wanted[name].add(int(key))
        elif name == "body":
            wanted["organization"].add(int(key))
    for name in wanted:
        wanted[name].update(int(key) for key in selected.get(name, []))
    wanted["organization"].update(int(key) for key in selected.get("body", []))
    for meeting in meetings:
        wanted["country"].update(meeting.country_ids)
        wanted["topic"].update(meeting.topic_ids)
        if meeting.body_id:
            wanted["organization"].add(meeting.body_id)
    return wanted


# --- Reports ----------------------------------------------------------------------------------


def is_web_link(url: str) -> bool:
    """Only web links are given out: a report's URL is untrusted ("javascript:…")."""
    return url.lower().startswith(("http://", "https://"))


def publisher(url: str) -> str:
    """The site a report was published on ("kazinform.kz"), from its web address; "" for none."""
    if not is_web_link(url):
        return ""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def report_title(source: SourceDocument) -> str:
    """The report's own title; "" when it has none or it is only the imported file's name. The
    file name is the path it was imported from, on the server: never shown to readers."""
    title = source.title.strip()
    file_name = source.file_name.strip()
    if not title or (file_name and PurePath(file_name).name in (title, PurePath(title).name)):
        return ""
    return title


def report_label(source: SourceDocument, number: int) -> str:
    """What a reader calls a meeting's ``number``-th report: its title, else its publisher,
    else "Report ``number``"."""
    return report_title(source) or publisher(source.url) or f"Report {number}"
