from django.conf import settings
from django.contrib import admin
from django.urls import include, path, register_converter

from . import health
from .web import api, api_relations, browse, entities, pages, relations
from .web.csv import export_csv
from .web.feeds import SearchFeed


class CountryCodeConverter:
    """An ISO 3166 alpha-2 code: two ASCII letters, either case. Anything else (a NUL, "ß"
    whose upper case is "SS") is no country and matches no path: a 404."""

    regex = "[A-Za-z]{2}"

    def to_python(self, value: str) -> str:
        return value.upper()

    def to_url(self, value: str) -> str:
        return value


register_converter(CountryCodeConverter, "country")

archive_patterns = [
    path("", pages.search, name="home"),
    path("export.csv", export_csv, name="search-csv"),
    path("feed/", SearchFeed(), name="search-feed"),
    path("meetings/<slug:slug>/", pages.meeting_detail, name="meeting-detail"),
    path("people/", browse.people_list, name="participant-list"),
    path("people/<slug:slug>/", pages.participant_detail, name="participant-detail"),
    path(
        "people/<slug:slug>/network/",
        relations.person_network_page,
        name="participant-network",
    ),
    path("countries/", browse.country_list, name="country-list"),
    path("countries/<country:code>/", entities.country_detail, name="country-detail"),
    path(
        "countries/<country:code>/network/",
        relations.country_network_page,
        name="country-network",
    ),
    path("topics/", browse.topic_list, name="topic-list"),
    path("topics/<slug:slug>/", entities.topic_detail, name="topic-detail"),
    path("organizations/", browse.organization_list, name="organization-list"),
    path("organizations/<slug:slug>/", entities.organization_detail, name="organization-detail"),
    path(
        "organizations/<slug:slug>/sessions/",
        relations.series_page,
        name="organization-series",
    ),
    path(
        "organizations/<slug:slug>/members/",
        relations.body_membership_page,
        name="organization-membership",
    ),
    # JSON API (docs/API.md)
    path("api/meetings/", api.meetings, name="api-meetings"),
    path("api/meetings/<slug:slug>/", api.meeting, name="api-meeting"),
    path("api/participants/<slug:slug>/", api.participant, name="api-participant"),
    path("api/countries/<country:code>/", api.country, name="api-country"),
    path("api/topics/<slug:slug>/", api.topic, name="api-topic"),
    path("api/organizations/<slug:slug>/", api.organization, name="api-organization"),
    path("api/suggest/", api.suggest, name="api-suggest"),
    path(
        "api/participants/<slug:slug>/network/",
        api_relations.participant_network,
        name="api-participant-network",
    ),
    path(
        "api/participants/<slug:slug>/offices/",
        api_relations.participant_offices,
        name="api-participant-offices",
    ),
    path(
        "api/countries/<country:code>/network/",
        api_relations.country_network_api,
        name="api-country-network",
    ),
    path(
        "api/organizations/<slug:slug>/sessions/",
        api_relations.organization_sessions,
        name="api-organization-sessions",
    ),
    path(
        "api/organizations/<slug:slug>/members/",
        api_relations.organization_members,
        name="api-organization-members",
    ),
    path("api/people/", api.find_people, name="api-people"),
]

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),  # ADMIN_URL env, default "admin/"
    path("healthz", health.healthz, name="healthz"),
    path("", include((archive_patterns, "archive"))),
]
