"""People: a Participant and every spelling of their name that reports used."""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex
from django.db import connection, models
from django.db.models import Q
from django.urls import reverse

from ..extraction.name_scripts import shown_name
from ..extraction.names import name_keys, normalize_name
from .base import CuratedModel, RedirectsOldSlugs
from .reference import Country


class Participant(RedirectsOldSlugs, CuratedModel):
    name = models.CharField("canonical name", max_length=200)
    # Derived from the spellings' counts by refresh_display_names (archive.ingest.spellings):
    # the native-script name beside the Latin one, and the spelling most reports wrote.
    name_cyrillic = models.CharField(
        "name in Cyrillic",
        max_length=200,
        blank=True,
        default="",
        editable=False,
        help_text="The Cyrillic spelling Russian reports wrote most often.",
    )
    name_reported = models.CharField(
        "name as most reports write it",
        max_length=200,
        blank=True,
        default="",
        editable=False,
        help_text="The spelling reports wrote most often, in either script.",
    )
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

    def name_in(self, script: str) -> str:
        """The name to show in a script of names (archive.search.name_display.NameScript):
        "reports" the spelling most reports wrote, "latin" the English Wikipedia romanisation
        of the Cyrillic name (else the Latin name as English reports write it), "cyrillic"
        the Cyrillic name (else the Latin one: a reverse transliteration would guess). A name
        an editor curated is the one shown as in the reports."""
        return shown_name(
            script,
            name=self.name,
            name_reported=self.name_reported,
            name_cyrillic=self.name_cyrillic,
            curated=self.is_curated("name"),
        )

    @classmethod
    def refresh_display_names(cls, ids) -> None:
        """Derive ``name_reported`` and ``name_cyrillic`` of the people ``ids`` from what
        readers may see of their spellings: the counts of published meetings' reports (most
        first, then the first recorded); an editor's Cyrillic spelling counts too. A spelling
        only unpublished meetings' reports wrote is never shown."""
        ids = sorted(set(ids))
        if not ids:
            return
        variants = ParticipantNameVariant._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {cls._meta.db_table} p SET"  # noqa: S608
                f" name_reported = coalesce((SELECT v.name FROM {variants} v"
                "   WHERE v.participant_id = p.id AND v.published_reports > 0"
                "   ORDER BY v.published_reports DESC, v.id LIMIT 1), ''),"
                f" name_cyrillic = coalesce((SELECT v.name FROM {variants} v"
                "   WHERE v.participant_id = p.id AND v.name ~ '[\u0400-\u04ff]'"
                "     AND v.name !~ '[A-Za-z]'"
                "     AND (v.published_reports > 0 OR v.editor_added)"
                "   ORDER BY v.published_reports DESC, v.id LIMIT 1), '')"
                " WHERE p.id = ANY(%s)",
                [ids],
            )

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
    # How many reports wrote this spelling, and how many of them are reports of published
    # meetings (archive.ingest.spellings): readers are shown the most common published one
    # "as in the reports"; staff see every spelling with both counts.
    reports = models.PositiveIntegerField(default=0, editable=False)
    published_reports = models.PositiveIntegerField(default=0, editable=False)
    # Typed by an editor (the person's admin page), not learned from a report: readers see it.
    editor_added = models.BooleanField(default=False, editable=False)
    # Some report wrote it, once at least (its counts may have gone back to 0 since, when that
    # report's meeting was deleted): unlike a form the importer derived, it is no one's to see
    # until a published report writes it.
    written = models.BooleanField(default=False, editable=False)

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

    @staticmethod
    def public(through: str = "") -> Q:
        """The spellings readers may find a person by (``through``: the lookup path from the
        queried model to the variants): those a published meeting's report wrote, an
        editor's, and the forms no report ever wrote but the importer derived from one (the
        Latin name of a Russian report's Cyrillic one: the resolver linked the report to the
        person by it, so it transliterates a spelling the person is found by already); not
        those only unpublished meetings' reports wrote, even once those are counted by no
        report (their meeting deleted, the report waiting unsorted)."""
        return (
            Q(**{f"{through}published_reports__gt": 0})
            | Q(**{f"{through}editor_added": True})
            | Q(**{f"{through}written": False})
        )

    @property
    def is_public(self) -> bool:
        """Whether readers may see this spelling: ``public()`` for a variant in memory."""
        return self.published_reports > 0 or self.editor_added or not self.written
