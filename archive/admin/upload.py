"""Admin upload: editors import report files or pasted text, see what the importer would do
(the meeting, existing people it links to, flags), then confirm. The same ReportImporter as
`manage.py import_reports`: the preview is its dry run, the confirmation its real run."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from ..extraction import ExtractionError, decode_report
from ..ingest.importer import ReportImporter
from ..ingest.outcomes import MissingReferenceData
from ..ingest.reading import SUPPORTED_SUFFIXES, Report
from ..models import Meeting

SESSION_KEY = "archive_pending_reports"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class ImportForm(forms.Form):
    files = MultipleFileField(
        required=False,
        label="Report files",
        help_text="Plain text, HTML or Markdown (.txt, .html, .htm, .md); several at once.",
    )
    text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "cols": 100}),
        label="…or paste a report",
    )
    name = forms.CharField(
        required=False,
        max_length=200,
        label="Name for the pasted report",
        help_text="Shown in the import summary, e.g. the agency and date.",
    )
    url = forms.URLField(
        required=False, max_length=1000, assume_scheme="https", label="Original URL (pasted report)"
    )
    status = forms.ChoiceField(
        choices=Meeting.Status.choices,
        initial=Meeting.Status.NEEDS_REVIEW,
        label="Status of new meetings",
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("files") and not (cleaned.get("text") or "").strip():
            raise forms.ValidationError("Choose at least one file or paste a report.")
        return cleaned


def pending_reports(form: ImportForm) -> tuple[list[dict], list[str]]:
    """Decode the submitted files and text; returns (reports, errors)."""
    reports, errors = [], []
    for upload in form.cleaned_data.get("files") or []:
        suffix = "." + upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if suffix not in SUPPORTED_SUFFIXES:
            errors.append(f"{upload.name}: unsupported file type; use .txt, .html, .htm or .md")
            continue
        try:
            text = decode_report(upload.read())
        except ExtractionError as exc:
            errors.append(f"{upload.name}: {exc}")
            continue
        reports.append({"name": upload.name, "text": text, "url": ""})
    pasted = (form.cleaned_data.get("text") or "").strip()
    if pasted:
        reports.append(
            {
                "name": form.cleaned_data.get("name") or "pasted report",
                "text": pasted,
                "url": form.cleaned_data.get("url") or "",
            }
        )
    return reports, errors


def _report(pending: dict) -> Report:
    """The importer's Report from a pending report (kept in the session between preview and
    confirmation)."""
    return Report(name=pending["name"], text=pending["text"], url=pending["url"])


def import_view(model_admin: admin.ModelAdmin, request: HttpRequest) -> HttpResponse:
    """The upload form; its POST shows the preview, and "confirm" imports what it showed."""
    if not request.user.has_perm("archive.add_meeting"):
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Import reports",
    }
    try:
        if request.method == "POST" and "confirm" in request.POST:
            return _import_pending(request, context)
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            return _preview(request, context, form)
    except MissingReferenceData as exc:
        messages.error(request, str(exc))
        return redirect("admin:archive_meeting_import")
    return TemplateResponse(request, "admin/archive/import_form.html", {**context, "form": form})


def _preview(request: HttpRequest, context: dict, form: ImportForm) -> HttpResponse:
    """A dry run of the importer over the submitted reports; the importable ones wait in the
    session for the confirmation."""
    reports, errors = pending_reports(form)
    preview = ReportImporter(dry_run=True, status=form.cleaned_data["status"])
    outcomes = [preview.import_report(_report(pending_report)) for pending_report in reports]
    importable = [
        pending_report
        for pending_report, outcome in zip(reports, outcomes, strict=True)
        if not outcome.failed
    ]
    request.session[SESSION_KEY] = {
        "status": form.cleaned_data["status"],
        "reports": importable,
    }
    return TemplateResponse(
        request,
        "admin/archive/import_preview.html",
        {
            **context,
            "title": "Check the import",
            "outcomes": outcomes,
            "errors": errors,
            "importable": len(importable),
            "participant_url": reverse("admin:archive_participant_changelist"),
        },
    )


def _import_pending(request: HttpRequest, context: dict) -> HttpResponse:
    """The confirmation: import the reports the preview showed."""
    pending = request.session.pop(SESSION_KEY, None)
    if not pending:
        messages.error(request, "Nothing to import: the preview expired. Upload again.")
        return redirect("admin:archive_meeting_import")
    importer = ReportImporter(status=pending["status"])
    outcomes = [
        importer.import_report(_report(pending_report)) for pending_report in pending["reports"]
    ]
    failed = sum(outcome.failed for outcome in outcomes)
    unsorted = sum(outcome.unsorted for outcome in outcomes)
    level = messages.WARNING if failed or unsorted else messages.SUCCESS
    text = f"Imported {len(outcomes) - failed} report(s); {failed} failed."
    if unsorted:
        text += f" {unsorted} kept unsorted, for an editor to place (the review queue)."
    messages.add_message(request, level, text)
    return TemplateResponse(
        request,
        "admin/archive/import_done.html",
        {**context, "outcomes": outcomes, "title": "Import finished"},
    )
