"""JSON API: the search page's parameters and results, and one record per endpoint.

GET /api/meetings/?q&country&topic&participant&organization&city&year&body&date_from&date_to
&sort&page → {"count", "next", "previous", "results", "facets"} (docs/API.md).
"""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Attendance, Country, Meeting, MeetingCountry, Organization, Participant, Topic
from .search import FACETS, MeetingSearch, PageOutOfRange, page_url, visible_meetings
from .views import BadParameters, parse_search


def _error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _ref(obj, key: str = "slug") -> dict | None:
    if obj is None:
        return None
    return {key: getattr(obj, key), "name": obj.name}


@require_GET
def meetings(request: HttpRequest) -> JsonResponse:
    try:
        filterset, page = parse_search(request)
        result = MeetingSearch(filterset, user=request.user).run(page=page, params=request.GET)
    except (BadParameters, PageOutOfRange) as error:
        return _error(str(error))
    base = request.build_absolute_uri(request.path)

    def card(m: Meeting) -> dict:
        return {
            "slug": m.slug,
            "title": m.title,
            "url": request.build_absolute_uri(m.get_absolute_url()),
            "api_url": request.build_absolute_uri(f"/api/meetings/{m.slug}/"),
            "date_start": m.date_start.isoformat() if m.date_start else None,
            "date_end": m.date_end.isoformat() if m.date_end else None,
            "date_precision": m.date_precision,
            "date_display": m.date_display,
            "city": m.city,
            "body": {"slug": m.body_label[0], "name": m.body_label[1]} if m.body_label else None,
            "countries": [{"code": c, "name": n} for c, n in m.country_list],
            "topics": [{"slug": s, "name": n} for s, n in m.topic_list],
            "summary": m.summary,
            "snippet_html": str(m.snippet) if m.snippet else None,
            "status": m.status,
        }

    return JsonResponse(
        {
            "count": result.count,
            "next": base + page_url(request.GET, page + 1) if result.has_next else None,
            "previous": base + page_url(request.GET, page - 1) if result.has_previous else None,
            "results": [card(m) for m in result.meetings],
            "facets_skipped": result.facets_skipped,
            # A broad search is counted on a sample: the count and facets are then estimates.
            "count_estimated": result.count_estimated,
            "facets_estimated": result.estimated,
            "facets": {
                name: [
                    {"value": v.value, "label": v.label, "count": v.count, "selected": v.selected}
                    for v in result.facets[name].values
                ]
                for name in FACETS
            },
        }
    )


@require_GET
def meeting(request: HttpRequest, slug: str) -> JsonResponse:
    m = get_object_or_404(
        visible_meetings(request.user)
        .select_related("body", "venue_country")
        .defer("search_text", "search_names"),
        slug=slug,
    )
    attendances = m.attendances.select_related("participant", "country", "organization")
    return JsonResponse(
        {
            "slug": m.slug,
            "title": m.title,
            "url": request.build_absolute_uri(m.get_absolute_url()),
            "date_start": m.date_start.isoformat() if m.date_start else None,
            "date_end": m.date_end.isoformat() if m.date_end else None,
            "date_precision": m.date_precision,
            "date_display": m.date_display,
            "city": m.city,
            "venue_country": _ref(m.venue_country, "code"),
            "ordinal": m.ordinal,
            "body": _ref(m.body),
            "summary": m.summary,
            "status": m.status,
            "participants": [
                {
                    "name_as_written": a.name_as_written,
                    "participant": _ref(a.participant),
                    "role": a.role,
                    "title": a.title,
                    "country": _ref(a.country, "code"),
                    "organization": _ref(a.organization),
                    "evidence": a.evidence,
                }
                for a in attendances
            ],
            "countries": [
                {
                    "code": link.country.code,
                    "name": link.country.name,
                    "host": link.is_host,
                    "evidence": link.evidence,
                }
                for link in m.country_links.select_related("country").filter(
                    kind=MeetingCountry.Kind.PARTICIPATING
                )
            ],
            "countries_mentioned": [
                {"code": link.country.code, "name": link.country.name}
                for link in m.country_links.select_related("country").filter(
                    kind=MeetingCountry.Kind.MENTIONED
                )
            ],
            "organizations": [
                _ref(link.organization)
                for link in m.organization_links.select_related("organization")
            ],
            "topics": [
                {"slug": link.topic.slug, "name": link.topic.name, "evidence": link.evidence}
                for link in m.topic_links.select_related("topic")
            ],
            "sources": [
                {
                    "title": s.title,
                    "url": s.url if s.url.lower().startswith(("http://", "https://")) else None,
                    "language": s.language,
                    "publication_date": s.publication_date.isoformat()
                    if s.publication_date
                    else None,
                }
                for s in m.sources.all()
            ],
        }
    )


def _meeting_refs(request, meetings) -> list[dict]:
    return [
        {
            "slug": m.slug,
            "title": m.title,
            "date_display": m.date_display,
            "url": request.build_absolute_uri(m.get_absolute_url()),
        }
        for m in meetings.defer("search_text", "search_names").order_by("-date_start", "-pk")[:500]
    ]


@require_GET
def participant(request: HttpRequest, slug: str) -> JsonResponse:
    p = get_object_or_404(Participant.objects.select_related("country"), slug=slug)
    attendances = (
        Attendance.objects.filter(participant=p, meeting__in=visible_meetings(request.user))
        .select_related("meeting")
        .order_by("meeting__date_start")
    )
    return JsonResponse(
        {
            "slug": p.slug,
            "name": p.name,
            "url": request.build_absolute_uri(p.get_absolute_url()),
            "country": _ref(p.country, "code"),
            "title": p.title,
            "name_variants": list(p.name_variants.values_list("name", flat=True)),
            "meetings": [
                {
                    "slug": a.meeting.slug,
                    "title": a.meeting.title,
                    "date_display": a.meeting.date_display,
                    "role": a.role,
                    "title_at_the_time": a.title,
                    "url": request.build_absolute_uri(a.meeting.get_absolute_url()),
                }
                for a in attendances[:500]
            ],
        }
    )


@require_GET
def country(request: HttpRequest, code: str) -> JsonResponse:
    c = get_object_or_404(Country, code=code.upper())
    meetings = visible_meetings(request.user).filter(country_ids__contains=[c.pk])
    return JsonResponse(
        {
            "code": c.code,
            "name": c.name,
            "official_name": c.official_name,
            "url": request.build_absolute_uri(c.get_absolute_url()),
            "meeting_count": meetings.count(),
            "meetings": _meeting_refs(request, meetings),
        }
    )


@require_GET
def topic(request: HttpRequest, slug: str) -> JsonResponse:
    t = get_object_or_404(Topic, slug=slug)
    meetings = visible_meetings(request.user).filter(topic_ids__contains=[t.pk])
    return JsonResponse(
        {
            "slug": t.slug,
            "name": t.name,
            "description": t.description,
            "url": request.build_absolute_uri(t.get_absolute_url()),
            "meeting_count": meetings.count(),
            "meetings": _meeting_refs(request, meetings),
        }
    )


@require_GET
def organization(request: HttpRequest, slug: str) -> JsonResponse:
    o = get_object_or_404(Organization.objects.select_related("country"), slug=slug)
    from django.db.models import Q

    meetings = visible_meetings(request.user).filter(
        Q(body=o) | Q(organization_ids__contains=[o.pk])
    )
    return JsonResponse(
        {
            "slug": o.slug,
            "name": o.name,
            "acronym": o.acronym,
            "kind": o.kind,
            "country": _ref(o.country, "code"),
            "url": request.build_absolute_uri(o.get_absolute_url()),
            "meeting_count": meetings.count(),
            "meetings": _meeting_refs(request, meetings),
        }
    )


@require_GET
def suggest(request: HttpRequest) -> JsonResponse:
    """Name suggestions while typing: people, places and bodies (pg_trgm indexes)."""
    from .search import suggestions

    text = (request.GET.get("q") or "").strip()
    if len(text) > 100:
        return _error("q: at most 100 characters.")
    return JsonResponse({"q": text, "results": suggestions(text, user=request.user)})
