"""Public pages. Thin: pick the records, render. Readers see published meetings only;
signed-in staff also see drafts and meetings under review."""

from django.db.models import Prefetch, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from .models import Attendance, Country, Meeting, Organization, Participant, Topic


def visible_meetings(request: HttpRequest) -> QuerySet[Meeting]:
    meetings = Meeting.objects.select_related("body", "venue_country")
    if request.user.is_staff:
        return meetings
    return meetings.filter(status=Meeting.Status.PUBLISHED)


def home(request: HttpRequest) -> HttpResponse:
    meetings = visible_meetings(request)[:50]
    return render(request, "archive/home.html", {"meetings": meetings})


def meeting_detail(request: HttpRequest, slug: str) -> HttpResponse:
    meeting = get_object_or_404(
        visible_meetings(request).prefetch_related(
            Prefetch(
                "attendances",
                queryset=Attendance.objects.select_related(
                    "participant", "country", "organization"
                ),
            ),
            "country_links__country",
            "organization_links__organization",
            "topic_links__topic",
            "sources",
        ),
        slug=slug,
    )
    return render(request, "archive/meeting_detail.html", {"meeting": meeting})


def participant_detail(request: HttpRequest, slug: str) -> HttpResponse:
    participant = get_object_or_404(
        Participant.objects.select_related("country").prefetch_related("name_variants"),
        slug=slug,
    )
    attendances = (
        Attendance.objects.filter(participant=participant, meeting__in=visible_meetings(request))
        .select_related("meeting", "country", "organization")
        .order_by("meeting__date_start")
    )
    return render(
        request,
        "archive/participant_detail.html",
        {"participant": participant, "attendances": attendances},
    )


def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    country = get_object_or_404(Country, code=code.upper())
    meetings = visible_meetings(request).filter(country_ids__contains=[country.pk])
    return render(request, "archive/list_page.html", {"object": country, "meetings": meetings})


def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    meetings = visible_meetings(request).filter(topic_ids__contains=[topic.pk])
    return render(request, "archive/list_page.html", {"object": topic, "meetings": meetings})


def organization_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organization = get_object_or_404(Organization, slug=slug)
    meetings = visible_meetings(request).filter(
        Q(body=organization) | Q(organization_ids__contains=[organization.pk])
    )
    return render(request, "archive/list_page.html", {"object": organization, "meetings": meetings})
