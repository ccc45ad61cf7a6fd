"""Reference data — countries, topics, organizations — from fixtures/ into the database.

The Russian names of ``names_ru.json`` join the records' aliases (topics: their patterns), so
editors see them beside the English ones.

The fixtures are plain JSON arrays (not Django's dumpdata format) because the extractor reads
the same files without Django. Loading is an upsert by natural key (country code, slug):
running it again changes nothing, and a field an editor changed (``curated_fields``) is never
overwritten, so a re-load after a fixture update only brings in what editors did not touch.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models, transaction

from ..models import Country, Organization, Topic
from .outcomes import MissingReferenceData

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_curated: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged"


def read_fixture(name: str, directory: Path | None = None) -> list[dict[str, Any]]:
    path = (directory or FIXTURES_DIR) / name
    with path.open(encoding="utf-8") as fh:
        rows = json.load(fh)
    if not isinstance(rows, list):
        raise ValueError(f"{path}: expected a JSON array of objects")
    return rows


def _upsert(model: type[models.Model], key: str, rows: list[dict[str, Any]]) -> LoadResult:
    result = LoadResult()
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
    return _upsert(Organization, "slug", rows)


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
