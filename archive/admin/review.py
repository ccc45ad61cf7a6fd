"""The review queue page (served under the meeting admin, /admin/archive/meeting/review/) and
the list of dismissed items. The queue itself is kept and read by archive.editorial."""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from .. import editorial
from ..editorial.review import batches_in_use
from ..editorial.review_items import FIELD_ANCHORS, MEETING_KINDS, change_url, meeting_url
from ..models import Meeting, ReviewDismissal, ReviewEntry, ReviewKind, ReviewStatus

ALL = "all"  # the status filter's "any status"


class QueueFilterForm(forms.Form):
    """The queue's filters from the query string: every value checked, a bad one is a 400."""

    kind = forms.ChoiceField(choices=[("", "any"), *ReviewKind.choices], required=False)
    status = forms.ChoiceField(choices=[*ReviewStatus.choices, (ALL, "any")], required=False)
    batch = forms.RegexField(regex=r"^(\d{1,18}|none)$", required=False)
    order = forms.ChoiceField(choices=list(editorial.ORDERS.items()), required=False)
    page = forms.RegexField(regex=r"^\d{1,9}$", required=False)

    def queue_filter(self) -> editorial.QueueFilter:
        data = self.cleaned_data
        status = data["status"] or ReviewStatus.OPEN
        return editorial.QueueFilter(
            kind=data["kind"],
            batch=data["batch"],
            status="" if status == ALL else status,
            order=data["order"] or "weakest",
        )


def _query(wanted: editorial.QueueFilter, **changes) -> str:
    """The query string of the queue with some filters changed, without the page number."""
    values = {
        "kind": wanted.kind,
        "status": wanted.status or ALL,
        "batch": wanted.batch,
        "order": wanted.order,
    }
    values.update(changes)
    defaults = {"status": ReviewStatus.OPEN, "order": "weakest"}
    return "?" + urlencode({k: v for k, v in values.items() if v and defaults.get(k) != v})


CERTAINTY_WORDS = ((0.25, "very unsure"), (0.5, "unsure"), (0.75, "fairly sure"))
UNSCORED_WORDS = {
    ReviewKind.UNSORTED_REPORT: "not placed",
    ReviewKind.POSSIBLE_DUPLICATE: "undecided",
    ReviewKind.NEW_BODY: "unchecked",
}


def certainty_words(entry: ReviewEntry) -> str:
    """How sure the archive is, in words and a percentage ("unsure · 40%")."""
    if entry.certainty is None:
        return UNSCORED_WORDS.get(entry.kind, "unscored")
    words = next((w for limit, w in CERTAINTY_WORDS if entry.certainty < limit), "sure")
    return f"{words} · {round(entry.certainty * 100)}%"


def present(entry: ReviewEntry) -> dict:
    """What a row of the queue shows: the action's link and label, and further links."""
    kind = entry.kind
    links: list[tuple[str, str]] = []
    action = "Fix"
    if kind == ReviewKind.UNSORTED_REPORT and entry.source_id:
        url, action = change_url("admin:archive_sourcedocument_place", entry.source_id), "Place"
        report = change_url("admin:archive_sourcedocument_change", entry.source_id)
        links.append(("the report", report))
    elif kind == ReviewKind.UNCERTAIN_PERSON and entry.attendance_id:
        url = change_url("admin:archive_attendance_change", entry.attendance_id) + "?next=review"
        if entry.meeting_id:
            links.append(("meeting", meeting_url(entry.meeting_id, "attendances-group")))
    elif kind == ReviewKind.SIMILAR_PEOPLE and entry.participant_id and entry.other_participant_id:
        merge = reverse("admin:archive_participant_merge")
        url, action = f"{merge}?ids={entry.participant_id},{entry.other_participant_id}", "Compare"
        for pk in (entry.participant_id, entry.other_participant_id):
            links.append((f"person #{pk}", change_url("admin:archive_participant_change", pk)))
    elif kind == ReviewKind.NEW_BODY and entry.organization_id:
        url = change_url("admin:archive_organization_change", entry.organization_id)
        meetings = reverse("admin:archive_meeting_changelist")
        links.append(("its meetings", f"{meetings}?body__id__exact={entry.organization_id}"))
    elif kind == ReviewKind.POSSIBLE_DUPLICATE and entry.meeting_id:
        url = meeting_url(entry.meeting_id)
        if entry.other_meeting_id:
            links.append(("the other meeting", meeting_url(entry.other_meeting_id)))
    elif entry.meeting_id:
        url = meeting_url(entry.meeting_id, FIELD_ANCHORS.get(entry.detail, ""))
    else:
        url, action = "", ""
    detail = "" if kind in MEETING_KINDS else entry.detail
    return {
        "entry": entry,
        "url": url,
        "action": action,
        "links": links,
        "certainty": certainty_words(entry),
        "detail": detail,
    }


def _filter_links(wanted: editorial.QueueFilter, counts: editorial.QueueCounts) -> dict:
    """Each filter's values as (label, count, query string, chosen), with "any" first."""

    def link(label, n, **change):
        name, value = next(iter(change.items()))
        chosen = getattr(wanted, name) == ("" if value == ALL else value)
        return (label, n, _query(wanted, **change), chosen)

    batches = [
        link(str(batch), counts.batches.get(batch.pk, 0), batch=str(batch.pk))
        for batch in batches_in_use(counts.batches)
    ]
    if counts.batches.get(None):
        before = "before batches were recorded"
        batches.append(link(before, counts.batches[None], batch=editorial.NO_BATCH))
    return {
        "kind_choices": [
            link("any kind", sum(counts.kinds.values()), kind=""),
            *(link(label, counts.kinds.get(v, 0), kind=v) for v, label in ReviewKind.choices),
        ],
        "status_choices": [
            *(link(name, counts.statuses.get(v, 0), status=v) for v, name in ReviewStatus.choices),
            link("any status", sum(counts.statuses.values()), status=ALL),
        ],
        "batch_choices": [link("any import", sum(counts.batches.values()), batch=""), *batches],
    }


def review_queue_view(model_admin: admin.ModelAdmin, request: HttpRequest) -> HttpResponse:
    """The review queue: filtered by kind, import and status, in pages; POST dismisses."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    if request.method == "POST":
        return _dismiss(model_admin, request)
    form = QueueFilterForm(request.GET)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Review queue",
        "form": form,
    }
    if not form.is_valid():
        context["errors"] = [f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()]
        return TemplateResponse(request, "admin/archive/review_queue.html", context, status=400)
    wanted = form.queue_filter()
    counts = editorial.queue_counts(wanted)
    page = editorial.review_page(wanted, form.cleaned_data["page"] or 1, counts=counts)
    context.update(
        {
            "wanted": wanted,
            "rows": [present(entry) for entry in page.object_list],
            "page": page,
            "total": counts.total,
            "query": _query(wanted),
            "page_prefix": _query(wanted) + ("&" if _query(wanted) != "?" else ""),
            **_filter_links(wanted, counts),
            "order_choices": [
                (label, _query(wanted, order=value), wanted.order == value)
                for value, label in editorial.ORDERS.items()
            ],
            "can_dismiss": request.user.has_perm("archive.add_reviewdismissal"),
            "can_move_reports": model_admin.has_delete_permission(request),
        }
    )
    return TemplateResponse(request, "admin/archive/review_queue.html", context)


def _back(request: HttpRequest) -> HttpResponse:
    """Back to the queue as the editor was looking at it (filters and page)."""
    query = request.POST.get("back", "")
    url = reverse("admin:archive_review_queue") + (query if query.startswith("?") else "")
    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        url = reverse("admin:archive_review_queue")
    return redirect(url)


def _dismiss(model_admin: admin.ModelAdmin, request: HttpRequest) -> HttpResponse:
    """Set an item aside, or for a possible duplicate confirmed as the same meeting, move its
    reports."""
    if not request.user.has_perm("archive.add_reviewdismissal"):
        raise PermissionDenied
    kind, key = request.POST.get("kind", ""), request.POST.get("key", "")
    if kind == ReviewKind.POSSIBLE_DUPLICATE and "same" in request.POST:
        return _same_meeting(model_admin, request, key)
    try:
        editorial.dismiss(kind, key, user=request.user, note=request.POST.get("note", ""))
    except editorial.EditorialError as exc:
        model_admin.message_user(request, str(exc), messages.ERROR)
    else:
        model_admin.message_user(request, "Dismissed from the review queue.")
    return _back(request)


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
        return _back(request)
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

    def delete_model(self, request, obj):
        editorial.undismiss(obj)

    def delete_queryset(self, request, queryset):
        for dismissal in queryset:
            editorial.undismiss(dismissal)
