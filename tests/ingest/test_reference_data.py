"""Reference data loads idempotently and never clobbers editors' changes."""

import json

import pytest
from django.core.management import call_command

from archive.ingest.reference_data import FIXTURES_DIR, load_reference_data
from archive.models import Country, Organization, Topic

pytestmark = pytest.mark.django_db

DESIGN_TAXONOMY = {
    "organized-crime",
    "terrorism",
    "extremism",
    "drug-trafficking",
    "cybercrime",
    "illegal-migration",
    "human-trafficking",
    "arms-trafficking",
    "smuggling",
    "money-laundering",
    "corruption",
    "border-security",
    "public-order",
    "mass-events-security",
    "road-safety",
    "forensics",
    "fugitive-search",
    "information-exchange",
    "crime-prevention-programs",
    "legal-framework",
    "personnel-training",
    "youth-engagement",
    "historical-memory",
    "law-enforcement-reform",
    "economic-crime",
    "urban-security",
}


def snapshot():
    return (
        list(Country.objects.order_by("code").values()),
        list(Topic.objects.order_by("slug").values()),
        list(Organization.objects.order_by("slug").values()),
    )


def test_every_iso_country_with_cis_aliases_and_demonyms():
    """All ISO 3166 countries are there, with the names reports actually use."""
    load_reference_data()
    assert Country.objects.count() >= 249
    kz = Country.objects.get(code="KZ")
    assert {"Kazakhstani", "Kazakh"} <= set(kz.demonyms)
    by = Country.objects.get(code="BY")
    assert {"Belarusian", "Belorussian"} <= set(by.demonyms)
    assert "Kyrgyz Republic" in Country.objects.get(code="KG").aliases
    assert Country.objects.get(code="RU").name == "Russia"
    assert "Russian Federation" in Country.objects.get(code="RU").aliases
    assert Country.objects.get(code="MD").name == "Moldova"


def test_topics_cover_the_design_taxonomy_with_patterns():
    """Every topic of DESIGN.md exists with a description and keyword patterns."""
    load_reference_data()
    topics = {t.slug: t for t in Topic.objects.all()}
    assert set(topics) >= DESIGN_TAXONOMY
    for topic in topics.values():
        assert topic.description, topic.slug
        assert topic.patterns, topic.slug


def test_loading_twice_changes_nothing():
    """A second load is a no-op: same rows, same values."""
    first = load_reference_data()
    before = snapshot()
    second = load_reference_data()
    assert snapshot() == before
    for result in second.values():
        assert result.created == 0 and result.updated == 0
    assert first["countries"].created == Country.objects.count()


def test_reload_keeps_what_editors_changed(tmp_path):
    """A curated field survives a re-load, while untouched fields follow the fixture."""
    load_reference_data()
    topic = Topic.objects.get(slug="terrorism")
    topic.description = "Editor's wording."
    topic.mark_curated("description")
    topic.save()

    # The fixture changes both an untouched field and the curated one.
    for name in ("countries.json", "organizations.json"):
        (tmp_path / name).write_text((FIXTURES_DIR / name).read_text(encoding="utf-8"))
    topics = json.loads((FIXTURES_DIR / "topics.json").read_text(encoding="utf-8"))
    for row in topics:
        if row["slug"] == "terrorism":
            row["description"] = "Fixture's new wording."
            row["name"] = "Terrorism (renamed)"
    (tmp_path / "topics.json").write_text(json.dumps(topics))

    result = load_reference_data(tmp_path)
    topic.refresh_from_db()
    assert topic.description == "Editor's wording."
    assert topic.name == "Terrorism (renamed)"
    assert result["topics"].kept_curated == ["Terrorism (renamed): description"]


def test_command_reports_counts_and_rejects_a_bad_fixture(tmp_path, capsys):
    """The command prints what it did, and a broken fixture is a clear error."""
    call_command("load_reference_data")
    out = capsys.readouterr().out
    assert "countries:" in out and "Reference data loaded." in out
    (tmp_path / "countries.json").write_text('{"not": "a list"}')
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="expected a JSON array"):
        call_command("load_reference_data", fixtures_dir=tmp_path)
