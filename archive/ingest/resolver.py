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
3. a single person with the same surname key whose given name fits an initial ("V.
   Kolokoltsev", "Vladimir Kolokoltsev"): ``fuzzy`` — linked, flagged for review, and the
   spelling is not learned as the person's until an editor confirms it;
4. otherwise a new Participant. Where two people fit equally (namesakes), or a candidate's
   country contradicts the report's, the name is not merged into either (``ambiguous`` leaves
   the attendance unresolved for an editor; a contradicting country makes a new person).

Given names are the same only when they are spellings of one name (their transliteration keys
agree: Yerzhan = Erzhan = Erjan) or one is an initial: Erjan and Erlan are two people, however
alike they look. A candidate who held another office at the same time as the report's
(``offices``: the Minister of Internal Affairs is not the Deputy Minister of Finance in the
same month) is a namesake too. Such near misses become new people, and the review queue's
"similar people" pairs them for an editor to merge if they are one.

Organizations resolve by name, acronym or alias; countries by code, name, alias or demonym.
Both are small tables, cached in memory for the length of an import run.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db import IntegrityError, connection

from ..extraction.names import fold_word, name_keys, normalize_name
from ..models import (
    Attendance,
    Country,
    Meeting,
    Organization,
    Participant,
    ParticipantNameVariant,
    unique_slugs,
)
from .offices import SAME_TIME, at_the_same_time, different_offices
from .titles import organization_name_key

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
ATTENDANCE_TABLE = Attendance._meta.db_table
MEETING_TABLE = Meeting._meta.db_table


@dataclass
class PersonMatch:
    participant: Participant | None
    match: str  # an Attendance.Match value
    note: str = ""


@dataclass
class PersonRequest:
    """A person as a report names them: their office (``title``) at the meeting's ``date``."""

    name: str
    country: Country | None = None
    title: str = ""
    variants: Sequence[str] = ()
    date: datetime.date | None = None


@dataclass(eq=False)
class _Candidate:
    """A person known by some spellings: a Participant on record, or one about to be created."""

    name: str
    country_id: int | None
    pk: int | None = None
    record: Participant | None = None
    middles: set[str] = field(default_factory=set)  # folded middle names of its spellings
    offices: list[tuple[datetime.date, str]] = field(default_factory=list)  # (when, title)

    def held_other_office(self, request: PersonRequest) -> bool:
        """The person held an office other than the request's at the same time."""
        return bool(request.title) and any(
            at_the_same_time(when, request.date) and different_offices(title, request.title)
            for when, title in self.offices
        )


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

    def initialled(self, full: str) -> list[_Candidate]:
        """People with the same surname whose given name fits an initial, on either side
        ("V. Kolokoltsev" / "Vladimir Kolokoltsev"): linked, but flagged for review."""
        words = full.split()
        if len(words) < 2:
            return []
        first = words[0]
        found = []
        for their_first, who in self.by_last.get(words[-1], ()):
            if their_first == first or not (is_initial(first) or is_initial(their_first)):
                continue  # a variant already, or two given names: two people
            if their_first[0] == first[0] and who not in found:
                found.append(who)
        return found


def is_initial(folded_word: str) -> bool:
    """A given name of one or two letters is an initial ("V.", "Ye.", "Sh.")."""
    return len(folded_word) <= 2


class PeopleResolver:
    """Resolve extracted person names to Participants, creating people as needed.

    ``resolve_many`` resolves all the people of one report with one look-up query (and one
    for the offices its candidates held at the time) and bulk inserts, so the cost per report
    does not grow with the number of people in the archive.
    """

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
        found = (
            _choose(index.spelled(normalized, full_key), request, "exact")
            or _choose(index.similar(full_key, short_key), request, "variant")
            or _choose(index.initialled(full_key), request, "fuzzy")
        )
        if found is None:
            if not create:
                return _Decision(None, Attendance.Match.NEW, "would be a new person")
            newcomer = _Candidate(request.name, request.country.pk if request.country else None)
            newcomer.record = Participant(
                name=request.name[:200], country=request.country, title=request.title[:300]
            )
            found = _Decision(newcomer, Attendance.Match.NEW, "")
        if found.who is not None and found.match != Attendance.Match.FUZZY:
            # later requests see the spellings _save records: the name and its variants (a
            # Russian report's Cyrillic name), as the next report read alone would find them
            index.add(found.who, normalized, full_key, short_key)
            for variant in request.variants:
                spelling = _KeyedRequest.of(PersonRequest(variant[:200]))
                if spelling.normalized:
                    index.add(found.who, *spelling[1:])
            if request.title and request.date:
                found.who.offices.append((request.date, request.title))
        return found


def _choose(candidates: list[_Candidate], request: PersonRequest, match: str) -> _Decision | None:
    """The one candidate that fits, an ``ambiguous`` decision when several do, or None.
    A person of another country, or in another office at the time, is a namesake."""
    country_id = request.country.pk if request.country else None
    unique = [
        c
        for c in dict.fromkeys(candidates)
        if (country_id is None or c.country_id in (None, country_id))
        and not c.held_other_office(request)
    ]
    if not unique:
        return None
    if len(unique) == 1:
        return _Decision(unique[0], match, "")
    names = ", ".join(f"{c.name} (#{c.pk})" for c in unique)
    return _Decision(None, Attendance.Match.AMBIGUOUS, f"several people fit: {names}")


# --- Reading and writing people --------------------------------------------------------------


def _load_index(keyed: list[_KeyedRequest]) -> _VariantIndex:
    """The recorded spellings that could match these requests, in one query, and the offices
    their people held about the requests' dates, in another."""
    index = _VariantIndex()
    if not any(item.normalized for item in keyed):
        return index
    people: dict[int, _Candidate] = {}
    for pk, normalized, match_key, short_key, name, country_id in _fetch_variants(keyed):
        who = people.setdefault(pk, _Candidate(name, country_id, pk=pk))
        index.add(who, normalized, match_key, short_key)
    dates = sorted(
        {item.request.date for item in keyed if item.request.title and item.request.date}
    )
    if people and dates:
        for pk, title, when in _fetch_offices(sorted(people), dates):
            people[pk].offices.append((when, title))
    return index


def _fetch_offices(participant_ids: list[int], dates: list[datetime.date]) -> list[tuple]:
    """(participant id, title, meeting date) of these people's attendances with a title at
    meetings dated (to the day or month) within SAME_TIME of one of ``dates``."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT a.participant_id, a.title, m.date_start
            FROM {ATTENDANCE_TABLE} a JOIN {MEETING_TABLE} m ON m.id = a.meeting_id
            WHERE a.participant_id = ANY(%s) AND a.title <> ''
                AND m.date_precision IN ('day', 'month')
                AND EXISTS (
                    SELECT 1 FROM unnest(%s::date[]) AS d(day)
                    WHERE m.date_start BETWEEN d.day - %s AND d.day + %s
                )
            """,
            [participant_ids, dates, SAME_TIME.days, SAME_TIME.days],
        )
        return cursor.fetchall()


def _fetch_variants(keyed: list[_KeyedRequest]) -> list[tuple]:
    """(participant id, normalized, match_key, short_key, name, country id) of every variant
    with one of the requests' spellings or keys, or their surname where one of the given names
    is an initial of the other."""
    normals = {item.normalized for item in keyed if item.normalized}
    keys = {key for item in keyed for key in (item.full_key, item.short_key) if key}
    # Candidates by initial (see initialled): the same surname and first letter, where the
    # request's given name or the variant's is an initial. Not the whole surname: a common one
    # has thousands of spellings in a large archive.
    surnames = sorted(
        {
            (item.full_key.split()[-1], item.full_key[0], is_initial(item.full_key.split()[0]))
            for item in keyed
            if " " in item.full_key
        }
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
                SELECT w.id
                FROM unnest(%s::text[], %s::text[], %s::boolean[])
                    AS f(last_key, initial, initialled)
                JOIN {VARIANT_TABLE} w
                    ON w.last_key = f.last_key AND left(w.match_key, 1) = f.initial
                WHERE f.initialled OR length(split_part(w.match_key, ' ', 1)) <= 2
            )
            ORDER BY v.name, v.id
            """,
            [
                sorted(normals),
                sorted(keys),
                sorted(keys),
                [last for last, _, _ in surnames],
                [initial for _, initial, _ in surnames],
                [initialled for _, _, initialled in surnames],
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
        if decision.who is None or decision.match == Attendance.Match.FUZZY:
            continue  # an initial is not learned as anyone's spelling until confirmed
        for name in (item.request.name, *item.request.variants):
            if name and normalize_name(name):
                variant = ParticipantNameVariant(participant_id=decision.who.pk, name=name[:200])
                variants.append(variant.fill_keys())
    ParticipantNameVariant.objects.bulk_create(variants, ignore_conflicts=True)


# --- Countries and organizations -------------------------------------------------------------


# Words that tell no body from another: "Interior Ministries of Tajikistan and Turkmenistan"
# and "Interior Ministries of Turkmenistan and Tajikistan" are one body.
_FILLER_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "a", "an", "with"})


class ReferenceResolver:
    """Countries and organizations by any of their names, cached for one import run.

    An organization not found by name is also looked for by the words of its name, in any
    order, a state named by its demonym or by its name alike (``_words_key``): a body the
    reference data lacks is named by the extractor from the report's words, and two reports
    order them differently ("the ministries of A and B", "B's and A's ministries")."""

    def __init__(self) -> None:
        self._countries: dict[str, Country] = {}
        self._country_words: dict[str, str] = {}  # a one-word name or demonym -> code
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
            for label in [country.name, *country.aliases, *country.demonyms]:
                words = normalize_name(label or "").split()
                if len(words) == 1:
                    self._country_words.setdefault(words[0], country.code)
        self._organizations: dict[str, Organization] = {}
        self._by_words: dict[str, Organization] = {}
        self._title_keys: set[str] = set()  # organization_name_key of names and aliases
        self._newest_organization = 0
        self._catch_up()

    def _words_key(self, label: str) -> str:
        """The identifying words of a name, sorted, states folded to their codes ("" for a
        name of fewer than two such words, too short to be told apart this way)."""
        words = [
            self._country_words.get(word, word)
            for word in normalize_name(label).split()
            if word not in _FILLER_WORDS
        ]
        return " ".join(sorted(words)) if len(words) >= 2 else ""

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
        for label in [organization.name, *organization.aliases]:
            key = self._words_key(label) if label else ""
            if key:
                self._by_words.setdefault(key, organization)
            if label:
                self._title_keys.add(organization_name_key(label))

    def _known(self, label: str) -> Organization | None:
        """The organization of this name, or of the same words in another order."""
        found = self._organizations.get(normalize_name(label))
        if found is None:
            words = self._words_key(label)
            found = self._by_words.get(words) if words else None
        return found

    def organization_names(self) -> AbstractSet[str]:
        """The names and aliases of the organizations known to this run, as a headline is
        compared with them (archive.ingest.titles.title_weakness); read only."""
        return self._title_keys

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
        missing = {key: name for key, name in missing.items() if key and not self._known(name)}
        if missing:
            self._catch_up()
        # One new organization for names that differ only in the order of their words.
        by_words: dict[str, str] = {}
        for key, name in missing.items():
            if not self._known(name):
                by_words.setdefault(self._words_key(name) or key, name)
        names = list(by_words.values())
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
        found = self._known(label)
        if found is not None:
            return found
        if not create:
            self._catch_up()  # one look at the newest ids: usually no rows
            return self._known(label)
        self.create_organizations([label], kind=kind)
        found = self._known(label)
        if found is None:
            # Skipped, and not for its name: another import took its slug for another name
            # at the same moment. The report fails and is retried alone, with a fresh slug.
            raise IntegrityError(f"organization {label[:300]!r} could not be created")
        return found
