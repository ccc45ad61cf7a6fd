"""Reference data editors curate: countries, topics (and their keyword patterns) and
organizations."""

from django.contrib import admin, messages
from django.db.models.functions import Coalesce

from .. import editorial
from ..models import Country, MeetingTopic, Organization, Topic
from .curated import CuratedAdmin, clear_curated_marks
from .lists import related_count, snapshot_count


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
        does not know yet): counting live reads every topic link."""
        live = related_count(MeetingTopic, "topic")
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

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # A new body an editor has looked at and corrected leaves the review queue.
        editorial.sync_review_entries(organizations=[obj.pk])
