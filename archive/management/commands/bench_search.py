"""Search latency of the current database, server-side, for a fixed mix of requests.

Called by scripts/bench.py (`make bench`) against its scratch databases; prints JSON. The
requests go through Django's whole stack in-process (middleware, view, template or JSON
rendering) with the test client, so the figure is the server's time without the network.
The request mix covers what readers do (docs/PERFORMANCE.md); its values are picked
from the data so the same mix works on any corpus: the most common country and topic, a rare
person, a common word. ``--mix`` prints the picked values and the mix without measuring, so
scripts/bench_peers.py can send the same requests to other search engines.
"""

import json
import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.db.models import Count, QuerySet
from django.test import Client

from archive.models import Attendance, Meeting, MeetingCountry, MeetingTopic, Participant
from archive.search.facet_index import facet_index


class Command(BaseCommand):
    help = "Measure search latency (p50/p95 per request type) on the current database; JSON."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=15, help="Timed runs per request.")
        parser.add_argument(
            "--mix",
            action="store_true",
            help="Print the picked values and the mix; measure nothing.",
        )
        parser.add_argument(
            "--skip",
            action="append",
            default=[],
            metavar="TEXT",
            help="Leave out the requests whose label contains TEXT (repeatable), e.g. on an "
            "archive where an index they need is not built yet.",
        )

    def handle(self, *args, repeat, mix, skip, **options):
        published = Meeting.objects.filter(status=Meeting.Status.PUBLISHED)
        if mix:
            values = request_values(published)
            self.stdout.write(json.dumps({"values": values, "requests": request_mix(values)}))
            return
        index_figures = _load_index()
        client = Client()
        results = {}
        all_timings: list[float] = []
        for label, url in request_mix(request_values(published)).items():
            if any(text in label for text in skip):
                continue
            results[label], timings = self._measure(client, url, repeat)
            all_timings += timings
        summary = {
            "meetings": Meeting.objects.count(),
            "published": published.count(),
            "p95_ms_all": round(_p95(all_timings), 1),
            "facet_index": index_figures,
            "search_page_bytes": results.get("browse, all facets", {}).get("bytes"),
            "skipped": skip,
            "requests": results,
        }
        self.stdout.write(json.dumps(summary, indent=2))

    def _measure(self, client: Client, url: str, repeat: int) -> tuple[dict, list[float]]:
        """One request's figures (its first run's queries and size, the timed runs' p50 and
        p95) and the timings themselves."""
        queries: list[str] = []

        def count(execute, sql, params, many, context):
            queries.append(sql)
            return execute(sql, params, many, context)

        # An execute wrapper, not the debug query log: each request clears that log.
        with connection.execute_wrapper(count):
            _, status, size = self._get(client, url)
        timings = []
        for _ in range(repeat):
            # Every timed run counts anew and asks PostgreSQL for its words' matches again:
            # readers seldom repeat a search, so the figure is not that of kept counts.
            facet_index().forget_searches()
            timings.append(self._get(client, url)[0])
        figures = {
            "url": url,
            "status": status,
            "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(_p95(timings), 1),
            "queries": len(queries),
            "bytes": size,
        }
        return figures, timings

    @staticmethod
    def _get(client: Client, url: str) -> tuple[float, int, int]:
        """(milliseconds, status, bytes); a streamed response is timed to its first chunk."""
        started = time.perf_counter()
        response = client.get(url, secure=True)
        if response.streaming:
            body = next(iter(response.streaming_content), b"")
        else:
            body = response.content
        elapsed = (time.perf_counter() - started) * 1000
        if response.streaming:
            response.close()
        return elapsed, response.status_code, len(body)


def _rss_mb() -> float:
    """This process's resident memory (VmRSS), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _load_index() -> dict:
    """Load the facet index as a server process's first search does: its load time, the size
    of its arrays and the process's resident memory before and after."""
    before = _rss_mb()
    started = time.perf_counter()
    index = facet_index()
    seconds = time.perf_counter() - started
    # The word bitmaps of a big archive are read in the background after the load.
    index.wait_for_words()
    words_seconds = time.perf_counter() - started - seconds
    return {
        "load_s": round(seconds, 2),
        "words_s": round(words_seconds, 2),
        "words_held": len(index.words.bits) if index.words is not None else 0,
        "words_mb": round(index.words.nbytes / 2**20, 1) if index.words is not None else 0,
        "arrays_mb": round(index.nbytes / 2**20, 1),
        "rss_before_mb": round(before, 1),
        "rss_after_mb": round(_rss_mb(), 1),
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def request_values(published: QuerySet[Meeting]) -> dict:
    """The values the mix asks for, picked from the data: the two most common countries taking
    part, the most common topic, a person who attended one meeting, and a deep page."""
    top_countries = list(
        MeetingCountry.objects.filter(kind="participating")
        .values_list("country__code", flat=True)
        .annotate(n=Count("pk"))
        .order_by("-n")[:2]
    )
    top_topic = (
        MeetingTopic.objects.values_list("topic__slug", flat=True)
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()
    )
    rare = (
        Participant.objects.annotate(n=Count("attendances"))
        .filter(n=1)
        .order_by("pk")
        .values_list("name", flat=True)
        .first()
    ) or "Sadenov"
    first_country, second_country = (top_countries + ["RU", "KZ"])[:2]
    busiest_person, busiest_name = (
        Participant.objects.annotate(n=Count("attendances"))
        .order_by("-n", "pk")
        .values_list("slug", "name")
        .first()
    ) or (None, "Sadenov")
    busiest_body = (
        published.exclude(body=None)
        .order_by()
        .values_list("body__slug")
        .annotate(n=Count("pk"))
        .order_by("-n", "body__slug")
        .values_list("body__slug", flat=True)
        .first()
    )
    last_page = max(1, (published.count() + 19) // 20)
    common_office = (
        Attendance.objects.exclude(office="other")
        .filter(country__isnull=False)
        .values_list("office", "country__code")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()
    )
    office, office_country = common_office[:2] if common_office else ("interior-minister", "KZ")
    years = published.exclude(year=None).order_by("-year").values_list("year", flat=True)
    year = years.first() or 2024
    return {
        "common_word": "security",
        "rare_name": rare,
        "phrase": "drug trafficking",
        "countries": [first_country, second_country],
        "topic": top_topic,
        "deep_page": min(last_page, 200),
        "per_page": 20,
        "busiest_person": busiest_person,
        # What a reader has typed of the busiest person's surname when suggestions appear.
        "name_prefix": busiest_name.split()[-1][:4],
        "busiest_body": busiest_body,
        "office": f"{office}.{office_country}",
        "office_country": office_country,
        "year": year,
    }


def request_mix(values: dict) -> dict[str, str]:
    """Label -> URL: browsing, words, a name, a phrase, facets, a deep page, the API, CSV."""
    first_country, second_country = values["countries"]
    top_topic, deep = values["topic"], values["deep_page"]
    return {
        "browse, all facets": "/",
        "common word": f"/?q={values['common_word']}",
        "rare name": f"/?q={values['rare_name'].replace(' ', '+')}",
        "phrase": f'/?q="{values["phrase"].replace(" ", "+")}"',
        "two facets": f"/?country={first_country}&topic={top_topic}",
        "three facets": (f"/?country={first_country}&country={second_country}&topic={top_topic}"),
        f"deep page ({deep})": f"/?page={deep}",
        "JSON API": f"/api/meetings/?q={values['common_word']}&country={first_country}",
        "CSV first byte": f"/export.csv?country={first_country}",
        **relation_requests(values),
        "office and year": f"/?office={values['office']}&year={values['year']}",
        "role": f"/?role=chair.{values['office_country']}",
        "only two countries": (
            f"/?country={first_country}&country={second_country}&countries=exact"
        ),
        "people of a country": f"/?country={values['office_country']}&topic={top_topic}",
        "date range": f"/?date_from={values['year']}-06-01&date_to={values['year']}-06-30",
        **reader_requests(values),
    }


def reader_requests(values: dict) -> dict[str, str]:
    """The rest of what readers ask: everyone at a country's meetings (not only its people),
    a kind of body, two consecutive years, the browse lists, the name finders and the
    network and membership JSON."""
    first_country, year = values["countries"][0], values["year"]
    prefix = values.get("name_prefix", "Sade")
    requests = {
        "everyone at a country's meetings": f"/?country={first_country}&people=all",
        "kind of body": "/?body_type=not-cis",
        "two years": f"/?year={year - 1}&year={year}",
        "bodies list": "/organizations/",
        "people list": f"/people/?letter={prefix[0]}",
        "name suggestions": f"/api/suggest/?q={prefix}",
        "API people by name": f"/api/people/?q={prefix}",
        "API country network": f"/api/countries/{first_country.lower()}/network/",
    }
    person, body = values.get("busiest_person"), values.get("busiest_body")
    if person:
        requests["API person network"] = f"/api/participants/{person}/network/"
    if body:
        requests["API body members"] = f"/api/organizations/{body}/members/"
    return requests


def relation_requests(values: dict) -> dict[str, str]:
    """Who meets whom, a body's sessions and membership, a person's offices: the busiest
    person and body, the most common country."""
    person, body = values.get("busiest_person"), values.get("busiest_body")
    country = values["countries"][0].lower()
    requests = {
        "country page (partners)": f"/countries/{country}/",
        "country network, outside CIS bodies": f"/countries/{country}/network/?body_type=not-cis",
    }
    if person:
        requests |= {
            "person page (offices, partners)": f"/people/{person}/",
            "person network": f"/people/{person}/network/",
            "API person offices": f"/api/participants/{person}/offices/",
        }
    if body:
        requests |= {
            "body page (gaps, membership)": f"/organizations/{body}/",
            "body sessions": f"/organizations/{body}/sessions/",
            "body membership, every year": f"/organizations/{body}/members/",
            "API body sessions": f"/api/organizations/{body}/sessions/",
        }
    return requests
