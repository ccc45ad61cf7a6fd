"""Meetings: what the archive knows of each, merged from the reports that describe it.

``MeetingQuerySet`` (``Meeting.objects``) holds the selections every page shares: what a
reader may see, the meetings of one country, topic, person or organization, and the columns a
list leaves out.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import BooleanField, ExpressionWrapper, F, Q
from django.db.models.functions import Coalesce, ExtractYear, Lower
from django.db.models.lookups import LessThan
from django.urls import reverse

from ..extraction.name_scripts import search_spellings
from ..extraction.names import normalize_name
from ..extraction.offices import OTHER
from .base import CuratedModel, RedirectsOldSlugs
from .links import Attendance, MeetingCountry
from .people import Participant, ParticipantNameVariant
from .reference import Country, Organization, Topic


def _last_day_of(unit: str) -> models.Func:
    """The last day of the month or year ``date_start`` begins (IMMUTABLE date arithmetic, so
    a generated column may use it)."""
    return models.Func(
        F("date_start"),
        template=f"((%(expressions)s + interval '1 {unit}') - interval '1 day')::date",
        output_field=models.DateField(),
    )


# How many countries took part: "exactly these countries" is containment of them and this
# many (the arrays hold each id once), read from index meeting_country_count ANDed with the GIN.
COUNTRY_COUNT = models.Func(
    F("country_ids"), function="cardinality", output_field=models.IntegerField()
)

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


# Choices are defined at module level so that Meta's constraints can read them (a class
# body's names are not visible inside its Meta); the model exposes them as Meeting.Status and
# Meeting.DatePrecision.


class MeetingStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    NEEDS_REVIEW = "needs_review", "Needs review"
    PUBLISHED = "published", "Published"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"
    UNKNOWN = "unknown", "Unknown"

    @classmethod
    def rank_of(cls, value: str | None) -> int:
        """How much a precision knows, from unknown (0) to day (3); anything else counts as
        unknown. Merging reports keeps the more precise date."""
        return _PRECISION_RANKS.get(value, 0)


_PRECISION_RANKS = {
    DatePrecision.UNKNOWN: 0,
    DatePrecision.YEAR: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.DAY: 3,
}


class MeetingQuerySet(models.QuerySet):
    """Meetings, with the selections the pages, the API and the editors share.

    The per-entity filters read the denormalised facet-key arrays (GIN-indexed), never the
    link tables; they take a record or its primary key.
    """

    # Columns no list of meetings shows: the search document (every name and up to
    # SEARCH_TEXT_MAX_CHARS of report text) and the vector built from it.
    LISTING_DEFERRED = ("search_names", "search_text", "search_vector")

    def visible_to(self, user: Any) -> MeetingQuerySet:
        """Published meetings for readers; staff also see drafts and meetings under review."""
        if user is not None and getattr(user, "is_staff", False):
            return self.all()
        return self.filter(status=MeetingStatus.PUBLISHED)

    def with_country(self, country: Any, *, including_venue: bool = False) -> MeetingQuerySet:
        """Meetings the country took part in (only mentioned does not count); with
        ``including_venue``, also the meetings held there."""
        taking_part = Q(country_ids__contains=[_pk(country)])
        if including_venue:
            return self.filter(Q(venue_country=_pk(country)) | taking_part)
        return self.filter(taking_part)

    def with_topic(self, topic: Any) -> MeetingQuerySet:
        return self.filter(topic_ids__contains=[_pk(topic)])

    def with_participant(self, participant: Any) -> MeetingQuerySet:
        """Meetings the person attended (as resolved to a Participant)."""
        return self.filter(participant_ids__contains=[_pk(participant)])

    def involving_organization(self, organization: Any) -> MeetingQuerySet:
        """Meetings the organization convened (as the body) or took part in."""
        pk = _pk(organization)
        return self.filter(Q(body=pk) | Q(organization_ids__contains=[pk]))

    def lean(self) -> MeetingQuerySet:
        """The same meetings without the columns only search and the detail page need."""
        return self.defer(*self.LISTING_DEFERRED)

    # What a search result's card shows (the page's and the API's) and its labels are read for.
    CARD_FIELDS = (
        *("title", "slug", "body", "date_start", "date_end", "date_precision", "city"),
        *("summary", "status", "country_ids", "topic_ids"),
    )

    def for_cards(self) -> MeetingQuerySet:
        """The same meetings with only the columns a result card needs: the facet-key arrays
        of people, organizations and offices, and the JSON columns, are long to read."""
        return self.only(*self.CARD_FIELDS)


def _pk(record: Any) -> Any:
    """The primary key of a record, or the value itself when it already is one."""
    return getattr(record, "pk", record)


class Meeting(RedirectsOldSlugs, CuratedModel):
    """A meeting of a body, merged from every report that describes it.

    Longer than the other models because a meeting carries, besides its own fields, the
    denormalised copies search reads (facet-key arrays, the search document and its vector)
    with the indexes and constraints that keep them usable; they stay on the model so that
    migrations and ``refresh_facet_keys``/``refresh_search_document`` live beside the columns.
    """

    Status = MeetingStatus
    DatePrecision = DatePrecision

    objects = MeetingQuerySet.as_manager()

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
    # The last day the meeting may have been on: its end, else the end of the month or year a
    # date known only that far names. A date range matches the meetings that overlap it
    # (date_start <= its end, date_last >= its start): 30 May–1 June is in June.
    date_last = models.GeneratedField(
        expression=Coalesce(
            F("date_end"),
            models.Case(
                models.When(date_precision=DatePrecision.MONTH, then=_last_day_of("month")),
                models.When(date_precision=DatePrecision.YEAR, then=_last_day_of("year")),
                default=F("date_start"),
            ),
        ),
        output_field=models.DateField(null=True),
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
    # Offices and roles held, each with the country represented: "interior-minister.<country
    # id>", "chair.<country id>" (no country: the bare office or role; office "other" and role
    # "attendee", which say no more than the country's presence, are left out); and
    # "<country id>.<participant id>" for each person representing a country, so the Person
    # facet can list only the people of the chosen countries (archive.search.facets).
    office_keys = ArrayField(models.TextField(), default=list, blank=True, editable=False)
    role_keys = ArrayField(models.TextField(), default=list, blank=True, editable=False)
    delegate_keys = ArrayField(models.TextField(), default=list, blank=True, editable=False)

    # --- Search document (archive/search/query.py) --------------------------------------------
    # A generated column sees only its own row, so the names of the meeting's people, bodies,
    # countries and topics, and its reports' text, are denormalised into two text columns by
    # ``refresh_search_document`` (the importer and the admin call it after every change).
    # The vector is persisted and GIN-indexed, like djangoproject.com's docs search; its
    # config is a literal so that queries and headlines can use the same one
    # (archive.search.SEARCH_CONFIG). PostgreSQL's "russian" configuration reads both
    # languages of the archive: Latin-letter words go to the English Snowball stemmer (as in
    # "english"), Cyrillic words to the Russian one, so «совещания» finds «совещание».
    search_names = models.TextField(blank=True, default="", editable=False)
    search_text = models.TextField(blank=True, default="", editable=False)
    search_vector = models.GeneratedField(
        expression=(
            SearchVector("title", config="russian", weight="A")
            + SearchVector("search_names", config="russian", weight="B")
            + SearchVector("summary", config="russian", weight="C")
            + SearchVector("search_text", config="russian", weight="D")
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
                condition=Q(status__in=MeetingStatus.values),
                name="meeting_status_valid",
            ),
            # A stored date says no more than its precision knows: the 1st of the month for
            # "October 2024", 1 January for "2024", nothing at all for "unknown".
            models.CheckConstraint(
                condition=(
                    Q(date_precision=DatePrecision.DAY, date_start__isnull=False)
                    | Q(
                        date_precision=DatePrecision.MONTH,
                        date_start__isnull=False,
                        date_start__day=1,
                    )
                    | Q(
                        date_precision=DatePrecision.YEAR,
                        date_start__isnull=False,
                        date_start__day=1,
                        date_start__month=1,
                    )
                    | Q(
                        date_precision=DatePrecision.UNKNOWN,
                        date_start__isnull=True,
                        date_end__isnull=True,
                    )
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
            # A body's series, gaps and membership (archive.search.series, .membership) read
            # ordinals, dates, years and ids of its meetings from the index alone.
            models.Index(
                fields=["body", "ordinal", "date_start"],
                include=["status", "year", "id"],
                name="meeting_body_series",
            ),
            GinIndex(fields=["country_ids"], name="meeting_country_ids"),
            GinIndex(fields=["topic_ids"], name="meeting_topic_ids"),
            GinIndex(fields=["participant_ids"], name="meeting_participant_ids"),
            GinIndex(fields=["organization_ids"], name="meeting_organization_ids"),
            models.Index(COUNTRY_COUNT, name="meeting_country_count"),
            GinIndex(fields=["office_keys"], name="meeting_office_keys"),
            GinIndex(fields=["role_keys"], name="meeting_role_keys"),
            # The other end of a date range's overlap (date_start has its own index).
            models.Index(fields=["date_last"], name="meeting_date_last"),
            # Search: full text, place-name suggestions by trigram, and the
            # "newest first" order of result pages (unknown dates last), read from an index.
            GinIndex(fields=["search_vector"], name="meeting_search_vector"),
            models.Index(
                F("date_start").desc(nulls_last=True), F("id").desc(), name="meeting_newest"
            ),
            GinIndex(name="meeting_city_trgm", fields=["city"], opclasses=["gin_trgm_ops"]),
            # Whether a search's words are a place's name, in any case.
            models.Index(Lower("city"), name="meeting_city_lower"),
            # The review queue's weak meetings, weakest first: a partial index holding only
            # meetings with a low field score, read in order and stopped at the queue's limit.
            models.Index(
                fields=["confidence", "id"],
                name="meeting_weak_fields",
                condition=Q(LessThan(MIN_FIELD_CONFIDENCE, LOW_FIELD_CONFIDENCE)),
            ),
            # ... and its meetings of unknown date, oldest first (few; the index holds only them).
            models.Index(
                fields=["id"],
                name="meeting_undated",
                condition=Q(date_precision=DatePrecision.UNKNOWN),
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

    def set_facet_keys(self, *, countries, organizations, topics, attendances) -> None:
        """Set the facet-key arrays from the meeting's link rows, saved or not yet saved: the
        one place they are computed (the importer's batch path passes rows it has in memory)."""
        participating = MeetingCountry.Kind.PARTICIPATING
        self.country_ids = sorted({c.country_id for c in countries if c.kind == participating})
        self.topic_ids = sorted({t.topic_id for t in topics})
        self.participant_ids = sorted({a.participant_id for a in attendances if a.participant_id})
        self.organization_ids = sorted({o.organization_id for o in organizations})
        self.office_keys = sorted(
            {office_key(a.office, a.country_id) for a in attendances if a.office != OTHER}
        )
        self.role_keys = sorted(
            {
                office_key(a.role, a.country_id)
                for a in attendances
                if a.role != Attendance.Role.ATTENDEE
            }
        )
        self.delegate_keys = sorted(
            {
                delegate_key(a.country_id, a.participant_id)
                for a in attendances
                if a.country_id and a.participant_id
            }
        )

    def refresh_facet_keys(self, *, save: bool = True) -> None:
        """Copy the ids of the meeting's saved links into its facet-key arrays."""
        # Each .only() names meeting_id: a related manager sets the meeting on every row it
        # reads, and a deferred meeting_id would cost a query per row to read it.
        self.set_facet_keys(
            countries=self.country_links.only("meeting_id", "country_id", "kind"),
            organizations=self.organization_links.only("meeting_id", "organization_id"),
            topics=self.topic_links.only("meeting_id", "topic_id"),
            attendances=self.attendances.only(
                "meeting_id", "participant_id", "country_id", "office", "role"
            ),
        )
        if save:
            Meeting.objects.filter(pk=self.pk).update(
                country_ids=self.country_ids,
                topic_ids=self.topic_ids,
                participant_ids=self.participant_ids,
                organization_ids=self.organization_ids,
                office_keys=self.office_keys,
                role_keys=self.role_keys,
                delegate_keys=self.delegate_keys,
            )

    # --- Search document refresh -----------------------------------------------------------
    SEARCH_TEXT_MAX_CHARS = 400_000  # a tsvector holds at most 1 MB; long reports are cut

    def refresh_search_document(self, *, save: bool = True) -> None:
        """Denormalise the names and report text the search vector is built from: each
        person with the spellings the meeting's own reports give and those readers may see
        (ParticipantNameVariant.public), so a spelling only another, unpublished meeting's
        reports wrote finds no meeting.

        The one function to call after the meeting's people, bodies, countries, topics or
        sources change (``ReportImporter.rebuild_meeting`` and the admin do). Reads the links
        from the database, so call it after they are saved.
        """
        attendances = list(
            self.attendances.order_by("pk").values_list("name_as_written", "participant_id")
        )
        own = spellings_in(self.sources.values_list("extraction__participants", flat=True))
        spellings: dict[int, list[str]] = {}
        for participant_id, variant, normalized, public in (
            ParticipantNameVariant.objects.filter(
                participant_id__in={pk for _, pk in attendances if pk}
            )
            .annotate(public=ExpressionWrapper(ParticipantNameVariant.public(), BooleanField()))
            .order_by("pk")
            .values_list("participant_id", "name", "normalized", "public")
        ):
            if public or normalized in own:
                spellings.setdefault(participant_id, []).append(variant)
        organizations = Organization.objects.filter(
            Q(pk=self.body_id) | Q(meeting_links__meeting=self)
        ).distinct()
        countries = self.country_links.filter(kind=MeetingCountry.Kind.PARTICIPATING)
        names = self.search_names_of(
            people=[(name, spellings.get(pk, [])) for name, pk in attendances],
            organizations=organizations,
            countries=countries.values_list("country__name", flat=True),
            topics=self.topic_links.values_list("topic__name", flat=True),
            city=self.city,
        )
        texts = self.sources.order_by("imported_at", "pk").values_list("cleaned_text", flat=True)
        self.search_names, self.search_text = self.compose_search_document(names, texts)
        if save:
            Meeting.objects.filter(pk=self.pk).update(
                search_names=self.search_names, search_text=self.search_text
            )

    @staticmethod
    def search_names_of(*, people, organizations, countries, topics, city: str) -> list[str]:
        """The names a meeting is found by, in the order the search document lists them:
        each person as written with every known spelling (a Cyrillic spelling also in its
        other cases and its standard romanisations, so «Колокольцева» and "Kolokolcev" find
        him too), the bodies with their acronyms and
        aliases, the countries taking part, the topics and the city. The one gatherer for the
        importer's batch path (rows in memory) and ``refresh_search_document`` (the database)."""
        names: list[str] = []
        for name_as_written, variants in people:
            for spelling in (name_as_written, *variants):
                names += [spelling, *search_spellings(spelling)]
        for organization in organizations:
            if organization is not None:
                names += [organization.name, organization.acronym, *organization.aliases]
        names += countries
        names += topics
        names.append(city)
        return names

    @classmethod
    def compose_search_document(cls, names: Iterable[str], texts: Iterable[str]) -> tuple[str, str]:
        """(search_names, search_text) from names and report texts; the importer's batch
        path gathers the same inputs in memory and calls this too."""
        unique = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        return " · ".join(unique), "\n\n".join(texts)[: cls.SEARCH_TEXT_MAX_CHARS]

    # --- end of search document refresh -----------------------------------------------------


def spellings_in(reported_people: Iterable[Any]) -> set[str]:
    """The normalised spellings of people's names that reports give (each report's extracted
    participants: their names, native names and other spellings)."""
    found: set[str] = set()
    for people in reported_people:
        for person in people if isinstance(people, list) else []:
            if not isinstance(person, dict):
                continue
            names = [
                person.get("name"),
                person.get("name_native"),
                *(person.get("name_variants") or []),
            ]
            found.update(normalize_name(name) for name in names if isinstance(name, str))
    return found


def office_key(office_or_role: str, country_id: int | None) -> str:
    """The facet key of an office or role held for a country: "interior-minister.12"."""
    return f"{office_or_role}.{country_id}" if country_id else office_or_role


def delegate_key(country_id: int, participant_id: int) -> str:
    """The facet key of a person representing a country at a meeting: "12.345"."""
    return f"{country_id}.{participant_id}"


def date_for_precision(value: datetime.date | None, precision: str) -> datetime.date | None:
    """The date to store for ``value`` known to ``precision`` (see the date constraint)."""
    if value is None or precision == Meeting.DatePrecision.UNKNOWN:
        return None
    if precision == Meeting.DatePrecision.YEAR:
        return value.replace(month=1, day=1)
    if precision == Meeting.DatePrecision.MONTH:
        return value.replace(day=1)
    return value
