"""The editors' workflow: merges of people (with what undoes them) and dismissed review items."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models

from .people import Participant


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
