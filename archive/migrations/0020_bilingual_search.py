"""The search vector in PostgreSQL's "russian" configuration (English stemming for Latin-letter
words, Russian stemming for Cyrillic ones), and the case forms and romanisations of every
Cyrillic name in the search documents of the meetings that have one.

Django cannot alter a generated column's expression, so the column (and its GIN index) is
dropped and added again; PostgreSQL computes it for every row."""

import django.contrib.postgres.search
from django.db import migrations, models

VECTOR = django.contrib.postgres.search.CombinedSearchVector(
    django.contrib.postgres.search.CombinedSearchVector(
        django.contrib.postgres.search.CombinedSearchVector(
            django.contrib.postgres.search.SearchVector("title", config="russian", weight="A"),
            "||",
            django.contrib.postgres.search.SearchVector(
                "search_names", config="russian", weight="B"
            ),
            django.contrib.postgres.search.SearchConfig("russian"),
        ),
        "||",
        django.contrib.postgres.search.SearchVector("summary", config="russian", weight="C"),
        django.contrib.postgres.search.SearchConfig("russian"),
    ),
    "||",
    django.contrib.postgres.search.SearchVector("search_text", config="russian", weight="D"),
    django.contrib.postgres.search.SearchConfig("russian"),
)


def _vector_sql(config):
    return (
        f"setweight(to_tsvector('{config}'::regconfig, coalesce(title, '')), 'A')"
        f" || setweight(to_tsvector('{config}'::regconfig, coalesce(search_names, '')), 'B')"
        f" || setweight(to_tsvector('{config}'::regconfig, coalesce(summary, '')), 'C')"
        f" || setweight(to_tsvector('{config}'::regconfig, coalesce(search_text, '')), 'D')"
    )


def _rebuild_sql(config):
    return [
        "DROP INDEX IF EXISTS meeting_search_vector",
        "ALTER TABLE archive_meeting DROP COLUMN search_vector",
        f"ALTER TABLE archive_meeting ADD COLUMN search_vector tsvector"
        f" GENERATED ALWAYS AS ({_vector_sql(config)}) STORED",
        "CREATE INDEX meeting_search_vector ON archive_meeting USING gin (search_vector)",
    ]


def add_cyrillic_name_forms(apps, schema_editor):
    """Append the case forms and romanisations of its people's Cyrillic spellings to each
    meeting's search names (Meeting.search_names_of does the same for new documents)."""
    from archive.extraction.name_scripts import search_spellings

    Meeting = apps.get_model("archive", "Meeting")
    Variant = apps.get_model("archive", "ParticipantNameVariant")
    spellings: dict[int, list[str]] = {}
    for participant_id, name in Variant.objects.filter(name__regex=r"[А-Яа-яЁё]").values_list(
        "participant_id", "name"
    ):
        spellings.setdefault(participant_id, []).extend(search_spellings(name))
    if not spellings:
        return
    meetings = Meeting.objects.filter(participant_ids__overlap=list(spellings)).only(
        "pk", "search_names", "participant_ids"
    )
    for meeting in meetings.iterator(chunk_size=500):
        names = meeting.search_names.split(" · ") if meeting.search_names else []
        for participant_id in meeting.participant_ids:
            names += spellings.get(participant_id, [])
        unique = " · ".join(dict.fromkeys(n for n in names if n))
        Meeting.objects.filter(pk=meeting.pk).update(search_names=unique)


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0019_offices_roles_overlap"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="meeting",
                    name="search_vector",
                    field=models.GeneratedField(
                        db_persist=True,
                        expression=VECTOR,
                        output_field=django.contrib.postgres.search.SearchVectorField(),
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(_rebuild_sql("russian"), _rebuild_sql("english")),
            ],
        ),
        migrations.RunPython(add_cyrillic_name_forms, migrations.RunPython.noop),
    ]
