"""Meetings: the change list, the form with its inlines (attendances, countries, bodies,
topics, reports with evidence marked), the publishing and re-extraction actions, and the
URLs of the upload and review-queue pages."""

from django.contrib import admin, messages
from django.db.models import Q
from django.urls import path

from .. import editorial
from ..ingest.merging import slug_text
from ..models import (
    Attendance,
    Meeting,
    MeetingCountry,
    MeetingOrganization,
    MeetingTopic,
    SourceDocument,
)
from ..search.query import search_query
from .curated import CuratedAdmin, clear_curated_marks
from .lists import (
    ConfidenceFilter,
    ConvenedByFilter,
    CountryFilter,
    ScaleAdmin,
    TopicFilter,
    YearFilter,
    related_count,
)
from .reports import SourceDocumentInline
from .review import review_queue_view
from .upload import import_view

# What a meeting's slug is made of (archive.ingest.merging.slug_text): an editor's correction
# of any of them moves the slug, unless the editor typed a slug too.
SLUG_SOURCES = {"title", "body", "date_start", "date_precision", "city"}

# The name a meeting's curated_fields give each inline's set.
INLINE_SET_NAMES = {
    Attendance: "attendances",
    MeetingCountry: "countries",
    MeetingOrganization: "organizations",
    MeetingTopic: "topics",
}


# --- inlines ----------------------------------------------------------------------------------


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


# --- actions ----------------------------------------------------------------------------------


@admin.action(description="Publish", permissions=["change"])
def publish(modeladmin, request, queryset):
    count = editorial.set_status(queryset, Meeting.Status.PUBLISHED, user=request.user)
    modeladmin.message_user(request, f"Published {count} meeting(s).")


@admin.action(description="Unpublish (back to draft)", permissions=["change"])
def unpublish(modeladmin, request, queryset):
    count = editorial.set_status(
        queryset.filter(status=Meeting.Status.PUBLISHED), Meeting.Status.DRAFT, user=request.user
    )
    modeladmin.message_user(request, f"Unpublished {count} meeting(s).")


@admin.action(description="Mark reviewed", permissions=["change"])
def mark_reviewed(modeladmin, request, queryset):
    count = editorial.mark_reviewed(queryset, user=request.user)
    modeladmin.message_user(request, f"Marked {count} meeting(s) reviewed.")


@admin.action(description="Re-run extraction (curated fields kept)", permissions=["change"])
def rerun_extraction(modeladmin, request, queryset):
    run = editorial.rerun_extraction(queryset, user=request.user)
    level = messages.WARNING if run.failures else messages.SUCCESS
    text = f"Re-extracted {run.reports} report(s) of {run.meetings} meeting(s)."
    if run.failures:
        text += " Failed: " + "; ".join(run.failures)
    modeladmin.message_user(request, text, level)


# --- the meeting admin ------------------------------------------------------------------------


@admin.register(Meeting)
class MeetingAdmin(ScaleAdmin, CuratedAdmin):
    """Meetings. No date_hierarchy: it reads SELECT DISTINCT DATE_TRUNC over every matching
    meeting (and MIN/MAX when searching); YearFilter narrows by year from an index. The
    participant and report counts are computed for the page's rows only and are not
    sortable (ordering by them counts every meeting's links)."""

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
            .annotate(
                participant_count=related_count(Attendance),
                source_count=related_count(SourceDocument),
            )
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
        slug. Django's ``UPPER(col) LIKE '%term%'`` on each search field reads every
        meeting."""
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
            path(
                "review/",
                wrap(lambda request: review_queue_view(self, request)),
                name="archive_review_queue",
            ),
            *super().get_urls(),
        ]

    def save_model(self, request, obj, form, change):
        """The slug follows a correction of what it is made of; the old address redirects
        (archive.models.SlugRedirect)."""
        changed = set(form.changed_data)
        if change and "slug" not in changed and changed & SLUG_SOURCES:
            obj.follow(slug_text(obj))
        super().save_model(request, obj, form, change)

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
                    fields = [name for name in inline_form.changed_data if name != "DELETE"]
                    inline_form.instance.mark_curated(*fields)
        super().save_formset(request, form, formset, change)
        meeting = form.instance
        set_name = INLINE_SET_NAMES.get(formset.model)
        if set_name and formset.has_changed():
            meeting.mark_curated(set_name)
            Meeting.objects.filter(pk=meeting.pk).update(curated_fields=meeting.curated_fields)
