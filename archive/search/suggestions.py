"""People with names like the words searched for, and names suggested while typing.

- ``similar_participants``: people whose recorded spellings look like the searched text
  ("Kolokoltzev" → Kolokoltsev, "Erjan Sadenov" → Yerzhan Sadenov, «Колокольцева» and
  "Kolokolcev" → Kolokoltsev), by transliteration keys of the text and of its spellings in the
  other script (archive.extraction.name_scripts.query_spellings), and trigram word
  similarity. A search widens itself with them; an empty result page offers a looser set as
  "Did you mean".
- ``typeahead``: people, places and bodies with a word starting with what was typed; people
  most often seen first, with their country and latest office (``ranked_people``).

Both name only people the user may see (archive.search.people.visible_people).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.db.models import F, Q

from ..extraction.name_scripts import query_spellings
from ..extraction.names import name_keys, normalize_name
from ..extraction.offices import OTHER, office_label
from ..models import (
    Attendance,
    Country,
    Meeting,
    Organization,
    Participant,
    ParticipantNameVariant,
)
from . import name_display
from .facet_index import facet_index
from .name_display import NAME_FIELDS, name_in
from .people import is_staff, visible_people

_NAME_LIKE = re.compile(r"[^\W\d_][\w.'’ -]{2,80}")
MAX_WORDS = 4  # longer text is a sentence, not a name
MIN_LETTERS = 4  # shorter names match too many people to be worth suggesting
# For "Did you mean" on an empty page: looser than pg_trgm's default word similarity (0.6),
# which the search itself already used to widen its match.
LOOSE_THRESHOLD = 0.35


def names_something_else(text: str) -> bool:
    """Whether ``text`` is the name of a place, a country, a body or a topic ("Baku",
    "Kazakhstan", "CSTO", "terrorism"): a search for it is no search for a person, and people
    with names like it ("Bakyt", "Bakirov") must not widen it. One query, each name compared
    in lower case by index (migration 0026) with the words as written and as normalised
    ("Issyk-Kul", "issyk kul")."""
    normalized = normalize_name(text)
    if not normalized:
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT EXISTS (
                SELECT 1 FROM archive_meeting WHERE lower(city) = ANY(%(t)s)
                UNION ALL
                SELECT 1 FROM archive_country
                WHERE lower(name) = ANY(%(t)s) OR lower(official_name) = ANY(%(t)s)
                   OR archive_lower_names(aliases) && %(t)s::text[]
                   OR archive_lower_names(demonyms) && %(t)s::text[]
                UNION ALL
                SELECT 1 FROM archive_organization
                WHERE lower(name) = ANY(%(t)s) OR lower(acronym) = ANY(%(t)s)
                   OR archive_lower_names(aliases) && %(t)s::text[]
                UNION ALL
                SELECT 1 FROM archive_topic WHERE lower(name) = ANY(%(t)s) OR slug = ANY(%(t)s)
            )
            """,
            {"t": list(dict.fromkeys([normalized, text.strip().lower()]))},
        )
        return bool(cursor.fetchone()[0])


def name_like(text: str) -> bool:
    """Whether ``text`` may be a person's name: a few words of letters, long enough, and not the
    name of a place, country, body or topic. Only such searches are widened to similar names."""
    text = text.strip()
    if not _NAME_LIKE.fullmatch(text) or len(text.split()) > MAX_WORDS:
        return False
    if len(normalize_name(text)) < MIN_LETTERS:
        return False
    return not names_something_else(text)


def added_by_similarity(text: str, people: list[Participant]) -> list[Participant]:
    """The people among ``people`` none of whose names (Latin, as reported, Cyrillic) holds
    every word of ``text``: those a search found only because their names look like it ("also
    matching names like …")."""
    words = set(normalize_name(text).split())

    def named(person: Participant) -> bool:
        names = (person.name, person.name_reported, person.name_cyrillic)
        return any(words <= set(normalize_name(name).split()) for name in names if name)

    return [p for p in people if not named(p)]


def similar_participants(
    text: str, *, limit: int = 10, threshold: float | None = None, user: Any = None
) -> list[Participant]:
    """Up to ``limit`` people ``user`` may see whose recorded spellings look like ``text``,
    most similar first: the same transliteration key, the same surname key (for a surname
    alone), or a trigram word similarity of at least ``threshold`` (None: pg_trgm's setting,
    0.6 by default)."""
    text = text.strip()
    if not _NAME_LIKE.fullmatch(text) or len(text.split()) > MAX_WORDS:
        return []
    normalized = normalize_name(text)
    full, short = name_keys(text)
    if len(normalized) < MIN_LETTERS or not full:
        return []
    keys: dict[str, list[str]] = {"full": [], "short": [], "last": []}
    # The text and what it may stand for in the other script or another romanisation:
    # «Колокольцева» as «Колокольцев» and "Kolokoltsev", "Kolokolcev" as "Kolokoltsev".
    for spelling in (text, *query_spellings(text)):
        full, short = name_keys(spelling)
        if not full:
            continue
        keys["full"].append(full)
        keys["short"].append(short)
        if " " not in full:
            keys["last"].append(full)  # a surname alone, in any transliteration
    with transaction.atomic(), connection.cursor() as cursor:
        # Both settings last until the end of this transaction only. The planner prices the
        # trigram operator like an equality and would scan every name computing the similarity;
        # the trigram and key indexes answer far sooner (docs/PERFORMANCE.md).
        settings = "set_config('enable_seqscan', 'off', true)"
        if threshold is not None:
            settings += ", set_config('pg_trgm.word_similarity_threshold', %s, true)"
        cursor.execute(f"SELECT {settings}", [] if threshold is None else [str(threshold)])
        return list(
            Participant.objects.raw(
                _SIMILAR_PEOPLE,
                {
                    "normalized": normalized,
                    **keys,
                    "staff": is_staff(user),
                    "published": Meeting.Status.PUBLISHED.value,
                    "candidates": limit * 3,
                    "limit": limit,
                },
            )
        )


# The people of the spellings most like the text (the trigram and key indexes), then of those
# the ones the user may see, most similar first. One statement written out, since building it
# with the ORM cost more than running it. The candidates are found first and only then probed
# for a visible meeting each: a visibility condition in the trigram query would let the planner
# join every visible person. Its two conditions say what ParticipantNameVariant.public and
# archive.search.people.visible_people say (tests/search/test_similar_people.py compares them).
_SIMILAR_PEOPLE = """
    WITH variants AS MATERIALIZED (
        SELECT v.participant_id, word_similarity(%(normalized)s, v.normalized) AS similarity
        FROM archive_participantnamevariant v
        WHERE (
            v.normalized %%> %(normalized)s OR v.match_key = ANY(%(full)s)
            OR v.short_key = ANY(%(short)s) OR v.last_key = ANY(%(last)s)
        ) AND (%(staff)s OR v.published_reports > 0 OR v.editor_added OR NOT v.written)
        ORDER BY similarity DESC, v.participant_id
        LIMIT %(candidates)s
    )
    SELECT p.* FROM (
        SELECT participant_id, max(similarity) AS similarity FROM variants GROUP BY participant_id
    ) AS found
    JOIN archive_participant p ON p.id = found.participant_id
    WHERE %(staff)s OR EXISTS (
        SELECT 1 FROM archive_attendance a JOIN archive_meeting m ON m.id = a.meeting_id
        WHERE a.participant_id = p.id AND m.status = %(published)s
    )
    ORDER BY found.similarity DESC, found.participant_id
    LIMIT %(limit)s
"""


def _spellings_seen_by(user: Any, through: str = "") -> Q:
    """The spellings a name may be matched against (``through``: the lookup path to the
    variants): every one for staff; for readers, not those only unpublished meetings'
    reports wrote (ParticipantNameVariant.public)."""
    if getattr(user, "is_staff", False):
        return Q()
    return ParticipantNameVariant.public(through)


CANDIDATES = 200  # people whose names match, ranked by their meetings before the top are kept


@dataclass(frozen=True)
class RankedPerson:
    """A person suggested by name: how often seen, and as what most recently."""

    name: str
    slug: str
    meetings: int
    country: str  # represented at their latest dated meeting ("" unknown)
    office: str  # held there, as the office facet names it ("" for none of its offices)

    @property
    def detail(self) -> str:
        """ "Russia · Interior minister · 42 meetings"."""
        meetings = f"{self.meetings} meeting{'s' if self.meetings != 1 else ''}"
        return " · ".join(part for part in (self.country, self.office, meetings) if part)


def ranked_people(normalized: str, *, user: Any = None, limit: int = 6) -> list[RankedPerson]:
    """People ``user`` may see with a name word starting with ``normalized`` (normalised
    already), most meetings first, with their country and office at their latest dated
    meeting.

    The word-prefix regex is served by the trigram index on the name variants; the meetings
    of the first CANDIDATES matches are counted in the facet index, and the latest office of
    the best of them read from their attendances in their latest year only (the index says
    which meetings those are), so neither statement grows with a person's whole record."""
    if len(normalized) < 3:
        return []
    pattern = r"\m" + re.escape(normalized)
    ids = list(
        visible_people(user)
        .filter(
            _spellings_seen_by(user, through="name_variants__"),
            name_variants__normalized__regex=pattern,
        )
        .order_by()
        .values_list("pk", flat=True)
        .distinct()[:CANDIDATES]
    )
    if not ids:
        return []
    index = facet_index()
    with index.lock:
        visible = index.visible(user)
        counts = index.value_counts("participant", visible)
        top = sorted(ids, key=lambda pk: -counts.get(pk, 0))[: limit * 3]
        recent = index.latest_year_meetings("participant", top, visible).tolist()
    latest = {
        pk: (country or "", office)
        for pk, country, office in Attendance.objects.filter(
            participant_id__in=top, meeting_id__in=recent
        )
        .order_by("participant_id", F("meeting__date_start").desc(nulls_last=True), "-pk")
        .distinct("participant_id")
        .values_list("participant_id", "country__name", "office")
    }
    script = name_display.current()
    records = {
        pk: (name_in(script, **dict(zip(NAME_FIELDS, names, strict=True))), slug)
        for pk, slug, *names in Participant.objects.filter(pk__in=top).values_list(
            "pk", "slug", *NAME_FIELDS
        )
    }
    ranked = []
    for pk in top:
        if pk not in records:
            continue
        country, office = latest.get(pk, ("", OTHER))
        ranked.append(
            RankedPerson(
                name=records[pk][0],
                slug=records[pk][1],
                meetings=counts.get(pk, 0),
                country=country,
                office=office_label(office) if office != OTHER else "",
            )
        )
    ranked.sort(key=lambda person: (-person.meetings, person.name))
    return ranked[:limit]


def typeahead(text: str, *, user: Any = None, limit: int = 6) -> list[dict[str, str]]:
    """People, places and bodies whose names have a word starting with ``text``.

    Word-prefix regexes (``\\mkol``) are served by the pg_trgm GIN indexes on
    ParticipantNameVariant.normalized and Meeting.city; organizations and countries are small.
    """
    normalized = normalize_name(text)
    # Three characters: the shortest prefix a trigram index can serve.
    if len(normalized) < 3:
        return []
    pattern = r"\m" + re.escape(normalized)
    found: list[dict[str, str]] = [
        {
            "kind": "person",
            "label": person.name,
            "param": "participant",
            "value": person.slug,
            "detail": person.detail,
        }
        for person in ranked_people(normalized, user=user, limit=limit)
    ]
    cities = (
        Meeting.objects.visible_to(user)
        .filter(city__iregex=pattern)
        .order_by("city")
        .values_list("city", flat=True)
        .distinct()[:limit]
    )
    found += [{"kind": "place", "label": city, "param": "city", "value": city} for city in cities]
    countries = Country.objects.filter(name__iregex=pattern).values_list("name", "code")[:limit]
    found += [
        {"kind": "country", "label": name, "param": "country", "value": code}
        for name, code in countries
    ]
    bodies = (
        Organization.objects.filter(Q(name__iregex=pattern) | Q(acronym__iregex=pattern))
        .order_by("name")
        .values_list("name", "slug", "kind")[:limit]
    )
    for name, slug, kind in bodies:
        role = "body" if kind == Organization.Kind.BODY else "organization"
        found.append({"kind": role, "label": name, "param": role, "value": slug})
    return found
