"""Django admin for editors. Every save by an editor marks the changed fields as curated, so
re-import never overwrites a correction (see CuratedModel)."""

from django.contrib import admin
from django.db.models import Count
from django.urls import path

from .admin_import import import_view
from .models import (
    Attendance,
    Country,
    Meeting,
    MeetingCountry,
    MeetingOrganization,
    MeetingTopic,
    Organization,
    Participant,
    ParticipantNameVariant,
    SourceDocument,
    Topic,
)

INLINE_SET_NAMES = {
    Attendance: "attendances",
    MeetingCountry: "countries",
    MeetingOrganization: "organizations",
    MeetingTopic: "topics",
}


class CuratedAdmin(admin.ModelAdmin):
    """Marks every field an editor changed as curated."""

    def save_model(self, request, obj, form, change):
        changed = [name for name in form.changed_data if name != "curated_fields"]
        if change and changed and hasattr(obj, "mark_curated"):
            obj.mark_curated(*changed)
        super().save_model(request, obj, form, change)


@admin.register(Country)
class CountryAdmin(CuratedAdmin):
    list_display = ["name", "code", "official_name", "is_cis"]
    list_filter = ["is_cis"]
    search_fields = ["name", "code", "official_name"]


@admin.register(Topic)
class TopicAdmin(CuratedAdmin):
    list_display = ["name", "slug", "meeting_count"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_meetings=Count("meeting_links"))

    @admin.display(description="meetings", ordering="n_meetings")
    def meeting_count(self, obj):
        return obj.n_meetings


@admin.register(Organization)
class OrganizationAdmin(CuratedAdmin):
    list_display = ["name", "acronym", "kind", "country"]
    list_filter = ["kind"]
    list_select_related = ["country"]
    search_fields = ["name", "acronym", "slug"]
    autocomplete_fields = ["country"]
    prepopulated_fields = {"slug": ["name"]}


class NameVariantInline(admin.TabularInline):
    model = ParticipantNameVariant
    extra = 1
    fields = ["name"]


@admin.register(Participant)
class ParticipantAdmin(CuratedAdmin):
    list_display = ["name", "country", "title", "attendance_count"]
    list_select_related = ["country"]
    list_filter = ["country__is_cis", "country"]
    search_fields = ["name", "slug", "name_variants__name", "title"]
    autocomplete_fields = ["country"]
    inlines = [NameVariantInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_attendances=Count("attendances"))

    @admin.display(description="meetings", ordering="n_attendances")
    def attendance_count(self, obj):
        return obj.n_attendances


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


class SourceDocumentInline(admin.StackedInline):
    model = SourceDocument
    extra = 0
    can_delete = False
    fields = ["title", "file_name", "url", "publication_date", "extractor_version", "cleaned_text"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Meeting)
class MeetingAdmin(CuratedAdmin):
    list_display = ["title", "date_start", "date_precision", "city", "body", "status", "confidence"]
    list_filter = ["status", "date_precision", "body"]
    list_select_related = ["body", "venue_country"]
    search_fields = ["title", "city", "summary"]
    date_hierarchy = "date_start"
    autocomplete_fields = ["body", "venue_country"]
    readonly_fields = ["year", "field_confidence", "created_at", "updated_at"]
    inlines = [
        AttendanceInline,
        MeetingCountryInline,
        MeetingOrganizationInline,
        MeetingTopicInline,
        SourceDocumentInline,
    ]

    def get_urls(self):
        upload = path(
            "import/",
            self.admin_site.admin_view(lambda request: import_view(self, request)),
            name="archive_meeting_import",
        )
        return [upload, *super().get_urls()]

    def save_formset(self, request, form, formset, change):
        """A changed inline marks the whole set curated, and the facet keys follow it."""
        super().save_formset(request, form, formset, change)
        meeting = form.instance
        set_name = INLINE_SET_NAMES.get(formset.model)
        if set_name and formset.has_changed():
            meeting.mark_curated(set_name)
            Meeting.objects.filter(pk=meeting.pk).update(curated_fields=meeting.curated_fields)
        meeting.refresh_facet_keys()


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "meeting", "publication_date", "extractor_version", "imported_at"]
    list_select_related = ["meeting"]
    search_fields = ["title", "file_name", "sha256", "url"]
    readonly_fields = [
        "sha256",
        "raw_text",
        "cleaned_text",
        "extraction",
        "extractor_version",
        "imported_at",
    ]
    raw_id_fields = ["meeting"]


@admin.register(Attendance)
class AttendanceAdmin(CuratedAdmin):
    list_display = ["name_as_written", "participant", "meeting", "role", "match", "confidence"]
    list_filter = ["role", "match"]
    list_select_related = ["participant", "meeting"]
    search_fields = ["name_as_written", "participant__name", "meeting__title"]
    autocomplete_fields = ["participant", "country", "organization"]
    raw_id_fields = ["meeting"]
