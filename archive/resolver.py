"""Who is who: names as reports write them → Participant, Organization and Country records.

People. Russian and Central Asian names reach English in several transliterations ("Yerzhan" /
"Erjan", "Kolokoltsev" / "Kolokoltzev", "Nurgaliyev" / "Nurgaliev"), with or without a middle
name or patronymic. ``name_keys`` folds a name into a key that is the same for all of those, and
a short key without middle names. Resolution then goes, like openparliament's importers, from
the safest evidence to the weakest, and refuses to guess:

1. a spelling already recorded for exactly one person (``exact``);
2. the same transliteration key or the same first and last name (``variant``);
3. a single person with the same surname key and a similar first name (``fuzzy``: linked, but
   the attendance is flagged for review);
4. otherwise a new Participant. Where two people fit equally (namesakes), or a candidate's
   country contradicts the report's, the name is not merged into either (``ambiguous`` leaves
   the attendance unresolved for an editor; a contradicting country makes a new person).

Organizations resolve by name, acronym or alias; countries by code, name, alias or demonym.
Both are small tables, cached in memory for the length of an import run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.db.models import Q

from .models import (
    Attendance,
    Country,
    Organization,
    Participant,
    ParticipantNameVariant,
    normalize_name,
    unique_slug,
)

# Applied in order, repeatedly until nothing changes, so the result does not depend on which
# spelling we started from. Each folds letters that transliteration systems disagree on
# (BGN/PCGN, ISO 9, French- and German-style, Kazakh official romanisation). Over-folding is
# safe: a match also needs the first and last names to agree, and the countries not to clash.
_FOLDS: list[tuple[str, str]] = [
    ("shch", "sh"),
    ("sch", "sh"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("tch", "ch"),
    ("kh", "h"),
    ("tz", "ts"),
    ("ks", "x"),
    ("ph", "f"),
    ("w", "v"),
    ("q", "k"),
    ("y", "i"),
    ("ii", "i"),
    ("ie", "e"),
    ("iu", "u"),
    ("io", "o"),
    ("ia", "a"),
    ("je", "e"),
    ("ju", "u"),
    ("jo", "o"),
    ("ja", "a"),
]
_DOUBLE = re.compile(r"(.)\1+")


def fold_word(word: str) -> str:
    """A transliteration-independent form of one word: "yerzhan" and "erjan" give one key."""
    for _ in range(5):
        before = word
        for old, new in _FOLDS:
            word = word.replace(old, new)
        word = _DOUBLE.sub(r"\1", word)
        if len(word) > 4 and word.endswith("of"):
            word = word[:-2] + "ov"  # Petroff = Petrov
        if word == before:
            break
    return word


def name_keys(name: str) -> tuple[str, str]:
    """(match_key, short_key): the folded full name, and folded first + last words."""
    words = [fold_word(w) for w in normalize_name(name).split() if w]
    if not words:
        return "", ""
    full = " ".join(words)
    short = f"{words[0]} {words[-1]}" if len(words) > 2 else full
    return full, short


@dataclass
class PersonMatch:
    participant: Participant | None
    match: str  # an Attendance.Match value
    note: str = ""


class PeopleResolver:
    """Resolve extracted person names to Participants, creating people as needed."""

    FUZZY_FIRST_NAME = 0.75  # SequenceMatcher ratio for first names under the same surname

    def resolve(
        self,
        name: str,
        *,
        country: Country | None = None,
        title: str = "",
        create: bool = True,
    ) -> PersonMatch:
        normalized = normalize_name(name)
        if not normalized:
            return PersonMatch(None, Attendance.Match.AMBIGUOUS, "empty name")
        full, short = name_keys(name)

        exact = self._people(Q(name_variants__normalized=normalized))
        match = self._choose(exact, country, Attendance.Match.EXACT)
        if match:
            return match

        similar = self._people(
            Q(name_variants__match_key=full)
            | Q(name_variants__short_key=short)
            | Q(name_variants__match_key=short)
            | Q(name_variants__short_key=full)
        )
        match = self._choose(similar, country, Attendance.Match.VARIANT)
        if match:
            if match.participant:
                match.participant.add_variant(name)
            return match

        fuzzy = self._fuzzy_candidates(full)
        match = self._choose(fuzzy, country, Attendance.Match.FUZZY)
        if match:
            if match.participant:
                match.participant.add_variant(name)
            return match

        if not create:
            return PersonMatch(None, Attendance.Match.NEW, "would be a new person")
        return PersonMatch(self.create(name, country=country, title=title), Attendance.Match.NEW)

    def create(self, name: str, *, country: Country | None, title: str) -> Participant:
        person = Participant.objects.create(
            name=name,
            slug=unique_slug(Participant, name),
            country=country,
            title=title[:300],
        )
        person.add_variant(name)
        return person

    @staticmethod
    def _people(condition: Q) -> list[Participant]:
        return list(Participant.objects.filter(condition).distinct().order_by("pk")[:10])

    def _choose(
        self, candidates: list[Participant], country: Country | None, match: str
    ) -> PersonMatch | None:
        if not candidates:
            return None
        if country is not None:
            # A person of another country is a namesake, not the same person.
            compatible = [p for p in candidates if p.country_id in (None, country.pk)]
            if not compatible:
                return None
            candidates = compatible
        if len(candidates) == 1:
            return PersonMatch(candidates[0], match)
        return PersonMatch(
            None,
            Attendance.Match.AMBIGUOUS,
            "several people fit: " + ", ".join(f"{p.name} (#{p.pk})" for p in candidates),
        )

    def _fuzzy_candidates(self, full_key: str) -> list[Participant]:
        words = full_key.split()
        if len(words) < 2:
            return []
        first, last = words[0], words[-1]
        variants = ParticipantNameVariant.objects.filter(
            Q(match_key__endswith=f" {last}") | Q(match_key=last)
        ).select_related("participant")[:50]
        found: dict[int, Participant] = {}
        for variant in variants:
            their_first = variant.match_key.split()[0]
            if their_first == first:
                continue  # would have matched as a variant already: different middle names
            if _first_names_agree(first, their_first, self.FUZZY_FIRST_NAME):
                found[variant.participant_id] = variant.participant
        return list(found.values())


def _first_names_agree(a: str, b: str, threshold: float) -> bool:
    """Similar first names ("aleksandr"/"alexandr"), or an initial that fits ("v"/"vladimir")."""
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return SequenceMatcher(None, a, b).ratio() >= threshold


class ReferenceResolver:
    """Countries and organizations by any of their names, cached for one import run."""

    def __init__(self) -> None:
        self._countries: dict[str, Country] = {}
        for country in Country.objects.all():
            for label in [
                country.code,
                country.name,
                country.official_name,
                *country.aliases,
                *country.demonyms,
            ]:
                if label:
                    self._countries.setdefault(normalize_name(label), country)
        self._organizations: dict[str, Organization] = {}
        for organization in Organization.objects.all():
            self._remember(organization)

    def _remember(self, organization: Organization) -> None:
        for label in [organization.name, organization.acronym, *organization.aliases]:
            if label:
                self._organizations.setdefault(normalize_name(label), organization)

    def country(self, label: str | None) -> Country | None:
        if not label:
            return None
        return self._countries.get(normalize_name(label))

    def organization(
        self, label: str | None, *, kind: str = Organization.Kind.OTHER, create: bool = True
    ) -> Organization | None:
        if not label or not normalize_name(label):
            return None
        found = self._organizations.get(normalize_name(label))
        if found or not create:
            return found
        organization = Organization.objects.create(
            name=label[:300], slug=unique_slug(Organization, label), kind=kind
        )
        self._remember(organization)
        return organization
