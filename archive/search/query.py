"""MeetingSearch: one search over the visible meetings — text match, ordering, paging.

Shaped after djangoproject.com's docs search: one persisted, weighted tsvector with a literal
config (Meeting.search_vector, ``SEARCH_CONFIG``) and web-search syntax. The snippets of the
shown page are cut in Python from the start of each meeting's text, around the first searched
word, stemmed as that config stems (archive.search.snippets). The counts come from
archive.search.facets, names for the ids on the page from archive.search.labels (one query per
entity type).

The order is an explicit choice of each caller: ``ordered(rank=…)``. Ranking reads every
match's vector, so the page ranks a relevance search of up to ``RANK_LIMIT`` matches and shows
a bigger one newest first (and says so); the CSV export and the feed never rank.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from django.contrib.postgres.search import SearchRank
from django.db.models import DateField, F, Func, Q, QuerySet, Value
from django.db.models.functions import Substr
from django.http import QueryDict

from ..models import Meeting
from . import snippets
from .facet_index import indexed_meetings
from .facets import FacetCounter, FacetCounts, FacetRow
from .filters import MeetingFilterSet
from .highlighting import highlight
from .labels import Labels
from .phrases import text_condition
from .results import SearchResult, add_switches, build_chips, build_facets
from .suggestions import added_by_similarity, name_like, similar_participants
from .words import SEARCH_CONFIG, search_query, tsquery_text

__all__ = ["SEARCH_CONFIG", "MeetingSearch", "search_query"]

PER_PAGE = 20
# Above this many matches a relevance sort is shown newest first: ranking de-TOASTs every
# match's vector (docs/PERFORMANCE.md).
RANK_LIMIT = 1_500
# A word search's page walks the meetings in date order when it expects to check at most this
# many to fill the page; otherwise it reads its matches from the words' bitmap.
WALK_ROWS = 2_000
# ``date_start + 0``: the date order that no index gives (MeetingSearch.ordered).
_DATE_OF_NO_INDEX = Func(
    F("date_start"),
    Value(0),
    arg_joiner=" + ",
    template="(%(expressions)s)",
    output_field=DateField(),
)
SIMILAR_PEOPLE = 10  # people whose meetings a search for a name also finds


class MeetingSearch:
    """One search over visible meetings, driven by a validated MeetingFilterSet."""

    def __init__(self, filterset: MeetingFilterSet, *, user: Any = None) -> None:
        assert filterset.is_bound and not filterset.errors, "validate the FilterSet first"
        self.filterset = filterset
        self.user = user
        self.text = filterset.query_text
        self.query = search_query(self.text) if self.text else None
        # Only a name-like search is widened to people with similar names: "Baku" is a city,
        # and Bakyt or Bakirov are no answer to it.
        self.similar = (
            similar_participants(self.text, limit=SIMILAR_PEOPLE, user=user)
            if self.text and name_like(self.text)
            else []
        )
        # Phrases are read from the word-pair index (archive.search.phrases) by the two
        # statements that fetch a search's matches from a bitmap: the ids the facet index
        # counts, and the shown page. Everything else (the counter's plain-SQL reference, the
        # CSV, the feed) keeps the plain ``search_vector @@ query``.
        phrases = text_condition(self.text) if self.text else None
        self.phrases = phrases if phrases and (phrases.indexed or not self.similar) else None
        self.base = self._text_filtered(Meeting.objects.visible_to(user), pairs=False)
        self.counts: FacetCounts | None = None  # set by facet_rows() and run()
        self.rank_skipped = False  # set by run()

    # The counter and the bitmap-read matches are built when first used: the CSV export and
    # the feed need neither.

    @cached_property
    def indexed_base(self) -> QuerySet[Meeting]:
        return self._text_filtered(Meeting.objects.visible_to(self.user))

    @cached_property
    def counter(self) -> FacetCounter:
        words = self._text_filtered(Meeting.objects.all()) if self.query is not None else None
        return FacetCounter(
            self.filterset,
            self.base,
            user=self.user,
            words=words,
            text=self.text,
            similar=tuple(p.pk for p in self.similar),
        )

    def _text_filtered(
        self, meetings: QuerySet[Meeting], *, pairs: bool = True
    ) -> QuerySet[Meeting]:
        """The meetings matching the words, or held by people whose names look like them
        (``pairs``: phrases read from the pair index, when the words allow it). A phrase
        condition with a part checked against the vectors is kept from an OR with the similar
        people's meetings: PostgreSQL would compute the pairs of every row."""
        if self.query is None:
            return meetings
        if pairs and self.phrases is not None:
            condition = self.phrases.condition
        else:
            condition = Q(search_vector=self.query)
        if self.similar:
            condition |= Q(participant_ids__overlap=[p.pk for p in self.similar])
        return meetings.filter(condition)

    @property
    def sort(self) -> str:
        sort = self.filterset.sort_order
        return "newest" if sort == "relevance" and self.query is None else sort

    # --- the matches, in an explicit order ------------------------------------------------

    def matches(self) -> QuerySet[Meeting]:
        """Every matching meeting, unordered (counts, and callers with their own order)."""
        return self.filterset.filter_queryset_except(self.base)

    def ordered(self, *, rank: bool = False, from_bitmap: bool = False) -> QuerySet[Meeting]:
        """Every matching meeting in the chosen sort. A relevance sort is ordered by ts_rank
        only when ``rank`` is true (ranking reads every match's vector); otherwise, like
        "newest", newest first. ``from_bitmap``: the matches are read from their words'
        bitmap (a phrase's from the pair index) and sorted, never found by walking the
        meetings in date order: the order is by ``date_start + 0``, which no index gives."""
        base = self.indexed_base if from_bitmap else self.base
        meetings = self.filterset.filter_queryset_except(base)
        date = _DATE_OF_NO_INDEX if from_bitmap else F("date_start")
        if self.sort == "oldest":
            return meetings.order_by(date.asc(nulls_last=True), "pk")
        if self.sort == "relevance" and rank:
            return meetings.annotate(rank=SearchRank(F("search_vector"), self.query)).order_by(
                "-rank", date.desc(nulls_last=True), "-pk"
            )
        return meetings.order_by(date.desc(nulls_last=True), "-pk")

    def ranks(self, total: int) -> bool:
        """Whether a page of a search with ``total`` matches is ordered by relevance."""
        return self.sort == "relevance" and total <= RANK_LIMIT

    # --- counts ---------------------------------------------------------------------------

    def facet_rows(self) -> tuple[int, list[FacetRow]]:
        """(total, [(facet, key, count)]), exact."""
        self.counts = self.counter.counts()
        return self.counts.total, self.counts.rows

    # --- the page -------------------------------------------------------------------------

    def page_ids(
        self, page: int, per_page: int, *, rank: bool, total: int | None = None
    ) -> list[int]:
        """The ids of the page's meetings. A search for words whose matches are few for the
        page asked reads them from its words' bitmap (a phrase's from the pair index) and
        sorts them; with many, walking the meetings in date order and checking each one's
        vector reaches the page sooner, and the planner is left to choose."""
        offset = (page - 1) * per_page
        walk = self.query is None or self._walk_finds_page(offset + per_page, total, rank)
        ordered = self.ordered(rank=rank, from_bitmap=not walk)
        return list(ordered.values_list("pk", flat=True)[offset : offset + per_page])

    def _walk_finds_page(self, needed: int, total: int | None, rank: bool) -> bool:
        """Whether a walk in date order would check fewer meetings to find ``needed`` of
        ``total`` matches than the bitmap holds, or at most WALK_ROWS (about 30 µs each to
        check against its vector). Left free for a rare name, the planner walked 2,800
        meetings of 100,000 for a page of 20 (0.4 s cold); for a phrase it computed each
        walked meeting's pairs (1 s)."""
        if rank or not total:
            return False
        walked = needed * indexed_meetings() / total
        return walked <= max(WALK_ROWS, total)

    def page_meetings(self, ids: list[int]) -> list[Meeting]:
        """The shown meetings, each with the start of its text a snippet is cut from."""
        if not ids:
            return []
        meetings = Meeting.objects.filter(pk__in=ids).for_cards().order_by()
        if self.query is not None:
            meetings = meetings.annotate(snippet_text=Substr("search_text", 1, snippets.FIND_CHARS))
        by_id = {m.pk: m for m in meetings}
        return [by_id[pk] for pk in ids if pk in by_id]

    def run(
        self, *, page: int = 1, per_page: int = PER_PAGE, params: QueryDict | None = None
    ) -> SearchResult:
        """Count, fetch the page (ranked when the match set is small enough), label it."""
        params = params if params is not None else QueryDict()
        counts = self.counter.counts()
        self.counts = counts
        # A page past the end shows the last page and says so (a stale link, a shrunken search).
        requested = None
        if page > 1 and (page - 1) * per_page >= counts.total:
            requested, page = page, max(1, -(-counts.total // per_page))
        rank = self.ranks(counts.total)
        self.rank_skipped = self.sort == "relevance" and not rank
        ids = self.page_ids(page, per_page, rank=rank, total=counts.total)
        meetings = self.page_meetings(ids)
        selected = self.counter.selected
        labels = Labels.for_ids(counts.rows, meetings, selected)
        wanted = snippets.sought(tsquery_text(self.text)) if self.text else None
        _label_meetings(meetings, labels, wanted)
        facets = build_facets(counts.rows, labels, selected, params)
        add_switches(facets, self.filterset.form.cleaned_data, params)
        added = added_by_similarity(self.text, self.similar)
        return SearchResult(
            count=counts.total,
            page=page,
            per_page=per_page,
            meetings=meetings,
            facets=facets,
            chips=build_chips(
                self.text, labels, selected, self.filterset.form.cleaned_data, params
            ),
            query=self.text,
            sort=self.sort,
            similar=added,
            named=[p for p in self.similar if p not in added],
            rank_skipped=self.rank_skipped,
            requested_page=requested,
        )


def _label_meetings(
    meetings: list[Meeting], labels: Labels, wanted: snippets.Sought | None
) -> None:
    """Give each shown meeting its snippet and the labels of its countries, topics, body."""
    for meeting in meetings:
        text = getattr(meeting, "snippet_text", None)
        marked = snippets.snippet(text, wanted) if text and wanted else ""
        meeting.snippet = highlight(marked) if marked else None
        meeting.country_list = labels.list("country", meeting.country_ids)
        meeting.topic_list = labels.list("topic", meeting.topic_ids)
        meeting.body_label = labels.get("body", meeting.body_id)
