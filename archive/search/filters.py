"""MeetingFilterSet: every public search parameter, parsed and validated in one place.

The HTML page, the JSON API, the CSV export and the Atom feed all build this FilterSet from
the query string (archive.search.params), check ``is_valid()`` (``.qs`` would silently drop a
bad value: we answer 400 instead) and hand it to archive.search.query.MeetingSearch.

Semantics:
- country, topic, participant, organization, office, role — things a meeting has many of —
  narrow with "all of": each chosen value must be present (array containment on the facet-key
  columns, served by their GIN indexes). ``countries=exact`` makes the chosen countries the
  meeting's whole set ("only Russia and Kazakhstan"). An office or role is held for a country:
  ``office=interior-minister.KZ``, ``role=chair.KZ`` (archive.search.offices).
- ``people`` says which people the Person facet lists while countries are chosen.
- date_from/date_to match the meetings that overlap the range.
- year, city, body — things a meeting has one of — widen with "any of". ``SINGLE_VALUED``
  lists them, so that archive.search.facets can count each facet without its own filter.
- body_type — the kind of convening body (archive.search.body_types: CIS, outside the CIS,
  CSTO/SCO, bilateral, national, other) — narrows like any other condition.
"""

from __future__ import annotations

import copy
import datetime
from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import QueryDict

from ..models import Country, Meeting, Organization, Participant, Topic
from ..models.meetings import COUNTRY_COUNT
from .body_types import BODY_TYPE_CHOICES, bodies_of_type
from .offices import OFFICE_VALUES, ROLE_VALUES, held_keys
from .people import visible_people
from .words import UnreadableWords, check_words

MAX_VALUES = 20  # per parameter: keeps every query bounded whatever the URL says

SORTS = {
    "relevance": "Relevance",
    "newest": "Newest first",
    "oldest": "Oldest first",
}


class MultiValueField(forms.Field):
    """A repeated query parameter (``?year=2023&year=2024``), each value cleaned by ``child``."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, child: forms.Field, **kwargs) -> None:
        self.child = child
        super().__init__(**kwargs)

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        values = list(dict.fromkeys(v.strip() for v in value if v and v.strip()))
        if len(values) > MAX_VALUES:
            raise ValidationError(f"At most {MAX_VALUES} values.", code="too_many")
        return [self.child.clean(v) for v in values]


class HeldKeyField(MultiValueField):
    """Repeated ``office`` or ``role`` values ("interior-minister.KZ"), cleaned to the facet
    keys of Meeting.office_keys / role_keys ("interior-minister.125"); archive.search.offices."""

    def __init__(self, *, vocabulary: dict[str, str], noun: str, **kwargs) -> None:
        self.vocabulary = vocabulary
        self.noun = noun
        super().__init__(child=forms.CharField(max_length=80), **kwargs)

    def to_python(self, value) -> list[str]:
        return held_keys(super().to_python(value), self.vocabulary, self.noun)


class KeyChoiceField(forms.ModelMultipleChoiceField):
    """Chosen records by a public key (ISO code or slug); unknown keys are errors."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *args, upper: bool = False, **kwargs) -> None:
        self.upper = upper
        super().__init__(*args, **kwargs)

    def clean(self, value):
        if isinstance(value, str):
            value = [value]
        if value:
            value = list(dict.fromkeys(v.strip() for v in value if v and v.strip()))
            if self.upper:
                # ASCII only: "ß".upper() is "SS", a code; "ß" stays unknown.
                value = [v.upper() if v.isascii() else v for v in value]
            if len(value) > MAX_VALUES:
                raise ValidationError(f"At most {MAX_VALUES} values.", code="too_many")
        # A list, not a queryset: asking whether an empty choice's ``none()`` holds anything
        # compiles it into SQL, and every filter and the counts ask.
        if not value and not self.required:
            return []
        return list(super().clean(value))


class KeyFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = KeyChoiceField


class MultiValueFilter(django_filters.Filter):
    field_class = MultiValueField


class HeldKeyFilter(django_filters.Filter):
    field_class = HeldKeyField


# How chosen countries select meetings: with at least them (the default) or with them alone.
COUNTRY_MATCHES = {
    "all": "At least these countries",
    "exact": "Only these countries",
}
# Which people the Person facet lists while countries are chosen: those who represented one
# of them (the default), or everyone at the meetings.
PEOPLE_SCOPES = {
    "represented": "People representing the chosen countries",
    "all": "Everyone at these meetings",
}


class MeetingFilterSet(django_filters.FilterSet):
    """The search parameters of ``/``, ``/api/meetings/``, ``/export.csv`` and ``/feed/``."""

    MULTI_VALUED = ("country", "topic", "participant", "organization", "office", "role")
    # Parameters that say how other filters and facets work; alone they filter nothing.
    SWITCHES = ("sort", "countries", "people")
    SINGLE_VALUED = ("year", "city", "body")

    q = django_filters.CharFilter(method="filter_nothing", max_length=300)
    country = KeyFilter(
        queryset=Country.objects.all(),
        to_field_name="code",
        upper=True,
        method="filter_countries",
        error_messages={"invalid_choice": "Unknown country code: %(value)s."},
    )
    topic = KeyFilter(
        queryset=Topic.objects.all(),
        to_field_name="slug",
        method="filter_topics",
        error_messages={"invalid_choice": "Unknown topic: %(value)s."},
    )
    participant = KeyFilter(
        queryset=Participant.objects.all(),
        to_field_name="slug",
        method="filter_participants",
        error_messages={"invalid_choice": "Unknown person: %(value)s."},
    )
    organization = KeyFilter(
        queryset=Organization.objects.all(),
        to_field_name="slug",
        method="filter_organizations",
        error_messages={"invalid_choice": "Unknown organization: %(value)s."},
    )
    office = HeldKeyFilter(vocabulary=OFFICE_VALUES, noun="office", method="filter_offices")
    role = HeldKeyFilter(vocabulary=ROLE_VALUES, noun="role", method="filter_roles")
    countries = django_filters.ChoiceFilter(
        choices=list(COUNTRY_MATCHES.items()), method="filter_nothing", empty_label=None
    )
    people = django_filters.ChoiceFilter(
        choices=list(PEOPLE_SCOPES.items()), method="filter_nothing", empty_label=None
    )
    year = MultiValueFilter(
        child=forms.IntegerField(min_value=1000, max_value=2999), method="filter_years"
    )
    city = MultiValueFilter(child=forms.CharField(max_length=120), method="filter_cities")
    body = KeyFilter(
        queryset=Organization.objects.all(),
        to_field_name="slug",
        method="filter_bodies",
        error_messages={"invalid_choice": "Unknown convening body: %(value)s."},
    )
    body_type = django_filters.ChoiceFilter(
        choices=list(BODY_TYPE_CHOICES.items()), method="filter_body_type"
    )
    # A date range matches the meetings that overlap it: one that ends on or after its first
    # day (Meeting.date_last: a month or year date lasts to its end) and starts on or before
    # its last.
    date_from = django_filters.DateFilter(field_name="date_last", lookup_expr="gte")
    date_to = django_filters.DateFilter(field_name="date_start", lookup_expr="lte")
    sort = django_filters.ChoiceFilter(
        choices=list(SORTS.items()), method="filter_nothing", empty_label=None
    )

    class Meta:
        model = Meeting
        fields: list[str] = []

    def __init__(self, data=None, queryset=None, *, user: Any = None, **kwargs) -> None:
        """``user``: whose people the ``participant`` keys may name (archive.search.people:
        a reader's are those of published meetings; anyone else's slug is unknown)."""
        # django_filters.FilterSet.__init__, but with the filters of ``_filters_for``.
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = kwargs.pop("request", None)
        self.form_prefix = kwargs.pop("prefix", None)
        if kwargs:
            raise TypeError(f"unexpected arguments: {', '.join(kwargs)}")
        self.filters = self._filters_for(self, queryset.model)
        self.user = user
        self._bodies_of_type: list[int] | None = None

    # Every request builds this FilterSet, so the parts that are the same for all of them are
    # made once per process: django-filter deep-copies every filter (and its queryset) and
    # builds a new form class per instance, which cost more than the rest of a CSV export's
    # first byte. The per-request parts are the filters' parent and the form's people.

    @classmethod
    def _filters_for(
        cls, parent: MeetingFilterSet | None, model: type[Meeting]
    ) -> dict[str, django_filters.Filter]:
        """The class's filters, each a shallow copy bound to ``parent``: no filter holds
        per-request state but its parent and its method's binding. ``extra`` is copied too:
        building a filter's field writes its queryset there."""
        filters = {}
        for name, base in cls.base_filters.items():
            each = copy.copy(base)
            each.extra = dict(base.extra)
            each.model, each.parent = model, parent
            if base.method is not None:
                each.method = base.method  # binds the method to this copy, not to ``base``
            filters[name] = each
        return filters

    @classmethod
    def _shared_form_class(cls) -> type[forms.Form]:
        """The form class of the filters, built once; its participant field names nobody until
        ``form`` gives it the user's people."""
        form_class = cls.__dict__.get("_form_class")
        if form_class is None:
            filters = cls._filters_for(None, cls._meta.model)
            filters["participant"].queryset = Participant.objects.none()
            fields = {name: each.field for name, each in filters.items()}
            form_class = type(f"{cls.__name__}Form", (cls._meta.form,), fields)
            cls._form_class = form_class
        return form_class

    def get_form_class(self) -> type[forms.Form]:
        return self._shared_form_class()

    @property
    def form(self) -> forms.Form:
        if not hasattr(self, "_form"):
            form_class = self.get_form_class()
            data = self.data if self.is_bound else None
            self._form = form_class(data, prefix=self.form_prefix)
            # The user's people are the choices only when some are chosen: building that
            # queryset costs more than a light search's validation.
            if self.is_bound and self.data.getlist(self._form.add_prefix("participant")):
                self._form.fields["participant"].queryset = visible_people(self.user)
        return self._form

    # Full text and sort are applied by MeetingSearch, which needs the query for ranking and
    # headlines; here they are only validated.
    def filter_nothing(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset

    def filter_countries(self, queryset, name, value):
        """With ``countries=exact``, the meetings of exactly these countries (all of them, and
        no more: Meeting.COUNTRY_COUNT, indexed); else of at least these."""
        if not value:
            return queryset
        ids = [c.pk for c in value]
        if self.exact_countries:
            return queryset.alias(country_count=COUNTRY_COUNT).filter(
                country_ids__contains=ids, country_count=len(ids)
            )
        return queryset.filter(country_ids__contains=ids)

    def filter_offices(self, queryset, name, value):
        return queryset.filter(office_keys__contains=value) if value else queryset

    def filter_roles(self, queryset, name, value):
        return queryset.filter(role_keys__contains=value) if value else queryset

    def filter_topics(self, queryset, name, value):
        return queryset.filter(topic_ids__contains=[t.pk for t in value]) if value else queryset

    def filter_participants(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(participant_ids__contains=[p.pk for p in value])

    def filter_organizations(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(organization_ids__contains=[o.pk for o in value])

    def filter_years(self, queryset, name, value):
        """Consecutive years as a range of date_start (``year`` is generated from it): the
        newest-first page then starts its index scan (meeting_newest) at the last chosen day
        instead of reading every later meeting, and the planner estimates a date range well,
        where ``year IN (...)`` and a range together would be counted as independent (and a
        facet sample sized far too big). Years with gaps stay ``year IN (...)``: an OR of
        ranges is no index condition for that scan. docs/PERFORMANCE.md has the
        figures."""
        if not value:
            return queryset
        years = sorted(set(value))
        if years[-1] - years[0] + 1 != len(years):
            return queryset.filter(year__in=years)
        return queryset.filter(
            date_start__gte=datetime.date(years[0], 1, 1),
            date_start__lt=datetime.date(years[-1] + 1, 1, 1),
        )

    def filter_cities(self, queryset, name, value):
        return queryset.filter(city__in=value) if value else queryset

    def filter_bodies(self, queryset, name, value):
        return queryset.filter(body__in=value) if value else queryset

    def filter_body_type(self, queryset, name, value):
        return queryset.filter(body__in=self.bodies_of_chosen_type()) if value else queryset

    def bodies_of_chosen_type(self) -> list[int] | None:
        """The ids of the bodies of the chosen ``body_type`` (None: none chosen), classified
        once per search: the shown page and the counts both ask."""
        choice = self.form.cleaned_data.get("body_type")
        if not choice:
            return None
        if self._bodies_of_type is None:
            self._bodies_of_type = bodies_of_type(choice)
        return self._bodies_of_type

    # --- helpers for archive.search and the views -------------------------------------------

    def clean_value(self, name: str):
        return self.form.cleaned_data.get(name)

    @property
    def query_text(self) -> str:
        return (self.form.cleaned_data.get("q") or "").strip()

    @property
    def exact_countries(self) -> bool:
        return self.form.cleaned_data.get("countries") == "exact"

    @property
    def people_scope(self) -> list[int]:
        """The chosen countries' ids when the Person facet lists only their representatives."""
        if self.form.cleaned_data.get("people") == "all":
            return []
        return [c.pk for c in self.form.cleaned_data.get("country") or []]

    @property
    def sort_order(self) -> str:
        chosen = self.form.cleaned_data.get("sort")
        if chosen:
            return chosen
        return "relevance" if self.query_text else "newest"

    def filter_queryset_except(self, queryset: QuerySet, skip: tuple[str, ...] = ()) -> QuerySet:
        """Apply every filter but those named in ``skip`` (facet counts need this)."""
        for name, value in self.form.cleaned_data.items():
            if name in skip:
                continue
            queryset = self.filters[name].filter(queryset, value)
        return queryset

    def errors_text(self) -> str:
        """The form's errors as one line for a 400 response."""
        parts = []
        for field, errors in self.form.errors.items():
            parts.append(f"{field}: {' '.join(str(e) for e in errors)}")
        return "; ".join(parts)

    def is_valid(self) -> bool:
        """The fields, the date range, and words PostgreSQL can run (archive.search.words)."""
        if not super().is_valid():
            return False
        start = self.form.cleaned_data.get("date_from")
        end = self.form.cleaned_data.get("date_to")
        if isinstance(start, datetime.date) and isinstance(end, datetime.date) and end < start:
            self.form.add_error("date_to", "The end of the date range is before its start.")
            return False
        if self.query_text:
            try:
                check_words(self.query_text)
            except UnreadableWords as error:
                self.form.add_error("q", str(error))
                return False
        return True
