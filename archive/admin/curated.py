"""Curation: every save by an editor marks the changed fields as curated, so re-import never
overwrites a correction (see CuratedModel). Editors see the marks in the "curated fields" box
of each form and clear them there or with the "Clear curated marks" action; the history says
each change's old and new value."""

from django import forms
from django.contrib import admin
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.forms import SimpleArrayField
from django.db import models

from .. import editorial


@admin.action(description="Clear curated marks (re-extraction may overwrite these again)")
def clear_curated_marks(modeladmin, request, queryset):
    count = editorial.clear_curated(queryset, user=request.user)
    modeladmin.message_user(request, f"Cleared the curated marks of {count} record(s).")


def shown_value(form, name, value) -> str:
    """A form value as a person reads it, short: the related record's name, not its id."""
    field = form.fields[name]
    is_choice = isinstance(field, forms.ModelChoiceField)
    if is_choice and value not in (None, "") and not isinstance(value, models.Model):
        value = field.queryset.filter(pk=value).first()
    if isinstance(value, list | tuple):
        value = ", ".join(str(item) for item in value)
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def changes_with_values(form, names) -> list[str]:
    """ "role: attendee → chair" for each changed field: the history says what, not only
    which."""
    described = []
    for name in names:
        if name not in form.fields:
            continue
        label = str(form.fields[name].label or name)
        old = shown_value(form, name, form[name].initial)
        new = shown_value(form, name, form.cleaned_data.get(name))
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
        if change and (form.has_changed() or any(formset.has_changed() for formset in formsets)):
            # Names, aliases and acronyms are in the meetings' search documents.
            editorial.refresh_search_documents(editorial.meetings_showing(form.instance))

    def construct_change_message(self, request, form, formsets, add=False):
        message = super().construct_change_message(request, form, formsets, add)
        if add:
            return message
        # Django's message names the changed fields; replace the names with name: old → new.
        forms_by_object = {
            (type(inline_form.instance), inline_form.instance.pk): inline_form
            for formset in formsets or []
            for inline_form in formset.forms
            if inline_form.instance.pk is not None
        }
        for entry in message:
            changed = entry.get("changed")
            if changed is None:
                continue
            if "object" not in changed:
                changed["fields"] = changes_with_values(form, form.changed_data)
                continue
            for formset in formsets or []:
                for obj, fields in formset.changed_objects:
                    inline_form = forms_by_object.get((type(obj), obj.pk))
                    if inline_form is not None and str(obj) == changed["object"]:
                        changed["fields"] = changes_with_values(inline_form, fields)
        return message
