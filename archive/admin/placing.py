"""The page that places a report the importer kept unsorted (served under the report admin,
/admin/archive/sourcedocument/<id>/place/): attach it to a meeting chosen by search, or make a
meeting of it. The work is done by archive.editorial.placing."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from .. import editorial
from ..editorial.review_items import DATE_FIELDS
from ..models import Meeting, SourceDocument

WEB_SCHEMES = ("http://", "https://")


class MeetingSearch(AutocompleteSelect):
    """The admin's search widget; a posted value that is no id is shown as nothing chosen
    (the stock widget would look it up, and fail, while showing the form's error)."""

    def optgroups(self, name, value, attr=None):
        return super().optgroups(name, [v for v in value if str(v).isdigit()], attr)


class PlaceForm(forms.Form):
    """The meeting to attach a report to, searched like the meetings list (full text)."""

    def __init__(self, *args, admin_site: admin.AdminSite, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The admin's search widget needs the admin site, known only now.
        self.fields["meeting"] = forms.ModelChoiceField(
            queryset=Meeting.objects.only("pk", *DATE_FIELDS),
            required=False,
            label="Meeting",
            help_text="Type words of its title, body, city or people.",
            widget=MeetingSearch(SourceDocument._meta.get_field("meeting"), admin_site),
        )


def place_view(model_admin: admin.ModelAdmin, request: HttpRequest, object_id: str) -> HttpResponse:
    """GET: the report, why it is unsorted, what the extractor found, and the two ways to place
    it; POST "attach" or "create" places it."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    if not object_id.isdigit():
        raise Http404("No such report.")
    source = get_object_or_404(SourceDocument.objects.select_related("meeting"), pk=object_id)
    form = PlaceForm(request.POST or None, admin_site=model_admin.admin_site)
    if request.method == "POST" and source.meeting_id is None:
        if "create" in request.POST:
            return _create(model_admin, request, source)
        if form.is_valid():
            if form.cleaned_data["meeting"] is not None:
                return _attach(model_admin, request, source, form.cleaned_data["meeting"])
            form.add_error("meeting", "Choose the meeting to attach the report to.")
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": f"Place the report: {source}",
        "source": source,
        "reason": editorial.unsorted_reason(source) if source.meeting_id is None else "",
        "extraction": source.extraction or {},
        # Only a web address becomes a link (a report's URL is as untrusted as its text).
        "original_url": source.url if source.url.lower().startswith(WEB_SCHEMES) else "",
        "form": form,
        "media": model_admin.media + form.media,
        "can_attach": request.user.has_perm("archive.change_meeting"),
        "can_create": request.user.has_perm("archive.add_meeting"),
    }
    return TemplateResponse(request, "admin/archive/sourcedocument/place.html", context)


def _attach(model_admin, request, source: SourceDocument, meeting: Meeting) -> HttpResponse:
    if not request.user.has_perm("archive.change_meeting"):
        raise PermissionDenied
    try:
        editorial.attach_report(source, meeting, user=request.user)
    except editorial.EditorialError as exc:
        model_admin.message_user(request, str(exc), messages.ERROR)
        return redirect("admin:archive_sourcedocument_place", source.pk)
    model_admin.message_user(request, f"Attached {source} to {meeting}.", messages.SUCCESS)
    return redirect("admin:archive_meeting_change", meeting.pk)


def _create(model_admin, request, source: SourceDocument) -> HttpResponse:
    if not request.user.has_perm("archive.add_meeting"):
        raise PermissionDenied
    try:
        meeting = editorial.meeting_from_report(source, user=request.user)
    except editorial.EditorialError as exc:
        model_admin.message_user(request, str(exc), messages.ERROR)
        return redirect("admin:archive_sourcedocument_place", source.pk)
    model_admin.message_user(
        request,
        f"Made the meeting {meeting} from {source}; check its facts before publishing it.",
        messages.SUCCESS,
    )
    return redirect("admin:archive_meeting_change", meeting.pk)
