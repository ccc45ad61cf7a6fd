"""A synthetic corpus of meeting reports, for benchmarks and load tests (no Django here).

Realistic enough to exercise every stage: the CIS-wide bodies, cities and countries of the
fixtures, and national and regional bodies (a ministry's collegium, a region's coordination
council) built from them; dates from 1992 to 2026; several thousand people with spelling
variants ("Yerzhan"/"Erjan", ``people``); topics phrased as reports phrase them; texts of 1–8 KB
in four house styles, some wrapped in page boilerplate (``report_text``); and some meetings
reported several times by different outlets. Deterministic: the same seed gives byte-identical
reports.

The generated truth (meeting key, people, countries) comes with each report so benchmarks can
check what the importer made of it.

A body never meets twice within a day of itself, as in life and as the importer assumes (two
reports of one body on overlapping days in one city are one meeting). That bounds how many
meetings the reference data's standing bodies can hold: a million meetings over 34 years is
an archive of national and regional bodies above all, so once a standing body's calendar is
full around the drawn day, the meeting goes to a national or regional one. Without that rule
a big corpus is mostly look-alikes that the importer rightly sends to review
(docs/PERFORMANCE.md).
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .people import CIS_CODES, Person, make_people
from .report_text import ReportWriter

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

# Bodies of one state and of one region: "collegium" and "board" meetings are how most of a
# ministry's work is reported. Each meets as often as the calendar allows.
NATIONAL_BODIES = [
    "Collegium of the Ministry of Internal Affairs of {country}",
    "Board of the State Customs Committee of {country}",
    "Collegium of the State Border Service of {country}",
    "Coordination Council of Law Enforcement Bodies of {country}",
    "Board of the Drug Control Agency of {country}",
    "Council of Heads of Regional Police Departments of {country}",
]
REGIONAL_BODIES = [
    "Coordination Council of Heads of Law Enforcement Bodies of the {city} Region",
    "Collegium of the Internal Affairs Department of the {city} Region",
    "Commission on Crime Prevention of the {city} Region",
    "Council of Heads of Border and Customs Posts of the {city} Region",
]
# How often a new meeting is drawn for each kind of body, while the CIS-wide calendars have room.
BODY_KIND_WEIGHTS = {"cis": 5, "national": 2, "regional": 3}
FIRST_DAY = datetime.date(1992, 1, 1)
DAYS = 12_700  # to the end of 2026
BUSY_TRIES = 4  # draws of (body, day) before a meeting goes to a regional body


@dataclass
class Body:
    name: str
    aliases: list[str]
    country: str | None  # None: CIS-wide, hosted in turn
    cities: list[str]
    index: int  # row in the generator's calendar


@dataclass
class GeneratedReport:
    name: str
    text: str
    meeting_key: str
    truth: dict


class CorpusGenerator:
    """Deterministic reports from a seed; ``reports(count)`` yields them one at a time (memory
    stays flat however many are asked for)."""

    def __init__(
        self,
        seed: int = 1,
        *,
        people: int = 3000,
        boilerplate_share: float = 0.35,
        repeat_share: float = 0.2,
    ) -> None:
        self.rng = random.Random(seed)
        self.boilerplate_share = boilerplate_share
        self.repeat_share = repeat_share
        countries = json.loads((FIXTURES / "countries.json").read_text(encoding="utf-8"))
        self.country_names = {c["code"]: c["name"] for c in countries}
        organizations = json.loads((FIXTURES / "organizations.json").read_text(encoding="utf-8"))
        cities = json.loads((FIXTURES / "cities.json").read_text(encoding="utf-8"))
        self.cities = {
            code: [c["name"] for c in cities if c["country"] == code] for code in CIS_CODES
        }
        self.bodies = self._make_bodies(
            [o for o in organizations if o.get("kind") == "body"],
            [c for c in cities if c["country"] in CIS_CODES],
        )
        # One byte per body and day, set when the body meets that day: the calendar rule
        # costs no memory that grows with the corpus.
        self.calendar = bytearray(len(self.bodies["all"]) * DAYS)
        topics = json.loads((FIXTURES / "topics.json").read_text(encoding="utf-8"))
        self.topic_phrases = {
            t["slug"]: [p for p in t["patterns"] if "*" not in p and len(p) > 5] or [t["name"]]
            for t in topics
        }
        self.people = make_people(self.rng, people, self.country_names)
        self.by_country: dict[str, list[Person]] = {}
        for person in self.people:
            self.by_country.setdefault(person.country, []).append(person)
        self.writer = ReportWriter(
            self.rng,
            country_names=self.country_names,
            topic_phrases=self.topic_phrases,
            people=self.people,
            boilerplate_share=boilerplate_share,
        )

    # --- bodies ----------------------------------------------------------------------------

    def _make_bodies(self, cis: list[dict], cities: list[dict]) -> dict[str, list[Body]]:
        made: dict[str, list[Body]] = {"cis": [], "national": [], "regional": []}
        everything: list[Body] = []

        def add(kind: str, name: str, aliases: list[str], country, where: list[str]) -> None:
            body = Body(name, aliases, country, where, len(everything))
            made[kind].append(body)
            everything.append(body)

        for organization in cis:
            add("cis", organization["name"], organization.get("aliases", [])[:3], None, [])
        for code in CIS_CODES:
            country = self.country_names[code]
            for template in NATIONAL_BODIES:
                add("national", template.format(country=country), [], code, self.cities[code])
        for city in cities:
            if city.get("capital"):
                continue  # a capital's bodies are the national ones
            for template in REGIONAL_BODIES:
                add(
                    "regional",
                    template.format(city=city["name"]),
                    [],
                    city["country"],
                    [city["name"]],
                )
        made["all"] = everything
        return made

    def _free(self, body: Body, day: int) -> bool:
        """No meeting of the body on the day before, the day itself or the day after."""
        row = body.index * DAYS
        return not any(self.calendar[row + d] for d in range(max(0, day - 1), min(DAYS, day + 2)))

    def _body_and_day(self) -> tuple[Body, int]:
        rng = self.rng
        kinds, weights = list(BODY_KIND_WEIGHTS), list(BODY_KIND_WEIGHTS.values())
        tries = 0
        while True:
            tries += 1
            kind = rng.choices(kinds, weights)[0] if tries <= BUSY_TRIES else "regional"
            body = rng.choice(self.bodies[kind])
            day = rng.randrange(0, DAYS)
            if self._free(body, day):
                self.calendar[body.index * DAYS + day] = 1
                return body, day

    # --- meetings and reports -------------------------------------------------------------

    def reports(self, count: int) -> Iterator[GeneratedReport]:
        produced = 0
        meeting_no = 0
        while produced < count:
            meeting_no += 1
            meeting = self._meeting(meeting_no)
            copies = 1
            if self.rng.random() < self.repeat_share:
                copies = self.rng.choice([2, 2, 3])
            for _ in range(copies):
                if produced >= count:
                    return
                produced += 1
                text = self.writer.text(meeting)
                yield GeneratedReport(
                    name=f"{produced:07d}.txt",
                    text=text,
                    meeting_key=meeting["key"],
                    truth={
                        k: meeting[k]
                        for k in (
                            "key",
                            "body",
                            "date",
                            "city",
                            "countries",
                            "participants",
                            "topics",
                        )
                    },
                )

    def _meeting(self, number: int) -> dict:
        rng = self.rng
        body, day_number = self._body_and_day()
        host = body.country or rng.choice(CIS_CODES)
        city = rng.choice(body.cities or self.cities.get(host) or ["Moscow"])
        day = FIRST_DAY + datetime.timedelta(days=day_number)
        # A state's own bodies mostly meet among themselves, with a neighbour or two invited.
        most_guests = 8 if body.country is None else 2
        guests = rng.sample([c for c in CIS_CODES if c != host], rng.randint(1, most_guests))
        countries = [host, *guests]
        chair = rng.choice(self.by_country[host])
        others = [rng.choice(self.by_country[c]) for c in guests[: rng.randint(1, 6)]]
        participants = [chair, *[p for p in others if p is not chair]]
        topics = rng.sample(sorted(self.topic_phrases), rng.randint(2, 5))
        return {
            "key": f"m{number}",
            "body": body.name,
            "body_label": rng.choice([body.name, *body.aliases]),
            "ordinal": rng.choice([None, rng.randint(2, 80)]),
            "date": day.isoformat(),
            "day": day,
            "city": city,
            "host": host,
            "countries": [self.country_names[c] for c in countries],
            "participants": [p.name for p in participants],
            "people": participants,
            "topics": topics,
        }


def write_corpus(directory: Path, count: int, *, seed: int = 1) -> Path:
    """Write ``count`` reports and a truth.jsonl beside them; returns the directory."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for report in CorpusGenerator(seed).reports(count):
            (directory / report.name).write_text(report.text, encoding="utf-8")
            truth.write(json.dumps({"file": report.name, **report.truth}) + "\n")
    return directory
