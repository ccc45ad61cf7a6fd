"""A synthetic corpus of meeting reports, for benchmarks and load tests (no Django here).

Realistic enough to exercise every stage: the CIS-wide bodies, cities and countries of the
fixtures, and national and regional bodies (a ministry's collegium, a region's coordination
council) built from them; dates from 1992 to 2026; several thousand people with spelling
variants ("Yerzhan"/"Erjan"); topics phrased as reports phrase them; texts of 1–8 KB in four
house styles (wire copy with a dateline, ministry press release, analytic piece, short brief),
some wrapped in page boilerplate with other people's names in "related news"; and some meetings
reported several times by different outlets. Deterministic: the same seed gives byte-identical
reports.

The generated truth (meeting key, people, countries) comes with each report so benchmarks can
check what the importer made of it.

A body never meets twice within a day of itself, as in life and as the importer assumes (two
reports of one body on overlapping days in one city are one meeting). That bounds how many
meetings the 26 CIS-wide bodies can hold: a million meetings over 34 years is an archive of
national and regional bodies above all, so once a CIS-wide body's calendar is full around the
drawn day, the meeting goes to a national or regional one. Without that rule a big corpus is
mostly look-alikes that the importer rightly sends to review (an earlier version of this
generator: 141,000 of 895,000 meetings published).
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

CIS_CODES = ["AM", "AZ", "BY", "KZ", "KG", "MD", "RU", "TJ", "TM", "UZ"]

# Given names and surnames by country; deliberately not the extractor's own lexicon.
GIVEN = {
    "RU": [
        "Vladimir",
        "Sergei",
        "Alexander",
        "Dmitry",
        "Nikolai",
        "Igor",
        "Andrei",
        "Viktor",
        "Yevgeny",
        "Mikhail",
        "Oleg",
        "Pavel",
        "Konstantin",
        "Gennady",
        "Roman",
        "Anatoly",
    ],
    "KZ": [
        "Yerzhan",
        "Marat",
        "Kairat",
        "Serik",
        "Nurlan",
        "Bolat",
        "Yerlan",
        "Daniyar",
        "Askar",
        "Beibut",
        "Timur",
        "Arman",
        "Kanat",
        "Zhanat",
        "Yermek",
        "Dauren",
    ],
    "BY": [
        "Ivan",
        "Yuri",
        "Valery",
        "Igor",
        "Alexander",
        "Viktor",
        "Nikolai",
        "Pavel",
        "Andrei",
        "Vadim",
        "Gennady",
        "Dmitry",
    ],
    "UZ": [
        "Pulat",
        "Shukhrat",
        "Abdusalom",
        "Bakhodir",
        "Rustam",
        "Ulugbek",
        "Farkhod",
        "Jamshid",
        "Sanjar",
        "Dilshod",
        "Akmal",
        "Otabek",
    ],
    "KG": [
        "Ulan",
        "Kursan",
        "Almazbek",
        "Melis",
        "Taalaibek",
        "Kamchybek",
        "Zhenishbek",
        "Azamat",
        "Bakyt",
        "Nurbek",
    ],
    "TJ": [
        "Ramazon",
        "Saimumin",
        "Abdurakhmon",
        "Sherali",
        "Davlatali",
        "Rustam",
        "Khayrullo",
        "Sukhrob",
        "Faridun",
        "Jamshed",
    ],
    "AM": ["Vahe", "Aram", "Armen", "Arpine", "Gagik", "Tigran", "Karen", "Artur", "Hovhannes"],
    "AZ": ["Vilayat", "Ali", "Ramil", "Elchin", "Anar", "Rashad", "Farid", "Kamran", "Ilgar"],
    "TM": ["Isgender", "Yaylym", "Annamyrat", "Batyr", "Dovlet", "Gurbanmyrat", "Serdar"],
    "MD": ["Adrian", "Ion", "Sergiu", "Vasile", "Mihai", "Alexandru", "Dorin"],
}
SURNAME = {
    "RU": [
        "Kolokoltsev",
        "Bortnikov",
        "Nurgaliev",
        "Zolotov",
        "Vasiliev",
        "Petrov",
        "Ivanov",
        "Sokolov",
        "Morozov",
        "Volkov",
        "Lebedev",
        "Kozlov",
        "Novikov",
        "Zaitsev",
        "Orlov",
        "Makarov",
        "Fedorov",
        "Belyaev",
        "Gusev",
        "Tikhonov",
        "Yermakov",
        "Zhukov",
    ],
    "KZ": [
        "Sadenov",
        "Tulebayev",
        "Akhmetzhanov",
        "Turgumbayev",
        "Baimaganbetov",
        "Kassymov",
        "Zhakupov",
        "Abenov",
        "Yessimov",
        "Nurmagambetov",
        "Shaikhin",
        "Iskakov",
        "Sarsenov",
        "Zhumabekov",
        "Beketayev",
        "Ospanov",
    ],
    "BY": [
        "Kubrakov",
        "Kuleshov",
        "Shunevich",
        "Karaev",
        "Vakulchik",
        "Tertel",
        "Volfovich",
        "Melnikov",
        "Pekarsky",
        "Shved",
        "Lukomsky",
    ],
    "UZ": [
        "Bobojonov",
        "Azimov",
        "Tashmatov",
        "Ismoilov",
        "Karimov",
        "Yusupov",
        "Rakhimov",
        "Mirzayev",
        "Abdullayev",
        "Khodjayev",
    ],
    "KG": [
        "Niyazbekov",
        "Asanov",
        "Tashiev",
        "Bakirov",
        "Dzhumaliev",
        "Orozbekov",
        "Sydykov",
        "Toktogulov",
    ],
    "TJ": ["Rahimzoda", "Yatimov", "Qahhorzoda", "Mirzozoda", "Sharipov", "Nazarov", "Saidov"],
    "AM": ["Ghazaryan", "Osipyan", "Harutyunyan", "Vardanyan", "Sargsyan", "Petrosyan"],
    "AZ": ["Eyvazov", "Nagiyev", "Mammadov", "Aliyev", "Guliyev", "Huseynov", "Hasanov"],
    "TM": ["Mammedov", "Atayev", "Garajayev", "Orazov", "Annayev", "Berdiyev"],
    "MD": ["Efros", "Popescu", "Rusu", "Ceban", "Munteanu", "Ciobanu"],
}
# Spellings that other outlets use for the same name.
VARIANTS = [
    ("Yer", "Er"),
    ("zh", "j"),
    ("ts", "tz"),
    ("iev", "iyev"),
    ("yev", "ev"),
    ("Yu", "Iu"),
    ("kh", "h"),
    ("ei", "ey"),
    ("ayev", "aev"),
]

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

POSTS = [
    "Minister of Internal Affairs of {country}",
    "Deputy Minister of Internal Affairs of {country}",
    "Chairman of the National Security Committee of {country}",
    "Head of the State Border Service of {country}",
    "Prosecutor General of {country}",
    "Head of the Customs Service of {country}",
    "Director of the Drug Control Agency of {country}",
    "Head of the Criminal Police Department of {country}",
]
RANKS = [
    "",
    "",
    "",
    "Colonel ",
    "Major General ",
    "Lieutenant General ",
    "Colonel General ",
    "Police General ",
]
OUTLETS = [
    ("BelTA", "MINSK"),
    ("Kazinform", "ASTANA"),
    ("TASS", "MOSCOW"),
    ("AKIpress", "BISHKEK"),
    ("Trend", "BAKU"),
    ("Khovar", "DUSHANBE"),
    ("UzA", "TASHKENT"),
    ("Armenpress", "YEREVAN"),
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FILLER = [
    "The parties noted the high level of cooperation between the law enforcement agencies of "
    "the Commonwealth states and agreed to continue joint work.",
    "Following the meeting, a number of documents were signed, and the date and venue of the "
    "next meeting were agreed.",
    "Particular attention was paid to the implementation of decisions taken at previous "
    "meetings and to the coordination of joint operations.",
    "The delegations exchanged views on the current situation and on measures to improve the "
    "effectiveness of interaction.",
    "The participants stressed the importance of practical results and of regular contacts "
    "between the heads of the relevant services.",
    "An interagency working group will prepare proposals on the issues discussed for the next "
    "session.",
]
BOILERPLATE_TOP = [
    "Home",
    "News",
    "Politics",
    "Society",
    "Economy",
    "Regions",
    "Multimedia",
    "Subscribe",
    "Search",
    "EN | RU",
]
BOILERPLATE_BOTTOM = [
    "Share: Facebook | Telegram | X | VK",
    "Read {n} times",
    "Subscribe to our newsletter",
    "© {year} {outlet}. All rights reserved.",
    "When using materials, a hyperlink is required.",
]


@dataclass
class Body:
    name: str
    aliases: list[str]
    country: str | None  # None: CIS-wide, hosted in turn
    cities: list[str]
    index: int  # row in the generator's calendar


@dataclass
class Person:
    name: str
    country: str
    post: str
    variants: list[str] = field(default_factory=list)


@dataclass
class GeneratedReport:
    name: str
    text: str
    meeting_key: str
    truth: dict


class CorpusGenerator:
    """Deterministic reports from a seed; ``reports(n)`` yields them one at a time (memory
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
        # One byte per body and day: set when the body meets that day (13 MB for ~1,000
        # bodies), so the calendar rule costs no memory that grows with the corpus.
        self.calendar = bytearray(len(self.bodies["all"]) * DAYS)
        topics = json.loads((FIXTURES / "topics.json").read_text(encoding="utf-8"))
        self.topic_phrases = {
            t["slug"]: [p for p in t["patterns"] if "*" not in p and len(p) > 5] or [t["name"]]
            for t in topics
        }
        self.people = self._make_people(people)
        self.by_country: dict[str, list[Person]] = {}
        for person in self.people:
            self.by_country.setdefault(person.country, []).append(person)

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

    # --- people ----------------------------------------------------------------------------

    def _make_people(self, n: int) -> list[Person]:
        rng, seen, people = self.rng, set(), []
        while len(people) < n:
            code = rng.choice(CIS_CODES)
            # Given names cross borders (a Russian first name on a Kazakh surname is common),
            # which also widens the name space to thousands of distinct people.
            given_from = code if rng.random() < 0.6 else rng.choice(CIS_CODES)
            name = f"{rng.choice(GIVEN[given_from])} {rng.choice(SURNAME[code])}"
            if rng.random() < 0.3:
                name = f"{rng.choice(GIVEN[given_from])} {name}"  # double given names
            if name in seen:
                continue
            seen.add(name)
            variants = [name.replace(a, b) for a, b in VARIANTS if a in name]
            post = rng.choice(POSTS).format(country=self.country_names[code])
            people.append(Person(name, code, post, sorted(set(variants) - {name})))
        return people

    def _spelling(self, person: Person) -> str:
        if person.variants and self.rng.random() < 0.25:
            return self.rng.choice(person.variants)
        return person.name

    # --- meetings and reports -------------------------------------------------------------

    def reports(self, n: int) -> Iterator[GeneratedReport]:
        produced = 0
        meeting_no = 0
        while produced < n:
            meeting_no += 1
            meeting = self._meeting(meeting_no)
            copies = 1
            if self.rng.random() < self.repeat_share:
                copies = self.rng.choice([2, 2, 3])
            for copy in range(copies):
                if produced >= n:
                    return
                produced += 1
                text = self._report_text(meeting, copy)
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

    def _report_text(self, meeting: dict, copy: int) -> str:
        rng = self.rng
        day: datetime.date = meeting["day"]
        date_text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        outlet, outlet_city = rng.choice(OUTLETS)
        chair, *others = meeting["people"]
        ordinal = f"{meeting['ordinal']}th " if meeting["ordinal"] else ""
        countries = meeting["countries"]
        country_list = (
            ", ".join(countries[1:-1] + [countries[0]]) + f" and {countries[-1]}"
            if len(countries) > 2
            else " and ".join(countries)
        )
        style = rng.choice(["wire", "press", "analytic", "brief"])
        paragraphs: list[str] = []
        headline = f"{meeting['body_label']} meets in {meeting['city']}"
        if style == "wire":
            paragraphs.append(
                f"{outlet_city}, {day.day} {MONTHS[day.month - 1]} ({outlet}) - The {ordinal}"
                f"meeting of the {meeting['body_label']} was held in {meeting['city']} on "
                f"{date_text}."
            )
        elif style == "press":
            paragraphs.append(
                f"On {date_text}, {meeting['city']} hosted the {ordinal}meeting of the "
                f"{meeting['body_label']}, the press service reported."
            )
        elif style == "analytic":
            paragraphs.append(
                f"The {ordinal}meeting of the {meeting['body_label']}, which took place in "
                f"{meeting['city']} on {date_text}, showed how the agenda of the Commonwealth's "
                "law enforcement bodies has changed."
            )
        else:
            paragraphs.append(
                f"{meeting['body_label']} held a meeting in {meeting['city']} on {date_text}."
            )
        rank = rng.choice(RANKS)
        paragraphs.append(
            f"The meeting was chaired by the {chair.post} {rank}{self._spelling(chair)}. "
            f"Delegations from {country_list} took part."
        )
        for person in others:
            if rng.random() < 0.5:
                paragraphs.append(
                    f"{self._spelling(person)}, the {person.post}, addressed the participants."
                )
            else:
                paragraphs.append(
                    f"The {person.post} {rng.choice(RANKS)}{self._spelling(person)} also took "
                    "part in the meeting."
                )
        for slug in meeting["topics"]:
            phrase = rng.choice(self.topic_phrases[slug])
            paragraphs.append(
                rng.choice(
                    [
                        f"The participants discussed {phrase} and agreed on joint measures.",
                        f"Special attention was paid to {phrase} in the region.",
                        f"The council approved a programme of cooperation on {phrase}.",
                    ]
                )
            )
        if style == "press":
            spokesperson = rng.choice(self.people)
            paragraphs.append(
                f'"The meeting was productive," the official representative of the ministry '
                f"{spokesperson.name} told journalists."
            )
        target = rng.choice([1000, 2000, 3000, 5000, 8000]) if style != "brief" else 1000
        while sum(len(p) for p in paragraphs) < target - 200:
            paragraphs.append(" ".join(rng.sample(FILLER, rng.randint(2, 4))))
        body = "\n\n".join(paragraphs)
        if rng.random() >= self.boilerplate_share:
            return f"{headline}\n\n{body}\n"
        related = rng.sample(self.people, 3)
        top = "\n".join(rng.sample(BOILERPLATE_TOP, 6))
        bottom = "\n".join(
            line.format(n=rng.randint(100, 9000), year=day.year, outlet=outlet)
            for line in BOILERPLATE_BOTTOM
        )
        related_news = "\n".join(
            f"{p.name} met with the ambassador of {self.country_names[rng.choice(CIS_CODES)]}"
            for p in related
        )
        return (
            f"{top}\n{date_text}, {rng.randint(8, 20)}:{rng.randint(10, 59)}\n\n{headline}\n\n"
            f"{body}\n\n{bottom}\nRelated news\n{related_news}\n"
        )


def write_corpus(directory: Path, n: int, *, seed: int = 1) -> Path:
    """Write ``n`` reports and a truth.jsonl beside them; returns the directory."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for report in CorpusGenerator(seed).reports(n):
            (directory / report.name).write_text(report.text, encoding="utf-8")
            truth.write(json.dumps({"file": report.name, **report.truth}) + "\n")
    return directory
