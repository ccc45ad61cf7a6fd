"""Migration 0016 reads the offices of attendances already imported and sets the meetings'
office, role and delegate keys in SQL: the same as Meeting.set_facet_keys computes."""

import importlib

import pytest
from django.db import connection

from archive.models import Attendance, Meeting
from tests.search.test_reader_filters import ministers  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db

migration = importlib.import_module("archive.migrations.0019_offices_roles_overlap")


def test_the_backfill_reads_offices_and_sets_the_keys_set_facet_keys_sets(ministers):  # noqa: F811
    """Offices wiped and keys emptied, as before the migration; the backfill restores both."""
    expected_offices = dict(Attendance.objects.values_list("pk", "office"))
    expected_keys = {
        m.pk: (m.office_keys, m.role_keys, m.delegate_keys) for m in Meeting.objects.all()
    }
    assert any(keys[0] for keys in expected_keys.values())
    Attendance.objects.update(office="other")
    Meeting.objects.update(office_keys=[], role_keys=[], delegate_keys=[])

    class Editor:
        pass

    editor = Editor()
    editor.connection = connection
    migration.read_offices(None, editor)

    assert dict(Attendance.objects.values_list("pk", "office")) == expected_offices
    for meeting in Meeting.objects.all():
        found = (meeting.office_keys, meeting.role_keys, meeting.delegate_keys)
        assert tuple(sorted(k) for k in found) == expected_keys[meeting.pk]
