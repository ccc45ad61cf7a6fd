"""A person's Cyrillic name and the spelling most reports wrote, derived from how many reports
wrote each spelling; existing reports are counted once here (archive.ingest.spellings counts
new ones)."""

from collections import Counter

from django.db import migrations, models

CHUNK = 2000


def count_existing_reports(apps, schema_editor):
    from archive.extraction.name_scripts import written_spellings
    from archive.extraction.names import normalize_name

    Source = apps.get_model("archive", "SourceDocument")
    Variant = apps.get_model("archive", "ParticipantNameVariant")
    Attendance = apps.get_model("archive", "Attendance")
    counts = Counter()
    sources = (
        Source.objects.filter(meeting__isnull=False)
        .order_by("pk")
        .values_list("meeting_id", "language", "extraction")
    )
    chunk = []
    for row in sources.iterator(chunk_size=CHUNK):
        chunk.append(row)
        if len(chunk) == CHUNK:
            _count(chunk, counts, Attendance, Variant, written_spellings, normalize_name)
            chunk = []
    _count(chunk, counts, Attendance, Variant, written_spellings, normalize_name)
    if counts:
        rows = list(counts.items())
        schema_editor.execute(
            "UPDATE archive_participantnamevariant v SET reports = d.n"
            " FROM unnest(%s::bigint[], %s::text[], %s::int[]) AS d(pid, normalized, n)"
            " WHERE v.participant_id = d.pid AND v.normalized = d.normalized",
            [[k[0] for k, _ in rows], [k[1] for k, _ in rows], [n for _, n in rows]],
        )
    schema_editor.execute(
        "UPDATE archive_participant p SET"
        " name_reported = coalesce((SELECT v.name FROM archive_participantnamevariant v"
        "   WHERE v.participant_id = p.id AND v.reports > 0"
        "   ORDER BY v.reports DESC, v.id LIMIT 1), ''),"
        " name_cyrillic = coalesce((SELECT v.name FROM archive_participantnamevariant v"
        "   WHERE v.participant_id = p.id AND v.name ~ '[\\u0400-\\u04FF]'"
        "     AND v.name !~ '[A-Za-z]'"
        "   ORDER BY v.reports DESC, v.id LIMIT 1), '')"
    )


def _count(chunk, counts, Attendance, Variant, written_spellings, normalize_name):
    if not chunk:
        return
    meeting_ids = {meeting_id for meeting_id, _, _ in chunk}
    attending = {}
    for meeting_id, participant_id in Attendance.objects.filter(
        meeting_id__in=meeting_ids, participant__isnull=False
    ).values_list("meeting_id", "participant_id"):
        attending.setdefault(participant_id, set()).add(meeting_id)
    at_meeting = {}
    for participant_id, normalized in Variant.objects.filter(
        participant_id__in=list(attending)
    ).values_list("participant_id", "normalized"):
        for meeting_id in attending[participant_id]:
            at_meeting.setdefault(meeting_id, {})[normalized] = participant_id
    for meeting_id, language, extraction in chunk:
        known = at_meeting.get(meeting_id, {})
        for identifying, written in written_spellings(extraction or {}, language):
            person = next((known[n] for n in map(normalize_name, identifying) if n in known), None)
            if person is not None:
                counts[(person, normalize_name(written))] += 1


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0020_bilingual_search"),
    ]

    operations = [
        migrations.AddField(
            model_name="participant",
            name="name_cyrillic",
            field=models.CharField(
                blank=True,
                default="",
                editable=False,
                help_text="The Cyrillic spelling Russian reports wrote most often.",
                max_length=200,
                verbose_name="name in Cyrillic",
            ),
        ),
        migrations.AddField(
            model_name="participant",
            name="name_reported",
            field=models.CharField(
                blank=True,
                default="",
                editable=False,
                help_text="The spelling reports wrote most often, in either script.",
                max_length=200,
                verbose_name="name as most reports write it",
            ),
        ),
        migrations.AddField(
            model_name="participantnamevariant",
            name="reports",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.RunPython(count_existing_reports, migrations.RunPython.noop),
    ]
