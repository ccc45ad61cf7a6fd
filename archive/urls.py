from django.contrib import admin
from django.urls import include, path

from . import views

archive_patterns = [
    path("", views.home, name="home"),
    path("meetings/<slug:slug>/", views.meeting_detail, name="meeting-detail"),
    path("people/<slug:slug>/", views.participant_detail, name="participant-detail"),
    path("countries/<str:code>/", views.country_detail, name="country-detail"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic-detail"),
    path("organizations/<slug:slug>/", views.organization_detail, name="organization-detail"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include((archive_patterns, "archive"))),
]
