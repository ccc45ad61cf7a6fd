"""Facet counts: the total and every facet of a search in one statement, within a time budget.

Counts like simonwillisonblog's facets (over the filtered set, ordering cleared), shaped for a
big archive (docs/PERFORMANCE.md says why each part has its shape):
- all the facets and the total come from ONE statement: a materialised CTE of the filtered
  meetings, unnested per facet; each single-valued facet (year, city, body) is counted with
  every filter but its own ("any of");
- a search of up to ``EXACT_LIMIT`` meetings is counted exactly; a broader one on a
  pseudo-random sample of about ``SAMPLE_SIZE`` of its meetings (``sampled``: a range of
  hashint8(id), index ``meeting_sample``), and the counts are scaled and shown as estimates.
  The planner's estimate of the search's size sizes the sample;
- the statement runs within ``SEARCH_FACET_BUDGET_MS``; past it the search shows its results
  and total without facets (``FacetCounts.skipped``);
- the unfiltered archive's counts come from a fresh snapshot (archive.search.snapshots), and
  with ``SEARCH_FACET_CACHE_SECONDS`` each distinct search's counts are cached.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import OperationalError, connection, transaction
from django.db.models import QuerySet

from ..models import MEETING_SAMPLE_KEY, Meeting
from .filters import MeetingFilterSet
from .snapshots import fresh_snapshot

FACETS: dict[str, dict[str, str]] = {
    # name -> column and wording; "many" facets narrow (all of), "one" facets widen (any of)
    "country": {"column": "country_ids", "kind": "many", "label": "Country"},
    "topic": {"column": "topic_ids", "kind": "many", "label": "Topic"},
    # With countries chosen, people are counted from "scoped_column" ("<country id>.<person
    # id>" keys) as the representatives of those countries (MeetingFilterSet.people_scope).
    "participant": {
        "column": "participant_ids",
        "kind": "many",
        "label": "Person",
        "scoped_column": "delegate_keys",
    },
    "organization": {"column": "organization_ids", "kind": "many", "label": "Organization"},
    # An office or role held for a country: "interior-minister.<country id>", "chair.<id>".
    "office": {"column": "office_keys", "kind": "many", "label": "Office"},
    "role": {"column": "role_keys", "kind": "many", "label": "Role"},
    "body": {"column": "body_id", "kind": "one", "label": "Convening body"},
    "city": {"column": "city", "kind": "one", "label": "City"},
    "year": {"column": "year", "kind": "one", "label": "Year"},
}
FACET_FETCH = 50  # values fetched per facet; the page shows the top few and "more"
# Exact counts up to EXACT_LIMIT matching meetings; above it, estimates from a sample of about
# SAMPLE_SIZE (relative error ~ 1/sqrt(count in the sample): ±10 % for a value held by a tenth
# of the matches; estimates are shown to two significant digits).
EXACT_LIMIT = 1_500
SAMPLE_SIZE = 1_000
DEFAULT_BUDGET_MS = 1500  # when SEARCH_FACET_BUDGET_MS is not set
ALL_VALUES = 2**31 - 1  # ``fetch`` for "every value of each facet"

FacetRow = tuple[str, str, int]  # (facet, key, count)


@dataclass(frozen=True)
class FacetCounts:
    """A search's total and facet rows, and how they were counted."""

    total: int
    rows: list[FacetRow] = field(default_factory=list)
    skipped: bool = False  # the facets took longer than their budget: the total alone
    estimated: bool = False  # some facet counts are estimated from a sample
    count_estimated: bool = False  # and the total too
    sample_size: int = 0  # meetings in the sample, when the total was estimated


# --- Sampling and the time budget -----------------------------------------------------------


def estimated_rows(rows: QuerySet) -> int:
    """The planner's estimate of how many rows a query returns (EXPLAIN, not run)."""
    plan = json.loads(rows.order_by().explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


def fetch_within(budget_ms: int, sql: str, params) -> list[tuple]:
    """The statement's rows, or OperationalError (query_canceled) past ``budget_ms`` (0: the
    connection's own statement timeout)."""
    with transaction.atomic(), connection.cursor() as cursor:
        if budget_ms > 0:
            cursor.execute("SELECT set_config('statement_timeout', %s, true)", [f"{budget_ms}ms"])
        cursor.execute(sql, params)
        return cursor.fetchall()


def sample_fraction(estimate: float) -> float:
    """The share of a search's meetings to count: all of a small one, SAMPLE_SIZE of a big one."""
    return 1.0 if estimate <= EXACT_LIMIT else SAMPLE_SIZE / estimate


def sampled(meetings: QuerySet[Meeting], fraction: float) -> QuerySet[Meeting]:
    """``fraction`` of ``meetings``, the same ones every time (MEETING_SAMPLE_KEY)."""
    if fraction >= 1:
        return meetings
    bound = min(2**31 - 1, int(-(2**31) + fraction * 2**32))
    return meetings.alias(sample_key=MEETING_SAMPLE_KEY).filter(sample_key__lt=bound)


def scale(count: int, fraction: float) -> int:
    """A count in a sample as an estimate for the whole, to the two significant digits a
    sample can tell ("≈45,000"); exact counts (fraction 1) are returned as they are."""
    if fraction >= 1 or count == 0:
        return count
    estimate = count / fraction
    return max(1, round(round(estimate, 2 - len(str(int(estimate))))))


def chosen_keys(filterset: MeetingFilterSet) -> dict[str, list[str]]:
    """The chosen values of each facet, as facet keys (ids, cities, years) in text."""
    data = filterset.form.cleaned_data
    return {name: [str(getattr(v, "pk", v)) for v in (data.get(name) or [])] for name in FACETS}


# --- The statement --------------------------------------------------------------------------


def _single_valued_conditions(selected: dict[str, list[str]]) -> dict[str, tuple[str, list]]:
    """SQL conditions for the chosen years, cities and bodies, by facet."""
    conditions: dict[str, tuple[str, list]] = {}
    if selected["year"]:
        conditions["year"] = ("year = ANY(%s::int[])", [[int(y) for y in selected["year"]]])
    if selected["city"]:
        conditions["city"] = ("city = ANY(%s::text[])", [selected["city"]])
    if selected["body"]:
        conditions["body"] = ("body_id = ANY(%s::bigint[])", [[int(b) for b in selected["body"]]])
    return conditions


def _materialised(
    ctes: list[tuple[str, QuerySet[Meeting]]], extra: tuple[str, ...] = ()
) -> tuple[list[str], list]:
    """``name AS MATERIALIZED (…)`` for each queryset, reading the facet columns (and the
    ``extra`` ones) only."""
    columns = (
        "id",
        "year",
        "city",
        "body_id",
        *[FACETS[name]["column"] for name in MeetingFilterSet.MULTI_VALUED],
        *extra,
    )
    parts: list[str] = []
    params: list = []
    for name, queryset in ctes:
        sql, cte_params = queryset.order_by().values(*columns).query.sql_with_params()
        parts.append(f"{name} AS MATERIALIZED ({sql})")
        params += cte_params
    return parts, params


def facet_sql(
    narrow: QuerySet[Meeting],
    wide: QuerySet[Meeting] | None,
    selected: dict[str, list[str]],
    fetch: int | None = FACET_FETCH,
    scopes: dict[str, list[int]] | None = None,
) -> tuple[str, list]:
    """One statement for the total and every facet, over one or two materialised CTEs.

    ``narrow``: the meetings that pass every filter, for the total, the many-valued facets and
    the single-valued facets nobody chose from. ``wide`` (read only when a year, city or body
    is chosen): the meetings that pass every other filter, for those facets, each with the
    other single-valued filters applied. ``fetch``: values per facet (None: every value); a
    chosen value is always returned. ``scopes``: {facet: country ids} for a facet counted from
    its "scoped_column", keeping the keys of those countries only.
    """
    conditions = _single_valued_conditions(selected)
    scopes = {name: ids for name, ids in (scopes or {}).items() if ids}
    ctes = [("narrow", narrow)]
    if conditions:
        ctes.append(("wide", wide))
    scoped_columns = tuple(FACETS[name]["scoped_column"] for name in scopes)
    cte_sql, params = _materialised(ctes, scoped_columns)
    branches: list[str] = []
    for name in MeetingFilterSet.MULTI_VALUED:
        if name in scopes:
            # "<country id>.<key>": the part after the dot, for the chosen countries only.
            branches.append(
                f"SELECT '{name}' AS facet, split_part(k, '.', 2) AS key, count(*) AS n "
                f"FROM (SELECT unnest({FACETS[name]['scoped_column']}) AS k FROM narrow) AS keys "
                "WHERE split_part(k, '.', 1) = ANY(%s::text[]) GROUP BY 2"
            )
            params.append([str(pk) for pk in scopes[name]])
            continue
        # unnest() in the select list, not a LATERAL join: half the cost per meeting.
        branches.append(
            f"SELECT '{name}' AS facet, k::text AS key, count(*) AS n "
            f"FROM (SELECT unnest({FACETS[name]['column']}) AS k FROM narrow) AS keys "
            "GROUP BY k"
        )
    for name, column in (("year", "year"), ("city", "city"), ("body", "body_id")):
        tests = [f"{column} <> ''" if column == "city" else f"{column} IS NOT NULL"]
        source = "narrow"
        if name in conditions:
            source = "wide"
            for other, (condition, condition_params) in conditions.items():
                if other != name:
                    tests.append(condition)
                    params += condition_params
        branches.append(
            f"SELECT '{name}', {column}::text, count(*) FROM {source} "
            f"WHERE {' AND '.join(tests)} GROUP BY {column}"
        )
    branches.append("SELECT 'total', '', count(*) FROM narrow")
    chosen = [f"{name}:{key}" for name, keys in selected.items() for key in keys]
    sql = (
        f"WITH {', '.join(cte_sql)} "
        "SELECT facet, key, n FROM ("
        "  SELECT facet, key, n, row_number() OVER (PARTITION BY facet ORDER BY n DESC, key)"
        "  AS rn FROM (" + " UNION ALL ".join(branches) + ") AS counts"
        ") AS ranked WHERE rn <= %s OR (facet || ':' || key) = ANY(%s::text[])"
    )
    return sql, [*params, fetch if fetch is not None else ALL_VALUES, chosen]


# --- Counting a search ----------------------------------------------------------------------


class FacetCounter:
    """The total and facet counts of one search over ``meetings`` (the visible meetings that
    match its words), filtered by ``filterset``."""

    def __init__(self, filterset: MeetingFilterSet, meetings: QuerySet[Meeting], *, user: Any):
        self.filterset = filterset
        self.meetings = meetings
        self.user = user
        self.selected = chosen_keys(filterset)

    def counts(self) -> FacetCounts:
        """Exact, or estimated from a sample; cached per distinct search when
        ``SEARCH_FACET_CACHE_SECONDS`` is set (off by default; production sets e.g. 120):
        paging through a search or re-sorting it does not count again, and counts may lag an
        import by that many seconds."""
        seconds = getattr(settings, "SEARCH_FACET_CACHE_SECONDS", 0)
        if not seconds:
            return self._count()
        key = self._cache_key()
        cached = cache.get(key)
        if cached is not None:
            total, rows, (skipped, estimated, count_estimated, sample_size) = cached
            return FacetCounts(total, rows, skipped, estimated, count_estimated, sample_size)
        counts = self._count()
        flags = (counts.skipped, counts.estimated, counts.count_estimated, counts.sample_size)
        cache.set(key, (counts.total, counts.rows, flags), seconds)
        return counts

    def _cache_key(self) -> str:
        """The same for searches with the same words and filters, whatever their sort."""
        data = self.filterset.form.cleaned_data
        state = [
            (name, sorted(str(getattr(v, "pk", v)) for v in (value or [])))
            if isinstance(value, list | QuerySet)
            else (name, str(value or ""))
            for name, value in sorted(data.items())
            if name != "sort"
        ]
        digest = hashlib.sha256(repr(state).encode()).hexdigest()[:32]
        return f"archive:facets:{bool(getattr(self.user, 'is_staff', False))}:{digest}"

    def _count(self) -> FacetCounts:
        """The unfiltered archive from its snapshot; else exact counts for a search of up to
        EXACT_LIMIT meetings and sampled ones above.

        The planner's estimate of the search's size (EXPLAIN, a millisecond or two) sizes the
        sample, so one statement usually does. When the estimate was far too high the sample
        comes back thin, and its own count sizes a second one.
        """
        if self._unfiltered():
            snapshot = fresh_snapshot(self.user)
            if snapshot is not None:
                return FacetCounts(snapshot.total, [tuple(row) for row in snapshot.rows])
        chosen = [name for name in MeetingFilterSet.SINGLE_VALUED if self.selected[name]]
        narrow = sample_fraction(estimated_rows(self._narrow()))
        wide = sample_fraction(estimated_rows(self._wide())) if chosen else 1.0
        counts = self.raw_counts(narrow=narrow, wide=wide)
        if narrow < 1 and counts.total < SAMPLE_SIZE // 3 and not counts.skipped:
            narrow = sample_fraction(counts.total / narrow)
            counts = self.raw_counts(narrow=narrow, wide=wide)
        if counts.skipped:
            return counts
        rows = [
            (facet, key, scale(n, wide if facet in chosen else narrow))
            for facet, key, n in counts.rows
        ]
        return FacetCounts(
            total=scale(counts.total, narrow),
            rows=rows,
            estimated=narrow < 1 or wide < 1,
            count_estimated=narrow < 1,
            sample_size=counts.total if narrow < 1 else 0,
        )

    def raw_counts(
        self,
        *,
        narrow: float = 1.0,
        wide: float = 1.0,
        budget_ms: int | None = None,
        fetch: int | None = FACET_FETCH,
    ) -> FacetCounts:
        """The facet statement's counts of the sampled fractions, unscaled, within a time
        budget (None: SEARCH_FACET_BUDGET_MS; 0: the connection's own). A search so broad that
        its counts take longer gets its total alone (``skipped``)."""
        sql, params = self._facet_sql(narrow=narrow, wide=wide, fetch=fetch)
        budget = budget_ms
        if budget is None:
            budget = int(getattr(settings, "SEARCH_FACET_BUDGET_MS", DEFAULT_BUDGET_MS))
        try:
            rows = fetch_within(budget, sql, params)
        except OperationalError:  # statement_timeout: query_canceled
            total, estimated = self._total_within(budget)
            return FacetCounts(total, skipped=True, count_estimated=estimated)
        total = next((n for facet, _, n in rows if facet == "total"), 0)
        return FacetCounts(total, [(f, k, n) for f, k, n in rows if f != "total"])

    def _total_within(self, budget: int) -> tuple[int, bool]:
        """(total, estimated): the exact total when it can be counted within the budget, else
        the planner's estimate. Counting reads every match, the facet statement only a sample,
        so after that timed out the count often would too; an unbounded count could run into
        the server's statement timeout (a 500)."""
        narrowed = self._narrow().order_by()
        sql, params = narrowed.values("pk").query.sql_with_params()
        try:
            found = fetch_within(budget, f"SELECT count(*) FROM ({sql}) AS matches", params)
            return found[0][0], False
        except OperationalError:
            return estimated_rows(narrowed), True

    def _facet_sql(self, *, narrow: float, wide: float, fetch: int | None) -> tuple[str, list]:
        """The facet statement over ``narrow`` and ``wide`` fractions (1: all) of the search."""
        wide_meetings = sampled(self._wide(), wide) if self._chooses_single_valued else None
        scopes = {"participant": self.filterset.people_scope}
        return facet_sql(
            sampled(self._narrow(), narrow), wide_meetings, self.selected, fetch, scopes
        )

    @property
    def _chooses_single_valued(self) -> bool:
        return any(self.selected[name] for name in MeetingFilterSet.SINGLE_VALUED)

    def _unfiltered(self) -> bool:
        data = self.filterset.form.cleaned_data
        return not any(
            value for name, value in data.items() if name not in MeetingFilterSet.SWITCHES
        )

    def _narrow(self) -> QuerySet[Meeting]:
        """Meetings that pass every filter: the total, and the facets counted on it."""
        return self.filterset.filter_queryset_except(self.meetings)

    def _wide(self) -> QuerySet[Meeting]:
        """Meetings that pass every filter but year, city and body: a chosen one of those is
        counted without its own filter ("any of")."""
        return self.filterset.filter_queryset_except(
            self.meetings, skip=MeetingFilterSet.SINGLE_VALUED
        )
