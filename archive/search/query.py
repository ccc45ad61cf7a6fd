"""Full-text search, facet counts, snippets and query-string helpers.

Shaped after djangoproject.com's docs search (one persisted, weighted tsvector with a literal
config; websearch queries; headlines with the *same* config) and simonwillisonblog's facets
(counts over the filtered set with ordering cleared, links that always drop ``page``).

Scale (issue 5: 1,000,000 meetings):
- filters are array containment on the facet-key int[] columns (GIN) and plain columns;
- all seven facets and the total count come from ONE query: a materialised CTE of the
  filtered meetings, unnested per facet, each single-valued facet (year, city, body) counted
  with every filter but its own;
- that query costs about 10 µs per meeting counted (EXPLAIN ANALYZE: unnesting four int[]
  columns), so a broad search (a common word matches 80 % of the archive) is counted on a
  pseudo-random sample of about ``SAMPLE_SIZE`` of its meetings (``Meeting`` index
  ``meeting_sample``: a range of hashint8(id), ANDed with the other filters' bitmaps) and the
  counts are scaled and shown as estimates — Elasticsearch's "sampler" idea. Searches of up to
  ``EXACT_LIMIT`` meetings are counted exactly. The planner's row estimate sizes the sample;
- the meeting row is kept narrow (``toast_tuple_target``; the report text and its vector
  live in TOAST), so reading a sample's facet columns touches few pages;
- the unfiltered browse's facets may be cached (``SEARCH_FACET_CACHE_SECONDS``);
- headlines are computed for the shown page only, in a second query over its ids;
- labels for all ids on the page come from one query per entity type.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.core.cache import cache
from django.db import OperationalError, connection, transaction
from django.db.models import F, Q, QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .filters import MeetingFilterSet
from .models import (
    MEETING_SAMPLE_KEY,
    Attendance,
    Country,
    EntitySnapshot,
    FacetSnapshot,
    Meeting,
    Organization,
    Participant,
    ParticipantNameVariant,
    Topic,
    normalize_name,
)

SEARCH_CONFIG = "english"  # must match the literal config of Meeting.search_vector
PER_PAGE = 20
FACET_FETCH = 50  # values fetched per facet; the page shows the top few and "more"
FACET_SHOWN = 8
# Ranking reads (de-TOASTs) every match's vector, ~20-40 µs each: 22,000 matches took 0.9 s
# at 78,000 meetings. Above this many matches the page is ordered newest first instead and
# says so (DESIGN.md: "smarter ranking of huge match sets").
RANK_LIMIT = 1_500
# Facet counts: exact up to EXACT_LIMIT matching meetings, above it estimated from a sample of
# about SAMPLE_SIZE (relative error ~ 1/sqrt(count in the sample): ±10 % for a value held by a
# tenth of the matches; counts are shown to two significant digits). Reading and counting a
# meeting costs 10-20 µs (more for a phrase, whose matches are re-checked), so the facet
# statement stays within ~20-40 ms whatever the archive's size.
EXACT_LIMIT = 1_500
SAMPLE_SIZE = 1_000

# Sentinels for ts_headline: report text is untrusted, so the headline is escaped first and
# only then are these (private-use characters) swapped for <mark> tags.
MARK_START, MARK_STOP = "\ue000", "\ue001"
_MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_STOP}]*){MARK_STOP}")

FACETS: dict[str, dict[str, str]] = {
    # name -> column and wording; "many" facets narrow (all of), "one" facets widen (any of)
    "country": {"column": "country_ids", "kind": "many", "label": "Country"},
    "topic": {"column": "topic_ids", "kind": "many", "label": "Topic"},
    "participant": {"column": "participant_ids", "kind": "many", "label": "Person"},
    "organization": {"column": "organization_ids", "kind": "many", "label": "Organization"},
    "body": {"column": "body_id", "kind": "one", "label": "Convening body"},
    "city": {"column": "city", "kind": "one", "label": "City"},
    "year": {"column": "year", "kind": "one", "label": "Year"},
}

_NAME_LIKE = re.compile(r"[^\W\d_][\w.'’ -]{2,80}")


def estimated_rows(rows: QuerySet) -> int:
    """The planner's estimate of how many rows a query returns (EXPLAIN, not run)."""
    plan = json.loads(rows.order_by().explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


def _fetch_within(budget_ms: int, sql: str, params) -> list[tuple]:
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


def visible_meetings(user: Any = None) -> QuerySet[Meeting]:
    """Published meetings for readers; staff also see drafts and meetings under review."""
    meetings = Meeting.objects.all()
    if user is not None and getattr(user, "is_staff", False):
        return meetings
    return meetings.filter(status=Meeting.Status.PUBLISHED)


def search_query(text: str) -> SearchQuery:
    """Web-search syntax ("quotes", OR, -word); websearch_to_tsquery never raises."""
    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


def similar_people(text: str, *, limit: int = 10) -> list[Participant]:
    """People whose recorded spellings look like ``text``: "Kolokoltzev" → Kolokoltsev,
    "Erjan Sadenov" → Yerzhan Sadenov (transliteration keys, then trigram word similarity)."""
    from .resolver import name_keys

    text = text.strip()
    if not _NAME_LIKE.fullmatch(text) or len(text.split()) > 4:
        return []
    normalized = normalize_name(text)
    full, short = name_keys(text)
    if len(normalized) < 4 or not full:
        return []
    condition = (
        Q(normalized__trigram_word_similar=normalized) | Q(match_key=full) | Q(short_key=short)
    )
    if " " not in full:
        condition |= Q(last_key=full)  # a surname alone, in any transliteration
    with transaction.atomic(), connection.cursor() as cursor:
        # The planner prices the trigram operator like an equality and, over a few thousand
        # names, scans them all computing word_similarity (~20 ms at 4,000 variants); the
        # trigram and key indexes answer in ~1 ms. For this statement only:
        cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
        variants = list(
            ParticipantNameVariant.objects.filter(condition)
            .annotate(similarity=TrigramWordSimilarity(normalized, "normalized"))
            .order_by("-similarity", "participant_id")
            .values_list("participant_id", flat=True)[: limit * 3]
        )
    ids = list(dict.fromkeys(variants))[:limit]
    people = Participant.objects.in_bulk(ids)
    return [people[i] for i in ids if i in people]


def spelling_suggestions(text: str, *, limit: int = 5) -> list[Participant]:
    """For an empty result: people whose names are only loosely like ``text`` (a lower
    trigram threshold than ``similar_people``, which already widened the search)."""
    text = text.strip()
    if not _NAME_LIKE.fullmatch(text) or len(text.split()) > 4:
        return []
    normalized = normalize_name(text)
    if len(normalized) < 4:
        return []
    with transaction.atomic(), connection.cursor() as cursor:
        # SET LOCAL-style: the looser threshold lasts until the end of this transaction only,
        # and the %> operator keeps using the trigram index.
        cursor.execute("SELECT set_config('pg_trgm.word_similarity_threshold', '0.35', true)")
        ids = list(
            ParticipantNameVariant.objects.filter(normalized__trigram_word_similar=normalized)
            .annotate(similarity=TrigramWordSimilarity(normalized, "normalized"))
            .order_by("-similarity", "participant_id")
            .values_list("participant_id", flat=True)[: limit * 3]
        )
    ids = list(dict.fromkeys(ids))[:limit]
    people = Participant.objects.in_bulk(ids)
    return [people[i] for i in ids if i in people]


def highlight(text: str | None) -> SafeString:
    """Escape a headline, then turn its sentinels into <mark> tags."""
    escaped = escape(text or "")
    marked = _MARKED.sub(r"<mark>\1</mark>", escaped)
    # Only balanced pairs become tags; a stray sentinel from the report text is dropped.
    marked = marked.replace(MARK_START, "").replace(MARK_STOP, "")
    return mark_safe(marked)  # noqa: S308 - escaped above; only our own tags are added


# --- Query-string helpers (facet links always drop ``page``) --------------------------------


def query_items(
    params: QueryDict, *, drop: tuple[str, ...] = (), keep_page: bool = False
) -> list[tuple[str, str]]:
    """The current parameters as (name, value) pairs, empty values left out."""
    return [
        (k, v)
        for k in params
        for v in params.getlist(k)
        if v != "" and (keep_page or k != "page") and k not in drop
    ]


def url_from(
    items: list[tuple[str, str]],
    *,
    add: tuple[str, str] | None = None,
    remove: tuple[str, str] | None = None,
) -> str:
    """``?…`` for ``items`` with one pair added or removed."""
    if remove is not None:
        items = [item for item in items if item != remove]
    if add is not None and add not in items:
        items = [*items, add]
    return "?" + urlencode(items) if items else "?"


def url_with(
    params: QueryDict,
    *,
    add: tuple[str, str] | None = None,
    remove: tuple[str, str] | None = None,
    drop: tuple[str, ...] = (),
    keep_page: bool = False,
) -> str:
    """``?…`` for the current parameters with one value added or removed."""
    return url_from(query_items(params, drop=drop, keep_page=keep_page), add=add, remove=remove)


def page_url(params: QueryDict, page: int) -> str:
    return url_from(query_items(params), add=("page", str(page)) if page > 1 else None)


# --- The search ---------------------------------------------------------------------------


@dataclass
class FacetValue:
    value: str  # as it appears in the URL: ISO code, slug, city, year
    label: str
    count: int
    selected: bool = False
    url: str = ""


@dataclass
class Facet:
    name: str
    label: str
    kind: str  # "many" (all of) or "one" (any of)
    values: list[FacetValue] = field(default_factory=list)

    @property
    def top(self) -> list[FacetValue]:
        return self.values[:FACET_SHOWN]

    @property
    def more(self) -> list[FacetValue]:
        return self.values[FACET_SHOWN:]


@dataclass
class Chip:
    name: str
    label: str
    value: str
    remove_url: str


@dataclass
class SearchResult:
    count: int
    page: int
    per_page: int
    meetings: list[Meeting]
    facets: dict[str, Facet]
    chips: list[Chip]
    query: str
    sort: str
    similar: list[Participant]
    facets_skipped: bool = False
    rank_skipped: bool = False
    estimated: bool = False
    count_estimated: bool = False
    sample_size: int = 0

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def start_index(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.count else 0

    @property
    def end_index(self) -> int:
        return min(self.count, self.page * self.per_page)


class PageOutOfRange(Exception):
    pass


class MeetingSearch:
    """One search over visible meetings, driven by a validated MeetingFilterSet."""

    def __init__(self, filterset: MeetingFilterSet, *, user: Any = None) -> None:
        assert filterset.is_bound and not filterset.errors, "validate the FilterSet first"
        self.filterset = filterset
        self.user = user
        self.text = filterset.query_text
        self.query = search_query(self.text) if self.text else None
        self.similar = similar_people(self.text) if self.text else []
        self.base = self._text_filtered(visible_meetings(user))
        self.facets_skipped = False
        self.rank_skipped = False
        self.estimated = False  # some facet counts estimated from a sample
        self.count_estimated = False  # and the total too
        self.sample_size = 0
        self.total: int | None = None
        self._chosen: dict[str, list[str]] | None = None

    def _text_filtered(self, meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
        if self.query is None:
            return meetings
        condition = Q(search_vector=self.query)
        if self.similar:
            condition |= Q(participant_ids__overlap=[p.pk for p in self.similar])
        return meetings.filter(condition)

    @property
    def sort(self) -> str:
        sort = self.filterset.sort_order
        return "newest" if sort == "relevance" and self.query is None else sort

    def queryset(self) -> QuerySet[Meeting]:
        """Every matching meeting, in the chosen order (for pages, CSV and feeds)."""
        meetings = self.filterset.filter_queryset_except(self.base)
        if self.sort == "oldest":
            return meetings.order_by(F("date_start").asc(nulls_last=True), "pk")
        if self.sort == "relevance" and self.total is not None and self.total > RANK_LIMIT:
            self.rank_skipped = True
        elif self.sort == "relevance":
            return meetings.annotate(rank=SearchRank(F("search_vector"), self.query)).order_by(
                "-rank", F("date_start").desc(nulls_last=True), "-pk"
            )
        return meetings.order_by(F("date_start").desc(nulls_last=True), "-pk")

    # --- facets ---------------------------------------------------------------------------

    def _selected(self) -> dict[str, list[str]]:
        """The chosen values of each facet, as facet keys (ids, cities, years) in text."""
        if self._chosen is None:
            data = self.filterset.form.cleaned_data
            self._chosen = {
                name: [str(getattr(v, "pk", v)) for v in (data.get(name) or [])] for name in FACETS
            }
        return self._chosen

    def facet_rows(self) -> tuple[int, list[tuple[str, str, int]]]:
        """(total, [(facet, key, count)]): exact, or estimated from a sample (see the module
        docstring); ``self.estimated`` says which.

        With ``SEARCH_FACET_CACHE_SECONDS`` set (off by default; production sets e.g. 120)
        the counts of each distinct search are cached: paging through a search or re-sorting
        it does not count again. Counts may lag an import by that many seconds.
        """
        seconds = getattr(settings, "SEARCH_FACET_CACHE_SECONDS", 0)
        if not seconds:
            return self._counts()
        data = self.filterset.form.cleaned_data
        state = [
            (name, sorted(str(getattr(v, "pk", v)) for v in (value or [])))
            if isinstance(value, list | QuerySet)
            else (name, str(value or ""))
            for name, value in sorted(data.items())
            if name != "sort"
        ]
        digest = hashlib.sha256(repr(state).encode()).hexdigest()[:32]
        key = f"archive:facets:{bool(getattr(self.user, 'is_staff', False))}:{digest}"
        cached = cache.get(key)
        if cached is not None:
            total, rows, flags = cached
            self.facets_skipped, self.estimated, self.count_estimated, self.sample_size = flags
            return total, rows
        total, rows = self._counts()
        flags = (self.facets_skipped, self.estimated, self.count_estimated, self.sample_size)
        cache.set(key, (total, rows, flags), seconds)
        return total, rows

    def _counts(self) -> tuple[int, list[tuple[str, str, int]]]:
        """Exact counts for a search of up to EXACT_LIMIT meetings, sampled ones above.

        The planner's estimate of the search's size (EXPLAIN, a millisecond or two; within
        a factor of 1.5 on the benchmark's mix) sizes the sample, so one statement usually
        does. When the estimate was far too high the sample comes back thin, and its own
        count sizes a second one.
        """
        if self._unfiltered():
            snapshot = fresh_snapshot(self.user)
            if snapshot is not None:
                return snapshot.total, [tuple(row) for row in snapshot.rows]
        chosen = [n for n in MeetingFilterSet.SINGLE_VALUED if self._selected()[n]]
        narrow = sample_fraction(estimated_rows(self._narrow()))
        wide = sample_fraction(estimated_rows(self._wide())) if chosen else 1.0
        total, rows = self._facet_query(narrow=narrow, wide=wide)
        if narrow < 1 and total < SAMPLE_SIZE // 3 and not self.facets_skipped:
            narrow = sample_fraction(total / narrow)
            total, rows = self._facet_query(narrow=narrow, wide=wide)
        if self.facets_skipped:
            return total, rows
        self.estimated = narrow < 1 or wide < 1
        self.count_estimated = narrow < 1
        self.sample_size = total if narrow < 1 else 0
        scaled = [(f, k, scale(n, wide if f in chosen else narrow)) for f, k, n in rows]
        return scale(total, narrow), scaled

    def _unfiltered(self) -> bool:
        data = self.filterset.form.cleaned_data
        return not any(value for name, value in data.items() if name != "sort")

    def _narrow(self) -> QuerySet[Meeting]:
        """Meetings that pass every filter: the total, and the facets counted on it."""
        return self.filterset.filter_queryset_except(self.base)

    def _wide(self) -> QuerySet[Meeting]:
        """Meetings that pass every filter but year, city and body: a chosen one of those is
        counted without its own filter ("any of")."""
        return self.filterset.filter_queryset_except(self.base, skip=MeetingFilterSet.SINGLE_VALUED)

    def _facet_query(
        self,
        *,
        narrow: float = 1.0,
        wide: float = 1.0,
        budget_ms: int | None = None,
        fetch: int | None = FACET_FETCH,
    ) -> tuple[int, list[tuple[str, str, int]]]:
        """Run the facet statement within a time budget; a search so broad that its counts
        would take longer gets its total alone (DESIGN.md: "a time budget per facet")."""
        sql, params = self._facet_sql(narrow=narrow, wide=wide, fetch=fetch)
        budget = budget_ms
        if budget is None:
            budget = int(getattr(settings, "SEARCH_FACET_BUDGET_MS", 1500))
        try:
            rows = _fetch_within(budget, sql, params)
        except OperationalError:  # statement_timeout: query_canceled
            self.facets_skipped = True
            return self._total_within(budget), []
        total = next((n for facet, _, n in rows if facet == "total"), 0)
        return total, [(f, k, n) for f, k, n in rows if f != "total"]

    def _total_within(self, budget: int) -> int:
        """The exact total when it can be counted within the budget, else the planner's
        estimate (``count_estimated``). Counting reads every match, the facet statement only a
        sample, so after that timed out the count often would too: at 1,000,000 meetings a
        phrase's 46,000 candidates are rechecked against their de-TOASTed vectors, and under
        20 clients the unbounded count ran into the server's 10 s statement timeout (a 500)."""
        narrowed = self._narrow().order_by()
        sql, params = narrowed.values("pk").query.sql_with_params()
        try:
            return _fetch_within(budget, f"SELECT count(*) FROM ({sql}) AS matches", params)[0][0]
        except OperationalError:
            self.count_estimated = True
            return estimated_rows(narrowed)

    def _facet_sql(
        self, *, narrow: float = 1.0, wide: float = 1.0, fetch: int | None = FACET_FETCH
    ) -> tuple[str, list]:
        """One statement for the total and every facet, over one or two sampled CTEs.

        ``narrow``: the meetings that pass every filter, for the total, the many-valued
        facets and the single-valued facets nobody chose from. ``wide`` (only when a year,
        city or body is chosen): the meetings that pass every other filter, for those facets,
        each with the other single-valued filters applied. Each is read at its own sample
        fraction; 1 reads all of it. ``fetch``: values per facet (None: every value).
        """
        selected = self._selected()
        conditions: dict[str, tuple[str, list]] = {}
        if selected["year"]:
            conditions["year"] = ("year = ANY(%s::int[])", [[int(y) for y in selected["year"]]])
        if selected["city"]:
            conditions["city"] = ("city = ANY(%s::text[])", [selected["city"]])
        if selected["body"]:
            conditions["body"] = (
                "body_id = ANY(%s::bigint[])",
                [[int(b) for b in selected["body"]]],
            )
        columns = (
            "id",
            "year",
            "city",
            "body_id",
            *[FACETS[n]["column"] for n in MeetingFilterSet.MULTI_VALUED],
        )
        ctes = [("narrow", sampled(self._narrow(), narrow))]
        if conditions:
            ctes.append(("wide", sampled(self._wide(), wide)))
        cte_sql: list[str] = []
        params: list = []
        for name, queryset in ctes:
            sql, p = queryset.order_by().values(*columns).query.sql_with_params()
            cte_sql.append(f"{name} AS MATERIALIZED ({sql})")
            params += p

        branches: list[str] = []
        for name in MeetingFilterSet.MULTI_VALUED:
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
                for other, (sql, p) in conditions.items():
                    if other != name:
                        tests.append(sql)
                        params += p
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
        return sql, [*params, fetch if fetch is not None else 2**31 - 1, chosen]

    # --- the page -------------------------------------------------------------------------

    def page_ids(self, page: int, per_page: int) -> list[int]:
        offset = (page - 1) * per_page
        return list(self.queryset().values_list("pk", flat=True)[offset : offset + per_page])

    def page_meetings(self, ids: list[int]) -> list[Meeting]:
        """The shown meetings with their snippets (ts_headline runs on these rows only)."""
        if not ids:
            return []
        meetings = Meeting.objects.filter(pk__in=ids).defer("search_text", "search_names")
        if self.query is not None:
            meetings = meetings.annotate(
                headline=SearchHeadline(
                    "search_text",
                    self.query,
                    config=SEARCH_CONFIG,
                    start_sel=MARK_START,
                    stop_sel=MARK_STOP,
                    max_fragments=2,
                    max_words=28,
                    min_words=12,
                    fragment_delimiter=" … ",
                )
            )
        by_id = {m.pk: m for m in meetings}
        return [by_id[i] for i in ids if i in by_id]

    def run(
        self, *, page: int = 1, per_page: int = PER_PAGE, params: QueryDict | None = None
    ) -> SearchResult:
        params = params if params is not None else QueryDict()
        total, rows = self.facet_rows()
        self.total = total
        if page > 1 and not self.count_estimated and (page - 1) * per_page >= total:
            raise PageOutOfRange(f"There is no page {page}: the search has {total} results.")
        ids = self.page_ids(page, per_page)
        if page > 1 and not ids:  # past the end of an estimated total
            raise PageOutOfRange(f"There is no page {page}: the search has fewer results.")
        meetings = self.page_meetings(ids)
        labels = Labels.for_ids(rows, meetings, self._selected())
        for meeting in meetings:
            meeting.snippet = (
                highlight(meeting.headline) if getattr(meeting, "headline", None) else None
            )
            meeting.country_list = labels.list("country", meeting.country_ids)
            meeting.topic_list = labels.list("topic", meeting.topic_ids)
            meeting.body_label = labels.get("body", meeting.body_id)
        facets = self._facets(rows, labels, params)
        chips = self._chips(labels, params)
        return SearchResult(
            count=total,
            page=page,
            per_page=per_page,
            meetings=meetings,
            facets=facets,
            chips=chips,
            query=self.text,
            sort=self.sort,
            similar=self.similar,
            facets_skipped=self.facets_skipped,
            rank_skipped=self.rank_skipped,
            estimated=self.estimated,
            count_estimated=self.count_estimated,
            sample_size=self.sample_size,
        )

    def _facets(self, rows, labels: Labels, params: QueryDict) -> dict[str, Facet]:
        selected = self._selected()
        facets = {
            name: Facet(name=name, label=spec["label"], kind=spec["kind"])
            for name, spec in FACETS.items()
        }
        current = query_items(params)  # read once for the ~200 values' links
        for name, key, count in rows:
            entry = labels.entry(name, key)
            if entry is None:
                continue
            value, label = entry
            is_selected = key in selected[name]
            url = url_from(
                current,
                remove=(name, value) if is_selected else None,
                add=None if is_selected else (name, value),
            )
            facets[name].values.append(FacetValue(value, label, count, is_selected, url))
        for facet in facets.values():
            facet.values.sort(key=lambda v: (not v.selected, -v.count, v.label))
        facets["year"].values.sort(key=lambda v: v.value, reverse=True)  # a time line
        return facets

    def _chips(self, labels: Labels, params: QueryDict) -> list[Chip]:
        chips: list[Chip] = []
        if self.text:
            chips.append(Chip("q", "Words", self.text, url_with(params, drop=("q", "sort"))))
        selected = self._selected()
        for name, spec in FACETS.items():
            for key in selected[name]:
                entry = labels.entry(name, key)
                if entry is None:
                    continue
                value, label = entry
                chips.append(
                    Chip(name, spec["label"], label, url_with(params, remove=(name, value)))
                )
        data = self.filterset.form.cleaned_data
        for name, label in (("date_from", "From"), ("date_to", "To")):
            if data.get(name):
                chips.append(
                    Chip(name, label, data[name].isoformat(), url_with(params, drop=(name,)))
                )
        return chips


def refresh_facet_snapshots() -> list[FacetSnapshot]:
    """Count the unfiltered archive exactly, for readers and for staff, and store the counts
    (models.FacetSnapshot). No time budget: this runs from a command, not a request."""
    from types import SimpleNamespace

    snapshots = []
    for audience, user in (
        (FacetSnapshot.Audience.PUBLIC, None),
        (FacetSnapshot.Audience.STAFF, SimpleNamespace(is_staff=True)),
    ):
        filterset = MeetingFilterSet(QueryDict(), queryset=Meeting.objects.none())
        assert filterset.is_valid()
        search = MeetingSearch(filterset, user=user)
        total, rows = search._facet_query(budget_ms=0, fetch=None)
        counts: dict[str, dict[str, int]] = defaultdict(dict)
        for facet, key, n in rows:
            counts[facet][key] = n
        # What a search shows: each facet's FACET_FETCH most frequent values, as the SQL ranks.
        shown: list[tuple[str, str, int]] = []
        per_facet: Counter[str] = Counter()
        for row in sorted(rows, key=lambda row: (row[0], -row[2], row[1])):
            if per_facet[row[0]] < FACET_FETCH:
                shown.append(row)
                per_facet[row[0]] += 1
        # One transaction: a page never reads a new snapshot with its old entity figures.
        with transaction.atomic():
            snapshot, _ = FacetSnapshot.objects.update_or_create(
                audience=audience,
                defaults={
                    "total": total,
                    "rows": shown,
                    "counts": dict(counts),
                    "computed_at": timezone.now(),
                },
            )
            snapshot.entities.all().delete()
            EntitySnapshot.objects.bulk_create(
                count_entities(snapshot, visible_meetings(user)), batch_size=1000
            )
        snapshots.append(snapshot)
    return snapshots


REPRESENTATIVES = 50  # people listed on a country's page


def count_entities(snapshot: FacetSnapshot, meetings: QuerySet[Meeting]) -> list[EntitySnapshot]:
    """Every country's, topic's and organization's page figures over ``meetings``, counted in
    two statements over the whole archive rather than a few per page view."""
    visible_sql, params = meetings.values(
        "id", "year", "country_ids", "topic_ids", "organization_ids", "body_id"
    ).query.sql_with_params()
    # An organization's meetings are those it convened or took part in, each counted once.
    per_year = f"""
        WITH visible AS MATERIALIZED ({visible_sql})
        SELECT 'country', key, year, count(*) FROM visible, unnest(country_ids) key
        GROUP BY key, year
        UNION ALL
        SELECT 'topic', key, year, count(*) FROM visible, unnest(topic_ids) key
        GROUP BY key, year
        UNION ALL
        SELECT 'organization', key, year, count(*) FROM visible, unnest(
            CASE WHEN body_id IS NULL OR body_id = ANY(organization_ids) THEN organization_ids
            ELSE organization_ids || body_id END) key
        GROUP BY key, year
        UNION ALL
        SELECT 'convened', body_id, NULL, count(*) FROM visible WHERE body_id IS NOT NULL
        GROUP BY body_id
    """
    # Ties ordered as the live query orders them: by name, then id.
    representatives = f"""
        SELECT country_id, participant_id, n, place FROM (
            SELECT a.country_id, a.participant_id, count(*) AS n, row_number() OVER (
                PARTITION BY a.country_id ORDER BY count(*) DESC, p.name, p.id) AS place
            FROM {Attendance._meta.db_table} a
            JOIN {Participant._meta.db_table} p ON p.id = a.participant_id
            WHERE a.country_id IS NOT NULL AND a.meeting_id IN (SELECT id FROM ({visible_sql}) v)
            GROUP BY a.country_id, a.participant_id, p.name, p.id
        ) ranked WHERE place <= %s
    """
    entities: dict[tuple[str, int], EntitySnapshot] = {}

    def entity(kind: str, key: int) -> EntitySnapshot:
        if (kind, key) not in entities:
            entities[kind, key] = EntitySnapshot(
                snapshot=snapshot, kind=kind, entity_id=key, total=0, years={}, people=[]
            )
        return entities[kind, key]

    with connection.cursor() as cursor:
        cursor.execute(per_year, params)
        for kind, key, year, n in cursor.fetchall():
            if kind == "convened":
                entity(EntitySnapshot.Kind.ORGANIZATION, key).convened = n
                continue
            row = entity(kind, key)
            row.total += n
            if year is not None:
                row.years[str(year)] = n
        cursor.execute(representatives, [*params, REPRESENTATIVES])
        for country, participant, n, _ in sorted(cursor.fetchall(), key=lambda r: (r[0], r[3])):
            entity(EntitySnapshot.Kind.COUNTRY, country).people.append([participant, n])
    return list(entities.values())


def _fresh_snapshots(user: Any) -> QuerySet[FacetSnapshot]:
    """This user's audience's snapshot, if younger than SEARCH_SNAPSHOT_MAX_AGE."""
    audience = "staff" if getattr(user, "is_staff", False) else "public"
    oldest = timezone.now() - datetime.timedelta(
        seconds=getattr(settings, "SEARCH_SNAPSHOT_MAX_AGE", 900)
    )
    return FacetSnapshot.objects.filter(audience=audience, computed_at__gte=oldest)


def fresh_snapshot(user: Any = None) -> FacetSnapshot | None:
    """The unfiltered archive's precomputed total and shown facet values (every value's
    counts left unread)."""
    return _fresh_snapshots(user).defer("counts").first()


def snapshot_counts(user: Any, facets: tuple[str, ...]) -> list[dict[int, int]] | None:
    """Every value's count of each of ``facets`` from a fresh snapshot, or None. Only those
    facets' parts of the stored counts are read (``counts -> 'facet'``)."""
    row = _fresh_snapshots(user).values_list(*(f"counts__{f}" for f in facets)).first()
    if row is None:
        return None
    return [{int(key): n for key, n in (counts or {}).items()} for counts in row]


def entity_snapshot(user: Any, kind: str, entity_id: int) -> EntitySnapshot | None:
    """This entity's page figures from the user's audience's fresh snapshot, or None (no
    fresh snapshot). An entity in no meeting has no row: a fresh snapshot says zero."""
    snapshot = _fresh_snapshots(user).only("pk").first()
    if snapshot is None:
        return None
    found = snapshot.entities.filter(kind=kind, entity_id=entity_id).first()
    return found or EntitySnapshot(snapshot=snapshot, kind=kind, entity_id=entity_id, total=0)


class Labels:
    """Public keys and labels for the ids on a page, one query per entity type."""

    def __init__(self) -> None:
        self.maps: dict[str, dict[str, tuple[str, str]]] = {}

    @classmethod
    def for_ids(cls, rows, meetings: list[Meeting], selected: dict[str, list[str]]) -> Labels:
        wanted: dict[str, set[int]] = {"country": set(), "topic": set(), "participant": set()}
        wanted["organization"] = set()
        for name, key, _ in rows:
            if name in wanted:
                wanted[name].add(int(key))
            elif name == "body":
                wanted["organization"].add(int(key))
        for name in wanted:
            wanted[name].update(int(k) for k in selected.get(name, []))
        wanted["organization"].update(int(k) for k in selected.get("body", []))
        for meeting in meetings:
            wanted["country"].update(meeting.country_ids)
            wanted["topic"].update(meeting.topic_ids)
            if meeting.body_id:
                wanted["organization"].add(meeting.body_id)
        labels = cls()
        models = {
            "country": (Country, "code", "name"),
            "topic": (Topic, "slug", "name"),
            "participant": (Participant, "slug", "name"),
            "organization": (Organization, "slug", "name"),
        }
        for name, (model, key_field, label_field) in models.items():
            ids = wanted[name]
            rows_ = (
                model.objects.filter(pk__in=ids)
                .order_by()
                .values_list("pk", key_field, label_field)
                if ids
                else []
            )
            labels.maps[name] = {str(pk): (key, label) for pk, key, label in rows_}
        labels.maps["body"] = labels.maps["organization"]
        return labels

    def entry(self, facet: str, key: str) -> tuple[str, str] | None:
        if facet in ("city", "year"):
            return key, key
        return self.maps.get(facet, {}).get(str(key))

    def get(self, facet: str, key) -> tuple[str, str] | None:
        return self.entry(facet, str(key)) if key is not None else None

    def list(self, facet: str, keys) -> list[tuple[str, str]]:
        out = [self.entry(facet, str(k)) for k in keys or []]
        return sorted((e for e in out if e), key=lambda e: e[1])


# --- Suggestions while typing ----------------------------------------------------------------


def suggestions(text: str, *, user: Any = None, limit: int = 6) -> list[dict[str, str]]:
    """People, places and bodies whose names have a word starting with ``text``.

    Word-prefix regexes (``\\mkol``) are served by the pg_trgm GIN indexes on
    ParticipantNameVariant.normalized and Meeting.city; organizations and countries are small.
    """
    normalized = normalize_name(text)
    # Three characters: the shortest prefix a trigram index can serve.
    if len(normalized) < 3:
        return []
    pattern = r"\m" + re.escape(normalized)
    out: list[dict[str, str]] = []
    people = (
        Participant.objects.filter(name_variants__normalized__regex=pattern)
        .distinct()
        .order_by("name")
        .values_list("name", "slug")[:limit]
    )
    out += [{"kind": "person", "label": n, "param": "participant", "value": s} for n, s in people]
    cities = (
        visible_meetings(user)
        .filter(city__iregex=pattern)
        .order_by("city")
        .values_list("city", flat=True)
        .distinct()[:limit]
    )
    out += [{"kind": "place", "label": c, "param": "city", "value": c} for c in cities]
    countries = Country.objects.filter(name__iregex=pattern).values_list("name", "code")[:limit]
    out += [{"kind": "country", "label": n, "param": "country", "value": c} for n, c in countries]
    bodies = (
        Organization.objects.filter(Q(name__iregex=pattern) | Q(acronym__iregex=pattern))
        .order_by("name")
        .values_list("name", "slug", "kind")[:limit]
    )
    out += [
        {
            "kind": "body" if kind == Organization.Kind.BODY else "organization",
            "label": n,
            "param": "body" if kind == Organization.Kind.BODY else "organization",
            "value": s,
        }
        for n, s, kind in bodies
    ]
    return out
