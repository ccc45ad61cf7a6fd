"""Tags of the membership lists: a body's year can list a few hundred people, and a template
loop with a link and a count per person cost about 0.2 ms each (docs/PERFORMANCE.md), so the
links are built here."""

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

register = template.Library()


@register.simple_tag
def member_links(members, limit: int = 0, more_url: str = "", year: int = 0) -> SafeString:
    """People as links separated by semicolons, each with the number of meetings attended
    when more than one; with ``limit``, the first ``limit`` and a link to the year on
    ``more_url`` for the rest."""
    shown = members[:limit] if limit else members
    rest = len(members) - len(shown)
    person_url = reverse("archive:participant-detail", kwargs={"slug": "SLUG"})
    prefix, suffix = person_url.split("SLUG")
    links = format_html_join(
        "; ",
        '<a href="{}{}{}">{}</a>{}',
        (
            (
                prefix,
                member.participant.slug,
                suffix,
                member.participant.name,
                f" ({member.meetings})" if member.meetings > 1 else "",
            )
            for member in shown
        ),
    )
    if rest > 0:
        return format_html(
            '{}; <a href="{}#members-{}">and {} more</a>', links, more_url, year, rest
        )
    return links
