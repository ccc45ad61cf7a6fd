"""The admin history (Django's LogEntry) as a list of its own, for superusers."""

from django.contrib import admin
from django.contrib.admin.models import LogEntry

from .lists import ScaleAdmin


@admin.register(LogEntry)
class LogEntryAdmin(ScaleAdmin):
    """The history of every change, for superusers (editors see each record's own history).
    It grows with every edit and re-extraction, and action_time has no index: newest first
    by id (the primary key's order is the time order), dates filtered by range ("past 7
    days", ...) instead of a date_hierarchy's DISTINCT DATE_TRUNC and MIN/MAX over it all."""

    list_display = ["action_time", "user", "content_type", "object_repr", "action_flag"]
    list_filter = ["action_flag", "content_type", "action_time"]
    list_select_related = ["user", "content_type"]
    search_fields = ["object_repr", "change_message"]
    ordering = ["-pk"]
    sortable_by = ["action_time"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
