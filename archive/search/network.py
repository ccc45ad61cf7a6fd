"""Who meets whom: the people, or countries, most often at the same published meetings as a
person or a country, and a picture of that network.

Counts come from the pair tables (archive.models.network), kept by a trigger as meetings are
published, edited, merged or unpublished: reading a person's partners costs an index range,
whatever the size of the archive. They count published meetings for every user, so a count
and the search it links to agree for readers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import F, Sum

from ..models import Country, CountryPair, Participant, PersonPair
from .body_types import BODY_TYPE_CHOICES, bodies_of_type

PARTNERS_ON_PAGE = 10  # on a person's or country's page
PARTNERS_LISTED = 40  # on the network page and in the API
PICTURED = 12  # partners drawn in the network picture


@dataclass
class Partner:
    """Someone (a Participant or a Country) met ``meetings`` times; ``search_url`` lists
    those meetings."""

    record: Participant | Country
    meetings: int
    search_url: str


@dataclass
class Network:
    """A person's or country's partners, most frequent first, and how the partners met each
    other (``links``: (first, second, meetings) between records of ``partners``)."""

    center: Participant | Country
    partners: list[Partner]
    links: list[tuple[int, int, int]] = field(default_factory=list)
    body_type: str = ""


def _url(pairs: list[tuple[str, str]]) -> str:
    return "/?" + urlencode(pairs)


# --- People ---------------------------------------------------------------------------------


def person_network(person: Participant, *, limit: int = PARTNERS_LISTED) -> Network:
    """The people most often at the same published meetings as ``person``."""
    rows = list(
        PersonPair.objects.filter(person=person, meetings__gt=0)
        .order_by("-meetings", "other_id")
        .values_list("other_id", "meetings")[:limit]
    )
    found = Participant.objects.in_bulk([pk for pk, _ in rows])
    partners = [
        Partner(
            found[pk],
            n,
            _url([("participant", person.slug), ("participant", found[pk].slug)]),
        )
        for pk, n in rows
        if pk in found
    ]
    partners.sort(key=lambda p: (-p.meetings, p.record.name))
    return Network(person, partners)


def person_links(network: Network, *, pictured: int = PICTURED) -> Network:
    """Fill in how the first ``pictured`` partners met each other."""
    ids = [p.record.pk for p in network.partners[:pictured]]
    network.links = list(
        PersonPair.objects.filter(person__in=ids, other__in=ids, person__lt=F("other"))
        .filter(meetings__gt=0)
        .values_list("person_id", "other_id", "meetings")
    )
    return network


# --- Countries ------------------------------------------------------------------------------


def country_network(
    country: Country, *, body_type: str = "", limit: int = PARTNERS_LISTED
) -> Network:
    """The countries most often taking part in the same published meetings as ``country``;
    with ``body_type`` (a key of BODY_TYPE_CHOICES), only meetings convened by such bodies."""
    pairs = CountryPair.objects.filter(country=country, meetings__gt=0)
    if body_type:
        pairs = pairs.filter(body__in=bodies_of_type(body_type))
    rows = list(
        pairs.order_by()
        .values("other_id")
        .annotate(n=Sum("meetings"))
        .filter(n__gt=0)
        .order_by("-n", "other_id")
        .values_list("other_id", "n")[:limit]
    )
    found = Country.objects.in_bulk([pk for pk, _ in rows])
    kind = [("body_type", body_type)] if body_type else []
    partners = [
        Partner(found[pk], n, _url([("country", country.code), ("country", found[pk].code), *kind]))
        for pk, n in rows
        if pk in found
    ]
    return Network(country, partners, body_type=body_type)


def country_links(network: Network, *, pictured: int = PICTURED) -> Network:
    """Fill in how the first ``pictured`` partner countries met each other (same bodies)."""
    ids = [p.record.pk for p in network.partners[:pictured]]
    pairs = CountryPair.objects.filter(country__in=ids, other__in=ids, meetings__gt=0)
    if network.body_type:
        pairs = pairs.filter(body__in=bodies_of_type(network.body_type))
    network.links = [
        (a, b, n)
        for a, b, n in pairs.order_by()
        .values("country_id", "other_id")
        .annotate(n=Sum("meetings"))
        .values_list("country_id", "other_id", "n")
        if a < b
    ]
    return network


def valid_body_type(value: str) -> bool:
    return value == "" or value in BODY_TYPE_CHOICES


# --- The picture ----------------------------------------------------------------------------

SIZE = 560  # the SVG's viewBox is SIZE × SIZE
RADIUS = 200  # of the circle the partners sit on
NODE_MIN, NODE_MAX = 6, 18  # a partner's circle grows with the meetings shared


@dataclass
class PictureNode:
    label: str
    url: str
    meetings: int
    x: float
    y: float
    r: float
    label_x: float
    label_y: float
    anchor: str


@dataclass
class PictureEdge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    title: str


def picture(network: Network, *, pictured: int = PICTURED) -> dict:
    """The network as SVG geometry: the center in the middle, partners on a circle (most
    frequent at the top, clockwise), lines to the center and between partners, thicker for
    more meetings. Drawn with attributes only (the Content-Security-Policy forbids inline
    styles); the table beside it says the same in words."""
    partners = network.partners[:pictured]
    if not partners:
        return {}
    top = max(p.meetings for p in partners)
    middle = SIZE / 2
    nodes: dict[int, PictureNode] = {}
    for index, partner in enumerate(partners):
        angle = -math.pi / 2 + 2 * math.pi * index / len(partners)
        x, y = middle + RADIUS * math.cos(angle), middle + RADIUS * math.sin(angle)
        r = NODE_MIN + (NODE_MAX - NODE_MIN) * partner.meetings / top
        right = math.cos(angle) >= -0.01
        nodes[partner.record.pk] = PictureNode(
            label=_label(partner.record),
            url=partner.record.get_absolute_url(),
            meetings=partner.meetings,
            x=round(x, 1),
            y=round(y, 1),
            r=round(r, 1),
            label_x=round(x + (r + 4 if right else -r - 4), 1),
            label_y=round(y + 4, 1),
            anchor="start" if right else "end",
        )
    center = _label(network.center)
    edges = [
        PictureEdge(
            middle,
            middle,
            node.x,
            node.y,
            round(1 + 5 * node.meetings / top, 1),
            f"{center} and {node.label}: {node.meetings} meetings",
        )
        for node in nodes.values()
    ]
    top_link = max((n for _, _, n in network.links), default=1)
    for a, b, n in network.links:
        if a in nodes and b in nodes:
            first, second = nodes[a], nodes[b]
            edges.append(
                PictureEdge(
                    first.x,
                    first.y,
                    second.x,
                    second.y,
                    round(0.5 + 2.5 * n / top_link, 1),
                    f"{first.label} and {second.label}: {n} meetings",
                )
            )
    return {
        "size": SIZE,
        "center": {"label": center, "x": middle, "y": middle},
        "nodes": list(nodes.values()),
        "edges": edges,
    }


def _label(record: Participant | Country) -> str:
    return record.name
