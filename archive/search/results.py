"""What a search returns: the page's meetings, its facets with their links, the chips of the
chosen filters, and whether ranking was skipped."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import QueryDict

from ..models import Meeting, Participant
from .body_types import BODY_TYPE_CHOICES
from .facets import FACETS, FacetRow
from .labels import Labels
from .querystrings import Links, query_items, url_with

FACET_SHOWN = 8  # values shown per facet before "more"


@dataclass
class FacetValue:
    value: str  # as it appears in the URL: ISO code, slug, city, year
    label: str
    count: int
    selected: bool = False
    url: str = ""


@dataclass
class Facet:
    name: str
    label: str
    kind: str  # "many" (all of) or "one" (any of)
    values: list[FacetValue] = field(default_factory=list)
    note: str = ""  # how the facet reads now ("People who represented Belarus")
    switch: tuple[str, str] | None = None  # (label, URL) of the other way to read it

    @property
    def top(self) -> list[FacetValue]:
        return self.values[:FACET_SHOWN]

    @property
    def more(self) -> list[FacetValue]:
        return self.values[FACET_SHOWN:]


@dataclass
class Chip:
    name: str
    label: str
    value: str
    remove_url: str


@dataclass
class SearchResult:
    count: int
    page: int
    per_page: int
    meetings: list[Meeting]
    facets: dict[str, Facet]
    chips: list[Chip]
    query: str
    sort: str
    similar: list[Participant]  # people found only because their names look like the words
    named: list[Participant] = field(default_factory=list)  # people the words name
    rank_skipped: bool = False
    # A page past the end was asked for: the last page is shown instead (``page``).
    requested_page: int | None = None

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def start_index(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.count else 0

    @property
    def end_index(self) -> int:
        return min(self.count, self.page * self.per_page)


def build_facets(
    rows: list[FacetRow], labels: Labels, selected: dict[str, list[str]], params: QueryDict
) -> dict[str, Facet]:
    """Every facet with its values, each linking to the search with it added or removed:
    chosen values first, then by count; years as a time line, newest first."""
    facets = {
        name: Facet(name=name, label=spec["label"], kind=spec["kind"])
        for name, spec in FACETS.items()
    }
    links = Links(query_items(params))  # encoded once for the ~200 values' links
    for name, key, count in rows:
        entry = labels.entry(name, key)
        if entry is None:
            continue
        value, label = entry
        is_selected = key in selected[name]
        url = links.removing((name, value)) if is_selected else links.adding((name, value))
        facets[name].values.append(FacetValue(value, label, count, is_selected, url))
    for facet in facets.values():
        facet.values.sort(key=lambda v: (not v.selected, -v.count, v.label))
    facets["year"].values.sort(key=lambda v: v.value, reverse=True)
    return facets


def add_switches(facets: dict[str, Facet], cleaned_data: dict[str, Any], params: QueryDict) -> None:
    """With countries chosen, say how the Country, Person, Office and Role facets read and link
    to the other reading: meetings of at least / only these countries; the people who
    represented them and the offices and roles held for them / everyone and every office and
    role at the meetings."""
    countries = [c.name for c in cleaned_data.get("country") or []]
    if not countries:
        return
    named = _joined(countries)
    if cleaned_data.get("countries") == "exact":
        facets["country"].note = f"Meetings of {named} and no other country."
        facets["country"].switch = (
            "Also meetings with other countries",
            url_with(params, drop=("countries",)),
        )
    else:
        facets["country"].note = f"Meetings of {named}, with or without other countries."
        facets["country"].switch = (
            f"Only {named}" if len(countries) > 1 else f"Only {named}, no other country",
            url_with(params, add=("countries", "exact"), drop=("countries",)),
        )
    held = (("office", "Offices", "office"), ("role", "Roles", "role"))
    if cleaned_data.get("people") == "all":
        facets["participant"].note = "Everyone at these meetings, of any country."
        facets["participant"].switch = (
            f"Only people representing {named}",
            url_with(params, drop=("people",)),
        )
        for name, plural, _ in held:
            if name in facets:
                facets[name].note = f"{plural} held for any country at these meetings."
                facets[name].switch = (
                    f"Only {plural.lower()} held for {named}",
                    url_with(params, drop=("people",)),
                )
    else:
        facets["participant"].label = "Person representing"
        facets["participant"].note = f"People who represented {named} at these meetings."
        facets["participant"].switch = (
            "Everyone at these meetings",
            url_with(params, add=("people", "all"), drop=("people",)),
        )
        for name, plural, singular in held:
            if name in facets:
                facets[name].note = f"{plural} held for {named} at these meetings."
                facets[name].switch = (
                    f"Every {singular} at these meetings",
                    url_with(params, add=("people", "all"), drop=("people",)),
                )


def _joined(names: list[str]) -> str:
    """ "Russia", "Russia and Kazakhstan", "Russia, Kazakhstan and Belarus"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def build_chips(
    text: str,
    labels: Labels,
    selected: dict[str, list[str]],
    cleaned_data: dict[str, Any],
    params: QueryDict,
) -> list[Chip]:
    """One chip per chosen filter (words, facet values, kind of body, dates), each with a
    link without it."""
    chips: list[Chip] = []
    if text:
        chips.append(Chip("q", "Words", text, url_with(params, drop=("q", "sort"))))
    for name, spec in FACETS.items():
        for key in selected[name]:
            entry = labels.entry(name, key)
            if entry is None:
                continue
            value, label = entry
            chips.append(Chip(name, spec["label"], label, url_with(params, remove=(name, value))))
    if cleaned_data.get("body_type"):
        kind = BODY_TYPE_CHOICES[cleaned_data["body_type"]]
        chips.append(Chip("body_type", "Convened by", kind, url_with(params, drop=("body_type",))))
    if cleaned_data.get("countries") == "exact" and selected.get("country"):
        chips.append(
            Chip("countries", "Countries", "only these", url_with(params, drop=("countries",)))
        )
    for name, label in (("date_from", "From"), ("date_to", "To")):
        if cleaned_data.get(name):
            day = cleaned_data[name].isoformat()
            chips.append(Chip(name, label, day, url_with(params, drop=(name,))))
    return chips
