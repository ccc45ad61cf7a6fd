"""The search page, a meeting's page and a person's page. Thin: validate the parameters, ask
archive.search, render.

Readers see published meetings only; signed-in staff also see drafts and meetings under review.
Bad parameters answer 400 with a message (never a 500, never a silently ignored filter).
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import SafeString

from ..extraction.names import normalize_name
from ..extraction.offices import OTHER, office_label
from ..models import Attendance, Meeting, MeetingCountry, Participant, SourceDocument
from ..search.facets import FACETS
from ..search.filters import SORTS, MeetingFilterSet
from ..search.highlighting import evidence_of, evidence_spans, mark_evidence, paragraphs
from ..search.labels import is_web_link, report_label
from ..search.network import PARTNERS_ON_PAGE, person_network
from ..search.params import BadParameters, parse_search
from ..search.people import person_figures, person_record, visible_people
from ..search.query import MeetingSearch
from ..search.querystrings import page_url, query_items, search_url, url_with
from ..search.related import related_meetings
from ..search.report_evidence import own_evidence
from ..search.results import SearchResult
from ..search.suggestions import LOOSE_THRESHOLD, ranked_people, similar_participants
from ..search.timeline import offices_held
from .charts import year_chart
from .redirects import follows_old_slugs

SPELLINGS = 5  # "Did you mean" people on an empty page
CHIPS_TRIED = 6  # filters an empty page tries removing, each counted
PERSON_MEETINGS_SHOWN = 100  # a person's page lists the latest; the search lists them all
# Parameters the search form has inputs for (or drops); every other one it keeps as a hidden
# field, so a new search keeps the chosen filters.
FORM_FIELDS = ("q", "page", "sort", "date_from", "date_to", "person")
PEOPLE_FOUND = 10  # people the Person facet's "Find anyone" lists


# --- The search page ------------------------------------------------------------------------


def search(request: HttpRequest) -> HttpResponse:
    """The home page: full-text search with facets, chips, sorting and pagination."""
    context: dict = {
        "sorts": SORTS,
        "form_q": request.GET.get("q", ""),
        "form_date_from": request.GET.get("date_from", ""),
        "form_date_to": request.GET.get("date_to", ""),
        "kept_params": [],
    }
    # "Find anyone" in the Person facet (``person``) is no filter: the search's own links and
    # forms leave it out.
    params = request.GET.copy()
    person_text = params.pop("person", [""])[-1].strip()[:100]
    try:
        filterset, page = parse_search(params, request.user)
        result = MeetingSearch(filterset, user=request.user).run(page=page, params=params)
    except BadParameters as error:
        context["error"] = str(error)
        return render(request, "archive/search.html", context, status=400)
    context.update(_result_context(params, filterset, result))
    context.update(_people_found(params, person_text, request.user))
    if result.count == 0:
        context["suggestions"] = _filters_to_remove(request, result)
        context["spellings"] = (
            similar_participants(
                result.query, limit=SPELLINGS, threshold=LOOSE_THRESHOLD, user=request.user
            )
            if result.query
            else []
        )
    return render(request, "archive/search.html", context)


def _result_context(params: QueryDict, filterset: MeetingFilterSet, result: SearchResult) -> dict:
    """The result and every link around it: pages, sorts, export, feed, API."""
    return {
        "result": result,
        "filterset": filterset,
        "facets": [result.facets[name] for name in FACETS],
        "pages": _page_links(params, result),
        "prev_url": page_url(params, result.page - 1),
        "next_url": page_url(params, result.page + 1),
        "sort_links": [
            (key, label, url_with(params, add=("sort", key), drop=("sort",)))
            for key, label in SORTS.items()
            if key != "relevance" or result.query
        ],
        "export_url": "export.csv" + url_with(params, drop=("sort",)),
        "feed_url": "feed/" + url_with(params, drop=("sort",)),
        "api_url": "api/meetings/" + url_with(params, keep_page=True),
        "kept_params": [
            (name, value)
            for name in params
            for value in params.getlist(name)
            if name not in FORM_FIELDS and value
        ],
    }


def _people_found(params: QueryDict, text: str, user) -> dict:
    """Anyone whose name starts like ``text``, most meetings first, each linking to the
    search with them added: the Person facet's finder without JavaScript."""
    found = ranked_people(normalize_name(text), user=user, limit=PEOPLE_FOUND) if text else []
    return {
        "person_text": text,
        "people_found": [
            (person, url_with(params, add=("participant", person.slug))) for person in found
        ],
        "find_params": [(n, v) for n, v in query_items(params) if n != "person"],
    }


def _page_links(params: QueryDict, result: SearchResult) -> list[tuple[int | None, str]]:
    """Page numbers around the current one, with gaps (None) between runs."""
    last, here = result.num_pages, result.page
    numbers = sorted({1, 2, last - 1, last, here - 2, here - 1, here, here + 1, here + 2})
    links: list[tuple[int | None, str]] = []
    previous = 0
    for number in numbers:
        if number < 1 or number > last:
            continue
        if number - previous > 1:
            links.append((None, ""))
        links.append((number, page_url(params, number)))
        previous = number
    return links


def _filters_to_remove(request: HttpRequest, result: SearchResult) -> list[dict]:
    """For an empty result: how many meetings removing each chosen filter would give back."""
    suggestions = []
    for chip in result.chips[:CHIPS_TRIED]:
        params = QueryDict(chip.remove_url.lstrip("?"))
        trial = MeetingFilterSet(params, queryset=Meeting.objects.none(), user=request.user)
        if not trial.is_valid():
            continue
        count = MeetingSearch(trial, user=request.user).matches().count()
        if count:
            suggestions.append({"chip": chip, "count": count})
    return suggestions


# --- A meeting's page -----------------------------------------------------------------------


@follows_old_slugs(Meeting)
def meeting_detail(request: HttpRequest, slug: str) -> HttpResponse:
    meeting = get_object_or_404(
        Meeting.objects.visible_to(request.user)
        .select_related("body", "venue_country")
        .lean()
        .prefetch_related(
            Prefetch(
                "attendances",
                queryset=Attendance.objects.select_related(
                    "participant", "country", "organization"
                ).order_by("role", "pk"),
            ),
            "country_links__country",
            "organization_links__organization",
            "topic_links__topic",
            "sources",
        ),
        slug=slug,
    )
    role_order = {role: i for i, role in enumerate(Attendance.Role.values)}
    attendances = sorted(meeting.attendances.all(), key=lambda a: (role_order[a.role], a.pk))
    for attendance in attendances:
        attendance.office_search = office_search(attendance)
    country_links = meeting.country_links.all()
    return render(
        request,
        "archive/meeting_detail.html",
        {
            "meeting": meeting,
            "attendances": attendances,
            "participating": [
                link for link in country_links if link.kind == MeetingCountry.Kind.PARTICIPATING
            ],
            "mentioned": [
                link for link in country_links if link.kind == MeetingCountry.Kind.MENTIONED
            ],
            "sources": [
                {
                    "source": source,
                    "label": report_label(source, number),
                    "text": _marked_report(source, meeting),
                    # Only web links: a report's URL is untrusted ("javascript:…" must not be
                    # a link).
                    "url": source.url if is_web_link(source.url) else "",
                }
                for number, source in enumerate(meeting.sources.all(), start=1)
            ],
            "related": related_meetings(meeting, user=request.user),
        },
    )


def office_search(attendance: Attendance) -> tuple[str, str] | None:
    """(label, URL) of the search for the meetings of the office this person held for their
    country ("Meetings of Kazakhstan's interior minister"), or None."""
    if attendance.office == OTHER or attendance.country is None:
        return None
    label = office_label(attendance.office)
    country = attendance.country
    return (
        f"Meetings of {country.name}’s {label[:1].lower()}{label[1:]}",
        search_url(office=f"{attendance.office}.{country.code}"),
    )


def _marked_report(source: SourceDocument, meeting: Meeting) -> SafeString:
    """The report's cleaned text, escaped, in paragraphs, with every evidence sentence from it
    in <mark>: the links' evidence from this report, and where its own extraction states the
    meeting's people, countries and topics (from the prefetched links: no query)."""
    links = [
        *meeting.attendances.all(),
        *meeting.country_links.all(),
        *meeting.organization_links.all(),
        *meeting.topic_links.all(),
    ]
    text = source.cleaned_text
    evidence = evidence_of(source.pk, links) + own_evidence(
        source, meeting.attendances.all(), meeting.country_links.all(), meeting.topic_links.all()
    )
    spans = evidence_spans(text, evidence)
    return paragraphs(mark_evidence(text, spans, titles=False))


# --- A person's page ------------------------------------------------------------------------


@follows_old_slugs(Participant)
def participant_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A person's record: how often, in which roles and titles, when, and the latest meetings
    (oldest first). Readers see people of published meetings only (archive.search.people)."""
    participant = get_object_or_404(
        visible_people(request.user).select_related("country").prefetch_related("name_variants"),
        slug=slug,
    )
    figures = person_figures(participant, request.user, shown=PERSON_MEETINGS_SHOWN)
    by_year: dict[str, list[Attendance]] = defaultdict(list)
    for attendance in figures.latest:
        year = attendance.meeting.year
        by_year[str(year) if year else "Date unknown"].append(attendance)
    return render(
        request,
        "archive/participant_detail.html",
        {
            "participant": participant,
            "record": person_record(participant, request.user),
            "total": figures.total,
            "shown": len(figures.latest),
            "by_year": dict(by_year),
            "roles": figures.roles,
            "offices": offices_held(participant, request.user),
            "partners": person_network(participant, limit=PARTNERS_ON_PAGE).partners,
            **year_chart(figures.years),
            "search_url": search_url(participant=participant.slug),
        },
    )
