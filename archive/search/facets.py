"""Facet counts: the exact total and every facet of a search.

Counts like simonwillisonblog's facets (over the filtered set, ordering cleared), shaped for a
big archive (docs/PERFORMANCE.md says why each part has its shape):
- ``FacetCounter.counts`` counts every search exactly from this process's facet index
  (archive.search.facet_index): numpy arrays of every meeting's facet keys, kept in step with
  the database through its change log. The words of a search, and any filter the index does not
  hold (dates), come from PostgreSQL as a set of ids; the facet filters and visibility are
  applied in memory. Each single-valued facet (year, city, body) is counted with every filter
  but its own ("any of").
- ``FacetCounter.sql_counts`` counts the same in one SQL statement (a materialised CTE of the
  filtered meetings, unnested per facet): the plain-SQL reference the index is checked
  against, and what the precomputed snapshots of the unfiltered archive are counted with.

Every facet in ``FACETS`` is indexed and counted: a new facet is a new column on Meeting and a
line here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction
from django.db.models import QuerySet

from ..models import Meeting
from .facet_index import facet_index
from .filters import MeetingFilterSet

FACETS: dict[str, dict[str, Any]] = {
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
    # With countries chosen, offices and roles are counted from the keys held for those
    # countries only ("scoped_by_key": the country id ends the key), like the Person facet's
    # people.
    "office": {"column": "office_keys", "kind": "many", "label": "Office", "scoped_by_key": True},
    "role": {"column": "role_keys", "kind": "many", "label": "Role", "scoped_by_key": True},
    "body": {"column": "body_id", "kind": "one", "label": "Convening body"},
    "city": {"column": "city", "kind": "one", "label": "City"},
    "year": {"column": "year", "kind": "one", "label": "Year"},
}
# The facets narrowed to the chosen countries while MeetingFilterSet.people_scope is on.
SCOPED = tuple(
    name for name, spec in FACETS.items() if spec.get("scoped_column") or spec.get("scoped_by_key")
)
FACET_FETCH = 50  # values fetched per facet; the page shows the top few and "more"
ALL_VALUES = 2**31 - 1  # ``fetch`` for "every value of each facet"

FacetRow = tuple[str, str, int]  # (facet, key, count)


@dataclass(frozen=True)
class FacetCounts:
    """A search's exact total and facet rows."""

    total: int
    rows: list[FacetRow] = field(default_factory=list)


def fetch_all(sql: str, params) -> list[tuple]:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


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
    scopes: dict[str, tuple[int, ...]] | None = None,
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
    scoped_columns = tuple(
        FACETS[name]["scoped_column"] for name in scopes if FACETS[name].get("scoped_column")
    )
    cte_sql, params = _materialised(ctes, scoped_columns)
    branches: list[str] = []
    for name in MeetingFilterSet.MULTI_VALUED:
        if name in scopes and FACETS[name].get("scoped_by_key"):
            # "<office>.<country id>": the keys whose country is one of the chosen ones.
            branches.append(
                f"SELECT '{name}' AS facet, k::text AS key, count(*) AS n "
                f"FROM (SELECT unnest({FACETS[name]['column']}) AS k FROM narrow) AS keys "
                "WHERE split_part(k, '.', 2) = ANY(%s::text[]) GROUP BY k"
            )
            params.append([str(pk) for pk in scopes[name]])
            continue
        if name in scopes:
            # "<country id>.<key>": the part after the dot, for the chosen countries only.
            branches.append(
                f"SELECT '{name}' AS facet, split_part(k, '.', 2) AS key, count(DISTINCT id) AS n "
                f"FROM (SELECT id, unnest({FACETS[name]['scoped_column']}) AS k FROM narrow) "
                "AS keys "
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
    """The total and facet counts of one search, filtered by ``filterset``: over ``meetings``
    (the visible meetings that match its words) in SQL, or from the facet index over the
    meetings ``user`` may see that are in ``words`` (the meetings matching the search's words,
    whatever their status; None: no words). ``text`` and ``similar`` (ids of people whose
    meetings the words also find) let the index answer ``words`` from its word bitmaps."""

    def __init__(
        self,
        filterset: MeetingFilterSet,
        meetings: QuerySet[Meeting],
        *,
        user: Any,
        words: QuerySet[Meeting] | None = None,
        text: str | None = None,
        similar: tuple[int, ...] = (),
    ):
        self.filterset = filterset
        self.meetings = meetings
        self.words = words
        self.text = text if words is not None else None
        self.similar = similar
        self.user = user
        self.selected = chosen_keys(filterset)

    def counts(self, fetch: int | None = FACET_FETCH) -> FacetCounts:
        """Exact counts from the facet index (``fetch`` values per facet; None: all). A search
        counted again before any meeting changed (paging, re-sorting) is not counted anew."""
        index = facet_index()
        others = self._others()
        outside = self._outside_index(others)
        only_words = self.text is not None and not others
        words = None
        if outside is not None:
            sql, params = outside.order_by().values("pk").query.sql_with_params()
            words = (sql, repr(params))
        staff = bool(getattr(self.user, "is_staff", False))
        selected = tuple((name, tuple(keys)) for name, keys in self.selected.items())
        scopes = self._scopes()
        # A kind of body is the bodies of that kind, "any of" them, as the Body facet holds
        # them: a kind's meetings are a large share of the archive, too many to fetch as ids.
        bodies = self.filterset.bodies_of_chosen_type()
        kind = tuple(bodies) if bodies is not None else None
        # "Only these countries": the chosen countries and no other, counted in the index too.
        exact = self.filterset.exact_countries and self.selected.get("country")
        key = (staff, words, selected, fetch, tuple(sorted(scopes.items())), kind, bool(exact))

        def count() -> tuple[int, list[FacetRow]]:
            chosen = index.visible(self.user)
            if bodies is not None:
                chosen &= index.holding_any("body", bodies)
            if exact:
                chosen &= index.holding_exactly("country", self.selected["country"])
            if outside is not None:
                matched = self._word_bitmaps_match(index) if only_words else None
                chosen &= matched if matched is not None else index.text_match(outside)
            return index.count(chosen, self.selected, fetch, scopes)

        with index.lock:
            total, rows = index.kept_counts(key, count)
        return FacetCounts(total, list(rows))

    def _scopes(self) -> dict[str, tuple[int, ...]]:
        """{facet: country ids} for the facets narrowed to the chosen countries (``SCOPED``)."""
        countries = tuple(self.filterset.people_scope)
        return dict.fromkeys(SCOPED, countries) if countries else {}

    def _word_bitmaps_match(self, index) -> Any:
        """The mask of the meetings the words find, from the index's word bitmaps (with the
        meetings of the similar people), or None when the bitmaps cannot answer them."""
        matched = index.word_match(self.text)
        if matched is not None:
            for person in self.similar:
                matched |= index.holding("participant", person)
        return matched

    _IN_INDEX = (*FACETS, "q", "body_type", *MeetingFilterSet.SWITCHES)

    def _others(self) -> list[str]:
        """The chosen filters the index does not hold (dates)."""
        data = self.filterset.form.cleaned_data
        return [name for name, value in data.items() if value and name not in self._IN_INDEX]

    def _outside_index(self, others: list[str]) -> QuerySet[Meeting] | None:
        """The meetings that pass the words and the filters the index does not hold
        (``others``; their ids come from PostgreSQL), or None when there are none."""
        if self.words is None and not others:
            return None
        meetings = self.words if self.words is not None else Meeting.objects.all()
        return self.filterset.filter_queryset_except(meetings, skip=self._IN_INDEX)

    def sql_counts(self, fetch: int | None = FACET_FETCH) -> FacetCounts:
        """The same counts from one SQL statement over the meetings themselves."""
        wide = self._wide() if self._chooses_single_valued else None
        sql, params = facet_sql(self._narrow(), wide, self.selected, fetch, self._scopes())
        rows = fetch_all(sql, params)
        total = next((n for facet, _, n in rows if facet == "total"), 0)
        return FacetCounts(total, [(f, k, n) for f, k, n in rows if f != "total"])

    @property
    def _chooses_single_valued(self) -> bool:
        return any(self.selected[name] for name in MeetingFilterSet.SINGLE_VALUED)

    def _narrow(self) -> QuerySet[Meeting]:
        """Meetings that pass every filter: the total, and the facets counted on it."""
        return self.filterset.filter_queryset_except(self.meetings)

    def _wide(self) -> QuerySet[Meeting]:
        """Meetings that pass every filter but year, city and body: a chosen one of those is
        counted without its own filter ("any of")."""
        return self.filterset.filter_queryset_except(
            self.meetings, skip=MeetingFilterSet.SINGLE_VALUED
        )
