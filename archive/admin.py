"""Django admin for editors (issue 6). Every save by an editor marks the changed fields as
curated, so re-import never overwrites a correction (see CuratedModel); editors see the marks
in the "curated fields" box of each form and clear them there or with the "Clear curated
marks" action. The editorial operations themselves (merging people, re-extraction, the review
queue, evidence highlighting) live in archive.editorial; this module only wires them up.

Change lists at scale (a million meetings): no list statement may read the whole archive.
- Counts: ``EstimatedCountPaginator`` counts at most EXACT_COUNT_UP_TO rows and otherwise
  shows the planner's estimate, and says so on the page (templates/admin/archive/
  pagination.html); ``show_full_result_count = False`` drops the second, unfiltered count.
- Search: the meetings' full-text ``search_vector`` (GIN) and the people's trigram indexes
  instead of ``UPPER(col) LIKE '%term%'`` over every row (``search_fields`` stays only so
  that Django draws the search box; ``get_search_results`` replaces its query).
- Filter choices list Country/Organization rows with an EXISTS probe of an index each, not
  ``SELECT DISTINCT`` over every meeting; no ``date_hierarchy`` (YearFilter instead).
- Counts shown per row are correlated subqueries, computed for the page's rows only; a count
  is sortable only where the order can come from an index or from the precomputed snapshot.
- ``show_facets = NEVER``: the "Show counts" link would count every filter value over the
  whole archive.
"""

import re

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.forms import SimpleArrayField
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import connection, models
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html

from . import editorial
from .admin_import import import_view
from .models import (
    Attendance,
    Country,
    Meeting,
    MeetingCountry,
    MeetingOrganization,
    MeetingTopic,
    MergeLog,
    Organization,
    Participant,
    ParticipantNameVariant,
    ReviewDismissal,
    SourceDocument,
    Topic,
    normalize_name,
)
from .search import estimated_rows, search_query

admin.site.site_header = "Meeting Reports Archive — editors"
admin.site.site_title = "Archive editors"

INLINE_SET_NAMES = {
    Attendance: "attendances",
    MeetingCountry: "countries",
    MeetingOrganization: "organizations",
    MeetingTopic: "topics",
}


@admin.action(description="Clear curated marks (re-extraction may overwrite these again)")
def clear_curated_marks(modeladmin, request, queryset):
    count = editorial.clear_curated(queryset, user=request.user)
    modeladmin.message_user(request, f"Cleared the curated marks of {count} record(s).")


# --- change lists at scale (see the module docstring) -----------------------------------------

EXACT_COUNT_UP_TO = 10_000


class EstimatedCountPaginator(Paginator):
    """Counts a list exactly up to EXACT_COUNT_UP_TO rows, and above that shows the
    planner's estimate (EXPLAIN, not run): COUNT(*) reads every row, 40 ms of meetings at
    100,000 and ten times that at a million. The count is at most one LIMITed statement;
    ``estimated`` tells the page to say "about"."""

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


def _shown(form, name, value) -> str:
    """A form value as a person reads it, short: the related record's name, not its id."""
    field = form.fields[name]
    is_choice = isinstance(field, forms.ModelChoiceField)
    if is_choice and value not in (None, "") and not isinstance(value, models.Model):
        value = field.queryset.filter(pk=value).first()
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _changes_with_values(form, names) -> list[str]:
    """ "role: attendee → chair" for each changed field: the history says what, not only
    which."""
    described = []
    for name in names:
        if name not in form.fields:
            continue
        label = str(form.fields[name].label or name)
        old = _shown(form, name, form[name].initial)
        new = _shown(form, name, form.cleaned_data.get(name))
        described.append(f"{label}: {old} → {new}")
    return described


class LinesField(SimpleArrayField):
    """A list edited one item per line (aliases, keyword patterns, curated marks): commas
    are common in names and patterns, blank lines are ignored."""

    def __init__(self, *args, **kwargs):
        kwargs.update(delimiter="\n", widget=forms.Textarea(attrs={"rows": 4, "cols": 60}))
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = "\n".join(line.strip() for line in value.splitlines() if line.strip())
        return super().to_python(value)


class CuratedAdmin(admin.ModelAdmin):
    """Marks every field an editor changed as curated, and records old and new values of
    each change in the admin history (LogEntry)."""

    actions = [clear_curated_marks]
    formfield_overrides = {ArrayField: {"form_class": LinesField}}

    def save_model(self, request, obj, form, change):
        # On "add" too: what an editor typed into a new record is theirs, and a report that
        # attaches to it later must not overwrite it.
        changed = [name for name in form.changed_data if name != "curated_fields"]
        if changed and hasattr(obj, "mark_curated"):
            obj.mark_curated(*changed)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change and (form.has_changed() or any(fs.has_changed() for fs in formsets)):
            # Names, aliases and acronyms are in the meetings' search documents.
            editorial.refresh_search_documents(editorial.meetings_showing(form.instance))

    def construct_change_message(self, request, form, formsets, add=False):
        message = super().construct_change_message(request, form, formsets, add)
        if add:
            return message
        # Django's message names the changed fields; replace the names with name: old → new.
        forms_by_object = {
            (type(f.instance), f.instance.pk): f
            for formset in formsets or []
            for f in formset.forms
            if f.instance.pk is not None
        }
        for entry in message:
            changed = entry.get("changed")
            if changed is None:
                continue
            if "object" not in changed:
                changed["fields"] = _changes_with_values(form, form.changed_data)
                continue
            for formset in formsets or []:
                for obj, fields in formset.changed_objects:
                    inline_form = forms_by_object.get((type(obj), obj.pk))
                    if inline_form is not None and str(obj) == changed["object"]:
                        changed["fields"] = _changes_with_values(inline_form, fields)
        return message


@admin.register(Country)
class CountryAdmin(CuratedAdmin):
    list_display = ["name", "code", "official_name", "is_cis"]
    list_filter = ["is_cis"]
    search_fields = ["name", "code", "official_name"]


@admin.action(description="Re-apply topics to existing meetings (re-extracts every report)")
def reapply_topics(modeladmin, request, queryset):
    run = editorial.reapply_topics(user=request.user)
    level = messages.WARNING if run.failures else messages.SUCCESS
    modeladmin.message_user(
        request,
        f"Re-applied topics to {run.meetings} meeting(s) from {run.reports} report(s); "
        f"{len(run.failures)} failed. Meetings whose topics an editor set were left alone.",
        level,
    )


@admin.register(Topic)
class TopicAdmin(CuratedAdmin):
    list_display = ["name", "slug", "meeting_count"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    actions = [reapply_topics, clear_curated_marks]

    def get_queryset(self, request):
        """Meetings per topic from the snapshot (refresh_facet_counts; live for a topic it
        does not know yet): counting live reads every topic link, 450 ms at 100,000."""
        live = _count(MeetingTopic, "topic")
        return (
            super()
            .get_queryset(request)
            .annotate(n_meetings=Coalesce(snapshot_count("topic", "archive_topic"), live))
        )

    @admin.display(description="meetings (last count)", ordering="n_meetings")
    def meeting_count(self, obj):
        return obj.n_meetings

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "patterns" in form.changed_data:
            messages.info(
                request,
                "The patterns changed. To apply them to meetings already in the archive, "
                'select topics and run "Re-apply topics to existing meetings".',
            )


@admin.register(Organization)
class OrganizationAdmin(CuratedAdmin):
    list_display = ["name", "acronym", "kind", "country"]
    list_filter = ["kind"]
    list_select_related = ["country"]
    search_fields = ["name", "acronym", "slug", "aliases"]
    autocomplete_fields = ["country"]
    prepopulated_fields = {"slug": ["name"]}


# --- people -----------------------------------------------------------------------------------


class NameVariantInline(admin.TabularInline):
    model = ParticipantNameVariant
    extra = 1
    fields = ["name"]


@admin.action(description="Merge selected people…", permissions=["delete"])
def merge_people(modeladmin, request, queryset):
    ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
    return HttpResponseRedirect(f"{reverse('admin:archive_participant_merge')}?ids={ids}")


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=Participant.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        label="Keep this record",
    )

    def __init__(self, people, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = people


@admin.register(Participant)
class ParticipantAdmin(ScaleAdmin, CuratedAdmin):
    """People: each row's meetings are counted live for the page's rows only; sorting by
    them uses the snapshot's counts (a JOIN + GROUP BY over every attendance took 4.8 s at
    290,000 meetings). Search reads the name and spelling trigram indexes."""

    list_display = ["name", "country", "title", "attendance_count"]
    list_select_related = ["country"]
    list_filter = ["country__is_cis", "country"]
    search_fields = ["name", "slug", "name_variants__name", "title"]
    autocomplete_fields = ["country"]
    inlines = [NameVariantInline]
    actions = [merge_people, clear_curated_marks]

    def get_queryset(self, request):
        live = _count(Attendance, "participant")
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_attendances=live,
                # Sorting key: a person new since the snapshot is counted live.
                n_sort=Coalesce(snapshot_count("participant", "archive_participant"), live),
            )
        )

    @admin.display(description="meetings", ordering="n_sort")
    def attendance_count(self, obj):
        return obj.n_attendances

    def get_search_results(self, request, queryset, search_term):
        """A name or spelling (trigram indexes), an exact slug, or words of the title (the
        people table is small: a title scan costs its length, not the archive's)."""
        term = search_term.strip()
        if not term:
            return queryset, False
        found = (
            Q(pk__in=people_matching(term))
            | Q(slug=term.lower())
            | Q(title__iregex=text_pattern(term))
        )
        return queryset.filter(found), False

    def get_urls(self):
        merge = path(
            "merge/",
            self.admin_site.admin_view(self.merge_view),
            name="archive_participant_merge",
        )
        return [merge, *super().get_urls()]

    def merge_view(self, request):
        """Choose the record to keep among two or more people, then merge."""
        if not (self.has_delete_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        raw = request.POST.get("ids") or request.GET.get("ids") or ""
        ids = sorted({int(part) for part in raw.split(",") if part.strip().isdigit()})
        people = (
            Participant.objects.filter(pk__in=ids)
            .select_related("country")
            .prefetch_related("name_variants", "attendances__meeting")
        )
        if len(people) < 2:
            self.message_user(request, "Choose at least two people to merge.", messages.ERROR)
            return redirect("admin:archive_participant_changelist")
        form = MergeForm(people, request.POST or None, initial={"keep": people[0].pk})
        if request.method == "POST" and form.is_valid():
            keep = form.cleaned_data["keep"]
            try:
                merge_log = editorial.merge_participants(
                    keep, [p for p in people if p.pk != keep.pk], user=request.user
                )
            except editorial.EditorialError as exc:
                self.message_user(request, str(exc), messages.ERROR)
            else:
                undo_url = reverse("admin:archive_mergelog_change", args=[merge_log.pk])
                self.message_user(
                    request,
                    format_html(
                        'Merged {} into {}. <a href="{}">Undo</a> from the merge log.',
                        ", ".join(merge_log.merged_names),
                        keep.name,
                        undo_url,
                    ),
                    messages.SUCCESS,
                )
                return redirect("admin:archive_participant_change", keep.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Merge people",
            "people": people,
            "form": form,
            "ids": ",".join(map(str, ids)),
        }
        return TemplateResponse(request, "admin/archive/participant/merge.html", context)


@admin.action(description="Undo the selected merges", permissions=["undo"])
def undo_merges(modeladmin, request, queryset):
    for merge_log in queryset.filter(undone_at__isnull=True):
        try:
            editorial.undo_merge(merge_log, user=request.user)
        except editorial.EditorialError as exc:
            modeladmin.message_user(request, f"{merge_log}: {exc}", messages.ERROR)
        else:
            modeladmin.message_user(request, f"Undid the merge {merge_log}.")


@admin.register(MergeLog)
class MergeLogAdmin(admin.ModelAdmin):
    list_display = ["__str__", "created_at", "created_by", "undone_at", "undone_by"]
    list_filter = ["undone_at"]
    search_fields = ["kept_name", "merged_names"]
    readonly_fields = [
        "kept",
        "kept_name",
        "merged_names",
        "merged_ids",
        "created_at",
        "created_by",
        "undone_at",
        "undone_by",
        "snapshot",
    ]
    actions = [undo_merges]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # the log is the record of what happened

    def has_undo_permission(self, request):
        return request.user.has_perm("archive.undo_mergelog")

    def get_urls(self):
        undo = path(
            "<int:pk>/undo/",
            self.admin_site.admin_view(self.undo_view),
            name="archive_mergelog_undo",
        )
        return [undo, *super().get_urls()]

    def undo_view(self, request, pk):
        if request.method != "POST" or not self.has_undo_permission(request):
            raise PermissionDenied
        merge_log = get_object_or_404(MergeLog, pk=pk)
        try:
            restored = editorial.undo_merge(merge_log, user=request.user)
        except editorial.EditorialError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return redirect("admin:archive_mergelog_change", pk)
        names = ", ".join(p.name for p in restored)
        self.message_user(request, f"Undid the merge: {names} restored.", messages.SUCCESS)
        return redirect("admin:archive_participant_changelist")


# --- meetings ---------------------------------------------------------------------------------


class EvidenceInline(admin.TabularInline):
    extra = 0
    readonly_fields = ["evidence"]


class AttendanceInline(EvidenceInline):
    model = Attendance
    fields = [
        "name_as_written",
        "participant",
        "role",
        "title",
        "country",
        "organization",
        "match",
        "evidence",
    ]
    readonly_fields = ["match", "evidence"]
    autocomplete_fields = ["participant", "country", "organization"]


class MeetingCountryInline(EvidenceInline):
    model = MeetingCountry
    fields = ["country", "kind", "is_host", "evidence"]
    autocomplete_fields = ["country"]


class MeetingOrganizationInline(EvidenceInline):
    model = MeetingOrganization
    fields = ["organization", "evidence"]
    autocomplete_fields = ["organization"]


class MeetingTopicInline(EvidenceInline):
    model = MeetingTopic
    fields = ["topic", "score", "evidence"]
    autocomplete_fields = ["topic"]


def report_with_evidence(source: SourceDocument):
    """The report's cleaned text, escaped, with the sentences facts came from marked."""
    marked = editorial.highlight(source.cleaned_text, editorial.evidence_spans(source))
    return format_html(
        '<div class="report-text">{}</div>',  # styled by static/archive/admin.css
        marked,
    )


class SourceDocumentInline(admin.StackedInline):
    """Each report read-only, its evidence sentences marked."""

    model = SourceDocument
    extra = 0
    can_delete = False
    fields = ["title", "file_name", "url", "publication_date", "extractor_version", "report"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="report, evidence marked")
    def report(self, obj):
        return report_with_evidence(obj)


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
        meeting_country_by_country per country (SELECT DISTINCT over every link: 2 s at
        290,000 meetings)."""
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
        return [(str(t.pk), t.name) for t in Topic.objects.order_by("name")]


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
        return [(str(y), str(y)) for y in years]

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


class ConfidenceFilter(admin.SimpleListFilter):
    title = "confidence"
    parameter_name = "confidence"
    BANDS = {
        "low": ("low (under 0.5)", 0.0, 0.5),
        "medium": ("medium (0.5–0.8)", 0.5, 0.8),
        "high": ("high (0.8 and over)", 0.8, 1.01),
    }

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _, _) in self.BANDS.items()]

    def queryset(self, request, queryset):
        if self.value() in self.BANDS:
            _, low, high = self.BANDS[self.value()]
            return queryset.filter(confidence__gte=low, confidence__lt=high)
        return queryset


def _count(model, field="meeting"):
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


@admin.action(description="Publish", permissions=["change"])
def publish(modeladmin, request, queryset):
    n = editorial.set_status(queryset, Meeting.Status.PUBLISHED, user=request.user)
    modeladmin.message_user(request, f"Published {n} meeting(s).")


@admin.action(description="Unpublish (back to draft)", permissions=["change"])
def unpublish(modeladmin, request, queryset):
    n = editorial.set_status(
        queryset.filter(status=Meeting.Status.PUBLISHED), Meeting.Status.DRAFT, user=request.user
    )
    modeladmin.message_user(request, f"Unpublished {n} meeting(s).")


@admin.action(description="Mark reviewed", permissions=["change"])
def mark_reviewed(modeladmin, request, queryset):
    n = editorial.mark_reviewed(queryset, user=request.user)
    modeladmin.message_user(request, f"Marked {n} meeting(s) reviewed.")


@admin.action(description="Re-run extraction (curated fields kept)", permissions=["change"])
def rerun_extraction(modeladmin, request, queryset):
    run = editorial.rerun_extraction(queryset, user=request.user)
    level = messages.WARNING if run.failures else messages.SUCCESS
    text = f"Re-extracted {run.reports} report(s) of {run.meetings} meeting(s)."
    if run.failures:
        text += " Failed: " + "; ".join(run.failures)
    modeladmin.message_user(request, text, level)


@admin.register(Meeting)
class MeetingAdmin(ScaleAdmin, CuratedAdmin):
    """Meetings. No date_hierarchy: it reads SELECT DISTINCT DATE_TRUNC over every matching
    meeting (and MIN/MAX when searching); YearFilter narrows by year from an index. The
    participant and report counts are computed for the page's rows only and are not
    sortable (ordering by them counts every meeting's links: 2.9 s at 100,000)."""

    list_display = [
        "title",
        "status",
        "date_start",
        "date_precision",
        "body",
        "city",
        "confidence",
        "n_participants",
        "n_sources",
    ]
    list_filter = [
        "status",
        CountryFilter,
        TopicFilter,
        YearFilter,
        ("body", ConvenedByFilter),
        ConfidenceFilter,
        "date_precision",
    ]
    list_select_related = ["body", "venue_country"]
    list_defer = ("search_names", "search_text", "summary", "field_confidence")
    # Searched through search_vector (title, names incl. bodies and city, summary, reports)
    # and the exact slug; see get_search_results.
    search_fields = ["title", "slug"]
    # Each of these orders from an index (meeting_date_start, meeting_city,
    # meeting_confidence); title, body and the counts would sort every matching meeting.
    sortable_by = ["date_start", "city", "confidence"]
    autocomplete_fields = ["body", "venue_country", "possible_duplicates"]
    readonly_fields = ["year", "confidence", "field_confidence", "created_at", "updated_at"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "body",
                    ("date_start", "date_end", "date_precision", "year"),
                    ("city", "venue_country"),
                    "ordinal",
                    "summary",
                ]
            },
        ),
        (
            "Review",
            {
                "fields": [
                    "status",
                    "curated_fields",
                    ("confidence", "field_confidence"),
                    "possible_duplicates",
                    ("created_at", "updated_at"),
                ],
                "description": "Curated fields are kept as they are by re-import and "
                "re-extraction; remove a name to let the extractor set that field again.",
            },
        ),
    ]
    actions = [publish, unpublish, mark_reviewed, rerun_extraction, clear_curated_marks]
    inlines = [
        AttendanceInline,
        MeetingCountryInline,
        MeetingOrganizationInline,
        MeetingTopicInline,
        SourceDocumentInline,
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(participant_count=_count(Attendance), source_count=_count(SourceDocument))
        )

    @admin.display(description="participants", ordering="participant_count")
    def n_participants(self, obj):
        return obj.participant_count

    @admin.display(description="reports", ordering="source_count")
    def n_sources(self, obj):
        return obj.source_count

    def get_search_results(self, request, queryset, search_term):
        """Words in web-search syntax through the GIN-indexed search_vector, which holds
        the title, summary, city, body names and acronyms, people and reports; or the exact
        slug. ``UPPER(col) LIKE '%term%'`` on six columns read every meeting (17 s)."""
        term = search_term.strip()
        if not term:
            return queryset, False
        return queryset.filter(Q(search_vector=search_query(term)) | Q(slug=term.lower())), False

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "import/",
                wrap(lambda request: import_view(self, request)),
                name="archive_meeting_import",
            ),
            path("review/", wrap(self.review_view), name="archive_review_queue"),
            *super().get_urls(),
        ]

    def review_view(self, request):
        """The review queue: what needs a person's eye, weakest first; POST dismisses."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            if not request.user.has_perm("archive.add_reviewdismissal"):
                raise PermissionDenied
            kind, key = request.POST.get("kind", ""), request.POST.get("key", "")
            if kind == "possible_duplicate" and "same" in request.POST:
                return self._same_meeting(request, key)
            try:
                editorial.dismiss(kind, key, user=request.user, note=request.POST.get("note", ""))
            except editorial.EditorialError as exc:
                self.message_user(request, str(exc), messages.ERROR)
            else:
                self.message_user(request, "Dismissed from the review queue.")
            return redirect("admin:archive_review_queue")
        items = editorial.review_queue()
        counts = dict.fromkeys(editorial.KINDS.values(), 0)
        for item in items:
            counts[item.kind_label] += 1
        page = editorial.review_page(items, request.GET.get("page"))  # weakest on page 1
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Review queue",
            "items": page.object_list,
            "page": page,
            "counts": counts,
            "can_dismiss": request.user.has_perm("archive.add_reviewdismissal"),
            "can_move_reports": self.has_delete_permission(request),
        }
        return TemplateResponse(request, "admin/archive/review_queue.html", context)

    def _same_meeting(self, request, key):
        """A possible duplicate confirmed: its reports go to the existing meeting."""
        if not self.has_delete_permission(request):
            raise PermissionDenied
        first, _, second = key.partition("-")
        if not (first.isdigit() and second.isdigit()):
            raise PermissionDenied
        from_meeting = get_object_or_404(Meeting, pk=int(first))
        to_meeting = get_object_or_404(Meeting, pk=int(second))
        try:
            moved = editorial.move_reports(from_meeting, to_meeting, user=request.user)
        except editorial.EditorialError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return redirect("admin:archive_review_queue")
        self.message_user(request, f"Moved {moved} report(s) to {to_meeting}.", messages.SUCCESS)
        return redirect("admin:archive_meeting_change", to_meeting.pk)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        editorial.refresh_meeting(form.instance)

    def save_formset(self, request, form, formset, change):
        """A changed inline marks the whole set curated; a person an editor picked is
        confirmed."""
        if formset.model is Attendance:
            for inline_form in formset.forms:
                if inline_form.has_changed() and inline_form.instance is not None:
                    if "participant" in inline_form.changed_data:
                        inline_form.instance.match = Attendance.Match.EDITOR
                    fields = [f for f in inline_form.changed_data if f != "DELETE"]
                    inline_form.instance.mark_curated(*fields)
        super().save_formset(request, form, formset, change)
        meeting = form.instance
        set_name = INLINE_SET_NAMES.get(formset.model)
        if set_name and formset.has_changed():
            meeting.mark_curated(set_name)
            Meeting.objects.filter(pk=meeting.pk).update(curated_fields=meeting.curated_fields)


@admin.register(SourceDocument)
class SourceDocumentAdmin(ScaleAdmin):
    """Reports. Search: words of a report through its meeting's search_vector (which holds
    every report's text), a SHA-256 prefix (its unique index), or the id; LIKE on title,
    file name, hash and URL read every report (0.6 s at 130,000, 200 MB)."""

    list_display = ["__str__", "meeting", "publication_date", "extractor_version", "imported_at"]
    list_select_related = ["meeting"]
    # 62 ms of 100 reports' texts and extraction JSON for a list that shows none of them.
    list_defer = (
        "raw_text",
        "cleaned_text",
        "extraction",
        "meeting__search_names",
        "meeting__search_text",
        "meeting__summary",
    )
    search_fields = ["title", "file_name", "sha256", "url"]
    readonly_fields = [
        "sha256",
        "evidence_marked",
        "raw_text",
        "extraction",
        "extractor_version",
        "imported_at",
    ]
    exclude = ["cleaned_text"]
    raw_id_fields = ["meeting"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.display(description="cleaned text, evidence marked")
    def evidence_marked(self, obj):
        return report_with_evidence(obj)

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if not term:
            return queryset, False
        meetings = Meeting.objects.filter(search_vector=search_query(term)).values("pk")
        found = Q(meeting__in=meetings)
        if re.fullmatch(r"[0-9a-fA-F]{6,64}", term):
            found |= Q(sha256__startswith=term.lower())
        if term.isdigit():
            found |= Q(pk=int(term))
        return queryset.filter(found), False


@admin.register(Attendance)
class AttendanceAdmin(ScaleAdmin, CuratedAdmin):
    """Attendances (four per meeting). Search: the linked person's name or spellings
    (trigram indexes), or a name as written or meeting title among the meetings whose
    search_vector has the words: LIKE on three columns over every row took 6.9 s."""

    list_display = ["name_as_written", "participant", "meeting", "role", "match", "confidence"]
    list_filter = ["role", "match"]
    list_select_related = ["participant", "meeting"]
    list_defer = ("meeting__search_names", "meeting__search_text", "meeting__summary")
    search_fields = ["name_as_written", "participant__name", "meeting__title"]
    autocomplete_fields = ["participant", "country", "organization"]
    raw_id_fields = ["meeting"]
    readonly_fields = ["match", "confidence", "source", "evidence"]
    fields = [
        "meeting",
        "name_as_written",
        "participant",
        "role",
        "title",
        "country",
        "organization",
        "match",
        "confidence",
        "source",
        "evidence",
        "curated_fields",
    ]

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if not term:
            return queryset, False
        pattern = text_pattern(term)
        meetings = Meeting.objects.filter(search_vector=search_query(term)).values("pk")
        # A UNION of two index-driven id sets: an OR of the two IN (...) conditions is
        # checked row by row over every attendance (0.7 s).
        # The people's ids are read first: the planner guesses half the people for a
        # regex, and then plans a join of every attendance with every meeting.
        people = list(people_matching(term).values_list("pk", flat=True))
        by_person = Attendance.objects.filter(participant__in=people)
        by_meeting = Attendance.objects.filter(meeting__in=meetings).filter(
            Q(name_as_written__iregex=pattern) | Q(meeting__title__iregex=pattern)
        )
        ids = by_person.order_by().values("pk").union(by_meeting.order_by().values("pk"))
        return queryset.filter(pk__in=ids), False

    def save_model(self, request, obj, form, change):
        # The editor saw the person this name is linked to and kept or chose it.
        if obj.participant_id is not None:
            obj.match = Attendance.Match.EDITOR
        super().save_model(request, obj, form, change)
        editorial.refresh_meeting(obj.meeting)

    def delete_model(self, request, obj):
        meeting = obj.meeting
        super().delete_model(request, obj)
        editorial.refresh_meeting(meeting)

    def response_change(self, request, obj):
        # Back to the review queue when the editor came from there.
        if "_continue" not in request.POST and request.GET.get("next") == "review":
            self.message_user(request, f"Saved {obj}.", messages.SUCCESS)
            return redirect("admin:archive_review_queue")
        return super().response_change(request, obj)


@admin.register(ReviewDismissal)
class ReviewDismissalAdmin(admin.ModelAdmin):
    """Dismissed review items; delete one to put it back in the queue."""

    list_display = ["kind", "key", "note", "created_by", "created_at"]
    list_filter = ["kind"]
    readonly_fields = ["kind", "key", "note", "created_by", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(LogEntry)
class LogEntryAdmin(ScaleAdmin):
    """The history of every change, for superusers (editors see each record's own history).
    It grows with every edit and re-extraction, and action_time has no index: newest first
    by id (the primary key's order is the time order), dates filtered by range ("past 7
    days", ...) instead of a date_hierarchy's DISTINCT DATE_TRUNC and MIN/MAX over it all."""

    list_display = ["action_time", "user", "content_type", "object_repr", "action_flag"]
    list_filter = ["action_flag", "content_type", "action_time"]
    list_select_related = ["user", "content_type"]
    search_fields = ["object_repr", "change_message"]
    ordering = ["-pk"]
    sortable_by = ["action_time"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
