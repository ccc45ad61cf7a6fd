"""Kinds of convening body — the one classification behind the Bodies list's groups, the
``body_type`` filter and questions like "with whom does Kazakhstan meet outside the CIS
bodies": told from what the reference data and the importer record of a body (names, acronym,
aliases, kind, country) in SQL, so a body the importer creates from a report is classified
without an editor or an edit here.

CSTO, SCO and EAEU bodies first (some names also say "CIS"), then bilateral and trilateral ones
("Joint Collegium of the Interior Ministries of Russia and Belarus", "Interior Ministries of
Russia and Kazakhstan"), then those of the CIS; a body with a country, an agency, or a body
of no organization named is national; any other international organization is other.
"""

from __future__ import annotations

from django.db.models import Case, F, Func, QuerySet, TextField, Value, When
from django.db.models.functions import Concat

from ..models import Organization

CIS = "cis"
CSTO_SCO = "csto-sco"
BILATERAL = "bilateral"
NATIONAL = "national"
OTHER = "other"
NOT_CIS = "not-cis"  # every kind but the CIS bodies

# The choices a reader picks from, in the order forms list them.
BODY_TYPE_CHOICES = {
    CIS: "CIS bodies",
    NOT_CIS: "Outside the CIS bodies",
    CSTO_SCO: "CSTO, SCO and EAEU bodies",
    BILATERAL: "Bilateral bodies",
    NATIONAL: "National bodies",
    OTHER: "Other bodies",
}

# The Bodies list's headings, in its order.
BODY_TYPE_HEADINGS = {
    CIS: "CIS-wide",
    CSTO_SCO: "CSTO, SCO and EAEU",
    BILATERAL: "Bilateral and trilateral",
    NATIONAL: "National",
    OTHER: "Other international",
}

# PostgreSQL regular expressions: \y is a word boundary.
_CSTO_SCO = (
    r"\y(CSTO|ODKB|SCO|RATS|EAEU|EAEC|EurAsEC|EAG|Collective Security Treaty|Shanghai"
    r" Cooperation|Eurasian (Economic|Group)|ОДКБ|ШОС|ЕАЭС|ЕАГ)\y"
)
_BILATERAL = (
    r"\y(joint|bilateral|intergovernmental commission)\y|\y(of|between) \w+ and \w+$"
    r"|\y\w+, \w+ and \w+$"
)
_CIS = r"\y(CIS|Commonwealth of Independent States|SNG|СНГ)\y"

_ALL_NAMES = Concat(
    F("name"),
    Value(" "),
    F("acronym"),
    Value(" "),
    Func(F("aliases"), Value(" "), function="array_to_string", output_field=TextField()),
    output_field=TextField(),
)
_KIND = Case(
    When(all_names__iregex=_CSTO_SCO, then=Value(CSTO_SCO)),
    When(name__iregex=_BILATERAL, then=Value(BILATERAL)),
    When(all_names__iregex=_CIS, then=Value(CIS)),
    When(country__isnull=False, then=Value(NATIONAL)),
    When(kind=Organization.Kind.INTERNATIONAL, then=Value(OTHER)),
    When(kind__in=[Organization.Kind.AGENCY, Organization.Kind.BODY], then=Value(NATIONAL)),
    default=Value(OTHER),
)


def with_body_type(organizations: QuerySet[Organization] | None = None) -> QuerySet:
    """Organizations annotated with ``body_type``, one of the kinds above."""
    queryset = Organization.objects.all() if organizations is None else organizations
    return queryset.alias(all_names=_ALL_NAMES).annotate(body_type=_KIND)


def body_type(organization: Organization) -> str:
    """The kind of one organization."""
    return with_body_type().values_list("body_type", flat=True).get(pk=organization.pk)


def bodies_of_type(choice: str) -> list[int]:
    """The ids of the organizations a choice of BODY_TYPE_CHOICES covers, classified on each
    call (a few hundred names, 10-20 ms) and used as a plain ``IN`` list — as a subquery the
    planner re-ran the classification for every pair row it joined."""
    kinds = [CSTO_SCO, BILATERAL, NATIONAL, OTHER] if choice == NOT_CIS else [choice]
    return list(with_body_type().filter(body_type__in=kinds).values_list("pk", flat=True))
