"""Reports as received: the text, where it came from, and what the extractor made of it."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q

from .meetings import Meeting


class ImportBatch(models.Model):
    """One run of the importer (``import_reports``, an admin upload, a corpus load): the
    reports it stored point at it, so editors can look at what one import brought in."""

    class Origin(models.TextChoices):
        COMMAND = "command", "import_reports"
        UPLOAD = "upload", "Admin upload"
        CORPUS = "corpus", "Synthetic corpus"

    origin = models.CharField(max_length=20, choices=Origin.choices, default=Origin.COMMAND)
    label = models.CharField(max_length=300, blank=True, help_text="What was imported.")
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name_plural = "import batches"

    def __str__(self) -> str:
        when = self.started_at.strftime("%Y-%m-%d %H:%M") if self.started_at else "?"
        label = f" {self.label[:60]}" if self.label else ""
        return f"#{self.pk} {when} {self.get_origin_display()}{label}"


class SourceDocument(models.Model):
    """One report as received. Several reports may describe the same meeting; a report the
    importer could not place at any meeting is kept *unsorted* (no meeting) until an editor
    attaches it or makes a meeting of it. Unsorted reports are seen only in the admin. Deleting
    a meeting leaves its reports unsorted: a report is never lost with a meeting."""

    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.SET_NULL,
        related_name="sources",
        null=True,
        blank=True,
        help_text="Empty for a report kept unsorted: see the review queue.",
    )
    file_name = models.CharField(max_length=500, blank=True)
    sha256 = models.CharField(
        "SHA-256 of the normalised text",
        max_length=64,
        unique=True,
        validators=[RegexValidator(r"^[0-9a-f]{64}$", "64 lower-case hex digits.")],
    )
    title = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    language = models.CharField(max_length=10, default="en")
    publication_date = models.DateField(null=True, blank=True)
    raw_text = models.TextField()
    cleaned_text = models.TextField()
    extraction = models.JSONField(
        default=dict, blank=True, help_text="The extractor's full output, kept for audit."
    )
    extractor_version = models.CharField(max_length=40, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    import_batch = models.ForeignKey(
        ImportBatch,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
        help_text="The import that stored the report (empty for reports from before batches).",
    )

    class Meta:
        ordering = ["meeting", "imported_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(sha256__regex=r"^[0-9a-f]{64}$"), name="source_sha256_hex"
            ),
        ]
        indexes = [
            # The review queue's unsorted reports, oldest first, without reading the others.
            models.Index(
                fields=["imported_at", "id"],
                name="source_unsorted",
                condition=Q(meeting__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.file_name or f"Report {self.pk}"

    def get_absolute_url(self) -> str:
        """The report on its meeting's page; an unsorted report has no public place."""
        if self.meeting_id is None:
            return ""
        return f"{self.meeting.get_absolute_url()}#source-{self.pk}"

    @property
    def is_unsorted(self) -> bool:
        return self.meeting_id is None
