"""What a meeting has many of: explicit through-models, each keeping its evidence.

Attendance (people), MeetingCountry, MeetingOrganization and MeetingTopic each record the
sentence that supports the link and the SourceDocument it came from (see base.Evidence).
They refer to Meeting by name so that meetings.py can use them without an import cycle.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from ..extraction.offices import OFFICE_CHOICES, OTHER
from .base import CuratedModel, Evidence
from .people import Participant
from .reference import Country, Organization, Topic

# Choices are defined at module level so that Meta's constraints can read them (a class
# body's names are not visible inside its Meta); the models expose them as Attendance.Role,
# Attendance.Match and MeetingCountry.Kind.


class AttendanceRole(models.TextChoices):
    CHAIR = "chair", "Chair"
    CO_CHAIR = "co-chair", "Co-chair"
    HOST = "host", "Host"
    SPEAKER = "speaker", "Speaker"
    ATTENDEE = "attendee", "Attendee"

    @classmethod
    def rank_of(cls, value: str | None) -> int:
        """How much a role says about a person at the meeting, from attendee (0) to chair
        (4); anything else counts as an attendee. Merging keeps the higher rank."""
        return _ROLE_RANKS.get(value, 0)


_ROLE_RANKS = {
    AttendanceRole.ATTENDEE: 0,
    AttendanceRole.SPEAKER: 1,
    AttendanceRole.HOST: 2,
    AttendanceRole.CO_CHAIR: 3,
    AttendanceRole.CHAIR: 4,
}


class AttendanceMatch(models.TextChoices):
    """How the importer linked the name to a Participant; the review queue reads it."""

    EXACT = "exact", "Exact name"
    VARIANT = "variant", "Known variant"
    FUZZY = "fuzzy", "Similar spelling"
    NEW = "new", "New person"
    AMBIGUOUS = "ambiguous", "Ambiguous"
    EDITOR = "editor", "Set by an editor"


class MeetingCountryKind(models.TextChoices):
    PARTICIPATING = "participating", "Taking part"
    MENTIONED = "mentioned", "Mentioned only"


class Attendance(CuratedModel, Evidence):
    """A person at a meeting, as one report named them."""

    Role = AttendanceRole
    Match = AttendanceMatch

    meeting = models.ForeignKey("Meeting", on_delete=models.CASCADE, related_name="attendances")
    participant = models.ForeignKey(
        Participant,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attendances",
        help_text="Empty until the name is resolved to a person.",
    )
    name_as_written = models.CharField(max_length=200)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.ATTENDEE)
    title = models.CharField("title at the time", max_length=300, blank=True)
    # The title read into the readers' vocabulary of offices (archive.extraction.offices) by
    # the importer; an editor's correction is kept like any curated field.
    office = models.CharField(
        "office at the time", max_length=40, choices=OFFICE_CHOICES, default=OTHER
    )
    country = models.ForeignKey(
        Country,
        verbose_name="country represented",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attendances",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name="organization represented",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attendances",
    )
    match = models.CharField(max_length=20, choices=Match.choices, default=Match.NEW)
    confidence = models.FloatField(
        default=0.0, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )

    class Meta:
        ordering = ["meeting", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "participant"],
                condition=Q(participant__isnull=False),
                name="attendance_once_per_person",
            ),
            models.UniqueConstraint(
                fields=["meeting", "name_as_written"],
                condition=Q(participant__isnull=True),
                name="attendance_unresolved_name_once",
            ),
            models.CheckConstraint(
                condition=Q(role__in=AttendanceRole.values),
                name="attendance_role_valid",
            ),
            models.CheckConstraint(
                condition=Q(match__in=AttendanceMatch.values),
                name="attendance_match_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["match"], name="attendance_match"),
            # The review queue's uncertain person matches, weakest first (partial: only they).
            models.Index(
                fields=["confidence", "id"],
                name="attendance_uncertain",
                condition=(
                    Q(match__in=[AttendanceMatch.FUZZY, AttendanceMatch.AMBIGUOUS])
                    | Q(participant__isnull=True)
                )
                & ~Q(match=AttendanceMatch.EDITOR),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name_as_written} at {self.meeting.title}"


class MeetingCountry(Evidence):
    """A country at a meeting: taking part (maybe as host) or only mentioned."""

    Kind = MeetingCountryKind

    meeting = models.ForeignKey("Meeting", on_delete=models.CASCADE, related_name="country_links")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="meeting_links")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PARTICIPATING)
    is_host = models.BooleanField(default=False)

    class Meta:
        ordering = ["meeting", "kind", "country__name"]
        verbose_name = "meeting country"
        verbose_name_plural = "meeting countries"
        constraints = [
            models.UniqueConstraint(fields=["meeting", "country"], name="meeting_country_once"),
            models.CheckConstraint(
                condition=Q(kind__in=MeetingCountryKind.values),
                name="meeting_country_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(is_host=False) | Q(kind=MeetingCountryKind.PARTICIPATING),
                name="meeting_country_host_participates",
            ),
        ]
        indexes = [models.Index(fields=["country", "kind"], name="meeting_country_by_country")]

    def __str__(self) -> str:
        return f"{self.country} ({self.get_kind_display()})"


class MeetingOrganization(Evidence):
    """An organization taking part in a meeting (the convening body is Meeting.body)."""

    meeting = models.ForeignKey(
        "Meeting", on_delete=models.CASCADE, related_name="organization_links"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="meeting_links"
    )

    class Meta:
        ordering = ["meeting", "organization__name"]
        verbose_name = "meeting organization"
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "organization"], name="meeting_organization_once"
            ),
        ]

    def __str__(self) -> str:
        return str(self.organization)


class MeetingTopic(Evidence):
    """A topic a meeting dealt with, with the sentences that show it."""

    meeting = models.ForeignKey("Meeting", on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="meeting_links")
    score = models.FloatField(default=0.0, help_text="How strongly the text supports the topic.")
    extra_evidence = models.JSONField(
        default=list,
        blank=True,
        help_text="Further supporting sentences: [{start, end, text}] in the source's text.",
    )

    class Meta:
        ordering = ["meeting", "-score", "topic__name"]
        verbose_name = "meeting topic"
        constraints = [
            models.UniqueConstraint(fields=["meeting", "topic"], name="meeting_topic_once"),
        ]
        indexes = [models.Index(fields=["topic", "meeting"], name="meeting_topic_by_topic")]

    def __str__(self) -> str:
        return str(self.topic)
