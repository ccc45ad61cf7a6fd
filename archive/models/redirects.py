"""Old addresses: the slugs a meeting, person or body was published under before it was
renamed or merged into another record, each leading to the record it belongs to now.

Rows are written when a slug changes (``RedirectsOldSlugs.save``) and when a merge deletes a
record (archive.editorial.merging); the public detail pages read them only when a slug is not
found (archive.web.redirects), and answer 301 to the record's page of now. A row points at the
record, not at a slug, so a record renamed again needs no update of its old rows.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from .meetings import Meeting
from .people import Participant
from .reference import Organization


class SlugRedirectKind(models.TextChoices):
    """Which public page the old slug was the address of; each kind names its record's
    foreign key."""

    MEETING = "meeting", "Meeting"
    PARTICIPANT = "participant", "Person"
    ORGANIZATION = "organization", "Organization"


class SlugRedirectQuerySet(models.QuerySet):
    def pointing_at(self, record: models.Model) -> SlugRedirectQuerySet:
        """The old slugs that lead to ``record``."""
        kind = SlugRedirect.kind_of(type(record))
        return self.filter(kind=kind, **{kind: record})

    def record_for(self, model: type[models.Model], slug: str) -> models.Model | None:
        """The record an old slug of ``model`` leads to, or None."""
        kind = SlugRedirect.kind_of(model)
        row = self.filter(kind=kind, old_slug=slug).select_related(kind).first()
        return getattr(row, kind) if row is not None else None

    def remember(self, old_slug: str, record: models.Model) -> SlugRedirect | None:
        """``old_slug`` leads to ``record`` from now on (it replaces whatever it led to), and
        the record's own slug is no old address any more. None when there is nothing to
        remember (no old slug, or the record still has it)."""
        kind = SlugRedirect.kind_of(type(record))
        self.filter(kind=kind, old_slug=record.slug).delete()
        if not old_slug or old_slug == record.slug:
            return None
        row, _ = self.update_or_create(
            kind=kind, old_slug=old_slug, defaults={kind: record, **SlugRedirect.no_targets(kind)}
        )
        return row

    def move_to(self, old: models.Model, new: models.Model) -> list[int]:
        """The old slugs of ``old`` lead to ``new`` (a merge deletes ``old``); returns the ids
        of the rows moved."""
        rows = self.pointing_at(old)
        ids = list(rows.values_list("pk", flat=True))
        rows.update(**{SlugRedirect.kind_of(type(new)): new})
        return ids


class SlugRedirect(models.Model):
    """An old slug of a meeting, person or body, and the record it leads to now."""

    Kind = SlugRedirectKind
    MODELS = {
        SlugRedirectKind.MEETING: Meeting,
        SlugRedirectKind.PARTICIPANT: Participant,
        SlugRedirectKind.ORGANIZATION: Organization,
    }

    kind = models.CharField(max_length=20, choices=Kind.choices)
    old_slug = models.SlugField(max_length=200)
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, null=True, blank=True, related_name="old_slugs"
    )
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, null=True, blank=True, related_name="old_slugs"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, null=True, blank=True, related_name="old_slugs"
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = SlugRedirectQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "old_slug"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "old_slug"], name="slug_redirect_once"),
            # Exactly the kind's own foreign key is set.
            models.CheckConstraint(
                condition=(
                    Q(
                        kind=SlugRedirectKind.MEETING,
                        meeting__isnull=False,
                        participant__isnull=True,
                        organization__isnull=True,
                    )
                    | Q(
                        kind=SlugRedirectKind.PARTICIPANT,
                        meeting__isnull=True,
                        participant__isnull=False,
                        organization__isnull=True,
                    )
                    | Q(
                        kind=SlugRedirectKind.ORGANIZATION,
                        meeting__isnull=True,
                        participant__isnull=True,
                        organization__isnull=False,
                    )
                ),
                name="slug_redirect_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.old_slug} → {self.target}"

    @property
    def target(self) -> models.Model | None:
        return getattr(self, self.kind)

    @classmethod
    def kind_of(cls, model: type[models.Model]) -> str:
        for kind, kind_model in cls.MODELS.items():
            if issubclass(model, kind_model):
                return kind
        raise ValueError(f"{model.__name__} has no old slugs")

    @classmethod
    def no_targets(cls, kind: str) -> dict[str, None]:
        """The other kinds' foreign keys, empty."""
        return {other: None for other in cls.MODELS if other != kind}
