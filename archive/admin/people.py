"""People: their change list (counts per row, search by any spelling), their name variants,
and merging two or more records of one person."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from .. import editorial
from ..editorial.merging import suggest_keeper
from ..models import Attendance, Participant, ParticipantNameVariant
from .curated import CuratedAdmin, clear_curated_marks
from .inline_rows import KnownLabelsMixin
from .lists import (
    PersonCountryFilter,
    ScaleAdmin,
    people_matching,
    related_count,
    snapshot_count,
    text_pattern,
)


def person_label(person: Participant) -> str:
    """A person as an autocomplete lists them, to tell namesakes apart:
    "Ivan Petrov — Russia · Minister · 5 meetings" (``n_attendances`` annotated)."""
    meetings = person.n_attendances
    return (
        f"{person.name} — {person.country.name if person.country else 'no country'}"
        f" · {person.title or 'no title'} · {meetings} meeting{'' if meetings == 1 else 's'}"
    )


class PersonAutocompleteView(AutocompleteJsonView):
    """People matching what an editor types into an attendance row (the admin's own search):
    each with country, office and meeting count, the most-met first. The counts are those of
    the change list: live for the page's rows, sorted by the snapshot's."""

    def get_queryset(self):
        queryset = super().get_queryset().select_related("country")
        if self.term.strip():
            queryset = queryset.order_by("-n_sort", "name", "pk")
        return queryset

    def serialize_result(self, obj, to_field_name):
        return {"id": str(getattr(obj, to_field_name)), "text": person_label(obj)}


class PersonSelect(KnownLabelsMixin, AutocompleteSelect):
    """The autocomplete widget of a person field, served by PersonAutocompleteView."""

    url_name = "%s:archive_participant_autocomplete"


class NameVariantInline(admin.TabularInline):
    model = ParticipantNameVariant
    extra = 1
    fields = ["name", "reports", "published_reports", "editor_added"]
    readonly_fields = ["reports", "published_reports", "editor_added"]


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
    them uses the snapshot's counts, not a JOIN + GROUP BY over every attendance. Search
    reads the name and spelling trigram indexes."""

    list_display = ["name", "country", "title", "attendance_count"]
    list_select_related = ["country"]
    list_filter = ["country__is_cis", ("country", PersonCountryFilter)]
    search_fields = ["name", "slug", "name_variants__name", "title"]
    autocomplete_fields = ["country"]
    # Derived from the spellings' report counts; shown so editors see what readers see.
    readonly_fields = ["name_reported", "name_cyrillic"]
    inlines = [NameVariantInline]
    actions = [merge_people, clear_curated_marks]

    def get_queryset(self, request):
        live = related_count(Attendance, "participant")
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

    def save_model(self, request, obj, form, change):
        """A corrected name moves the slug unless the editor typed one; the old address
        redirects (archive.models.SlugRedirect)."""
        if change and "name" in form.changed_data and "slug" not in form.changed_data:
            obj.follow(obj.name)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        """A spelling typed here is an editor's: readers see it (ParticipantNameVariant)."""
        if formset.model is ParticipantNameVariant:
            for inline_form in formset.forms:
                if inline_form.instance.pk is None:
                    inline_form.instance.editor_added = True
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        """A spelling added or removed here may be the person's Cyrillic name."""
        super().save_related(request, form, formsets, change)
        Participant.refresh_display_names([form.instance.pk])

    def get_urls(self):
        merge = path(
            "merge/",
            self.admin_site.admin_view(self.merge_view),
            name="archive_participant_merge",
        )
        autocomplete = path(
            "autocomplete/",
            self.admin_site.admin_view(PersonAutocompleteView.as_view(admin_site=self.admin_site)),
            name="archive_participant_autocomplete",
        )
        return [merge, autocomplete, *super().get_urls()]

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
        suggestion = suggest_keeper(people)
        form = MergeForm(people, request.POST or None, initial={"keep": suggestion.person.pk})
        if request.method == "POST" and form.is_valid():
            merged = self._merge(request, form.cleaned_data["keep"], people)
            if merged is not None:
                return merged
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Merge people",
            "people": people,
            "suggestion": suggestion,
            "form": form,
            "ids": ",".join(map(str, ids)),
        }
        return TemplateResponse(request, "admin/archive/participant/merge.html", context)

    def _merge(self, request, keep, people):
        """Merge the others into ``keep``: a redirect to the kept person, or None (and an
        error message) when the merge cannot be done."""
        try:
            merge_log = editorial.merge_participants(
                keep, [person for person in people if person.pk != keep.pk], user=request.user
            )
        except editorial.EditorialError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return None
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
