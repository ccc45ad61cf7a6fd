"""The pages about how records relate: who meets whom (a person's and a country's network), a
body's series of sessions and its gaps, and a body's membership year by year. Thin: look the
record up, ask archive.search, render."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from ..models import Country, Organization, Participant
from ..search.body_types import BODY_TYPE_CHOICES
from ..search.membership import membership_page
from ..search.network import (
    country_links,
    country_network,
    person_links,
    person_network,
    picture,
    valid_body_type,
)
from ..search.people import visible_people
from ..search.series import body_series
from .redirects import follows_old_slugs


@follows_old_slugs(Participant)
def person_network_page(request: HttpRequest, slug: str) -> HttpResponse:
    person = get_object_or_404(visible_people(request.user), slug=slug)
    network = person_links(person_network(person))
    return render(
        request,
        "archive/network.html",
        {
            "center": person,
            "kind": "person",
            "network": network,
            "picture": picture(network),
        },
    )


def country_network_page(request: HttpRequest, code: str) -> HttpResponse:
    country = get_object_or_404(Country, code=code)
    body_type = request.GET.get("body_type", "")
    if not valid_body_type(body_type):
        choices = ", ".join(BODY_TYPE_CHOICES)
        return render(
            request,
            "archive/network.html",
            {
                "center": country,
                "kind": "country",
                "error": f"body_type: choose one of {choices}, or leave it out for every body.",
                "body_types": BODY_TYPE_CHOICES,
            },
            status=400,
        )
    network = country_links(country_network(country, body_type=body_type))
    return render(
        request,
        "archive/network.html",
        {
            "center": country,
            "kind": "country",
            "network": network,
            "picture": picture(network),
            "body_types": BODY_TYPE_CHOICES,
            "body_type": body_type,
            "body_type_label": BODY_TYPE_CHOICES.get(body_type, ""),
        },
    )


@follows_old_slugs(Organization)
def series_page(request: HttpRequest, slug: str) -> HttpResponse:
    body = get_object_or_404(Organization, slug=slug)
    return render(
        request,
        "archive/series.html",
        {"body": body, "series": body_series(body, request.user)},
    )


@follows_old_slugs(Organization)
def body_membership_page(request: HttpRequest, slug: str) -> HttpResponse:
    body = get_object_or_404(Organization, slug=slug)
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        number = 1
    page = membership_page(body, request.user, number)
    return render(
        request,
        "archive/membership.html",
        {"body": body, "membership": page.years, "page": page},
    )
