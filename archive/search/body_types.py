"""Kinds of convening body, for questions like "with whom does Kazakhstan meet outside the
CIS bodies": told from the body's names and country in SQL, so a new body in the reference
data is classified without an edit here.

CSTO and SCO bodies first (some names also say "CIS"), then bilateral ones ("Joint Collegium
of the Interior Ministries of Russia and Belarus"), then those of the CIS; a body with a
country is national; anything else is other.
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
    CSTO_SCO: "CSTO and SCO bodies",
    BILATERAL: "Bilateral bodies",
    NATIONAL: "National bodies",
    OTHER: "Other bodies",
}

# PostgreSQL regular expressions: \y is a word boundary.
_CSTO_SCO = r"\y(CSTO|SCO|Collective Security Treaty|Shanghai Cooperation)\y"
_BILATERAL = r"\y(joint collegium|bilateral)\y"
_CIS = r"\y(CIS|Commonwealth of Independent States)\y"

_ALL_NAMES = Concat(
    F("name"),
    Value(" "),
    F("acronym"),
    Value(" "),
    Func(F("aliases"), Value(" "), function="array_to_string", output_field=TextField()),
    output_field=TextField(),
)
_KIND = Case(
    When(all_names__regex=_CSTO_SCO, then=Value(CSTO_SCO)),
    When(name__iregex=_BILATERAL, then=Value(BILATERAL)),
    When(all_names__regex=_CIS, then=Value(CIS)),
    When(country__isnull=False, then=Value(NATIONAL)),
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
