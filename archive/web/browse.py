"""Browse lists: countries, topics, organizations and people, each with its meetings' count
(archive.search.entities.browse_counts: the snapshot's, or counted now)."""

from __future__ import annotations

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ..models import Country, Organization, Participant, Topic
from ..search.body_types import BODY_TYPE_HEADINGS, with_body_type
from ..search.entities import browse_counts

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAX_FILTER = 100  # characters of the bodies list's name filter


def country_list(request: HttpRequest) -> HttpResponse:
    (counts,) = browse_counts(request.user, "country")
    countries = list(Country.objects.filter(pk__in=counts))
    for country in countries:
        country.n = counts[country.pk]
    return render(
        request,
        "archive/browse.html",
        {
            "title": "Countries",
            "items": sorted(countries, key=lambda country: country.name),
            "kind": "country",
        },
    )


def topic_list(request: HttpRequest) -> HttpResponse:
    (counts,) = browse_counts(request.user, "topic")
    topics = list(Topic.objects.all())
    for topic in topics:
        topic.n = counts.get(topic.pk, 0)
    return render(request, "archive/browse.html", {"title": "Topics", "items": topics})


def organization_list(request: HttpRequest) -> HttpResponse:
    """Bodies: the organizations that convened or took part in a meeting, with both counted,
    grouped (CIS-wide, CSTO/SCO/EAEU, bilateral, national, other international), most
    meetings first; ``?name=`` keeps those whose name, acronym or alias holds it (the page's
    filter box does the same as one types)."""
    name = (request.GET.get("name") or "").strip()[:MAX_FILTER]
    counts, bodies = browse_counts(request.user, "organization", "body")
    organizations = with_body_type(Organization.objects.filter(Q(pk__in=counts) | Q(pk__in=bodies)))
    grouped: dict[str, list[Organization]] = {key: [] for key in BODY_TYPE_HEADINGS}
    for organization in organizations:
        if name and not _names_hold(organization, name):
            continue
        organization.n = counts.get(organization.pk, 0) + bodies.get(organization.pk, 0)
        grouped[organization.body_type].append(organization)
    groups = [
        {
            "key": key,
            "label": BODY_TYPE_HEADINGS[key],
            "items": sorted(items, key=lambda o: (-o.n, o.name)),
            "meetings": sum(o.n for o in items),
        }
        for key, items in grouped.items()
        if items
    ]
    return render(
        request,
        "archive/bodies.html",
        {"title": "Bodies", "groups": groups, "name": name, "max_filter": MAX_FILTER},
    )


def people_list(request: HttpRequest) -> HttpResponse:
    """People A–Z, one letter at a time (a long archive has many thousands)."""
    letter = (request.GET.get("letter") or "A").strip().upper()[:1]
    if not letter.isalpha():
        return render(
            request, "archive/people.html", {"error": "Choose a letter from A to Z."}, status=400
        )
    (counts,) = browse_counts(request.user, "participant")
    people = [
        person
        for person in Participant.objects.filter(name__istartswith=letter)
        .select_related("country")
        .order_by("name", "pk")
        if person.pk in counts
    ]
    for person in people:
        person.n = counts[person.pk]
    return render(
        request,
        "archive/people.html",
        {"people": people, "letter": letter, "letters": LETTERS},
    )


def _names_hold(organization: Organization, text: str) -> bool:
    """Whether ``text`` is in the organization's name, acronym or an alias (any case)."""
    text = text.casefold()
    names = [organization.name, organization.acronym, *organization.aliases]
    return any(text in name.casefold() for name in names if name)
