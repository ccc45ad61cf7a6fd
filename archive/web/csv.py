"""The whole result set of a search as CSV, streamed in batches.

The export never ranks: a relevance search comes out newest first (ranking would read every
match's vector before the first byte). Report text is untrusted, so a cell that a spreadsheet
would run as a formula is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import datetime
from collections.abc import Iterable, Iterator

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse

from ..models import Country, Meeting, Organization, Participant, Topic
from ..search import name_display
from ..search.name_display import NAME_FIELDS, name_in
from ..search.params import BadParameters, parse_search
from ..search.query import MeetingSearch

BATCH = 1000  # meetings read, and their people's and organizations' names looked up, at once
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
FORMULA_STARTS = "=+-@\t\r"


class _Echo:
    """A file that hands back what is written: csv.writer then returns each line."""

    def write(self, value: str) -> str:
        return value


def export_csv(request: HttpRequest) -> HttpResponse:
    """The whole current result set as CSV, streamed in batches."""
    try:
        filterset, _ = parse_search(request.GET, request.user)
    except BadParameters as error:
        return HttpResponse(f"Bad parameters: {error}\n", status=400, content_type="text/plain")
    meetings = MeetingSearch(filterset, user=request.user).ordered(rank=False)
    site = request.build_absolute_uri("/")[:-1]
    stamp = datetime.date.today().isoformat()
    lines = csv_lines(meetings, site, script=name_display.current())
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="meetings-{stamp}.csv"'
    return response


def csv_lines(meetings, site: str, script: str = name_display.DEFAULT) -> Iterator[str]:
    """The header and one line per meeting, ``site`` prefixing each meeting's URL, people
    named in ``script`` (the lines are written after the view returns, so it is passed in)."""
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_COLUMNS)
    names = _Names(script)
    batch: list[Meeting] = []
    rows = (
        meetings.select_related("venue_country").lean().defer("summary").iterator(chunk_size=BATCH)
    )
    for meeting in rows:
        batch.append(meeting)
        if len(batch) == BATCH:
            yield from (writer.writerow(row) for row in names.rows(batch, site))
            batch = []
    yield from (writer.writerow(row) for row in names.rows(batch, site))


class _Names:
    """Codes and names for the ids in the meetings' facet-key columns: countries and topics
    read once, people per batch, organizations as they first appear."""

    def __init__(self, script: str) -> None:
        self.script = script
        self.countries = dict(Country.objects.values_list("pk", "code"))
        self.topics = dict(Topic.objects.values_list("pk", "slug"))
        self.organizations: dict[int, str] = {}

    def rows(self, batch: list[Meeting], site: str) -> Iterator[list[str]]:
        if not batch:
            return
        people = {
            pk: name_in(self.script, **dict(zip(NAME_FIELDS, names, strict=True)))
            for pk, *names in Participant.objects.filter(
                pk__in={pk for m in batch for pk in m.participant_ids}
            ).values_list("pk", *NAME_FIELDS)
        }
        wanted = {pk for m in batch for pk in [*m.organization_ids, m.body_id] if pk}
        missing = wanted - set(self.organizations)
        if missing:
            found = Organization.objects.filter(pk__in=missing).values_list("pk", "name")
            self.organizations.update(found)
        for meeting in batch:
            yield _csv_safe(self._row(meeting, people, site))

    def _row(self, m: Meeting, people: dict[int, str], site: str) -> list[str]:
        return [
            m.slug,
            m.title,
            m.date_start.isoformat() if m.date_start else "",
            m.date_end.isoformat() if m.date_end else "",
            m.date_precision,
            m.city,
            m.venue_country.code if m.venue_country else "",
            self.organizations.get(m.body_id, "") if m.body_id else "",
            _joined(self.countries, m.country_ids),
            _joined(self.topics, m.topic_ids),
            _joined(people, m.participant_ids),
            _joined(self.organizations, m.organization_ids),
            site + m.get_absolute_url(),
        ]


def _joined(names: dict[int, str], ids: Iterable[int]) -> str:
    return "; ".join(names[pk] for pk in ids if pk in names)


def _csv_safe(values: list[str]) -> list[str]:
    """Report text is untrusted: keep spreadsheets from running it as a formula."""
    return ["'" + v if v and v[0] in FORMULA_STARTS else v for v in values]
