"""Public pages. Thin: validate the parameters, ask archive.search, render.

Readers see published meetings only; signed-in staff also see drafts and meetings under review.
Bad parameters answer 400 with a message (never a 500, never a silently ignored filter).
"""

from __future__ import annotations

import csv
import datetime
from collections import defaultdict
from collections.abc import Iterator

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Min, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .filters import SORTS, MeetingFilterSet
from .models import (
    Attendance,
    Country,
    EntitySnapshot,
    Meeting,
    MeetingCountry,
    Organization,
    Participant,
    Topic,
)
from .search import (
    FACETS,
    REPRESENTATIVES,
    MeetingSearch,
    PageOutOfRange,
    entity_snapshot,
    page_url,
    snapshot_counts,
    spelling_suggestions,
    url_with,
    visible_meetings,
)


class BadParameters(Exception):
    """A query string we cannot honour; the message is shown to the reader."""


def parse_search(request: HttpRequest) -> tuple[MeetingFilterSet, int]:
    """The validated FilterSet and page number of a search request (or BadParameters)."""
    filterset = MeetingFilterSet(request.GET, queryset=Meeting.objects.none())
    if not filterset.is_valid():
        raise BadParameters(filterset.errors_text())
    raw_page = request.GET.get("page", "1").strip() or "1"
    # Length first: int() refuses strings of over 4,300 digits; ASCII: "²".isdigit() is true.
    if len(raw_page) > 6 or not (raw_page.isascii() and raw_page.isdigit()) or int(raw_page) < 1:
        raise BadParameters(f"page: {raw_page!r} is not a page number (1, 2, 3…).")
    return filterset, int(raw_page)


def search(request: HttpRequest) -> HttpResponse:
    """The home page: full-text search with facets, chips, sorting and pagination."""
    context: dict = {
        "sorts": SORTS,
        "form_q": request.GET.get("q", ""),
        "form_date_from": request.GET.get("date_from", ""),
        "form_date_to": request.GET.get("date_to", ""),
        "kept_params": [],
    }
    try:
        filterset, page = parse_search(request)
        searcher = MeetingSearch(filterset, user=request.user)
        result = searcher.run(page=page, params=request.GET)
    except (BadParameters, PageOutOfRange) as error:
        context["error"] = str(error)
        return render(request, "archive/search.html", context, status=400)
    context.update(
        result=result,
        filterset=filterset,
        facets=[result.facets[name] for name in FACETS],
        pages=_page_links(request, result),
        prev_url=page_url(request.GET, page - 1),
        next_url=page_url(request.GET, page + 1),
        sort_links=[
            (key, label, url_with(request.GET, add=("sort", key), drop=("sort",)))
            for key, label in SORTS.items()
            if key != "relevance" or result.query
        ],
        export_url="export.csv" + url_with(request.GET, drop=("sort",)),
        feed_url="feed/" + url_with(request.GET, drop=("sort",)),
        api_url="api/meetings/" + url_with(request.GET, keep_page=True),
        kept_params=[
            (k, v)
            for k in request.GET
            for v in request.GET.getlist(k)
            if k not in ("q", "page", "sort", "date_from", "date_to") and v
        ],
    )
    if result.count == 0:
        context["suggestions"] = _zero_result_suggestions(filterset, request, result)
        context["spellings"] = spelling_suggestions(result.query) if result.query else []
    return render(request, "archive/search.html", context)


def _page_links(request: HttpRequest, result) -> list[tuple[int | None, str]]:
    """Page numbers around the current one, with gaps (None) between runs."""
    last, here = result.num_pages, result.page
    numbers = sorted({1, 2, last - 1, last, here - 2, here - 1, here, here + 1, here + 2})
    links: list[tuple[int | None, str]] = []
    previous = 0
    for n in numbers:
        if n < 1 or n > last:
            continue
        if n - previous > 1:
            links.append((None, ""))
        links.append((n, page_url(request.GET, n)))
        previous = n
    return links


def _zero_result_suggestions(filterset, request, result) -> list[dict]:
    """For an empty result: how many meetings each removed filter would give back."""
    suggestions = []
    for chip in result.chips[:6]:
        trial = MeetingFilterSet(_query_from_url(chip.remove_url), queryset=Meeting.objects.none())
        if not trial.is_valid():
            continue
        count = MeetingSearch(trial, user=request.user).queryset().count()
        if count:
            suggestions.append({"chip": chip, "count": count})
    return suggestions


def _query_from_url(url: str):
    from django.http import QueryDict

    return QueryDict(url.lstrip("?"))


# --- Detail pages ---------------------------------------------------------------------------


def meeting_detail(request: HttpRequest, slug: str) -> HttpResponse:
    meeting = get_object_or_404(
        visible_meetings(request.user)
        .select_related("body", "venue_country")
        .defer("search_text", "search_names")
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
    sources = [
        {
            "source": source,
            "text": _highlight_evidence(source, meeting),
            # Only web links: a report's URL is untrusted ("javascript:…" must not be a link).
            "url": source.url if source.url.lower().startswith(("http://", "https://")) else "",
        }
        for source in meeting.sources.all()
    ]
    related = _related_meetings(request, meeting)
    return render(
        request,
        "archive/meeting_detail.html",
        {
            "meeting": meeting,
            "attendances": attendances,
            "participating": [
                link
                for link in meeting.country_links.all()
                if link.kind == MeetingCountry.Kind.PARTICIPATING
            ],
            "mentioned": [
                link
                for link in meeting.country_links.all()
                if link.kind == MeetingCountry.Kind.MENTIONED
            ],
            "sources": sources,
            "related": related,
        },
    )


def _highlight_evidence(source, meeting: Meeting):
    """The report's cleaned text, escaped, with every evidence sentence from it in <mark>."""
    text = source.cleaned_text
    spans = []
    links = [
        *meeting.attendances.all(),
        *meeting.country_links.all(),
        *meeting.organization_links.all(),
        *meeting.topic_links.all(),
    ]
    for link in links:
        if link.source_id == source.pk and link.evidence_start is not None and link.evidence_end:
            start, end = link.evidence_start, link.evidence_end
            if 0 <= start < end <= len(text):
                spans.append((start, end))
    for topic_link in meeting.topic_links.all():
        if topic_link.source_id != source.pk:
            continue
        for extra in topic_link.extra_evidence or []:
            try:
                start, end = int(extra["start"]), int(extra["end"])
            except (KeyError, TypeError, ValueError):
                continue
            if 0 <= start < end <= len(text):
                spans.append((start, end))
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, position = [], 0
    for start, end in merged:
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    html = "".join(parts)
    paragraphs = [p.strip() for p in html.split("\n\n") if p.strip()]
    return mark_safe(  # noqa: S308 - every piece of report text was escaped above
        "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in paragraphs)
    )


# Candidates for "related meetings": scoring every meeting that shares a topic took ~1 s a page
# at 100,000 meetings (topics are shared by tens of thousands), so only the nearest in time on
# each side, and the latest sharing a person, are scored.
RELATED_CANDIDATES = 200


def _related_meetings(request: HttpRequest, meeting: Meeting, limit: int = 6) -> list[Meeting]:
    """Meetings sharing people (weighted 3) or topics (weighted 1) with this one, among the
    nearest in time that share anything, and the latest that share a person."""
    people, topics = list(meeting.participant_ids), list(meeting.topic_ids)
    if not people and not topics:
        return []
    visible = visible_meetings(request.user)
    sharing = visible.filter(
        Q(participant_ids__overlap=people or [0]) | Q(topic_ids__overlap=topics or [0])
    ).exclude(pk=meeting.pk)
    n = RELATED_CANDIDATES
    if meeting.date_start:
        day = meeting.date_start
        parts = [
            sharing.filter(date_start__lte=day).order_by("-date_start")[:n],
            sharing.filter(date_start__gt=day).order_by("date_start")[:n],
        ]
    else:
        parts = [sharing.order_by(F("date_start").desc(nulls_last=True))[:n]]
    if people:
        latest = visible.filter(participant_ids__overlap=people).exclude(pk=meeting.pk)
        parts.append(latest.order_by(F("date_start").desc(nulls_last=True))[:n])
    # The candidates' ids first, as a list: "id IN (subquery) OR id IN (subquery)" cannot use
    # an index, and PostgreSQL read all 1,000,000 meetings to score 400 (0.4 s a page).
    first, *others = [part.values_list("pk", flat=True) for part in parts]
    candidates = Q(pk__in=list(first.union(*others)))
    shared = RawSQL(
        "3 * cardinality(ARRAY(SELECT unnest(participant_ids) INTERSECT "
        "SELECT unnest(%s::bigint[]))) + cardinality(ARRAY(SELECT unnest(topic_ids) "
        "INTERSECT SELECT unnest(%s::bigint[])))",
        (people, topics),
    )
    return list(
        visible.filter(candidates)
        .defer("search_text", "search_names", "search_vector")
        .annotate(shared=shared)
        .order_by("-shared", "-date_start", "-pk")[:limit]
    )


PERSON_MEETINGS_SHOWN = 100  # a page lists the latest; the search lists them all


def participant_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A person's record: how often, in which roles and titles, when, and the latest meetings.

    The figures are counted in the database and only the latest PERSON_MEETINGS_SHOWN
    meetings are listed, oldest first: in a big archive a minister attends thousands.
    """
    participant = get_object_or_404(
        Participant.objects.select_related("country").prefetch_related("name_variants"),
        slug=slug,
    )
    attended = Attendance.objects.filter(
        participant=participant, meeting__in=visible_meetings(request.user)
    )
    latest = list(
        attended.select_related("meeting", "meeting__body", "country", "organization")
        .defer("meeting__search_text", "meeting__search_names")
        .order_by(F("meeting__date_start").desc(nulls_first=True), "-meeting__pk")[
            :PERSON_MEETINGS_SHOWN
        ]
    )
    latest.reverse()
    by_year: dict[str, list] = defaultdict(list)
    for a in latest:
        by_year[str(a.meeting.year) if a.meeting.year else "Date unknown"].append(a)
    roles = [
        (Attendance.Role(role).label, n)
        for role, n in attended.order_by()
        .values_list("role")
        .annotate(n=Count("pk"))
        .order_by("-n", "role")
    ]
    # Titles in the order first held; a title seen only on undated meetings comes last.
    titles = list(
        attended.exclude(title="")
        .order_by()
        .values_list("title")
        .annotate(first=Min("meeting__date_start"))
        .order_by(F("first").asc(nulls_last=True), "title")
        .values_list("title", flat=True)
    )
    total = sum(n for _, n in roles)
    return render(
        request,
        "archive/participant_detail.html",
        {
            "participant": participant,
            "total": total,
            "shown": len(latest),
            "by_year": dict(by_year),
            "roles": roles,
            "titles": titles,
            **_chart(
                dict(
                    attended.exclude(meeting__year=None)
                    .order_by()
                    .values_list("meeting__year")
                    .annotate(n=Count("pk"))
                    .values_list("meeting__year", "n")
                )
            ),
            "search_url": "/" + url_with(_params(participant=participant.slug)),
        },
    )


def _params(**values):
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for key, value in values.items():
        data[key] = value
    return data


def _year_counts(meetings: QuerySet[Meeting]) -> dict[int, int]:
    return dict(
        meetings.exclude(year=None)
        .order_by()
        .values_list("year")
        .annotate(n=Count("pk"))
        .values_list("year", "n")
    )


CHART_BAR_WIDTH = 420  # of a 520-unit-wide viewBox: year labels left, counts right
CHART_ROW = 20


def _chart(counts: dict[int, int]) -> dict:
    """Meetings per year for a bar chart, one row per year from the first to the last."""
    if not counts:
        return {"per_year": [], "chart_height": 4}
    top = max(counts.values())
    # Drawn as SVG attributes: the site's Content-Security-Policy forbids inline styles.
    rows = [
        {
            "year": y,
            "count": counts.get(y, 0),
            "width": round(CHART_BAR_WIDTH * counts.get(y, 0) / top),
            "bar_y": i * CHART_ROW + 4,
            "text_y": i * CHART_ROW + 15,
            "count_x": round(CHART_BAR_WIDTH * counts.get(y, 0) / top) + 54,
        }
        for i, y in enumerate(range(min(counts), max(counts) + 1))
    ]
    return {"per_year": rows, "chart_height": len(rows) * CHART_ROW + 4}


def _entity_figures(request: HttpRequest, kind: str, entity, meetings: QuerySet[Meeting]) -> dict:
    """An entity page's counts: its meetings in all and per year; for an organization, those
    it convened; for a country, who represented it most. Read from the fresh snapshot
    (EntitySnapshot) when there is one, since at a million meetings counting them takes
    seconds; counted now otherwise."""
    stored = entity_snapshot(request.user, kind, entity.pk)
    if stored is not None:
        figures = {
            "total": stored.total,
            **_chart({int(year): n for year, n in stored.years.items()}),
        }
        if kind == EntitySnapshot.Kind.ORGANIZATION:
            figures["convened"] = stored.convened
        if kind == EntitySnapshot.Kind.COUNTRY:
            found = Participant.objects.in_bulk([pk for pk, _ in stored.people])
            figures["people"] = [
                _with_count(found[pk], n) for pk, n in stored.people if pk in found
            ]
        return figures
    figures = {"total": meetings.count(), **_chart(_year_counts(meetings))}
    if kind == EntitySnapshot.Kind.ORGANIZATION:
        figures["convened"] = visible_meetings(request.user).filter(body=entity).count()
    if kind == EntitySnapshot.Kind.COUNTRY:
        figures["people"] = list(
            Participant.objects.filter(
                attendances__country=entity,
                attendances__meeting__in=visible_meetings(request.user),
            )
            .annotate(n=Count("attendances", distinct=True))
            .order_by("-n", "name", "pk")[:REPRESENTATIVES]
        )
    return figures


def _with_count(participant: Participant, n: int) -> Participant:
    participant.n = n
    return participant


def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    country = get_object_or_404(Country, code=code.upper())
    meetings = visible_meetings(request.user).filter(country_ids__contains=[country.pk])
    return render(
        request,
        "archive/entity_detail.html",
        {
            "object": country,
            "kind": "Country",
            "meetings": _recent(meetings),
            **_entity_figures(request, EntitySnapshot.Kind.COUNTRY, country, meetings),
            "search_url": "/" + url_with(_params(country=country.code)),
        },
    )


def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    meetings = visible_meetings(request.user).filter(topic_ids__contains=[topic.pk])
    return render(
        request,
        "archive/entity_detail.html",
        {
            "object": topic,
            "kind": "Topic",
            "meetings": _recent(meetings),
            **_entity_figures(request, EntitySnapshot.Kind.TOPIC, topic, meetings),
            "search_url": "/" + url_with(_params(topic=topic.slug)),
        },
    )


def organization_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organization = get_object_or_404(Organization.objects.select_related("country"), slug=slug)
    meetings = visible_meetings(request.user).filter(
        Q(body=organization) | Q(organization_ids__contains=[organization.pk])
    )
    return render(
        request,
        "archive/entity_detail.html",
        {
            "object": organization,
            "kind": organization.get_kind_display(),
            "meetings": _recent(meetings),
            **_entity_figures(request, EntitySnapshot.Kind.ORGANIZATION, organization, meetings),
            "search_url": "/"
            + url_with(
                _params(
                    **(
                        {"body": organization.slug}
                        if organization.kind == Organization.Kind.BODY
                        else {"organization": organization.slug}
                    )
                )
            ),
        },
    )


def _recent(meetings: QuerySet[Meeting], limit: int = 100) -> list[Meeting]:
    return list(
        meetings.select_related("body")
        .defer("search_text", "search_names")
        .order_by("-date_start", "-pk")[:limit]
    )


# --- Browse lists ---------------------------------------------------------------------------


def _counts(request: HttpRequest, *facets: str) -> list[dict[int, int]]:
    """Meetings per value of each facet (country, topic, organization, body, participant) over
    all visible meetings: from the precomputed snapshot (search.snapshot_counts) when there
    is one, else counted live."""
    counts = snapshot_counts(request.user, facets)
    if counts is not None:
        return counts
    return [_live_counts(facet, request) for facet in facets]


def _live_counts(facet: str, request: HttpRequest) -> dict[int, int]:
    """One facet counted in one query (cached like the search's counts)."""
    seconds = getattr(settings, "SEARCH_FACET_CACHE_SECONDS", 0)
    key = f"archive:browse:{facet}:{bool(request.user.is_staff)}"
    if seconds and (cached := cache.get(key)) is not None:
        return cached
    meetings = visible_meetings(request.user).order_by()
    if facet == "body":
        rows = meetings.exclude(body=None).values_list("body").annotate(n=Count("pk"))
    else:
        column = FACETS[facet]["column"]
        rows = (
            meetings.annotate(key=RawSQL(f"unnest({column})", ()))
            .values("key")
            .annotate(n=Count("pk"))
            .values_list("key", "n")
        )
    counts = dict(rows)
    if seconds:
        cache.set(key, counts, seconds)
    return counts


def country_list(request: HttpRequest) -> HttpResponse:
    (counts,) = _counts(request, "country")
    countries = list(Country.objects.filter(pk__in=counts))
    for c in countries:
        c.n = counts[c.pk]
    return render(
        request,
        "archive/browse.html",
        {"title": "Countries", "items": sorted(countries, key=lambda c: c.name), "kind": "country"},
    )


def topic_list(request: HttpRequest) -> HttpResponse:
    (counts,) = _counts(request, "topic")
    topics = list(Topic.objects.all())
    for t in topics:
        t.n = counts.get(t.pk, 0)
    return render(request, "archive/browse.html", {"title": "Topics", "items": topics})


def organization_list(request: HttpRequest) -> HttpResponse:
    counts, bodies = _counts(request, "organization", "body")
    organizations = list(Organization.objects.filter(Q(pk__in=counts) | Q(pk__in=bodies)))
    for o in organizations:
        o.n = counts.get(o.pk, 0) + bodies.get(o.pk, 0)
    return render(
        request, "archive/browse.html", {"title": "Organizations", "items": organizations}
    )


def people_list(request: HttpRequest) -> HttpResponse:
    """People A–Z, one letter at a time (a long archive has many thousands)."""
    letter = (request.GET.get("letter") or "A").strip().upper()[:1]
    if not letter.isalpha():
        return render(
            request, "archive/people.html", {"error": "Choose a letter from A to Z."}, status=400
        )
    (counts,) = _counts(request, "participant")
    people = [
        person
        for person in Participant.objects.filter(name__istartswith=letter)
        .select_related("country")
        .order_by("name", "pk")
        if person.pk in counts
    ]
    for person in people:
        person.n = counts[person.pk]
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return render(
        request,
        "archive/people.html",
        {"people": people, "letter": letter, "letters": letters},
    )


# --- CSV ------------------------------------------------------------------------------------

CSV_COLUMNS = [
    "slug",
    "title",
    "date_start",
    "date_end",
    "date_precision",
    "city",
    "venue_country",
    "body",
    "countries",
    "topics",
    "participants",
    "organizations",
    "url",
]


class _Echo:
    def write(self, value: str) -> str:
        return value


def export_csv(request: HttpRequest) -> HttpResponse:
    """The whole current result set as CSV, streamed in batches."""
    try:
        filterset, _ = parse_search(request)
    except BadParameters as error:
        return HttpResponse(f"Bad parameters: {error}\n", status=400, content_type="text/plain")
    searcher = MeetingSearch(filterset, user=request.user)
    writer = csv.writer(_Echo())
    base = request.build_absolute_uri("/")[:-1]

    def rows() -> Iterator[str]:
        yield writer.writerow(CSV_COLUMNS)
        countries = dict(Country.objects.values_list("pk", "code"))
        topics = dict(Topic.objects.values_list("pk", "slug"))
        organizations: dict[int, str] = {}
        batch: list[Meeting] = []
        meetings = (
            searcher.queryset()
            .select_related("venue_country")
            .defer("search_text", "search_names", "summary")
            .iterator(chunk_size=1000)
        )
        for meeting in meetings:
            batch.append(meeting)
            if len(batch) == 1000:
                yield from _csv_batch(writer, batch, countries, topics, organizations, base)
                batch = []
        yield from _csv_batch(writer, batch, countries, topics, organizations, base)

    stamp = datetime.date.today().isoformat()
    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="meetings-{stamp}.csv"'
    return response


def _csv_batch(writer, batch, countries, topics, organizations, base) -> Iterator[str]:
    if not batch:
        return
    people = dict(
        Participant.objects.filter(
            pk__in={pk for m in batch for pk in m.participant_ids}
        ).values_list("pk", "name")
    )
    missing = {pk for m in batch for pk in [*m.organization_ids, m.body_id] if pk} - set(
        organizations
    )
    if missing:
        organizations.update(Organization.objects.filter(pk__in=missing).values_list("pk", "name"))
    for m in batch:
        yield writer.writerow(
            _csv_safe(
                [
                    m.slug,
                    m.title,
                    m.date_start.isoformat() if m.date_start else "",
                    m.date_end.isoformat() if m.date_end else "",
                    m.date_precision,
                    m.city,
                    m.venue_country.code if m.venue_country else "",
                    organizations.get(m.body_id, "") if m.body_id else "",
                    "; ".join(countries[i] for i in m.country_ids if i in countries),
                    "; ".join(topics[i] for i in m.topic_ids if i in topics),
                    "; ".join(people[i] for i in m.participant_ids if i in people),
                    "; ".join(organizations[i] for i in m.organization_ids if i in organizations),
                    base + m.get_absolute_url(),
                ]
            )
        )


def _csv_safe(values: list[str]) -> list[str]:
    """Report text is untrusted: keep spreadsheets from running it as a formula."""
    return ["'" + v if v and v[0] in "=+-@\t\r" else v for v in values]
