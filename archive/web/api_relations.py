"""JSON API for who meets whom, a body's sessions and gaps, its membership and a person's
offices (docs/API.md): the same figures as the pages, from the same archive.search functions.
"""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from ..models import Country, Organization
from ..search.body_types import BODY_TYPE_CHOICES
from ..search.membership import membership_page
from ..search.network import Network, country_links, country_network, person_links, person_network
from ..search.people import current_title, visible_people
from ..search.series import body_series
from ..search.timeline import offices_held


def _date(value) -> str | None:
    return value.isoformat() if value else None


def _network(request: HttpRequest, network: Network, key: str) -> dict:
    def ref(record) -> dict:
        return {
            key: getattr(record, key),
            "name": record.name,
            "url": request.build_absolute_uri(record.get_absolute_url()),
        }

    by_pk = {p.record.pk: p.record for p in network.partners}
    return {
        **ref(network.center),
        "counted_over": "published meetings",
        "partners": [
            {
                **ref(p.record),
                "meetings": p.meetings,
                "meetings_url": request.build_absolute_uri(p.search_url),
            }
            for p in network.partners
        ],
        # How the most frequent partners met each other (the lines of the network picture).
        "links": [
            {
                "between": [getattr(by_pk[a], key), getattr(by_pk[b], key)],
                "meetings": n,
            }
            for a, b, n in network.links
            if a in by_pk and b in by_pk
        ],
    }


@require_GET
def participant_network(request: HttpRequest, slug: str) -> JsonResponse:
    person = get_object_or_404(visible_people(request.user), slug=slug)
    return JsonResponse(_network(request, person_links(person_network(person)), "slug"))


@require_GET
def country_network_api(request: HttpRequest, code: str) -> JsonResponse:
    country = get_object_or_404(Country, code=code)
    body_type = request.GET.get("body_type", "")
    if body_type and body_type not in BODY_TYPE_CHOICES:
        choices = ", ".join(BODY_TYPE_CHOICES)
        return JsonResponse({"error": f"body_type: choose one of {choices}."}, status=400)
    network = country_links(country_network(country, body_type=body_type))
    data = _network(request, network, "code")
    data["body_type"] = body_type or None
    return JsonResponse(data)


@require_GET
def participant_offices(request: HttpRequest, slug: str) -> JsonResponse:
    person = get_object_or_404(visible_people(request.user), slug=slug)
    return JsonResponse(
        {
            "slug": person.slug,
            "name": person.name,
            "current_title": current_title(person, request.user),
            "offices": [
                {
                    "title": office.title,
                    "first_seen": _date(office.first),
                    "last_seen": _date(office.last),
                    "meetings": office.meetings,
                }
                for office in offices_held(person, request.user)
            ],
        }
    )


@require_GET
def organization_sessions(request: HttpRequest, slug: str) -> JsonResponse:
    body = get_object_or_404(Organization, slug=slug)
    series = body_series(body, request.user)
    return JsonResponse(
        {
            "slug": body.slug,
            "name": body.name,
            "meetings": series.total,
            "unnumbered": series.unnumbered,
            "sessions": [
                {
                    "ordinal": s.ordinal,
                    "meetings": s.meetings,
                    "first_date": _date(s.first),
                    "last_date": _date(s.last),
                    "meeting": (
                        {
                            "slug": s.meeting.slug,
                            "title": s.meeting.title,
                            "url": request.build_absolute_uri(s.meeting.get_absolute_url()),
                        }
                        if s.meeting
                        else None
                    ),
                }
                for s in series.sessions
            ],
            "missing_ordinals": [
                {
                    "from": run.start,
                    "to": run.end,
                    "held_after": _date(run.after),
                    "held_before": _date(run.before),
                }
                for run in series.missing
            ],
            "meets_yearly": series.meets_yearly,
            "years_without_meeting": series.years_without,
        }
    )


@require_GET
def organization_members(request: HttpRequest, slug: str) -> JsonResponse:
    """A body's membership, YEARS_PER_PAGE years a page, latest first (``?page=``)."""
    body = get_object_or_404(Organization, slug=slug)
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        return JsonResponse({"error": "page: a whole number."}, status=400)
    page = membership_page(body, request.user, number)
    base = request.build_absolute_uri(request.path)
    return JsonResponse(
        {
            "slug": body.slug,
            "name": body.name,
            "page": page.number,
            "pages": page.pages,
            "next": f"{base}?page={page.number + 1}" if page.number < page.pages else None,
            "previous": f"{base}?page={page.number - 1}" if page.number > 1 else None,
            "years": [
                {
                    "year": entry.year,
                    "meetings": entry.sessions,
                    "countries": [
                        {
                            "country": (
                                {"code": d.country.code, "name": d.country.name}
                                if d.country
                                else None
                            ),
                            "people": [
                                {
                                    "slug": m.participant.slug,
                                    "name": m.participant.name,
                                    "meetings": m.meetings,
                                }
                                for m in d.members
                            ],
                        }
                        for d in entry.delegations
                    ],
                }
                for entry in page.years
            ],
        }
    )
