# Whether a search's words are the name of a place, a country, a body or a topic is asked on
# every name-like search (archive.search.suggestions.names_something_else): each name is
# compared in lower case, by index. archive_lower_names(names) is an array's names in lower
# case; IMMUTABLE (as lower() is) so that an expression index can hold it.

import django.db.models.functions.text
from django.db import migrations, models

CREATE = """
CREATE FUNCTION archive_lower_names(names varchar[]) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(lower(name)), '{}') FROM unnest(names) AS name
$$;
CREATE INDEX country_name_lower ON archive_country (lower(name));
CREATE INDEX country_official_name_lower ON archive_country (lower(official_name));
CREATE INDEX country_aliases_lower ON archive_country USING gin (archive_lower_names(aliases));
CREATE INDEX country_demonyms_lower ON archive_country
    USING gin (archive_lower_names(demonyms));
CREATE INDEX organization_name_lower ON archive_organization (lower(name));
CREATE INDEX organization_acronym_lower ON archive_organization (lower(acronym));
CREATE INDEX organization_aliases_lower ON archive_organization
    USING gin (archive_lower_names(aliases));
"""

DROP = """
DROP INDEX country_name_lower, country_official_name_lower, country_aliases_lower,
    country_demonyms_lower, organization_name_lower, organization_acronym_lower,
    organization_aliases_lower;
DROP FUNCTION archive_lower_names(varchar[]);
"""


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0025_phrase_pairs"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="meeting",
            index=models.Index(
                django.db.models.functions.text.Lower("city"), name="meeting_city_lower"
            ),
        ),
        migrations.RunSQL(CREATE, DROP),
    ]
