#!/usr/bin/env python
"""A fingerprint of what an import writes: the same reports must give the same tables.

    .venv/bin/python scripts/fingerprint.py                 # 10,000 synthetic reports
    .venv/bin/python scripts/fingerprint.py --reports 2000 --show-tables

Imports a deterministic synthetic corpus (``manage.py generate_corpus --out``) into a scratch
database ``<your database>_fingerprint`` with ``manage.py import_reports`` — the path a real
import takes — and prints one SHA-256 per table and one over all of them. Columns that record
when something happened (timestamps, transaction ids, change-log positions) are left out, and
so are the ids of rows that every refresh rewrites; everything else, ids included, counts.
A refactoring that claims to change nothing runs this before and after and compares.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from bench import database_url, with_database  # scripts/bench.py: the same database URL rules

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"
TIME_TYPES = {"timestamp with time zone", "timestamp without time zone"}
# Tables rewritten whole at every refresh of the precomputed counts: their ids only say in
# which order one refresh happened to insert the rows.
REWRITTEN_TABLES = {"archive_entitysnapshot"}
# Transaction ids (the change log's), and positions in that log, depend on how many
# transactions the server ran before the import, not on what the import decided.
TRANSACTION_TYPES = {"xid", "xid8"}
LOG_POSITIONS = {("archive_facetsnapshot", "log_position")}


def counted(table: str, column: str, data_type: str) -> bool:
    """Whether a column goes into the fingerprint: not when it records when something happened
    (a timestamp, a transaction id, a position in the change log) or a rewritten table's id."""
    return not (
        data_type in TIME_TYPES
        or data_type in TRANSACTION_TYPES
        or (table, column) in LOG_POSITIONS
        or (table in REWRITTEN_TABLES and column == "id")
    )


def libpq(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


def recreate_database(url: str) -> str:
    import psycopg

    name = (urlsplit(url).path.lstrip("/") or "archive") + "_fingerprint"
    with psycopg.connect(libpq(with_database(url, "postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return with_database(url, name)


def manage(url: str, *args: str) -> None:
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": os.environ.get("DEBUG", "1")}
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env)
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed with status {result.returncode}")


def corpus(reports: int, seed: int, url: str) -> Path:
    directory = RESULTS / f"fingerprint-corpus-seed{seed}-n{reports}"
    if not (directory / "truth.jsonl").exists():
        manage(url, "generate_corpus", "--out", str(directory), "--count", str(reports),
               "--seed", str(seed))  # fmt: skip
    return directory


def table_digests(url: str) -> dict[str, tuple[int, str]]:
    """Per archive table: (rows, SHA-256 of its rows in primary-key order, over the columns
    ``counted`` keeps)."""
    import psycopg

    digests = {}
    with psycopg.connect(libpq(url)) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_name LIKE 'archive\\_%' "
                "AND table_type = 'BASE TABLE' ORDER BY table_name"
            )
        ]
        for table in tables:
            columns = [
                name
                for name, data_type in conn.execute(
                    "SELECT column_name, data_type FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position",
                    [table],
                )
                if counted(table, name, data_type)
            ]
            select = ", ".join(f'"{c}"::text' for c in columns)
            digest = hashlib.sha256()
            rows = 0
            with conn.cursor(name=f"fingerprint_{table}") as cursor:
                order = ", ".join(str(n) for n in range(1, len(columns) + 1))
                cursor.execute(f'SELECT {select} FROM "{table}" ORDER BY {order}')
                for row in cursor:
                    digest.update(repr(row).encode())
                    rows += 1
            digests[table] = (rows, digest.hexdigest())
    return digests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=10_000, help="Synthetic reports to import.")
    parser.add_argument("--seed", type=int, default=1, help="Corpus seed (same seed, same corpus).")
    parser.add_argument("--show-tables", action="store_true", help="Print each table's digest.")
    args = parser.parse_args()

    url = database_url()
    directory = corpus(args.reports, args.seed, url)
    scratch = recreate_database(url)
    manage(scratch, "migrate", "--noinput", "-v0")
    manage(scratch, "load_reference_data", "-v0")
    # A path relative to the checkout, so that two checkouts store the same file names.
    relative = str(directory.relative_to(ROOT))
    manage(scratch, "import_reports", relative, "--status", "published", "--quiet")
    digests = table_digests(scratch)
    overall = hashlib.sha256()
    for table, (rows, digest) in digests.items():
        overall.update(f"{table}:{rows}:{digest}\n".encode())
        if args.show_tables:
            print(f"{table:40} {rows:>9} {digest[:16]}")
    print(f"fingerprint of {args.reports} reports (seed {args.seed}): {overall.hexdigest()}")


if __name__ == "__main__":
    main()
