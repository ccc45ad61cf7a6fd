"""The archive's records: what a meeting was, who took part, and where each fact came from.

Shape of the schema (DESIGN.md, issue 2):
- Reference data: Country, Topic, Organization — loaded from fixtures/, edited by editors.
- People: Participant with ParticipantNameVariant (every spelling seen, normalised for lookup).
- Meeting, with explicit through-models for everything it has many of — Attendance,
  MeetingCountry, MeetingOrganization, MeetingTopic — each keeping its evidence sentence and the
  SourceDocument it came from (provenance).
- SourceDocument: each report as received; many per Meeting.

Curated fields: every editable record carries ``curated_fields``, the names of the fields an
editor changed. Re-import and re-extraction leave those fields alone. For the sets a meeting has
(countries, organizations, topics, attendances) the meeting's own ``curated_fields`` holds the
set's name once an editor has changed it, and re-extraction then leaves the whole set alone.

Facet keys: Meeting denormalises the ids of its countries, topics, participants and
organizations into int[] columns with GIN indexes, refreshed by ``Meeting.refresh_facet_keys``.
Counting facets over arrays in one pass beats joining four link tables (DESIGN.md's
measurements: 3 ms vs 205 ms for a rare term at 200,000 reports).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import ExtractYear
from django.db.models.lookups import LessThan
from django.urls import reverse
from django.utils.text import slugify


@lru_cache(maxsize=131_072)  # the importer asks for the same names over and over
def normalize_name(name: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name, for matching spellings.

    "Yerzhan  Sadenov", "YERZHAN SADENOV" and "Yerzhán Sadenov" all give "yerzhan sadenov".
    """
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_like = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.findall(r"[^\W_]+", ascii_like.casefold())
    return " ".join(words)


def unique_slug(
    model: type[models.Model], text: str, *, max_length: int = 200, exclude_pk: int | None = None
) -> str:
    """A slug for ``text`` not yet used by ``model``: "marat-tulebayev", then "-2", "-3"…"""
    return unique_slugs(model, [text], max_length=max_length, exclude_pk=exclude_pk)[0]


def unique_slugs(
    model: type[models.Model],
    texts: list[str],
    *,
    max_length: int = 200,
    exclude_pk: int | None = None,
) -> list[str]:
    """Unique slugs for several new records at once: one query (``slug = ANY(bases)``, an
    index look-up per base) when no base is taken; a second only for the bases that are, to
    find their numbered forms. One ``LIKE 'base%'`` per base cost ~90 ms a batch of 200
    meetings at 10,000 (a prefix also matches every longer title that starts like it)."""
    bases = [slugify(text)[: max_length - 8].strip("-") or "item" for text in texts]
    if not bases:
        return []
    existing = model._default_manager.exclude(pk=exclude_pk)
    taken = set(existing.filter(slug__in=set(bases)).values_list("slug", flat=True))
    repeated = Counter(bases)
    numbered = [base for base in repeated if base in taken or repeated[base] > 1]
    if numbered:
        condition = Q()
        for base in numbered:
            condition |= Q(slug__startswith=f"{base}-")
        taken |= set(existing.filter(condition).values_list("slug", flat=True))
    slugs = []
    for base in bases:
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
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


# --- Reference data -----------------------------------------------------------------------


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


class Organization(CuratedModel):
    class Kind(models.TextChoices):
        BODY = "body", "Convening body"
        AGENCY = "agency", "National agency"
        INTERNATIONAL = "international", "International body"
        OTHER = "other", "Other"

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
                condition=Q(kind__in=["body", "agency", "international", "other"]),
                name="organization_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("archive:organization-detail", kwargs={"slug": self.slug})


# --- People -------------------------------------------------------------------------------


class Participant(CuratedModel):
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
    # Transliteration-folded keys (see archive.resolver.name_keys): "Erjan" = "Yerzhan";
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
        from ..resolver import name_keys

        self.normalized = normalize_name(self.name)
        self.match_key, self.short_key = name_keys(self.name)
        self.last_key = self.match_key.rsplit(" ", 1)[-1][:100]
        return self


# --- Reports and meetings -----------------------------------------------------------------

# A stable pseudo-random number per meeting (PostgreSQL's hash of the id, uniform over the
# int4 range): ``hash < threshold`` picks the same fraction of any set of meetings every time.
MEETING_SAMPLE_KEY = models.Func(F("id"), function="hashint8", output_field=models.IntegerField())

# The review queue lists meetings with a field scored below this (archive.editorial). The
# partial index "meeting_weak_fields" is built for exactly this threshold: change both together.
LOW_FIELD_CONFIDENCE = 0.6
# A meeting's lowest numeric score in field_confidence (NULL when there is none), computed by
# the IMMUTABLE SQL function of migration 0013: indexable, so the queue finds weak meetings
# without unpacking every meeting's JSON.
MIN_FIELD_CONFIDENCE = models.Func(
    F("field_confidence"),
    function="archive_min_field_confidence",
    output_field=models.FloatField(),
)


class Meeting(CuratedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        NEEDS_REVIEW = "needs_review", "Needs review"
        PUBLISHED = "published", "Published"

    class DatePrecision(models.TextChoices):
        DAY = "day", "Day"
        MONTH = "month", "Month"
        YEAR = "year", "Year"
        UNKNOWN = "unknown", "Unknown"

    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=200, unique=True)
    body = models.ForeignKey(
        Organization,
        verbose_name="convening body",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="convened_meetings",
    )
    date_start = models.DateField(
        null=True,
        blank=True,
        help_text="Stored as the first day of the month or year when only those are known.",
    )
    date_end = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=10, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    year = models.GeneratedField(
        expression=ExtractYear("date_start"),
        output_field=models.SmallIntegerField(null=True),
        db_persist=True,
    )
    city = models.CharField(max_length=120, blank=True)
    venue_country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="hosted_meetings",
    )
    ordinal = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text='The "55" of "55th session".'
    )
    summary = models.TextField(blank=True)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NEEDS_REVIEW, db_index=True
    )
    confidence = models.FloatField(
        "extraction confidence",
        default=0.0,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
    )
    field_confidence = models.JSONField(
        default=dict, blank=True, help_text="Extraction confidence per field, 0 to 1."
    )

    countries = models.ManyToManyField(
        Country, through="MeetingCountry", related_name="meetings", blank=True
    )
    topics = models.ManyToManyField(
        Topic, through="MeetingTopic", related_name="meetings", blank=True
    )
    organizations = models.ManyToManyField(
        Organization, through="MeetingOrganization", related_name="meetings", blank=True
    )
    participants = models.ManyToManyField(
        Participant, through="Attendance", related_name="meetings", blank=True
    )
    possible_duplicates = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="+",
        help_text="Existing meetings a report may also describe; an editor decides.",
    )

    # Denormalised facet keys (see the module docstring); never edited by hand.
    country_ids = ArrayField(models.BigIntegerField(), default=list, blank=True, editable=False)
    topic_ids = ArrayField(models.BigIntegerField(), default=list, blank=True, editable=False)
    participant_ids = ArrayField(models.BigIntegerField(), default=list, blank=True, editable=False)
    organization_ids = ArrayField(
        models.BigIntegerField(), default=list, blank=True, editable=False
    )

    # --- Search document (issue 5; archive/search.py) ------------------------------------
    # A generated column sees only its own row, so the names of the meeting's people, bodies,
    # countries and topics, and its reports' text, are denormalised into two text columns by
    # ``refresh_search_document`` (the importer and the admin call it after every change).
    # The vector is persisted and GIN-indexed, like djangoproject.com's docs search; its
    # config is a literal so that queries and headlines can use the same one
    # (archive.search.SEARCH_CONFIG).
    search_names = models.TextField(blank=True, default="", editable=False)
    search_text = models.TextField(blank=True, default="", editable=False)
    search_vector = models.GeneratedField(
        expression=(
            SearchVector("title", config="english", weight="A")
            + SearchVector("search_names", config="english", weight="B")
            + SearchVector("summary", config="english", weight="C")
            + SearchVector("search_text", config="english", weight="D")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    # --- end of search document -------------------------------------------------------------

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = [F("date_start").desc(nulls_last=True), "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "needs_review", "published"]),
                name="meeting_status_valid",
            ),
            # A stored date says no more than its precision knows: the 1st of the month for
            # "October 2024", 1 January for "2024", nothing at all for "unknown".
            models.CheckConstraint(
                condition=(
                    Q(date_precision="day", date_start__isnull=False)
                    | Q(date_precision="month", date_start__isnull=False, date_start__day=1)
                    | Q(
                        date_precision="year",
                        date_start__isnull=False,
                        date_start__day=1,
                        date_start__month=1,
                    )
                    | Q(date_precision="unknown", date_start__isnull=True, date_end__isnull=True)
                ),
                name="meeting_date_matches_precision",
            ),
            models.CheckConstraint(
                condition=Q(date_end__isnull=True)
                | Q(date_start__isnull=False, date_end__gte=F("date_start")),
                name="meeting_date_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="meeting_confidence_range",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "date_start"], name="meeting_status_date"),
            # Newest/oldest sorting, and the importer's "same people on the same day" rule.
            models.Index(fields=["date_start"], name="meeting_date_start"),
            models.Index(fields=["year"], name="meeting_year"),
            models.Index(fields=["city"], name="meeting_city"),
            models.Index(fields=["confidence"], name="meeting_confidence"),
            # The importer looks for an existing meeting of the same body around a date.
            models.Index(fields=["body", "date_start"], name="meeting_body_date"),
            GinIndex(fields=["country_ids"], name="meeting_country_ids"),
            GinIndex(fields=["topic_ids"], name="meeting_topic_ids"),
            GinIndex(fields=["participant_ids"], name="meeting_participant_ids"),
            GinIndex(fields=["organization_ids"], name="meeting_organization_ids"),
            # Search (issue 5): full text, place-name suggestions by trigram, and the
            # "newest first" order of result pages (unknown dates last), read from an index.
            GinIndex(fields=["search_vector"], name="meeting_search_vector"),
            models.Index(
                F("date_start").desc(nulls_last=True), F("id").desc(), name="meeting_newest"
            ),
            GinIndex(name="meeting_city_trgm", fields=["city"], opclasses=["gin_trgm_ops"]),
            # Facet counts of a broad search come from a pseudo-random sample of its
            # meetings (archive.search): a range of this hash, read together with the other
            # filters' bitmaps, so the sample costs its own size, not the archive's.
            models.Index(MEETING_SAMPLE_KEY, F("status"), name="meeting_sample"),
            # The review queue's weak meetings, weakest first: a partial index holding only
            # meetings with a low field score, read in order and stopped at the queue's limit.
            models.Index(
                fields=["confidence", "id"],
                name="meeting_weak_fields",
                condition=Q(LessThan(MIN_FIELD_CONFIDENCE, LOW_FIELD_CONFIDENCE)),
            ),
            # ... and its meetings of unknown date, oldest first (few; the index holds only them).
            models.Index(
                fields=["id"], name="meeting_undated", condition=Q(date_precision="unknown")
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.date_display})"

    def get_absolute_url(self) -> str:
        return reverse("archive:meeting-detail", kwargs={"slug": self.slug})

    @property
    def date_display(self) -> str:
        """The date as precisely as it is known: "4 October 2024", "October 2024", "2024"."""
        start, end = self.date_start, self.date_end
        if start is None or self.date_precision == self.DatePrecision.UNKNOWN:
            return "date unknown"
        if self.date_precision == self.DatePrecision.YEAR:
            return str(start.year)
        if self.date_precision == self.DatePrecision.MONTH:
            return start.strftime("%B %Y")
        if end and end != start:
            if (end.year, end.month) == (start.year, start.month):
                return f"{start.day}–{end.day} {start:%B %Y}"
            return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"
        return f"{start.day} {start:%B %Y}"

    def refresh_facet_keys(self, *, save: bool = True) -> None:
        """Copy the ids of the meeting's linked records into its facet-key arrays."""
        self.country_ids = sorted(
            self.country_links.filter(kind=MeetingCountry.Kind.PARTICIPATING).values_list(
                "country_id", flat=True
            )
        )
        self.topic_ids = sorted(self.topic_links.values_list("topic_id", flat=True))
        self.participant_ids = sorted(
            self.attendances.exclude(participant=None).values_list("participant_id", flat=True)
        )
        self.organization_ids = sorted(
            self.organization_links.values_list("organization_id", flat=True)
        )
        if save:
            Meeting.objects.filter(pk=self.pk).update(
                country_ids=self.country_ids,
                topic_ids=self.topic_ids,
                participant_ids=self.participant_ids,
                organization_ids=self.organization_ids,
            )

    # --- Search document refresh (issue 5) ---------------------------------------------------
    SEARCH_TEXT_MAX_CHARS = 400_000  # a tsvector holds at most 1 MB; long reports are cut

    def refresh_search_document(self, *, save: bool = True) -> None:
        """Denormalise the names and report text the search vector is built from.

        The one function to call after the meeting's people, bodies, countries, topics or
        sources change (``ReportImporter.rebuild_meeting`` and the admin do). Reads the links
        from the database, so call it after they are saved.
        """
        names: list[str] = []
        for name, variant in (
            self.attendances.select_related("participant")
            .values_list("name_as_written", "participant__name_variants__name")
            .order_by("pk")
        ):
            names += [name, variant or ""]
        for org_name, acronym, aliases in Organization.objects.filter(
            Q(pk=self.body_id) | Q(meeting_links__meeting=self)
        ).values_list("name", "acronym", "aliases"):
            names += [org_name, acronym, *aliases]
        names += self.country_links.filter(kind=MeetingCountry.Kind.PARTICIPATING).values_list(
            "country__name", flat=True
        )
        names += self.topic_links.values_list("topic__name", flat=True)
        names.append(self.city)
        texts = self.sources.order_by("imported_at", "pk").values_list("cleaned_text", flat=True)
        self.search_names, self.search_text = self.compose_search_document(names, texts)
        if save:
            Meeting.objects.filter(pk=self.pk).update(
                search_names=self.search_names, search_text=self.search_text
            )

    @classmethod
    def compose_search_document(cls, names: Iterable[str], texts: Iterable[str]) -> tuple[str, str]:
        """(search_names, search_text) from names and report texts; the importer's batch
        path gathers the same inputs in memory and calls this too."""
        unique = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        return " · ".join(unique), "\n\n".join(texts)[: cls.SEARCH_TEXT_MAX_CHARS]

    # --- end of search document refresh -----------------------------------------------------


class SourceDocument(models.Model):
    """One report as received. Several reports may describe the same meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="sources")
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

    class Meta:
        ordering = ["meeting", "imported_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(sha256__regex=r"^[0-9a-f]{64}$"), name="source_sha256_hex"
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.file_name or f"Report {self.pk}"

    def get_absolute_url(self) -> str:
        return f"{self.meeting.get_absolute_url()}#source-{self.pk}"


class Attendance(CuratedModel, Evidence):
    """A person at a meeting, as one report named them."""

    class Role(models.TextChoices):
        CHAIR = "chair", "Chair"
        CO_CHAIR = "co-chair", "Co-chair"
        HOST = "host", "Host"
        SPEAKER = "speaker", "Speaker"
        ATTENDEE = "attendee", "Attendee"

    class Match(models.TextChoices):
        """How the importer linked the name to a Participant; the review queue reads it."""

        EXACT = "exact", "Exact name"
        VARIANT = "variant", "Known variant"
        FUZZY = "fuzzy", "Similar spelling"
        NEW = "new", "New person"
        AMBIGUOUS = "ambiguous", "Ambiguous"
        EDITOR = "editor", "Set by an editor"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    participant = models.ForeignKey(
        Participant,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attendances",
        help_text="Empty until the name is resolved to a person.",
    )
    name_as_written = models.CharField(max_length=200)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.ATTENDEE)
    title = models.CharField("title at the time", max_length=300, blank=True)
    country = models.ForeignKey(
        Country,
        verbose_name="country represented",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attendances",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name="organization represented",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attendances",
    )
    match = models.CharField(max_length=20, choices=Match.choices, default=Match.NEW)
    confidence = models.FloatField(
        default=0.0, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )

    class Meta:
        ordering = ["meeting", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "participant"],
                condition=Q(participant__isnull=False),
                name="attendance_once_per_person",
            ),
            models.UniqueConstraint(
                fields=["meeting", "name_as_written"],
                condition=Q(participant__isnull=True),
                name="attendance_unresolved_name_once",
            ),
            models.CheckConstraint(
                condition=Q(role__in=["chair", "co-chair", "host", "speaker", "attendee"]),
                name="attendance_role_valid",
            ),
            models.CheckConstraint(
                condition=Q(match__in=["exact", "variant", "fuzzy", "new", "ambiguous", "editor"]),
                name="attendance_match_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["match"], name="attendance_match"),
            # The review queue's uncertain person matches, weakest first (partial: only they).
            models.Index(
                fields=["confidence", "id"],
                name="attendance_uncertain",
                condition=(Q(match__in=["fuzzy", "ambiguous"]) | Q(participant__isnull=True))
                & ~Q(match="editor"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name_as_written} at {self.meeting.title}"


class MeetingCountry(Evidence):
    """A country at a meeting: taking part (maybe as host) or only mentioned."""

    class Kind(models.TextChoices):
        PARTICIPATING = "participating", "Taking part"
        MENTIONED = "mentioned", "Mentioned only"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="country_links")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="meeting_links")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PARTICIPATING)
    is_host = models.BooleanField(default=False)

    class Meta:
        ordering = ["meeting", "kind", "country__name"]
        verbose_name = "meeting country"
        verbose_name_plural = "meeting countries"
        constraints = [
            models.UniqueConstraint(fields=["meeting", "country"], name="meeting_country_once"),
            models.CheckConstraint(
                condition=Q(kind__in=["participating", "mentioned"]),
                name="meeting_country_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(is_host=False) | Q(kind="participating"),
                name="meeting_country_host_participates",
            ),
        ]
        indexes = [models.Index(fields=["country", "kind"], name="meeting_country_by_country")]

    def __str__(self) -> str:
        return f"{self.country} ({self.get_kind_display()})"


class MeetingOrganization(Evidence):
    """An organization taking part in a meeting (the convening body is Meeting.body)."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="organization_links"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="meeting_links"
    )

    class Meta:
        ordering = ["meeting", "organization__name"]
        verbose_name = "meeting organization"
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "organization"], name="meeting_organization_once"
            ),
        ]

    def __str__(self) -> str:
        return str(self.organization)


class MeetingTopic(Evidence):
    """A topic a meeting dealt with, with the sentences that show it."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="meeting_links")
    score = models.FloatField(default=0.0, help_text="How strongly the text supports the topic.")
    extra_evidence = models.JSONField(
        default=list,
        blank=True,
        help_text="Further supporting sentences: [{start, end, text}] in the source's text.",
    )

    class Meta:
        ordering = ["meeting", "-score", "topic__name"]
        verbose_name = "meeting topic"
        constraints = [
            models.UniqueConstraint(fields=["meeting", "topic"], name="meeting_topic_once"),
        ]
        indexes = [models.Index(fields=["topic", "meeting"], name="meeting_topic_by_topic")]

    def __str__(self) -> str:
        return str(self.topic)


def date_for_precision(value: datetime.date | None, precision: str) -> datetime.date | None:
    """The date to store for ``value`` known to ``precision`` (see the date constraint)."""
    if value is None or precision == Meeting.DatePrecision.UNKNOWN:
        return None
    if precision == Meeting.DatePrecision.YEAR:
        return value.replace(month=1, day=1)
    if precision == Meeting.DatePrecision.MONTH:
        return value.replace(day=1)
    return value


# --- Editorial workflow (issue 6) ---------------------------------------------------------
# Added by the editorial work: the merge log and the review queue's dismissals. Kept at the
# end so the schema above stays as issue 2 shaped it.


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


class FacetSnapshot(models.Model):
    """The unfiltered archive's exact total and facet counts, counted ahead of time.

    Counting every meeting takes seconds at a million (archive.search counts a broad search on
    a sample instead); the home page is the one search everybody opens, so its exact counts
    are stored here by ``manage.py refresh_facet_counts`` (run by ``import_reports`` after
    a run that changed anything, and by cron). ``archive.search`` uses a snapshot younger
    than ``SEARCH_SNAPSHOT_MAX_AGE`` seconds and samples otherwise, so the home page's counts
    lag editors' changes by at most that long.
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

    def __str__(self) -> str:
        return f"{self.get_audience_display()}: {self.total} at {self.computed_at:%Y-%m-%d %H:%M}"


class EntitySnapshot(models.Model):
    """One country's, topic's or organization's page figures, counted with its FacetSnapshot.

    A country's page shows how many meetings it took part in, per year, and who represented
    it most often; at a million meetings each of those counts takes seconds (Russia is in most
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
