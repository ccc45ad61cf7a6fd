"""The reference rows an import run asks for again and again, read once and kept for the run."""

from __future__ import annotations

from ..extraction import Lexicon
from ..models import Topic
from .reference_data import read_fixture
from .resolver import PeopleResolver, ReferenceResolver


class Lookups:
    """The lexicon, the topics by slug, and the resolvers of countries, organizations and
    people, shared by the parts of one importer.

    The lexicon and topics are built on first use and kept; cached organizations are dropped
    after a rollback (``forget_organizations``), since they may name rows that are gone.
    """

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon
        self._references: ReferenceResolver | None = None
        self._topics: dict[str, Topic] | None = None
        self.people = PeopleResolver()

    @property
    def lexicon(self) -> Lexicon:
        """The fixtures' gazetteers with the topics as editors keep them in the database."""
        if self._lexicon is None:
            topics = [
                {
                    "slug": topic.slug,
                    "name": topic.name,
                    "description": topic.description,
                    "patterns": list(topic.patterns),
                }
                for topic in Topic.objects.all()
            ] or read_fixture("topics.json")
            self._lexicon = Lexicon(
                countries=read_fixture("countries.json"),
                topics=topics,
                organizations=read_fixture("organizations.json"),
                cities=read_fixture("cities.json"),
            )
        return self._lexicon

    @property
    def topics(self) -> dict[str, Topic]:
        if self._topics is None:
            self._topics = {topic.slug: topic for topic in Topic.objects.all()}
        return self._topics

    @property
    def references(self) -> ReferenceResolver:
        if self._references is None:
            self._references = ReferenceResolver()
        return self._references

    def forget_organizations(self) -> None:
        """Drop cached organizations: after a rollback they may name rows that are gone."""
        self._references = None
