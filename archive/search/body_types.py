"""Kinds of convening body, for questions like "with whom does Kazakhstan meet outside the
CIS bodies": told from the body's name and country, so a new body in the reference data is
classified without an edit here."""

from __future__ import annotations

import re

from ..models import Organization

CIS = "cis"
CSTO_SCO = "csto-sco"
BILATERAL = "bilateral"
NATIONAL = "national"
OTHER = "other"

# Choices a reader picks from, in the order the form lists them; "not-cis" is every kind but
# the CIS bodies.
NOT_CIS = "not-cis"
BODY_TYPE_CHOICES = {
    CIS: "CIS bodies",
    NOT_CIS: "Outside the CIS bodies",
    CSTO_SCO: "CSTO and SCO bodies",
    BILATERAL: "Bilateral bodies",
    NATIONAL: "National bodies",
    OTHER: "Other bodies",
}

_CSTO_SCO = re.compile(r"\b(CSTO|SCO|Collective Security Treaty|Shanghai Cooperation)\b")
_BILATERAL = re.compile(r"\b(Joint Collegium|bilateral)\b", re.IGNORECASE)
_CIS = re.compile(r"\b(CIS|Commonwealth of Independent States)\b")


def body_type(organization: Organization) -> str:
    """The kind of a convening body: CSTO/SCO, bilateral, CIS, national or other."""
    names = " ".join([organization.name, organization.acronym, *organization.aliases])
    if _CSTO_SCO.search(names):
        return CSTO_SCO
    if _BILATERAL.search(organization.name):
        return BILATERAL
    if _CIS.search(names):
        return CIS
    if organization.country_id is not None:
        return NATIONAL
    return OTHER


def bodies_of_type(choice: str) -> list[Organization]:
    """The organizations a choice of BODY_TYPE_CHOICES covers, by name (the reference
    data holds about a hundred: classifying them all costs less than asking which convened)."""
    bodies = Organization.objects.only("name", "acronym", "aliases", "country", "slug")
    kinds = set(BODY_TYPE_CHOICES) - {NOT_CIS, CIS} if choice == NOT_CIS else {choice}
    return sorted((body for body in bodies if body_type(body) in kinds), key=lambda body: body.name)
