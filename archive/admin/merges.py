"""The merge log: what each merge of people did, and undoing it."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path

from .. import editorial
from ..models import MergeLog


@admin.action(description="Undo the selected merges", permissions=["undo"])
def undo_merges(modeladmin, request, queryset):
    for merge_log in queryset.filter(undone_at__isnull=True):
        try:
            editorial.undo_merge(merge_log, user=request.user)
        except editorial.EditorialError as exc:
            modeladmin.message_user(request, f"{merge_log}: {exc}", messages.ERROR)
        else:
            modeladmin.message_user(request, f"Undid the merge {merge_log}.")


@admin.register(MergeLog)
class MergeLogAdmin(admin.ModelAdmin):
    list_display = ["__str__", "created_at", "created_by", "undone_at", "undone_by"]
    list_filter = ["undone_at"]
    search_fields = ["kept_name", "merged_names"]
    readonly_fields = [
        "kept",
        "kept_name",
        "merged_names",
        "merged_ids",
        "created_at",
        "created_by",
        "undone_at",
        "undone_by",
        "snapshot",
    ]
    actions = [undo_merges]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # the log is the record of what happened

    def has_undo_permission(self, request):
        return request.user.has_perm("archive.undo_mergelog")

    def get_urls(self):
        undo = path(
            "<int:pk>/undo/",
            self.admin_site.admin_view(self.undo_view),
            name="archive_mergelog_undo",
        )
        return [undo, *super().get_urls()]

    def undo_view(self, request, pk):
        if request.method != "POST" or not self.has_undo_permission(request):
            raise PermissionDenied
        merge_log = get_object_or_404(MergeLog, pk=pk)
        try:
            restored = editorial.undo_merge(merge_log, user=request.user)
        except editorial.EditorialError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return redirect("admin:archive_mergelog_change", pk)
        names = ", ".join(person.name for person in restored)
        self.message_user(request, f"Undid the merge: {names} restored.", messages.SUCCESS)
        return redirect("admin:archive_participant_changelist")
