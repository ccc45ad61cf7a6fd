# A phrase search without reading the report vectors: the word pairs of every meeting's
# search_vector, GIN-indexed (archive.search.phrases). archive_phrase_pairs(vector) lists each
# pair of lexemes at most PAIR_DISTANCE_MAX positions apart as "<distance> <first> <second>",
# taken from the stored vector's own positions, so a two-word phrase ('drug' <-> 'traffick',
# or 'council' <2> 'minist' with a stop word between) is exactly one containment test on the
# index, with nothing to recheck. Lexemes never hold a space (the parser splits words on
# blanks), so a key names one pair only; pairs whose key would pass PAIR_KEY_MAX_BYTES are
# left out (a GIN key has a size limit) and such a phrase is checked against the vector.
# The function is IMMUTABLE: the index is an expression index and stores nothing in the row.
# Its COST (0.5-1 ms a meeting, in cpu_operator_cost units) keeps the planner from computing
# it row by row, as a filter, where the index can answer instead.
# A pair that occurs twice is listed twice: GIN keeps each key of a row once, and sorting the
# keys here cost a quarter of the function's time.

from django.db import migrations

CREATE = """
CREATE FUNCTION archive_phrase_pairs(vector tsvector) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 30000 AS $$
    WITH at AS (SELECT lexeme, unnest(positions) AS pos FROM unnest(vector))
    SELECT ARRAY(
        SELECT distance || ' ' || first.lexeme || ' ' || second.lexeme
        FROM at AS first, generate_series(1, 3) AS distance, at AS second
        WHERE second.pos = first.pos + distance
        AND octet_length(first.lexeme) + octet_length(second.lexeme) <= 1000
    )
$$;
"""

# CONCURRENTLY: on a large archive the build takes long (45 minutes at a million meetings on
# two cores), and meanwhile imports and editors' saves go on; it cannot run in a transaction.
CREATE_INDEX = """
CREATE INDEX CONCURRENTLY meeting_phrase_pairs ON archive_meeting
    USING gin (archive_phrase_pairs(search_vector))
"""

DROP_INDEX = "DROP INDEX CONCURRENTLY meeting_phrase_pairs"

DROP = "DROP FUNCTION archive_phrase_pairs(tsvector)"


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("archive", "0024_unpublished_spellings"),
    ]

    operations = [
        migrations.RunSQL(CREATE, DROP),
        migrations.RunSQL(CREATE_INDEX, DROP_INDEX),
        migrations.RunSQL("ANALYZE archive_meeting", migrations.RunSQL.noop),
    ]
