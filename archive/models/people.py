"""People: a Participant and every spelling of their name that reports used."""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.urls import reverse

from ..extraction.names import name_keys, normalize_name
from .base import CuratedModel, RedirectsOldSlugs
from .reference import Country


class Participant(RedirectsOldSlugs, CuratedModel):
    name = models.CharField("canonical name", max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, null=True, blank=True, related_name="participants"
    )
    title = models.CharField("latest known title", max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "pk"]
        indexes = [
            GinIndex(name="participant_name_trgm", fields=["name"], opclasses=["gin_trgm_ops"]),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("archive:participant-detail", kwargs={"slug": self.slug})

    def add_variant(self, name: str) -> ParticipantNameVariant:
        """Record a spelling of this person's name (idempotent)."""
        existing = self.name_variants.filter(normalized=normalize_name(name)).first()
        return existing or ParticipantNameVariant.objects.create(participant=self, name=name)


class ParticipantNameVariant(models.Model):
    """One spelling of a person's name as some report wrote it ("Erjan Sadenov")."""

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="name_variants"
    )
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, editable=False, db_index=True)
    # Transliteration-folded keys (archive.extraction.names.name_keys): "Erjan" = "Yerzhan";
    # short_key drops middle names so "Vladimir A. Kolokoltsev" meets "Vladimir Kolokoltsev".
    match_key = models.CharField(max_length=200, editable=False, db_index=True, default="")
    short_key = models.CharField(max_length=200, editable=False, db_index=True, default="")
    # The folded surname, to find "Aleksandr"/"Alexandr Bortnikov" without a table scan.
    last_key = models.CharField(max_length=100, editable=False, db_index=True, default="")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "normalized"], name="variant_unique_per_participant"
            ),
        ]
        indexes = [
            # Fuzzy look-ups: "Kolokoltzev" finds "Kolokoltsev" by trigram similarity.
            GinIndex(
                name="variant_normalized_trgm", fields=["normalized"], opclasses=["gin_trgm_ops"]
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.fill_keys()
        super().save(*args, **kwargs)

    def fill_keys(self) -> ParticipantNameVariant:
        """Compute the look-up keys from ``name`` (bulk_create skips save())."""
        self.normalized = normalize_name(self.name)
        self.match_key, self.short_key = name_keys(self.name)
        self.last_key = self.match_key.rsplit(" ", 1)[-1][:100]
        return self
