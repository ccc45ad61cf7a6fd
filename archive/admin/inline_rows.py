"""Inline rows that render without a query per row.

Django's admin renders each inline row on its own: the autocomplete box of every foreign key
reads its selected record's label (one query per box), and a row's ``__str__`` reads the
records it names. On a meeting with thirty people that is a hundred queries. Here the
formset reads, for each autocomplete field, the labels of every row's value in one query and
hands them to the rows' widgets, and gives each row its parent meeting, already loaded.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.forms.models import BaseInlineFormSet


class KnownLabelsMixin:
    """An autocomplete select that takes its selected option's label from ``known_labels``
    (set by PrimedInlineFormSet) when it is there, and reads it from the database otherwise."""

    known_labels: dict[str, str] | None = None

    def optgroups(self, name, value, attr=None):
        selected = {str(v) for v in value if str(v) not in self.choices.field.empty_values}
        known = self.known_labels
        if known is None or not selected <= known.keys():
            return super().optgroups(name, value, attr)
        default = (None, [], 0)
        if not self.is_required and not self.allow_multiple_selected:
            default[1].append(self.create_option(name, "", "", False, 0))
        for option_value in sorted(selected):
            index = len(default[1])
            default[1].append(
                self.create_option(name, option_value, known[option_value], selected, index)
            )
        return [default]


class KnownLabelsSelect(KnownLabelsMixin, AutocompleteSelect):
    pass


def _inner(widget):
    """The widget inside the admin's add/change-link wrapper."""
    return getattr(widget, "widget", widget)


class PrimedInlineFormSet(BaseInlineFormSet):
    """Reads the labels of all rows' autocomplete values at once (one query per field), and
    gives each row its parent record so that its ``__str__`` does not load it again."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if self.instance is not None and self.instance.pk is not None:
            form.instance._state.fields_cache[self.fk.name] = self.instance
        return form

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._prime_labels(self.forms)

    def _prime_labels(self, forms) -> None:
        for name, field in self.form.base_fields.items():
            if not isinstance(_inner(field.widget), KnownLabelsMixin):
                continue
            model_field = self.model._meta.get_field(name)
            ids = {
                getattr(form.instance, model_field.attname)
                for form in forms
                if form.instance.pk is not None
            } - {None}
            labels = {
                str(record.pk): field.label_from_instance(record)
                for record in field.queryset.filter(pk__in=ids)
            }
            for form in forms:
                if name in form.fields:
                    _inner(form.fields[name].widget).known_labels = labels


class PrimedTabularInline(admin.TabularInline):
    """A tabular inline whose rows render without a query each (see the module docstring);
    ``row_related`` are the records a row's ``__str__`` names, loaded with the rows."""

    formset = PrimedInlineFormSet
    row_related: tuple[str, ...] = ()

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset.select_related(*self.row_related) if self.row_related else queryset

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            kwargs["widget"] = KnownLabelsSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
