"""Meetings: the change list, the form with its inlines (attendances, countries, bodies,
topics) and the reports beside it (meeting_page), the publishing action (which asks first about
weak meetings) and the re-extraction action, and the URLs of the upload and review-queue
pages."""

from django import forms
from django.contrib import admin, messages
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import path

from .. import editorial
from ..editorial.publishing import meeting_gaps, publishing_gaps
from ..extraction.offices import office_of_title
from ..ingest.merging import slug_text
from ..models import (
    Attendance,
    Meeting,
    MeetingCountry,
    MeetingOrganization,
    MeetingTopic,
    SourceDocument,
)
from ..search.snapshot_refresh import refresh_after_commit
from .curated import CuratedAdmin, clear_curated_marks
from .inline_rows import PrimedTabularInline
from .lists import (
    ConfidenceFilter,
    ConvenedByFilter,
    CountryFilter,
    ScaleAdmin,
    TopicFilter,
    YearFilter,
    confidence_text,
    percent,
    related_count,
    words_query,
)
from .meeting_page import add_confidence_hints, confidence_by_field, report_panel
from .people import PersonSelect
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
# The evidence of each row is not a column: the reports beside the form show it for the row in
# focus (meeting_page.report_panel, static/archive/meeting_editor.js).


class AttendanceForm(forms.ModelForm):
    """A person is added by picking them: the name as written defaults to their name."""

    # Short column headings: the row is narrow beside the reports.
    LABELS = {
        "name_as_written": "as written",
        "title": "title then",
        "office": "office then",
        "country": "country",
        "organization": "organization",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name_as_written"].required = False
        if "office" in self.fields:
            self.fields["office"].required = False  # read from the title when left empty
        for name, label in self.LABELS.items():
            if name in self.fields:
                self.fields[name].label = label

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("name_as_written"):
            person = cleaned.get("participant")
            if person is None:
                self.add_error(
                    "name_as_written", "Type the name as the report wrote it, or pick a person."
                )
            else:
                cleaned["name_as_written"] = person.name
        title_changed = "title" in self.changed_data and "office" not in self.changed_data
        if title_changed or not cleaned.get("office"):
            # A corrected title is read again; an office the editor chose stands.
            cleaned["office"] = office_of_title(cleaned.get("title") or "")
        return cleaned


class AttendanceInline(PrimedTabularInline):
    model = Attendance
    form = AttendanceForm
    extra = 0
    fields = [
        "name_as_written",
        "participant",
        "role",
        "title",
        "office",
        "country",
        "organization",
        "match",
    ]
    readonly_fields = ["match"]
    autocomplete_fields = ["participant", "country", "organization"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "participant":
            # Namesakes with country, office and meeting count (people.PersonAutocompleteView).
            kwargs["widget"] = PersonSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class MeetingCountryInline(PrimedTabularInline):
    model = MeetingCountry
    row_related = ("country",)
    extra = 0
    fields = ["country", "kind", "is_host"]
    autocomplete_fields = ["country"]


class MeetingOrganizationInline(PrimedTabularInline):
    model = MeetingOrganization
    row_related = ("organization",)
    extra = 0
    fields = ["organization"]
    autocomplete_fields = ["organization"]


class MeetingTopicInline(PrimedTabularInline):
    model = MeetingTopic
    row_related = ("topic",)
    extra = 0
    fields = ["topic", "score"]
    autocomplete_fields = ["topic"]


# --- actions ----------------------------------------------------------------------------------


WEAK_SHOWN = 100  # weak meetings listed on the confirmation page; the rest are counted


@admin.action(description="Publish", permissions=["change"])
def publish(modeladmin, request, queryset):
    """Publish; when some of the selection is weak (publishing_gaps), first a page that says
    which and why, from which the editor publishes all, or only the rest."""
    confirm = request.POST.get("confirm")
    if confirm != "all":
        weak = publishing_gaps(queryset)
        if weak and confirm != "ready":
            return confirm_publishing(modeladmin, request, queryset, weak)
        if weak:
            queryset = queryset.exclude(pk__in=[meeting.pk for meeting, _ in weak])
            modeladmin.message_user(
                request,
                f"Left {len(weak)} meeting(s) unpublished: they need a look.",
                messages.WARNING,
            )
    count = editorial.set_status(queryset, Meeting.Status.PUBLISHED, user=request.user)
    modeladmin.message_user(request, f"Published {count} meeting(s).")


def confirm_publishing(modeladmin, request, queryset, weak):
    """The page that asks before weak meetings are published; its buttons post the same
    selection again with ``confirm`` = "all" or "ready"."""
    to_publish = queryset.exclude(status=Meeting.Status.PUBLISHED).count()
    context = {
        **modeladmin.admin_site.each_context(request),
        "opts": modeladmin.model._meta,
        "title": "Publish meetings that need a look?",
        "weak": weak[:WEAK_SHOWN],
        "weak_count": len(weak),
        "not_shown": max(0, len(weak) - WEAK_SHOWN),
        "to_publish": to_publish,
        "ready_count": to_publish - len(weak),
        "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
        "select_across": request.POST.get("select_across", "0"),
    }
    return TemplateResponse(request, "admin/archive/meeting/publish_confirmation.html", context)


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
        "confidence_shown",
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
    sortable_by = ["date_start", "city", "confidence_shown"]
    autocomplete_fields = ["body", "venue_country", "possible_duplicates"]
    readonly_fields = [
        "year",
        "overall_confidence",
        "confidence_by_field",
        "created_at",
        "updated_at",
    ]
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
                    ("overall_confidence", "confidence_by_field"),
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
    ]
    save_on_top = True

    class Media:
        js = ["archive/meeting_editor.js"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                participant_count=related_count(Attendance),
                source_count=related_count(SourceDocument),
            )
        )

    @admin.display(description="confidence", ordering="confidence")
    def confidence_shown(self, obj):
        return percent(obj.confidence)

    @admin.display(description="extraction confidence")
    def overall_confidence(self, obj):
        return confidence_text(obj.confidence)

    @admin.display(description="per field")
    def confidence_by_field(self, obj):
        return confidence_by_field(obj)

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
        return queryset.filter(Q(search_vector=words_query(term)) | Q(slug=term.lower())), False

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

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if "slug" in form.base_fields:
            form.base_fields["slug"].help_text = (
                "Follows the title, body, date and city when they are corrected; the old "
                "address then leads here. Type a slug to choose it yourself."
            )
        add_confidence_hints(form, obj)
        return form

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        """The form with the meeting's reports beside it (meeting_page.report_panel)."""
        context["report_panel"] = report_panel(obj) if obj is not None and obj.pk else []
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        """The slug follows a correction of what it is made of; the old address redirects
        (archive.models.SlugRedirect)."""
        changed = set(form.changed_data)
        if change and "slug" not in changed and changed & SLUG_SOURCES:
            obj.follow(slug_text(obj))
        super().save_model(request, obj, form, change)
        if "status" in changed:
            was = change and form.initial.get("status") == Meeting.Status.PUBLISHED
            now = obj.status == Meeting.Status.PUBLISHED
            if was != now:
                editorial.published_changed([obj.pk] if now else [], [obj.pk] if was else [])
            refresh_after_commit()  # the precomputed counts follow what readers now see
        published = "status" in changed and obj.status == Meeting.Status.PUBLISHED
        reasons = meeting_gaps(obj) if published else []
        if reasons:
            self.message_user(
                request,
                f"Published, but readers will see what it lacks: {'; '.join(reasons)}.",
                messages.WARNING,
            )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        editorial.refresh_meeting(form.instance)

    def delete_model(self, request, obj):
        """The meeting goes; its reports stay, unsorted, in the review queue."""
        editorial.delete_meetings([obj.pk])

    def delete_queryset(self, request, queryset):
        editorial.delete_meetings(list(queryset.values_list("pk", flat=True)))

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
