"""Reference data loaded again into an archive that already holds reports: new bodies come in,
changed names follow the fixture, editors' own bodies stay, and a body an import already made
under one of a new entry's names becomes that entry instead of a second record beside it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.ingest.reference_data import FIXTURES_DIR, load_reference_data
from archive.models import Meeting, Organization
from archive.models.redirects import SlugRedirect
from tests.factories import make_meeting, make_organization

pytestmark = pytest.mark.django_db

SCO_COURTS = "meeting-of-chairpersons-of-supreme-courts-of-sco-member-states"
SCO_COURTS_NAME = "Meeting of Chairpersons of Supreme Courts of SCO Member States"


def _fixtures_without(tmp_path: Path, *slugs: str, rename: dict[str, str] | None = None) -> Path:
    """A copy of the fixtures as they stood before ``slugs`` were added (and with some
    entries under other names)."""
    for name in ("countries.json", "topics.json", "names_ru.json"):
        shutil.copy(FIXTURES_DIR / name, tmp_path / name)
    rows = json.loads((FIXTURES_DIR / "organizations.json").read_text(encoding="utf-8"))
    rows = [row for row in rows if row["slug"] not in slugs]
    for row in rows:
        row["name"] = (rename or {}).get(row["slug"], row["name"])
    (tmp_path / "organizations.json").write_text(json.dumps(rows), encoding="utf-8")
    return tmp_path


def _imported_body(name: str) -> Organization:
    """A body as an import creates one the reference data lacks: named from the report's
    words, with a slug of its own, and a meeting it convened."""
    body = make_organization(slug="meeting-of-chairmen-of-the-supreme-courts-of-sco", name=name)
    body.kind = Organization.Kind.BODY
    body.save()
    meeting = make_meeting(title="SCO supreme courts meet in Dushanbe", body=body)
    meeting.refresh_search_document()
    return body


def test_a_body_an_import_named_by_an_alias_becomes_the_new_entry(tmp_path):
    """The imported record takes the entry's slug, name and aliases; its meeting keeps it as
    its body, its old address redirects, and no second record is made."""
    load_reference_data(_fixtures_without(tmp_path, SCO_COURTS))
    body = _imported_body("Meeting of Chairmen of the Supreme Courts of SCO Member States")

    result = load_reference_data()

    body.refresh_from_db()
    assert body.slug == SCO_COURTS
    assert body.name == SCO_COURTS_NAME
    assert "Meeting of Chairmen of the Supreme Courts of SCO Member States" in body.aliases
    assert Organization.objects.filter(name__icontains="supreme courts of sco").count() == 1
    assert Meeting.objects.get(title="SCO supreme courts meet in Dushanbe").body_id == body.pk
    assert SlugRedirect.objects.filter(old_slug="meeting-of-chairmen-of-the-supreme-courts-of-sco")
    assert result["organizations"].adopted == [
        f"Meeting of Chairmen of the Supreme Courts of SCO Member States -> {SCO_COURTS_NAME}"
    ]


def test_the_adopted_bodys_meetings_are_found_by_its_new_name(tmp_path):
    """The search document of the body's meeting holds the canonical name after the load."""
    load_reference_data(_fixtures_without(tmp_path, SCO_COURTS))
    _imported_body("Meeting of Chairmen of the Supreme Courts of SCO Member States")

    load_reference_data()

    meeting = Meeting.objects.get(title="SCO supreme courts meet in Dushanbe")
    assert "Chairpersons" in meeting.search_names


def test_a_body_an_import_named_as_the_new_entry_is_that_entry(tmp_path):
    """An imported record holding the entry's own name (under another slug) is no obstacle:
    the load neither fails nor duplicates it."""
    load_reference_data(_fixtures_without(tmp_path, SCO_COURTS))
    body = _imported_body(SCO_COURTS_NAME)

    load_reference_data()

    body.refresh_from_db()
    assert body.slug == SCO_COURTS
    assert Organization.objects.filter(name=SCO_COURTS_NAME).count() == 1


def test_an_editors_own_bodies_stay_and_renamed_entries_follow(tmp_path):
    """A body an editor added keeps its record; an entry renamed in the fixture is renamed;
    new entries are created."""
    old = _fixtures_without(
        tmp_path, SCO_COURTS, rename={"cis-executive-committee": "Executive Committee (old)"}
    )
    load_reference_data(old)
    own = make_organization(slug="editors-own-council", name="Council of Editors")
    own.mark_curated("name")
    own.save()

    call_command("load_reference_data", verbosity=0)

    assert Organization.objects.get(slug="editors-own-council").name == "Council of Editors"
    assert (
        Organization.objects.get(slug="cis-executive-committee").name == "CIS Executive Committee"
    )
    assert Organization.objects.get(slug=SCO_COURTS).name == SCO_COURTS_NAME


def test_an_editors_record_holding_an_entrys_name_is_a_clear_error(tmp_path):
    """A record whose name an editor set, holding a new entry's name, is not taken over: the
    command says which, instead of failing on the unique name."""
    from django.core.management.base import CommandError

    load_reference_data(_fixtures_without(tmp_path, SCO_COURTS))
    body = _imported_body(SCO_COURTS_NAME)
    body.mark_curated("name")
    body.save()

    with pytest.raises(CommandError, match="holds the name of fixture entry"):
        call_command("load_reference_data", verbosity=0)
    assert Organization.objects.get(pk=body.pk).slug != SCO_COURTS
