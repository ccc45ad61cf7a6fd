"""The peers of the archive's search, for scripts/bench_peers.py: Datasette over a SQLite copy of
the published meetings, and PostgreSQL's floor for exact counts (no Django here).

- ``export_sqlite``: the published meetings of a benchmark database as one SQLite table shaped
  the way Datasette's and sqlite-utils' documentation shape data for faceted search: a row per
  meeting; the many-valued facets (countries taking part, topics, people, organizations) as
  JSON arrays of their public keys, for ``_facet_array`` and ``__arraycontains``; the
  single-valued ones (body, city, year) and the sort key as indexed columns, for ``_facet``;
  and an FTS5 index over title, summary, names and report text with Porter stemming (as close
  as SQLite comes to PostgreSQL's "english" configuration), merged and analysed. The report
  text lives in the index only (a contentless FTS5 table, configured for Datasette with
  ``fts_table``/``fts_pk``, ``datasette_metadata``): Datasette's array facets read every
  column of every matching row, and with the text in the row, as the plainer recipe
  (``sqlite-utils enable-fts``) puts it, they read the whole corpus.
- ``datasette_paths``: the benchmark's request mix in Datasette's URL parameters.
- ``floor_statements``: hand-written SQL for the exact total and facet counts of a word
  search, in the shapes worth trying; the benchmark times each and keeps the fastest.
- ``p95``, ``ratios``, ``whole_mix``: the table's figures — each request's ratio at p50 and at
  p95, and each side's p50 and p95 over the whole mix's runs pooled.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

TABLE = "meetings"
LAYOUT = 2  # the copy's shape: a kept copy of another shape is made anew
# Many-valued facets: SQLite column -> (PostgreSQL facet-key column, reference table, key).
ARRAYS = {
    "countries": ("country_ids", "archive_country", "code"),
    "topics": ("topic_ids", "archive_topic", "slug"),
    "participants": ("participant_ids", "archive_participant", "slug"),
    "organizations": ("organization_ids", "archive_organization", "slug"),
}
SINGLE = ("body", "city", "year")
FTS = f"{TABLE}_fts"
SEARCHED = ("title", "summary", "names", "text")  # the FTS5 index's columns
COLUMNS = {
    "id": int,
    "slug": str,
    "title": str,
    "date_start": str,
    "year": int,
    "city": str,
    "body": str,
    **dict.fromkeys(ARRAYS, str),  # JSON arrays
    "summary": str,
    "names": str,
}
EXPORT_SQL = """
    SELECT m.id, m.slug, m.title, m.date_start::text AS date_start, m.year,
           NULLIF(m.city, '') AS city, o.slug AS body, m.summary,
           m.search_names AS names, m.search_text AS text,
           m.country_ids, m.topic_ids, m.participant_ids, m.organization_ids
    FROM archive_meeting m LEFT JOIN archive_organization o ON o.id = m.body_id
    WHERE m.status = 'published'
    ORDER BY m.id
"""


# --- The SQLite copy --------------------------------------------------------------------------


def source_stamp(conn) -> dict:
    """What a copy was made from: the published meetings' number and latest change."""
    count, latest = conn.execute(
        "SELECT count(*), max(updated_at)::text FROM archive_meeting WHERE status = 'published'"
    ).fetchone()
    return {"published": count, "latest_change": latest, "layout": LAYOUT}


def export_sqlite(pg_url: str, path: Path) -> dict:
    """Write the published meetings of ``pg_url`` to the SQLite file ``path`` (kept while the
    source has not changed: ``path``.json holds the source's stamp). Returns the stamp."""
    import psycopg
    import sqlite_utils
    from psycopg.rows import dict_row

    stamp_file = path.with_suffix(".json")
    with psycopg.connect(pg_url) as conn:
        stamp = source_stamp(conn)
        if path.exists() and stamp_file.exists() and json.loads(stamp_file.read_text()) == stamp:
            return stamp
        keys = {
            name: dict(conn.execute(f"SELECT id, {key} FROM {table}").fetchall())
            for name, (_, table, key) in ARRAYS.items()
        }
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        db = sqlite_utils.Database(partial)
        db[TABLE].create(COLUMNS, pk="id")
        db.execute(
            f"CREATE VIRTUAL TABLE {FTS} USING fts5({', '.join(SEARCHED)}, "
            "content='', tokenize='porter')"
        )
        with conn.cursor(name="export", row_factory=dict_row) as cursor:
            cursor.itersize = 2000
            cursor.execute(EXPORT_SQL)
            while batch := cursor.fetchmany(1000):
                _insert(db, batch, keys)
    _index(db)
    db.close()
    partial.replace(path)
    stamp_file.write_text(json.dumps(stamp))
    return stamp


def _insert(db, batch: list[dict], keys: dict[str, dict[int, str]]) -> None:
    """A batch of meetings: their rows, with the facet-key arrays as JSON arrays of public
    keys, and their entries in the full-text index."""
    rows = []
    for row in batch:
        out = {name: row[name] for name in COLUMNS if name not in ARRAYS}
        for name, (column, _, _) in ARRAYS.items():
            out[name] = json.dumps([keys[name][pk] for pk in row[column] if pk in keys[name]])
        rows.append(out)
    db[TABLE].insert_all(rows, batch_size=len(rows))
    with db.conn:
        db.conn.executemany(
            f"INSERT INTO {FTS} (rowid, {', '.join(SEARCHED)}) VALUES (?, ?, ?, ?, ?)",
            [(row["id"], *(row[name] for name in SEARCHED)) for row in batch],
        )


def _index(db) -> None:
    """FTS5's merge of its segments into one (its "optimize"), the facet and sort columns'
    indexes, ANALYZE for the planner and VACUUM."""
    with db.conn:
        db.conn.execute(f"INSERT INTO {FTS} ({FTS}) VALUES ('optimize')")
    for column in ("date_start", *SINGLE):
        db[TABLE].create_index([column])
    db.analyze()
    db.vacuum()


def datasette_metadata(database: str) -> dict:
    """Datasette's metadata naming the full-text index of the meetings table."""
    table = {"fts_table": FTS, "fts_pk": "id"}
    return {"databases": {database: {"tables": {TABLE: table}}}}


# --- The request mix in Datasette's parameters ------------------------------------------------


def facet_parameters() -> list[tuple[str, str]]:
    """All seven facets, as the archive's search page counts them."""
    return [("_facet_array", name) for name in ARRAYS] + [("_facet", name) for name in SINGLE]


NEWEST = [("_sort_desc", "date_start")]  # the archive's order for browsing and broad searches


def datasette_paths(values: dict, broad_word: str, table_path: str) -> dict[str, str]:
    """Label -> path for ``manage.py bench_search --mix``'s values, plus the broad word; the
    page as HTML, the API as JSON, the export as CSV (``table_path``: "/db/table"). The deep
    page is left to the caller: Datasette pages by keyset (``_next``)."""
    first, second = values["countries"]
    topic = values["topic"]

    def page(*params: tuple[str, str], suffix: str = "", facets: bool = True) -> str:
        pairs = [*params, *(facet_parameters() if facets else []), *NEWEST]
        return f"{table_path}{suffix}?{urlencode(pairs)}"

    return {
        "browse, all facets": page(),
        "common word": page(("_search", values["common_word"])),
        "rare name": page(("_search", values["rare_name"])),
        "phrase": page(("_search", f'"{values["phrase"]}"')),
        "two facets": page(("countries__arraycontains", first), ("topics__arraycontains", topic)),
        "three facets": page(
            ("countries__arraycontains", first),
            ("countries__arraycontains", second),
            ("topics__arraycontains", topic),
        ),
        "JSON API": page(
            ("_search", values["common_word"]), ("countries__arraycontains", first), suffix=".json"
        ),
        "CSV first byte": page(
            ("countries__arraycontains", first),
            ("_stream", "on"),
            ("_size", "max"),
            suffix=".csv",
            facets=False,
        ),
        "broad word": page(("_search", broad_word)),
    }


def as_json(path: str) -> str:
    """The JSON form of a Datasette table path (``/db/table?…`` -> ``/db/table.json?…``)."""
    base, _, query = path.partition("?")
    if not base.endswith(".json"):
        base += ".json"
    return f"{base}?{query}"


def facets_timed_out(path: str, answer: dict) -> list[str]:
    """The facets a Datasette table request asked for that its JSON ``answer`` lacks: a facet
    past ``facet_time_limit_ms`` is left out of ``facet_results`` (the HTML page lists it
    as timed out; the JSON of Datasette 0.65 says nothing else)."""
    asked = [v for k, v in parse_qsl(urlsplit(path).query) if k in ("_facet", "_facet_array")]
    return [name for name in asked if name not in answer.get("facet_results", {})]


# --- The broad word and PostgreSQL's floor ----------------------------------------------------


def pick_broad_word(conn, sample_rows: int = 3000) -> tuple[str, float]:
    """(word, share of published meetings holding it): the plain English word (its own
    lexeme) closest to half of the archive, found on a sample of about ``sample_rows``
    meetings and then counted exactly through the full-text index."""
    published = conn.execute(
        "SELECT count(*) FROM archive_meeting WHERE status = 'published'"
    ).fetchone()[0]
    if not published:
        raise ValueError("the archive has no published meetings")
    percent = min(100.0, 100.0 * sample_rows / published)
    sample = (
        "SELECT search_vector FROM archive_meeting TABLESAMPLE SYSTEM "
        f"({percent:.4f}) REPEATABLE (1) WHERE status = 'published'"
    )
    found = conn.execute(
        f"""
        SELECT word FROM ts_stat(%s), (SELECT count(*) AS n FROM ({sample}) AS s) AS sample
        WHERE length(word) >= 5 AND word ~ '^[a-z]+$'
          AND to_tsquery('english', word)::text = quote_literal(word)
        ORDER BY abs(ndoc::float / sample.n - 0.5), word LIMIT 1
        """,
        [sample],
    ).fetchone()
    if found is None:
        raise ValueError("no plain English word in the sample")
    matches = conn.execute(
        "SELECT count(*) FROM archive_meeting "
        "WHERE status = 'published' AND search_vector @@ websearch_to_tsquery('english', %s)",
        [found[0]],
    ).fetchone()[0]
    return found[0], matches / published


# The matches of the word, reading only the facet columns (a bitmap heap scan of the GIN index).
_HITS = """hits AS MATERIALIZED (
    SELECT year, city, body_id, country_ids, topic_ids, participant_ids, organization_ids,
           office_keys, role_keys
    FROM archive_meeting
    WHERE status = 'published' AND search_vector @@ websearch_to_tsquery('english', %(word)s))"""
_MANY = {
    "country": "country_ids",
    "topic": "topic_ids",
    "participant": "participant_ids",
    "organization": "organization_ids",
    "office": "office_keys",
    "role": "role_keys",
}
_ONE = {"year": "year", "city": "city", "body": "body_id"}
_PRESENT = {"year": "year IS NOT NULL", "city": "city <> ''", "body": "body_id IS NOT NULL"}


def _top(counts_sql: str) -> str:
    """The top ``%(fetch)s`` values of each facet and the total, as (facet, key, n) rows."""
    return (
        f"WITH {_HITS} SELECT facet, key, n FROM ("
        " SELECT facet, key, n, row_number() OVER (PARTITION BY facet ORDER BY n DESC, key) AS rn"
        f" FROM ({counts_sql}) AS counts) AS ranked WHERE rn <= %(fetch)s OR facet = 'total'"
    )


def floor_statements() -> dict[str, str]:
    """Name -> one statement for the exact total and the top values of every facet of a word
    search (parameters ``word`` and ``fetch``), in the shapes worth trying."""
    per_facet = [
        f"SELECT '{name}' AS facet, k::text AS key, count(*) AS n "
        f"FROM (SELECT unnest({column}) AS k FROM hits) AS keys GROUP BY k"
        for name, column in _MANY.items()
    ] + [
        f"SELECT '{name}', {column}::text, count(*) FROM hits WHERE {_PRESENT[name]} "
        f"GROUP BY {column}"
        for name, column in _ONE.items()
    ]
    total = "SELECT 'total', '', count(*) FROM hits"
    pairs = " UNION ALL ".join(
        [f"SELECT '{name}', unnest(hits.{column})::text" for name, column in _MANY.items()]
        + [
            f"SELECT '{name}', hits.{column}::text WHERE hits.{_PRESENT[name]}"
            for name, column in _ONE.items()
        ]
    )
    grouping = (
        "SELECT CASE WHEN GROUPING(year) = 0 THEN 'year' WHEN GROUPING(city) = 0 THEN 'city' "
        "WHEN GROUPING(body_id) = 0 THEN 'body' ELSE 'total' END AS facet, "
        "coalesce(year::text, city, body_id::text, '') AS key, count(*) AS n FROM hits "
        "GROUP BY GROUPING SETS ((year), (city), (body_id), ()) "
        "HAVING GROUPING(year, city, body_id) = 7 OR coalesce(year::text, nullif(city, ''), "
        "body_id::text) IS NOT NULL"
    )
    return {
        "a GROUP BY per facet over the materialised matches": _top(
            " UNION ALL ".join([*per_facet, total])
        ),
        "one GROUP BY over (facet, key) pairs": _top(
            f"SELECT facet, key, count(*) AS n FROM hits, LATERAL ({pairs}) AS p(facet, key) "
            f"GROUP BY facet, key UNION ALL {total}"
        ),
        "GROUPING SETS for year, city, body and the total": _top(
            " UNION ALL ".join([*per_facet[: len(_MANY)], grouping])
        ),
    }


# Session settings tried with each statement: as configured, and with room for an exact
# bitmap and in-memory hashes and without JIT compilation (a one-off cost per statement).
FLOOR_SETTINGS = {
    "as configured": {},
    "work_mem 64MB, jit off": {"work_mem": "64MB", "jit": "off"},
}


# --- The comparison's figures -----------------------------------------------------------------


def p95(values: list[float]) -> float:
    """The 95th percentile by nearest rank (of 20 runs, the 19th fastest)."""
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def ratios(ours: dict, theirs: dict) -> tuple[float, float]:
    """How many times longer Datasette took than we did, at p50 and at p95."""

    def times(key: str) -> float:
        return theirs[key] / ours[key] if ours[key] else float("inf")

    return times("p50_ms"), times("p95_ms")


def whole_mix(requests: dict[str, dict]) -> dict[str, dict] | None:
    """Each side's p50 and p95 over every timed run of every request in the mix, pooled (each
    request weighs by its runs); None when a side's runs were not kept or a request failed."""
    pooled: dict[str, list[float]] = {"ours": [], "datasette": []}
    for sides in requests.values():
        for side, runs in pooled.items():
            figures = sides[side]
            if "timings_ms" not in figures or figures["status"] != 200:
                return None
            runs.extend(figures["timings_ms"])
    if not pooled["ours"]:
        return None
    return {
        side: {
            "p50_ms": round(statistics.median(runs), 1),
            "p95_ms": round(p95(runs), 1),
            "status": 200,
        }
        for side, runs in pooled.items()
    }
