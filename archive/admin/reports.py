"""Reports and what they say about who attended: the report admin (each report's text with
its evidence marked; reports kept unsorted, and the page that places them) and the attendance
admin."""

import re

from django.contrib import admin, messages
from django.db import models
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html

from .. import editorial
from ..models import Attendance, Meeting, SourceDocument
from ..search.highlighting import evidence_of, evidence_spans, mark_evidence
from .curated import CuratedAdmin
from .lists import ScaleAdmin, people_matching, text_pattern, words_query
from .placing import place_view


def report_with_evidence(source: SourceDocument, links: list | None = None):
    """The report's cleaned text, escaped, with the sentences facts came from marked (an
    unsorted report has no facts yet: its text only). ``links``: the meeting's rows, when the
    caller has read them already."""
    if links is not None:
        links = [link for link in links if link.source_id == source.pk]
    elif source.meeting is not None:
        meeting = source.meeting
        links = [
            *Attendance.objects.filter(source=source),
            *meeting.country_links.filter(source=source).select_related("country"),
            *meeting.organization_links.filter(source=source).select_related("organization"),
            *meeting.topic_links.filter(source=source).select_related("topic"),
        ]
    else:
        links = []
    text = source.cleaned_text
    marked = mark_evidence(text, evidence_spans(text, evidence_of(source.pk, links)))
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


class PlacedFilter(admin.SimpleListFilter):
    """Reports at a meeting, or kept unsorted (partial index source_unsorted)."""

    title = "placed"
    parameter_name = "placed"

    def lookups(self, request, model_admin):
        return [("no", "Unsorted"), ("yes", "At a meeting")]

    def queryset(self, request, queryset):
        if self.value() in {"yes", "no"}:
            return queryset.filter(meeting__isnull=self.value() == "no")
        return queryset


@admin.action(
    description="Read unsorted reports again and place those the extractor now can",
    permissions=["change"],
)
def place_again(modeladmin, request, queryset):
    unsorted = queryset.filter(meeting__isnull=True).order_by("pk")
    skipped = queryset.count() - unsorted.count()
    run = editorial.place_unsorted_again(unsorted, user=request.user)
    text = (
        f"Read {run.reports} unsorted report(s) again: {len(run.placed)} placed "
        f"(in {run.meetings} meeting(s), under review when new); the rest stay unsorted."
    )
    if skipped:
        text += f" {skipped} selected report(s) already had a meeting and were left alone."
    if run.failures:
        text += " Failed: " + "; ".join(run.failures)
    modeladmin.message_user(request, text, messages.WARNING if run.failures else messages.SUCCESS)


@admin.register(SourceDocument)
class SourceDocumentAdmin(ScaleAdmin):
    """Reports. Search: words of a report through its meeting's search_vector (which holds
    every report's text), a SHA-256 prefix (its unique index), or the id; LIKE on title,
    file name, hash and URL would read every report. A report's meeting changes only through
    placing (an unsorted report) or "same meeting" in the review queue, which rebuild the
    meetings involved."""

    list_display = ["__str__", "meeting", "publication_date", "extractor_version", "imported_at"]
    list_filter = [PlacedFilter]
    actions = [place_again]
    list_select_related = ["meeting"]
    # The reports' texts and extraction JSON are wide, and the list shows none of them.
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
        "placement",
        "sha256",
        "evidence_marked",
        "raw_text",
        "extraction",
        "extractor_version",
        "imported_at",
    ]
    exclude = ["cleaned_text", "meeting"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_urls(self):
        place = path(  # object_id as the admin's own change page has it
            "<path:object_id>/place/",
            self.admin_site.admin_view(
                lambda request, object_id: place_view(self, request, object_id)
            ),
            name="archive_sourcedocument_place",
        )
        return [place, *super().get_urls()]

    def view_on_site(self, obj):
        """Its meeting's page; an unsorted report has no public page."""
        return obj.get_absolute_url() or None

    @admin.display(description="meeting")
    def placement(self, obj):
        if obj.meeting_id is None:
            return format_html(
                'Kept unsorted. <a href="{}">Attach it to a meeting or make a meeting of it</a>.',
                reverse("admin:archive_sourcedocument_place", args=[obj.pk]),
            )
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:archive_meeting_change", args=[obj.meeting_id]),
            obj.meeting,
        )

    @admin.display(description="cleaned text, evidence marked")
    def evidence_marked(self, obj):
        return report_with_evidence(obj)

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if not term:
            return queryset, False
        meetings = Meeting.objects.filter(search_vector=words_query(term)).values("pk")
        # Unsorted reports are in no meeting's search document: their titles and file names
        # are matched instead, over those reports only (partial index source_unsorted).
        pattern = text_pattern(term)
        unsorted = SourceDocument.objects.filter(meeting__isnull=True).filter(
            Q(title__iregex=pattern) | Q(file_name__iregex=pattern)
        )
        found = Q(meeting__in=meetings) | Q(pk__in=unsorted.values("pk"))
        if re.fullmatch(r"[0-9a-fA-F]{6,64}", term):
            found |= Q(sha256__startswith=term.lower())
        if term.isdigit():
            found |= Q(pk=int(term))
        return queryset.filter(found), False


@admin.register(Attendance)
class AttendanceAdmin(ScaleAdmin, CuratedAdmin):
    """Attendances (four per meeting). Search: the linked person's name or spellings
    (trigram indexes), or a name as written or meeting title among the meetings whose
    search_vector has the words, not LIKE on three columns over every row."""

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
        meetings = Meeting.objects.filter(search_vector=words_query(term)).values("pk")
        # A UNION of two index-driven id sets: an OR of the two IN (...) conditions is
        # checked row by row over every attendance.
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
