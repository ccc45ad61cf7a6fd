"""The bodies list's groups: CIS-wide councils, the CSTO, SCO and EAEU, bilateral bodies,
national agencies and bodies, and other international organizations.

An organization's group is read from what the reference data and the importer record of it
(name, acronym, aliases, kind, country), so a body the importer creates from a report lands in
its group without an editor: "Joint Collegium of the Interior Ministries of Russia and
Kyrgyzstan" is bilateral, "CSTO Committee of Secretaries of Security Councils" is CSTO's.
"""

from __future__ import annotations

import re

from ..models import Organization

# key -> heading, in the order the list shows them.
BODY_GROUPS: dict[str, str] = {
    "cis": "CIS-wide",
    "regional": "CSTO, SCO and EAEU",
    "bilateral": "Bilateral and trilateral",
    "national": "National",
    "international": "Other international",
}

_REGIONAL = re.compile(
    r"\b(?:CSTO|ODKB|SCO|RATS|EAEU|EAEC|EurAsEC|EAG|Collective Security Treaty|Shanghai"
    r" Cooperation|Eurasian (?:Economic|Group))\b",
    re.IGNORECASE,
)
_CIS = re.compile(r"\b(?:CIS|Commonwealth of Independent States|SNG|СНГ)\b", re.IGNORECASE)
_BILATERAL = re.compile(
    r"\b(?:joint|bilateral|intergovernmental commission)\b|\b(?:of|between) \w+ and \w+$"
    r"|\b\w+, \w+ and \w+$",
    re.IGNORECASE,
)


def body_group(organization: Organization) -> str:
    """The key of ``organization``'s group in BODY_GROUPS."""
    names = " · ".join([organization.name, organization.acronym, *organization.aliases])
    if _REGIONAL.search(names):
        return "regional"
    if _BILATERAL.search(organization.name):
        return "bilateral"
    if _CIS.search(names):
        return "cis"
    if organization.country_id or organization.kind == Organization.Kind.AGENCY:
        return "national"
    if organization.kind == Organization.Kind.INTERNATIONAL:
        return "international"
    return "national" if organization.kind == Organization.Kind.BODY else "international"


def matches_name(organization: Organization, text: str) -> bool:
    """Whether ``text`` is in the organization's name, acronym or an alias (any case)."""
    text = text.casefold()
    names = [organization.name, organization.acronym, *organization.aliases]
    return any(text in name.casefold() for name in names if name)
