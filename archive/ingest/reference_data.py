"""Reference data — countries, topics, organizations — from fixtures/ into the database.

The Russian names of ``names_ru.json`` join the records' aliases (topics: their patterns), so
editors see them beside the English ones.

The fixtures are plain JSON arrays (not Django's dumpdata format) because the extractor reads
the same files without Django. Loading is an upsert by natural key (country code, slug):
running it again changes nothing, and a field an editor changed (``curated_fields``) is never
overwritten, so a re-load after a fixture update only brings in what editors did not touch.

A body the fixture adds may already be in an archive under a name an import gave it (the
extractor names a body it does not know from the report's words). Such a record becomes the
fixture's entry rather than a second record beside it: its meetings keep their body, its old
address redirects, and the search documents of its meetings take the new names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q

from ..extraction.names import normalize_name
from ..models import Country, Meeting, Organization, Topic
from .outcomes import MissingReferenceData

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_curated: list[str] = field(default_factory=list)
    adopted: list[str] = field(default_factory=list)  # "old name -> fixture name"
    left_for_editors: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        text = f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged"
        return text + (f", {len(self.adopted)} adopted" if self.adopted else "")


def read_fixture(name: str, directory: Path | None = None) -> list[dict[str, Any]]:
    path = (directory or FIXTURES_DIR) / name
    with path.open(encoding="utf-8") as fh:
        rows = json.load(fh)
    if not isinstance(rows, list):
        raise ValueError(f"{path}: expected a JSON array of objects")
    return rows


def _upsert(
    model: type[models.Model],
    key: str,
    rows: list[dict[str, Any]],
    result: LoadResult | None = None,
) -> LoadResult:
    result = result or LoadResult()
    existing = {getattr(obj, key): obj for obj in model.objects.all()}
    new = []
    for values in rows:
        obj = existing.get(values[key])
        if obj is None:
            new.append(model(**values))
            continue
        changed = []
        for name, value in values.items():
            if name == key or getattr(obj, name) == value:
                continue
            if obj.is_curated(name):
                result.kept_curated.append(f"{obj}: {name}")
                continue
            setattr(obj, name, value)
            changed.append(name)
        if changed:
            obj.save(update_fields=changed)
            result.updated += 1
        else:
            result.unchanged += 1
    model.objects.bulk_create(new)
    result.created = len(new)
    return result


def russian_names(directory: Path | None = None) -> dict[str, Any]:
    """``names_ru.json``: the Russian names of countries, organizations and topics (an empty
    dict when the directory has none)."""
    path = (directory or FIXTURES_DIR) / "names_ru.json"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _with_russian(aliases: list[str], russian: list[str]) -> list[str]:
    """The English aliases, then the Russian names not already among them (editors see and
    edit both; the extractor inflects the Russian ones)."""
    return aliases + [name for name in russian if name not in aliases]


def load_countries(directory: Path | None = None) -> LoadResult:
    ru = russian_names(directory).get("countries", {})
    rows = [
        {
            "code": row["code"],
            "name": row["name"],
            "official_name": row.get("official_name") or "",
            "aliases": _with_russian(
                list(row.get("aliases", [])), ru.get(row["code"], {}).get("names", [])
            ),
            "demonyms": list(row.get("demonyms", [])),
            "is_cis": bool(row.get("cis", False)),
        }
        for row in read_fixture("countries.json", directory)
    ]
    return _upsert(Country, "code", rows)


def load_topics(directory: Path | None = None) -> LoadResult:
    ru = russian_names(directory).get("topics", {})
    rows = [
        {
            "slug": row["slug"],
            "name": row["name"],
            "description": row.get("description", ""),
            "patterns": _with_russian(list(row.get("patterns", [])), ru.get(row["slug"], [])),
        }
        for row in read_fixture("topics.json", directory)
    ]
    return _upsert(Topic, "slug", rows)


def load_organizations(directory: Path | None = None) -> LoadResult:
    countries = dict(Country.objects.values_list("code", "pk"))
    ru = russian_names(directory)
    rows = []
    for row in read_fixture("organizations.json", directory):
        code = row.get("country")
        if code and code not in countries:
            raise ValueError(f"organization {row['slug']!r}: unknown country code {code!r}")
        rows.append(
            {
                "slug": row["slug"],
                "name": row["name"],
                "acronym": row.get("acronym") or "",
                "aliases": _with_russian(
                    list(row.get("aliases", [])), _org_names_ru(ru, row["slug"])
                ),
                "kind": row.get("kind") or Organization.Kind.OTHER,
                "country_id": countries[code] if code else None,
            }
        )
    result = LoadResult()
    adopted = _adopt_named_records(rows, result)
    before = {
        org.pk: (org.name, org.acronym, list(org.aliases))
        for org in Organization.objects.filter(slug__in=[row["slug"] for row in rows])
    }
    _upsert(Organization, "slug", rows, result)
    renamed = adopted | {
        org.pk
        for org in Organization.objects.filter(pk__in=before)
        if before[org.pk] != (org.name, org.acronym, list(org.aliases))
    }
    for meeting in Meeting.objects.filter(
        Q(body__in=renamed) | Q(organization_ids__overlap=list(renamed))
    ):
        meeting.refresh_search_document()
    return result


def _labels(row: dict[str, Any]) -> list[str]:
    """A fixture entry's English name, acronym and aliases, normalised as the importer's
    resolver compares names."""
    labels = [row["name"], row["acronym"], *row["aliases"]]
    return [key for label in labels if label and (key := normalize_name(label))]


def _adopt_named_records(rows: list[dict[str, Any]], result: LoadResult) -> set[int]:
    """Give each fixture entry the archive lacks the record an import made under one of its
    names (its own name first), by taking the entry's slug; the ids of the records taken. A
    record whose name or slug an editor set, or that two entries' names point to, is left as
    it is and reported."""
    known_slugs = {row["slug"] for row in rows}
    in_archive = set(
        Organization.objects.filter(slug__in=known_slugs).values_list("slug", flat=True)
    )
    strays: dict[str, list[Organization]] = {}
    for org in Organization.objects.exclude(slug__in=known_slugs):
        strays.setdefault(normalize_name(org.name), []).append(org)
    adopted: set[int] = set()
    for row in rows:
        if row["slug"] in in_archive:
            continue
        labels = _labels(row)
        found = [org for label in labels for org in strays.get(label, []) if org.pk not in adopted]
        if not found:
            continue
        org = found[0]
        claimed_by_another = any(
            normalize_name(org.name) in _labels(other)
            for other in rows
            if other is not row and other["slug"] not in in_archive
        )
        if org.is_curated("slug") or org.is_curated("name") or claimed_by_another:
            result.left_for_editors.append(f"{org.name} (could be {row['name']})")
            if normalize_name(org.name) == labels[0]:
                raise ValueError(
                    f"organization {org.name!r} ({org.slug}) holds the name of fixture entry "
                    f"{row['slug']!r}: rename one of them or make it that entry"
                )
            continue
        result.adopted.append(f"{org.name} -> {row['name']}")
        org.slug = row["slug"]
        org.save(update_fields=["slug"])
        adopted.add(org.pk)
    return adopted


def _org_names_ru(ru: dict[str, Any], slug: str) -> list[str]:
    """An organization's Russian names with the membership phrase written out once
    ("Совет министров внутренних дел {СНГ}" -> "... СНГ")."""
    out = []
    for name in ru.get("organizations", {}).get(slug, []):
        name = re.sub(r"\{([^}]+)\}", r"\1", name)
        if name not in out:
            out.append(name)
    return out


@transaction.atomic
def load_reference_data(directory: Path | None = None) -> dict[str, LoadResult]:
    """Load every reference fixture, countries first (organizations refer to them)."""
    return {
        "countries": load_countries(directory),
        "topics": load_topics(directory),
        "organizations": load_organizations(directory),
    }


def missing_reference_data() -> list[str]:
    """The kinds of reference data the database has none of: reports imported without them
    would make meetings without countries, topics or known bodies."""
    tables = {"countries": Country, "topics": Topic, "bodies": Organization}
    return [name for name, model in tables.items() if not model.objects.exists()]


def require_reference_data() -> None:
    """Raise MissingReferenceData, saying what to run, unless every kind is loaded."""
    missing = missing_reference_data()
    if missing:
        raise MissingReferenceData(
            f"The archive has no {', no '.join(missing)}: load the reference data first "
            "(`manage.py load_reference_data`), then import again. Nothing was imported."
        )
