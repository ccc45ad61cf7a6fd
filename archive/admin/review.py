"""The review queue page (served under the meeting admin, /admin/archive/meeting/review/) and
the list of dismissed items. The queue itself is built by archive.editorial."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from .. import editorial
from ..models import Meeting, ReviewDismissal


def review_queue_view(model_admin: admin.ModelAdmin, request: HttpRequest) -> HttpResponse:
    """The review queue: what needs a person's eye, weakest first; POST dismisses."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    if request.method == "POST":
        return _dismiss(model_admin, request)
    items = editorial.review_queue()
    counts = dict.fromkeys(editorial.KINDS.values(), 0)
    for item in items:
        counts[item.kind_label] += 1
    page = editorial.review_page(items, request.GET.get("page"))  # weakest on page 1
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Review queue",
        "items": page.object_list,
        "page": page,
        "counts": counts,
        "can_dismiss": request.user.has_perm("archive.add_reviewdismissal"),
        "can_move_reports": model_admin.has_delete_permission(request),
    }
    return TemplateResponse(request, "admin/archive/review_queue.html", context)


def _dismiss(model_admin: admin.ModelAdmin, request: HttpRequest) -> HttpResponse:
    """Set an item aside, or for a possible duplicate confirmed as the same meeting, move its
    reports."""
    if not request.user.has_perm("archive.add_reviewdismissal"):
        raise PermissionDenied
    kind, key = request.POST.get("kind", ""), request.POST.get("key", "")
    if kind == "possible_duplicate" and "same" in request.POST:
        return _same_meeting(model_admin, request, key)
    try:
        editorial.dismiss(kind, key, user=request.user, note=request.POST.get("note", ""))
    except editorial.EditorialError as exc:
        model_admin.message_user(request, str(exc), messages.ERROR)
    else:
        model_admin.message_user(request, "Dismissed from the review queue.")
    return redirect("admin:archive_review_queue")


def _same_meeting(model_admin: admin.ModelAdmin, request: HttpRequest, key: str) -> HttpResponse:
    """A possible duplicate confirmed: its reports go to the existing meeting."""
    if not model_admin.has_delete_permission(request):
        raise PermissionDenied
    first, _, second = key.partition("-")
    if not (first.isdigit() and second.isdigit()):
        raise PermissionDenied
    from_meeting = get_object_or_404(Meeting, pk=int(first))
    to_meeting = get_object_or_404(Meeting, pk=int(second))
    try:
        moved = editorial.move_reports(from_meeting, to_meeting, user=request.user)
    except editorial.EditorialError as exc:
        model_admin.message_user(request, str(exc), messages.ERROR)
        return redirect("admin:archive_review_queue")
    model_admin.message_user(request, f"Moved {moved} report(s) to {to_meeting}.", messages.SUCCESS)
    return redirect("admin:archive_meeting_change", to_meeting.pk)


@admin.register(ReviewDismissal)
class ReviewDismissalAdmin(admin.ModelAdmin):
    """Dismissed review items; delete one to put it back in the queue."""

    list_display = ["kind", "key", "note", "created_by", "created_at"]
    list_filter = ["kind"]
    readonly_fields = ["kind", "key", "note", "created_by", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
