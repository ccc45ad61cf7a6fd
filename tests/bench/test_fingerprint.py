"""The import fingerprint (scripts/fingerprint.py) counts what an import decides and leaves out
what differs from one run of the same import to the next."""

import importlib.util
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _fingerprint_script():
    sys.path.insert(0, str(SCRIPTS))  # it imports scripts/bench.py as "bench"
    try:
        spec = importlib.util.spec_from_file_location("fingerprint", SCRIPTS / "fingerprint.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SCRIPTS))


def test_transaction_ids_and_log_positions_are_left_out():
    """The change log's transaction ids and the snapshots' positions in it depend on how many
    transactions the server ran before, so two runs of the same import differ there."""
    counted = _fingerprint_script().counted
    assert not counted("archive_meeting_change", "xid", "xid8")
    assert not counted("archive_facetsnapshot", "log_position", "text")
    assert not counted("archive_meeting", "created_at", "timestamp with time zone")
    assert not counted("archive_entitysnapshot", "id", "bigint")
    assert counted("archive_meeting", "title", "character varying")
    assert counted("archive_meeting", "id", "bigint")
    assert counted("archive_facetsnapshot", "counts", "jsonb")
