"""Small helpers that build valid records for tests."""

import datetime
import itertools

from archive.models import Country, Meeting, Organization, Participant, Topic

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
