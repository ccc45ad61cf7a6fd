"""What every record shares: editors' corrections, evidence of a fact, and unique slugs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils.text import slugify

from ..extraction.name_scripts import CYRILLIC, DISPLAY_SCHEME


def unique_slug(
    model: type[models.Model],
    text: str,
    *,
    max_length: int = 200,
    exclude_pk: int | None = None,
    also_taken: Iterable[str] = (),
) -> str:
    """A slug for ``text`` not yet used by ``model``: "marat-tulebayev", then "-2", "-3"…"""
    return unique_slugs(
        model, [text], max_length=max_length, exclude_pk=exclude_pk, also_taken=also_taken
    )[0]


def slug_base(text: str, max_length: int = 200) -> str:
    """The slug ``text`` makes before any "-2" is added to it. Cyrillic is written in Latin
    letters first, in the romanisation the archive shows names in (slugify would drop it, and
    a meeting named by a Russian headline would be left with a bare date)."""
    if CYRILLIC.search(text):
        text = DISPLAY_SCHEME.translate(text)
    return slugify(text)[: max_length - 8].strip("-") or "item"


def unique_slugs(
    model: type[models.Model],
    texts: list[str],
    *,
    max_length: int = 200,
    exclude_pk: int | None = None,
    also_taken: Iterable[str] = (),
) -> list[str]:
    """Unique slugs for several new records at once; ``also_taken`` are slugs to avoid
    besides the model's own (other records' old addresses).

    One query (``slug = ANY(bases)``, an index look-up per base) when no base is taken; a
    second only for the bases that are, to find their numbered forms. Not one ``LIKE 'base%'``
    per base: a prefix also matches every longer title that starts like it (see
    docs/PERFORMANCE.md).
    """
    bases = [slug_base(text, max_length) for text in texts]
    if not bases:
        return []
    existing = model._default_manager.exclude(pk=exclude_pk)
    taken = set(existing.filter(slug__in=set(bases)).values_list("slug", flat=True))
    taken |= set(also_taken)
    repeated = Counter(bases)
    numbered = [base for base in repeated if base in taken or repeated[base] > 1]
    if numbered:
        condition = Q()
        for base in numbered:
            condition |= Q(slug__startswith=f"{base}-")
        taken |= set(existing.filter(condition).values_list("slug", flat=True))
    slugs = []
    for base in bases:
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        slugs.append(slug)
    return slugs


class CuratedModel(models.Model):
    """A record editors can correct; their corrections survive re-import."""

    curated_fields = ArrayField(
        models.CharField(max_length=64),
        default=list,
        blank=True,
        help_text="Fields an editor changed; re-import and re-extraction never overwrite them.",
    )

    class Meta:
        abstract = True

    def is_curated(self, field_name: str) -> bool:
        return field_name in self.curated_fields

    def mark_curated(self, *field_names: str) -> None:
        for name in field_names:
            if name not in self.curated_fields:
                self.curated_fields.append(name)
        self.curated_fields.sort()


class Evidence(models.Model):
    """Where a fact came from: the sentence and the report that hold it."""

    source = models.ForeignKey(
        "SourceDocument",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The report the fact was extracted from; empty when an editor added it.",
    )
    evidence = models.TextField(blank=True, help_text="The sentence that supports the fact.")
    evidence_start = models.PositiveIntegerField(null=True, blank=True)
    evidence_end = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        abstract = True


class RedirectsOldSlugs(models.Model):
    """A record with a public page at its slug: when a save changes the slug, the old one is
    remembered as a redirect to the record (archive.models.redirects), so that published
    links keep working."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        old = getattr(self, "_saved_slug", None)
        if update_fields is not None and "slug" not in update_fields:
            return
        if old and old != self.slug:
            # Imported here: the redirects module imports the models that use this mixin.
            from .redirects import SlugRedirect

            SlugRedirect.objects.remember(old, self)
        self._saved_slug = self.slug

    @classmethod
    def from_db(cls, db, field_names, values):
        record = super().from_db(db, field_names, values)
        record._saved_slug = record.__dict__.get("slug")
        return record

    def refresh_from_db(self, using=None, fields=None, from_queryset=None) -> None:
        super().refresh_from_db(using=using, fields=fields, from_queryset=from_queryset)
        if fields is None or "slug" in fields:
            self._saved_slug = self.__dict__.get("slug")

    def follow(self, text: str) -> bool:
        """Give the record the slug ``text`` makes — unique, and never an old address of
        another record, which keeps leading there. True when the slug changed; the save that
        follows remembers the old one."""
        from .redirects import SlugRedirect

        kind = SlugRedirect.kind_of(type(self))
        max_length = self._meta.get_field("slug").max_length
        others = SlugRedirect.objects.filter(
            kind=kind, old_slug__startswith=slug_base(text, max_length)
        ).exclude(**{kind: self.pk})
        slug = unique_slug(
            type(self),
            text,
            max_length=max_length,
            exclude_pk=self.pk,
            also_taken=others.values_list("old_slug", flat=True),
        )
        changed, self.slug = slug != self.slug, slug
        return changed
