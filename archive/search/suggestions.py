"""People with names like the words searched for, and names suggested while typing.

- ``similar_participants``: people whose recorded spellings look like the searched text
  ("Kolokoltzev" → Kolokoltsev, "Erjan Sadenov" → Yerzhan Sadenov, «Колокольцева» and
  "Kolokolcev" → Kolokoltsev), by transliteration keys of the text and of its spellings in the
  other script (archive.extraction.name_scripts.query_spellings), and trigram word
  similarity. A search widens itself with them; an empty result page offers a looser set as
  "Did you mean".
- ``typeahead``: people, places and bodies with a word starting with what was typed.

Both name only people the user may see (archive.search.people.visible_people).
"""

from __future__ import annotations

import re
from typing import Any

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db import connection, transaction
from django.db.models import Q

from ..extraction.name_scripts import query_spellings
from ..extraction.names import name_keys, normalize_name
from ..models import Country, Meeting, Organization, Participant, ParticipantNameVariant
from . import name_display
from .name_display import NAME_FIELDS, name_in
from .people import visible_people

_NAME_LIKE = re.compile(r"[^\W\d_][\w.'’ -]{2,80}")
MAX_WORDS = 4  # longer text is a sentence, not a name
MIN_LETTERS = 4  # shorter names match too many people to be worth suggesting
# For "Did you mean" on an empty page: looser than pg_trgm's default word similarity (0.6),
# which the search itself already used to widen its match.
LOOSE_THRESHOLD = 0.35


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
    condition = Q(normalized__trigram_word_similar=normalized)
    # The text and what it may stand for in the other script or another romanisation:
    # «Колокольцева» as «Колокольцев» and "Kolokoltsev", "Kolokolcev" as "Kolokoltsev".
    for spelling in (text, *query_spellings(text)):
        full, short = name_keys(spelling)
        if not full:
            continue
        condition |= Q(match_key=full) | Q(short_key=short)
        if " " not in full:
            condition |= Q(last_key=full)  # a surname alone, in any transliteration
    with transaction.atomic(), connection.cursor() as cursor:
        # Both settings last until the end of this transaction only. The planner prices the
        # trigram operator like an equality and would scan every name computing the similarity;
        # the trigram and key indexes answer far sooner (docs/PERFORMANCE.md).
        cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
        if threshold is not None:
            cursor.execute(
                "SELECT set_config('pg_trgm.word_similarity_threshold', %s, true)",
                [str(threshold)],
            )
        variants = list(
            ParticipantNameVariant.objects.filter(condition)
            .annotate(similarity=TrigramWordSimilarity(normalized, "normalized"))
            .order_by("-similarity", "participant_id")
            .values_list("participant_id", flat=True)[: limit * 3]
        )
    # The candidates first, then who of them is visible: an EXISTS probe per candidate, where
    # a condition in the trigram query would let the planner join every visible person.
    candidates = list(dict.fromkeys(variants))
    people = visible_people(user).in_bulk(candidates)
    return [people[pk] for pk in candidates if pk in people][:limit]


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
    found: list[dict[str, str]] = []
    people = (
        visible_people(user)
        .filter(name_variants__normalized__regex=pattern)
        .distinct()
        .order_by("name")
        .values_list("slug", *NAME_FIELDS)[:limit]
    )
    script = name_display.current()
    found += [
        {
            "kind": "person",
            "label": name_in(script, **dict(zip(NAME_FIELDS, names, strict=True))),
            "param": "participant",
            "value": slug,
        }
        for slug, *names in people
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
