"""Review items for people first seen as new whose names are close to someone else's: one of
them may be the other under another spelling (pg_trgm similarity over the name variants, or
the same transliteration key)."""

from __future__ import annotations

from django.core.cache import cache
from django.db import connection, transaction

from ..models import Attendance, Participant, ReviewKind
from .review_items import ReviewItem, percent

# Two people whose names are at least this similar (pg_trgm similarity) may be one person.
SIMILAR_NAMES = 0.5

# pg_trgm's default similarity_threshold: spellings of a pair at least this similar (or of one
# transliteration key) count towards the pair's similarity.
TRIGRAM_MATCH = 0.3

# Candidate pairs come from two index-driven joins: each newcomer's variants probe the trigram
# index with the threshold raised to SIMILAR_NAMES (only those pairs can pass on similarity),
# and the short_key b-tree. One join on "% OR short_key =" could use no index and would compare
# every variant with every variant. Each candidate pair's similarity is then taken over all its
# spellings, so the pairs, their scores and their order are that single join's (ties broken by
# the ids; the review-scale tests compare the two).
SIMILAR_PEOPLE_SQL = """
WITH newcomers AS (
    SELECT DISTINCT participant_id FROM archive_attendance
    WHERE match = 'new' AND participant_id IS NOT NULL
), candidates AS (
    SELECT va.participant_id AS a, vb.participant_id AS b
    FROM archive_participantnamevariant va
    JOIN archive_participantnamevariant vb
      ON vb.normalized %% va.normalized AND vb.participant_id <> va.participant_id
    WHERE va.participant_id IN (SELECT participant_id FROM newcomers)
    UNION
    SELECT va.participant_id, vb.participant_id
    FROM archive_participantnamevariant va
    JOIN archive_participantnamevariant vb
      ON vb.short_key = va.short_key AND vb.participant_id <> va.participant_id
    WHERE va.short_key <> '' AND va.participant_id IN (SELECT participant_id FROM newcomers)
)
SELECT LEAST(c.a, c.b), GREATEST(c.a, c.b), MAX(similarity(xa.normalized, xb.normalized))
FROM candidates c
JOIN archive_participantnamevariant xa ON xa.participant_id = c.a
JOIN archive_participantnamevariant xb ON xb.participant_id = c.b
WHERE similarity(xa.normalized, xb.normalized) >= %(match)s OR xa.short_key = xb.short_key
GROUP BY 1, 2
HAVING MAX(similarity(xa.normalized, xb.normalized)) >= %(similar)s
    OR BOOL_OR(xa.short_key = xb.short_key AND xa.short_key <> '')
ORDER BY 3 DESC, 1, 2
"""

# Everything the pairs depend on: every name variant (id, person, spelling, key) and who came
# in as new. Reading it costs one pass over the variants, not the pairs' trigram probes.
SIMILAR_PEOPLE_INPUTS_SQL = """
SELECT (SELECT md5(string_agg(concat_ws(':', id, participant_id, normalized, short_key),
                              '|' ORDER BY id))
        FROM archive_participantnamevariant),
       (SELECT md5(string_agg(DISTINCT participant_id::text, '|'))
        FROM archive_attendance WHERE match = 'new' AND participant_id IS NOT NULL)
"""
SIMILAR_PEOPLE_CACHE_SECONDS = 24 * 3600


def _inputs_digest() -> str:
    """A digest of everything the pairs depend on (SIMILAR_PEOPLE_INPUTS_SQL)."""
    with connection.cursor() as cursor:
        cursor.execute(SIMILAR_PEOPLE_INPUTS_SQL)
        return ":".join(part or "-" for part in cursor.fetchone())


def _query_pairs() -> list[tuple[int, int, float]]:
    """Run SIMILAR_PEOPLE_SQL with pg_trgm's threshold raised to SIMILAR_NAMES."""
    with transaction.atomic(), connection.cursor() as cursor:
        # Raised for this statement only (the resolver's "%" relies on the default).
        # (Unknown to a session that has not used pg_trgm yet: then it is the default.)
        cursor.execute("SELECT current_setting('pg_trgm.similarity_threshold', true)")
        before = cursor.fetchone()[0] or str(TRIGRAM_MATCH)
        cursor.execute(
            "SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(SIMILAR_NAMES)]
        )
        params = {"match": TRIGRAM_MATCH, "similar": SIMILAR_NAMES}
        cursor.execute(SIMILAR_PEOPLE_SQL, params)
        pairs = [
            (first_id, second_id, float(similarity))
            for first_id, second_id, similarity in cursor.fetchall()
        ]
        cursor.execute("SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [before])
    return pairs


def similar_pairs() -> list[tuple[int, int, float]]:
    """The most similar pairs of people (one of them new), most similar first.

    Kept in the cache under a digest of their inputs: the page is reopened far more often than
    people or spellings change, and any change to them changes the digest, so a stale list is
    never shown (dismissals are applied afterwards, on every view)."""
    cache_key = f"review:similar-people:{SIMILAR_NAMES}:{_inputs_digest()}"
    pairs = cache.get(cache_key)
    if pairs is not None:
        return pairs
    pairs = _query_pairs()
    cache.set(cache_key, pairs, SIMILAR_PEOPLE_CACHE_SECONDS)
    return pairs


def similar_people_items() -> list[ReviewItem]:
    """People first seen as new whose names are close to someone else's (pg_trgm, GIN index
    on the variants' normalised names; or the same transliteration key). The certainty that
    they are two people falls as their names come closer."""
    pairs = similar_pairs()
    ids = {pk for *pair, _ in pairs for pk in pair}
    names = dict(Participant.objects.filter(pk__in=ids).values_list("pk", "name"))
    # The import that brought the newcomer in.
    batches = dict(
        Attendance.objects.filter(participant_id__in=ids, match=Attendance.Match.NEW)
        .values_list("participant_id", "source__import_batch_id")
        .order_by("participant_id", "-source__import_batch_id")
        .distinct("participant_id")
    )
    items = []
    for first_id, second_id, similarity in pairs:
        if first_id not in names or second_id not in names:
            continue
        first, second = names[first_id], names[second_id]
        reason = (
            f"names {percent(similarity)} alike"
            if similarity >= SIMILAR_NAMES
            else "the same name once transliterated"
        )
        items.append(
            ReviewItem(
                kind=ReviewKind.SIMILAR_PEOPLE,
                key=f"{first_id}-{second_id}",
                title=f"{first} / {second}"[:300],
                certainty=round(1.0 - float(similarity), 3),
                reason=reason,
                participant_id=first_id,
                other_participant_id=second_id,
                import_batch_id=batches.get(first_id) or batches.get(second_id),
            )
        )
    return items
