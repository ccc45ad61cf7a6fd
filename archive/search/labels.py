"""Public keys and names for the ids on a search page, one query per entity type.

Facet rows, chosen filters and the shown meetings hold ids (facet keys); links and labels need
ISO codes, slugs and names. ``Labels.for_ids`` gathers every id a page shows and reads them
in four queries (countries, topics, people, organizations).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Country, Meeting, Organization, Participant, Topic

FacetRow = tuple[str, str, int]  # (facet, key, count)
Entry = tuple[str, str]  # (public key, label)

# Entity type -> (model, public key field, label field)
ENTITIES = {
    "country": (Country, "code", "name"),
    "topic": (Topic, "slug", "name"),
    "participant": (Participant, "slug", "name"),
    "organization": (Organization, "slug", "name"),
}


class Labels:
    """Public keys and labels for the ids on a page, one query per entity type."""

    def __init__(self) -> None:
        self.maps: dict[str, dict[str, Entry]] = {}

    @classmethod
    def for_ids(
        cls, rows: Iterable[FacetRow], meetings: list[Meeting], selected: dict[str, list[str]]
    ) -> Labels:
        wanted = _wanted_ids(rows, meetings, selected)
        labels = cls()
        for name, (model, key_field, label_field) in ENTITIES.items():
            ids = wanted[name]
            found = (
                model.objects.filter(pk__in=ids)
                .order_by()
                .values_list("pk", key_field, label_field)
                if ids
                else []
            )
            labels.maps[name] = {str(pk): (key, label) for pk, key, label in found}
        labels.maps["body"] = labels.maps["organization"]
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
