from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from . import health
from .web import api, browse, entities, pages
from .web.csv import export_csv
from .web.feeds import SearchFeed

archive_patterns = [
    path("", pages.search, name="home"),
    path("export.csv", export_csv, name="search-csv"),
    path("feed/", SearchFeed(), name="search-feed"),
    path("meetings/<slug:slug>/", pages.meeting_detail, name="meeting-detail"),
    path("people/", browse.people_list, name="participant-list"),
    path("people/<slug:slug>/", pages.participant_detail, name="participant-detail"),
    path("countries/", browse.country_list, name="country-list"),
    path("countries/<str:code>/", entities.country_detail, name="country-detail"),
    path("topics/", browse.topic_list, name="topic-list"),
    path("topics/<slug:slug>/", entities.topic_detail, name="topic-detail"),
    path("organizations/", browse.organization_list, name="organization-list"),
    path("organizations/<slug:slug>/", entities.organization_detail, name="organization-detail"),
    # JSON API (docs/API.md)
    path("api/meetings/", api.meetings, name="api-meetings"),
    path("api/meetings/<slug:slug>/", api.meeting, name="api-meeting"),
    path("api/participants/<slug:slug>/", api.participant, name="api-participant"),
    path("api/countries/<str:code>/", api.country, name="api-country"),
    path("api/topics/<slug:slug>/", api.topic, name="api-topic"),
    path("api/organizations/<slug:slug>/", api.organization, name="api-organization"),
    path("api/suggest/", api.suggest, name="api-suggest"),
]

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),  # ADMIN_URL env, default "admin/"
    path("healthz", health.healthz, name="healthz"),
    path("", include((archive_patterns, "archive"))),
]
