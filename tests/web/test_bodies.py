"""The Bodies list: grouped, with counts, filtered by name with or without JavaScript."""

import pytest

from archive.models import Organization
from archive.search.body_types import body_type
from tests.factories import build, make_organization

pytestmark = pytest.mark.django_db


@pytest.fixture
def bodies(reference_data):
    names = {
        "cis": "CIS Council of Interior Ministers",
        "regional": "CSTO Committee of Secretaries of Security Councils",
        "bilateral": "Joint Collegium of the Interior Ministries of Russia and Kazakhstan",
    }
    found = {key: Organization.objects.get(name=name) for key, name in names.items()}
    found["national"] = make_organization(
        "collegium-of-the-kostanay-region",
        name="Collegium of the Internal Affairs Department of the Kostanay Region",
        kind="body",
    )
    for n, body in enumerate(found.values()):
        for year in range(2020, 2021 + n):
            build(
                title=f"{body.name} {year}",
                year=year,
                city="",
                body=body,
                countries=["KZ"],
                topics=[],
            )
    return found


def test_each_body_is_in_its_group(bodies):
    """CIS-wide, CSTO/SCO/EAEU, bilateral and national bodies are told apart by their names;
    the Bodies list's groups and the ``body_type`` filter read the same classification."""
    assert {key: body_type(body) for key, body in bodies.items()} == {
        "cis": "cis",
        "regional": "csto-sco",
        "bilateral": "bilateral",
        "national": "national",
    }


def test_the_bodies_page_lists_groups_with_counts_under_one_name(client, bodies):
    """The page is "Bodies", like the navigation; groups in order, most meetings first."""
    content = client.get("/organizations/").content.decode()
    assert "<h1>Bodies</h1>" in content and ">Bodies</a>" in content
    headings = ["CIS-wide", "CSTO, SCO and EAEU", "Bilateral and trilateral", "National"]
    positions = [content.index(f"{heading} <span") for heading in headings]
    assert positions == sorted(positions)
    assert "Collegium of the Internal Affairs Department of the Kostanay Region</a>" in content
    assert "4 meetings" in content  # the national body's four years


def test_the_name_filter_works_without_javascript(client, bodies):
    """?name=collegium keeps the bodies whose name holds it, in their groups."""
    content = client.get("/organizations/", {"name": "collegium"}).content.decode()
    assert "Joint Collegium of the Interior Ministries of Russia and Kazakhstan" in content
    assert "Kostanay Region" in content
    assert "CIS Council of Interior Ministers" not in content
    empty = client.get("/organizations/", {"name": "zzz"}).content.decode()
    assert "No body’s name holds “zzz”." in empty
