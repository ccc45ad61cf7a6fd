"""Who is who: names as reports write them → Participant, Organization and Country records.

People. Russian and Central Asian names reach English in several transliterations, with or
without a middle name or patronymic; ``archive.extraction.names.name_keys`` folds a name into
a key that is the same for all of those, and a short key without middle names (both stored on
ParticipantNameVariant). Resolution then goes, like openparliament's importers, from the
safest evidence to the weakest, and refuses to guess:

1. a spelling already recorded for exactly one person (``exact``) — a short form without the
   middle name counts every person it could stand for;
2. the same transliteration key, or the same first and last names where one of the spellings
   lacks the middle name (``variant``); two different middle names are two people;
3. a single person with the same surname key and a similar first name with the same initial
   (``fuzzy``: linked, but the attendance is flagged for review);
4. otherwise a new Participant. Where two people fit equally (namesakes), or a candidate's
   country contradicts the report's, the name is not merged into either (``ambiguous`` leaves
   the attendance unresolved for an editor; a contradicting country makes a new person).

Organizations resolve by name, acronym or alias; countries by code, name, alias or demonym.
Both are small tables, cached in memory for the length of an import run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from django.db import IntegrityError, connection

from ..extraction.names import fold_word, name_keys, normalize_name
from ..models import (
    Attendance,
    Country,
    Organization,
    Participant,
    ParticipantNameVariant,
    unique_slugs,
)

__all__ = [
    "PeopleResolver",
    "PersonMatch",
    "PersonRequest",
    "ReferenceResolver",
    "fold_word",
    "name_keys",
]

VARIANT_TABLE = ParticipantNameVariant._meta.db_table
PARTICIPANT_TABLE = Participant._meta.db_table


@dataclass
class PersonMatch:
    participant: Participant | None
    match: str  # an Attendance.Match value
    note: str = ""


@dataclass
class PersonRequest:
    """A person as a report names them."""

    name: str
    country: Country | None = None
    title: str = ""
    variants: Sequence[str] = ()


@dataclass(eq=False)
class _Candidate:
    """A person known by some spellings: a Participant on record, or one about to be created."""

    name: str
    country_id: int | None
    pk: int | None = None
    record: Participant | None = None
    middles: set[str] = field(default_factory=set)  # folded middle names of its spellings


class _KeyedRequest(NamedTuple):
    """A request with the look-up keys of its name."""

    request: PersonRequest
    normalized: str
    full_key: str
    short_key: str

    @classmethod
    def of(cls, request: PersonRequest) -> _KeyedRequest:
        full_key, short_key = name_keys(request.name)
        return cls(request, normalize_name(request.name), full_key, short_key)


class _Decision(NamedTuple):
    """Who a request resolved to (None: nobody, or not yet created), how, and why."""

    who: _Candidate | None
    match: str  # an Attendance.Match value
    note: str


class _VariantIndex:
    """The name variants that could match a batch of requests, indexed every way we look.

    Buckets are insertion-ordered dicts used as sets: a common surname brings thousands of
    variants into a batch, and list membership tests would make loading quadratic.
    """

    def __init__(self) -> None:
        self.by_normalized: dict[str, dict[_Candidate, None]] = {}
        self.by_full: dict[str, dict[_Candidate, None]] = {}  # folded full names
        self.by_short: dict[str, dict[_Candidate, None]] = {}  # folded first + last names
        self.by_last: dict[str, dict[tuple[str, _Candidate], None]] = {}  # surname → first, who

    def add(self, who: _Candidate, normalized: str, match_key: str, short_key: str) -> None:
        for index, key in (
            (self.by_normalized, normalized),
            (self.by_full, match_key),
            (self.by_short, short_key),
        ):
            if key:
                index.setdefault(key, {})[who] = None
        words = match_key.split()
        if len(words) > 2:
            who.middles.add(" ".join(words[1:-1]))
        if words:
            self.by_last.setdefault(words[-1], {})[(words[0], who)] = None

    def spelled(self, normalized: str, full: str) -> list[_Candidate]:
        """People already recorded under this spelling — and, for a spelling without a middle
        name, everyone it could also stand for, so a short form never picks one of two."""
        found = list(self.by_normalized.get(normalized, ()))
        if found and len(full.split()) == 2:
            found += self.by_short.get(full, ())
        return found

    def similar(self, full: str, short: str) -> list[_Candidate]:
        """Same folded name, or the same first and last name where one of the two spellings
        has no middle name. Two different middle names are two different people."""
        middle = " ".join(full.split()[1:-1])
        found = [*self.by_full.get(full, ()), *self.by_short.get(full, ())]
        if middle:
            # A spelling without the middle name fits, unless the person is known under
            # another middle name ("Ali Aliyev" may be Ali Ilgar, but not Ali Rashad, Aliyev).
            found += [c for c in self.by_full.get(short, ()) if c.middles <= {middle}]
        return found

    def same_surname(self, full: str, threshold: float) -> list[_Candidate]:
        """People with the same surname and a similar first name with the same initial
        ("aleksandr"/"alexandr", "v."/"vladimir"): linked, but flagged for review."""
        words = full.split()
        if len(words) < 2:
            return []
        first = words[0]
        found = []
        for their_first, who in self.by_last.get(words[-1], ()):
            if their_first == first:
                continue  # would have matched as a variant already: different middle names
            if (
                their_first[0] == first[0]
                and _first_names_agree(first, their_first, threshold)
                and who not in found
            ):
                found.append(who)
        return found


class PeopleResolver:
    """Resolve extracted person names to Participants, creating people as needed.

    ``resolve_many`` resolves all the people of one report with one look-up query and bulk
    inserts, so the cost per report does not grow with the number of people in the archive.
    """

    FUZZY_FIRST_NAME = 0.75  # SequenceMatcher ratio for first names under the same surname

    def resolve(
        self,
        name: str,
        *,
        country: Country | None = None,
        title: str = "",
        create: bool = True,
    ) -> PersonMatch:
        return self.resolve_many([PersonRequest(name, country, title)], create=create)[0]

    def resolve_many(
        self, requests: Sequence[PersonRequest], *, create: bool = True
    ) -> list[PersonMatch]:
        keyed = [_KeyedRequest.of(request) for request in requests]
        index = _load_index(keyed)
        decisions = []
        for item in keyed:
            # One at a time: each decision adds its spelling to the index for the next.
            decisions.append(self._decide(index, item, create=create))
        return _save(keyed, decisions, create=create)

    def _decide(self, index: _VariantIndex, item: _KeyedRequest, *, create: bool) -> _Decision:
        """The safest evidence that names one person, else a new person (see the module)."""
        request, normalized, full_key, short_key = item
        if not normalized:
            return _Decision(None, Attendance.Match.AMBIGUOUS, "empty name")
        country_id = request.country.pk if request.country else None
        found = (
            _choose(index.spelled(normalized, full_key), country_id, "exact")
            or _choose(index.similar(full_key, short_key), country_id, "variant")
            or _choose(index.same_surname(full_key, self.FUZZY_FIRST_NAME), country_id, "fuzzy")
        )
        if found is None:
            if not create:
                return _Decision(None, Attendance.Match.NEW, "would be a new person")
            newcomer = _Candidate(request.name, country_id)
            newcomer.record = Participant(
                name=request.name[:200], country=request.country, title=request.title[:300]
            )
            index.add(newcomer, normalized, full_key, short_key)
            return _Decision(newcomer, Attendance.Match.NEW, "")
        if found.who is not None:
            index.add(found.who, normalized, full_key, short_key)  # later requests see it
        return found


def _choose(candidates: list[_Candidate], country_id: int | None, match: str) -> _Decision | None:
    """The one candidate that fits, an ``ambiguous`` decision when several do, or None."""
    unique = list(dict.fromkeys(candidates))
    if not unique:
        return None
    if country_id is not None:
        # A person of another country is a namesake, not the same person.
        unique = [c for c in unique if c.country_id in (None, country_id)]
        if not unique:
            return None
    if len(unique) == 1:
        return _Decision(unique[0], match, "")
    names = ", ".join(f"{c.name} (#{c.pk})" for c in unique)
    return _Decision(None, Attendance.Match.AMBIGUOUS, f"several people fit: {names}")


@lru_cache(maxsize=65_536)  # the same pairs of first names come back report after report
def _first_names_agree(first: str, other: str, threshold: float) -> bool:
    """Similar first names ("aleksandr"/"alexandr"), or an initial that fits ("v"/"vladimir")."""
    if len(first) == 1 or len(other) == 1:
        return first[0] == other[0]
    return SequenceMatcher(None, first, other).ratio() >= threshold


# --- Reading and writing people --------------------------------------------------------------


def _load_index(keyed: list[_KeyedRequest]) -> _VariantIndex:
    """The recorded spellings that could match these requests, in one query."""
    index = _VariantIndex()
    if not any(item.normalized for item in keyed):
        return index
    people: dict[int, _Candidate] = {}
    for pk, normalized, match_key, short_key, name, country_id in _fetch_variants(keyed):
        who = people.setdefault(pk, _Candidate(name, country_id, pk=pk))
        index.add(who, normalized, match_key, short_key)
    return index


def _fetch_variants(keyed: list[_KeyedRequest]) -> list[tuple]:
    """(participant id, normalized, match_key, short_key, name, country id) of every variant
    with one of the requests' spellings or keys, or their surname and first initial."""
    normals = {item.normalized for item in keyed if item.normalized}
    keys = {key for item in keyed for key in (item.full_key, item.short_key) if key}
    # Fuzzy candidates: the same surname and the same first initial (see same_surname). Not
    # the whole surname: a common one has thousands of spellings in a large archive.
    surnames = sorted(
        {(item.full_key.split()[-1], item.full_key[0]) for item in keyed if " " in item.full_key}
    )
    # Arrays and a join rather than one OR-ed condition per surname: PostgreSQL plans (and
    # Django compiles) that in time growing with the batch, every batch.
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT v.participant_id, v.normalized, v.match_key, v.short_key, p.name,
                p.country_id
            FROM {VARIANT_TABLE} v JOIN {PARTICIPANT_TABLE} p ON p.id = v.participant_id
            WHERE v.id IN (
                SELECT id FROM {VARIANT_TABLE}
                WHERE normalized = ANY(%s) OR match_key = ANY(%s) OR short_key = ANY(%s)
                UNION
                SELECT w.id FROM unnest(%s::text[], %s::text[]) AS f(last_key, initial)
                JOIN {VARIANT_TABLE} w
                    ON w.last_key = f.last_key AND left(w.match_key, 1) = f.initial
            )
            ORDER BY v.name, v.id
            """,
            [
                sorted(normals),
                sorted(keys),
                sorted(keys),
                [last for last, _ in surnames],
                [initial for _, initial in surnames],
            ],
        )
        return cursor.fetchall()


def _save(
    keyed: list[_KeyedRequest], decisions: list[_Decision], *, create: bool
) -> list[PersonMatch]:
    """Insert the new people and the new spellings; return Participant records."""
    if create:
        _insert_newcomers(decisions)
    _attach_records(decisions)
    if create:
        _insert_spellings(keyed, decisions)
    return [PersonMatch(who.record if who else None, match, note) for who, match, note in decisions]


def _insert_newcomers(decisions: list[_Decision]) -> None:
    """Create the people no record fitted, with unique slugs, in one insert."""
    newcomers = list(
        dict.fromkeys(d.who for d in decisions if d.who is not None and d.who.pk is None)
    )
    if not newcomers:
        return
    slugs = unique_slugs(Participant, [who.name for who in newcomers])
    for who, slug in zip(newcomers, slugs, strict=True):
        who.record.slug = slug
    Participant.objects.bulk_create([who.record for who in newcomers])
    for who in newcomers:
        who.pk = who.record.pk


def _attach_records(decisions: list[_Decision]) -> None:
    """Read the Participant of every person found on record, in one query."""
    known = [d.who.pk for d in decisions if d.who is not None and d.who.record is None]
    records = Participant.objects.in_bulk(known) if known else {}
    for who, _, _ in decisions:
        if who is not None and who.record is None:
            who.record = records[who.pk]


def _insert_spellings(keyed: list[_KeyedRequest], decisions: list[_Decision]) -> None:
    """Record every spelling of every resolved person; known ones are skipped by the
    database (the unique (participant, normalized) constraint)."""
    variants = []
    for item, decision in zip(keyed, decisions, strict=True):
        if decision.who is None:
            continue
        for name in (item.request.name, *item.request.variants):
            if name and normalize_name(name):
                variant = ParticipantNameVariant(participant_id=decision.who.pk, name=name[:200])
                variants.append(variant.fill_keys())
    ParticipantNameVariant.objects.bulk_create(variants, ignore_conflicts=True)


# --- Countries and organizations -------------------------------------------------------------


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
        self._newest_organization = 0
        self._catch_up()

    def _catch_up(self) -> None:
        """Read the organizations created since this resolver last looked (all, the first
        time): another import running at the same time may have made the one asked for."""
        for organization in Organization.objects.filter(pk__gt=self._newest_organization):
            self._remember(organization)

    def _remember(self, organization: Organization) -> None:
        self._newest_organization = max(self._newest_organization, organization.pk)
        for label in [organization.name, organization.acronym, *organization.aliases]:
            if label:
                self._organizations.setdefault(normalize_name(label), organization)

    def country(self, label: str | None) -> Country | None:
        if not label:
            return None
        return self._countries.get(normalize_name(label))

    def create_organizations(self, labels: Sequence[str | None], *, kind: str) -> None:
        """Create the organizations these labels name that do not exist yet, together: a
        handful of queries however many there are (the bodies of a batch of reports).

        Another import running at the same time may have created some since this resolver
        last looked (they are read first), or may be creating them now: its uncommitted row
        makes the insert wait, then skip that row, which is read back like the others."""
        missing = {normalize_name(label): label[:300] for label in labels if label}
        missing = {
            key: name for key, name in missing.items() if key and key not in self._organizations
        }
        if missing:
            self._catch_up()
        names = list(
            dict.fromkeys(name for key, name in missing.items() if key not in self._organizations)
        )
        if not names:
            return
        slugs = unique_slugs(Organization, names)
        Organization.objects.bulk_create(
            [
                Organization(name=name, slug=slug, kind=kind)
                for name, slug in zip(names, slugs, strict=True)
            ],
            ignore_conflicts=True,
        )
        for organization in Organization.objects.filter(name__in=names):
            self._remember(organization)

    def organization(
        self, label: str | None, *, kind: str = Organization.Kind.OTHER, create: bool = True
    ) -> Organization | None:
        key = normalize_name(label) if label else ""
        if not key:
            return None
        if key in self._organizations:
            return self._organizations[key]
        if not create:
            self._catch_up()  # one look at the newest ids: usually no rows
            return self._organizations.get(key)
        self.create_organizations([label], kind=kind)
        if key not in self._organizations:
            # Skipped, and not for its name: another import took its slug for another name
            # at the same moment. The report fails and is retried alone, with a fresh slug.
            raise IntegrityError(f"organization {label[:300]!r} could not be created")
        return self._organizations[key]
