"""The text of one synthetic report: four house styles (wire copy with a dateline, ministry press
release, analytic piece, short brief), padded to 1–8 KB, some wrapped in a news site's page
furniture with other people's names in "related news"."""

from __future__ import annotations

import datetime
import random

from .people import CIS_CODES, Person

STYLES = ["wire", "press", "analytic", "brief"]
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


class ReportWriter:
    """Writes reports of generated meetings, drawing from the generator's random stream (so a
    seed gives the same corpus byte for byte)."""

    def __init__(
        self,
        rng: random.Random,
        *,
        country_names: dict[str, str],
        topic_phrases: dict[str, list[str]],
        people: list[Person],
        boilerplate_share: float,
    ) -> None:
        self.rng = rng
        self.country_names = country_names
        self.topic_phrases = topic_phrases
        self.people = people
        self.boilerplate_share = boilerplate_share

    def text(self, meeting: dict) -> str:
        rng = self.rng
        day: datetime.date = meeting["day"]
        date_text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        outlet, outlet_city = rng.choice(OUTLETS)
        style = rng.choice(STYLES)
        headline = f"{meeting['body_label']} meets in {meeting['city']}"
        paragraphs = [
            self._opening(meeting, style, date_text, outlet, outlet_city),
            *self._people(meeting),
            *self._topics(meeting),
        ]
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
        return self._on_a_news_page(headline, body, day, date_text, outlet)

    @staticmethod
    def _opening(meeting: dict, style: str, date_text: str, outlet: str, outlet_city: str) -> str:
        """The first paragraph, in the house style."""
        day: datetime.date = meeting["day"]
        ordinal = f"{meeting['ordinal']}th " if meeting["ordinal"] else ""
        if style == "wire":
            return (
                f"{outlet_city}, {day.day} {MONTHS[day.month - 1]} ({outlet}) - The {ordinal}"
                f"meeting of the {meeting['body_label']} was held in {meeting['city']} on "
                f"{date_text}."
            )
        if style == "press":
            return (
                f"On {date_text}, {meeting['city']} hosted the {ordinal}meeting of the "
                f"{meeting['body_label']}, the press service reported."
            )
        if style == "analytic":
            return (
                f"The {ordinal}meeting of the {meeting['body_label']}, which took place in "
                f"{meeting['city']} on {date_text}, showed how the agenda of the Commonwealth's "
                "law enforcement bodies has changed."
            )
        return f"{meeting['body_label']} held a meeting in {meeting['city']} on {date_text}."

    def _people(self, meeting: dict) -> list[str]:
        """Who chaired, which delegations came, and a sentence for each other participant."""
        rng = self.rng
        chair, *others = meeting["people"]
        countries = meeting["countries"]
        country_list = (
            ", ".join(countries[1:-1] + [countries[0]]) + f" and {countries[-1]}"
            if len(countries) > 2
            else " and ".join(countries)
        )
        rank = rng.choice(RANKS)
        paragraphs = [
            f"The meeting was chaired by the {chair.post} {rank}{self._spelling(chair)}. "
            f"Delegations from {country_list} took part."
        ]
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
        return paragraphs

    def _topics(self, meeting: dict) -> list[str]:
        """A sentence for each topic, phrased as reports phrase it."""
        rng = self.rng
        paragraphs = []
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
        return paragraphs

    def _on_a_news_page(
        self, headline: str, body: str, day: datetime.date, date_text: str, outlet: str
    ) -> str:
        """The report inside a news site's page: menu, time stamp, sharing links, copyright
        and "related news" naming other people."""
        rng = self.rng
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

    def _spelling(self, person: Person) -> str:
        """The person's name, or now and then a spelling another outlet uses."""
        if person.variants and self.rng.random() < 0.25:
            return self.rng.choice(person.variants)
        return person.name
