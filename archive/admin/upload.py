"""Admin upload: editors import report files or pasted text, see what the importer would do
(the meeting, existing people it links to, flags), then confirm. The same ReportImporter as
`manage.py import_reports`: the preview is its dry run, the confirmation its real run.

Bounded for a web request: an upload over REPORT_UPLOAD_MAX_BYTES is refused before any of its
files is kept (``CappedUploadHandler``), a file over REPORT_MAX_BYTES before it is read, and
the preview stops after REPORT_PREVIEW_SECONDS (the files left wait for another upload; the
confirmation imports only what the preview showed). Each report's transaction holds the
archive's import lock, as the command's batches do, so an upload never races an import.
"""

from __future__ import annotations

import time

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from .. import editorial
from ..extraction import ExtractionError, decode_report
from ..ingest.importer import ReportImporter
from ..ingest.outcomes import MissingReferenceData, Outcome
from ..ingest.pipeline import ArchiveBusy, import_transaction
from ..ingest.reading import SUPPORTED_SUFFIXES, Report, format_size, size_limit_message
from ..models import ImportBatch, Meeting

SESSION_KEY = "archive_pending_reports"
# Seconds a report of the upload waits while an import writes to the archive: well inside
# the web server's timeout; after one wait the upload's other reports do not wait again.
LOCK_WAIT_SECONDS = 5


class CappedUploadHandler(FileUploadHandler):
    """Refuses a multipart request over REPORT_UPLOAD_MAX_BYTES before any file of it is
    kept, in memory or on disk: the form fields before the files are read, the files are not,
    and ``request.upload_refused`` holds the request's size for the view to explain. First in
    FILE_UPLOAD_HANDLERS (settings)."""

    refused = False

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.refused = content_length > settings.REPORT_UPLOAD_MAX_BYTES
        if self.refused and self.request is not None:
            self.request.upload_refused = content_length

    def new_file(self, *args, **kwargs):
        if self.refused:
            # The rest is read and dropped, so the browser gets the answer (not a reset).
            raise StopUpload(connection_reset=False)

    def receive_data_chunk(self, raw_data, start):
        return raw_data  # for the next handler

    def file_complete(self, file_size):
        return None


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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text += (
            f" At most {format_size(settings.REPORT_MAX_BYTES)} a file and "
            f"{format_size(settings.REPORT_UPLOAD_MAX_BYTES)} in all."
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
        limit = settings.REPORT_MAX_BYTES
        if upload.size > limit:  # refused by its size, unread
            errors.append(f"{upload.name}: {size_limit_message(upload.size, limit)}")
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
        if getattr(request, "upload_refused", None):  # set while request.POST was read
            return _refused(request, context, request.upload_refused)
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            return _preview(request, context, form)
    except MissingReferenceData as exc:
        messages.error(request, str(exc))
        return redirect("admin:archive_meeting_import")
    return TemplateResponse(request, "admin/archive/import_form.html", {**context, "form": form})


def _refused(request: HttpRequest, context: dict, size: int) -> HttpResponse:
    """The form again, saying the upload was too big to read (413)."""
    limit = settings.REPORT_UPLOAD_MAX_BYTES
    error = (
        f"The upload is {format_size(size)}, over the {format_size(limit)} limit for one "
        "upload (REPORT_UPLOAD_MAX_BYTES); none of its files was read. Upload fewer or "
        "smaller files at a time."
    )
    return TemplateResponse(
        request,
        "admin/archive/import_form.html",
        {**context, "form": ImportForm(), "upload_error": error},
        status=413,
    )


def _run(
    importer: ReportImporter, pending: list[dict], *, seconds: float | None = None
) -> tuple[list[Outcome], list[str]]:
    """Each pending report through ``importer``, in a transaction holding the archive's import
    lock; with ``seconds``, only those begun within that time (at least one). Returns the
    outcomes and the names of the reports left."""
    deadline = None if seconds is None else time.monotonic() + seconds
    outcomes: list[Outcome] = []
    busy = ""
    for number, pending_report in enumerate(pending):
        if deadline is not None and outcomes and time.monotonic() > deadline:
            return outcomes, [later["name"] for later in pending[number:]]
        if not busy:
            try:
                with import_transaction(LOCK_WAIT_SECONDS):
                    outcomes.append(importer.import_report(_report(pending_report)))
                continue
            except ArchiveBusy as exc:
                busy = f"{exc}; try again in a few minutes"
        outcomes.append(Outcome(name=pending_report["name"], action="failed", reason=busy))
    return outcomes, []


def _preview(request: HttpRequest, context: dict, form: ImportForm) -> HttpResponse:
    """A dry run of the importer over the submitted reports, for as long as the preview may
    take; the importable ones wait in the session for the confirmation."""
    reports, errors = pending_reports(form)
    preview = ReportImporter(dry_run=True, status=form.cleaned_data["status"])
    seconds = settings.REPORT_PREVIEW_SECONDS
    outcomes, left = _run(preview, reports, seconds=seconds)
    errors += [
        f"{name}: not previewed — a preview stops after {seconds:g} s "
        "(REPORT_PREVIEW_SECONDS); upload it again once these are imported."
        for name in left
    ]
    importable = [
        pending_report
        for pending_report, outcome in zip(reports[: len(outcomes)], outcomes, strict=True)
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
    names = ", ".join(report["name"] for report in pending["reports"])
    batch = ImportBatch.objects.create(
        origin=ImportBatch.Origin.UPLOAD, label=names[:300], created_by=request.user
    )
    importer = ReportImporter(status=pending["status"], import_batch=batch)
    outcomes, _ = _run(importer, pending["reports"])
    editorial.finish_import_batch(
        batch, {outcome.meeting_id for outcome in outcomes if outcome.meeting_id}
    )
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
