"""Who meets whom: how many published meetings two people, or two countries, shared.

Derived data, never edited: a statement-level trigger on the meeting table (migration 0016)
adds a published meeting's pairs and takes back an unpublished, edited or deleted one's, so
the counts follow every path that changes a meeting — the importer's COPY, re-extraction,
publishing, merging, the admin — in the same transaction. ``rebuild_meeting_pairs`` recounts
them all. Both directions are stored, so one index reads a person's or a country's partners.
"""

from __future__ import annotations

from django.db import models

from .people import Participant
from .reference import Country, Organization


class PersonPair(models.Model):
    """``person`` and ``other`` were at ``meetings`` published meetings together."""

    person = models.ForeignKey(
        Participant, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    other = models.ForeignKey(
        Participant, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    meetings = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "other"], name="person_pair_once"),
        ]
        indexes = [
            # A person's most frequent partners, read from the index alone, top first.
            models.Index(fields=["person", "-meetings", "other"], name="person_pair_top"),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} + {self.other_id}: {self.meetings}"


class CountryPair(models.Model):
    """``country`` and ``other`` took part in ``meetings`` published meetings together that
    ``body`` convened (no body: meetings without one). Per body, so that a page can count
    the meetings of one kind of body without a recount when an editor reclassifies one."""

    country = models.ForeignKey(
        Country, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    other = models.ForeignKey(
        Country, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    body = models.ForeignKey(
        Organization,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
    )
    meetings = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["country", "other", "body"],
                name="country_pair_once",
                nulls_distinct=False,
            ),
        ]
        indexes = [
            # A country's partners summed over its bodies (or those of one kind), read from
            # the index alone.
            models.Index(
                fields=["country", "body"],
                include=["other", "meetings"],
                name="country_pair_by_body",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.country_id} + {self.other_id} ({self.body_id}): {self.meetings}"
