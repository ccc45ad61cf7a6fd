"""Change lists at scale: no list statement may read the whole archive (a million meetings).

- Counts: ``EstimatedCountPaginator`` counts at most EXACT_COUNT_UP_TO rows and otherwise
  shows the planner's estimate, and says so on the page (templates/admin/archive/
  pagination.html); ``show_full_result_count = False`` drops the second, unfiltered count.
- Search: the meetings' full-text ``search_vector`` (GIN) and the people's trigram indexes
  instead of ``UPPER(col) LIKE '%term%'`` over every row (``search_fields`` stays only so
  that Django draws the search box; each admin's ``get_search_results`` replaces its query).
- Filter choices list only values in use — countries, topics, bodies, years, people's
  countries — each found with an EXISTS probe of an index, not ``SELECT DISTINCT`` over every
  meeting; no ``date_hierarchy`` (YearFilter instead).
- Counts shown per row are correlated subqueries, computed for the page's rows only; a count
  is sortable only where the order can come from an index or from the precomputed snapshot.
- ``show_facets = NEVER``: the "Show counts" link would count every filter value over the
  whole archive.

docs/PERFORMANCE.md has the measurements behind each of these.
"""

import json
import re

from django.contrib import admin
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import BadRequest
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property

from ..models import (
    LOW_FIELD_CONFIDENCE,
    Country,
    Meeting,
    MeetingCountry,
    MeetingTopic,
    Organization,
    Participant,
    ParticipantNameVariant,
    Topic,
    normalize_name,
)
from ..search.words import UnreadableWords, checked_search_query

EXACT_COUNT_UP_TO = 10_000


def estimated_rows(rows: QuerySet) -> int:
    """The planner's estimate of how many rows a query returns (EXPLAIN, not run)."""
    plan = json.loads(rows.order_by().explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


# Confidence in words, from the top: the list filter's bands and what the forms say. Under
# LOW_FIELD_CONFIDENCE a field is in the review queue.
CONFIDENCE_BANDS = (("high", 0.8), ("medium", LOW_FIELD_CONFIDENCE), ("low", 0.0))


def percent(value) -> str:
    """0.906 → "91 %" (half up); "—" for anything not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "—"
    return f"{int(value * 100 + 0.5)} %"


def confidence_text(value) -> str:
    """A score as an editor reads it: "91 % (high)", "35 % (low)", "none found" for 0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "—"
    if value <= 0:
        return "none found"
    word = next(word for word, floor in CONFIDENCE_BANDS if value >= floor)
    return f"{percent(value)} ({word})"


class EstimatedCountPaginator(Paginator):
    """Counts a list exactly up to EXACT_COUNT_UP_TO rows, and above that shows the
    planner's estimate (EXPLAIN, not run): COUNT(*) reads every row, and its cost grows with
    the archive. The count is at most one LIMITed statement; ``estimated`` tells the page to
    say "about"."""

    estimated = False

    @cached_property
    def count(self):
        rows = self.object_list.order_by().values("pk")
        estimate = estimated_rows(rows)
        if estimate <= EXACT_COUNT_UP_TO:
            # The estimate may be far too low: count, but never more than the limit + 1.
            counted = rows[: EXACT_COUNT_UP_TO + 1].count()
            if counted <= EXACT_COUNT_UP_TO:
                return counted
            estimate = max(estimate, counted)
        self.estimated = True
        return estimate


class ScaleAdmin(admin.ModelAdmin):
    """A change list whose table grows with the archive: bounded counts, no facet counts."""

    paginator = EstimatedCountPaginator
    show_full_result_count = False  # a second COUNT(*) over the unfiltered table
    show_facets = admin.ShowFacets.NEVER  # counts every filter value over everything

    # Wide columns the list never shows (report texts, search documents): not fetched.
    list_defer: tuple[str, ...] = ()

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        match = request.resolver_match
        if self.list_defer and match and match.url_name.endswith("_changelist"):
            queryset = queryset.defer(*self.list_defer)
        return queryset


# --- search and counts ------------------------------------------------------------------------


def text_pattern(term: str) -> str:
    """A case-insensitive regex (``~*``) matching ``term`` literally: unlike Django's
    ``icontains`` (``UPPER(col) LIKE``), ``~*`` can use a gin_trgm_ops index."""
    return re.escape(term)


def people_matching(term: str):
    """Ids of the people whose name, or any spelling of it, contains ``term``; both read
    trigram indexes (participant_name_trgm, variant_normalized_trgm)."""
    found = Q(name__iregex=text_pattern(term))
    normalized = normalize_name(term)
    if normalized:
        found |= Q(
            pk__in=ParticipantNameVariant.objects.filter(normalized__contains=normalized).values(
                "participant_id"
            )
        )
    return Participant.objects.filter(found).values("pk")


def snapshot_count(facet: str, table: str) -> RawSQL:
    """This row's meeting count in the staff FacetSnapshot (NULL when it has none): the
    snapshot's per-facet counts are read once (an InitPlan) and looked up per row, so
    sorting a whole list by meetings costs the list's length, not the archive's."""
    return RawSQL(
        "(((SELECT counts -> %s FROM archive_facetsnapshot WHERE audience = %s)"
        f' ->> "{table}"."id"::text))::integer',
        (facet, "staff"),
        output_field=IntegerField(),
    )


def related_count(model, field="meeting"):
    """A correlated COUNT subquery: no join fan-out in the change list. COUNT(*), not of
    the id, so that it can be an index-only scan of the foreign key's index."""
    return Coalesce(
        Subquery(
            model.objects.filter(**{field: OuterRef("pk")})
            .order_by()
            .values(field)
            .annotate(n=Count("*"))
            .values("n"),
            output_field=IntegerField(),
        ),
        0,
    )


# --- list filters -----------------------------------------------------------------------------


class FacetKeyFilter(admin.SimpleListFilter):
    """Meetings whose facet-key array (``column``) holds the chosen id (GIN-indexed)."""

    column = ""

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(**{f"{self.column}__contains": [int(self.value())]})
        return queryset


class CountryFilter(FacetKeyFilter):
    title = "country taking part"
    parameter_name = "country"
    column = "country_ids"

    def lookups(self, request, model_admin):
        """Countries that took part in some meeting: one EXISTS probe of
        meeting_country_by_country per country, not SELECT DISTINCT over every link."""
        taking_part = MeetingCountry.objects.filter(
            country=OuterRef("pk"), kind=MeetingCountry.Kind.PARTICIPATING
        )
        used = Country.objects.filter(Exists(taking_part)).order_by("name")
        return [(str(pk), name) for pk, name in used.values_list("pk", "name")]


class TopicFilter(FacetKeyFilter):
    title = "topic"
    parameter_name = "topic"
    column = "topic_ids"

    def lookups(self, request, model_admin):
        """Topics some meeting has: one EXISTS probe of meeting_topic_by_topic each."""
        used = Topic.objects.filter(Exists(MeetingTopic.objects.filter(topic=OuterRef("pk"))))
        return [(str(pk), name) for pk, name in used.order_by("name").values_list("pk", "name")]


class YearFilter(admin.SimpleListFilter):
    title = "year"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        """Years with meetings: each year between the first and the last is probed in the
        meeting_year index (SELECT DISTINCT year reads every meeting)."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT y FROM generate_series("
                " (SELECT min(year)::integer FROM archive_meeting),"
                " (SELECT max(year)::integer FROM archive_meeting)) AS y"
                " WHERE EXISTS (SELECT 1 FROM archive_meeting WHERE year = y)"
                " ORDER BY y DESC"
            )
            years = [row[0] for row in cursor.fetchall()]
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(year=int(self.value()))
        return queryset


class ConvenedByFilter(admin.RelatedFieldListFilter):
    """The convening body (``body__id__exact``), listing the organizations that convened a
    meeting: one EXISTS probe of meeting_body_date each, where RelatedOnlyFieldListFilter
    reads SELECT DISTINCT body_id over every meeting."""

    def field_choices(self, field, request, model_admin):
        convened = Meeting.objects.filter(body=OuterRef("pk"))
        bodies = Organization.objects.filter(Exists(convened)).order_by("name")
        return [(pk, name) for pk, name in bodies.values_list("pk", "name")]


class PersonCountryFilter(admin.RelatedFieldListFilter):
    """A person's country (``country__id__exact``), listing the countries some person is
    from — one EXISTS probe of the people's country index each — not all 249."""

    def field_choices(self, field, request, model_admin):
        people = Participant.objects.filter(country=OuterRef("pk"))
        countries = Country.objects.filter(Exists(people)).order_by("name")
        return [(pk, name) for pk, name in countries.values_list("pk", "name")]


class ConfidenceFilter(admin.SimpleListFilter):
    """The bands of CONFIDENCE_BANDS, lowest first."""

    title = "confidence"
    parameter_name = "confidence"
    BANDS = {
        "low": (f"low (under {percent(LOW_FIELD_CONFIDENCE)})", 0.0, LOW_FIELD_CONFIDENCE),
        "medium": (f"medium ({percent(LOW_FIELD_CONFIDENCE)}–80 %)", LOW_FIELD_CONFIDENCE, 0.8),
        "high": ("high (80 % and over)", 0.8, 1.01),
    }

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _, _) in self.BANDS.items()]

    def queryset(self, request, queryset):
        if self.value() in self.BANDS:
            _, low, high = self.BANDS[self.value()]
            return queryset.filter(confidence__gte=low, confidence__lt=high)
        return queryset


def words_query(term: str) -> SearchQuery:
    """The search box's words as a full-text query, or a 400 when PostgreSQL's parser cannot
    run them (archive.search.words): the same check as the public search."""
    try:
        return checked_search_query(term)
    except UnreadableWords as error:
        raise BadRequest(str(error)) from error
