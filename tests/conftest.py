"""Shared fixtures. Tests run against the real PostgreSQL server (`make test` starts it).

Fixtures used in one folder only live in that folder's conftest.py (the browser's in
tests/browser/); record builders are in factories.py, plain helpers in helpers.py.
"""

import pytest

from archive.models import Meeting
from tests.factories import build, make_organization, make_participant


@pytest.fixture(autouse=True)
def no_background_refresh(settings):
    """Publishing refreshes the snapshots in a background thread in a server; a test that
    wants it turns it on (its thread would otherwise outlive the test's database)."""
    settings.SNAPSHOT_REFRESH_ON_PUBLISH = False


@pytest.fixture
def reference_data(db):
    """Countries, topics and organizations from fixtures/, as `make run` loads them."""
    from archive.ingest.reference_data import load_reference_data

    return load_reference_data()


@pytest.fixture(name="archive")
def archive_fixture(reference_data):
    """Four published meetings and a draft; the counts in the tests are counted by hand."""
    b1 = make_organization(
        "council-of-interior-ministers", name="Testland Council of Ministers", kind="body"
    )
    b2 = make_organization("security-council", name="Testland Security Chiefs", kind="body")
    atc = make_organization("anti-terrorism-center", name="Testland Anti-Terrorism Centre")
    kolokoltsev = make_participant("Vladimir Kolokoltsev", slug="vladimir-kolokoltsev")
    kolokoltsev.add_variant("Vladimir Kolokoltsev")
    sadenov = make_participant("Yerzhan Sadenov", slug="yerzhan-sadenov")
    sadenov.add_variant("Yerzhan Sadenov")
    m1 = build(
        title="Joint collegium of the interior ministries",
        year=2023,
        city="Moscow",
        body=b1,
        countries=["RU", "KZ"],
        topics=["terrorism"],
        people=[kolokoltsev, sadenov],
        text="The ministers discussed drug routes and the exchange of information.",
    )
    m2 = build(
        title="Session on cyber threats",
        year=2024,
        city="Astana",
        body=b1,
        countries=["RU", "KZ", "BY"],
        topics=["terrorism", "cybercrime"],
        people=[sadenov],
        organizations=[atc],
        text="Delegations agreed a plan against fraud. The word collegium appears here too.",
    )
    m3 = build(
        title="Meeting of border services",
        year=2024,
        city="Minsk",
        body=b2,
        countries=["BY", "RU"],
        topics=["cybercrime"],
        text="Border guards compared notes on smuggling.",
    )
    m4 = build(
        title="Council of security chiefs",
        year=2025,
        city="Moscow",
        body=b2,
        countries=["KZ"],
        topics=["terrorism"],
        text="Security chiefs reviewed extremism.",
    )
    draft = build(
        title="Unreviewed draft meeting",
        year=2024,
        city="Moscow",
        body=b1,
        countries=["RU", "KZ"],
        topics=["terrorism"],
        text="Draft text about drug routes.",
        status=Meeting.Status.DRAFT,
    )
    return {
        "m1": m1,
        "m2": m2,
        "m3": m3,
        "m4": m4,
        "draft": draft,
        "b1": b1,
        "b2": b2,
        "atc": atc,
        "kolokoltsev": kolokoltsev,
        "sadenov": sadenov,
    }
