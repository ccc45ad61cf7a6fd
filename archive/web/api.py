"""JSON API: the search page's parameters and results, and one record per endpoint.

GET /api/meetings/?q&country&countries&topic&participant&people&organization&office&role&city
&year&body&date_from&date_to&sort&page → {"count", "next", "previous", "results", "facets"}
(docs/API.md).
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from ..extraction.names import normalize_name
from ..models import Country, Meeting, MeetingCountry, Organization, Participant, Topic
from ..search import name_display
from ..search.entities import organization_meetings
from ..search.facets import FACETS
from ..search.labels import is_web_link, publisher, report_title
from ..search.name_display import NameScript, person_name
from ..search.params import BadParameters, parse_search
from ..search.people import attendances_seen, person_record, visible_people
from ..search.query import MeetingSearch
from ..search.querystrings import page_url
from ..search.results import SearchResult
from ..search.suggestions import ranked_people, typeahead

LISTED = 500  # meetings listed in a person's, country's, topic's or organization's record
MAX_TYPED = 100  # characters of a typeahead query
PEOPLE_FOUND = 10  # people /api/people/ answers


def _error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _ref(obj, key: str = "slug") -> dict | None:
    if obj is None:
        return None
    if isinstance(obj, Participant):
        return {key: getattr(obj, key), "name": person_name(obj)}
    return {key: getattr(obj, key), "name": obj.name}


@require_GET
def meetings(request: HttpRequest) -> JsonResponse:
    """The search: count, one page of meeting cards, previous and next links, facets."""
    try:
        filterset, requested = parse_search(request.GET, request.user)
        result = MeetingSearch(filterset, user=request.user).run(page=requested, params=request.GET)
    except BadParameters as error:
        return _error(str(error))
    base = request.build_absolute_uri(request.path)
    return JsonResponse(
        {
            "count": result.count,
            # A page past the end answers the last page (``page`` says which).
            "page": result.page,
            "next": base + page_url(request.GET, result.page + 1) if result.has_next else None,
            "previous": (
                base + page_url(request.GET, result.page - 1) if result.has_previous else None
            ),
            "results": [_card(request, m) for m in result.meetings],
            "facets": _facets(result),
        }
    )


def _card(request: HttpRequest, m: Meeting) -> dict:
    """A meeting as a search lists it, with the labels and snippet the search gave it."""
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


def _facets(result: SearchResult) -> dict[str, list[dict]]:
    return {
        name: [
            {"value": v.value, "label": v.label, "count": v.count, "selected": v.selected}
            for v in result.facets[name].values
        ]
        for name in FACETS
    }


@require_GET
def meeting(request: HttpRequest, slug: str) -> JsonResponse:
    """One meeting's record: its facts, each with the sentence it came from, and its reports."""
    m = get_object_or_404(
        Meeting.objects.visible_to(request.user).select_related("body", "venue_country").lean(),
        slug=slug,
    )
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
            **_meeting_links(m),
            "sources": [
                {
                    "title": report_title(s),
                    "publisher": publisher(s.url),
                    "url": s.url if is_web_link(s.url) else None,
                    "language": s.language,
                    "publication_date": s.publication_date.isoformat()
                    if s.publication_date
                    else None,
                }
                for s in m.sources.all()
            ],
        }
    )


def _meeting_links(m: Meeting) -> dict[str, list]:
    """A meeting's participants, countries, organizations and topics."""
    attendances = m.attendances.select_related("participant", "country", "organization")
    countries = m.country_links.select_related("country")
    return {
        "participants": [
            {
                "name_as_written": a.name_as_written,
                "participant": _ref(a.participant),
                "role": a.role,
                "title": a.title,
                "office": a.office,  # the title in the vocabulary of the office facet
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
            for link in countries.filter(kind=MeetingCountry.Kind.PARTICIPATING)
        ],
        "countries_mentioned": [
            {"code": link.country.code, "name": link.country.name}
            for link in countries.filter(kind=MeetingCountry.Kind.MENTIONED)
        ],
        "organizations": [
            _ref(link.organization) for link in m.organization_links.select_related("organization")
        ],
        "topics": [
            {"slug": link.topic.slug, "name": link.topic.name, "evidence": link.evidence}
            for link in m.topic_links.select_related("topic")
        ],
    }


def _meeting_refs(request: HttpRequest, meetings: QuerySet[Meeting]) -> list[dict]:
    """The latest LISTED meetings, briefly."""
    latest = meetings.lean().order_by("-date_start", "-pk")
    return [
        {
            "slug": m.slug,
            "title": m.title,
            "date_display": m.date_display,
            "url": request.build_absolute_uri(m.get_absolute_url()),
        }
        for m in latest[:LISTED]
    ]


@require_GET
def participant(request: HttpRequest, slug: str) -> JsonResponse:
    """A person's record as ``request.user`` may see it (archive.search.people)."""
    p = get_object_or_404(visible_people(request.user).select_related("country"), slug=slug)
    record = person_record(p, request.user)
    attendances = (
        attendances_seen(p, request.user).select_related("meeting").order_by("meeting__date_start")
    )
    return JsonResponse(
        {
            "slug": p.slug,
            "name": person_name(p),
            "name_latin": p.name_in(NameScript.LATIN),
            "name_cyrillic": p.name_cyrillic or None,
            "names": name_display.current(),
            "url": request.build_absolute_uri(p.get_absolute_url()),
            "country": _ref(record.country, "code"),
            "title": record.title,
            "name_variants": record.spellings,
            "meetings": [
                {
                    "slug": a.meeting.slug,
                    "title": a.meeting.title,
                    "date_display": a.meeting.date_display,
                    "role": a.role,
                    "title_at_the_time": a.title,
                    "url": request.build_absolute_uri(a.meeting.get_absolute_url()),
                }
                for a in attendances[:LISTED]
            ],
        }
    )


@require_GET
def country(request: HttpRequest, code: str) -> JsonResponse:
    c = get_object_or_404(Country, code=code)
    meetings = Meeting.objects.visible_to(request.user).with_country(c)
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
    meetings = Meeting.objects.visible_to(request.user).with_topic(t)
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
    meetings = organization_meetings(o, request.user)
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
    text = (request.GET.get("q") or "").strip()
    if len(text) > MAX_TYPED:
        return _error(f"q: at most {MAX_TYPED} characters.")
    return JsonResponse({"q": text, "results": typeahead(text, user=request.user)})


@require_GET
def find_people(request: HttpRequest) -> JsonResponse:
    """Everyone with a name word starting with ``q``, most meetings first, with their country
    and latest office: the search page's Person facet asks it for people beyond the 50 it
    lists (the same search without JavaScript: ``/?person=``)."""
    text = (request.GET.get("q") or "").strip()
    if len(text) > MAX_TYPED:
        return _error(f"q: at most {MAX_TYPED} characters.")
    people = ranked_people(normalize_name(text), user=request.user, limit=PEOPLE_FOUND)
    return JsonResponse(
        {
            "q": text,
            "results": [
                {
                    "name": p.name,
                    "slug": p.slug,
                    "meetings": p.meetings,
                    "country": p.country,
                    "office": p.office,
                    "detail": p.detail,
                }
                for p in people
            ],
        }
    )
