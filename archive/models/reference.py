"""Reference data: countries, topics and organizations, loaded from fixtures/ and edited by
editors."""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse

from .base import CuratedModel, RedirectsOldSlugs


class Country(CuratedModel):
    code = models.CharField(
        "ISO 3166 code",
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", "Two capital letters (ISO 3166 alpha-2).")],
    )
    name = models.CharField("short name", max_length=100, unique=True)
    official_name = models.CharField(max_length=200, blank=True)
    aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    demonyms = ArrayField(models.CharField(max_length=100), default=list, blank=True)
    is_cis = models.BooleanField(
        "CIS region", default=False, help_text="A CIS state or close neighbour."
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(condition=Q(code__regex=r"^[A-Z]{2}$"), name="country_code_iso"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("archive:country-detail", kwargs={"code": self.code.lower()})


class Topic(CuratedModel):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120, unique=True)
    description = models.TextField(blank=True)
    patterns = ArrayField(
        models.CharField(max_length=200),
        default=list,
        blank=True,
        help_text="Keyword patterns the extractor matches (see the README for the syntax).",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("archive:topic-detail", kwargs={"slug": self.slug})


# Choices are defined at module level so that Meta's constraints can read them (a class
# body's names are not visible inside its Meta); the model exposes them as Organization.Kind.
class OrganizationKind(models.TextChoices):
    BODY = "body", "Convening body"
    AGENCY = "agency", "National agency"
    INTERNATIONAL = "international", "International body"
    OTHER = "other", "Other"


class Organization(RedirectsOldSlugs, CuratedModel):
    Kind = OrganizationKind

    slug = models.SlugField(max_length=200, unique=True)
    name = models.CharField(max_length=300, unique=True)
    acronym = models.CharField(max_length=40, blank=True)
    aliases = ArrayField(models.CharField(max_length=300), default=list, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organizations",
        help_text="For a national agency, its state.",
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=OrganizationKind.values),
                name="organization_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("archive:organization-detail", kwargs={"slug": self.slug})
