"""Records and report texts for tests: small builders of valid records, sample reports, and
the snapshot and clearing helpers of the batch-equivalence tests."""

from __future__ import annotations

import datetime
import hashlib
import importlib
import itertools

from django.contrib.auth.models import Group, Permission

from archive.ingest.reading import Report
from archive.models import (
    Attendance,
    Country,
    Meeting,
    MeetingCountry,
    MeetingOrganization,
    MeetingTopic,
    Organization,
    Participant,
    ParticipantNameVariant,
    SourceDocument,
    Topic,
)

_counter = itertools.count(1)


def make_meeting(**fields) -> Meeting:
    n = next(_counter)
    defaults = {
        "title": f"Meeting {n}",
        "slug": f"meeting-{n}",
        "date_start": datetime.date(2024, 10, 4),
        "date_precision": Meeting.DatePrecision.DAY,
        "status": Meeting.Status.PUBLISHED,
    }
    defaults.update(fields)
    return Meeting.objects.create(**defaults)


def make_participant(name: str = "Marat Tulebayev", **fields) -> Participant:
    from django.utils.text import slugify

    fields.setdefault("slug", f"{slugify(name)}-{next(_counter)}")
    return Participant.objects.create(name=name, **fields)


def country(code: str) -> Country:
    return Country.objects.get(code=code)


def make_topic(slug: str = "terrorism", **fields) -> Topic:
    fields.setdefault("name", slug.replace("-", " ").title())
    return Topic.objects.create(slug=slug, **fields)


def make_organization(slug: str = "cis-executive-committee", **fields) -> Organization:
    fields.setdefault("name", slug.replace("-", " ").title())
    return Organization.objects.create(slug=slug, **fields)


_sha = itertools.count(1)


def build(
    *,
    title: str,
    year: int,
    city: str,
    body,
    countries: list[str],
    topics: list[str],
    people: list[Participant] = (),
    organizations=(),
    text: str = "",
    status: str = Meeting.Status.PUBLISHED,
    summary: str = "",
) -> Meeting:
    """A meeting with its links, facet keys and search document, as the importer leaves it."""
    meeting = make_meeting(
        title=title,
        date_start=datetime.date(year, 6, 1),
        city=city,
        body=body,
        status=status,
        summary=summary,
    )
    for code in countries:
        MeetingCountry.objects.create(meeting=meeting, country=country(code))
    for slug in topics:
        MeetingTopic.objects.create(meeting=meeting, topic=Topic.objects.get(slug=slug))
    for person in people:
        Attendance.objects.create(meeting=meeting, participant=person, name_as_written=person.name)
    for org in organizations:
        MeetingOrganization.objects.create(meeting=meeting, organization=org)
    if text:
        SourceDocument.objects.create(
            meeting=meeting,
            sha256=hashlib.sha256(str(next(_sha)).encode()).hexdigest(),
            raw_text=text,
            cleaned_text=text,
        )
    meeting.refresh_facet_keys()
    meeting.refresh_search_document()
    return meeting


# --- Sample reports ---------------------------------------------------------------------

# Two agencies' reports of one meeting, spelling the names differently, and a report of another
# body's meeting that one of the same people attended.

CMVD_KAZINFORM = """\
ASTANA, 15 May 2024 (Kazinform) - The 52nd meeting of the Council of Ministers of Internal
Affairs of the CIS member states was held in Astana on 15 May 2024.

The meeting was chaired by the Minister of Internal Affairs of Kazakhstan Yerzhan Sadenov.
Delegations from Armenia, Belarus, Kyrgyzstan, Russia, Tajikistan and Uzbekistan took part.
The Minister of Internal Affairs of Russia Vladimir Kolokoltsev and the Minister of Internal
Affairs of Belarus Ivan Kubrakov addressed the council.

The ministers agreed to step up joint work against drug trafficking and cybercrime, and
approved a programme for countering drug trafficking for 2025-2027.
"""

CMVD_BELTA = """\
MINSK, 15 May 2024 (BelTA) - Belarusian Interior Minister Ivan Kubrakov took part in the
meeting of the CIS Interior Ministers Council in Astana on 15 May 2024.

The meeting was chaired by Kazakhstan's Interior Minister Erjan Sadenov. Ivan Kubrakov
spoke about the fight against drug trafficking and cybercrime in the Commonwealth. Russian
Interior Minister Vladimir Kolokoltzev also addressed the participants.

The council discussed joint special operations against drug trafficking.
"""

CHSSS_DUSHANBE = """\
DUSHANBE, 3 October 2024 (Khovar) - The 55th meeting of the Council of Heads of Security Bodies
and Special Services of the CIS was held in Dushanbe on 3 October 2024.

The meeting was chaired by the Chairman of the State Committee for National Security of
Tajikistan Saimumin Yatimov. Erjan Sadenov, the Minister of Internal Affairs of Kazakhstan,
attended as a guest. Delegations of Russia, Belarus and Kyrgyzstan took part.

The participants discussed countering terrorism and extremism and the exchange of information
between the special services.
"""


def generated_reports(n: int, seed: int = 7) -> list[Report]:
    """`n` reports of the synthetic corpus, the same for the same seed."""
    from archive.bench.corpus import CorpusGenerator

    return [Report(name=r.name, text=r.text) for r in CorpusGenerator(seed).reports(n)]


# --- Whole-archive snapshots ----------------------------------------------------------------


def archive_snapshot() -> dict:
    """Everything the importer decides, keyed by natural keys (not ids or slugs)."""

    def meeting_key(meeting_id):
        return SourceDocument.objects.filter(meeting_id=meeting_id).order_by("sha256")[0].sha256

    meetings = {}
    for m in Meeting.objects.all():
        meetings[meeting_key(m.pk)] = {
            "sources": sorted(m.sources.values_list("sha256", flat=True)),
            "facts": (
                m.title,
                m.body_id,
                m.date_start,
                m.date_end,
                m.date_precision,
                m.city,
                m.venue_country_id,
                m.ordinal,
                m.summary,
                m.status,
                round(m.confidence, 6),
            ),
            "countries": sorted(
                m.country_links.values_list("country__code", "kind", "is_host", "evidence")
            ),
            "topics": sorted(m.topic_links.values_list("topic__slug", "evidence", "score")),
            "organizations": sorted(
                m.organization_links.values_list("organization__slug", "evidence")
            ),
            # Which attendance "created" a person (match "new" rather than "exact") depends on
            # the order meetings are written in, which a batch may change; the person is not.
            "people": sorted(
                (
                    a.name_as_written,
                    a.participant.name if a.participant else None,
                    a.role,
                    a.title,
                    a.country_id,
                    "exact" if a.match == "new" else a.match,
                    a.evidence,
                )
                for a in m.attendances.select_related("participant")
            ),
            "keys": (
                sorted(m.country_ids),
                sorted(m.topic_ids),
                len(m.participant_ids),
                sorted(m.organization_ids),
            ),
            "search_names": sorted(m.search_names.split(" · ")),
            "search_text": m.search_text,
            "look_alikes": sorted(meeting_key(o.pk) for o in m.possible_duplicates.all()),
        }
    people = sorted(
        (
            p.name,
            p.country_id,
            p.title,
            tuple(sorted(p.name_variants.values_list("name", flat=True))),
        )
        for p in Participant.objects.all()
    )
    return {"meetings": meetings, "people": people}


def clear_archive() -> None:
    """Every imported record gone; the reference data stays."""
    for model in (
        Attendance,
        MeetingCountry,
        MeetingTopic,
        SourceDocument,
        Meeting,
        ParticipantNameVariant,
        Participant,
    ):
        model.objects.all().delete()


def editors_group() -> Group:
    """The Editors group as its data migration makes it (a transactional test starts from a
    flushed database, where migrations' data is gone)."""
    migration = importlib.import_module("archive.migrations.0003_editors_group")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label="archive", codename__in=migration.codenames()
        )
    )
    return group
