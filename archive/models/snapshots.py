"""Counts taken ahead of time: the unfiltered archive's facets and each entity's page figures."""

from __future__ import annotations

from django.db import models


class FacetSnapshot(models.Model):
    """The unfiltered archive's exact total and facet counts, counted ahead of time.

    Stored by ``manage.py refresh_facet_counts`` (cron), after an import that changed
    anything and after editors publish. Searches, browse lists and entity pages count in the
    facet index (archive.search.facet_index); the admin's lists sort by these counts, and the
    country pages read their EntitySnapshot's representatives while the snapshot is younger
    than ``SEARCH_SNAPSHOT_MAX_AGE`` seconds and no meeting changed since it was counted
    (``log_position``).
    """

    class Audience(models.TextChoices):
        PUBLIC = "public", "Readers (published meetings)"
        STAFF = "staff", "Staff (every meeting)"

    audience = models.CharField(max_length=10, choices=Audience.choices, primary_key=True)
    total = models.PositiveIntegerField()
    rows = models.JSONField(
        help_text="[facet, key, count] of each facet's most frequent values, as the search shows"
    )
    # Every value's count, {facet: {key: count}}: the browse lists (countries, topics, bodies,
    # people A–Z) read these instead of counting the archive on every request.
    counts = models.JSONField(default=dict)
    computed_at = models.DateTimeField()
    # "snapshot;xid;seq" before counting: pg_current_snapshot(), the counting transaction's id
    # and the change log's last entry. A log entry this does not cover means the counts may
    # be out of date (archive.search.snapshots).
    log_position = models.TextField(blank=True, default="")

    def __str__(self) -> str:
        return f"{self.get_audience_display()}: {self.total} at {self.computed_at:%Y-%m-%d %H:%M}"


class EntitySnapshot(models.Model):
    """One country's, topic's or organization's page figures, counted with its FacetSnapshot.

    A country's page shows how many meetings it took part in, per year, and who represented
    it most often; in a large archive each of those counts is slow (Russia is in most
    meetings), so ``refresh_facet_counts`` stores them here for every entity at once, and the
    pages read them while their FacetSnapshot is fresh (and count live otherwise).
    """

    class Kind(models.TextChoices):
        COUNTRY = "country", "Country"
        TOPIC = "topic", "Topic"
        ORGANIZATION = "organization", "Organization"

    snapshot = models.ForeignKey(FacetSnapshot, on_delete=models.CASCADE, related_name="entities")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    entity_id = models.BigIntegerField()
    total = models.PositiveIntegerField(help_text="Meetings, dated or not")
    years = models.JSONField(default=dict, help_text="{year: meetings} of the dated meetings")
    convened = models.PositiveIntegerField(
        default=0, help_text="Organizations: meetings it convened (was the body of)"
    )
    people = models.JSONField(
        default=list,
        help_text="Countries: [participant id, attendances] of its most frequent representatives",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["snapshot", "kind", "entity_id"], name="entity_snapshot_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.entity_id}: {self.total} ({self.snapshot_id})"
