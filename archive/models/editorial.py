"""The editors' workflow: merges of people (with what undoes them), the review queue's items
and the ones editors dismissed."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F

from .meetings import Meeting
from .people import Participant
from .reference import Organization
from .sources import ImportBatch, SourceDocument


class MergeLog(models.Model):
    """One merge of people, with a snapshot from which it is undone or reconstructed.

    ``snapshot`` holds, in Django's JSON serialisation, every row the merge changed or deleted
    as it was before: the kept person, each merged person, their name variants and their
    attendances (see archive.editorial.merge_participants).
    """

    kept = models.ForeignKey(
        Participant,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="merge_logs",
        help_text="The record that was kept.",
    )
    kept_name = models.CharField(max_length=200)
    merged_names = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    merged_ids = ArrayField(models.BigIntegerField(), default=list, blank=True)
    snapshot = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        permissions = [("undo_mergelog", "Can undo a merge of people")]

    def __str__(self) -> str:
        return f"{', '.join(self.merged_names)} → {self.kept_name}"


class ReviewDismissal(models.Model):
    """An item of the review queue an editor looked at and set aside ("kind" + "key")."""

    kind = models.CharField(max_length=40)
    key = models.CharField(max_length=200)
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="review_dismissal_once"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.key}"


class ReviewKind(models.TextChoices):
    UNSORTED_REPORT = "unsorted_report", "Unsorted report"
    POSSIBLE_DUPLICATE = "possible_duplicate", "Possible same meeting"
    UNCERTAIN_PERSON = "uncertain_person", "Possible same person: uncertain match"
    SIMILAR_PEOPLE = "similar_people", "Possible same person: similar new person"
    WEAK_DATE = "weak_date", "Weak date"
    WEAK_PLACE = "weak_place", "Weak place"
    WEAK_BODY = "weak_body", "Weak body"
    NEW_BODY = "new_body", "New body"
    WEAK_FIELDS = "weak_fields", "Other weak fields"


class ReviewStatus(models.TextChoices):
    OPEN = "open", "Open"
    RESOLVED = "resolved", "Resolved"
    DISMISSED = "dismissed", "Dismissed"


class ReviewEntry(models.Model):
    """One item of the review queue, kept so that it can be filtered, counted and paged, and
    so that a fixed item stays visible as resolved.

    Entries are derived from the records (archive.editorial.review_entries): the importer
    writes them for what an import touched, the admin after an edit; an item that no longer
    applies becomes *resolved*, one an editor set aside *dismissed* (ReviewDismissal keeps
    who and why). ``certainty`` is how sure the archive is that the record is right as it
    stands (0 to 1; empty when nothing scored it), ``reason`` says why in words.
    """

    Kind = ReviewKind
    Status = ReviewStatus

    kind = models.CharField(max_length=30, choices=ReviewKind.choices)
    key = models.CharField(max_length=200, help_text="Identifies the item within its kind.")
    status = models.CharField(
        max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.OPEN
    )
    certainty = models.FloatField(null=True, blank=True)
    reason = models.CharField(max_length=300, blank=True)
    title = models.CharField(max_length=300)
    detail = models.CharField(max_length=500, blank=True)
    meeting = models.ForeignKey(
        Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    other_meeting = models.ForeignKey(
        Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    source = models.ForeignKey(
        SourceDocument, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    participant = models.ForeignKey(
        Participant, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    other_participant = models.ForeignKey(
        Participant, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    attendance_id = models.BigIntegerField(null=True, blank=True)
    import_batch = models.ForeignKey(
        ImportBatch, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "review entries"
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="review_entry_once"),
            models.CheckConstraint(
                condition=models.Q(status__in=ReviewStatus.values), name="review_entry_status"
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=ReviewKind.values), name="review_entry_kind"
            ),
        ]
        indexes = [
            # The queue's orders (weakest first; newest import first), whole or by kind or
            # by import, read from an index and stopped at the page's end.
            models.Index(
                F("status"),
                F("certainty").asc(nulls_first=True),
                F("id"),
                name="review_entry_weakest",
            ),
            models.Index(
                F("status"),
                F("kind"),
                F("certainty").asc(nulls_first=True),
                F("id"),
                name="review_entry_kind_weakest",
            ),
            models.Index(
                F("status"),
                F("import_batch").desc(nulls_last=True),
                F("certainty").asc(nulls_first=True),
                F("id"),
                name="review_entry_newest",
            ),
            # The exact counts per kind, status and import: one index-only pass.
            models.Index(fields=["kind", "status", "import_batch"], name="review_entry_counts"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"
