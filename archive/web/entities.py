"""The country, topic and organization pages: their meetings per year, the latest of them,
and a link to the search filtered by them. Figures come from archive.search.entities."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from ..models import Country, EntitySnapshot, Meeting, Organization, Topic
from ..search.body_types import NOT_CIS
from ..search.entities import entity_figures, organization_meetings, recent_meetings
from ..search.membership import MEMBERS_ON_BODY_PAGE, YEARS_ON_BODY_PAGE, body_membership
from ..search.network import PARTNERS_ON_PAGE, country_network
from ..search.querystrings import search_url
from ..search.series import body_series
from .charts import year_chart
from .redirects import follows_old_slugs


def _entity_page(
    request: HttpRequest,
    *,
    entity,
    kind: str,
    heading: str,
    meetings: QuerySet[Meeting],
    search_link: str,
    extra: dict | None = None,
) -> HttpResponse:
    figures = entity_figures(request.user, kind, entity, meetings)
    return render(
        request,
        "archive/entity_detail.html",
        {
            "object": entity,
            "kind": heading,
            "meetings": recent_meetings(meetings),
            "total": figures.total,
            **year_chart(figures.years),
            "convened": figures.convened,
            "people": figures.people,
            "search_url": search_link,
            **(extra or {}),
        },
    )


def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    country = get_object_or_404(Country, code=code)
    return _entity_page(
        request,
        entity=country,
        kind=EntitySnapshot.Kind.COUNTRY,
        heading="Country",
        meetings=Meeting.objects.visible_to(request.user).with_country(country),
        search_link=search_url(country=country.code),
        extra={
            "partners": country_network(country, limit=PARTNERS_ON_PAGE).partners,
            "partners_outside_cis": country_network(
                country, body_type=NOT_CIS, limit=PARTNERS_ON_PAGE
            ).partners,
            "not_cis": NOT_CIS,
        },
    )


def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    return _entity_page(
        request,
        entity=topic,
        kind=EntitySnapshot.Kind.TOPIC,
        heading="Topic",
        meetings=Meeting.objects.visible_to(request.user).with_topic(topic),
        search_link=search_url(topic=topic.slug),
    )


@follows_old_slugs(Organization)
def organization_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organization = get_object_or_404(Organization.objects.select_related("country"), slug=slug)
    # A convening body's search filters by body; any other organization's by participation.
    param = "body" if organization.kind == Organization.Kind.BODY else "organization"
    extra = {}
    if organization.kind == Organization.Kind.BODY:
        series = body_series(organization, request.user)
        extra = {
            "series": series,
            # The series counted the body's meetings per year already.
            "membership": body_membership(
                organization, request.user, latest=YEARS_ON_BODY_PAGE, sessions=series.years
            ),
            "members_per_country": MEMBERS_ON_BODY_PAGE,
        }
    return _entity_page(
        request,
        entity=organization,
        kind=EntitySnapshot.Kind.ORGANIZATION,
        heading=organization.get_kind_display(),
        meetings=organization_meetings(organization, request.user),
        search_link=search_url(**{param: organization.slug}),
        extra=extra,
    )
